"""The blocks of program pages: activity types, who can take part, and the page's stream.

The other sections a program page uses (text, steps, strengths, call to action) are the
site's shared blocks in ``home.blocks``.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import (
    CallToActionBlock,
    FlowBlock,
    ImageBlock,
    ImageTextBlock,
    SectionBlock,
    StepsBlock,
    StrengthsBlock,
)


class ActivityTypeBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    duration = blocks.CharBlock(label=_("Time commitment"), max_length=200)
    description = blocks.TextBlock(label=_("Description"))
    examples = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Examples"))

    class Meta:
        icon = "date"
        label = _("Activity type")

    def api_extra_fields(self) -> dict:
        """The subtitle the template puts above the examples, for the page API."""
        return {"examples_label": str}

    def api_extra(self, value, locale) -> dict:
        return {"examples_label": gettext("Examples")}


class ActivityTypesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    items = blocks.ListBlock(ActivityTypeBlock(), label=_("Activity types"))

    class Meta:
        icon = "date"
        label = _("Activity types")
        template = "blocks/activity_types.html"
        description = _("The kinds of activity, with their time commitment and examples.")
        preview_value = {
            "heading": "活動の種類",
            "items": [
                {
                    "name": "長期活動",
                    "duration": "半年間・週2時間程度",
                    "description": "日常生活の中で半年間交流・支援を行います。",
                    "examples": ["日本語の練習や会話"],
                }
            ],
        }


class ParticipantGroupBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Who"), max_length=200)
    description = blocks.TextBlock(label=_("Description"))
    conditions = blocks.ListBlock(blocks.CharBlock(max_length=300), label=_("Conditions"))

    class Meta:
        icon = "user"
        label = _("Participant group")

    def api_extra_fields(self) -> dict:
        """The subtitle the template puts above the conditions, for the page API."""
        return {"conditions_label": str}

    def api_extra(self, value, locale) -> dict:
        return {"conditions_label": gettext("Conditions")}


class ParticipantGroupsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=200)
    groups = blocks.ListBlock(ParticipantGroupBlock(), label=_("Groups"))

    class Meta:
        icon = "user"
        label = _("Who can take part")
        template = "blocks/participant_groups.html"
        description = _("Who can take part, and on what conditions.")
        preview_value = {
            "heading": "参加できる方",
            "groups": [
                {
                    "title": "ボランティアとして参加する社員",
                    "description": "日本人・外国人を問わず参加可能です。",
                    "conditions": ["外国出身の方は日本での生活経験が10年以上"],
                }
            ],
        }


class ProgramStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    image = ImageBlock()
    image_text = ImageTextBlock()
    flow = FlowBlock()
    activity_types = ActivityTypesBlock()
    participant_groups = ParticipantGroupsBlock()
    steps = StepsBlock()
    strengths = StrengthsBlock()
    cta = CallToActionBlock()
