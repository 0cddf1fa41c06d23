"""The lead screens: the listing with its filters and bulk actions, the lead's one
screen (who to contact, what they sent, what happened, and the actions beside it),
its notes log, merge and split, and the dashboard's panel."""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views import generic
from wagtail.models import Locale

from home import readable
from home.parsing import BadInput, parse_int
from home.views import WordSearchMixin
from leads import services
from leads.choices import Source, Stage
from leads.exports import AuditedInspectView, SafeExportIndexView
from leads.forms import LeadActionsForm, NoteForm
from leads.models import LeadNote, Organization, PipelineSummary, submission_models

CHANGE_PERMISSION = "leads.change_organization"
VIEW_PERMISSION = "leads.view_organization"


class LeadIndexView(WordSearchMixin, SafeExportIndexView):
    """The lead listing, with checkboxes for the bulk actions (assign, stage, spam)."""

    @cached_property
    def columns(self):
        return [BulkActionsCheckboxColumn("bulk_actions", obj_type="lead"), *super().columns]

    def _get_title_column(self, *args, **kwargs):
        return super()._get_title_column(
            *args, **kwargs, get_title_id=lambda instance: f"lead_{quote(instance.pk)}_title"
        )

    def get_edit_url(self, instance):
        """A lead's name opens its screen (the edit view only takes the actions' form)."""
        return self.get_inspect_url(instance)

    def search_queryset(self, queryset):
        """Searching matches the lead's contacts too: a lead with two matching contacts
        is still one row."""
        searched = super().search_queryset(queryset)
        return searched.distinct() if self.is_searching else searched


class LeadFilterSet(WagtailFilterSet):
    stage = django_filters.MultipleChoiceFilter(choices=Stage.choices, label=_("Stage"))
    source = django_filters.ChoiceFilter(choices=Source.choices, label=_("First contact through"))
    locale = django_filters.ModelChoiceFilter(queryset=Locale.objects.all(), label=_("Language"))
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Created"), widget=DateRangePickerWidget
    )
    overdue = django_filters.BooleanFilter(method="filter_overdue", label=_("Overdue"))
    follow_up = django_filters.ChoiceFilter(
        choices=[("today", _("Due today")), ("missed", _("Missed")), ("later", _("Later"))],
        method="filter_follow_up",
        label=_("Next follow-up"),
    )

    class Meta:
        model = Organization
        fields = ["stage", "source", "locale", "assignee", "created_at", "overdue", "follow_up"]

    def filter_follow_up(self, queryset, name, value):
        """Open leads whose follow-up is today, was missed, or is still to come."""
        today = timezone.localdate()
        lookup = {"today": "", "missed": "__lt", "later": "__gt"}.get(value)
        if lookup is None:
            return queryset
        return queryset.filter(pk__in=Organization.objects.open().values("pk")).filter(
            **{f"next_follow_up{lookup}": today}
        )

    def filter_overdue(self, queryset, name, value):
        overdue = Organization.objects.overdue(timezone.localdate()).values("pk")
        if value is True:
            return queryset.filter(pk__in=overdue)
        if value is False:
            return queryset.exclude(pk__in=overdue)
        return queryset


class Submission:
    """A submission as the lead's screen shows it: the record, its answers in readable
    form and, for a material request, what was sent and when it was downloaded. The
    intake's records provide ``readable_answers()`` and ``materials_sent()``; the
    pipeline only asks for them (it does not import the intake)."""

    def __init__(self, record):
        self.record = record
        self.answers = _call(record, "readable_answers") or []
        self.materials = _call(record, "materials_sent") or []

    @property
    def url(self) -> str:
        return reverse(f"{self.record.admin_namespace}:inspect", args=[self.record.pk])


def _call(record, name: str):
    method = getattr(record, name, None)
    return method() if callable(method) else None


class Note:
    """A note of the log, with what the reader may do with it."""

    def __init__(self, note: LeadNote, user, form: NoteForm | None = None):
        self.note = note
        self.versions = note.versions()
        self.can_edit = note.can_edit(user)
        self.form = form or NoteForm(initial={"body": note.body}, prefix=f"note-{note.pk}")
        self.form.fields["body"].label = _("Text of the note")

    @property
    def edited(self):
        return len(self.versions) > 1


class LeadScreenMixin:
    """What the lead's one screen shows, for the inspect view (every role that may see
    leads) and the edit view (when the actions' form comes back with errors)."""

    def screen_context(self, lead: Organization, actions_form=None, note_form=None, notes=None):
        user = self.request.user
        can_change = user.has_perm(CHANGE_PERMISSION)
        notes = notes or {}
        submissions = lead.submissions()
        return {
            "lead": lead,
            "enrolment_links": enrolment_links(lead),
            # how many employees registered with the code: a number, never who
            "registration_count": lead.registrations.filter(is_spam=False).count(),
            "can_change": can_change,
            "contacts": lead.contacts.order_by("created_at", "pk"),
            "submissions": [Submission(record) for record in submissions],
            "can_split": can_change and len(submissions) > 1,
            "timeline": lead.timeline.select_related("actor"),
            "notes": [
                Note(note, user, notes.get(note.pk)) for note in lead.notes.select_related("author")
            ],
            "actions_form": actions_form
            if actions_form is not None
            else (LeadActionsForm(instance=lead) if can_change else None),
            "note_form": note_form or (NoteForm() if can_change else None),
        }


