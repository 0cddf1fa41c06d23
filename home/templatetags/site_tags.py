"""Template tags for the page furniture: language links, canonical URLs, icons and share
images."""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from home import share_images
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


ICON_SPRITE = "img/icons.svg"


@register.simple_tag
def icon(name: str, css_class: str = "") -> str:
    """A decorative icon from the site's sprite (static/img/icons.svg): hidden from
    screen readers, since the text beside it says what it means."""
    if not name:
        return ""
    classes = f"icon {css_class}".strip()
    return format_html(
        '<svg class="{}" aria-hidden="true" focusable="false" width="24" height="24">'
        '<use href="{}#{}"></use></svg>',
        classes,
        static(ICON_SPRITE),
        name,
    )


@register.simple_tag(takes_context=True)
def share_image(context):
    """The picture shown when the current page is shared: its own social image if an
    editor chose one, else the title drawn in its language (``home.share_images``).
    ``{"url", "width", "height", "alt"}`` with an absolute URL, or None off the tree."""
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return None
    chosen = getattr(page, "social_image", None)
    if chosen is not None:
        rendition = chosen.get_rendition("fill-1200x630")
        url, width, height = rendition.url, rendition.width, rendition.height
        alt = share_images.share_title(page)
    else:
        site = context.get("site_settings")
        site_name = site.organisation_name if site else ""
        url = share_images.share_path(page, site_name, translation.get_language())
        width, height = share_images.WIDTH, share_images.HEIGHT
        alt = share_images.share_title(page)
    if url.startswith("/"):
        url = settings.BASE_URL + url
    return {"url": url, "width": width, "height": height, "alt": alt}
