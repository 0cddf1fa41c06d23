"""Signed, expiring download links for requested materials, and the documents they guard.

A link names one request and one material, signed with the site's secret: it cannot
be guessed or changed, it stops working after ``MATERIAL_LINK_MAX_AGE_DAYS``, and each
use is recorded against the request. The document's own URL is refused to everyone
but staff (see ``refuse_gated_document``), so the link is the only way in.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from inquiries.choices import FormKind
from inquiries.models import IntakeFormPage, MaterialDownload, MaterialRequest
from leads.models import TimelineEntry
from leads.services import add_to_timeline
from programs.documents import is_gated

SALT = "ocp.inquiries.material-download"


def download_path(request_record, material) -> str:
    """The same link every time for one request and material; it expires counted from
    the request, however often the thank-you page or the email shows it."""
    token = signing.Signer(salt=SALT).sign_object({"r": request_record.pk, "m": material.pk})
    return reverse("material_download", args=[token])


def download_url(request_record, material) -> str:
    return settings.BASE_URL + download_path(request_record, material)


@require_GET
def material_download(request: HttpRequest, token: str):
    try:
        data = signing.Signer(salt=SALT).unsign_object(token)
        request_id, material_id = int(data["r"]), int(data["m"])
    except (signing.BadSignature, KeyError, TypeError, ValueError, AttributeError):
        return link_not_working(request, None)
    expired_before = timezone.now() - timedelta(days=settings.MATERIAL_LINK_MAX_AGE_DAYS)
    record = (
        MaterialRequest.objects.genuine()
        .filter(pk=request_id, submitted_at__gt=expired_before)
        .first()
    )
    material = (
        record.materials.filter(pk=material_id).select_related("document").first()
        if record
        else None
    )
    if material is None or material.document is None:
        return link_not_working(request, request_id)
    MaterialDownload.objects.create(request=record, material=material)
    add_to_timeline(record.organization, TimelineEntry.Kind.DOWNLOAD, title=material.title)
    document = material.document
    response = FileResponse(
        document.file.open("rb"), as_attachment=True, filename=document.filename
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def link_not_working(request: HttpRequest, request_id: int | None) -> HttpResponse:
    """A link that expired, was changed or never was: the page says so and offers a
    new request, in the language the request was made in (a link that cannot be read
    names none: the visitor's language then), instead of the generic 404."""
    language = (
        MaterialRequest.objects.filter(pk=request_id)
        .values_list("locale__language_code", flat=True)
        .first()
        if request_id is not None and 0 < request_id < 2**63
        else None
    ) or translation.get_language_from_request(request)
    with translation.override(language):
        request.LANGUAGE_CODE = language
        request_page = (
            IntakeFormPage.objects.live().for_form(FormKind.MATERIAL_REQUEST, language).first()
        )
        response = render(
            request,
            "inquiries/download_expired.html",
            {"request_page": request_page, "link_days": settings.MATERIAL_LINK_MAX_AGE_DAYS},
            status=404,
        )
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response


def refuse_gated_document(document, request):
    """``before_serve_document`` hook: 404 for gated documents unless staff ask."""
    user = request.user
    if user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return None
    if is_gated(document):
        raise Http404
    return None
