"""Staff listings whose exports are safe to open and leave a trail, and inspect pages
that log each view of personal data.

The lead listing uses them, and so do the intake's listings of submissions. Each
export sends :data:`exported` (who exported how many rows of which model, never
which rows); the intake's privacy audit listens to it.
"""

from __future__ import annotations

import codecs
import datetime
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.dispatch import Signal
from django.http import StreamingHttpResponse
from django.utils import translation
from wagtail.admin.views import generic
from wagtail.log_actions import log

from home import readable
from home.clock import japan_time_naive

# Sent with sender=the model, user=who exported, count=how many rows.
exported = Signal()

# A spreadsheet cell starting with one of these is run as a formula by Excel and
# LibreOffice ("formula injection"); Excel on Japanese Windows takes the full-width
# forms as formulas too. Exported text starting so (after any spaces or invisible
# characters, which spreadsheets skip) is prefixed with ' and read as text.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
# Characters a spreadsheet skips before it decides what a cell holds: spaces of every
# kind, controls and invisible format characters (zero-width space, BOM, bidi marks).
SKIPPED_CATEGORIES = {"Zs", "Zl", "Zp", "Cc", "Cf"}

# How an xlsx cell shows a time and a date: ISO order, which Excel reads in any language.
XLSX_DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
XLSX_DATE_FORMAT = "yyyy-mm-dd"

# The control characters a worksheet cannot hold (openpyxl's ILLEGAL_CHARACTERS_RE,
# written out so that importing this module does not import openpyxl and numpy).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")


def neutralise(value):
    """``value`` as text a spreadsheet shows and never runs."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(FORMULA_PREFIXES) or visible_part(value).startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def visible_part(value: str) -> str:
    """``value`` from its first character a spreadsheet does not skip."""
    for index, character in enumerate(value):
        if character in "\t\r\n" or unicodedata.category(character) not in SKIPPED_CATEGORIES:
            return value[index:]
    return ""


@dataclass(frozen=True)
class ExportColumn:
    """A column that is not a field of the model: its value for one row, and the
    permission a user needs to get it (personal data of another model)."""

    value: Callable[[object], object]
    permission: str | None = None
    prefetch: str | None = None  # the relation the value reads, fetched once per export


def export_value(item, path: str):
    """The value staff read in an export: the record's own words for it
    (``display_value``, as on screen: labels, yes or no, language names, people by
    name), a number as a number, a date or a time as one (written in Japan time by
    SafeExportIndexView), an empty cell for nothing. ``a.b`` follows relations."""
    target = item
    *relations, name = path.split(".")
    for relation in relations:
        target = getattr(target, relation, None)
        if target is None:
            return ""
    try:
        field = target._meta.get_field(name)
    except FieldDoesNotExist:
        field = None
    raw = getattr(target, name, None) if field is not None else None
    if field is not None and not field.many_to_many:
        if raw is None or raw == "" or raw == [] or raw == {}:
            return ""
        if (
            isinstance(raw, (datetime.date, int))
            and not isinstance(raw, bool)
            and not (field.choices)
        ):
            return raw
    shown = listing_value(item, path)
    return "" if shown == readable.EMPTY else shown


def listing_value(item, path: str) -> str:
    """A cell of a listing: the record's own words for it, or the generic reading."""
    display = getattr(item, "display_value", None)
    return display(path) if callable(display) else readable.field_value(item, path)


