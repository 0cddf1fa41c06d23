"""A long-term pair's check-ins: the schedule, the emails and reminders, the answers.

When a pair becomes active, each member gets a check-in after 2 weeks, 1 month and 3
months (``settings.CHECK_IN_CADENCE_DAYS``) and one at the pair's half-year end
(``settings.PAIR_LENGTH_DAYS``): :func:`schedule`. Every day the worker emails each
check-in that has come due, with a signed link in the person's contact language, and
reminds once (with a fresh link) those that waited ``CHECK_IN_REMINDER_DAYS`` without
an answer: :func:`send_due`. A check-in whose last link has expired unanswered is
missed; two missed by one member flag the pair.

An answer (:func:`answer`) is taken once; the volunteer's time goes into their hours
log, and low satisfaction, a concern or "please contact me" flag the pair for the
coordinator (``PairFlag``). Every function takes ``now`` so that tests can travel in
time without patching the clock.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries.models import OutboundEmail
from participants import emails
from participants.links import CHECK_IN_MAX_AGE, check_in_url
from participants.models import (
    CheckIn,
    CheckInKind,
    CheckInSide,
    FlagReason,
    HoursKind,
    MeetingFormat,
    Pair,
    PairFlag,
    PairKind,
    PairStatus,
    VolunteerHours,
)
from participants.services import _clean_text, read_hours

CADENCE_KINDS = (CheckInKind.TWO_WEEKS, CheckInKind.ONE_MONTH, CheckInKind.THREE_MONTHS)
LOW_SATISFACTION = 2  # and below: the coordinator calls
MISSED_TO_FLAG = 2
MAX_MEETINGS = 100
MAX_HOURS = Decimal("200")  # more than this since the last check-in is a typing mistake
TEXT_MAX = 2000


def _today(now: datetime.datetime | None) -> datetime.date:
    return timezone.localdate(now or timezone.now())


def reminder_due(now: datetime.datetime) -> datetime.datetime:
    """Check-ins emailed before this get their reminder: those emailed
    ``CHECK_IN_REMINDER_DAYS`` days ago or earlier, counted in days, so that the daily
    round reminds on the fifth day whatever minute each run starts."""
    day = _today(now) - datetime.timedelta(days=settings.CHECK_IN_REMINDER_DAYS - 1)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time()))


def due_dates(start: datetime.date) -> dict[str, datetime.date]:
    """The check-ins' due dates for a pair that became active on ``start``."""
    days = dict(zip(CADENCE_KINDS, settings.CHECK_IN_CADENCE_DAYS, strict=False))
    days[CheckInKind.END] = settings.PAIR_LENGTH_DAYS
    return {kind: start + datetime.timedelta(days=n) for kind, n in days.items()}


def schedule(
    pair: Pair, *, now: datetime.datetime | None = None, start: datetime.date | None = None
) -> list[CheckIn]:
    """Creates the check-ins of a long-term pair that has just become active (or did
    on ``start``), for both members (none for a one-off pair; running it again adds
    nothing)."""
    if pair.kind != PairKind.LONG_TERM:
        return []
    made = []
    for kind, due_on in due_dates(start or _today(now)).items():
        for side in CheckInSide:
            check_in, _created = CheckIn.objects.get_or_create(
                pair=pair, side=side, kind=kind, defaults={"due_on": due_on}
            )
            made.append(check_in)
    return made


def half_year_end(pair: Pair) -> datetime.date | None:
    """When the pair's half year ends: the due date of its end check-in."""
    end = pair.check_ins.filter(kind=CheckInKind.END).values_list("due_on", flat=True).first()
    return end


def _email(check_in: CheckIn, purpose: str, subject) -> None:
    person = check_in.person
    pair = check_in.pair
    partner = pair.volunteer if check_in.side == CheckInSide.SUPPORTED else pair.supported
    emails.send(
        purpose,
        person,
        subject,
        lambda: {
            "kind": check_in.get_kind_display(),
            "partner_first_name": emails.first_name(partner),
            "check_in_url": check_in_url(check_in, emails.language_of(person)),
            "days": CHECK_IN_MAX_AGE.days,
        },
        key=("check-in", check_in.pk, purpose),
    )


def send_due(now: datetime.datetime | None = None) -> dict[str, int]:
    """Emails the check-ins that have come due, reminds those left unanswered, and
    flags pairs with two missed check-ins; safe to rerun (each step is recorded)."""
    now = now or timezone.now()
    counts = {"sent": 0, "reminded": 0, "flagged": 0}
    counts["scheduled"] = schedule_missing()
    for pk in CheckIn.objects.to_send(_today(now)).values_list("pk", flat=True):
        with transaction.atomic():
            check_in = CheckIn.objects.select_for_update().get(pk=pk)
            if check_in.sent_at or check_in.answered_at:
                continue
            _email(check_in, OutboundEmail.Purpose.CHECK_IN, _("How is your pair going?"))
            check_in.sent_at = now
            check_in.save(update_fields=["sent_at"])
            counts["sent"] += 1
    for pk in CheckIn.objects.to_remind(reminder_due(now)).values_list("pk", flat=True):
        with transaction.atomic():
            check_in = CheckIn.objects.select_for_update().get(pk=pk)
            if check_in.reminded_at or check_in.answered_at:
                continue
            _email(
                check_in,
                OutboundEmail.Purpose.CHECK_IN_REMINDER,
                _("Reminder: how is your pair going?"),
            )
            check_in.reminded_at = now
            check_in.save(update_fields=["reminded_at"])
            counts["reminded"] += 1
    counts["flagged"] = flag_missed(now)
    return counts


