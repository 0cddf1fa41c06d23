"""A company report's figures: what a member company (or, for JII's own reporting, the
whole program) got from the program in a period.

:func:`figures` computes them in a fixed number of aggregate queries (none per
participant, check-in or answer) and returns plain JSON: numbers, keys and the survey
questions' texts in every language, no sentence. The same dict is rendered as HTML,
PDF and CSV in any language (``participants.report_render``) and is what a
:class:`~participants.models.ReportSend` keeps as sent, so a later erasure does not
change a report a company already has.

**k-anonymity.** A company sees groups, never a person. Every figure and every cell of
a breakdown that describes fewer than ``REPORT_MIN_GROUP`` (5) people is ``None``
(shown as "fewer than 5"), zero included; an average over fewer than 5 people is
``None`` too. A count of pairs or activities describes the people on both sides, so it
is shown only when each side has at least 5 different people. No comment is shown
unless at least 5 people answered a check-in in the period, and a comment never carries
a name: the pair's own names and anything that looks like an address or a phone number
are blanked out.
"""

from __future__ import annotations

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Avg, Case, Count, F, Q, Sum, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries.choices import Role
from inquiries.models import ParticipantRegistration, ParticipantStatus
from leads.choices import Stage
from leads.models import Organization
from participants.models import (
    ActivityStatus,
    CheckIn,
    CheckInSide,
    EndReason,
    OneOffActivity,
    Pair,
    PairStatus,
    SurveyAnswer,
    SurveyMoment,
    SurveyQuestion,
    VolunteerHours,
)

FIGURES_VERSION = 1
# A company reads its report; a few dozen comments are what a reader reads.
MAX_COMMENTS = 30
REDACTED = "…"
_CONTACT_DETAILS = re.compile(
    r"[\w.+-]+@[\w-]+(\.[\w-]+)+"  # an email address
    r"|\+?[\d０-９][\d０-９ ()\-－ー‐]{7,}[\d０-９]"  # a phone number, half- or full-width
)


# The program began in the 2020s; a date outside this is a typing slip, not a period.
EARLIEST = datetime.date(2000, 1, 1)
LATEST = datetime.date(2100, 12, 31)


def check_period(start: datetime.date, end: datetime.date) -> None:
    """Refuses a period that ends before it starts or lies outside the years reports
    can cover, with a message in the active language."""
    for day in (start, end):
        if not EARLIEST <= day <= LATEST:
            raise ValidationError(
                _("Choose dates between %(earliest)s and %(latest)s.")
                % {"earliest": EARLIEST.isoformat(), "latest": LATEST.isoformat()},
                code="out_of_range",
            )
    if end < start:
        raise ValidationError(
            _("The period ends before it starts: the first date must come first."),
            code="order",
        )


def member_companies():
    """The companies a report may be made for: members, and any company whose
    employees enrol with its code."""
    return Organization.objects.filter(
        Q(stage=Stage.MEMBER) | Q(enrolment_code__isnull=False)
    ).order_by("name", "pk")


def min_group() -> int:
    return settings.REPORT_MIN_GROUP


def shown(value, people: int):
    """``value`` when it describes at least ``REPORT_MIN_GROUP`` people, else None."""
    return value if people >= min_group() else None


def _midnight(day: datetime.date) -> datetime.datetime:
    """The start of ``day`` on the site's clock (Japan time)."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _day_range(field: str, start: datetime.date, end: datetime.date) -> Q:
    """A datetime field within the period's days."""
    until = _midnight(end + datetime.timedelta(days=1))
    return Q(**{f"{field}__gte": _midnight(start), f"{field}__lt": until})


def _company(path: str, organization: Organization | None) -> Q:
    """People of ``organization`` (through the registration at ``path``), or of any
    member company for the program-wide view."""
    if organization is None:
        return Q(**{f"{path}member_company__isnull": False})
    return Q(**{f"{path}member_company": organization})


def _rounded(value, places: int = 1):
    return None if value is None else round(float(value), places)


