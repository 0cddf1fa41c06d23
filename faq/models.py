"""Frequently asked questions, as translatable snippets shown on the FAQ page."""

from __future__ import annotations

import re
from html import unescape
from itertools import groupby

from django.db import models
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.base import BasePage
from home.headless import PageValue, rich_html


class FAQCategory(models.TextChoices):
    SUPPORT = "support", _("The support")
    PARTICIPATION = "participation", _("Taking part")
    VOLUNTEERING = "volunteering", _("Volunteering")
    MATCHING = "matching", _("Pairs and matching")
    COMPANY = "company", _("For companies")


# Where a block of rich text ends (a paragraph, a list item, a heading, a line break).
BLOCK_END = re.compile(r"</(?:p|li|h[1-6]|div|ul|ol)\s*>|<br\s*/?>", re.IGNORECASE)


class FAQItemQuerySet(models.QuerySet):
    def for_locale(self, locale):
        return self.filter(locale=locale).order_by("sort_order", "pk")


class FAQItem(TranslatableMixin, index.Indexed, models.Model):
    question = models.CharField(_("question"), max_length=300)
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "ul", "ol"])
    category = models.CharField(
        _("category"), max_length=20, choices=FAQCategory.choices, default=FAQCategory.SUPPORT
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    objects = FAQItemQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("category", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("category"),
        FieldPanel("sort_order"),
    ]
    search_fields = [
        index.SearchField("question"),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ item")
        verbose_name_plural = _("FAQ items")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.question

    @property
    def answer_text(self) -> str:
        """The answer as plain text (the page's JSON-LD): a line break where a
        paragraph, an item or a line ends, so paragraphs never run together."""
        broken = BLOCK_END.sub("\n", self.answer or "")
        lines = (" ".join(line.split()) for line in unescape(strip_tags(broken)).splitlines())
        return "\n".join(line for line in lines if line)


class FAQItemOut(Schema):
    """A question as the page API shows it: the answer as display HTML."""

    id: int
    question: str
    answer: str
    category: str


class FAQGroupOut(Schema):
    category: str
    label: str  # in the page's language
    items: list[FAQItemOut]


def faq_item_out(item: FAQItem) -> dict:
    return {
        "id": item.pk,
        "question": item.question,
        "answer": rich_html(item.answer),
        "category": item.category,
    }


def faq_groups(locale) -> list[tuple[str, list[FAQItem]]]:
    """The items of ``locale`` grouped by category, in the categories' order."""
    items = list(FAQItem.objects.for_locale(locale))
    order = {value: index for index, value in enumerate(FAQCategory.values)}
    items.sort(key=lambda item: (order.get(item.category, len(order)), item.sort_order))
    return [(category, list(group)) for category, group in groupby(items, key=lambda i: i.category)]


class FAQGroupsValue(PageValue):
    def to_representation(self, page) -> list[FAQGroupOut]:
        with translation.override(page.locale.language_code):
            return [
                FAQGroupOut(
                    category=category,
                    label=str(FAQCategory(category).label),
                    items=[faq_item_out(item) for item in items],
                )
                for category, items in faq_groups(page.locale_id)
            ]


class FAQIndexPage(BasePage):
    """Shows the FAQ items of the page's language, grouped by category."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("faq_groups", serializer=FAQGroupsValue()),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("FAQ page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        groups = faq_groups(self.locale_id)
        items = [item for _category, group in groups for item in group]
        context["faq_items"] = items
        context["faq_groups"] = [(FAQCategory(category).label, group) for category, group in groups]
        context["faq_json_ld"] = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question,
                    "acceptedAnswer": {"@type": "Answer", "text": item.answer_text},
                }
                for item in items
            ],
        }
        return context
