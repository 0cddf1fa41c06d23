"""The one clock staff read: Asia/Tokyo, formatted for the admin's language.

JII works in Japan, so every date and time shown to staff (screens, emails to staff,
exports) is Japan time, whatever time zone a browser, a server or a user's profile is
in, and never carries a fraction of a second. Templates use the filters of the same
name (``{% load staff_tags %}``); code calls these functions.

A stored datetime is aware (UTC in the database); a naive one is taken as already in
Japan time. A date has no time zone and is only formatted.
"""

from __future__ import annotations

import datetime
import zoneinfo

from django.utils import formats, translation

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")

# What a screen shows for a missing date or time (the same dash as an empty answer).
EMPTY = "–"

# The languages whose formats are ours (``home.formats``, which Django's screens and
# Wagtail's use too): Japanese the way Japanese business documents write it, English
# day-month-year with a 24-hour clock (no "a.m.", no "midnight"). Any other language
# (no admin is in it) gets the ISO form.
OWN_FORMATS = ("ja", "en")
FALLBACK = ("Y-m-d", "Y-m-d H:i")


def japan_time(value: datetime.datetime) -> datetime.datetime:
    """``value`` in Japan time (aware), to the second."""
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=TOKYO)
    return value.astimezone(TOKYO).replace(microsecond=0)


def japan_time_naive(value: datetime.datetime) -> datetime.datetime:
    """``value`` in Japan time without a zone, to the second: what a spreadsheet cell
    holds (spreadsheets have no time zones)."""
    return japan_time(value).replace(tzinfo=None)


def _formats() -> tuple[str, str]:
    language = (translation.get_language() or "ja").split("-")[0]
    if language in OWN_FORMATS:
        return formats.get_format("DATE_FORMAT"), formats.get_format("DATETIME_FORMAT")
    return FALLBACK


def staff_datetime(value) -> str:
    """A date and time as staff read it: ``2026年12月1日 05:05`` (ja),
    ``1 Dec 2026, 05:05`` (en); a date alone as :func:`staff_date`; nothing as "–"."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, datetime.datetime):
        return formats.date_format(japan_time(value), _formats()[1])
    if isinstance(value, datetime.date):
        return staff_date(value)
    return str(value)


def staff_date(value) -> str:
    """A date as staff read it: ``2026年12月1日`` (ja), ``1 Dec 2026`` (en); a datetime
    gives its date in Japan (which may differ from its date in UTC)."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, datetime.datetime):
        value = japan_time(value).date()
    if isinstance(value, datetime.date):
        return formats.date_format(value, _formats()[0])
    return str(value)


def staff_day(value: datetime.date) -> str:
    """A day someone has to be somewhere, with its weekday: ``2026年12月11日（金）`` (ja),
    ``11 Dec 2026 (Fri)`` (en); whether it falls on a weekend or a workday is what a
    coordinator arranging a visit asks first."""
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        return staff_date(value)
    return translation.gettext("%(date)s (%(weekday)s)") % {
        "date": staff_date(value),
        "weekday": formats.date_format(value, "D"),
    }


def staff_iso(value) -> str:
    """The machine-readable form for ``<time datetime="…">``: ISO 8601 in Japan time,
    to the second (a date: ``YYYY-MM-DD``)."""
    if isinstance(value, datetime.datetime):
        return japan_time(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
