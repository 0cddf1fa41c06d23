"""An editor's preview opened on a front end, and the API answer that gives it the draft.

Every page gets one more preview mode per front end with a ``FRONTEND_<NAME>_PREVIEW_URL``
(none without one: the preview is then the site's own, as before). Choosing it sends
the preview frame, or the new tab, to that address with ``?token=…&page=…&locale=…``;
the front end asks ``/api/v3/preview/?token=…`` for the page's content in the v3 page
detail's shape and renders it as it renders a live page.

Wagtail's own preview modes with a redirect, rather than wagtail-headless-preview: that
package keeps the editor's unsaved form in a model of its own and its examples serve it
through the DRF-based v2 API, while the pages here are read through Wagtail 8's v3 API
(``home.headless``); a mode and ``serve_preview`` (through ``home.base``'s hooks) need
no new dependency and the draft is served by the v3 page schema itself.

The token is signed with the site's ``SECRET_KEY`` (``django.core.signing``, its own
salt), names the page, the revision that was the latest when the editor chose the
preview and the front end, and expires after ``FRONTEND_PREVIEW_MAX_AGE`` seconds: a
leaked link shows one draft for minutes, never another page or a later draft. The
front end sees the last saved draft, so an editor saves (without publishing) before
previewing there.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core import signing
from django.http import HttpRequest, HttpResponseRedirect
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from frontends.config import FrontEnd, url_problem

SALT = "frontends.preview"
MODE_PREFIX = "frontend:"


class PreviewError(Exception):
    def __init__(self, status: int, detail: str):
        super().__init__(detail)
        self.status = status
        self.detail = detail


def preview_frontends() -> list[FrontEnd]:
    return [frontend for frontend in settings.FRONTENDS if frontend.preview_url]


def preview_modes(page: Page) -> list[tuple[str, str]]:
    return [
        (
            f"{MODE_PREFIX}{frontend.name}",
            _("On the front end “%(name)s”") % {"name": frontend.name},
        )
        for frontend in preview_frontends()
    ]


def make_token(page_id: int, revision_id: int, frontend: str) -> str:
    return signing.dumps(
        {"page": page_id, "revision": revision_id, "frontend": frontend}, salt=SALT
    )


def read_token(token: str) -> Revision:
    """The revision a token shows; ``PreviewError`` (status, detail) otherwise."""
    try:
        data = signing.loads(token, salt=SALT, max_age=settings.FRONTEND_PREVIEW_MAX_AGE)
    except signing.SignatureExpired:
        raise PreviewError(
            410, "This preview link has expired: open the preview again from the editor."
        ) from None
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        raise PreviewError(400, "This is not a valid preview token.") from None
    if not isinstance(data, dict) or not all(
        isinstance(data.get(key), int) for key in ("page", "revision")
    ):
        raise PreviewError(400, "This is not a valid preview token.")
    if not any(frontend.name == data.get("frontend") for frontend in preview_frontends()):
        raise PreviewError(400, "This preview token is for a front end no longer configured.")
    page = Page.objects.filter(pk=data["page"]).first()
    revision = page and page.revisions.filter(pk=data["revision"]).first()
    if revision is None:
        raise PreviewError(404, "The page or the draft this link shows no longer exists.")
    return revision


def serve_preview(page: Page, request: HttpRequest, mode_name: str):
    """The redirect to the front end for one of its modes; None for any other mode."""
    if not isinstance(mode_name, str) or not mode_name.startswith(MODE_PREFIX):
        return None
    name = mode_name.removeprefix(MODE_PREFIX)
    frontend = next((f for f in preview_frontends() if f.name == name), None)
    if frontend is None or url_problem(frontend.preview_url) or page.pk is None:
        return None  # not configured (any more), or a page never saved: the site's preview
    saved = Page.objects.filter(pk=page.pk).first()
    revision = saved.get_latest_revision() if saved else None
    if revision is None:
        return None
    query = urlencode(
        {
            "token": make_token(page.pk, revision.pk, frontend.name),
            "page": page.pk,
            "locale": page.locale.language_code,
        }
    )
    separator = "&" if "?" in frontend.preview_url else "?"
    return HttpResponseRedirect(f"{frontend.preview_url}{separator}{query}")
