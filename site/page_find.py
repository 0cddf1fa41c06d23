"""Find a page by its public address in the v3 page API, language prefix included.

Wagtail's ``/api/v3/pages/find/?html_path=`` routes the path from the site's root
page, which here is the Japanese home page; every public address starts with its
language (``/ne/faq/``: ``site/urls.py``'s ``i18n_patterns``), so Wagtail finds none.
This replaces the find operation's view (its parameters, auth, errors and OpenAPI
entry stay Wagtail's): the first component picks the home page of that language, the
rest is routed from there as the HTML site routes it (an intake page's ``thanks/``
step finds the intake page). A path that names no public page falls back to ``id``
like Wagtail's, then answers the API's JSON 404; a hostile one (control characters,
``..``, an endless value) is simply no page, never an error.
"""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote

from django.conf import settings
from django.http import Http404, HttpRequest
from django.shortcuts import redirect
from django.urls import reverse
from wagtail.api.v3.querysets import get_pages_queryset
from wagtail.api.v3.routers import pages as v3_pages
from wagtail.api.validators import SiteFilterValidator
from wagtail.models import Page

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
MAX_PATH_LENGTH = 2000  # longer than any page's address can be

wagtail_find_page = v3_pages.find_page


def clean_components(html_path: str) -> list[str] | None:
    """The path's components, decoded once more (a client may encode the whole
    path), or None when it cannot be a page's address."""
    path = unquote(html_path)
    if len(path) > MAX_PATH_LENGTH:
        return None
    # Cc: NUL and other controls; Cf: bidi and other invisible format characters.
    if any(unicodedata.category(ch) in {"Cc", "Cf", "Cs", "Co", "Cn"} for ch in path):
        return None
    components = [component for component in path.split("/") if component]
    if not components or any(component in {".", ".."} for component in components):
        return None
    return components


def page_for_path(request: HttpRequest, html_path: str, site: str | None) -> Page | None:
    """The public page at ``html_path`` (``/en/programs/ocp/``), or None."""
    components = clean_components(html_path)
    if components is None or components[0] not in LANGUAGE_CODES:
        return None
    try:
        site_obj = SiteFilterValidator(site=site, request=request).site_obj
    except ValueError:
        return None
    if site_obj is None:
        return None
    home = (
        site_obj.root_page.get_translations(inclusive=True)
        .filter(locale__language_code=components[0])
        .first()
    )
    if home is None:
        return None
    try:
        page = home.specific.route(request, components[1:])[0]
    except Http404:
        return None
    if not get_pages_queryset(request).filter(pk=page.pk).exists():
        return None
    return page


def find_page(request: HttpRequest, id=None, html_path=None, site=None, version="live"):
    if html_path and (page := page_for_path(request, html_path, site)) is not None:
        url = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk})
        query = request.GET.copy()
        query.pop("id", None)
        query.pop("html_path", None)
        return redirect(f"{url}?{query.urlencode()}")
    # Not a localized page address: Wagtail's own answer for ``id`` (or its 404).
    return wagtail_find_page(request, id=id, html_path=None, site=site, version=version)


def install() -> None:
    """Make the find operation answer with ``find_page`` (called by ``ocp.urls``)."""
    wagtail_find_page._ninja_operation.view_func = find_page
