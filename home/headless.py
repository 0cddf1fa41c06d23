"""The pages' content in Wagtail's v3 page API (``/api/v3/pages/``), typed.

Wagtail 8's v3 API builds each page type's read schema from its ``api_fields``
(``wagtail.api.v3.schemas.generators.read``): a field given a ``serializer`` is typed
from the return annotation of the serializer's ``to_representation`` and resolved by
it. Each field here is such a serializer, reading the whole page (``source="*"``) and
returning a pydantic type, so ``/api/v3/schema/<type>/`` and ``/api/v3/openapi.json``
describe exactly what a front end receives:

- StreamField bodies as a list of ``{"type", "value", "id"}``, one schema per block
  type (``stream_field``), with page choosers resolved to the page in the page's own
  language and rich text expanded;
- rich text as display HTML, expanded in the page's language as its HTML page is
  (Wagtail links a page in the active language): internal links are public URLs, never
  ``<a linktype="page" id=…>``; a link to a gated document loses its address
  (``GATED_DOCUMENTS_HOOK``);
- images as renditions with width, height and alt text;
- SEO title and description, and the page's live translations for a language switcher.

Blocks may add resolved data to their value (the FAQ teaser's questions) with
``api_extra_fields()`` (name → type) and ``api_extra(value, locale)``.
"""

from __future__ import annotations

import operator
import re
from functools import reduce
from typing import Annotated, Any, Literal

from django.conf import settings
from django.utils import translation
from pydantic import Field, create_model
from rest_framework import fields as drf_fields
from wagtail import blocks, hooks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Locale, Page
from wagtail.rich_text import expand_db_html

from home.localization import localized_pages

# A wagtail hook returning, of the document ids it is given, those that are gated. The
# rule lives with the materials (``programs.documents``), which home may not import.
GATED_DOCUMENTS_HOOK = "ocp_gated_document_ids"

LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
DOCUMENT_LINK = re.compile(r'<a\b[^>]*\blinktype="document"[^>]*>', re.IGNORECASE)
LINK_ID = re.compile(r'\bid="(\d+)"')


PageLink = create_model(
    "PageLink",
    id=(int, ...),
    title=(str, ...),
    url=(str | None, None),
    __doc__="A page, in the language of the page that links to it.",
)
ImageOut = create_model(
    "ImageRendition",
    url=(str, ...),
    width=(int, ...),
    height=(int, ...),
    alt=(str, ...),
    __doc__="An image as a rendition: its URL, size and alt text.",
)
SEOOut = create_model(
    "PageSEO",
    title=(str, ...),
    description=(str, ...),
    __doc__="What the page's <title> and meta description say.",
)
TranslationOut = create_model(
    "PageTranslation",
    locale=(str, ...),
    id=(int, ...),
    title=(str, ...),
    url=(str | None, None),
    __doc__="A live language version of the page (the page itself included).",
)


def gated_document_ids(ids: set[int]) -> set[int]:
    gated: set[int] = set()
    for hook in hooks.get_hooks(GATED_DOCUMENTS_HOOK):
        gated |= set(hook(ids))
    return gated


def rich_html(source: str | None) -> str:
    """Display HTML of stored rich text: links to pages and public documents become
    their public URLs; a link to a gated document keeps its text, not its address."""
    if not source:
        return ""
    ids = {int(m) for tag in DOCUMENT_LINK.findall(source) for m in LINK_ID.findall(tag)}
    gated = gated_document_ids(ids) if ids else set()
    if gated:

        def strip(match: re.Match) -> str:
            found = LINK_ID.search(match.group(0))
            return "<a>" if found and int(found.group(1)) in gated else match.group(0)

        source = DOCUMENT_LINK.sub(strip, source)
    return expand_db_html(source)


def image_rendition(image, spec: str = "fill-1200x630") -> dict | None:
    if image is None:
        return None
    rendition = image.get_rendition(spec)
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text or "",
    }


def page_link(page: Page | None, locale: Locale | None) -> dict | None:
    if page is None:
        return None
    page = localized_pages([page], locale)[page.pk]
    return {"id": page.pk, "title": page.title, "url": page.url}


# Block types → pydantic types ------------------------------------------------------


def _model_name(block: blocks.Block) -> str:
    return type(block).__name__.removesuffix("Block") + "Value"


_TYPES: dict[type, Any] = {}  # one schema per block class: the OpenAPI names are unique


def _struct_type(block: blocks.StructBlock) -> type:
    if type(block) in _TYPES:
        return _TYPES[type(block)]
    fields: dict[str, Any] = {
        name: (block_type(child), ...) for name, child in block.child_blocks.items()
    }
    extra = getattr(block, "api_extra_fields", None)
    for name, annotation in (extra() if extra else {}).items():
        fields[name] = (annotation, ...)
    _TYPES[type(block)] = create_model(_model_name(block), **fields)
    return _TYPES[type(block)]


