"""What the exported pages use besides themselves: the static files (and what their CSS
refers to), the images under /media/, the share images under /share/ and the public
documents; never the admin's files or a gated document."""

from __future__ import annotations

import contextlib
import posixpath
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.core.management import call_command

from programs.documents import public_documents
from staticsite.render import ExportError, File, Renderer, file_for_url

REFERENCE = re.compile(rb"""(?:href|src|content|action)=["']([^"']+)["']""")
SRCSET = re.compile(rb"""srcset=["']([^"']+)["']""")
SHARE_IMAGES = "/share/"
CSS_URL = re.compile(rb"""url\(\s*["']?([^"')]+)["']?\s*\)""")


def local_references(html: bytes, base_url: str) -> set[str]:
    """The site's own paths that ``html`` refers to (links, assets, absolute links to
    ``base_url`` included)."""
    found = set(REFERENCE.findall(html))
    for srcset in SRCSET.findall(html):
        found.update(part.strip().split(b" ")[0] for part in srcset.split(b","))
    paths = set()
    for raw in found:
        url = raw.decode("utf-8", "replace").replace("&amp;", "&")
        if url.startswith(base_url + "/"):
            url = url[len(base_url) :]
        if url.startswith("/") and not url.startswith("//"):
            paths.add(urlsplit(url).path)
    return paths


def static_file(name: str) -> bytes | None:
    """A collected static file by its (hashed) name, or the source file."""
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            return handle.read()
    found = finders.find(name)
    return Path(found).read_bytes() if found else None


def asset_files(renderer: Renderer, pages: Iterable[File], known: set[str]) -> list[File]:
    """Static files, images and public documents the pages use and ``known`` lacks.

    CSS is followed for the files it refers to (fonts, images), so only what the
    public pages use is exported, never the admin's files.
    """
    static_url, media_url = settings.STATIC_URL, settings.MEDIA_URL
    queue = sorted(
        {
            path
            for file in pages
            for path in local_references(file.content, renderer.target.base_url)
        }
    )
    files, seen = [], set(known)
    while queue:
        path = queue.pop()
        relative = path.lstrip("/")
        if relative in seen:
            continue
        seen.add(relative)
        content, source = None, ""
        if path.startswith(static_url):
            content, source = static_file(path[len(static_url) :]), "static"
        elif path.startswith(media_url):
            name = path[len(media_url) :]
            # Images only, as /media/ serves them (ocp.media): a link to documents/
            # or out of the image folders must not publish a gated file.
            folder = name.split("/", 1)[0]
            public = folder in ("images", "original_images") and "\\" not in name
            if public and posixpath.normpath(name) == name and default_storage.exists(name):
                with default_storage.open(name) as handle:
                    content, source = handle.read(), "media"
        elif path.startswith("/documents/"):
            with contextlib.suppress(ExportError):
                content, source = renderer.get(path), "document"
        elif path.startswith(SHARE_IMAGES):
            # The pages' default share images (home.share_images), drawn by their view.
            with contextlib.suppress(ExportError):
                content, source = renderer.get(path), "share image"
        if content is None:
            continue
        files.append(File(relative, content, source, f"used by the pages ({source})"))
        if path.endswith(".css"):
            directory = posixpath.dirname(path)
            for ref in CSS_URL.findall(content):
                ref = ref.decode()
                if ref.startswith(("data:", "http:", "https:", "#")):
                    continue
                target = ref if ref.startswith("/") else posixpath.join(directory, ref)
                queue.append(posixpath.normpath(urlsplit(target).path))
    return files


def document_files(renderer: Renderer, known: set[str]) -> list[File]:
    """Every public document (``programs.documents``), fetched through the document view,
    which applies the same rule and Wagtail's collection privacy: the export can never
    publish more than the site does."""
    files = []
    for document in public_documents().order_by("pk"):
        url = document.url
        relative = file_for_url(url)
        if relative in known:
            continue
        response = renderer.client.get(url, secure=True)
        if response.status_code != 200:
            continue
        content = b"".join(response.streaming_content) if response.streaming else response.content
        files.append(File(relative, content, f"document:{document.pk}", "public document"))
    return files


def ensure_collected_static() -> None:
    """The pages name hashed static files: collect them first when the site's own
    static files are missing from the manifest or newer than it (a deploy normally
    has collected them already, for the live site)."""
    if not hasattr(staticfiles_storage, "load_manifest"):
        return
    manifest = Path(staticfiles_storage.path(staticfiles_storage.manifest_name))
    collected_at = manifest.stat().st_mtime if manifest.exists() else 0
    hashed = staticfiles_storage.load_manifest()[0]
    for folder in settings.STATICFILES_DIRS:
        for source in Path(folder).rglob("*"):
            name = source.relative_to(folder).as_posix()
            if source.is_file() and (name not in hashed or source.stat().st_mtime > collected_at):
                call_command("collectstatic", interactive=False, verbosity=0)
                staticfiles_storage.hashed_files = staticfiles_storage.load_manifest()[0]
                return
