"""Public images from MEDIA_ROOT, and nothing else from it.

MEDIA_ROOT also holds the documents, request-only brochures among them; those are
served only by their own views (``/documents/…`` applies the gate, ``/downloads/…``
checks the signed link and records the download). So when Django serves ``/media/``
(``SERVE_MEDIA``: ``make run`` and the tests; nginx in production), it must not be a
general file server with a prefix check in front: a prefix matched before the path is
normalised is what let ``/media/images/%2e%2e/documents/…`` through.

A path is served only when it passes every one of these, each enough on its own:

- it is spelled as Wagtail writes image names: an image folder, then segments of
  ASCII letters, digits, ``_``, ``-`` and ``.`` that do not start with a dot (no
  ``..``, no encoded or unicode separators, no backslash, NUL or ``;``);
- its extension is one of the raster formats Wagtail writes (not SVG: a script in it
  would run with the site's origin);
- its real path, symlinks resolved, is a regular file inside the real image folder
  it names, and not inside the documents folder.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, HttpResponseNotModified
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from django.views.static import was_modified_since

# The folders Wagtail writes images to: originals and renditions.
IMAGE_FOLDERS = ("original_images", "images")
# Where Wagtail writes documents: never served from /media/.
DOCUMENTS_FOLDER = "documents"
CONTENT_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".ico": "image/x-icon",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
SEGMENT = r"[A-Za-z0-9_-][A-Za-z0-9._-]*"
IMAGE_PATH = re.compile(rf"(?:{'|'.join(IMAGE_FOLDERS)})(?:/{SEGMENT})+")
MAX_PATH_LENGTH = 255
CACHE_CONTROL = "public, max-age=86400"  # as nginx answers (deploy/nginx/ocp.conf)


def image_file(relative: str) -> tuple[Path, str] | None:
    """The real path and content type of the image ``relative`` (to MEDIA_ROOT) names,
    or None when it names anything else or nothing."""
    if len(relative) > MAX_PATH_LENGTH or not IMAGE_PATH.fullmatch(relative):
        return None
    content_type = CONTENT_TYPES.get(PurePosixPath(relative).suffix.lower())
    if content_type is None:
        return None
    media_root = Path(settings.MEDIA_ROOT)
    folder, _, rest = relative.partition("/")
    try:
        root = (media_root / folder).resolve(strict=True)
        target = (root / rest).resolve(strict=True)
        documents = (media_root / DOCUMENTS_FOLDER).resolve()
    except (OSError, RuntimeError):  # missing, a symlink loop, a name too long
        return None
    if target == root or not target.is_relative_to(root) or target.is_relative_to(documents):
        return None
    return target, content_type


@require_safe
def serve_image(request: HttpRequest, path: str) -> FileResponse | HttpResponseNotModified:
    """An image under MEDIA_ROOT's image folders; 404 for any other path (see the module
    docstring), whatever it points at."""
    found = image_file(path)
    if found is None:
        raise Http404
    target, content_type = found
    try:
        # No symlink may have appeared since the path was resolved.
        descriptor = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | getattr(os, "O_BINARY", 0))
    except OSError:
        raise Http404 from None
    file = os.fdopen(descriptor, "rb")
    status = os.fstat(descriptor)
    if not stat.S_ISREG(status.st_mode):
        file.close()
        raise Http404
    if not was_modified_since(request.headers.get("If-Modified-Since"), status.st_mtime):
        file.close()
        return HttpResponseNotModified()
    response = FileResponse(file, content_type=content_type)
    response["Last-Modified"] = http_date(status.st_mtime)
    response["Cache-Control"] = CACHE_CONTROL
    return response
