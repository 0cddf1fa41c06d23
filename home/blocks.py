"""StreamField blocks for the site's pages: the home page's sections and the blocks
every page type shares (text, steps, strengths, call to action).

The blocks of one app's pages live in that app (``programs.blocks``, ``faq.blocks``);
this module needs no other app. Each block has its own template in
``site/templates/blocks/`` and a full ``Meta`` (icon, template, description,
preview_value) so editors see what it is for and a preview in the block picker. The
blocks follow the sections of the program's own landing page, so every part of it can
be expressed and edited.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from home.localization import LinkedPageChooserBlock, active_locale, localized_pages

INLINE_FEATURES = ["bold", "italic", "link"]
SECTION_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]

# The symbols of the site's icon sprite (static/img/icons.svg) an editor may pick.
ICON_CHOICES = [
    ("consult", pgettext_lazy("icon", "Conversation")),
    ("calendar", pgettext_lazy("icon", "Calendar")),
    ("register", pgettext_lazy("icon", "Person joining")),
    ("check", pgettext_lazy("icon", "Identity check")),
    ("match", pgettext_lazy("icon", "Link")),
    ("pair", pgettext_lazy("icon", "Pair")),
    ("report", pgettext_lazy("icon", "Report")),
    ("home", pgettext_lazy("icon", "Home")),
    ("sprout", pgettext_lazy("icon", "Sprout")),
    ("value", pgettext_lazy("icon", "Star")),
    ("briefcase", pgettext_lazy("icon", "Briefcase")),
    ("growth", pgettext_lazy("icon", "Growth")),
    ("heart-hand", pgettext_lazy("icon", "Helping hand")),
    ("people", pgettext_lazy("icon", "Group")),
    ("shield", pgettext_lazy("icon", "Shield")),
    ("network", pgettext_lazy("icon", "Network")),
    ("sliders", pgettext_lazy("icon", "Settings")),
]


def icon_block() -> blocks.ChoiceBlock:
    return blocks.ChoiceBlock(label=_("Icon"), choices=ICON_CHOICES, required=False, default="")


def require_alt_text(value, image_name: str = "image", alt_name: str = "alt") -> None:
    """An image needs its alternative text: a chosen image without one is refused.

    The text is a block field of its own, not the image's title, so it is translated
    with the page (wagtail-localize makes it a segment) and says what the picture
    shows here, in the reader's language.
    """
    if value.get(image_name) and not (value.get(alt_name) or "").strip():
        raise StructBlockValidationError(
            block_errors={
                alt_name: ValidationError(
                    _("Describe the image for people who cannot see it."), code="required"
                )
            }
        )


class ImageBlock(blocks.StructBlock):
    """A picture with its alternative text (required, translatable) and a caption."""

    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), max_length=250, required=False, default="")

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("A picture across the text column, with its description and caption.")
        preview_value = {"alt": "", "caption": "おとなりさん活動の様子"}

    def clean(self, value):
        value = super().clean(value)
        require_alt_text(value)
        return value


class ImageTextBlock(blocks.StructBlock):
    """A heading and text beside a picture (below it on a phone)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    body = blocks.RichTextBlock(label=_("Text"), features=SECTION_FEATURES)
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    image_position = blocks.ChoiceBlock(
        label=_("Image position"),
        choices=[("start", _("Before the text")), ("end", _("After the text"))],
        default="end",
    )

    class Meta:
        icon = "image"
        label = _("Image and text")
        template = "blocks/image_text.html"
        description = _("A heading and text beside a picture.")
        preview_value = {
            "heading": "企業と地域がともに育つ「共生のエコシステム」",
            "body": "<p>外国人社員の文化的ギャップや孤独を減らします。</p>",
            "alt": "",
            "image_position": "end",
        }

    def clean(self, value):
        value = super().clean(value)
        require_alt_text(value)
        return value


class ButtonBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=120)
    page = LinkedPageChooserBlock(label=_("Page"))
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("primary", _("Primary")), ("secondary", _("Secondary"))],
        default="primary",
    )

    class Meta:
        icon = "link"
        label = _("Button")


