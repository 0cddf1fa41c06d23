"""One-off activities: a single need of a supported participant (city hall, hospital,
school enrolment, usually up to 3 hours), the volunteers who could go, the one asked,
their answer and the hours.

open → assigned (a volunteer asked, by email with a signed link) → confirmed (the
volunteer said yes; both are told) → done (the coordinator recorded the hours), or
cancelled at any point before it is done. A volunteer who declines sends it back to
open. Every function locks the rows it changes and checks them as they are in the
database, raising ``ValidationError`` and changing nothing when refused.

Who may go is not the long-term matching's question: a one-off does not take one of
the volunteer's places, so capacity does not count, but the volunteer must be free in
that slot (their availability, and no other activity at an overlapping time), speak
the language at conversational level or better, and live in the prefecture unless it
is online.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from inquiries import choices
from inquiries.models import CLOSED_PARTICIPANT_STATUSES, OutboundEmail, ParticipantRegistration
from participants import emails
from participants import hours as hours_log
from participants.links import activity_answer_url
from participants.models import VOLUNTEER_STATUSES, ActivityStatus, OneOffActivity
from participants.services import _clean_text, read_hours
from participants.timeline import language_name

# Evening from 17:00: after a usual working day, when the availability's "evening" is meant.
EVENING_FROM = datetime.time(17, 0)
# The furthest ahead a need is recorded, and the longest window it may take.
MAX_DAYS_AHEAD = 365
MAX_WINDOW = datetime.timedelta(hours=12)
MIN_HOURS, MAX_HOURS = Decimal("0.25"), Decimal("12")
# One-offs are usually up to 3 hours: more is recorded only when the coordinator confirms it.
USUAL_HOURS = Decimal("3")
GOOD_ENOUGH = (
    choices.LanguageLevel.NATIVE,
    choices.LanguageLevel.FLUENT,
    choices.LanguageLevel.CONVERSATIONAL,
)
# Activities that hold the volunteer's time.
BUSY = (ActivityStatus.ASSIGNED, ActivityStatus.CONFIRMED)
PLACE_MAX, DETAILS_MAX = 300, 2000


def slot_of(date: datetime.date, starts_at: datetime.time) -> str:
    """The availability slot an activity falls in (weekends: Saturday and Sunday)."""
    weekend = date.weekday() >= 5
    evening = starts_at >= EVENING_FROM
    return {
        (False, False): choices.Availability.WEEKDAY_DAYTIME,
        (False, True): choices.Availability.WEEKDAY_EVENING,
        (True, False): choices.Availability.WEEKEND_DAYTIME,
        (True, True): choices.Availability.WEEKEND_EVENING,
    }[(weekend, evening)]


@dataclass
class Suggestion:
    candidate: ParticipantRegistration
    reasons: list[str] = field(default_factory=list)


def overlapping(activity: OneOffActivity):
    """The other activities a volunteer is asked for or confirmed at the same time."""
    return OneOffActivity.objects.filter(
        status__in=BUSY,
        date=activity.date,
        starts_at__lt=activity.ends_at,
        ends_at__gt=activity.starts_at,
    ).exclude(pk=activity.pk)


def suggest(activity: OneOffActivity) -> list[Suggestion]:
    """The volunteers who could go, best first (a better level in the language, then
    those who said they help with this need), each with its reasons in the reader's
    language."""
    slot = slot_of(activity.date, activity.starts_at)
    busy = set(overlapping(activity).values_list("volunteer_id", flat=True))
    volunteers = ParticipantRegistration.objects.genuine().filter(
        role=choices.Role.VOLUNTEER, status__in=VOLUNTEER_STATUSES
    )
    if not activity.online:
        volunteers = volunteers.filter(prefecture=activity.prefecture)
    levels = dict(choices.LanguageLevel.choices)
    found = []
    for volunteer in volunteers.exclude(pk__in=busy).exclude(pk=activity.registration_id):
        level = volunteer.spoken().get(activity.language)
        if level not in GOOD_ENOUGH or slot not in (volunteer.availability or []):
            continue
        helps = activity.need in (volunteer.help_with or [])
        reasons = [
            gettext("Speaks %(language)s (%(level)s)")
            % {"language": language_name(activity.language), "level": levels[level]},
            gettext("Available: %(slot)s") % {"slot": choices.Availability(slot).label},
            gettext("Online: any area")
            if activity.online
            else gettext("Lives in %(prefecture)s")
            % {"prefecture": choices.Prefecture(activity.prefecture).label},
        ]
        if helps:
            reasons.append(
                gettext("Can help with %(need)s")
                % {"need": str(choices.Need(activity.need).label).lower()}
            )
        rank = (GOOD_ENOUGH.index(level), not helps, volunteer.pk)
        found.append((rank, Suggestion(volunteer, reasons)))
    return [suggestion for _rank, suggestion in sorted(found, key=lambda item: item[0])]


def _lock(activity: OneOffActivity) -> OneOffActivity:
    return OneOffActivity.objects.select_for_update().get(pk=activity.pk)


def _is_date(value) -> bool:
    return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)


@transaction.atomic
def record(
    registration: ParticipantRegistration,
    *,
    by=None,
    requested_by_participant: bool = False,
    need: str,
    date: datetime.date,
    starts_at: datetime.time,
    ends_at: datetime.time,
    online: bool = False,
    prefecture: str = "",
    place: str = "",
    language: str,
    details: str = "",
) -> OneOffActivity:
    """Records a need of a supported participant whose registration is open."""
    current = ParticipantRegistration.objects.select_for_update().get(pk=registration.pk)
    if current.role != choices.Role.SUPPORTED:
        raise ValidationError(_("One-off activities are for supported participants."))
    if current.is_spam or current.status in CLOSED_PARTICIPANT_STATUSES:
        raise ValidationError(_("This registration is closed."))
    errors = {}
    if need not in choices.Need.values:
        errors["need"] = _("Please choose what the help is for.")
    today = timezone.localdate()
    if not _is_date(date):
        errors["date"] = _("Please give the date.")
    elif date < today:
        errors["date"] = _("This date has passed.")
    elif date > today + datetime.timedelta(days=MAX_DAYS_AHEAD):
        errors["date"] = _("Please choose a date within a year.")
    if not isinstance(starts_at, datetime.time):
        errors["starts_at"] = _("Please give the time it starts.")
    if not isinstance(ends_at, datetime.time):
        errors["ends_at"] = _("Please give the time it ends.")
    elif isinstance(starts_at, datetime.time):
        start = datetime.datetime.combine(today, starts_at)
        finish = datetime.datetime.combine(today, ends_at)
        if finish <= start:
            errors["ends_at"] = _("It must end after it starts.")
        elif finish - start > MAX_WINDOW:
            errors["ends_at"] = _("Please keep it within 12 hours.")
    if not isinstance(online, bool):
        errors["online"] = _("Please say whether it is online.")
    elif not online and prefecture not in choices.Prefecture.values:
        errors["prefecture"] = _("Please choose the prefecture where it takes place.")
    if online:
        prefecture = ""
    if language not in choices.Language.values:
        errors["language"] = _("Please choose the language needed.")
    if errors:
        raise ValidationError(errors)
    place = _clean_text(place, field="place", limit=PLACE_MAX, required=False, message="")
    details = _clean_text(details, field="details", limit=DETAILS_MAX, required=False, message="")
    return OneOffActivity.objects.create(
        registration=current,
        need=need,
        details=details,
        date=date,
        starts_at=starts_at,
        ends_at=ends_at,
        online=online,
        prefecture=prefecture,
        place=place,
        language=language,
        requested_by_participant=requested_by_participant,
    )


def _labels(activity: OneOffActivity) -> dict:
    """The activity's choices as the email's reader reads them (call inside their
    language)."""
    return {
        "activity": activity,
        "need": activity.get_need_display(),
        "language": language_name(activity.language),
        "prefecture": activity.get_prefecture_display() if activity.prefecture else "",
    }


@transaction.atomic
def assign(activity: OneOffActivity, volunteer: ParticipantRegistration, *, by) -> OneOffActivity:
    """Asks ``volunteer`` to go; they answer through the link emailed to them."""
    volunteer = ParticipantRegistration.objects.select_for_update().get(pk=volunteer.pk)
    activity = _lock(activity)
    if activity.status != ActivityStatus.OPEN:
        raise ValidationError(_("This activity already has a volunteer, or is over."))
    if volunteer.role != choices.Role.VOLUNTEER:
        raise ValidationError({"volunteer": _("Please choose a volunteer.")})
    if volunteer.is_spam or volunteer.status not in VOLUNTEER_STATUSES:
        raise ValidationError({"volunteer": _("This volunteer has not finished screening.")})
    if overlapping(activity).filter(volunteer=volunteer).exists():
        raise ValidationError(
            {"volunteer": _("This volunteer is already asked for another activity at that time.")}
        )
    activity.volunteer = volunteer
    activity.assigned_by = by
    activity.status = ActivityStatus.ASSIGNED
    activity.save(update_fields=["volunteer", "assigned_by", "status"])
    with_language = emails.language_of(volunteer)
    emails.send(
        OutboundEmail.Purpose.ACTIVITY_ASSIGNMENT,
        volunteer,
        _("Could you help once?"),
        lambda: {
            **_labels(activity),
            "partner_first_name": emails.first_name(activity.registration),
            "answer_url": activity_answer_url(activity, with_language),
        },
        key=("activity", activity.pk, timezone.now().strftime("%Y%m%d%H%M%S%f")),
    )
    return activity


@transaction.atomic
def answer(activity: OneOffActivity, *, volunteer_id: int, confirm: bool, by=None):
    """The asked volunteer's answer (through their link, or told to the coordinator).
    Confirmed: both are told. Declined: the activity is open again."""
    activity = _lock(activity)
    if activity.status != ActivityStatus.ASSIGNED or activity.volunteer_id != volunteer_id:
        raise ValidationError(_("This request has already been answered."))
    if confirm:
        activity.status = ActivityStatus.CONFIRMED
        activity.confirmed_at = timezone.now()
        activity.save(update_fields=["status", "confirmed_at"])
        volunteer, supported = activity.volunteer, activity.registration
        for person, partner in ((volunteer, supported), (supported, volunteer)):
            emails.send(
                OutboundEmail.Purpose.ACTIVITY_CONFIRMED,
                person,
                _("Your one-off activity is confirmed"),
                lambda partner=partner: {
                    **_labels(activity),
                    "partner_first_name": emails.first_name(partner),
                },
                key=("activity", activity.pk, activity.confirmed_at.strftime("%Y%m%d%H%M%S%f")),
            )
    else:
        activity.status = ActivityStatus.OPEN
        activity.volunteer = None
        activity.assigned_by = None
        activity.save(update_fields=["status", "volunteer", "assigned_by"])
    return activity


def parse_hours(value) -> Decimal:
    hours = read_hours(value)
    if not hours.is_finite() or not MIN_HOURS <= hours <= MAX_HOURS:
        raise ValidationError({"hours": _("Please give between 0.25 and 12 hours.")})
    if hours != hours.quantize(Decimal("0.01")):
        raise ValidationError({"hours": _("Please give the hours to two decimals at most.")})
    return hours


@transaction.atomic
def record_hours(activity: OneOffActivity, hours, *, by, confirm_long: bool = False):
    """Records the hours after the day (0.25 to 12; more than the usual 3 only when the
    coordinator confirms it). They go into the volunteer's hours log once: recorded
    again, the same entry is corrected (``participants.hours.log_activity``)."""
    activity = _lock(activity)
    if activity.status not in (ActivityStatus.CONFIRMED, ActivityStatus.DONE):
        raise ValidationError(_("Hours are recorded once the volunteer has confirmed."))
    if activity.date > timezone.localdate():
        raise ValidationError(_("Hours are recorded after the day of the activity."))
    hours = parse_hours(hours)
    if hours > USUAL_HOURS and not confirm_long:
        raise ValidationError(
            {"confirm_long": _("More than 3 hours: please confirm this is right.")}
        )
    activity.hours = hours
    activity.status = ActivityStatus.DONE
    activity.save(update_fields=["hours", "status"])
    hours_log.log_activity(activity, by=by)
    return activity


@transaction.atomic
def cancel(activity: OneOffActivity, *, by) -> OneOffActivity:
    activity = _lock(activity)
    if activity.status in (ActivityStatus.DONE, ActivityStatus.CANCELLED):
        raise ValidationError(_("This activity is over: it cannot be cancelled."))
    activity.status = ActivityStatus.CANCELLED
    activity.save(update_fields=["status"])
    return activity
