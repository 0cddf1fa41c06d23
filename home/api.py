"""The read API for other front ends: Wagtail's page API plus the site's own content.

Wagtail 8's API (``wagtail.api.v3``) serves pages at ``/api/v3/`` (filter by
``locale``, ``type``, ``translation_of``); this module serves what it does not: FAQ
items, materials, and public images and documents, at ``/api/content/``, each with
its OpenAPI document at ``openapi.json``. Only live, public content appears: no
unpublished material, no document of a request-only material or in the private
collection, and never anything from the intake.
"""

from __future__ import annotations

from typing import Literal

from django.conf import settings
from django.http import Http404, HttpRequest, JsonResponse
from django.utils import translation
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from wagtail.images import get_image_model
from wagtail.models import Locale

from programs.documents import public_documents

api = NinjaAPI(
    title="OCP content API",
    version="1.0.0",
    description=(
        "FAQ items, materials, and public images and documents of the Otonari-san "
        "Corporate Program site, by language. Pages are served by the Wagtail API at "
        "/api/v3/."
    ),
    urls_namespace="content_api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
LocaleCode = Literal["ja", "en", "ne"]  # settings.LANGUAGES, spelled out for the schema


class Problem(Schema):
    status: int
    detail: str


class FAQItemOut(Schema):
    id: int
    locale: str
    translation_key: str
    category: str
    category_label: str
    question: str
    answer_html: str
    order: int


class MaterialOut(Schema):
    id: int
    locale: str
    translation_key: str
    title: str
    description: str
    request_required: bool
    cover_image_url: str | None
    download_url: str | None  # only for materials that need no request
    request_page_url: str | None


class ImageOut(Schema):
    id: int
    title: str
    width: int
    height: int
    url: str


class DocumentOut(Schema):
    id: int
    title: str
    url: str


def _locale(code: str | None) -> Locale | None:
    if code is None:
        return None
    if code not in LANGUAGE_CODES:
        raise HttpError(400, f"Unknown locale {code!r}; use one of {', '.join(LANGUAGE_CODES)}.")
    return Locale.objects.filter(language_code=code).first()


def _absolute(url: str) -> str:
    return url if url.startswith("http") else settings.BASE_URL + url


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError):
    return api.create_response(
        request, {"status": exc.status_code, "detail": exc.message}, status=exc.status_code
    )


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404):
    detail = str(exc) or "Not found."
    return api.create_response(request, {"status": 404, "detail": detail}, status=404)


@api.get(
    "/faq/",
    response={200: list[FAQItemOut], 400: Problem},
    summary="FAQ items",
    description="Every FAQ item, in display order; `locale` limits it to one language.",
)
def faq_items(request: HttpRequest, locale: LocaleCode | None = None):
    from faq.models import FAQItem

    items = FAQItem.objects.select_related("locale").order_by("locale_id", "sort_order", "pk")
    if (selected := _locale(locale)) is not None:
        items = items.filter(locale=selected)
    return [_faq_item(item) for item in items]


def _faq_item(item) -> dict:
    from faq.models import FAQCategory

    with translation.override(item.locale.language_code):  # the label in the item's language
        label = str(dict(FAQCategory.choices).get(item.category, item.category))
    return {
        "id": item.pk,
        "locale": item.locale.language_code,
        "translation_key": str(item.translation_key),
        "category": item.category,
        "category_label": label,
        "question": item.question,
        "answer_html": item.answer,
        "order": item.sort_order,
    }


@api.get(
    "/materials/",
    response={200: list[MaterialOut], 400: Problem},
    summary="Materials",
    description="Published materials. Request-only files have no download URL: "
    "they are sent through the material request form.",
)
def materials(request: HttpRequest, locale: LocaleCode | None = None):
    from inquiries.models import FormKind, IntakeFormPage
    from programs.models import Material

    found = Material.objects.published().select_related("locale", "document", "cover_image")
    if (selected := _locale(locale)) is not None:
        found = found.filter(locale=selected)
    request_pages = {
        page.locale_id: page.url
        for page in IntakeFormPage.objects.live().filter(form_kind=FormKind.MATERIAL_REQUEST)
    }
    result = []
    for material in found.order_by("locale_id", "sort_order", "pk"):
        cover = material.cover_image
        result.append(
            {
                "id": material.pk,
                "locale": material.locale.language_code,
                "translation_key": str(material.translation_key),
                "title": material.title,
                "description": material.description,
                "request_required": material.request_required,
                "cover_image_url": _absolute(cover.get_rendition("fill-300x424").url)
                if cover
                else None,
                "download_url": _absolute(material.document.url)
                if material.document and not material.request_required
                else None,
                "request_page_url": _absolute(request_pages[material.locale_id])
                if material.locale_id in request_pages
                else None,
            }
        )
    return result


@api.get("/documents/", response=list[DocumentOut], summary="Public documents")
def documents(request: HttpRequest):
    return [
        {"id": d.pk, "title": d.title, "url": _absolute(d.url)}
        for d in public_documents().order_by("pk")
    ]


@api.get(
    "/documents/{document_id}/",
    response={200: DocumentOut, 404: Problem},
    summary="One public document",
)
def document(request: HttpRequest, document_id: int):
    found = public_documents().filter(pk=document_id).first()
    if found is None:
        raise Http404("No public document with this id.")
    return {"id": found.pk, "title": found.title, "url": _absolute(found.url)}


@api.get("/images/", response=list[ImageOut], summary="Images")
def images(request: HttpRequest):
    return [
        {
            "id": image.pk,
            "title": image.title,
            "width": image.width,
            "height": image.height,
            "url": _absolute(image.file.url),
        }
        for image in get_image_model().objects.order_by("pk")
    ]


def api_not_found(request: HttpRequest, path: str = ""):
    """Anything else under /api/: a JSON 404, never a redirect into a language prefix."""
    return JsonResponse(
        {"status": 404, "detail": "There is no API endpoint at this address."}, status=404
    )
