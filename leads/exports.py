"""Staff listings whose exports are safe to open and leave a trail, and inspect pages
that log each view of personal data.

The lead listing uses them, and so do the intake's listings of submissions. Each
export sends :data:`exported` (who exported how many rows of which model, never
which rows); the intake's privacy audit listens to it.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import FieldDoesNotExist
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.log_actions import log
from wagtail.models import Locale

# Sent with sender=the model, user=who exported, count=how many rows.
exported = Signal()

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
    on screen (labels, not codes; times in Japan), cannot carry formulas, and announce
    each export (:data:`exported`) for the audit: who exported how many rows (not which)."""

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
        exported.send(sender=self.model, user=self.request.user, count=queryset.count())
        return super().as_spreadsheet(queryset, spreadsheet_format)


class AuditedInspectView(generic.InspectView):
    """Showing a record of personal data writes a log entry (who, what, when)."""

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object, "ocp.view_personal_data", user=request.user)
        return response
