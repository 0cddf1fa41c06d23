"""The content API's common ground, and its images.

The site has one API (``ocp.api``); each room serves its own content on a router of
it: FAQ items (``faq.api``), materials and public documents (``programs.api``), the
intake (``inquiries.api``). This module holds what they share (the ``{"status",
"detail"}`` problem shape, the locale filter, absolute URLs) and serves the images at
``/api/content/images/``. Only live, public content appears in the content API.
"""

from __future__ import annotations

from typing import Literal

from django.conf import settings
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.errors import HttpError
from wagtail.images import get_image_model
from wagtail.models import Locale

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LocaleCode = Literal["ja", "en", "ne"]  # settings.LANGUAGES, spelled out for the schema

router = Router(tags=["content"])


class Problem(Schema):
    status: int
    detail: str


class ImageOut(Schema):
    id: int
    title: str
    width: int
    height: int
    url: str


def selected_locale(code: str | None) -> Locale | None:
    """The Locale a ``locale`` filter names; None when there is no filter."""
    if code is None:
        return None
    if code not in LANGUAGE_CODES:
        raise HttpError(400, f"Unknown locale {code!r}; use one of {', '.join(LANGUAGE_CODES)}.")
    return Locale.objects.filter(language_code=code).first()


def absolute(url: str) -> str:
    return url if url.startswith("http") else settings.BASE_URL + url


@router.get("/images/", response=list[ImageOut], summary="Images")
def images(request: HttpRequest):
    return [
        {
            "id": image.pk,
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "url": absolute(image.file.url),
        }
        for image in get_image_model().objects.order_by("pk")
    ]
