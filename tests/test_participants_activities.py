"""One-off activities: a need recorded by a coordinator or asked for by the participant
through the link in their confirmation email; the volunteers who could go, with their
reasons; the volunteer asked confirms by link; the hours afterwards."""

from __future__ import annotations

import datetime
from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation

from inquiries.models import OutboundEmail
from inquiries.participant_links import ACTIVITY_REQUEST_SALT, activity_request_url
from participants import activities, links, pairs, timeline
from participants.models import ActivityStatus, OneOffActivity
from tests.support.factories import QueuedSupportedFactory, ScreenedVolunteerFactory, UserFactory
from tests.support.intake import send
from tests.test_inquiries_onboarding_registration import SUPPORTED

pytestmark = pytest.mark.django_db


def next_weekday(weekday: int) -> datetime.date:
    """The next Monday (0) … Sunday (6) after today."""
    today = timezone.localdate()
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


SATURDAY = next_weekday(5)


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def need(registration=None, **overrides) -> OneOffActivity:
    values = {
        "need": "hospital",
        "date": SATURDAY,
        "starts_at": datetime.time(10, 0),
        "ends_at": datetime.time(12, 0),
        "online": False,
        "prefecture": "tokyo",
        "place": "新宿区役所",
        "language": "ne",
        "details": "",
        **overrides,
    }
    return activities.record(registration or QueuedSupportedFactory(), **values)


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def link_in(email) -> str:
    (line,) = [line for line in email.body.splitlines() if "/one-off/" in line]
    return path_of(line.strip())


# -- slots and suggestions ------------------------------------------------------------


@pytest.mark.parametrize(
    "weekday, time, slot",
    [
        (0, datetime.time(9), "weekday_daytime"),
        (4, datetime.time(16, 59), "weekday_daytime"),
        (2, datetime.time(17), "weekday_evening"),
        (5, datetime.time(10), "weekend_daytime"),
        (6, datetime.time(19), "weekend_evening"),
    ],
)
def test_an_activity_falls_in_the_availability_slot_of_its_day_and_time(weekday, time, slot):
    assert activities.slot_of(next_weekday(weekday), time) == slot


def test_volunteers_are_suggested_with_one_reason_per_line_in_the_admins_language():
    volunteer = ScreenedVolunteerFactory()  # Tokyo, weekends daytime, Nepali conversational
    activity = need()
    with translation.override("en"):
        (suggestion,) = activities.suggest(activity)
    assert suggestion.candidate == volunteer
    assert suggestion.reasons == [
        "Speaks Nepali (Conversational)",
        "Available: Weekends, daytime",
        "Lives in Tokyo",
        "Can help with hospital visits",
    ]
    with translation.override("ja"):
        (suggestion,) = activities.suggest(activity)
    assert suggestion.reasons[0].startswith("ネパール語")
    assert "東京都" in suggestion.reasons[2]


def test_who_is_not_suggested_and_why():
    ScreenedVolunteerFactory(name="basic", languages=[{"language": "ne", "level": "basic"}])
    ScreenedVolunteerFactory(name="weekdays", availability=["weekday_daytime"])
    ScreenedVolunteerFactory(name="osaka", prefecture="osaka")
    ScreenedVolunteerFactory(name="screening", status="orientation_done")
    ScreenedVolunteerFactory(name="spam", is_spam=True)
    ScreenedVolunteerFactory(name="withdrawn", status="withdrawn")
    busy = ScreenedVolunteerFactory(name="busy")
    other = need(starts_at=datetime.time(11), ends_at=datetime.time(13))
    activities.assign(other, busy, by=None)
    good = ScreenedVolunteerFactory(name="good", capacity=1)
    activity = need()
    assert [s.candidate.name for s in activities.suggest(activity)] == ["good"]
    # online: the area does not count; fluent ranks before conversational
    fluent = ScreenedVolunteerFactory(
        name="fluent osaka", prefecture="osaka", languages=[{"language": "ne", "level": "fluent"}]
    )
    online = need(online=True, prefecture="")
    names = [s.candidate.name for s in activities.suggest(online)]
    assert names[:2] == [fluent.name, "osaka"] or names[0] == fluent.name
    assert good.name in names and "busy" not in names


def test_a_volunteer_at_capacity_is_still_suggested_for_a_one_off(coordinator):
    volunteer = ScreenedVolunteerFactory(capacity=1)
    pairs.propose(QueuedSupportedFactory(), volunteer, by=coordinator)
    assert [s.candidate for s in activities.suggest(need())] == [volunteer]


# -- recording a need --------------------------------------------------------------------