def _enrolled(organization, start, end) -> dict:
    counts = (
        ParticipantRegistration.objects.genuine()
        .filter(
            _company("", organization),
            submitted_at__lt=_midnight(end + datetime.timedelta(days=1)),
        )
        .exclude(status=ParticipantStatus.NOT_ELIGIBLE)
        .aggregate(
            supported=Count("pk", filter=Q(role=Role.SUPPORTED)),
            volunteers=Count("pk", filter=Q(role=Role.VOLUNTEER)),
        )
    )
    return {key: shown(value, value) for key, value in counts.items()}


def _pairs(organization, start, end) -> dict:
    scope = _company("supported__", organization) | _company("volunteer__", organization)
    met = Q(status__in=[PairStatus.INTRODUCED, PairStatus.ACTIVE, PairStatus.ENDED])
    groups = {
        "started": met & Q(first_meeting__gte=start, first_meeting__lte=end),
        "active": Q(status__in=[PairStatus.ACTIVE, PairStatus.ENDED], first_meeting__lte=end)
        & (Q(ended_on__isnull=True) | Q(ended_on__gte=start)),
        "completed": Q(
            status=PairStatus.ENDED,
            end_reason=EndReason.COMPLETED,
            ended_on__gte=start,
            ended_on__lte=end,
        ),
    }
    aggregates = {}
    for name, condition in groups.items():
        aggregates[name] = Count("pk", filter=condition)
        aggregates[f"{name}_s"] = Count("supported", filter=condition, distinct=True)
        aggregates[f"{name}_v"] = Count("volunteer", filter=condition, distinct=True)
    counts = Pair.objects.filter(scope).aggregate(**aggregates)
    return {
        name: shown(counts[name], min(counts[f"{name}_s"], counts[f"{name}_v"])) for name in groups
    }


def _activities(organization, start, end) -> dict:
    done = OneOffActivity.objects.filter(
        _company("registration__", organization) | _company("volunteer__", organization),
        status=ActivityStatus.DONE,
        date__gte=start,
        date__lte=end,
    )
    people = {"n": Count("pk"), "s": Count("registration", distinct=True)}
    people["v"] = Count("volunteer", distinct=True)
    total = done.aggregate(**people)
    rows = done.order_by().values("need").annotate(**people).order_by("need")
    return {
        "total": shown(total["n"], min(total["s"], total["v"])),
        "by_need": [
            {"need": row["need"], "count": shown(row["n"], min(row["s"], row["v"]))} for row in rows
        ],
    }


def _hours(organization, start, end) -> dict:
    logged = VolunteerHours.objects.filter(
        _company("volunteer__", organization), date__gte=start, date__lte=end
    ).aggregate(minutes=Sum("minutes"), volunteers=Count("volunteer", distinct=True))
    people = logged["volunteers"]
    return {
        "volunteers": shown(people, people),
        "hours": shown(_rounded((logged["minutes"] or 0) / 60), people),
    }


def _person():
    """The registration a check-in's answers come from."""
    return Case(
        When(side=CheckInSide.SUPPORTED, then=F("pair__supported_id")),
        default=F("pair__volunteer_id"),
    )


def _check_ins(organization, start, end):
    if organization is None:
        scope = Q(side=CheckInSide.SUPPORTED, pair__supported__member_company__isnull=False) | Q(
            side=CheckInSide.VOLUNTEER, pair__volunteer__member_company__isnull=False
        )
    else:
        scope = Q(side=CheckInSide.SUPPORTED, pair__supported__member_company=organization) | Q(
            side=CheckInSide.VOLUNTEER, pair__volunteer__member_company=organization
        )
    return CheckIn.objects.answered().filter(scope, _day_range("answered_at", start, end))


def _satisfaction(answered) -> dict:
    rated = Q(satisfaction__isnull=False)
    overall = answered.aggregate(
        respondents=Count(_person(), distinct=True),
        rated=Count(_person(), filter=rated, distinct=True),
        average=Avg("satisfaction"),
        **{
            f"s{side}": Count(_person(), filter=rated & Q(side=side), distinct=True)
            for side in CheckInSide.values
        },
        **{f"a{side}": Avg("satisfaction", filter=Q(side=side)) for side in CheckInSide.values},
    )
    rows = {
        row["satisfaction"]: row
        for row in answered.filter(rated)
        .order_by()
        .values("satisfaction")
        .annotate(answers=Count("pk"), people=Count(_person(), distinct=True))
    }
    distribution = []
    for rating in range(1, 6):
        row = rows.get(rating, {"answers": 0, "people": 0})
        distribution.append({"rating": rating, "answers": shown(row["answers"], row["people"])})
    return {
        "respondents": shown(overall["respondents"], overall["respondents"]),
        "average": shown(_rounded(overall["average"]), overall["rated"]),
        "average_supported": shown(_rounded(overall["as"]), overall["ss"]),
        "average_volunteers": shown(_rounded(overall["av"]), overall["sv"]),
        "distribution": distribution,
        "_respondents": overall["respondents"],
    }


