"""Language alternates, canonical URLs and the set of public pages.

Shared by the page templates (language switcher, hreflang, canonical), the sitemap
and the static export, so all of them agree on which pages exist and where
each language version lives.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.http import HttpRequest
from wagtail.models import Page, Site


@dataclass(frozen=True)
class Alternate:
    language_code: str
    name: str  # the language's own name: 日本語, English, नेपाली
    url: str  # path, e.g. /en/faq/
    is_current: bool = False

    @property
    def absolute_url(self) -> str:
        return settings.BASE_URL + self.url


def language_name(code: str) -> str:
    return dict(settings.LANGUAGES).get(code, code)


def public_live_pages(site: Site):
    """Live pages without view restrictions in every language tree of ``site``."""
    roots = site.root_page.get_translations(inclusive=True)
    in_site = Q()
    for root in roots:
        in_site |= Q(path__startswith=root.path)
    return Page.objects.live().public().filter(in_site).select_related("locale").order_by("path")


def alternates_by_translation_key(pages, request: HttpRequest | None = None):
    """``{translation_key: [Alternate, ...]}`` in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    grouped: dict = defaultdict(list)
    for page in pages:
        code = page.locale.language_code
        grouped[page.translation_key].append(
            Alternate(code, language_name(code), page.get_url(request=request))
        )
    for alternates in grouped.values():
        alternates.sort(
            key=lambda alt: (
                order.index(alt.language_code) if alt.language_code in order else len(order)
            )
        )
    return grouped


def page_alternates(page: Page, request: HttpRequest | None = None) -> list[Alternate]:
    """The live language versions of ``page``, the current one marked."""
    translations = list(page.get_translations(inclusive=True).live().select_related("locale"))
    current = next((p.locale.language_code for p in translations if p.pk == page.pk), None)
    alternates = alternates_by_translation_key(translations, request).get(page.translation_key, [])
    return [
        Alternate(a.language_code, a.name, a.url, a.language_code == current) for a in alternates
    ]


def home_alternates(current_language: str) -> list[Alternate]:
    """Links to each language's home page, for views that are not pages (404)."""
    return [
        Alternate(code, name, f"/{code}/", code == current_language)
        for code, name in settings.LANGUAGES
    ]
