"""The coordinator's follow-up of pairs: flags raised by check-ins (``checkins``), the
notes and actions that answer them, the pair's timeline and the dashboard's lists.

A follow-up is never edited or deleted: with the pair's changes, check-ins and flags
it is the pair's timeline (:func:`timeline`), read from the rows that say it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from participants import checkins
from participants.models import (
    CheckIn,
    CheckInKind,
    FollowUp,
    FollowUpAction,
    HoursCorrection,
    Pair,
    PairFlag,
    PairStatus,
    name_of,
)
from participants.services import _clean_text
from participants.timeline import correction_entry

NOTE_MAX = 2000
NEARING_END_DAYS = 30  # the coordinator plans the end (survey, report, re-matching) a month ahead


@transaction.atomic
def record(
    pair: Pair,
    *,
    action: str,
    note: str = "",
    by,
    flag: PairFlag | None = None,
    now: datetime.datetime | None = None,
) -> FollowUp:
    """Records a follow-up of ``pair``; one that names an open ``flag`` and is marked
    resolved resolves it. A note is needed unless it only resolves a flag."""
    now = now or timezone.now()
    if action not in FollowUpAction.values:
        raise ValidationError({"action": gettext_lazy("Please choose what you did.")})
    note = _clean_text(
        note,
        field="note",
        limit=NOTE_MAX,
        required=action != FollowUpAction.RESOLVED,
        message=gettext_lazy("Please write a note."),
    )
    if flag is not None:
        flag = PairFlag.objects.select_for_update().filter(pk=flag.pk, pair=pair).first()
        if flag is None or flag.resolved_at is not None:
            raise ValidationError({"flag": gettext_lazy("This flag is already resolved.")})
    elif action == FollowUpAction.RESOLVED:
        raise ValidationError({"flag": gettext_lazy("Please choose the flag that is resolved.")})
    follow_up = FollowUp.objects.create(
        pair=pair, flag=flag, action=action, note=note, by=by, at=now
    )
    if flag is not None and action == FollowUpAction.RESOLVED:
        flag.resolved_at, flag.resolved_by = now, by
        flag.save(update_fields=["resolved_at", "resolved_by"])
    return follow_up


@dataclass(frozen=True)
class Entry:
    at: datetime.datetime
    what: str
    detail: str = ""
    by: str = ""


def timeline(pair: Pair) -> list[Entry]:
    """The pair's changes, check-ins emailed and answered, flags and follow-ups, oldest
    first, in the reader's language."""
    found = []
    for change in pair.changes.select_related("by"):
        what = change.get_to_status_display()
        if change.from_status:
            what = f"{change.get_from_status_display()} → {what}"
        found.append(Entry(change.at, str(what), change.note, name_of(change.by)))
    for check_in in pair.check_ins.exclude(sent_at=None, answered_at=None):
        who = check_in.get_side_display()
        if check_in.sent_at:
            label = _("Check-in emailed: %(kind)s (%(who)s)") % {
                "kind": check_in.get_kind_display(),
                "who": who,
            }
            found.append(Entry(check_in.sent_at, label, by=_("the site")))
        if check_in.reminded_at:
            label = _("Check-in reminder: %(kind)s (%(who)s)")
            found.append(
                Entry(
                    check_in.reminded_at,
                    label % {"kind": check_in.get_kind_display(), "who": who},
                    by=_("the site"),
                )
            )
        if check_in.answered_at:
            label = _("Check-in answered: %(kind)s, satisfaction %(satisfaction)s")
            found.append(
                Entry(
                    check_in.answered_at,
                    label
                    % {"kind": check_in.get_kind_display(), "satisfaction": check_in.satisfaction},
                    by=str(who),
                )
            )
    for flag in pair.flags.select_related("resolved_by"):
        found.append(
            Entry(flag.raised_at, _("Flag: %(reason)s") % {"reason": flag.get_reason_display()})
        )
    for follow_up in pair.follow_ups.select_related("by", "flag"):
        what = _("Follow-up: %(action)s") % {"action": follow_up.get_action_display()}
        if follow_up.flag_id:
            what += " · " + str(follow_up.flag.get_reason_display())
        found.append(Entry(follow_up.at, what, follow_up.note, follow_up.by_name))
    corrections = HoursCorrection.objects.filter(entry__pair=pair).select_related("by", "entry")
    found += [correction_entry(correction, Entry) for correction in corrections]
    return sorted(found, key=lambda entry: entry.at)


@dataclass(frozen=True)
class Dashboard:
    flagged: list  # (pair, [open flags])
    overdue: list  # check-ins waiting for an answer past the reminder
    nearing_end: list  # (pair, end date)


def dashboard(now: datetime.datetime | None = None, limit: int = 20) -> Dashboard:
    """What the coordinators' panel lists: pairs with open flags, check-ins emailed
    ``CHECK_IN_REMINDER_DAYS`` or more ago and still not answered (on active pairs),
    and active pairs whose half year ends within ``NEARING_END_DAYS``."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    flags = (
        PairFlag.objects.open()
        .filter(pair__status__in=[PairStatus.ACTIVE, PairStatus.INTRODUCED])
        .select_related("pair__supported", "pair__volunteer")
        .order_by("raised_at", "pk")
    )
    by_pair: dict[int, tuple[Pair, list[PairFlag]]] = {}
    for flag in flags:
        by_pair.setdefault(flag.pair_id, (flag.pair, []))[1].append(flag)
    overdue = (
        CheckIn.objects.overdue(checkins.reminder_due(now))
        .filter(pair__status=PairStatus.ACTIVE)
        .select_related("pair__supported", "pair__volunteer")
        .order_by("due_on", "pk")[:limit]
    )
    ends = (
        CheckIn.objects.filter(
            kind=CheckInKind.END,
            pair__status=PairStatus.ACTIVE,
            due_on__gte=today,
            due_on__lte=today + datetime.timedelta(days=NEARING_END_DAYS),
        )
        .select_related("pair__supported", "pair__volunteer")
        .order_by("due_on", "pk")
    )
    nearing = {}
    for check_in in ends:
        nearing.setdefault(check_in.pair_id, (check_in.pair, check_in.due_on))
    return Dashboard(
        flagged=list(by_pair.values())[:limit],
        overdue=list(overdue),
        nearing_end=list(nearing.values())[:limit],
    )
