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

# Per admin language: (date, date and time), in Django's date-format syntax. Japanese
# the way Japanese business documents write it; English day-month-year with a
# 24-hour clock (no "a.m.", no "midnight"); any other language the ISO form.
FORMATS = {
    "ja": ("Y年n月j日", "Y年n月j日 H:i"),
    "en": ("j M Y", "j M Y, H:i"),
}
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
    return FORMATS.get(language, FALLBACK)


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


def staff_iso(value) -> str:
    """The machine-readable form for ``<time datetime="…">``: ISO 8601 in Japan time,
    to the second (a date: ``YYYY-MM-DD``)."""
    if isinstance(value, datetime.datetime):
        return japan_time(value).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