@pytest.mark.parametrize(
    "overrides, field",
    [
        ({"need": "flying"}, "need"),
        ({"need": ["hospital"]}, "need"),
        ({"date": timezone.localdate() - timedelta(days=1)}, "date"),
        ({"date": timezone.localdate() + timedelta(days=400)}, "date"),
        ({"date": "2027-01-01"}, "date"),
        ({"ends_at": datetime.time(9)}, "ends_at"),
        ({"ends_at": datetime.time(10)}, "ends_at"),
        ({"starts_at": datetime.time(0, 30), "ends_at": datetime.time(23)}, "ends_at"),
        ({"starts_at": "10:00"}, "starts_at"),
        ({"prefecture": ""}, "prefecture"),
        ({"prefecture": "atlantis"}, "prefecture"),
        ({"online": "yes"}, "online"),
        ({"language": "xx"}, "language"),
        ({"place": "x" * 301}, "place"),
        ({"place": "区役所\u202e"}, "place"),
        ({"details": "\x00"}, "details"),
    ],
)
def test_a_bad_need_is_refused_field_by_field_and_stores_nothing(overrides, field):
    with pytest.raises(ValidationError) as refused:
        need(**overrides)
    assert field in refused.value.message_dict
    assert not OneOffActivity.objects.exists()


def test_only_an_open_supported_registration_gets_one_offs():
    for registration in (
        ScreenedVolunteerFactory(),
        QueuedSupportedFactory(status="closed"),
        QueuedSupportedFactory(is_spam=True),
    ):
        with pytest.raises(ValidationError):
            need(registration)
    assert not OneOffActivity.objects.exists()


def test_the_coordinator_records_a_need_on_the_participants_screen(coordinator):
    registration = QueuedSupportedFactory()
    staff = Client()
    staff.force_login(coordinator)
    url = f"/admin/inquiries_participantregistration/inspect/{registration.pk}/"
    data = {
        "action": "record_activity",
        "activity-need": "procedures",
        "activity-date": SATURDAY.isoformat(),
        "activity-starts_at": "10:00",
        "activity-ends_at": "11:30",
        "activity-prefecture": "tokyo",
        "activity-language": "ne",
    }
    assert staff.post(url, {**data, "activity-ends_at": "09:00"}).status_code == 200
    assert not OneOffActivity.objects.exists()
    assert staff.post(url, data).status_code == 302
    activity = OneOffActivity.objects.get()
    assert (activity.need, activity.requested_by_participant) == ("procedures", False)


# -- the participant's own link ----------------------------------------------------------


def test_a_supported_participants_confirmation_carries_the_request_link(client):
    send(client, "/en/register/?role=supported", SUPPORTED)
    confirmation = OutboundEmail.objects.get(purpose="confirmation", form_kind="registration")
    assert "/en/ask-for-help/" in confirmation.body


def test_the_participant_asks_for_help_in_their_language_and_it_is_stored_once():
    registration = QueuedSupportedFactory(contact_language="ne")
    url = path_of(activity_request_url(registration, "ne"))
    visitor = Client()
    page = visitor.get(url)
    assert page.status_code == 200 and page["Cache-Control"] == "private, no-store"
    assert "एक पटकको सहयोग" in page.content.decode()
    data = {
        "activity-need": "hospital",
        "activity-date": SATURDAY.isoformat(),
        "activity-starts_at": "10:00",
        "activity-ends_at": "12:00",
        "activity-prefecture": "tokyo",
        "activity-language": "ne",
        "activity-details": "小児科の予約があります",
    }
    assert visitor.post(url, data).status_code == 200
    activity = OneOffActivity.objects.get()
    assert activity.requested_by_participant and activity.registration == registration


@pytest.mark.parametrize(
    "changes",
    [
        {"activity-need": "'; DROP TABLE x; --"},
        {"activity-date": "31/31/2026"},
        {"activity-date": "9999-12-31"},
        {"activity-starts_at": "25:00"},
        {"activity-ends_at": "08:00"},
        {"activity-prefecture": ""},
        {"activity-language": "klingon"},
        {"activity-place": "\u200b" * 3},
        {"activity-details": "x" * 5000},
        {"activity-details": "\ufffd"},
        {"activity-need": ["hospital", "procedures"]},
    ],
    ids=range(11),
)
def test_hostile_request_forms_get_messages_and_store_nothing(changes):
    registration = QueuedSupportedFactory(contact_language="ja")
    url = path_of(activity_request_url(registration, "ja"))
    data = {
        "activity-need": "hospital",
        "activity-date": SATURDAY.isoformat(),
        "activity-starts_at": "10:00",
        "activity-ends_at": "12:00",
        "activity-prefecture": "tokyo",
        "activity-language": "ne",
        **changes,
    }
    response = Client().post(url, data)
    if "activity-need" in changes and isinstance(changes["activity-need"], list):
        # a browser sends one need; the last one counts, as for any form field
        assert response.status_code in (200, 400)
        return
    assert response.status_code == 400
    assert "field__errors" in response.content.decode()
    assert not OneOffActivity.objects.exists()


