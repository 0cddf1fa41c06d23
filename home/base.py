"""``BasePage``, the abstract page every page type of every app extends.

A module of its own, needing no blocks and no other app, so that the apps whose pages
build on it (``programs``, ``faq``, ``inquiries``) import it without importing
``home.models``, whose home page holds the FAQ teaser of ``faq.blocks``.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.images import get_image_model_string
from wagtail.models import Page, PageViewRestriction
from wagtail_localize.fields import SynchronizedField

from home.headless import SEOValue, SocialImageValue, TranslationsValue
from home.localization import active_locale, linked_pages_at_once, prefetch_localized

# Wagtail hooks through which another room adds preview modes to every page and serves
# them (``frontends.preview``: a draft opened on a front end), which home may not import.
# The first: ``(page) -> [(mode, label), ...]``; the second: ``(page, request, mode)
# -> HttpResponse | None`` (None: not one of its modes).
PREVIEW_MODES_HOOK = "ocp_preview_modes"
SERVE_PREVIEW_HOOK = "ocp_serve_preview"


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

    @property
    def preview_modes(self):
        modes = list(super().preview_modes)
        for hook in hooks.get_hooks(PREVIEW_MODES_HOOK):
            modes += hook(self)
        return modes

    def serve_preview(self, request, mode_name):
        for hook in hooks.get_hooks(SERVE_PREVIEW_HOOK):
            response = hook(self, request, mode_name)
            if response is not None:
                return response
        return super().serve_preview(request, mode_name)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        body = getattr(self, "body", None)
        if body is not None:  # the blocks' linked pages in the reader's language, at once
            with linked_pages_at_once(body):
                prefetch_localized(request, body, active_locale(request))
        return context

    def get_view_restrictions(self):
        """Wagtail's rule (this page's and its ancestors' restrictions, an alias
        answering to its source's) in one query instead of two: the ancestors are
        named by the prefixes of the page's tree path."""
        paths = [self.path[:end] for end in range(Page.steplen, len(self.path) + 1, Page.steplen)]
        if self.alias_of_id:
            own = Q(page_id=self.alias_of_id) | Q(page__path__in=paths[:-1])
        else:
            own = Q(page__path__in=paths)
        sources = Q(page__aliases__path__in=paths[:-1])
        return PageViewRestriction.objects.filter(own | sources).distinct()

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
