"""Materials and public documents in the content API (mounted by ``ocp.api``):
``/api/content/materials/`` and ``/api/content/documents/``.

Documents are the public ones only (``programs.documents``); a request-only material
has no download URL, only the address of the request form.
"""

from __future__ import annotations

from django.apps import apps
from django.http import Http404, HttpRequest
from ninja import Router, Schema

from home.api import LocaleCode, Problem, absolute, selected_locale
from programs.documents import public_documents
from programs.models import Material

router = Router(tags=["content"])
MATERIAL_REQUEST = "material_request"  # the request form's kind (inquiries.choices.FormKind)


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


class DocumentOut(Schema):
    id: int
    title: str
    url: str


def request_page_urls() -> dict[int, str]:
    """The live material request page of each locale (by locale id). The intake
    builds on programs, so its page model is looked up by name, not imported."""
    form_page = apps.get_model("inquiries", "IntakeFormPage")
    return {
        page.locale_id: page.url
        for page in form_page.objects.live().filter(form_kind=MATERIAL_REQUEST)
    }


@router.get(
    "/materials/",
    response={200: list[MaterialOut], 400: Problem},
    summary="Materials",
    description="Published materials. Request-only files have no download URL: "
    "they are sent through the material request form.",
)
def materials(request: HttpRequest, locale: LocaleCode | None = None):
    found = Material.objects.published().select_related("locale", "document", "cover_image")
    if (selected := selected_locale(locale)) is not None:
        found = found.filter(locale=selected)
    request_pages = request_page_urls()
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
                "cover_image_url": absolute(cover.get_rendition("fill-300x424").url)
                if cover
                else None,
                "download_url": absolute(material.document.url)
                if material.document and not material.request_required
                else None,
                "request_page_url": absolute(request_pages[material.locale_id])
                if material.locale_id in request_pages
                else None,
            }
        )
    return result


@router.get("/documents/", response=list[DocumentOut], summary="Public documents")
def documents(request: HttpRequest):
    return [
        {"id": d.pk, "title": d.title, "url": absolute(d.url)}
        for d in public_documents().order_by("pk")
    ]


@router.get(
    "/documents/{document_id}/",
    response={200: DocumentOut, 404: Problem},
    summary="One public document",
)
def document(request: HttpRequest, document_id: int):
    found = public_documents().filter(pk=document_id).first()
    if found is None:
        raise Http404("No public document with this id.")
    return {"id": found.pk, "title": found.title, "url": absolute(found.url)}
