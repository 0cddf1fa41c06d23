"""Template tags for the page furniture: language links and canonical URLs."""

import json

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.safestring import mark_safe

from home.seo import home_alternates, page_alternates

register = template.Library()


@register.simple_tag(takes_context=True)
def language_alternates(context):
    """The current page in each language (the home pages outside the page tree)."""
    cached = context.get("_language_alternates")
    if cached is not None:
        return cached
    page = context.get("page")
    request = context.get("request")
    if page is not None and getattr(page, "pk", None):
        alternates = page_alternates(page, request)
    else:
        alternates = home_alternates(translation.get_language())
    context["_language_alternates"] = alternates
    return alternates


@register.simple_tag(takes_context=True)
def canonical_url(context):
    page = context.get("page")
    request = context.get("request")
    if page is not None and getattr(page, "pk", None):
        return settings.BASE_URL + page.get_url(request=request)
    return settings.BASE_URL + (request.path if request else "/")


@register.filter
def json_script_ld(value):
    """Serialise JSON-LD safely for a <script> element (no closing tag can sneak in)."""
    text = json.dumps(value, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return mark_safe(text)  # noqa: S308 - escaped above


@register.filter
def in_section(page, item) -> bool:
    """True when ``page`` is ``item`` or below it in the tree (for aria-current)."""
    path = getattr(page, "path", None)
    return bool(path and item is not None and path.startswith(item.path))
