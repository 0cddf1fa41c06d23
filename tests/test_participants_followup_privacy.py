"""The follow-up's tables hold people's data too: check-ins with their answers, flags
and follow-ups of a pair, the volunteer's hours and awareness answers. The disclosure
of a person lists theirs, erasing a person removes them (and keeps the other person's
hours, unlinked), and the daily purge deletes what is past its retention."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.models import ModelLogEntry

from inquiries.models import ParticipantRegistration
from inquiries.privacy import disclosure, erase, purge_expired
from participants.models import (
    CheckIn,
    CheckInSide,
    FollowUp,
    PairFlag,
    PairStatus,
    ReportSend,
    SurveyAnswer,
    SurveyQuestion,
    VolunteerHours,
)
from participants.services import LINK_COMPANY_ACTION, link_company
from tests.support.factories import (
    ActivePairFactory,
    CheckInFactory,
    FollowUpFactory,
    OrganizationFactory,
    PairFlagFactory,
    ParticipantRegistrationFactory,
    ReportSendFactory,
    ScreenedVolunteerFactory,
    SurveyAnswerFactory,
    UserFactory,
    VolunteerHoursFactory,
)

pytestmark = pytest.mark.django_db

CONCERN = "最近、連絡が取れないことがあります。"


def followed_pair():
    supported = ParticipantRegistrationFactory(email="sita@example.jp", status="active")
    volunteer = ScreenedVolunteerFactory(email="hanako@example.jp", status="active")
    pair = ActivePairFactory(supported=supported, volunteer=volunteer)
    check_in = CheckInFactory(pair=pair, answered=True, concern=CONCERN)
    CheckInFactory(pair=pair, side=CheckInSide.VOLUNTEER, answered=True)
    PairFlagFactory(pair=pair, check_in=check_in)
    FollowUpFactory(pair=pair)
    hours = VolunteerHoursFactory(pair=pair)
    SurveyAnswerFactory(pair=pair)
    return supported, volunteer, pair, hours


def test_the_migration_adds_the_three_awareness_questions_in_three_languages():
    texts = list(SurveyQuestion.objects.filter(active=True).values_list("text_ja", "text_en"))
    assert len(texts) == 3
    assert texts[0] == (
        "外国人住民が置かれている状況を理解している。",
        "I understand the situation of foreign residents.",
    )
    assert all(question.text_ne for question in SurveyQuestion.objects.all())


def test_a_check_in_takes_satisfaction_from_1_to_5_only():
    check_in = CheckInFactory()
    check_in.satisfaction = 6
    with pytest.raises(IntegrityError), transaction.atomic():
        check_in.save()


def test_the_disclosure_of_each_person_lists_their_follow_up():
    supported, volunteer, pair, hours = followed_pair()
    copy = disclosure("sita@example.jp")
    assert CONCERN in {row["concern"] for row in copy["checkin"]}
    assert len(copy["pairflag"]) == 1 and len(copy["followup"]) == 1
    theirs = disclosure("hanako@example.jp")
    assert [row["id"] for row in theirs["volunteerhours"]] == [hours.pk]
    assert len(theirs["surveyanswer"]) == 1


def test_erasing_the_supported_participant_removes_the_answers_and_keeps_the_volunteers_hours():
    supported, volunteer, pair, hours = followed_pair()
    erase("sita@example.jp")
    assert not CheckIn.objects.exists()
    assert not PairFlag.objects.exists() and not FollowUp.objects.exists()
    hours.refresh_from_db()
    assert hours.volunteer == volunteer and hours.pair is None and hours.minutes == 120
    assert SurveyAnswer.objects.get().volunteer == volunteer
    assert "sita@example.jp" not in str(disclosure("hanako@example.jp"))


def test_erasing_the_volunteer_removes_their_hours_and_survey_answers():
    supported, volunteer, pair, hours = followed_pair()
    erase("hanako@example.jp")
    assert not VolunteerHours.objects.exists()
    assert not SurveyAnswer.objects.exists()
    assert not CheckIn.objects.exists()  # the pair was both people's


def test_the_purge_deletes_the_follow_up_of_pairs_ended_long_ago_and_old_report_sends(settings):
    supported, volunteer, pair, hours = followed_pair()
    recent = ActivePairFactory()
    CheckInFactory(pair=recent, answered=True)
    pair.status, pair.ended_on = PairStatus.ENDED, datetime.date(2020, 1, 31)
    pair.save()
    old_send = ReportSendFactory()
    ReportSend.objects.filter(pk=old_send.pk).update(
        sent_at=timezone.now() - datetime.timedelta(days=settings.RETENTION_DAYS["report_send"] + 1)
    )
    new_send = ReportSendFactory()
    counts = purge_expired()
    assert counts["checkin"] == 2 and counts["reportsend"] == 1
    assert list(CheckIn.objects.values_list("pair", flat=True)) == [recent.pk]
    assert not PairFlag.objects.exists() and not FollowUp.objects.exists()
    assert not SurveyAnswer.objects.filter(pair=pair).exists()
    assert VolunteerHours.objects.filter(pk=hours.pk).exists()  # the certificate's
    assert list(ReportSend.objects.all()) == [new_send]
    assert purge_expired().get("checkin") is None  # a second run deletes nothing more


def test_a_closed_registration_purged_takes_its_follow_up_with_it(settings):
    supported, volunteer, pair, hours = followed_pair()
    long_ago = timezone.now() - datetime.timedelta(
        days=settings.RETENTION_DAYS["registration_closed"] + 1
    )
    type(volunteer).objects.filter(pk=volunteer.pk).update(status="closed", updated_at=long_ago)
    purge_expired()
    assert not VolunteerHours.objects.exists() and not CheckIn.objects.exists()


def test_erasure_leaves_no_name_in_the_log_of_linking_a_registration_to_its_company():
    """Linking an unknown code to a member company is logged (who, when, which company);
    once the person is erased the entry still says a coordinator linked a registration,
    but nothing in it names or reaches the person."""
    company = OrganizationFactory(stage="member", name="Sample Works KK")
    person = ParticipantRegistrationFactory(
        name="Sita Gurung",
        email="sita.link@example.jp",
        company_code="ZZZZ9999",
        company_to_link=True,
    )
    link_company(person, company, actor=UserFactory(coordinator=True))
    entry = ModelLogEntry.objects.get(action=LINK_COMPANY_ACTION)
    assert entry.object_id == str(person.pk)

    erase("sita.link@example.jp")

    kept = ModelLogEntry.objects.filter(action=LINK_COMPANY_ACTION)
    text = " ".join(f"{e.label} {e.data} {e.object_id}" for e in kept)
    assert "Sita" not in text and "Gurung" not in text and "sita.link" not in text
    assert kept.count() == 1  # who linked which company, and when, is still on record
    assert not ParticipantRegistration.objects.filter(pk=person.pk).exists()