@pytest.mark.parametrize(
    "token, salt",
    [
        ("garbage", None),
        ({"r": 1}, links.PAIR_ANSWER_SALT),
        ({"r": "1"}, ACTIVITY_REQUEST_SALT),
        ({"r": 10**8}, ACTIVITY_REQUEST_SALT),
    ],
    ids=range(4),
)
def test_a_forged_request_link_gets_a_clear_page(token, salt):
    if salt:
        token = signing.dumps(token, salt=salt)
    response = Client().post(f"/ne/ask-for-help/{token}/", {"activity-need": "hospital"})
    assert response.status_code == 404
    assert "लिङ्क चल्दैन" in response.content.decode()
    assert not OneOffActivity.objects.exists()


def test_a_closed_registrations_link_no_longer_works():
    registration = QueuedSupportedFactory(status="withdrawn")
    assert Client().get(path_of(activity_request_url(registration, "ja"))).status_code == 404


# -- assignment, confirmation by link, hours --------------------------------------------


def test_the_volunteer_confirms_by_link_and_both_are_told_in_their_language(coordinator):
    supported = QueuedSupportedFactory(name="Sita Gurung", contact_language="ne")
    volunteer = ScreenedVolunteerFactory(name="山田 花子", contact_language="ja")
    activity = need(supported)
    activities.assign(activity, volunteer, by=coordinator)
    assert OneOffActivity.objects.get().status == ActivityStatus.ASSIGNED
    (asked,) = OutboundEmail.objects.filter(purpose="activity_assignment")
    assert (asked.to, asked.language) == (volunteer.email, "ja")
    assert "Sita" in asked.body and "Gurung" not in asked.body
    assert supported.email not in asked.body and supported.phone not in asked.body
    assert "通院" in asked.body  # the need, in Japanese
    link = link_in(asked)
    visitor = Client()
    assert "引き受ける" in visitor.get(link).content.decode()
    assert OneOffActivity.objects.get().status == ActivityStatus.ASSIGNED  # a GET is no answer
    visitor.post(link, {"answer": "accept"})
    activity.refresh_from_db()
    assert activity.status == ActivityStatus.CONFIRMED and activity.confirmed_at
    told = {e.to: e for e in OutboundEmail.objects.filter(purpose="activity_confirmed")}
    assert set(told) == {supported.email, volunteer.email}
    assert told[supported.email].language == "ne"
    assert "山田" in told[supported.email].body and "花子" not in told[supported.email].body
    assert volunteer.phone not in told[supported.email].body
    # a replay changes nothing
    assert "回答済み" in visitor.post(link, {"answer": "decline"}).content.decode()
    assert OneOffActivity.objects.get().status == ActivityStatus.CONFIRMED


def test_a_volunteer_who_declines_reopens_the_activity_and_their_old_link_is_dead(coordinator):
    first, second = ScreenedVolunteerFactory(), ScreenedVolunteerFactory()
    activity = need()
    activities.assign(activity, first, by=coordinator)
    first_link = link_in(OutboundEmail.objects.get(purpose="activity_assignment", to=first.email))
    Client().post(first_link, {"answer": "decline"})
    activity.refresh_from_db()
    assert (activity.status, activity.volunteer) == (ActivityStatus.OPEN, None)
    activities.assign(activity, second, by=coordinator)
    Client().post(first_link, {"answer": "accept"})
    activity.refresh_from_db()
    assert (activity.status, activity.volunteer) == (ActivityStatus.ASSIGNED, second)