def enrolment_links(lead: Organization) -> list[tuple[str, str]]:
    """A member's registration links, (language name, address), from the intake
    (hook ``lead_enrolment_links``: the pipeline does not import it)."""
    if not lead.enrolment_code:
        return []
    return [
        (readable.language_name(language), url)
        for hook in hooks.get_hooks("lead_enrolment_links")
        for language, url in hook(lead.enrolment_code)
    ]


class LeadEditView(LeadScreenMixin, generic.EditView):
    """Takes the actions' form of the lead's screen: saves the lead, then writes what
    changed to its timeline. It has no page of its own: asked for one, it sends to the
    screen; a form with errors comes back on the screen, with the errors."""

    def get(self, request, *args, **kwargs):
        return redirect("inquiries_lead:inspect", pk=quote(self.object_pk))

    def get_success_url(self):
        return reverse("inquiries_lead:inspect", args=[quote(self.object.pk)])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lead = Organization.objects.get(pk=self.object.pk)  # as stored, not as posted
        context.update(self.screen_context(lead, actions_form=context["form"]))
        return context

    def save_instance(self):
        before = Organization.objects.get(pk=self.object.pk)
        instance = super().save_instance()
        services.record_lead_changes(before, instance, self.request.user)
        return instance


class LeadInspectView(LeadScreenMixin, AuditedInspectView):
    """The lead's one screen: company, contacts, submissions with their answers,
    materials and downloads, notes, the timeline, and the actions beside them.

    The notes' forms post here: ``add-note`` adds one, ``edit-note`` (the note's id)
    replaces a note's text, keeping its history. A note with errors comes back on the
    screen with the message, and nothing is stored.
    """

    screen_forms: dict = {}

    def get_page_title(self):
        return self.get_page_subtitle()

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("inquiries_lead:index"),
                "label": capfirst(Organization._meta.verbose_name_plural),
            },
            {"url": "", "label": self.get_page_subtitle()},
        ]

    @cached_property
    def header_more_buttons(self):
        """Delete only (for who may): editing happens on the screen itself."""
        return [button for button in super().header_more_buttons if button.priority == 20]

    def get_fields(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(self.screen_context(self.object, **self.screen_forms))
        return context

    def post(self, request, *args, **kwargs):
        _require_change(request)
        lead = self.object
        if "add-note" in request.POST:
            form = NoteForm(request.POST)
            if not form.is_valid():
                return self.with_errors(note_form=form)
            services.add_note(lead, request.user, form.cleaned_data["body"])
            messages.success(request, gettext("The note has been added."))
            return redirect(reverse("inquiries_lead:inspect", args=[lead.pk]) + "#notes")
        try:
            note_id = parse_int(request.POST.get("edit-note", ""), name="edit-note")
        except BadInput:
            raise Http404 from None
        note = get_object_or_404(lead.notes, pk=note_id)
        if not note.can_edit(request.user):
            raise PermissionDenied
        form = NoteForm(request.POST, prefix=f"note-{note.pk}")
        if not form.is_valid():
            return self.with_errors(notes={note.pk: form})
        if services.edit_note(note, request.user, form.cleaned_data["body"]):
            messages.success(
                request, gettext("The note has been changed; its earlier text is kept.")
            )
        return redirect(reverse("inquiries_lead:inspect", args=[lead.pk]) + f"#note-{note.pk}")

    def with_errors(self, **forms):
        self.screen_forms = forms
        return self.render_to_response(self.get_context_data())


class MergeLeadForm(forms.Form):
    other = forms.ModelChoiceField(
        queryset=Organization.objects.none(), label=_("Lead to merge into this one")
    )

    def __init__(self, *args, lead: Organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = Organization.objects.exclude(pk=lead.pk).order_by("name")


def _require_change(request):
    if not request.user.has_perm(CHANGE_PERMISSION):
        raise PermissionDenied


def merge_lead(request, pk: int):
    """Merges another lead (a duplicate) into this one."""
    _require_change(request)
    lead = get_object_or_404(Organization, pk=pk)
    form = MergeLeadForm(request.POST or None, lead=lead)
    if request.method == "POST" and form.is_valid():
        services.merge_leads(lead, form.cleaned_data["other"], actor=request.user)
        messages.success(request, gettext("The leads have been merged."))
        return redirect("inquiries_lead:inspect", pk=lead.pk)
    return TemplateResponse(request, "leads/admin/lead_merge.html", {"lead": lead, "form": form})


def split_submission(request, kind: str, pk: int):
    """Moves a wrongly attached submission to a new lead of its own (POST)."""
    _require_change(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    model = {model.form_kind: model for model in submission_models()}.get(kind)
    if model is None:
        raise Http404
    record = get_object_or_404(model, pk=pk)
    new = services.split_submission(record, actor=request.user)
    messages.success(request, gettext("The submission is now a lead of its own."))
    return redirect("inquiries_lead:inspect", pk=new.pk)


class PipelinePanel(Component):
    """The admin home's summary of the pipeline, for staff who may see leads."""

    name = "pipeline"
    order = 50
    template_name = "leads/admin/pipeline_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {
            "summary": PipelineSummary(today),
            "monday": today - datetime.timedelta(days=today.weekday()),
            "stage_new": Stage.NEW.value,
        }
