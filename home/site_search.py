"""The public search (``/<lang>/search/?q=``): the pages and FAQ of the visitor's
language, each with a snippet of its text where the words were found.

The search itself is the site's backend (``home.search``): full-text where the
database's tokeniser finds words, a substring match where it cannot (Japanese,
written without spaces), on SQLite and PostgreSQL alike. A Japanese query that is not
found as it was typed is tried again as its parts (``japanese_parts``: "OCPの費用" as
"OCP" and "費用"). Snippets are built from text and escaped piece by piece; only the
``<mark>`` around a found word is markup, so nothing a visitor types can become HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.search import MAX_WORDS, clean_text

#: At most this many results of each kind are shown: the site has a few dozen pages.
MAX_RESULTS = 20
#: Characters of text around the first word found.
SNIPPET_WIDTH = 140
HIRAGANA = "\u3041-\u3096"
# A particle between two words that are not hiragana ("OCPの費用", "導入に期間").
PARTICLE = re.compile(
    rf"(?<=[^{HIRAGANA}\s])(?:について|から|まで|など|の|は|を|が|に|で|と|も|や|へ)(?=[^{HIRAGANA}\s])"
)


@dataclass(frozen=True)
class Hit:
    title: str
    url: str
    snippet: SafeString
    kind: str  # "page" or "faq"


def japanese_parts(query: str) -> list[str]:
    """The words of ``query`` with each split at its particles; the same words when
    there is nothing to split."""
    parts = []
    for word in query.split():
        parts += [part for part in PARTICLE.split(word) if part]
    return parts[:MAX_WORDS]


def snippet(text: str, words: list[str], width: int = SNIPPET_WIDTH) -> SafeString:
    """``width`` characters of ``text`` around the first of ``words`` found, every
    found word in ``<mark>``; the rest escaped."""
    text = " ".join(text.split())
    words = sorted({word for word in words if word}, key=len, reverse=True)
    if not words:
        return escape(text[:width])
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width // 3) if first else 0
    piece = text[start : start + width]
    out, position = [], 0
    for found in pattern.finditer(piece):
        out += [
            escape(piece[position : found.start()]),
            format_html("<mark>{}</mark>", found.group()),
        ]
        position = found.end()
    out.append(escape(piece[position:]))
    before = "…" if start > 0 else ""
    after = "…" if start + width < len(text) else ""
    return mark_safe(before + "".join(out) + after)  # noqa: S308 - every piece escaped above


def _indexed_text(pages: list[Page]) -> dict[int, str]:
    """The text the search index holds for each page (body, StreamField included)."""
    from modelsearch.conf import get_app_config

    entries = get_app_config().get_model("IndexEntry")._default_manager
    body = "body_text" if connection.vendor == "postgresql" else "body"
    types = {ContentType.objects.get_for_model(type(page)).pk for page in pages}
    rows = entries.filter(
        content_type_id__in=types, object_id__in=[str(page.pk) for page in pages]
    ).values_list("object_id", body)
    return {int(object_id): text or "" for object_id, text in rows}


def _search(locale, query: str) -> tuple[list[Page], list]:
    # looked up in the app registry, as the loader does: ``home`` imports no other app
    FAQItem = apps.get_model("faq", "FAQItem")  # noqa: N806

    pages = [
        page
        for page in Page.objects.live().filter(locale=locale).search(query)[:MAX_RESULTS]
        if page.depth > 1
    ]
    backend = get_search_backend()
    faq = list(backend.search(query, FAQItem.objects.filter(locale=locale))[:MAX_RESULTS])
    return pages, faq


def search_site(locale, typed: str) -> tuple[str, list[Hit]]:
    """The query as cleaned, and what it finds in ``locale``: pages, then questions."""
    query = clean_text(typed or "")
    if not query or locale is None:
        return query, []
    words = query.split()[:MAX_WORDS]
    pages, faq = _search(locale, " ".join(words))
    if not pages and not faq and (parts := japanese_parts(query)) != words:
        words = parts
        pages, faq = _search(locale, " ".join(words))
    public = set(
        Page.objects.filter(pk__in=[p.pk for p in pages]).public().values_list("pk", flat=True)
    )
    pages = [page.specific for page in pages if page.pk in public]
    texts = _indexed_text(pages) if pages else {}
    hits = [
        Hit(
            page.title,
            page.url,
            snippet(f"{page.search_description} {texts.get(page.pk, '')}", words),
            "page",
        )
        for page in pages
    ]
    faq_page = Page.objects.live().filter(locale=locale, slug="faq").first()
    faq_url = faq_page.url if faq_page else ""
    hits += [
        Hit(item.question, f"{faq_url}#q{item.sort_order}", snippet(item.answer_text, words), "faq")
        for item in faq
    ]
    return query, hits
