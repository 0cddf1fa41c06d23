"""Published pages from a cache for visitors who are not signed in, always current.

A page answer is kept (``CACHES["pages"]``: Redis when ``CACHE_URL`` names it, so every
app server agrees) only when it is the same for every visitor: a GET without a query
string of a live Wagtail page, from a visitor with no session or message cookie, that
is a 200, sets no cookie, used no CSRF token and does not forbid caching (the intake's
form pages send ``no-store``: their tokens must stay fresh). Everything else passes
through untouched.

A cached answer is kept with its gzip and brotli forms (compressed once, when stored)
and a weak ETag; it answers ``If-None-Match``/``If-Modified-Since`` with a 304, and its
``Cache-Control`` lets a CDN keep it ``PAGE_CDN_SECONDS`` (``s-maxage``) while browsers
ask again each time. Answers that are not cached are not compressed either: a page
that carries a secret (a form's tokens) never reflects visitor input beside it in a
compressed body (BREACH).

Invalidation is exact: ``staticsite.signals`` sends ``site_changed`` once a change
commits; :func:`drop_changed` asks ``staticsite.changes.stale_pages`` (the static
export's own "what does this change affect") which pages it touches, drops their
answers in every language and tells the CDN (``wagtail.contrib.frontend_cache``,
``FRONTEND_CACHE_URL``) to drop the same addresses. A render that began before the
change committed cannot put its stale answer back: the dropped address keeps a
tombstone with the time it was dropped.
"""

from __future__ import annotations

import gzip
import hashlib
import time

import brotli
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Page, Site

from home.exporting import current_target
from home.seo import public_live_pages
from staticsite.changes import stale_pages
from staticsite.render import page_url
from staticsite.signals import site_changed

ALIAS = "pages"
TOMBSTONE_SECONDS = 300
# Paths that are never a public page (or that answer for themselves).
NOT_PAGES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/django-admin/")
# Headers of the rendered answer that the cache sets itself, or never repeats.
OWN_HEADERS = {
    "cache-control",
    "content-encoding",
    "content-length",
    "etag",
    "expires",
    "last-modified",
    "set-cookie",
    "vary",
}
# Vary values that no longer hold for a cached answer: it is served only to visitors
# without a session, whatever cookie they send.
UNVARIED = {"cookie"}


def enabled() -> bool:
    return settings.PAGE_CACHE_SECONDS > 0


def entry_key(path: str) -> str:
    return "page:" + hashlib.sha256(path.encode()).hexdigest()


def paths_key(page_id: int) -> str:
    return f"paths:{page_id}"


def cacheable_request(request) -> bool:
    """A request whose answer may come from, or go to, the cache."""
    if request.method not in ("GET", "HEAD") or request.META.get("QUERY_STRING"):
        return False
    if request.path_info.startswith(NOT_PAGES) or "HTTP_AUTHORIZATION" in request.META:
        return False
    cookies = request.COOKIES
    if (
        settings.SESSION_COOKIE_NAME in cookies
        or getattr(settings, "MESSAGE_COOKIE_NAME", "messages") in cookies
    ):
        return False  # signed in, or a message waits for this visitor
    return current_target() is None  # the static export renders its own copy


def served_page_id(request, response) -> int | None:
    """The page whose answer ``response`` is, when it may be kept for everyone."""
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return None
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return None
    if getattr(request, "is_preview", False):
        return None
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return None
    control = response.get("Cache-Control", "").lower()
    if any(word in control for word in ("private", "no-store", "no-cache")):
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    route = getattr(request, "_wagtail_route_for_request", None)
    if not route or route[1] or route[2]:  # not a page, or one of its sub-routes
        return None
    page = route[0]
    if not page.live:
        return None
    return page.pk


def make_entry(response, page_id: int) -> dict:
    body = response.content
    vary = [
        value.strip()
        for value in response.get("Vary", "").split(",")
        if value.strip() and value.strip().lower() not in UNVARIED
    ]
    return {
        "page": page_id,
        "headers": [
            (name, value) for name, value in response.items() if name.lower() not in OWN_HEADERS
        ],
        "vary": ", ".join([*vary, "Accept-Encoding"]),
        "body": body,
        "gzip": gzip.compress(body, compresslevel=6, mtime=0),
        "br": brotli.compress(body, quality=9),
        "etag": f'W/"{hashlib.sha256(body).hexdigest()[:32]}"',
        "stored": time.time(),
    }


