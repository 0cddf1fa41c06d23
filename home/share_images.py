"""The default share image of a page: its title drawn in its own script, 1200×630 PNG.

Social networks show ``og:image`` when a page is shared; a page without an image of
its own (``BasePage.social_image``) gets this one, so a Japanese page shows its
Japanese title and a Nepali page its Devanagari one. The picture depends only on the
language, the title and the site name: it is drawn the same way every time, so its
address carries a digest of those (``/share/<page id>/<digest>.png``), can be cached
for a year, and the static export can save it as a file like any other asset.

The fonts are the Debian packages ``fonts-ipafont-gothic`` (Japanese, Latin) and
``fonts-lohit-deva`` (Devanagari, Latin); ``SHARE_IMAGE_FONTS`` (from the environment's
``SHARE_IMAGE_FONT_JA`` and the like) names other files. Without them the image still
renders, with Pillow's own font (no Japanese glyphs).
"""

from __future__ import annotations

import hashlib
import io
import logging
import unicodedata
from functools import lru_cache
from pathlib import Path

from django.conf import settings
from django.urls import reverse
from PIL import Image, ImageDraw, ImageFont, features
from wagtail.models import Page

from home.models import SiteSettings

logger = logging.getLogger(__name__)

WIDTH, HEIGHT = 1200, 630
# Bump when the drawing changes, so that shared links get the new picture.
VERSION = "1"
FONT_CANDIDATES = {
    "ja": [
        "/usr/share/fonts/opentype/ipafont-gothic/ipagp.ttf",
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
    ],
    "ne": ["/usr/share/fonts/truetype/lohit-devanagari/Lohit-Devanagari.ttf"],
}
FONT_CANDIDATES["en"] = FONT_CANDIDATES["ja"]
BACKGROUND = (7, 63, 51)  # --green-dark
BAND = (255, 213, 138)  # --sun
TEXT = (255, 255, 255)
SOFT = (232, 243, 239)  # --green-tint
MARGIN = 80
TITLE_SIZES = (68, 60, 52, 46)  # the largest that fits in MAX_LINES
MAX_LINES = 4
MAX_PAGE_ID = 2**31 - 1  # the largest primary key either database stores
# Japanese lines may not start with these (禁則処理, the basic set).
NO_LINE_START = set(
    "、。，．・：；？！ー）」』】〕〉》”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)


def digest(language: str, title: str, site_name: str) -> str:
    """What the image's address names: changes whenever its picture would."""
    key = "\0".join((VERSION, language, title, site_name))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def font_path(language: str) -> str | None:
    configured = getattr(settings, "SHARE_IMAGE_FONTS", {}).get(language)
    for candidate in [configured, *FONT_CANDIDATES.get(language, [])]:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _font(language: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = font_path(language)
    if path is None:
        logger.warning("No font for share images in %s; install fonts-ipafont-gothic.", language)
        return ImageFont.load_default(size)
    # Raqm shapes Devanagari (conjuncts, vowel signs); without it the basic layout.
    layout = ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC
    return ImageFont.truetype(path, size, layout_engine=layout)


def _units(text: str, language: str) -> list[str]:
    """The pieces a line may break between: words, or for Japanese single characters
    (kept with a following closing mark) and runs of Latin letters."""
    if language != "ja":
        return [word + " " for word in text.split()]
    units: list[str] = []
    for char in text:
        latin = char.isascii() and char.isalnum()
        if units and (
            char in NO_LINE_START
            or (latin and units[-1][-1:].isascii() and units[-1][-1:].isalnum())
        ):
            units[-1] += char
        else:
            units.append(char)
    return units


# Devanagari needs the zero-width joiners to choose a conjunct's form.
KEEP_FORMAT = {"\u200c", "\u200d"}


def drawable(text: str) -> str:
    """``text`` on one line without control, format (bidi overrides), private or
    unassigned characters, which the layout refuses or would draw as boxes."""
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char.isspace():
            kept.append(" ")
        elif category[0] != "C" or char in KEEP_FORMAT:
            kept.append(char)
    return " ".join("".join(kept).split())


def wrap(text: str, language: str, font, width: int) -> list[str]:
    lines, line = [], ""
    for unit in _units(text, language):
        if line and font.getlength((line + unit).rstrip()) > width:
            lines.append(line.rstrip())
            line = unit.lstrip()
        else:
            line += unit
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _fit(title: str, language: str):
    """The largest title size whose lines fit; the last size cuts the title short."""
    for size in TITLE_SIZES:
        font = _font(language, size)
        lines = wrap(title, language, font, WIDTH - 2 * MARGIN)
        if len(lines) <= MAX_LINES:
            return font, size, lines
    lines = lines[:MAX_LINES]
    lines[-1] = lines[-1].rstrip()[:-1] + "…"
    return font, size, lines


@lru_cache(maxsize=64)
def render(language: str, title: str, site_name: str) -> bytes:
    """The PNG for ``title`` in ``language`` (cached: the same input, the same bytes)."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, HEIGHT - 24, WIDTH, HEIGHT), fill=BAND)
    draw.rectangle((MARGIN, MARGIN, MARGIN + 96, MARGIN + 10), fill=BAND)
    font, size, lines = _fit(drawable(title), language)
    line_height = round(size * (1.6 if language == "ne" else 1.45))
    top = (HEIGHT - line_height * len(lines)) // 2
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=font, fill=TEXT)
    if site_name:
        name = drawable(site_name)
        draw.text((MARGIN, HEIGHT - MARGIN - 40), name, font=_font(language, 34), fill=SOFT)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def share_title(page) -> str:
    """The title a share shows (as ``og:title``): the SEO title, else the page's."""
    return page.seo_title or page.title


def share_path(page, site_name: str, language: str | None = None) -> str:
    """The address of ``page``'s default share image; ``language`` is the page's, when
    the caller knows it (a page renders in its own language), saving the locale query."""
    language = language or page.locale.language_code
    return reverse(
        "share_image",
        args=[page.pk, digest(language, share_title(page), site_name)],
    )


def site_name_for(locale) -> str:
    found = SiteSettings.objects.for_locale(locale)
    return found.organisation_name if found else ""


def public_page(page_id: int):
    """The live public page ``page_id`` names (with its locale), or None: a draft's or a
    private page's title is never drawn."""
    if not 0 < page_id <= MAX_PAGE_ID:
        return None
    return Page.objects.live().public().select_related("locale").filter(pk=page_id).first()
