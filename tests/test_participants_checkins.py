"""A long-term pair's check-ins: the schedule made when the pair becomes active, the
daily round that emails each member a signed link in their language and reminds them
after 5 days, the page and the JSON API that take the answers once, and what the
answers leave behind (the volunteer's hours, the pair's flags). Time travels by the
``now`` the functions take; the links' expiry by the signer's clock."""

from __future__ import annotations

import datetime
import json
from datetime import timedelta

import pytest
from django.core import signing
from django.utils import timezone

from inquiries.models import OutboundEmail
from participants import checkins, links, pairs
from participants.links import Side
from participants.models import (
    CheckIn,
    CheckInKind,
    CheckInSide,
    FlagReason,
    PairFlag,
    PairKind,
    VolunteerHours,
)
from tests.support.factories import (
    ActivePairFactory,
    CheckInFactory,
    QueuedSupportedFactory,
    ScreenedVolunteerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

VALID = {
    "meetings": "2",
    "hours": "3.5",
    "meeting_format": "in_person",
    "satisfaction": "4",
    "went_well": "区役所の手続きを一緒にしました。",
    "concern": "",
}


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def active_pair(coordinator, **kwargs):
    pair = pairs.propose(
        QueuedSupportedFactory(), ScreenedVolunteerFactory(), by=coordinator, **kwargs
    )
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    pairs.introduce(pair, timezone.localdate(), by=coordinator)
    return pairs.activate(pair, by=coordinator)


def at(days: int, hour: int = 10) -> datetime.datetime:
    """``days`` after today, at ``hour`` Japan time."""
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def check_in_emails(purpose=OutboundEmail.Purpose.CHECK_IN):
    return list(OutboundEmail.objects.filter(purpose=purpose).order_by("pk"))


def link_in(email) -> str:
    (line,) = [line for line in email.body.splitlines() if "/check-in/" in line]
    return "/" + line.strip().split("/", 3)[3]


def page_of(check_in: CheckIn, language: str = "ja") -> str:
    return f"/{language}/check-in/{links.check_in_token(check_in)}/"


# -- the schedule --------------------------------------------------------------------


def test_activating_a_pair_schedules_four_check_ins_for_each_member(coordinator):
    pair = active_pair(coordinator)
    today = timezone.localdate()
    due = {(c.side, c.kind): (c.due_on - today).days for c in CheckIn.objects.filter(pair=pair)}
    assert due == {
        (side, kind): days
        for side in ("s", "v")
        for kind, days in (("2w", 14), ("1m", 30), ("3m", 90), ("end", 182))
    }
    assert checkins.half_year_end(pair) == today + timedelta(days=182)


def test_the_cadence_is_a_setting(coordinator, settings):
    settings.CHECK_IN_CADENCE_DAYS = (7, 21, 60)
    settings.PAIR_LENGTH_DAYS = 120
    pair = active_pair(coordinator)
    days = sorted(
        {(c.due_on - timezone.localdate()).days for c in CheckIn.objects.filter(pair=pair)}
    )
    assert days == [7, 21, 60, 120]


def test_a_one_off_pair_has_no_check_ins(coordinator):
    pair = active_pair(coordinator, kind=PairKind.ONE_OFF)
    assert not pair.check_ins.exists()


# -- the daily round -----------------------------------------------------------------


def test_a_check_in_is_emailed_when_due_in_each_persons_language_and_once(coordinator):
    pair = active_pair(coordinator)
    assert checkins.send_due(now=at(13))["sent"] == 0
    assert checkins.send_due(now=at(14))["sent"] == 2
    assert checkins.send_due(now=at(15))["sent"] == 0  # rerun: nothing twice
    emails = {email.record_id: email for email in check_in_emails()}
    to_supported, to_volunteer = emails[pair.supported_id], emails[pair.volunteer_id]
    assert to_supported.language == "ne" and "/ne/check-in/" in to_supported.body
    assert to_volunteer.language == "ja" and "/ja/check-in/" in to_volunteer.body
    assert "2週間" in to_volunteer.body  # the check-in's kind, in Japanese
    assert pair.supported.name.split()[0] in to_volunteer.body  # the partner's first name
    assert pair.supported.email not in to_volunteer.body


def test_a_reminder_goes_after_five_days_without_an_answer(coordinator):
    pair = active_pair(coordinator)
    checkins.send_due(now=at(14))
    answered = pair.check_ins.get(kind=CheckInKind.TWO_WEEKS, side=CheckInSide.SUPPORTED)
    checkins.answer(
        answered, meetings=1, hours="1", meeting_format="online", satisfaction=5, now=at(15)
    )
    assert checkins.send_due(now=at(18))["reminded"] == 0
    assert checkins.send_due(now=at(19, hour=11))["reminded"] == 1
    assert checkins.send_due(now=at(20))["reminded"] == 0
    (reminder,) = check_in_emails(OutboundEmail.Purpose.CHECK_IN_REMINDER)
    assert reminder.record_id == pair.volunteer_id


def test_two_missed_check_ins_flag_the_pair_once(coordinator):
    pair = active_pair(coordinator)
    for day in (14, 19, 30, 35):
        checkins.send_due(now=at(day))
    assert not PairFlag.objects.filter(reason=FlagReason.MISSED).exists()
    checkins.send_due(now=at(50))  # the one-month link expired too: two missed each
    checkins.send_due(now=at(51))
    (flag,) = PairFlag.objects.filter(reason=FlagReason.MISSED)
    assert flag.pair == pair and flag.resolved_at is None


# -- answering on the page -----------------------------------------------------------


def test_the_volunteers_answer_is_stored_once_and_adds_to_their_hours(client):
    check_in = CheckInFactory(side=CheckInSide.VOLUNTEER)
    page = client.get(page_of(check_in, "en"))
    assert page.status_code == 200 and '<html lang="ja"' in page.content.decode()
    assert "ペアの様子はいかがですか" in page.content.decode()
    response = client.post(page_of(check_in), {**VALID, "may_quote": "on"})
    assert response.status_code == 200
    assert "ありがとうございました" in response.content.decode()
    check_in.refresh_from_db()
    assert check_in.satisfaction == 4 and check_in.minutes == 210 and check_in.may_quote
    (hours,) = VolunteerHours.objects.all()
    assert hours.volunteer == check_in.pair.volunteer and hours.minutes == 210
    assert hours.check_in == check_in and hours.kind == "long_term"
    again = client.post(page_of(check_in), {**VALID, "satisfaction": "1"})
    assert "すでに回答" in again.content.decode()
    check_in.refresh_from_db()
    assert check_in.satisfaction == 4 and VolunteerHours.objects.count() == 1


def test_the_supported_participants_answer_adds_no_hours_and_is_in_nepali(client):
    check_in = CheckInFactory()
    page = client.get(page_of(check_in, "ja"))
    assert '<html lang="ne"' in page.content.decode()
    client.post(page_of(check_in), VALID)
    assert CheckIn.objects.answered().count() == 1 and not VolunteerHours.objects.exists()


@pytest.mark.parametrize(
    "field, value",
    [
        ("satisfaction", "9"),
        ("satisfaction", ""),
        ("meetings", "-1"),
        ("meetings", "1e9"),
        ("hours", "many"),
        ("hours", "NaN"),
        ("hours", "999"),
        ("meeting_format", "by_pigeon"),
        ("concern", "bad\x00text"),
        ("went_well", "x" * 2001),
        ("went_well", "\u202eevil"),
    ],
)
def test_hostile_input_gets_a_message_in_the_persons_language_and_stores_nothing(
    client, field, value
):
    check_in = CheckInFactory(side=CheckInSide.VOLUNTEER)
    response = client.post(page_of(check_in, "en"), {**VALID, field: value})
    assert response.status_code == 400
    body = response.content.decode()
    assert "エラー" in body and 'class="field__errors"' in body
    check_in.refresh_from_db()
    assert check_in.answered_at is None and not VolunteerHours.objects.exists()


def test_meetings_need_how_they_met(client):
    check_in = CheckInFactory()
    response = client.post(page_of(check_in), {**VALID, "meeting_format": ""})
    assert response.status_code == 400
    none_met = client.post(
        page_of(check_in), {**VALID, "meetings": "0", "hours": "0", "meeting_format": ""}
    )
    assert none_met.status_code == 200
    assert not VolunteerHours.objects.exists()


def test_an_expired_link_says_so_and_a_changed_one_does_not_work(client, monkeypatch):
    check_in = CheckInFactory()
    page = page_of(check_in, "ja")
    later = timezone.now() + links.CHECK_IN_MAX_AGE + timedelta(hours=1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = client.post(page, VALID)
    assert response.status_code == 410 and "有効期限が切れています" in response.content.decode()
    monkeypatch.undo()
    check_in.refresh_from_db()
    assert check_in.answered_at is None
    forged = signing.dumps({"c": check_in.pk}, salt=links.PAIR_ANSWER_SALT)
    for token in (forged, page.split("/")[3][:-3] + "abc", "x"):
        response = client.get(f"/ja/check-in/{token}/")
        assert response.status_code == 404 and "このリンクは使えません" in response.content.decode()


@pytest.mark.parametrize(
    "answers, reasons",
    [
        ({"satisfaction": "2"}, {FlagReason.LOW_SATISFACTION}),
        ({"satisfaction": "3"}, set()),
        ({"concern": "連絡が途絶えがちです。"}, {FlagReason.CONCERN}),
        ({"contact_me": "on"}, {FlagReason.CONTACT_ME}),
        (
            {"satisfaction": "1", "contact_me": "on", "concern": "困っています"},
            {FlagReason.LOW_SATISFACTION, FlagReason.CONTACT_ME, FlagReason.CONCERN},
        ),
    ],
)
def test_answers_that_need_a_coordinator_flag_the_pair(client, answers, reasons):
    check_in = CheckInFactory()
    client.post(page_of(check_in), {**VALID, **answers})
    assert set(PairFlag.objects.filter(pair=check_in.pair).values_list("reason", flat=True)) == (
        reasons
    )


# -- the JSON API --------------------------------------------------------------------


def api(client, check_in_or_token, body=None, **extra):
    token = (
        check_in_or_token
        if isinstance(check_in_or_token, str)
        else links.check_in_token(check_in_or_token)
    )
    url = f"/api/check-ins/{token}/"
    if body is None:
        return client.get(url, **extra)
    return client.post(url, json.dumps(body), content_type="application/json", **extra)


def test_the_api_describes_the_form_in_the_persons_language(client):
    check_in = CheckInFactory(side=CheckInSide.VOLUNTEER)
    data = api(client, check_in).json()
    assert data["locale"] == "ja" and data["kind"] == "2w"
    names = [field["name"] for field in data["fields"]]
    assert names == [
        "meetings",
        "hours",
        "meeting_format",
        "satisfaction",
        "went_well",
        "concern",
        "contact_me",
        "may_quote",
    ]
    satisfaction = data["fields"][3]
    assert [choice["value"] for choice in satisfaction["choices"]] == ["1", "2", "3", "4", "5"]


def test_the_api_takes_the_answers_once(client):
    check_in = CheckInFactory(side=CheckInSide.VOLUNTEER)
    body = {
        "meetings": 2,
        "hours": "1.5",
        "meeting_format": "online",
        "satisfaction": 5,
        "contact_me": True,
    }
    response = api(client, check_in, body)
    assert response.status_code == 201 and response.json() == {"status": "answered"}
    check_in.refresh_from_db()
    assert check_in.contact_me and check_in.minutes == 90 and not check_in.may_quote
    again = api(client, check_in, body)
    assert again.status_code == 409 and again.json()["status"] == 409
    assert api(client, check_in).status_code == 409


@pytest.mark.parametrize(
    "body",
    [
        {"meetings": 2, "hours": "1", "meeting_format": "online", "satisfaction": 7},
        {"meetings": [2], "hours": "1", "meeting_format": "online", "satisfaction": 3},
        {"meetings": 2, "hours": {"h": 1}, "meeting_format": "online", "satisfaction": 3},
        {"meetings": 2, "hours": "1", "meeting_format": "online", "satisfaction": True},
        {"meetings": 2, "hours": "1", "satisfaction": 3, "concern": "\u200bhidden"},
    ],
    ids=range(5),
)
def test_bad_answers_in_json_get_field_errors_and_store_nothing(client, body):
    check_in = CheckInFactory()  # the supported participant: Nepali
    response = api(client, check_in, body)
    assert response.status_code == 400
    data = response.json()
    assert data["status"] == 400 and data["errors"]
    check_in.refresh_from_db()
    assert check_in.answered_at is None


def test_bad_bodies_and_links_get_the_problem_shape(client, monkeypatch):
    check_in = CheckInFactory()
    url = f"/api/check-ins/{links.check_in_token(check_in)}/"
    assert client.post(url, "[]", content_type="application/json").json()["status"] == 400
    assert client.post(url, "{", content_type="application/json").status_code == 400
    assert client.post(url, "a=1", content_type="text/plain").status_code == 415
    forged = api(client, "forged", HTTP_ACCEPT_LANGUAGE="en")
    assert forged.json() == {"status": 404, "detail": "This link does not work"}
    token = links.check_in_token(check_in)
    later = timezone.now() + links.CHECK_IN_MAX_AGE + timedelta(hours=1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = api(client, token, HTTP_ACCEPT_LANGUAGE="ja")
    assert (
        response.status_code == 410
        and response.json()["detail"] == "このリンクは有効期限が切れています"
    )


def test_check_ins_are_made_for_active_pairs_only_by_the_factory_too():
    pair = ActivePairFactory()
    assert checkins.schedule(pair) and len(checkins.schedule(pair)) == 8
    assert CheckIn.objects.filter(pair=pair).count() == 8


def test_pairs_active_before_check_ins_were_kept_get_them_from_the_day_they_met():
    met = timezone.localdate() - timedelta(days=20)
    pair = ActivePairFactory(first_meeting=met)
    counts = checkins.send_due(now=at(0))
    assert counts["scheduled"] == 1
    assert pair.check_ins.get(kind="2w", side="s").due_on == met + timedelta(days=14)
    assert counts["sent"] == 2  # the two-week check-ins are past: emailed now
    assert checkins.send_due(now=at(0))["scheduled"] == 0


def test_the_command_runs_the_round_and_says_what_it_did():
    from io import StringIO

    from django.core.management import call_command

    CheckInFactory(due_on=timezone.localdate() - timedelta(days=1))
    out = StringIO()
    call_command("send_check_ins", stdout=out)
    assert "sent: 1" in out.getvalue()
    assert CheckIn.objects.exclude(sent_at=None).count() == 1
