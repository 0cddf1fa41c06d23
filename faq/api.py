"""The FAQ items in the content API: ``/api/content/faq/`` (mounted by ``ocp.api``)."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import translation
from ninja import Router, Schema

from faq.models import FAQCategory, FAQItem
from home.api import LocaleCode, Problem, selected_locale

router = Router(tags=["content"])


class FAQItemOut(Schema):
    id: int
    locale: str
    translation_key: str
    category: str
    category_label: str
    question: str
    answer_html: str
    order: int


@router.get(
    "/faq/",
    response={200: list[FAQItemOut], 400: Problem},
    summary="FAQ items",
    description="Every FAQ item, in display order; `locale` limits it to one language.",
)
def faq_items(request: HttpRequest, locale: LocaleCode | None = None):
    items = FAQItem.objects.select_related("locale").order_by("locale_id", "sort_order", "pk")
    if (selected := selected_locale(locale)) is not None:
        items = items.filter(locale=selected)
    return [_faq_item(item) for item in items]


def _faq_item(item: FAQItem) -> dict:
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
