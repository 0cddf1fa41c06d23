"""Signed links emailed to participants: a pair's proposal to accept or decline, a
one-off activity for its volunteer to confirm or decline, (for supported
participants) the request for a one-off activity in their confirmation email, and a
pair's check-in for each member to answer.

Each purpose signs with a salt of its own (a token made for one purpose is refused by
every other) and carries the time it was made, so it stops working after its
``max_age``. A token only names rows (the pair and which side, the activity and its
volunteer); whether it may still be used is decided by the rows' state in the
database: a side that has answered cannot answer again, so a replayed link shows
"already answered" and changes nothing.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse

from inquiries.participant_links import ACTIVITY_REQUEST_MAX_AGE, ACTIVITY_REQUEST_SALT

PAIR_ANSWER_SALT = "ocp.participants.pair-answer"
ACTIVITY_ANSWER_SALT = "ocp.participants.activity-answer"
# A proposal waits for the person's answer; after a fortnight the coordinator calls.
PAIR_ANSWER_MAX_AGE = timedelta(days=14)
# An activity is confirmed before its day; a week covers the usual notice.
ACTIVITY_ANSWER_MAX_AGE = timedelta(days=10)


class Side(enum.StrEnum):
    SUPPORTED = "s"
    VOLUNTEER = "v"


class LinkProblem(enum.StrEnum):
    FORGED = "forged"
    EXPIRED = "expired"


class BadLink(Exception):
    def __init__(self, problem: LinkProblem):
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class PairLink:
    pair_id: int
    side: Side


def _read(token: str, *, salt: str, max_age: timedelta) -> dict:
    if not isinstance(token, str) or len(token) > 500:
        raise BadLink(LinkProblem.FORGED)
    try:
        data = signing.loads(token, salt=salt, max_age=max_age)
    except signing.SignatureExpired:
        raise BadLink(LinkProblem.EXPIRED) from None
    except (signing.BadSignature, ValueError, TypeError, UnicodeError):
        raise BadLink(LinkProblem.FORGED) from None
    if not isinstance(data, dict):
        raise BadLink(LinkProblem.FORGED)
    return data


def _int(value) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise BadLink(LinkProblem.FORGED)
    return value


def pair_token(pair, side: Side) -> str:
    return signing.dumps({"p": pair.pk, "s": str(side)}, salt=PAIR_ANSWER_SALT)


def read_pair_token(token: str) -> PairLink:
    data = _read(token, salt=PAIR_ANSWER_SALT, max_age=PAIR_ANSWER_MAX_AGE)
    try:
        side = Side(data.get("s"))
    except ValueError:
        raise BadLink(LinkProblem.FORGED) from None
    return PairLink(_int(data.get("p")), side)


def pair_answer_url(pair, side: Side, language: str) -> str:
    token = pair_token(pair, side)
    return settings.BASE_URL + reverse("pair_answer", kwargs={"lang": language, "token": token})


def activity_token(activity) -> str:
    """Names the activity and the volunteer asked: a link sent to a volunteer who was
    since replaced no longer answers for the activity."""
    return signing.dumps({"a": activity.pk, "v": activity.volunteer_id}, salt=ACTIVITY_ANSWER_SALT)


def read_activity_token(token: str) -> tuple[int, int]:
    data = _read(token, salt=ACTIVITY_ANSWER_SALT, max_age=ACTIVITY_ANSWER_MAX_AGE)
    return _int(data.get("a")), _int(data.get("v"))


def activity_answer_url(activity, language: str) -> str:
    token = activity_token(activity)
    return settings.BASE_URL + reverse("activity_answer", kwargs={"lang": language, "token": token})


def read_activity_request_token(token: str) -> int:
    data = _read(token, salt=ACTIVITY_REQUEST_SALT, max_age=ACTIVITY_REQUEST_MAX_AGE)
    return _int(data.get("r"))


# A check-in waits a fortnight for its answer (the reminder, after 5 days, carries a
# fresh link): by then the next one is near and an answer is a memory, not a report.
CHECK_IN_SALT = "ocp.participants.check-in"
CHECK_IN_MAX_AGE = timedelta(days=14)


def check_in_token(check_in) -> str:
    """Names the check-in only: who answers is its side, and it is answered once."""
    return signing.dumps({"c": check_in.pk}, salt=CHECK_IN_SALT)


def read_check_in_token(token: str) -> int:
    data = _read(token, salt=CHECK_IN_SALT, max_age=CHECK_IN_MAX_AGE)
    return _int(data.get("c"))


def check_in_url(check_in, language: str) -> str:
    token = check_in_token(check_in)
    return settings.BASE_URL + reverse("check_in", kwargs={"lang": language, "token": token})


# The awareness survey of a pair's start or end, for its volunteer. A fortnight, like a
# check-in: the start's answers must come before the pair has changed them.
SURVEY_SALT = "ocp.participants.survey"
SURVEY_MAX_AGE = timedelta(days=14)
SURVEY_MOMENTS = ("start", "end")


def survey_token(pair, moment: str) -> str:
    """Names the pair and the moment: who answers is the pair's volunteer."""
    return signing.dumps({"p": pair.pk, "m": str(moment)}, salt=SURVEY_SALT)


def read_survey_token(token: str) -> tuple[int, str]:
    data = _read(token, salt=SURVEY_SALT, max_age=SURVEY_MAX_AGE)
    moment = data.get("m")
    if moment not in SURVEY_MOMENTS:
        raise BadLink(LinkProblem.FORGED)
    return _int(data.get("p")), moment


def survey_url(pair, moment: str, language: str) -> str:
    token = survey_token(pair, moment)
    return settings.BASE_URL + reverse("survey", kwargs={"lang": language, "token": token})


# A company report's link names its send only; the PDF is drawn from the figures the
# send keeps. It works for REPORT_LINK_DAYS (a month: the contact forwards it to their
# management); an expired one still says whose it was, so its page speaks their language.
REPORT_SALT = "ocp.participants.company-report"


def report_token(send) -> str:
    return signing.dumps({"r": str(send.token_id)}, salt=REPORT_SALT)


def read_report_token(token: str, *, expired_too: bool = False) -> str:
    """The send's link id (a UUID as text); ``expired_too`` reads an expired link's id
    (a genuine but old link) so that its page can speak the contact's language."""
    max_age = None if expired_too else timedelta(days=settings.REPORT_LINK_DAYS)
    data = _read(token, salt=REPORT_SALT, max_age=max_age)
    value = data.get("r")
    if not isinstance(value, str) or len(value) != 36:
        raise BadLink(LinkProblem.FORGED)
    return value


def report_url(send) -> str:
    token = report_token(send)
    return settings.BASE_URL + reverse(
        "company_report", kwargs={"lang": send.language, "token": token}
    )
