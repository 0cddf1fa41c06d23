"""StreamField blocks for the site's pages: the home page's sections and the blocks
every page type shares (text, steps, strengths, call to action).

The blocks of one app's pages live in that app (``programs.blocks``, ``faq.blocks``);
this module needs no other app. Each block has its own template in
``site/templates/blocks/`` and a full ``Meta`` (icon, template, description,
preview_value) so editors see what it is for and a preview in the block picker. The
blocks follow the sections of the program's own landing page, so every part of it can
be expressed and edited.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.localization import active_locale, localized_pages

INLINE_FEATURES = ["bold", "italic", "link"]
SECTION_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class HeroBlock(blocks.StructBlock):
    eyebrow = blocks.CharBlock(label=_("Program name"), max_length=120)
    headline = blocks.CharBlock(label=_("Headline"), max_length=200)
    subheadline = blocks.CharBlock(label=_("Sub-headline"), max_length=300, required=False)
    body = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES, required=False)

    class Meta:
        icon = "pick"
        label = _("Hero")
        template = "blocks/hero.html"
        description = _("The opening of a page: program name, headline and the case for it.")
        preview_value = {
            "eyebrow": "おとなりさん・コーポレート・プログラム(OCP)",
            "headline": "外国人社員が安心して暮らせる環境が、企業の未来を支える",
            "subheadline": "JIIは、外国人社員と地域をつなぐ共生の仕組みを通じて、企業の成長をサポートします",
            "body": "<p>企業の持続可能性は、社員が安心して暮らせる地域社会によって支えられています。</p>",
        }


class AudienceGroupBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Audience"), max_length=120)
    items = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"))

    class Meta:
        icon = "group"
        label = _("Audience group")


class AudiencesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    groups = blocks.ListBlock(AudienceGroupBlock(), label=_("Groups"))

    class Meta:
        icon = "group"
        label = _("Who it is for")
        template = "blocks/audiences.html"
        description = _("Groups of readers, each with the needs the program answers.")
        preview_value = {
            "heading": "こんな方にお勧めです",
            "groups": [
                {
                    "title": "人事・採用担当",
                    "items": ["外国人社員の採用や受け入れを検討している"],
                }
            ],
        }


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=SECTION_FEATURES)

    class Meta:
        icon = "doc-full"
        label = _("Text section")
        template = "blocks/section.html"
        description = _("A heading followed by text.")
        preview_value = {
            "heading": "企業と地域がともに育つ「共生のエコシステム」",
            "body": "<p>外国人社員の文化的ギャップや孤独を減らし、社員の成長、地域の活性化を同時に実現します。</p>",
        }


class SupportItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    lead = blocks.CharBlock(label=_("Lead"), max_length=300, required=False)
    points = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Points"))

    class Meta:
        icon = "tick"
        label = _("Support")


class SupportsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(SupportItemBlock(), label=_("Supports"))

    class Meta:
        icon = "list-ol"
        label = _("Supports")
        template = "blocks/supports.html"
        description = _("The program's supports, each with a lead and its points.")
        preview_value = {
            "heading": "「おとなりさん活動」で実現する3つのサポート",
            "items": [
                {
                    "title": "① 外国人社員の“安心“を支える",
                    "lead": "日本での暮らしを支え、活躍へと繋げる",
                    "points": ["職場外で安心して相談できる相手やつながりを提供"],
                }
            ],
        }


class TitledTextBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "doc-empty"
        label = _("Item")


class StrengthsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(TitledTextBlock(), label=_("Strengths"))

    class Meta:
        icon = "success"
        label = _("Strengths")
        template = "blocks/strengths.html"
        description = _("What the organisation does well, as titled points.")
        preview_value = {
            "heading": "JIIの強み",
            "items": [
                {
                    "title": "安心・安全を守る運営体制",
                    "text": "明確な活動ルールと登録条件を整え、参加者双方が安心して関われる仕組みを構築。",
                }
            ],
        }


class StepsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(TitledTextBlock(), label=_("Steps"))

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        template = "blocks/steps.html"
        description = _("A process in numbered steps.")
        preview_value = {
            "heading": "参加の流れ",
            "items": [
                {"title": "本人確認", "text": "全参加者に本人確認を行います。"},
                {"title": "説明会", "text": "活動の前にオリエンテーションを受けます。"},
            ],
        }


class ButtonBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    page = blocks.PageChooserBlock(label=_("Page"))
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("primary", _("Primary")), ("secondary", _("Secondary"))],
        default="primary",
    )

    class Meta:
        icon = "link"
        label = _("Button")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200, required=False)
    text = blocks.TextBlock(label=_("Text"), required=False)
    buttons = blocks.ListBlock(ButtonBlock(), label=_("Buttons"), min_num=1, max_num=3)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/cta.html"
        description = _("Buttons that lead the reader to a form or page.")
        preview_value = {"heading": "まずはお気軽にご相談ください", "text": "", "buttons": []}

    def get_context(self, value, parent_context=None):
        """Each button with its page in the reader's language, found in one query."""
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        locale = active_locale(request)
        buttons = [button for button in value["buttons"] if button["page"]]
        pages = localized_pages([button["page"] for button in buttons], locale, request)
        context["buttons"] = [(button, pages[button["page"].pk]) for button in buttons]
        return context


class StandardStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    strengths = StrengthsBlock()
    steps = StepsBlock()
    cta = CallToActionBlock()
