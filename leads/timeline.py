"""What a timeline entry says, in the reader's language, from its kind and its data.

An entry stores keys and names (a stage's key, a form's key, a lead's name), never
a sentence: the sentence is written here when the entry is shown, one per kind.
Another room that writes entries with keys of its own (the intake: the purpose of
an email) registers their labels with :func:`register_labels` when it is ready.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

from django.db import models
from django.utils.translation import gettext as _

from home.clock import staff_date
from leads.choices import Source, Stage, TimelineKind

_LABELS: dict[str, type[models.Choices]] = {"form": Source, "stage": Stage}


def register_labels(name: str, choices: type[models.Choices]) -> None:
    """Shows the keys stored under ``name`` in entries' data by ``choices``' labels."""
    _LABELS[name] = choices


def label(name: str, key) -> str:
    """The label of ``key`` among the choices registered as ``name``; the key if unknown."""
    choices = _LABELS.get(name)
    known = dict(choices.choices) if choices is not None else {}
    return str(known.get(key, key))


def _stage(data: dict) -> str:
    return f"{label('stage', data.get('from'))} → {label('stage', data.get('to'))}"


def _follow_up(data: dict) -> str:
    """The date is stored as ISO (``2030-01-10``) and shown on the one clock."""
    label = _("next follow-up")
    try:
        day = staff_date(datetime.date.fromisoformat(data.get("date") or ""))
    except (TypeError, ValueError):
        day = data.get("date") or "—"
    return f"{label}: {day}"


def _merged(data: dict) -> str:
    label = _("Merged in the lead")
    return f"{label} {data.get('name', '')}"


def _split(data: dict) -> str:
    label = _("A submission moved to the new lead")
    return f"{label} {data.get('name', '')}"


def _notes(data: dict) -> str:
    """A note added or edited (the note's text stays on the note, not here), the
    reason lost changed, or (older entries) the single memo updated."""
    change = data.get("change")
    if change == "added":
        return _("Note added")
    if change == "edited":
        return _("Note edited")
    if data.get("field") == "lost_reason":
        return _("Reason lost changed")
    return _("Notes updated")


def _report(data: dict) -> str:
    """A company report sent or downloaded: its period (ISO dates, shown on the one
    clock) and the language it is in."""
    days = []
    for key in ("from", "to"):
        try:
            days.append(staff_date(datetime.date.fromisoformat(data.get(key) or "")))
        except (TypeError, ValueError):
            days.append(data.get(key) or "—")
    language = label("language", data.get("language", ""))
    return _("%(start)s to %(end)s, in %(language)s") % {
        "start": days[0],
        "end": days[1],
        "language": language,
    }


SENTENCES: dict[str, Callable[[dict], str]] = {
    TimelineKind.SUBMISSION: lambda data: label("form", data.get("form", "")),
    TimelineKind.STAGE: _stage,
    TimelineKind.ASSIGNMENT: lambda data: data.get("assignee") or "—",
    TimelineKind.FOLLOW_UP: _follow_up,
    TimelineKind.NOTES: _notes,
    TimelineKind.MERGED: _merged,
    TimelineKind.SPLIT: _split,
    TimelineKind.EMAIL_SENT: lambda data: label("purpose", data.get("purpose", "")),
    TimelineKind.EMAIL_FAILED: lambda data: label("purpose", data.get("purpose", "")),
    TimelineKind.DOWNLOAD: lambda data: data.get("title", ""),
    TimelineKind.REPORT_SENT: _report,
    TimelineKind.REPORT_DOWNLOAD: _report,
    TimelineKind.ENROLMENT_CODE: lambda data: (
        _("Its employees register with the code %(code)s") % {"code": data.get("code", "")}
    ),
}


def sentence(kind: str, data: dict) -> str:
    """What the entry says. An entry carried over with a text of its own shows that text."""
    if "text" in data:
        return data["text"]
    write = SENTENCES.get(kind)
    return write(data) if write is not None else ""
