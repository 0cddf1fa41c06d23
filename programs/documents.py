"""The one rule that decides whether a document is public or gated.

A document is *gated* when a request-only material uses it or when it sits in the private
materials collection (``PRIVATE_MATERIALS_COLLECTION``) or below it. Gated files reach
visitors only through a signed download link (``inquiries.downloads``); everything else
is public. The document view, the content API and the static export all ask here, so none
of them can publish more than the others.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models import Q, QuerySet
from wagtail.documents import get_document_model
from wagtail.models import Collection

from programs.models import Material


def private_collection_paths() -> list[str]:
    """Tree paths of the private collection and every collection below it."""
    private = Collection.objects.filter(name=settings.PRIVATE_MATERIALS_COLLECTION)
    return [c.path for root in private for c in root.get_descendants(inclusive=True)]


def gated_q() -> Q:
    """Documents gated by the rule, as a filter on the document model."""
    request_only = Material.objects.filter(request_required=True).values("document_id")
    return Q(pk__in=request_only) | Q(collection__path__in=private_collection_paths())


def public_documents() -> QuerySet:
    """Documents that anyone may download at their own URL."""
    return get_document_model().objects.exclude(gated_q())


def is_gated(document) -> bool:
    """Whether ``document`` is gated (see the module docstring)."""
    return get_document_model().objects.filter(gated_q(), pk=document.pk).exists()
