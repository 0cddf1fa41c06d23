"""The volunteers' awareness survey: a few statements rated 1–5 at the start of a
long-term pair (when it becomes active) and at its end, so that a company's report
can show how its volunteers' awareness changed.

The questions are :class:`SurveyQuestion` rows that coordinators edit (inactive,
never deleted, once answered). :func:`invite` emails the volunteer a signed link in
their contact language, through the outbox (the worker sends it once the pair's
change commits); :func:`answer` stores one rating per active question, once per pair
and moment: a second answer through the same link, or a crafted one, stores nothing.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries.models import OutboundEmail
from participants import emails
from participants.links import SURVEY_MAX_AGE, survey_url
from participants.models import Pair, PairKind, SurveyAnswer, SurveyMoment, SurveyQuestion

MIN_RATING, MAX_RATING = 1, 5


def questions() -> list[SurveyQuestion]:
    return list(SurveyQuestion.objects.filter(active=True).order_by("sort_order", "pk"))


def invite(pair: Pair, moment: str) -> OutboundEmail | None:
    """Emails the volunteer of a long-term pair the survey of ``moment`` (start or
    end); nothing for a one-off pair or when no question is asked."""
    if pair.kind != PairKind.LONG_TERM or not SurveyQuestion.objects.filter(active=True).exists():
        return None
    volunteer = pair.volunteer
    return emails.send(
        OutboundEmail.Purpose.SURVEY,
        volunteer,
        _("A few questions for you as a volunteer"),
        lambda: {
            "moment": SurveyMoment(moment),
            "is_start": moment == SurveyMoment.START,
            "survey_url": survey_url(pair, moment, emails.language_of(volunteer)),
            "days": SURVEY_MAX_AGE.days,
        },
        key=("survey", pair.pk, moment),
    )


def answered(pair: Pair, moment: str) -> bool:
    return SurveyAnswer.objects.filter(
        pair=pair, volunteer_id=pair.volunteer_id, moment=moment
    ).exists()


def _rating(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and MIN_RATING <= value <= MAX_RATING:
        return value
    return None


@transaction.atomic
def answer(
    pair: Pair, moment: str, ratings: dict, *, now: datetime.datetime | None = None
) -> list[SurveyAnswer]:
    """Stores the volunteer's ratings (``{question id: 1–5}``, one for every active
    question, nothing else). Raises ``ValidationError`` storing nothing when one is
    missing or not 1–5, or when this survey was already answered."""
    pair = Pair.objects.select_for_update().get(pk=pair.pk)
    if moment not in SurveyMoment.values:
        raise ValidationError(_("This survey does not exist."))
    if answered(pair, moment):
        raise ValidationError(_("This survey has already been answered."))
    if not isinstance(ratings, dict):
        raise ValidationError(_("Please rate each statement from 1 to 5."))
    asked = questions()
    errors = {}
    values = {}
    for question in asked:
        rating = _rating(ratings.get(question.pk, ratings.get(str(question.pk))))
        if rating is None:
            errors[f"q{question.pk}"] = _("Please choose from 1 to 5.")
        values[question.pk] = rating
    known = {question.pk for question in asked} | {str(q.pk) for q in asked}
    if any(key not in known for key in ratings):
        errors["__all__"] = _("Please rate only the statements of this survey.")
    if errors:
        raise ValidationError(errors)
    now = now or timezone.now()
    try:
        with transaction.atomic():
            return SurveyAnswer.objects.bulk_create(
                SurveyAnswer(
                    volunteer_id=pair.volunteer_id,
                    pair=pair,
                    moment=moment,
                    question=question,
                    rating=values[question.pk],
                    answered_at=now,
                )
                for question in asked
            )
    except IntegrityError:
        raise ValidationError(_("This survey has already been answered.")) from None
