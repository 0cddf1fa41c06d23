"""The volunteers' awareness survey: the questions coordinators keep (inactive, never
deleted), the signed link emailed to the volunteer when a long-term pair becomes
active and when it ends, the answers stored once (page and JSON API), hostile
values refused in the volunteer's language, who sees the answers, and erasure."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from inquiries.models import OutboundEmail
from inquiries.privacy import disclosure, erase
from participants import hours, links, pairs, survey
from participants.models import (
    EndReason,
    HoursCorrection,
    PairKind,
    PairStatus,
    SurveyAnswer,
    SurveyMoment,
    SurveyQuestion,
    VolunteerHours,
)
from tests.support.factories import (
    ActivePairFactory,
    ScreenedVolunteerFactory,
    SurveyAnswerFactory,
    UserFactory,
    VolunteerHoursFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def signed_in(**role) -> Client:
    client = Client()
    client.force_login(UserFactory(**role))
    return client


def introduced_pair(language="ne", kind=PairKind.LONG_TERM):
    volunteer = ScreenedVolunteerFactory(
        email="hanako.survey@example.jp", contact_language=language, status="matched"
    )
    return ActivePairFactory(volunteer=volunteer, status=PairStatus.INTRODUCED, kind=kind)


def survey_emails():
    return list(OutboundEmail.objects.filter(purpose=OutboundEmail.Purpose.SURVEY).order_by("pk"))


def link_in(email) -> str:
    (line,) = [line for line in email.body.splitlines() if "/survey/" in line]
    return "/" + line.strip().split("/", 3)[3]


def ratings(value=4) -> dict:
    return {f"q{q.pk}": str(value) for q in survey.questions()}


def test_the_volunteer_gets_the_survey_when_the_pair_starts_and_when_it_ends(coordinator):
    pair = introduced_pair("ne")
    pairs.activate(pair, by=coordinator)
    (start,) = survey_emails()
    assert start.to == "hanako.survey@example.jp" and start.language == "ne"
    assert "/ne/survey/" in start.body and "स्वयंसेवक" in start.subject
    pairs.end(pair, by=coordinator, reason=EndReason.COMPLETED)
    start_email, end_email = survey_emails()
    assert link_in(start_email) != link_in(end_email)
    assert links.read_survey_token(link_in(end_email).split("/")[3]) == (pair.pk, "end")


def test_a_one_off_pair_or_a_pair_never_active_gets_no_survey(coordinator):
    pair = introduced_pair(kind=PairKind.ONE_OFF)
    pairs.activate(pair, by=coordinator)
    other = introduced_pair()
    pairs.end(other, by=coordinator, reason=EndReason.EARLY, note="会えなくなった")
    assert survey_emails() == []


def test_the_form_asks_the_active_questions_in_the_volunteers_language_and_stores_once():
    pair = ActivePairFactory(volunteer=ScreenedVolunteerFactory(contact_language="en"))
    SurveyQuestion.objects.filter(sort_order=3).update(active=False)
    url = f"/ja/survey/{links.survey_token(pair, 'start')}/"
    page = Client().get(url).content.decode()
    assert "I understand the situation of foreign residents." in page
    assert "I am interested in social issues." not in page  # no longer asked
    assert "5: I fully agree" in page
    assert Client().post(url, ratings(5)).status_code == 200
    assert SurveyAnswer.objects.filter(pair=pair, moment="start", rating=5).count() == 2
    again = Client().post(url, ratings(1))
    assert "You have already answered" in again.content.decode()
    assert SurveyAnswer.objects.count() == 2 and not SurveyAnswer.objects.filter(rating=1)


@pytest.mark.parametrize(
    "value",
    ["0", "6", "-1", "3.0", "٣", "５", "", " ", "3\u200b", "1e0", "four", "3; DROP TABLE"],
)
def test_hostile_ratings_get_a_message_in_the_volunteers_language_and_store_nothing(value):
    pair = ActivePairFactory(volunteer=ScreenedVolunteerFactory(contact_language="ja"))
    url = f"/en/survey/{links.survey_token(pair, 'end')}/"
    data = ratings(3)
    data[next(iter(data))] = value
    response = Client().post(url, data)
    assert response.status_code == 400
    assert "1〜5から選んでください。" in response.content.decode()
    assert not SurveyAnswer.objects.exists()


def test_a_missing_rating_or_two_values_at_once_are_refused():
    pair = ActivePairFactory()
    url = f"/ja/survey/{links.survey_token(pair, 'start')}/"
    data = ratings(3)
    data.pop(next(iter(data)))
    assert Client().post(url, data).status_code == 400
    names = list(ratings())
    assert Client().post(url, {**ratings(), names[0]: ["2", "4"]}).status_code == 400
    assert not SurveyAnswer.objects.exists()


def test_the_service_refuses_what_a_form_would_not_send():
    pair = ActivePairFactory()
    ids = [q.pk for q in survey.questions()]
    for bad in ({i: True for i in ids}, {i: 2.5 for i in ids}, [], {**{i: 3 for i in ids}, 999: 3}):
        with pytest.raises(ValidationError):
            survey.answer(pair, "start", bad)
    with pytest.raises(ValidationError):
        survey.answer(pair, "middle", {i: 3 for i in ids})
    assert not SurveyAnswer.objects.exists()
    survey.answer(pair, "start", {i: 3 for i in ids})
    with pytest.raises(ValidationError):
        survey.answer(pair, "start", {i: 4 for i in ids})
    assert SurveyAnswer.objects.count() == 3


def test_an_expired_or_changed_link_says_so(monkeypatch):
    pair = ActivePairFactory()
    token = links.survey_token(pair, "start")
    forged = signing.dumps({"p": pair.pk, "m": "start"}, salt=links.CHECK_IN_SALT)
    assert Client().get(f"/ja/survey/{forged}/").status_code == 404
    assert Client().get(f"/ja/survey/{token[:-3]}abc/").status_code == 404
    other_moment = signing.dumps({"p": pair.pk, "m": "middle"}, salt=links.SURVEY_SALT)
    assert Client().get(f"/ja/survey/{other_moment}/").status_code == 404
    later = timezone.now() + links.SURVEY_MAX_AGE + timedelta(minutes=1)
    monkeypatch.setattr(signing.time, "time", lambda: later.timestamp())
    expired = Client().get(f"/en/survey/{token}/")
    assert expired.status_code == 410 and "This link has expired" in expired.content.decode()


def test_the_survey_through_the_json_api():
    pair = ActivePairFactory(volunteer=ScreenedVolunteerFactory(contact_language="ne"))
    url = f"/api/surveys/{links.survey_token(pair, 'start')}/"
    described = Client().get(url).json()
    assert described["locale"] == "ne" and described["moment"] == "start"
    assert [f["name"] for f in described["fields"]] == list(ratings())
    assert "म विदेशी बासिन्दाहरूको अवस्था बुझ्छु।" in [f["label"] for f in described["fields"]]

    def post(body):
        return Client().post(url, json.dumps(body), content_type="application/json")

    bad = post({**{name: 4 for name in ratings()}, next(iter(ratings())): True})
    assert bad.status_code == 400 and next(iter(ratings())) in bad.json()["errors"]
    assert post({name: 6 for name in ratings()}).status_code == 400
    assert Client().post(url, "{", content_type="application/json").status_code == 400
    assert not SurveyAnswer.objects.exists()
    assert post({name: 4 for name in ratings()}).status_code == 201
    assert post({name: 4 for name in ratings()}).status_code == 409
    assert Client().get(url).status_code == 409
    assert SurveyAnswer.objects.count() == 3
    assert Client().get("/api/surveys/not-a-token/").status_code == 404


def test_coordinators_edit_questions_and_nobody_deletes_them():
    client = signed_in(coordinator=True)
    question = SurveyQuestion.objects.order_by("sort_order").first()
    listing = client.get("/admin/participants_surveyquestion/", HTTP_ACCEPT_LANGUAGE="ja")
    assert listing.status_code == 200 and question.text_ja in listing.content.decode()
    response = client.post(
        f"/admin/participants_surveyquestion/edit/{question.pk}/",
        {
            "text_ja": question.text_ja,
            "text_en": question.text_en,
            "text_ne": question.text_ne,
            "sort_order": "1",
        },
    )
    assert response.status_code == 302
    assert SurveyQuestion.objects.get(pk=question.pk).active is False  # made inactive
    delete = client.post(f"/admin/participants_surveyquestion/delete/{question.pk}/")
    assert delete.status_code in (302, 403, 404)
    assert SurveyQuestion.objects.filter(pk=question.pk).exists()
    for role in ("lead_staff", "editor"):
        assert signed_in(**{role: True}).get("/admin/participants_surveyquestion/").status_code in (
            302,
            403,
        )


@pytest.mark.parametrize("text", ["", "   ", "外国人\u202e住民", "二行\n目", "x" * 301])
def test_a_hostile_statement_is_refused_and_changes_nothing(text):
    question = SurveyQuestion.objects.order_by("pk").first()
    response = signed_in(coordinator=True).post(
        f"/admin/participants_surveyquestion/edit/{question.pk}/",
        {
            "text_ja": text,
            "text_en": "Edited",
            "text_ne": question.text_ne,
            "sort_order": "1",
            "active": "on",
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200 and response.context["form"].errors["text_ja"]
    assert SurveyQuestion.objects.get(pk=question.pk).text_en == question.text_en


@pytest.mark.parametrize(
    "role, sees",
    [("coordinator", True), ("privacy_officer", True), ("lead_staff", False), ("editor", False)],
)
def test_only_coordinators_and_the_privacy_officer_see_individual_answers(role, sees):
    answer = SurveyAnswerFactory(rating=2, question=SurveyQuestion.objects.order_by("pk").first())
    response = signed_in(**{role: True}).get(
        f"/admin/participants_pair/inspect/{answer.pair_id}/", HTTP_ACCEPT_LANGUAGE="en"
    )
    page = response.content.decode()
    assert ("Awareness survey of the volunteer" in page and answer.question.text_en in page) is sees
    if not sees:
        assert response.status_code in (302, 403)


def test_erasing_the_volunteer_removes_their_answers_hours_and_corrections(coordinator):
    volunteer = ScreenedVolunteerFactory(email="erase.me@example.jp")
    pair = ActivePairFactory(volunteer=volunteer)
    entry = VolunteerHoursFactory(pair=pair)
    hours.correct(entry, minutes=60, reason="実際は1時間", by=coordinator)
    survey.answer(pair, SurveyMoment.START, {q.pk: 4 for q in survey.questions()})
    held = disclosure("erase.me@example.jp")
    assert len(held["surveyanswer"]) == 3 and len(held["hourscorrection"]) == 1
    erase("erase.me@example.jp")
    assert not SurveyAnswer.objects.exists()
    assert not VolunteerHours.objects.exists() and not HoursCorrection.objects.exists()
    assert SurveyQuestion.objects.filter(active=True).count() == 3  # the questions stay
