"""A volunteer's hours log: what goes into it, how a coordinator corrects it, and what a
certificate of hours adds up.

Entries come from two places, each at most once: a long-term check-in's answer
(``participants.checkins.answer``) and a completed one-off activity
(:func:`log_activity`, called when its hours are recorded). An activity's entry is
one row for the activity whatever happens later (``VolunteerHours.activity`` is
one-to-one): recording its hours again updates that row, as a correction. An activity
that is cancelled never reaches "done", so it never has an entry; a done activity
cannot be cancelled or reopened, so its entry is never removed, only corrected.

A correction (:func:`correct`) changes the minutes, keeps the minutes as first
recorded on the entry, and writes a :class:`HoursCorrection` (before, after, who,
when, why), which the volunteer's, the pair's and the activity's timelines read.
Every function raises ``ValidationError`` and stores nothing when refused.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Sum
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from inquiries.choices import Role
from inquiries.models import ParticipantRegistration
from participants.models import (
    ActivityStatus,
    HoursCorrection,
    HoursKind,
    OneOffActivity,
    VolunteerHours,
)
from participants.services import _clean_text, read_hours

# An entry holds at most what one check-in may report (200 hours since the last one).
MAX_MINUTES = 200 * 60
REASON_MAX = 500
# A certificate covers at most a few years of a programme run in half years.
MAX_PERIOD_DAYS = 5 * 366
EARLIEST_YEAR = 2000


def minutes_of(hours: Decimal) -> int:
    """Hours (two decimals at most) as whole minutes, rounded half up."""
    return int((hours * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def hours_of(minutes: int) -> str:
    """Minutes as hours for people to read: ``1.5``, ``2``, ``0.25`` (no trailing
    zeros, two decimals at most)."""
    hours = (Decimal(minutes) / 60).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{hours.normalize():f}"


@transaction.atomic
def log_activity(activity: OneOffActivity, *, by=None) -> VolunteerHours | None:
    """The entry of a done one-off activity: made the first time its hours are
    recorded, corrected (with the reason that they were recorded again) when they are
    recorded again with other hours; none for an activity without a volunteer (erased
    since they confirmed) or not done."""
    if activity.status != ActivityStatus.DONE or activity.hours is None:
        return None
    if activity.volunteer_id is None:
        return None
    minutes = minutes_of(activity.hours)
    entry = VolunteerHours.objects.select_for_update().filter(activity=activity).first()
    if entry is None:
        return VolunteerHours.objects.create(
            volunteer_id=activity.volunteer_id,
            date=activity.date,
            minutes=minutes,
            kind=HoursKind.ONE_OFF,
            activity=activity,
        )
    if entry.minutes != minutes:
        _apply(entry, minutes, gettext("Hours recorded again on the activity."), by)
    return entry


def parse_minutes(value) -> int:
    """Minutes as a coordinator types them (``90``, ``９０``, `` 90 ``), whole, from 1
    to :data:`MAX_MINUTES`."""
    message = _("Please give the minutes as a whole number, e.g. 90.")
    if isinstance(value, bool) or value is None:
        raise ValidationError({"minutes": message})
    if isinstance(value, str) and len(value) > 20:
        raise ValidationError({"minutes": message})
    try:
        number = read_hours(value)
    except ValidationError:
        raise ValidationError({"minutes": message}) from None
    if not number.is_finite() or number != number.to_integral_value():
        raise ValidationError({"minutes": message})
    if not 1 <= number <= MAX_MINUTES:
        raise ValidationError(
            {"minutes": _("Please give between 1 and %(max)d minutes.") % {"max": MAX_MINUTES}}
        )
    return int(number)


def _apply(entry: VolunteerHours, minutes: int, reason: str, by) -> HoursCorrection:
    now = timezone.now()
    correction = HoursCorrection.objects.create(
        entry=entry, from_minutes=entry.minutes, to_minutes=minutes, reason=reason, by=by, at=now
    )
    if entry.recorded_minutes is None:
        entry.recorded_minutes = entry.minutes
    entry.minutes = minutes
    entry.corrected_by, entry.corrected_at, entry.correction_reason = by, now, reason
    entry.save(
        update_fields=[
            "minutes",
            "recorded_minutes",
            "corrected_by",
            "corrected_at",
            "correction_reason",
        ]
    )
    return correction


@transaction.atomic
def correct(entry: VolunteerHours, *, minutes, reason, by) -> HoursCorrection:
    """Corrects an entry's minutes, with the coordinator's reason (required)."""
    errors = {}
    try:
        minutes = parse_minutes(minutes)
    except ValidationError as error:
        errors.update(error.message_dict)
    try:
        reason = _clean_text(
            reason,
            field="reason",
            limit=REASON_MAX,
            required=True,
            message=_("Please say why the hours are corrected."),
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ValidationError(errors)
    entry = VolunteerHours.objects.select_for_update().get(pk=entry.pk)
    if entry.minutes == minutes:
        raise ValidationError({"minutes": _("These are already the minutes recorded.")})
    return _apply(entry, minutes, reason, by)


# -- the certificate's figures --------------------------------------------------------


@dataclass(frozen=True)
class KindTotal:
    kind: str
    label: str
    entries: int
    minutes: int

    @property
    def hours(self) -> str:
        return hours_of(self.minutes)


@dataclass(frozen=True)
class Period:
    volunteer: ParticipantRegistration
    start: datetime.date
    end: datetime.date
    entries: list[VolunteerHours]
    kinds: list[KindTotal]
    minutes: int

    @property
    def hours(self) -> str:
        return hours_of(self.minutes)


def check_period(start, end) -> None:
    """Refuses a period that is not two dates in order, within
    :data:`MAX_PERIOD_DAYS`, from 2000 and not after today."""
    errors = {}
    for name, value in (("start", start), ("end", end)):
        if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
            errors[name] = _("Please give the date.")
        elif value.year < EARLIEST_YEAR:
            errors[name] = _("Please check the year.")
        elif value > timezone.localdate():
            errors[name] = _("This date is in the future.")
    if not errors and end < start:
        errors["end"] = _("The period must end on or after the day it starts.")
    if not errors and (end - start).days > MAX_PERIOD_DAYS:
        errors["end"] = _("Please choose a period of 5 years at most.")
    if errors:
        raise ValidationError(errors)


def period(volunteer: ParticipantRegistration, start, end) -> Period:
    """The volunteer's entries from ``start`` to ``end`` (both included) and their
    totals by kind; two queries."""
    if volunteer.role != Role.VOLUNTEER:
        raise ValidationError(_("Hours certificates are for volunteers."))
    check_period(start, end)
    log = volunteer.hours_log.filter(date__gte=start, date__lte=end)
    totals = {
        row["kind"]: row
        for row in log.order_by().values("kind").annotate(n=Count("pk"), minutes=Sum("minutes"))
    }
    kinds = [
        KindTotal(kind, str(label), totals[kind]["n"], totals[kind]["minutes"])
        for kind, label in HoursKind.choices
        if kind in totals
    ]
    entries = list(log.order_by("date", "pk"))
    if not entries:
        raise ValidationError(_("No hours are logged in this period."))
    return Period(volunteer, start, end, entries, kinds, sum(k.minutes for k in kinds))
