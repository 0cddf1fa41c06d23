"""A volunteer's hours log: one entry per completed one-off activity (never two), a
coordinator's corrections (logged, with the minutes as first recorded), hostile
corrections refused, and the certificate of hours for a period as a PDF in the
volunteer's language, read back with pypdf."""

from __future__ import annotations

import datetime
import io
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone
from pypdf import PdfReader

from home.models import SiteSettings
from participants import activities, followup, hours, timeline
from participants.models import HoursCorrection, HoursKind, VolunteerHours
from tests.support.factories import (
    ActivePairFactory,
    ScreenedVolunteerFactory,
    UserFactory,
    VolunteerHoursFactory,
)
from tests.test_participants_activities import confirmed_yesterday

pytestmark = pytest.mark.django_db

REASON = "チェックインで2時間と入力したが、実際は1時間半だった。"


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True, first_name="Aiko", last_name="Sato")


def screen(registration) -> str:
    return f"/admin/inquiries_participantregistration/inspect/{registration.pk}/"


def certificate(registration) -> str:
    return f"/admin/inquiries_participantregistration/certificate/{registration.pk}/"


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_completed_one_off_adds_one_entry_however_often_its_hours_are_recorded(coordinator):
    activity = confirmed_yesterday(coordinator)
    activities.record_hours(activity, "1.5", by=coordinator)
    activities.record_hours(activity, "1,5", by=coordinator)  # saved again: the same
    (entry,) = VolunteerHours.objects.all()
    assert (entry.volunteer_id, entry.date, entry.minutes, entry.kind, entry.activity_id) == (
        activity.volunteer_id,
        activity.date,
        90,
        HoursKind.ONE_OFF,
        activity.pk,
    )
    assert not HoursCorrection.objects.exists()
    activities.record_hours(activity, "2", by=coordinator)  # other hours: a correction
    entry.refresh_from_db()
    assert VolunteerHours.objects.count() == 1
    assert (entry.minutes, entry.recorded_minutes, entry.corrected_by) == (120, 90, coordinator)
    (correction,) = HoursCorrection.objects.all()
    assert (correction.from_minutes, correction.to_minutes) == (90, 120)


def test_a_cancelled_or_unfinished_activity_has_no_entry(coordinator):
    activity = confirmed_yesterday(coordinator)
    activities.cancel(activity, by=coordinator)
    with pytest.raises(ValidationError):
        activities.record_hours(activity, "1", by=coordinator)
    assert not VolunteerHours.objects.exists()