class SafeExportIndexView(generic.IndexView):
    """A listing whose CSV and XLSX exports (of the filtered set) show what staff read
    on screen (labels in the exporting user's admin language, times in Japan to the
    second), open in Excel on Japanese Windows (CSV in UTF-8 with a BOM), cannot carry
    formulas, and announce each export (:data:`exported`) for the audit: who exported
    how many rows (not which).

    ``export_columns`` adds columns that are not the model's fields (the lead's
    contact); a column with a permission is left out for a user without it."""

    export_columns: dict[str, ExportColumn] = {}

    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        datetime.datetime: {
            "csv": lambda value: japan_time_naive(value).strftime("%Y-%m-%d %H:%M:%S"),
            "xlsx": japan_time_naive,
        },
        datetime.date: {"csv": lambda value: value.isoformat(), "xlsx": None},
    }

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.list_export = [
            name
            for name in self.list_export
            if name not in self.export_columns
            or self.export_columns[name].permission is None
            or request.user.has_perm(self.export_columns[name].permission)
        ]

    def _get_custom_column(self, field_name, *args, **kwargs):
        """A listing's column reads as the inspect page and the export do (labels,
        yes or no, language names, Japan time): one record reads the same everywhere."""
        column = super()._get_custom_column(field_name, *args, **kwargs)
        path = field_name if hasattr(self.model, field_name) else field_name.replace("__", ".")
        column.accessor = functools.partial(listing_value, path=path)
        return column

    def to_row_dict(self, item):
        return {
            field: (
                self.export_columns[field].value(item)
                if field in self.export_columns
                else export_value(item, field)
            )
            for field in self.list_export
        }

    def preprocess_field_value(self, field, value, export_format):
        value = neutralise(super().preprocess_field_value(field, value, export_format))
        if export_format == self.FORMAT_XLSX and isinstance(value, str):
            # A control character a worksheet cannot hold (openpyxl refuses the whole
            # file) shows as the replacement character: the row is still exported.
            value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        """Times and dates as real cells in ISO order (Wagtail's format from the
        admin's language reads badly in Japanese)."""
        for cell, value in zip(
            super().generate_xlsx_row(worksheet, row_dict), row_dict.values(), strict=True
        ):
            if isinstance(value, datetime.datetime):
                cell.number_format = XLSX_DATETIME_FORMAT
            elif isinstance(value, datetime.date):
                cell.number_format = XLSX_DATE_FORMAT
            yield cell

    def write_csv_response(self, queryset):
        """A BOM first, so Excel reads UTF-8; each row written in the exporting user's
        language: the rows are made while the response streams, after the view has
        returned and Wagtail has put the user's language away."""
        rows = in_language(translation.get_language(), self.stream_csv(queryset))
        response = StreamingHttpResponse(
            itertools.chain([codecs.BOM_UTF8], rows), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response

    def as_spreadsheet(self, queryset, spreadsheet_format):
        exported.send(sender=self.model, user=self.request.user, count=queryset.count())
        prefetch = {
            self.export_columns[name].prefetch
            for name in self.list_export
            if name in self.export_columns and self.export_columns[name].prefetch
        }
        if prefetch:
            queryset = queryset.prefetch_related(*sorted(prefetch))
        return super().as_spreadsheet(queryset, spreadsheet_format)


def primary_contact(lead):
    """The lead's first contact: the person who first got in touch (from the
    prefetched contacts, so an export asks the database once for all of them)."""
    contacts = sorted(lead.contacts.all(), key=lambda contact: (contact.created_at, contact.pk))
    return contacts[0] if contacts else None


def contact_column(name: str) -> ExportColumn:
    """A column of the lead's first contact, for those who may see contacts."""

    def value(lead):
        contact = primary_contact(lead)
        return getattr(contact, name, "") if contact is not None else ""

    return ExportColumn(value, permission="leads.view_contact", prefetch="contacts")


# The lead listing's columns beyond the lead's fields: whom to call.
LEAD_CONTACT_COLUMNS = {
    "contact_name": contact_column("name"),
    "contact_email": contact_column("email"),
    "contact_phone": contact_column("phone"),
}


def in_language(language: str | None, chunks: Iterator):
    """``chunks``, each made with ``language`` active (and only while it is made)."""
    while True:
        with translation.override(language):
            try:
                chunk = next(chunks)
            except StopIteration:
                return
        yield chunk


class AuditedInspectView(generic.InspectView):
    """Showing a record of personal data writes a log entry (who, what, when). Each
    field reads as it does everywhere else: the record's own words for it
    (``display_value``) or :func:`home.readable.field_value` (labels, yes or no,
    names, Japan time in the admin's language)."""

    def get_field_display_value(self, field_name, field):
        custom = getattr(self, f"get_{field_name}_display_value", None)
        if callable(custom):
            return custom()
        display = getattr(self.object, "display_value", None)
        if callable(display):
            return display(field_name)
        return readable.field_value(self.object, field_name)

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log(self.object, "ocp.view_personal_data", user=request.user)
        return response