def redact(text: str, names: tuple[str, ...]) -> str:
    """``text`` without the pair's names (each word of two characters or more) and
    without what looks like an email address or a phone number."""
    text = _CONTACT_DETAILS.sub(REDACTED, text)
    for word in sorted({w for name in names for w in name.split() if len(w) >= 2}, key=len)[::-1]:
        text = re.sub(re.escape(word), REDACTED, text, flags=re.IGNORECASE)
    text = re.sub(f"{REDACTED}(\\s*{REDACTED})+", REDACTED, text)
    return " ".join(text.split())


def _comments(answered, respondents: int) -> dict:
    if respondents < min_group():
        return {"shown": False, "items": []}
    quotable = (
        answered.filter(may_quote=True)
        .exclude(went_well="", concern="")
        .select_related("pair__supported", "pair__volunteer")
        .only("went_well", "concern", "side", "pair__supported__name", "pair__volunteer__name")
        .order_by("-answered_at", "-pk")[:MAX_COMMENTS]
    )
    items = []
    for check_in in quotable:
        names = (check_in.pair.supported.name, check_in.pair.volunteer.name)
        for kind in ("went_well", "concern"):
            text = redact(getattr(check_in, kind), names)
            if text.strip(REDACTED + " "):
                items.append({"kind": kind, "side": check_in.side, "text": text})
    # Newest first would let a reader match a comment to a person's check-in date.
    items.sort(key=lambda item: (item["kind"], item["text"]))
    return {"shown": True, "items": items}


def _awareness(organization, start, end) -> list[dict]:
    answers = SurveyAnswer.objects.filter(
        _company("volunteer__", organization), _day_range("answered_at", start, end)
    )
    cells = {
        (row["question"], row["moment"]): row
        for row in answers.order_by()
        .values("question", "moment")
        .annotate(average=Avg("rating"), people=Count("volunteer", distinct=True))
    }
    asked = {question for question, _moment in cells}
    questions = SurveyQuestion.objects.filter(Q(active=True) | Q(pk__in=asked))
    rows = []
    for question in questions:
        row = {"question": {lang: question.text(lang) for lang in ("ja", "en", "ne")}}
        for moment, key in ((SurveyMoment.START, "before"), (SurveyMoment.END, "after")):
            cell = cells.get((question.pk, moment), {"average": None, "people": 0})
            row[key] = shown(_rounded(cell["average"]), cell["people"])
            row[f"{key}_respondents"] = shown(cell["people"], cell["people"])
        rows.append(row)
    return rows


def figures(organization: Organization | None, start: datetime.date, end: datetime.date) -> dict:
    """The report of ``organization`` (None: every member company, the program-wide
    view) for the days ``start`` to ``end`` included, k-anonymity applied."""
    check_period(start, end)
    answered = _check_ins(organization, start, end)
    satisfaction = _satisfaction(answered)
    respondents = satisfaction.pop("_respondents")
    return {
        "version": FIGURES_VERSION,
        "min_group": min_group(),
        "organization": organization.name if organization else "",
        "organization_id": organization.pk if organization else None,
        "from": start.isoformat(),
        "to": end.isoformat(),
        "made_at": timezone.now().isoformat(timespec="seconds"),
        "enrolled": _enrolled(organization, start, end),
        "pairs": _pairs(organization, start, end),
        "activities": _activities(organization, start, end),
        "hours": _hours(organization, start, end),
        "satisfaction": satisfaction,
        "awareness": _awareness(organization, start, end),
        "comments": _comments(answered, respondents),
    }