def schedule_missing() -> int:
    """Schedules the check-ins of active long-term pairs that have none: pairs that
    became active before check-ins were kept, counted from the day they did. A check-in
    already past is due at once (the round emails it); none is made up for twice."""
    pairs = Pair.objects.filter(
        status=PairStatus.ACTIVE, kind=PairKind.LONG_TERM, check_ins__isnull=True
    )
    count = 0
    for pair in pairs:
        schedule(pair, start=activated_on(pair) or pair.first_meeting)
        count += 1
    return count


def missed(now: datetime.datetime | None = None):
    """Check-ins whose last link (the reminder's, else the first) expired unanswered."""
    before = (now or timezone.now()) - CHECK_IN_MAX_AGE
    return CheckIn.objects.unanswered().filter(
        Q(reminded_at__lt=before) | Q(reminded_at__isnull=True, sent_at__lt=before)
    )


def flag_missed(now: datetime.datetime | None = None) -> int:
    """Flags each active pair one of whose members missed two check-ins (once: an open
    flag for it is not raised again). Three queries, however many pairs."""
    members = (
        missed(now)
        .filter(pair__status=PairStatus.ACTIVE)
        .order_by()
        .values("pair", "side")
        .annotate(missed=Count("pk"))
        .filter(missed__gte=MISSED_TO_FLAG)
    )
    pairs = {row["pair"] for row in members}
    pairs -= set(
        PairFlag.objects.open()
        .filter(pair_id__in=pairs, reason=FlagReason.MISSED)
        .values_list("pair_id", flat=True)
    )
    raised_at = now or timezone.now()
    PairFlag.objects.bulk_create(
        PairFlag(pair_id=pair_id, reason=FlagReason.MISSED, raised_at=raised_at)
        for pair_id in sorted(pairs)
    )
    return len(pairs)


def parse_hours(value) -> Decimal:
    """Hours as the person typed them (``1.5``, ``1,5``), 0 to 200, in quarter hours."""
    hours = read_hours(value)
    if not hours.is_finite() or not 0 <= hours <= MAX_HOURS:
        raise ValidationError({"hours": _("Please give between 0 and 200 hours.")})
    return hours


def can_answer(check_in: CheckIn) -> bool:
    return check_in.answered_at is None


@transaction.atomic
def answer(
    check_in: CheckIn,
    *,
    meetings: int,
    hours,
    meeting_format: str,
    satisfaction: int,
    went_well: str = "",
    concern: str = "",
    contact_me: bool = False,
    may_quote: bool = False,
    now: datetime.datetime | None = None,
) -> CheckIn:
    """Records a member's answer (once). The volunteer's time goes into their hours
    log; the answer's flags go on the pair. Raises ``ValidationError`` storing
    nothing when the answer is not acceptable or was already given."""
    now = now or timezone.now()
    check_in = CheckIn.objects.select_for_update().select_related("pair").get(pk=check_in.pk)
    if not can_answer(check_in):
        raise ValidationError(_("This check-in has already been answered."))
    errors = {}
    if not isinstance(meetings, int) or isinstance(meetings, bool):
        errors["meetings"] = _("Please give the number of meetings.")
    elif not 0 <= meetings <= MAX_MEETINGS:
        errors["meetings"] = _("Please give between 0 and 100 meetings.")
    try:
        hours = parse_hours(hours)
    except ValidationError as error:
        errors.update(error.message_dict)
    if meeting_format not in MeetingFormat.values and not (meetings == 0 and not meeting_format):
        errors["meeting_format"] = _("Please choose in person, online or both.")
    if (
        not isinstance(satisfaction, int)
        or isinstance(satisfaction, bool)
        or not 1 <= satisfaction <= 5
    ):
        errors["satisfaction"] = _("Please choose from 1 to 5.")
    if errors:
        raise ValidationError(errors)
    texts = {
        name: _clean_text(value, field=name, limit=TEXT_MAX, required=False, message="")
        for name, value in (("went_well", went_well), ("concern", concern))
    }
    check_in.meetings = meetings
    check_in.minutes = int(hours * 60)
    check_in.meeting_format = meeting_format
    check_in.satisfaction = satisfaction
    check_in.went_well = texts["went_well"]
    check_in.concern = texts["concern"]
    check_in.contact_me = bool(contact_me)
    check_in.may_quote = bool(may_quote)
    check_in.answered_at = now
    check_in.save()
    if check_in.side == CheckInSide.VOLUNTEER and check_in.minutes:
        VolunteerHours.objects.create(
            volunteer_id=check_in.pair.volunteer_id,
            date=timezone.localdate(now),
            minutes=check_in.minutes,
            kind=HoursKind.LONG_TERM,
            pair=check_in.pair,
            check_in=check_in,
            created_at=now,
        )
    for reason in flags_of(check_in):
        PairFlag.objects.create(pair=check_in.pair, reason=reason, check_in=check_in, raised_at=now)
    return check_in


def flags_of(check_in: CheckIn) -> list[str]:
    """What in an answer the coordinator should follow up."""
    found = []
    if check_in.satisfaction is not None and check_in.satisfaction <= LOW_SATISFACTION:
        found.append(FlagReason.LOW_SATISFACTION)
    if check_in.concern:
        found.append(FlagReason.CONCERN)
    if check_in.contact_me:
        found.append(FlagReason.CONTACT_ME)
    return found


def activated_on(pair: Pair) -> datetime.date | None:
    """The day the pair became active (its change to active, in Japan time)."""
    change = pair.changes.filter(to_status=PairStatus.ACTIVE).order_by("at").first()
    return timezone.localdate(change.at) if change else None