def test_an_expired_assignment_link_says_so(coordinator, monkeypatch):
    activity = need()
    activities.assign(activity, ScreenedVolunteerFactory(), by=coordinator)
    link = link_in(OutboundEmail.objects.get(purpose="activity_assignment"))
    later = timezone.now() + links.ACTIVITY_ANSWER_MAX_AGE + timedelta(hours=1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = Client().post(link, {"answer": "accept"})
    assert response.status_code == 410 and "有効期限" in response.content.decode()
    assert OneOffActivity.objects.get().status == ActivityStatus.ASSIGNED


def test_assignment_refusals(coordinator):
    activity = need()
    with pytest.raises(ValidationError):
        activities.assign(activity, QueuedSupportedFactory(), by=coordinator)  # not a volunteer
    with pytest.raises(ValidationError):
        activities.assign(activity, ScreenedVolunteerFactory(status="submitted"), by=coordinator)
    busy = ScreenedVolunteerFactory()
    activities.assign(
        need(starts_at=datetime.time(11, 30), ends_at=datetime.time(13)), busy, by=None
    )
    with pytest.raises(ValidationError):
        activities.assign(activity, busy, by=coordinator)  # overlapping
    volunteer = ScreenedVolunteerFactory()
    activities.assign(activity, volunteer, by=coordinator)
    with pytest.raises(ValidationError):
        activities.assign(activity, ScreenedVolunteerFactory(), by=coordinator)  # already asked
    assert OneOffActivity.objects.get(pk=activity.pk).volunteer == volunteer


def confirmed_yesterday(coordinator) -> OneOffActivity:
    activity = need()
    volunteer = ScreenedVolunteerFactory()
    activities.assign(activity, volunteer, by=coordinator)
    activities.answer(activity, volunteer_id=volunteer.pk, confirm=True)
    OneOffActivity.objects.filter(pk=activity.pk).update(
        date=timezone.localdate() - timedelta(days=1)
    )
    activity.refresh_from_db()
    return activity


@pytest.mark.parametrize(
    "hours", ["0", "0.1", "12.5", "-1", "abc", "NaN", "Infinity", "1.005", "1e2", ""]
)
def test_hours_out_of_range_or_not_a_number_are_refused(coordinator, hours):
    activity = confirmed_yesterday(coordinator)
    with pytest.raises(ValidationError):
        activities.record_hours(activity, hours, by=coordinator, confirm_long=True)
    assert OneOffActivity.objects.get(pk=activity.pk).hours is None


def test_hours_over_three_need_the_coordinators_confirmation(coordinator):
    activity = confirmed_yesterday(coordinator)
    activities.record_hours(activity, "2.5", by=coordinator)
    assert OneOffActivity.objects.get(pk=activity.pk).hours == Decimal("2.5")
    with pytest.raises(ValidationError) as refused:
        activities.record_hours(activity, "4", by=coordinator)
    assert "confirm_long" in refused.value.message_dict
    activities.record_hours(activity, "4,25", by=coordinator, confirm_long=True)
    activity.refresh_from_db()
    assert (activity.hours, activity.status) == (Decimal("4.25"), ActivityStatus.DONE)


def test_hours_wait_for_the_confirmation_and_the_day(coordinator):
    activity = need()
    with pytest.raises(ValidationError):
        activities.record_hours(activity, "1", by=coordinator)
    volunteer = ScreenedVolunteerFactory()
    activities.assign(activity, volunteer, by=coordinator)
    activities.answer(activity, volunteer_id=volunteer.pk, confirm=True)
    with pytest.raises(ValidationError):
        activities.record_hours(activity, "1", by=coordinator)  # Saturday has not come


def test_cancel_and_nothing_after(coordinator):
    activity = need()
    activities.cancel(activity, by=coordinator)
    assert OneOffActivity.objects.get().status == ActivityStatus.CANCELLED
    for action in (
        lambda: activities.cancel(activity, by=coordinator),
        lambda: activities.assign(activity, ScreenedVolunteerFactory(), by=coordinator),
    ):
        with pytest.raises(ValidationError):
            action()


# -- the screens ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, words", [("ja", "同行できるボランティア"), ("en", "Volunteers who could go")]
)
def test_the_activity_screen_suggests_and_assigns(coordinator, language, words):
    volunteer = ScreenedVolunteerFactory()
    activity = need()
    staff = Client()
    staff.force_login(coordinator)
    url = f"/admin/participants_oneoffactivity/inspect/{activity.pk}/"
    screen = staff.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert words in screen and volunteer.name in screen
    listing = staff.get("/admin/participants_oneoffactivity/", {"status": "open"}).content.decode()
    assert url in listing
    assert staff.post(url, {"action": "assign", "assign-volunteer": "abc"}).status_code == 200
    assert (
        staff.post(url, {"action": "assign", "assign-volunteer": str(volunteer.pk)}).status_code
        == 302
    )
    assert OneOffActivity.objects.get().volunteer == volunteer


def test_the_registration_timeline_lists_one_offs(coordinator):
    registration = QueuedSupportedFactory()
    need(registration)
    with translation.override("en"):
        whats = [entry.what for entry in timeline.entries(registration)]
    assert "One-off activity: Hospital visits" in whats
