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


def localized_pages(pages: Iterable[Page | None], locale: Locale | None) -> dict[int, Page]:
    """``{page.pk: the live translation of page in locale (or page itself)}``, one query."""
    pages = [page for page in pages if page is not None]
    if not pages or locale is None:
        return {page.pk: page for page in pages}
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(locale=locale, translation_key__in=[page.translation_key for page in pages])
        .specific(defer=True)
    }
    return {page.pk: translations.get(page.translation_key, page) for page in pages}
