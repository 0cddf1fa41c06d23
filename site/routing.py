"""Finding the page a public address names in two queries instead of one per level.

Wagtail's route walks the tree: the site's root in the active language, its specific
page, then for each path segment a child and its specific page (five queries for
``/en/programs/ocp/``, more for deeper pages). Every page's ``url_path`` already holds
its whole path, and Wagtail keeps each language's root path in its cache
(``Site.get_site_root_paths``), so one query finds the page and its home page together
and a second its specific page. The result is handed to Wagtail's own ``serve`` as the
route it caches on the request, so its hooks, view restrictions and ``serve`` run as
always. A sub-route (an intake form's steps) or anything not found takes Wagtail's walk.
The home page and the locale found on the way are kept on the request for the site's
chrome (``home.navigation``, ``home.localization``).

The site a host name answers for is kept in the cache too (``SITES_KEY``, dropped when
a site is saved or deleted), as Wagtail keeps its root paths: sites change in the
admin's settings about never, and every page asked for it with a query of its own.
"""

from __future__ import annotations

from django.core.cache import cache
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site

from home.database import is_unavailable

SITES_KEY = "ocp:sites"
SITES_SECONDS = 300
SITES_KEPT = 20  # host names remembered (ALLOWED_HOSTS bounds them in production)


def find_site(request) -> Site | None:
    """Wagtail's ``Site.find_for_request``, from the cache after the first time."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = (split_domain_port(request._get_raw_host())[0], request.get_port())
    known = cache.get(SITES_KEY) or {}
    if host not in known:
        known = {
            **dict(list(known.items())[-SITES_KEPT + 1 :]),
            host: Site.find_for_request(request),
        }
        cache.set(SITES_KEY, known, SITES_SECONDS)
    request._wagtail_site = known[host]
    return request._wagtail_site


def forget_sites(**kwargs) -> None:
    cache.delete(SITES_KEY)


def connect() -> None:
    for signal in (post_save, post_delete):
        signal.connect(forget_sites, sender=Site, dispatch_uid=f"ocp_sites_{signal}")


def find_route(request, path: str) -> bool:
    """Sets ``request._wagtail_route_for_request`` for ``path`` (below the language
    prefix) when it names a live page exactly; ``False`` leaves it to Wagtail."""
    site = find_site(request)
    if site is None:
        return False
    language = translation.get_language()
    root_path = next(
        (
            root.root_path
            for root in Site.get_site_root_paths()
            if root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    if root_path is None:
        return False
    wanted = root_path + path
    # The page itself, or the page whose sub-route (``thanks/``) the last segment is.
    parent, _, step = wanted.rstrip("/").rpartition("/")
    parent += "/"
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in={root_path, wanted, parent}).select_related(
            "locale"
        )
        if page.path.startswith(site.root_page.path[: Page.steplen])
    }
    page, home = found.get(wanted), found.get(root_path)
    route = None
    if page is None and path and parent in found:
        page = found[parent]
        try:
            route = page.specific.route(request, [step])
        except Http404:
            return False
        if route.page.pk != page.pk:
            return False
    if page is None or not page.live or page.locale.language_code != language:
        return False
    specific = route.page if route is not None else page.specific
    args, kwargs = (route.args, route.kwargs) if route is not None else ([], {})
    specific.locale = page.locale  # found with it: no query when the page reads its locale
    request._wagtail_route_for_request = (specific, args, kwargs)
    request._ocp_locale = page.locale
    if home is not None and home.live:
        request._ocp_home = specific if home.pk == page.pk else home
    return True


class PageRouteMiddleware:
    """Routes Wagtail's page view through :func:`find_route` (see the module)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is wagtail_views.serve:
            path = view_kwargs.get("path", view_args[0] if view_args else None)
            if isinstance(path, str):
                try:
                    find_route(request, path)
                except DatabaseError as error:
                    if not is_unavailable(error):
                        raise
                    # Wagtail's walk meets the same outage inside the view, where
                    # DatabaseUnavailableMiddleware answers it with a 503.
        return None
