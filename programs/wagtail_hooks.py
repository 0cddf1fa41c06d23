"""Registers the programs app's admin screens."""

from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.snippets.models import register_snippet

from home.headless import GATED_DOCUMENTS_HOOK
from programs.documents import gated_q
from programs.viewsets import MaterialViewSet

register_snippet(MaterialViewSet)


@hooks.register(GATED_DOCUMENTS_HOOK)
def gated_document_ids(ids: set[int]) -> set[int]:
    """The page API's answer to "which of these documents are gated": the one rule."""
    found = get_document_model().objects.filter(gated_q(), pk__in=ids)
    return set(found.values_list("pk", flat=True))
