"""The intake's pages. The forms themselves, their records and the pipeline build on these."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from home.models import BasePage


class FormKind(models.TextChoices):
    INQUIRY = "inquiry", _("Inquiry")
    MATERIAL_REQUEST = "material_request", _("Material request")
    ONBOARDING = "onboarding", _("Company onboarding request")
    REGISTRATION = "registration", _("Participant registration")


class IntakeFormPage(BasePage):
    """A page that hosts one of the intake forms.

    Editors control its introduction and thank-you text in every language; the
    form's fields are defined in code, the same in every language.
    """

    form_kind = models.CharField(_("form"), max_length=30, choices=FormKind.choices)
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("form_kind"),
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("intake form page")