def accepted_encodings(header: str) -> set[str]:
    """The content codings an Accept-Encoding header allows (``q=0`` refuses one)."""
    accepted = set()
    for item in header.split(","):
        name, _, params = item.strip().partition(";")
        quality = params.strip().removeprefix("q=").strip() if params else "1"
        try:
            allowed = float(quality) > 0
        except ValueError:
            allowed = False
        if name and allowed:
            accepted.add(name.strip().lower())
    return accepted


def answer(request, entry: dict, state: str) -> HttpResponse:
    """The visitor's copy of a cached page: compressed as they accept, or a 304."""
    encodings = accepted_encodings(request.META.get("HTTP_ACCEPT_ENCODING", ""))
    coding = "br" if "br" in encodings else "gzip" if "gzip" in encodings else None
    response = HttpResponse(entry[coding] if coding else entry["body"])
    for name, value in entry["headers"]:
        response[name] = value
    if coding:
        response["Content-Encoding"] = coding
    response["Content-Length"] = str(len(response.content))
    response["Vary"] = entry["vary"]
    response["ETag"] = entry["etag"]
    response["Last-Modified"] = http_date(int(entry["stored"]))
    patch_cache_control(
        response, public=True, max_age=0, must_revalidate=True, s_maxage=settings.PAGE_CDN_SECONDS
    )
    response["X-Page-Cache"] = state
    if request.method == "HEAD":  # the GET's headers, Content-Length included; no body
        length = response["Content-Length"]
        response.content = b""
        response["Content-Length"] = length
    return get_conditional_response(
        request, etag=entry["etag"], last_modified=int(entry["stored"]), response=response
    )


def store(request, entry: dict, started: float) -> None:
    """Keeps ``entry`` for the request's path, unless the page changed while it was
    being rendered (a tombstone newer than the render's start)."""
    cache = caches[ALIAS]
    key, index = entry_key(request.path), paths_key(entry["page"])
    found = cache.get_many([key, index])
    if found.get(key, {}).get("dropped", 0) >= started:
        return
    paths = [path for path in found.get(index, []) if path != request.path][-4:]
    cache.set_many({key: entry, index: [*paths, request.path]}, timeout=settings.PAGE_CACHE_SECONDS)


class PageCacheMiddleware:
    """Answers anonymous GETs of published pages from the cache (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or not cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and not response.has_header(
                "Cache-Control"
            ):
                # A signed-in editor's page is theirs alone: no shared cache keeps it.
                patch_cache_control(response, private=True)
            return response
        entry = caches[ALIAS].get(entry_key(request.path))
        if entry and "body" in entry:
            return answer(request, entry, "hit")
        started = time.time()
        response = self.get_response(request)
        page_id = served_page_id(request, response)
        if page_id is None:
            return response
        entry = make_entry(response, page_id)
        store(request, entry, started)
        return answer(request, entry, "miss")


def drop(page_ids, paths=()) -> set[str]:
    """Drops the cached answers of ``page_ids`` (wherever they were cached: a moved
    page's old address too) and of ``paths``; returns every path dropped."""
    cache = caches[ALIAS]
    indexes = [paths_key(pk) for pk in page_ids]
    recorded = cache.get_many(indexes)
    dropped = set(paths)
    for found in recorded.values():
        dropped.update(found)
    now = time.time()
    cache.set_many({entry_key(path): {"dropped": now} for path in dropped}, TOMBSTONE_SECONDS)
    cache.delete_many(indexes)
    return dropped


def drop_changed(sender, changes: list[dict], **kwargs) -> None:
    """``site_changed``: drops what ``changes`` affect here and in the CDN."""
    if not enabled() and not settings.WAGTAILFRONTENDCACHE:
        return
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return
    live = {page.pk: page for page in public_live_pages(site)}
    stale = stale_pages(changes, live)
    pages = [live.get(pk) for pk in stale]
    missing = [pk for pk in stale if pk not in live]
    pages += Page.objects.filter(pk__in=missing).select_related("locale")
    paths = {page_url(page) for page in pages if page is not None}
    paths.update(url for change in changes for url in change.get("urls", ()))
    paths.discard(None)
    dropped = drop(stale, paths) if enabled() else paths
    purge_cdn(dropped)


def purge_cdn(paths) -> None:
    """Tells the CDN (``WAGTAILFRONTENDCACHE``) to drop ``paths`` under ``BASE_URL``."""
    if not settings.WAGTAILFRONTENDCACHE or not paths:
        return
    purge_urls_from_cache(sorted(settings.BASE_URL + path for path in paths))


def connect() -> None:
    site_changed.connect(drop_changed, dispatch_uid="ocp_page_cache")