class HeroBlock(blocks.StructBlock):
    """The first screen: the promise, who it is for and the two actions, then the case.

    The buttons come before the long text, so both stay inside the first screen of a
    phone; the image (optional) sits beside the text on wide screens and is loaded
    eagerly, since it is above the fold.
    """

    eyebrow = blocks.CharBlock(label=_("Program name"), max_length=120)
    headline = blocks.CharBlock(label=_("Headline"), max_length=200)
    subheadline = blocks.CharBlock(label=_("Sub-headline"), max_length=300, required=False)
    audience = blocks.CharBlock(
        label=_("Who it is for"),
        max_length=200,
        required=False,
        default="",
        help_text=_("One line naming the readers the page is for."),
    )
    buttons = blocks.ListBlock(
        ButtonBlock(),
        label=_("Buttons"),
        min_num=0,
        max_num=2,
        default=[],
        help_text=_("The primary action first, then a secondary one."),
    )
    image = ImageChooserBlock(label=_("Image"), required=False)
    alt = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        required=False,
        default="",
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = blocks.RichTextBlock(label=_("Text"), features=INLINE_FEATURES, required=False)

    def clean(self, value):
        value = super().clean(value)
        require_alt_text(value)
        return value

    def get_context(self, value, parent_context=None):
        """The actions with their pages in the reader's language, found in one query."""
        context = super().get_context(value, parent_context)
        request = (parent_context or {}).get("request")
        locale = active_locale(request)
        buttons = [button for button in value["buttons"] if button["page"]]
        pages = localized_pages([button["page"] for button in buttons], locale, request)
        context["buttons"] = [(button, pages[button["page"].pk]) for button in buttons]
        return context

    class Meta:
        icon = "pick"
        label = _("Hero")
        template = "blocks/hero.html"
        description = _(
            "The opening of a page: program name, headline, who it is for, the actions and "
            "the case for it."
        )
        preview_value = {
            "eyebrow": "おとなりさん・コーポレート・プログラム(OCP)",
            "headline": "外国人社員が安心して暮らせる環境が、企業の未来を支える",
            "subheadline": "JIIは、外国人社員と地域をつなぐ共生の仕組みを通じて、企業の成長をサポートします",
            "audience": "外国人社員を迎える企業の人事・人材育成・CSRご担当者様へ",
            "buttons": [],
            "body": "<p>企業の持続可能性は、社員が安心して暮らせる地域社会によって支えられています。</p>",
        }


class AudienceGroupBlock(blocks.StructBlock):
    icon = icon_block()
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
    icon = icon_block()
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
    icon = icon_block()
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


class FlowStepBlock(blocks.StructBlock):
    icon = icon_block()
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    duration = blocks.CharBlock(
        label=_("Duration"),
        max_length=80,
        required=False,
        default="",
        help_text=_("How long the step takes, shown as a badge."),
    )
    text = blocks.TextBlock(label=_("Text"))

    class Meta:
        icon = "arrow-right"
        label = _("Step")


class FlowBlock(blocks.StructBlock):
    """How the program works, drawn as a sequence of icons joined by a line (a row of
    columns on wide screens, a vertical line on a phone), in CSS and the icon sprite."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, default="")
    steps = blocks.ListBlock(FlowStepBlock(), label=_("Steps"), min_num=2)

    class Meta:
        icon = "list-ol"
        label = _("How it works")
        template = "blocks/flow.html"
        description = _("A process as a visual sequence, each step with an icon.")
        preview_value = {
            "heading": "プログラムの流れ",
            "intro": "",
            "steps": [
                {"icon": "consult", "title": "導入のご相談", "duration": "", "text": "ご相談"},
                {"icon": "calendar", "title": "導入", "duration": "1〜2か月", "text": "導入"},
            ],
        }


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
    image = ImageBlock()
    image_text = ImageTextBlock()
    strengths = StrengthsBlock()
    steps = StepsBlock()
    cta = CallToActionBlock()
