"""The lead screens: the listing with its filters and bulk actions, the edit that
leaves a trail, the lead's page, merge and split, and the dashboard's panel."""

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
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views import generic
from wagtail.models import Locale

from home.views import WordSearchMixin
from leads import services
from leads.choices import Source, Stage
from leads.exports import AuditedInspectView, SafeExportIndexView
from leads.models import Organization, PipelineSummary, submission_models

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

    class Meta:
        model = Organization
        fields = ["stage", "source", "locale", "assignee", "created_at", "overdue"]

    def filter_overdue(self, queryset, name, value):
        overdue = Organization.objects.overdue(timezone.localdate()).values("pk")
        if value is True:
            return queryset.filter(pk__in=overdue)
        if value is False:
            return queryset.exclude(pk__in=overdue)
        return queryset


class LeadEditView(generic.EditView):
    """Saves the lead, then writes what changed to its timeline."""

    def save_instance(self):
        before = Organization.objects.get(pk=self.object.pk)
        instance = super().save_instance()
        services.record_lead_changes(before, instance, self.request.user)
        return instance


class LeadInspectView(AuditedInspectView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        lead = self.object
        context["timeline"] = lead.timeline.select_related("actor")
        context["contacts"] = lead.contacts.all()
        context["submissions"] = lead.submissions()
        context["can_change"] = self.request.user.has_perm(CHANGE_PERMISSION)
        return context


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
        messages.success(request, _("The leads have been merged."))
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
    messages.success(request, _("The submission is now a lead of its own."))
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
        }
