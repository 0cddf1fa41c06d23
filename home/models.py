"""Pages and settings shared by the whole site."""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from faq.blocks import FAQTeaserBlock
from home.addresses import is_single_mailbox
from home.base import BasePage
from home.blocks import (
    AudiencesBlock,
    CallToActionBlock,
    FlowBlock,
    HeroBlock,
    ImageBlock,
    ImageTextBlock,
    SectionBlock,
    StandardStreamBlock,
    StepsBlock,
    StrengthsBlock,
    SupportsBlock,
)
from home.headless import stream_field


class HomeStreamBlock(blocks.StreamBlock):
    """The home page's sections. Here rather than in ``home.blocks``, because it holds
    the FAQ teaser (``faq.blocks``) and ``home.blocks`` needs no other app."""

    hero = HeroBlock()
    audiences = AudiencesBlock()
    section = SectionBlock()
    image = ImageBlock()
    image_text = ImageTextBlock()
    flow = FlowBlock()
    supports = SupportsBlock()
    strengths = StrengthsBlock()
    steps = StepsBlock()
    faq_teaser = FAQTeaserBlock()
    cta = CallToActionBlock()


class HomePage(BasePage):
    """The program's landing page: one per language, at ``/<lang>/``."""

    body = StreamField(HomeStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("body")]
    api_fields = [*BasePage.api_fields, APIField("body", serializer=stream_field("body", body))]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")


class StandardPage(BasePage):
    """A plain page: about JII, the privacy policy, the terms of use."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(StandardStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body", serializer=stream_field("body", body)),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


def validate_email_list(value: str) -> None:
    """Each address of a staff list is one plain mailbox (``home.addresses``): a quoted
    or bracketed entry cannot smuggle further recipients into every notification."""
    for address in split_addresses(value):
        if not is_single_mailbox(address):
            raise ValidationError(
                _("“%(address)s” is not an email address."), params={"address": address}
            )


def split_addresses(value: str) -> list[str]:
    """A staff list's addresses: one per line or comma-separated. Only for lists staff
    typed; a visitor's address is one value and is never split."""
    return [part.strip() for part in value.replace("\n", ",").split(",") if part.strip()]


class SiteSettingsQuerySet(models.QuerySet):
    def for_locale(self, locale: Locale) -> SiteSettings | None:
        """The settings in ``locale``, falling back to the default language's."""
        codes = [locale.language_code, settings.LANGUAGE_CODE]
        found = {
            s.locale.language_code: s
            for s in self.filter(locale__language_code__in=codes).select_related("locale")
        }
        return found.get(codes[0]) or found.get(codes[1])


# Who may change where personal data is sent (the notification recipients here and on
# the intake pages): a role that may see it all. Editors keep the content settings.
ROUTING_PERMISSION = "home.change_personal_data_routing"


class SiteSettings(TranslatableMixin, models.Model):
    """The organisation's details shown across the site, translatable per language.

    Edited under Snippets and translated with wagtail-localize like a page. Contact
    details and notification recipients are synchronised: they are the same in every
    language, and changing them on the Japanese source changes them everywhere.

    The recipients get every new submission's notification, so their panel needs
    ``ROUTING_PERMISSION``: without it the field is left out of the edit form itself
    (Wagtail's field permissions), and a crafted POST cannot set it.
    """

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    legal_name = models.CharField(
        _("legal name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The organisation's full registered name, with its legal form (for example "
            "特定非営利活動法人…), shown in the footer and on the about page when set."
        ),
    )
    footer_text = models.TextField(_("footer text"), blank=True)
    address = models.TextField(_("address"), blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    notification_recipients = models.TextField(
        _("notification recipients"),
        blank=True,
        validators=[validate_email_list],
        help_text=_("Email addresses told of new submissions, one per line or comma-separated."),
    )

    objects = SiteSettingsQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("phone", overridable=False),
        SynchronizedField("notification_recipients", overridable=False),
    ]

    panels = [
        FieldPanel("organisation_name"),
        FieldPanel("legal_name"),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("contact_email"), FieldPanel("phone")],
            _("Contact"),
        ),
        FieldPanel("notification_recipients", permission=ROUTING_PERMISSION),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site settings")
        verbose_name_plural = _("site settings")
        permissions = [
            ("change_personal_data_routing", _("Can change where personal data is sent"))
        ]

    def __str__(self) -> str:
        return f"{self.organisation_name} ({self.locale.language_code})"

    @property
    def has_contact_details(self) -> bool:
        """Whether any of the organisation's details are set (until then the footer and
        the about page lead to the contact form instead of an empty block)."""
        return any((self.legal_name, self.address, self.contact_email, self.phone))

    @property
    def recipients(self) -> list[str]:
        return split_addresses(self.notification_recipients)
