"""Admin views of the pipeline: safe exports, lead filters, and edits that leave a trail."""

from __future__ import annotations

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.log_actions import log
from wagtail.models import Locale

from inquiries import services
from inquiries.models import FormKind, Organization, PrivacyAuditEntry, Stage

# A spreadsheet cell starting with one of these is run as a formula by Excel and
# LibreOffice ("formula injection"): exported text starting so is prefixed with '.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SafeExportIndexView(generic.IndexView):
    """A listing whose CSV and XLSX exports (of the filtered set) cannot carry formulas,
    and leave an audit entry saying who exported how many rows (not which)."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        PrivacyAuditEntry.objects.create(
            action=PrivacyAuditEntry.Action.EXPORT,
            counts={self.model._meta.model_name: queryset.count()},
            actor=self.request.user.get_username(),
        )
        return super().as_spreadsheet(queryset, spreadsheet_format)


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
        context["timeline"] = self.object.timeline.select_related("actor")
        context["contacts"] = self.object.contacts.all()
        return context
