"""``BasePage``, the abstract page every page type of every app extends.

A module of its own, needing no blocks and no other app, so that the apps whose pages
build on it (``programs``, ``faq``, ``inquiries``) import it without importing
``home.models``, whose home page holds the FAQ teaser of ``faq.blocks``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model_string
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from home.headless import SEOValue, SocialImageValue, TranslationsValue


class BasePage(Page):
    """The page every page type extends: SEO fields and the translation policy.

    The slug is synchronised and not overridable, so the Japanese, English and
    Nepali versions of a page always share one path after the language prefix
    (``/ja/faq/``, ``/en/faq/``): the language switcher, hreflang links and the
    static export rely on it.
    """

    social_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("social image"),
        help_text=_("Shown when the page is shared; 1200×630 pixels works best."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    # What every page shows in the v3 page API besides its own content (home.headless);
    # each page type adds its fields to these.
    api_fields = [
        APIField("seo", serializer=SEOValue()),
        APIField("social_image", serializer=SocialImageValue()),
        APIField("translations", serializer=TranslationsValue()),
    ]

    promote_panels = [
        MultiFieldPanel(
            [
                FieldPanel("slug"),
                FieldPanel("seo_title"),
                FieldPanel("search_description"),
                FieldPanel("social_image"),
            ],
            _("For search engines and sharing"),
        ),
        MultiFieldPanel([FieldPanel("show_in_menus")], _("Navigation")),
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if self.slug and not self.slug.isascii():
            raise ValidationError(
                {
                    "slug": _(
                        "Use only letters a–z, digits and hyphens, so every language "
                        "version shares one address."
                    )
                }
            )
