"""Admin views of the pipeline: safe exports, lead filters, and edits that leave a trail."""

from __future__ import annotations

import datetime

import django_filters
from django import forms
from django.contrib import messages
from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn
from wagtail.admin.views import generic
from wagtail.log_actions import log
from wagtail.models import Locale

from inquiries import services
from inquiries.models import (
    FormKind,
    Organization,
    OutboundEmail,
    PrivacyAuditEntry,
    Stage,
)

# A spreadsheet cell starting with one of these is run as a formula by Excel and
# LibreOffice ("formula injection"): exported text starting so is prefixed with '.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_value(item, path: str):
    """The value staff read in an export: a choice's label (lists of choices too), a
    language's name, a person's username, related objects by name; ``a.b`` follows
    relations. Datetimes stay datetimes (see SafeExportIndexView's preprocessing)."""
    *relations, name = path.split(".")
    for relation in relations:
        item = getattr(item, relation, None)
        if item is None:
            return ""
    try:
        field = item._meta.get_field(name)
    except FieldDoesNotExist:
        value = getattr(item, name, "")
        return value() if callable(value) else value
    if field.choices:
        return getattr(item, f"get_{name}_display")()
    value = getattr(item, name)
    if field.many_to_many:
        return ", ".join(str(related) for related in value.all())
    if field.many_to_one:
        related = value
        if related is None:
            return ""
        if isinstance(related, Locale):
            return related.get_display_name()
        if hasattr(related, "get_username"):
            return related.get_full_name() or related.get_username()
        return str(related)
    labels = getattr(item, "choice_lists", {}).get(name)
    if labels is not None and isinstance(value, list):
        known = dict(labels.choices)
        return ", ".join(str(known.get(entry, entry)) for entry in value)
    if isinstance(value, bool):
        return str(_("Yes") if value else _("No"))
    return value


def local_time(value: datetime.datetime) -> datetime.datetime:
    """The time in the site's time zone (Asia/Tokyo), without a zone for spreadsheets."""
    return timezone.make_naive(value) if timezone.is_aware(value) else value


class SafeExportIndexView(generic.IndexView):
    """A listing whose CSV and XLSX exports (of the filtered set) show what staff read
    on screen (labels, not codes; times in Japan), cannot carry formulas, and leave
    one audit entry per export saying who exported how many rows (not which)."""

    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        datetime.datetime: {
            "csv": lambda value: local_time(value).strftime("%Y-%m-%d %H:%M:%S"),
            "xlsx": local_time,
        },
    }

    def to_row_dict(self, item):
        return {field: export_value(item, field) for field in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        PrivacyAuditEntry.objects.create(
            action=PrivacyAuditEntry.Action.EXPORT,
            counts={self.model._meta.model_name: queryset.count()},
            actor=self.request.user.get_username(),
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


class LeadIndexView(SafeExportIndexView):
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


class AuditedInspectView(generic.InspectView):
    """Showing a record of personal data writes a log entry (who, what, when)."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object, "ocp.view_personal_data", user=request.user)
        return response


class LeadFilterSet(WagtailFilterSet):
    stage = django_filters.MultipleChoiceFilter(choices=Stage.choices, label=_("Stage"))
    source = django_filters.ChoiceFilter(choices=FormKind.choices, label=_("First contact through"))
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
        context["submissions"] = sorted(
            (
                record
                for model in services.LEAD_RECORD_MODELS
                for record in model.objects.filter(organization=lead)
            ),
            key=lambda record: record.submitted_at,
            reverse=True,
        )
        context["can_change"] = self.request.user.has_perm("inquiries.change_organization")
        return context


class MergeLeadForm(forms.Form):
    other = forms.ModelChoiceField(
        queryset=Organization.objects.none(), label=_("Lead to merge into this one")
    )

    def __init__(self, *args, lead: Organization, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["other"].queryset = Organization.objects.exclude(pk=lead.pk).order_by("name")


def _require_change(request):
    if not request.user.has_perm("inquiries.change_organization"):
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
    return TemplateResponse(
        request, "inquiries/admin/lead_merge.html", {"lead": lead, "form": form}
    )


def split_submission(request, kind: str, pk: int):
    """Moves a wrongly attached submission to a new lead of its own (POST)."""
    _require_change(request)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    model = services.RECORD_MODELS.get(kind)
    if model is None or model not in services.LEAD_RECORD_MODELS:
        raise Http404
    record = get_object_or_404(model, pk=pk)
    new = services.split_submission(record, actor=request.user)
    messages.success(request, _("The submission is now a lead of its own."))
    return redirect("inquiries_lead:inspect", pk=new.pk)


class VisibleEmailsMixin:
    """Outbox views show only the emails about records the user may see (see
    ``OutboundEmailQuerySet.visible_to``): Lead staff the leads', Coordinators the
    registrations'. Another email's URL is refused, whatever the view."""

    def get_object(self, *args, **kwargs):
        email = super().get_object(*args, **kwargs)
        if not OutboundEmail.objects.visible_to(self.request.user).filter(pk=email.pk).exists():
            raise PermissionDenied
        return email


class OutboundEmailIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().visible_to(self.request.user)


class OutboundEmailInspectView(VisibleEmailsMixin, generic.InspectView):
    pass


class OutboundEmailEditView(VisibleEmailsMixin, generic.EditView):
    pass


class OutboundEmailDeleteView(VisibleEmailsMixin, generic.DeleteView):
    pass


class OutboundEmailHistoryView(VisibleEmailsMixin, generic.HistoryView):
    pass


class OutboundEmailUsageView(VisibleEmailsMixin, generic.UsageView):
    pass