def correct(client, entry, minutes, reason=REASON, language="ja"):
    return client.post(
        screen(entry.volunteer),
        {
            "action": "correct_hours",
            "correct-entry": str(entry.pk),
            "correct-minutes": minutes,
            "correct-reason": reason,
        },
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_a_coordinator_corrects_an_entry_and_it_is_on_the_timelines(coordinator):
    entry = VolunteerHoursFactory()  # 120 minutes of a long-term pair
    client = signed_in(coordinator)
    assert correct(client, entry, "９０").status_code == 302  # full-width digits
    entry.refresh_from_db()
    assert (entry.minutes, entry.recorded_minutes, entry.correction_reason) == (90, 120, REASON)
    assert correct(client, entry, "60", "二回目の確認で1時間と判明。").status_code == 302
    entry.refresh_from_db()
    assert (entry.minutes, entry.recorded_minutes) == (60, 120)  # the first stays
    assert list(entry.corrections.values_list("from_minutes", "to_minutes")) == [
        (120, 90),
        (90, 60),
    ]
    page = client.get(screen(entry.volunteer), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "120 → 90" in page and REASON in page and "Sato" in page
    whats = [e.what for e in timeline.entries(entry.volunteer)]
    assert any("120 → 90" in what for what in whats)
    pair_whats = [(e.what, e.detail) for e in followup.timeline(entry.pair)]
    assert any("90 → 60" in what for what, detail in pair_whats)


@pytest.mark.parametrize(
    "minutes, reason, field",
    [
        ("0", REASON, "minutes"),
        ("-30", REASON, "minutes"),
        ("12001", REASON, "minutes"),
        ("99999999999999999999", REASON, "minutes"),
        ("abc", REASON, "minutes"),
        ("1.5", REASON, "minutes"),
        ("NaN", REASON, "minutes"),
        ("Infinity", REASON, "minutes"),
        ("9\u200b0", REASON, "minutes"),
        ("", REASON, "minutes"),
        ("120", REASON, "minutes"),  # unchanged: nothing to correct
        ("90", "", "reason"),
        ("90", "   ", "reason"),
        ("90", "理由\u0007", "reason"),
        ("90", "x" * 501, "reason"),
    ],
)
def test_a_bad_correction_gets_a_message_and_stores_nothing(coordinator, minutes, reason, field):
    entry = VolunteerHoursFactory()
    response = correct(signed_in(coordinator), entry, minutes, reason, language="en")
    assert response.status_code == 200
    form = response.context["hours_entries"][0][2]
    assert form.errors.get(field), form.errors
    entry.refresh_from_db()
    assert entry.minutes == 120 and entry.recorded_minutes is None
    assert not HoursCorrection.objects.exists()


def test_the_service_refuses_what_a_form_would_not_send(coordinator):
    entry = VolunteerHoursFactory()
    for minutes in (None, True, [90], {"m": 1}, 0, -1):
        with pytest.raises(ValidationError):
            hours.correct(entry, minutes=minutes, reason=REASON, by=coordinator)
    with pytest.raises(ValidationError):
        hours.correct(entry, minutes=90, reason=None, by=coordinator)
    assert not HoursCorrection.objects.exists()


def test_an_entry_of_another_volunteer_cannot_be_corrected_from_this_screen(coordinator):
    entry = VolunteerHoursFactory()
    other = ScreenedVolunteerFactory()
    response = signed_in(coordinator).post(
        screen(other),
        {
            "action": "correct_hours",
            "correct-entry": str(entry.pk),
            "correct-minutes": "30",
            "correct-reason": REASON,
        },
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "not in this volunteer" in response.content.decode()
    assert VolunteerHours.objects.get().minutes == 120


@pytest.mark.parametrize("role", ["lead_staff", "privacy_officer", "editor"])
def test_only_coordinators_correct_and_make_certificates(role):
    entry = VolunteerHoursFactory()
    client = signed_in(UserFactory(**{role: True}))
    assert correct(client, entry, "30").status_code in (302, 403)
    assert VolunteerHours.objects.get().minutes == 120
    today = timezone.localdate().isoformat()
    response = client.get(certificate(entry.volunteer), {"start": today, "end": today})
    assert response.status_code in (302, 403)
    assert response.get("Content-Type") != "application/pdf"


def logged_volunteer(language: str):
    """A volunteer with a long-term pair and a one-off in the period, and an entry
    outside it."""
    volunteer = ScreenedVolunteerFactory(name="山田 花子", contact_language=language)
    pair = ActivePairFactory(volunteer=volunteer)
    today = timezone.localdate()
    VolunteerHoursFactory(pair=pair, minutes=120, date=today - timedelta(days=10))
    VolunteerHoursFactory(pair=pair, minutes=45, date=today - timedelta(days=3))
    VolunteerHoursFactory(
        pair=None,
        volunteer=volunteer,
        kind=HoursKind.ONE_OFF,
        minutes=90,
        date=today - timedelta(days=5),
    )
    VolunteerHoursFactory(pair=pair, minutes=600, date=today - timedelta(days=400))
    return volunteer, pair


def pdf_text(response) -> str:
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    reader = PdfReader(io.BytesIO(response.content))
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
        if "/BaseFont" in font.get_object()
    }
    assert any("IPAGothic" in font for font in fonts), fonts  # embedded (a subset)
    return "".join(page.extract_text() for page in reader.pages)


def period_of(days=30):
    today = timezone.localdate()
    return {"start": (today - timedelta(days=days)).isoformat(), "end": today.isoformat()}


def test_the_certificate_in_japanese_lists_the_periods_hours_and_is_signed_by_jii(coordinator):
    SiteSettings.objects.filter(locale__language_code="ja").update(
        organisation_name="一般社団法人JII"
    )
    volunteer, pair = logged_volunteer("ja")
    response = signed_in(coordinator).get(certificate(volunteer), period_of())
    text = pdf_text(response).replace(" ", "").replace("\n", "")
    assert "ボランティア活動時間証明書" in text
    assert "山田花子" in text and "一般社団法人JII" in text
    assert "合計：4.25時間" in text  # 120 + 45 + 90 minutes; not the entry of last year
    assert "長期ペア" in text and "単発活動" in text
    assert pair.supported.name.replace(" ", "") not in text  # nobody else's data


def test_the_certificate_in_english_follows_the_volunteers_contact_language(coordinator):
    volunteer, pair = logged_volunteer("en")
    response = signed_in(coordinator).get(
        certificate(volunteer), period_of(), HTTP_ACCEPT_LANGUAGE="ja"
    )
    text = " ".join(pdf_text(response).split())
    assert "Certificate of volunteer hours" in text
    assert "Total: 4.25 hours" in text and "JII" in text
    assert "Long-term pair 2 2.75" in text and "One-off activity 1 1.5" in text
    assert pair.supported.name not in text


@pytest.mark.parametrize(
    "params, message",
    [
        ({}, None),
        ({"start": "2026-13-01", "end": "2026-01-01"}, "正しい日付を入力"),
        ({"start": "yesterday", "end": ""}, "必須"),
        ({"start": "1999-01-01", "end": "1999-12-31"}, "年"),
        ({"start": "2026-05-01", "end": "2026-04-01"}, "期間"),
        ({"start": "2010-01-01", "end": "2026-01-01"}, "5年"),
        ({"start": "2026-01-01", "end": "2099-01-01"}, "未来"),
        ({"start": ["2026-01-01", "2026-02-01"], "end": "\u202e2026-01-01"}, None),
    ],
)
def test_a_bad_period_gets_the_form_again_with_a_message(coordinator, params, message):
    volunteer, _pair = logged_volunteer("ja")
    user = UserFactory(coordinator=True, language="ja")
    response = signed_in(user).get(certificate(volunteer), params)
    assert response["Content-Type"].startswith("text/html")
    assert response.status_code == (200 if not params else 400)
    if message:
        assert message in response.content.decode()


def test_a_period_without_hours_says_so(coordinator):
    volunteer = ScreenedVolunteerFactory()
    VolunteerHoursFactory(pair=None, volunteer=volunteer, date=datetime.date(2020, 1, 5))
    response = signed_in(UserFactory(coordinator=True, language="en")).get(
        certificate(volunteer), period_of()
    )
    assert response.status_code == 400
    assert "No hours are logged in this period." in response.content.decode()


def test_the_volunteers_screen_offers_the_log_the_corrections_and_the_certificate(coordinator):
    volunteer, pair = logged_volunteer("ja")
    page = signed_in(coordinator).get(screen(volunteer), HTTP_ACCEPT_LANGUAGE="ja")
    html = page.content.decode()
    assert "時間の記録" in html and "14.25" in html  # all entries: 855 minutes
    assert f'action="{certificate(volunteer)}"' in html
    assert html.count('value="correct_hours"') == 4
