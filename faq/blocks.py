"""The FAQ's block: a teaser of the first questions, for the home page."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from faq.models import FAQItem, FAQItemOut, faq_item_out
from home.localization import active_locale, localized_pages


class FAQTeaserBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    count = blocks.IntegerBlock(
        label=_("Number of questions"), min_value=1, max_value=20, default=4
    )
    link_label = blocks.CharBlock(label=_("Link text"), max_length=120)
    page = blocks.PageChooserBlock(label=_("FAQ page"), page_type="faq.FAQIndexPage")

    class Meta:
        icon = "help"
        label = _("FAQ teaser")
        template = "blocks/faq_teaser.html"
        description = _("The first questions of the FAQ, with a link to all of them.")
        preview_value = {
            "heading": "よくある質問",
            "count": 3,
            "link_label": "よくある質問をすべて見る",
        }

    def api_extra_fields(self) -> dict:
        """The questions the teaser shows, in the page API (``home.headless``)."""
        return {"items": list[FAQItemOut]}

    def api_extra(self, value, locale) -> dict:
        return {
            "items": [
                faq_item_out(item) for item in FAQItem.objects.for_locale(locale)[: value["count"]]
            ]
        }

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        locale = active_locale(request)
        context["items"] = list(FAQItem.objects.for_locale(locale)[: value["count"]])
        faq_page = value.get("page")
        pages = localized_pages([faq_page], locale, request)
        context["faq_page"] = pages.get(getattr(faq_page, "pk", None))
        return context