def block_type(block: blocks.Block) -> Any:
    """The pydantic type of ``block``'s API value."""
    if isinstance(block, blocks.StructBlock):
        return _struct_type(block)
    if isinstance(block, blocks.ListBlock):
        return list[block_type(block.child_block)]
    if isinstance(block, blocks.StreamBlock):
        return list[stream_item_type(block)]
    if isinstance(block, blocks.PageChooserBlock):
        return PageLink | None
    if isinstance(block, ImageChooserBlock):
        return ImageOut | None
    if isinstance(block, blocks.IntegerBlock):
        return int | None
    if isinstance(block, blocks.BooleanBlock):
        return bool
    if isinstance(block, (blocks.FloatBlock, blocks.DecimalBlock)):
        return float | None
    if isinstance(block, (blocks.FieldBlock, blocks.RichTextBlock)):
        return str  # text, choices, URLs; rich text as display HTML
    return Any


def stream_item_type(block: blocks.StreamBlock) -> Any:
    """One ``{"type", "value", "id"}`` schema per child block, told apart by ``type``."""
    if type(block) in _TYPES:
        return _TYPES[type(block)]
    prefix = type(block).__name__.removesuffix("StreamBlock").removesuffix("Block")
    members = []
    for name, child in block.child_blocks.items():
        with translation.override("en"):  # the document is in English (ocp.api)
            label = str(child.meta.label or name)
        members.append(
            create_model(
                f"{prefix}{name.title().replace('_', '')}Block",
                type=(Literal[name], ...),
                value=(block_type(child), ...),
                id=(str, ...),
                __doc__=label,
            )
        )
    union = members[0] if len(members) == 1 else reduce(operator.or_, members)
    _TYPES[type(block)] = (
        Annotated[union, Field(discriminator="type")] if len(members) > 1 else union
    )
    return _TYPES[type(block)]


def block_value(block: blocks.Block, value: Any, locale: Locale | None) -> Any:
    """``value`` as the API shows it (see ``block_type``)."""
    if isinstance(block, blocks.StructBlock):
        result = {
            name: block_value(child, value.get(name), locale)
            for name, child in block.child_blocks.items()
        }
        if extra := getattr(block, "api_extra", None):
            result.update(extra(value, locale))
        return result
    if isinstance(block, blocks.ListBlock):
        return [block_value(block.child_block, item, locale) for item in value or []]
    if isinstance(block, blocks.StreamBlock):
        return stream_value(value, locale)
    if isinstance(block, blocks.PageChooserBlock):
        return page_link(value, locale)
    if isinstance(block, ImageChooserBlock):
        return image_rendition(value)
    if isinstance(block, blocks.RichTextBlock):
        return rich_html(value.source if value is not None else "")
    if isinstance(block, blocks.FieldBlock) and value is None:
        return None if isinstance(block, blocks.IntegerBlock) else ""
    return value


def stream_value(stream, locale: Locale | None) -> list[dict]:
    return [
        {
            "type": child.block_type,
            "value": block_value(child.block, child.value, locale),
            "id": child.id or "",
        }
        for child in stream or []
    ]


# The serializers that api_fields name ----------------------------------------------


class PageValue(drf_fields.Field):
    """A read-only value computed from the whole page. Subclasses annotate
    ``to_representation``'s return type: it is the field's schema."""

    def __init__(self, **kwargs):
        super().__init__(source="*", read_only=True, **kwargs)


def _typed(cls: type, name: str, returns: Any, **attrs) -> type:
    """A subclass of ``cls`` whose ``to_representation`` returns ``returns``."""

    def to_representation(self, page):
        return cls.to_representation(self, page)

    to_representation.__annotations__ = {"page": Any, "return": returns}
    return type(name, (cls,), {"to_representation": to_representation, **attrs})


class StreamValue(PageValue):
    def __init__(self, field_name: str, **kwargs):
        self.stream_field = field_name
        super().__init__(**kwargs)

    def to_representation(self, page):
        with translation.override(page.locale.language_code):  # links in its language
            return stream_value(getattr(page, self.stream_field), page.locale)


def stream_field(name: str, model_field) -> StreamValue:
    """The serializer of StreamField ``name``, typed by its blocks (``model_field`` is
    the StreamField itself, as the class body holds it)."""
    item = stream_item_type(model_field.stream_block)
    class_name = type(model_field.stream_block).__name__ + "Value"
    return _typed(StreamValue, class_name, list[item])(name)


class RichTextValue(PageValue):
    def __init__(self, field_name: str, **kwargs):
        self.rich_field = field_name
        super().__init__(**kwargs)

    def to_representation(self, page) -> str:
        with translation.override(page.locale.language_code):  # links in its language
            return rich_html(getattr(page, self.rich_field))


class SEOValue(PageValue):
    def to_representation(self, page) -> SEOOut:
        return SEOOut(title=page.seo_title or page.title, description=page.search_description)


class SocialImageValue(PageValue):
    def to_representation(self, page) -> ImageOut | None:
        return image_rendition(page.social_image)


class TranslationsValue(PageValue):
    def to_representation(self, page) -> list[TranslationOut]:
        found = page.get_translations(inclusive=True).live().public().select_related("locale")
        return [
            TranslationOut(locale=p.locale.language_code, id=p.pk, title=p.title, url=p.url)
            for p in sorted(found, key=lambda p: LANGUAGE_ORDER.get(p.locale.language_code, 99))
        ]
