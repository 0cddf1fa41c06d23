"""Looking up the active locale and localised pages without a query each time.

Wagtail's ``Locale.get_active()`` and ``Page.localized`` query the database on every
call; a page that renders a menu, a footer, settings and several buttons would pay
that many times. These helpers do it once per request, or once per set of pages.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import translation
from wagtail.models import Locale, Page


def active_locale(request=None) -> Locale | None:
    """The locale of the active language, cached on the request when there is one."""
    language = translation.get_language()
    cached = getattr(request, "_ocp_locale", None) if request is not None else None
    if cached is not None and cached.language_code == language:
        return cached
    locale = Locale.objects.filter(language_code=language).first()
    if request is not None:
        request._ocp_locale = locale
    return locale


def localized_pages(
    pages: Iterable[Page | None], locale: Locale | None, request=None
) -> dict[int, Page]:
    """``{page.pk: the live translation of page in locale (or page itself)}``, one query,
    or none when ``prefetch_localized`` already found them for this request."""
    pages = [page for page in pages if page is not None]
    if not pages or locale is None:
        return {page.pk: page for page in pages}
    known_locale, known = getattr(request, "_ocp_localized", (None, {}))
    if known_locale == locale.pk and all(page.pk in known for page in pages):
        return {page.pk: known[page.pk] for page in pages}
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .specific(defer=True)
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}


def prefetch_localized(request, value, locale: Locale | None) -> None:
    """Finds, in one query, the translations of every page that ``value`` (a page's
    StreamField, with its blocks, lists and structs) links to, for the blocks of the
    same request to read (``localized_pages(..., request=request)``): a page with
    three blocks of buttons and a FAQ teaser pays one query, not four."""
    if request is None or locale is None:
        return
    found: list[Page] = []

    def walk(item):
        if isinstance(item, Page):
            found.append(item)
        elif hasattr(item, "raw_data") and hasattr(item, "__iter__"):  # a StreamValue
            for child in item:
                walk(child.value)
        elif isinstance(item, dict):  # a StructValue
            for child in item.values():
                walk(child)
        elif isinstance(item, (list, tuple)) or type(item).__name__ == "ListValue":
            for child in item:
                walk(child)

    walk(value)
    if found:
        request._ocp_localized = (locale.pk, localized_pages(found, locale))
