"""Looking up the active locale and localised pages without a query each time.

Wagtail's ``Locale.get_active()`` and ``Page.localized`` query the database on every
call; a page that renders a menu, a footer, settings and several buttons would pay
that many times. These helpers do it once per request, or once per set of pages.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import copy

from django.utils import translation
from wagtail import blocks
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


# The pages read by linked_pages_at_once, for LinkedPageChooserBlock; set only inside it.
_LINKED_PAGES: ContextVar[dict[int, Page] | None] = ContextVar("ocp_linked_pages", default=None)


class LinkedPageChooserBlock(blocks.PageChooserBlock):
    """Wagtail's page chooser, whose pages come from :func:`linked_pages_at_once` while
    a page's context is built: a stream converts one block type at a time, and each
    type's choosers query on their own (the home page's hero and call to action were a
    query each for the same table). Anywhere else it queries as Wagtail's does."""

    def deconstruct(self):
        # Stored, edited and migrated exactly as Wagtail's chooser.
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.PageChooserBlock", args, kwargs

    def bulk_to_python(self, values):
        pages = _LINKED_PAGES.get()
        values = list(values)
        if pages is None or any(value not in pages for value in values if value is not None):
            return super().bulk_to_python(values)
        # a distinct instance for each use, as Wagtail's chooser gives
        return [copy(pages[value]) if value is not None else None for value in values]


def _linked_page_ids(block, raw) -> Iterator[int]:
    """The ids that ``raw`` (stored stream data of ``block``) holds in choosers of
    :class:`LinkedPageChooserBlock`, found by walking the block definitions with it."""
    if isinstance(block, LinkedPageChooserBlock):
        if isinstance(raw, int) and not isinstance(raw, bool):
            yield raw
    elif isinstance(block, blocks.StreamBlock) and isinstance(raw, (list, tuple)):
        for item in raw:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                yield from _linked_page_ids(block.child_blocks[item["type"]], item.get("value"))
    elif isinstance(block, blocks.ListBlock) and isinstance(raw, (list, tuple)):
        for item in raw:  # {"type": "item", "value": ..., "id": ...} or the bare value
            is_item = isinstance(item, dict) and item.get("type") == "item" and "value" in item
            yield from _linked_page_ids(block.child_block, item["value"] if is_item else item)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child in block.child_blocks.items():
            yield from _linked_page_ids(child, raw.get(name))


@contextmanager
def linked_pages_at_once(stream) -> Iterator[None]:
    """While inside, the stream's page choosers (every :class:`LinkedPageChooserBlock` of
    every block type) take their pages from one query for the whole stream."""
    ids = set(_linked_page_ids(stream.stream_block, list(stream.raw_data)))
    token = _LINKED_PAGES.set(Page.objects.in_bulk(ids) if ids else {})
    try:
        yield
    finally:
        _LINKED_PAGES.reset(token)
