"""The programs (OCP and its origin, OFP) and the materials companies can request."""

from __future__ import annotations

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from ninja import Schema
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import StreamField
from wagtail.images import get_image_model_string
from wagtail.models import DraftStateMixin, Page, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.base import BasePage
from home.headless import (
    ImageOut,
    PageLink,
    PageValue,
    gated_document_ids,
    image_rendition,
    stream_field,
)
from programs.blocks import ProgramStreamBlock


class ProgramSummaryOut(Schema):
    id: int
    title: str
    intro: str
    url: str | None


class ProgramsValue(PageValue):
    """The programs an index page lists, as its HTML page lists them."""

    def to_representation(self, page) -> list[ProgramSummaryOut]:
        return [
            ProgramSummaryOut(id=p.pk, title=p.title, intro=p.intro, url=p.url)
            for p in ProgramPage.objects.child_of(page).live().public().order_by("path")
        ]


class ProgramIndexPage(BasePage):
    """Lists the programs under it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("programs", serializer=ProgramsValue()),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["programs.ProgramPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("program index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programs"] = ProgramPage.objects.child_of(self).live().public().order_by("path")
        return context


class ProgramPage(BasePage):
    """One program: what it is, its activity types and who can take part."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(ProgramStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body", serializer=stream_field("body", body)),
    ]

    parent_page_types = ["programs.ProgramIndexPage"]
    subpage_types: list[str] = []
    template = "home/standard_page.html"  # a title, an introduction and blocks

    class Meta:
        verbose_name = _("program page")


class MaterialQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def for_locale(self, locale):
        """The published materials of ``locale``, in display order."""
        return (
            self.published()
            .filter(locale=locale)
            .select_related("document", "cover_image")
            .order_by("sort_order", "pk")
        )


class Material(DraftStateMixin, RevisionMixin, TranslatableMixin, models.Model):
    """A downloadable material (a brochure, a case study) with one file per language.

    The document is translatable: each language version points at the file in that
    language. Materials marked "request required" are only sent through the request
    form, as signed links, and their documents are refused to everyone but staff at
    their plain URLs; the others may be linked directly. Only published materials
    are listed and can be requested.
    """

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="material")

    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    cover_image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    document = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    request_required = models.BooleanField(
        _("request required"),
        default=True,
        help_text=_("Send the file only to visitors who fill in the material request form."),
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    objects = MaterialQuerySet.as_manager()

    override_translatable_fields = [
        SynchronizedField("document"),
        SynchronizedField("request_required", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("cover_image"),
        FieldPanel("document"),
        FieldPanel("request_required"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def revisions(self):
        return self._revisions


class MaterialItemOut(Schema):
    """A material on the materials page. A gated file (``programs.documents``) has no
    download URL: it is sent through the request form (``request_page``)."""

    id: int
    title: str
    description: str
    request_required: bool
    cover_image: ImageOut | None
    download_url: str | None
    file_extension: str | None


class MaterialsTexts(Schema):
    """The template's texts around the list, in the page's language."""

    heading: str  # for screen readers
    request_label: str  # the button of a request-only material
    request_note: str
    download_label: str  # with "%(extension)s" for the file's extension
    empty: str  # when there are none


class MaterialsOut(Schema):
    items: list[MaterialItemOut]
    request_page: PageLink | None
    texts: MaterialsTexts


class MaterialsValue(PageValue):
    def to_representation(self, page) -> MaterialsOut:
        materials = list(Material.objects.for_locale(page.locale))
        documents = {m.document_id for m in materials if m.document_id}
        gated = gated_document_ids(documents) if documents else set()
        request_page = page_request_page(page.locale)
        with translation.override(page.locale.language_code):
            texts = MaterialsTexts(
                heading=gettext("Materials"),
                request_label=gettext("Request this material"),
                request_note=gettext(
                    "Fill in the short form and the file is yours at once, on screen and by email."
                ),
                download_label=gettext("Download (%(extension)s)"),
                empty=gettext("No materials are available yet."),
            )
        return MaterialsOut(
            texts=texts,
            items=[
                MaterialItemOut(
                    id=m.pk,
                    title=m.title,
                    description=m.description,
                    request_required=m.request_required,
                    cover_image=image_rendition(m.cover_image, "fill-300x424"),
                    download_url=m.document.url
                    if m.document and not m.request_required and m.document_id not in gated
                    else None,
                    file_extension=m.document.file_extension if m.document else None,
                )
                for m in materials
            ],
            request_page={
                "id": request_page.pk,
                "title": request_page.title,
                "url": request_page.url,
            }
            if request_page
            else None,
        )


def page_request_page(locale):
    """The live material request page of ``locale``."""
    return Page.objects.live().filter(locale=locale, slug="request-materials").first()


class MaterialsPage(BasePage):
    """Lists the materials of the page's language, with the way to get each."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("materials", serializer=MaterialsValue()),
    ]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("materials page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["materials"] = Material.objects.for_locale(self.locale)
        context["request_page"] = page_request_page(self.locale)
        return context
