"""Screening a registration: the steps in order (each with who and when), a step marked
as not needed only with a reason, the review flag cleared only by a decision, the status
never set by hand, the screen and its dashboard counts for those who may see them, and
every hostile input answered with a message instead of a stored row or a 500."""

from __future__ import annotations

import datetime
import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from inquiries.models import ParticipantRegistration, ParticipantStatus
from participants import services
from participants.models import Decision, ReviewDecision, ScreeningStep, StatusChange, Step
from tests.support.factories import ParticipantRegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/inquiries_participantregistration/"


def screen(registration) -> str:
    return f"{QUEUE}inspect/{registration.pk}/"


def staff(role: str = "coordinator", language: str = "en", **extra) -> tuple[Client, object]:
    user = UserFactory(language=language, **{role: True}, **extra)
    client = Client()
    client.force_login(user)
    return client, user


def yesterday() -> str:
    return (timezone.localdate() - datetime.timedelta(days=1)).isoformat()


def record(client, registration, step: str, **fields):
    data = {"action": "record_step", "step": step}
    data.update({f"step-{name}": value for name, value in fields.items()})
    return client.post(screen(registration), data)


def skip(client, registration, step: str, reason):
    return client.post(
        screen(registration), {"action": "skip_step", "step": step, "skip-reason": reason}
    )


def decide(client, registration, decision: str, reason):
    return client.post(
        screen(registration),
        {"action": "decide_review", "review-decision": decision, "review-reason": reason},
    )


def move(client, registration, status: str, reason: str = ""):
    return client.post(
        screen(registration),
        {"action": "change_status", "status-status": status, "status-reason": reason},
    )


def status_of(registration) -> str:
    return ParticipantRegistration.objects.get(pk=registration.pk).status


# -- the steps, in order ---------------------------------------------------------------


def test_a_coordinator_takes_a_registration_through_screening_to_ready_for_matching():
    registration = ParticipantRegistrationFactory(language="en")
    client, coordinator = staff(first_name="Aiko", last_name="Mori")
    before = timezone.now()

    assert record(client, registration, "identity", method="residence_card").status_code == 302
    assert status_of(registration) == ParticipantStatus.IDENTITY_VERIFIED
    assert record(client, registration, "orientation", held_on=yesterday()).status_code == 302
    assert status_of(registration) == ParticipantStatus.ORIENTATION_DONE
    notes = "Wants help with the child's school enrolment; prefers weekends."
    response = record(client, registration, "interview", held_on=yesterday(), notes=notes)
    assert response.status_code == 302
    assert status_of(registration) == ParticipantStatus.INTERVIEW_DONE
    assert move(client, registration, "ready").status_code == 302
    assert status_of(registration) == ParticipantStatus.READY

    steps = {row.step: row for row in ScreeningStep.objects.filter(registration=registration)}
    assert set(steps) == {"identity", "orientation", "interview"}
    for row in steps.values():
        assert row.by == coordinator and before <= row.at <= timezone.now()
    assert steps["identity"].method == "residence_card"
    assert steps["interview"].notes == notes
    page = client.get(screen(registration)).content.decode()
    assert "Residence card" in page and "Aiko Mori" in page and "Ready for matching" in page
    assert "Wants help with the child&#x27;s school enrolment" in page


def test_steps_are_taken_in_order_and_once():
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    for step, fields in (
        ("orientation", {"held_on": yesterday()}),
        ("interview", {"held_on": yesterday()}),
    ):
        response = record(client, registration, step, **fields)
        assert response.status_code == 200
        assert "taken in order" in response.content.decode()
    assert not ScreeningStep.objects.filter(registration=registration).exists()
    assert record(client, registration, "identity", method="passport").status_code == 302
    again = record(client, registration, "identity", method="video_call")
    assert again.status_code == 200 and "taken in order" in again.content.decode()
    assert ScreeningStep.objects.get(registration=registration).method == "passport"
    with pytest.raises(ValidationError):
        services.record_step(
            registration, Step.INTERVIEW, actor=None, held_on=datetime.date.today()
        )


def test_the_service_checks_the_database_not_a_stale_copy():
    registration = ParticipantRegistrationFactory(language="en")
    stale = ParticipantRegistration.objects.get(pk=registration.pk)
    services.record_step(registration, Step.IDENTITY, actor=None, method="passport")
    stale.status = ParticipantStatus.ORIENTATION_DONE  # what an old page believed
    with pytest.raises(ValidationError):
        services.record_step(stale, Step.INTERVIEW, actor=None, held_on=datetime.date.today())
    assert status_of(registration) == ParticipantStatus.IDENTITY_VERIFIED


def test_each_step_needs_what_it_records():
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = record(client, registration, "identity", method="")
    assert response.status_code == 200 and "This field is required" in response.content.decode()
    response = record(client, registration, "identity", method="fingerprint")
    assert response.status_code == 200
    assert record(client, registration, "identity", method="employee_id").status_code == 302
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = record(client, registration, "orientation", held_on=tomorrow)
    assert response.status_code == 200 and "in the future" in response.content.decode()
    assert status_of(registration) == ParticipantStatus.IDENTITY_VERIFIED


# -- not needed, with a reason ---------------------------------------------------------


def test_one_step_may_be_marked_not_needed_with_the_reason_as_typed():
    registration = ParticipantRegistrationFactory(language="ja")
    client, coordinator = staff(language="ja")
    assert record(client, registration, "identity", method="employee_id").status_code == 302
    response = skip(client, registration, "orientation", "   ")
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.IDENTITY_VERIFIED
    reason = "昨年の説明会に参加済み（前回の登録時）"
    assert skip(client, registration, "orientation", reason).status_code == 302
    row = ScreeningStep.objects.get(registration=registration, step="orientation")
    assert (row.state, row.reason, row.by) == ("not_needed", reason, coordinator)
    assert status_of(registration) == ParticipantStatus.ORIENTATION_DONE
    # a second step cannot be skipped too
    response = skip(client, registration, "interview", "もう十分に話した")
    assert response.status_code == 200
    assert "一つだけ" in response.content.decode()
    assert status_of(registration) == ParticipantStatus.ORIENTATION_DONE
    page = client.get(screen(registration)).content.decode()
    assert reason in page and "不要" in page


# -- the status cannot be set by hand --------------------------------------------------


@pytest.mark.parametrize("status", ParticipantStatus.values)
def test_the_edit_form_cannot_set_the_status_or_clear_the_flag(status):
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    client, _user = staff()
    response = client.post(
        f"{QUEUE}edit/{registration.pk}/",
        {
            "status": status,
            "needs_review": "",
            "review_reason": "",
            "is_spam": "",
            "spam_reason": "",
        },
    )
    assert response.status_code in (200, 302)
    registration.refresh_from_db()
    assert registration.status == ParticipantStatus.SUBMITTED
    assert registration.needs_review is True


@pytest.mark.parametrize(
    "status",
    [
        ParticipantStatus.IDENTITY_VERIFIED,
        ParticipantStatus.ORIENTATION_DONE,
        ParticipantStatus.INTERVIEW_DONE,
        ParticipantStatus.READY,
        ParticipantStatus.MATCHED,
        ParticipantStatus.ACTIVE,
        ParticipantStatus.CLOSED,
        "",
        "READY",
        "ready ",
        "ready\x00",
    ],
)
def test_a_crafted_status_post_cannot_skip_the_screening(status):
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = move(client, registration, status)
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.SUBMITTED
    assert not StatusChange.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"action": "record_step", "step": "matching"},
        {"action": "record_step"},
        {"action": "record_step", "step": ["identity", "interview"]},
        {"action": "skip_step", "step": "interview", "skip-reason": "because"},
        {"action": "delete_everything"},
        {"action": ""},
        {},
        {"action": "record_step", "step": "identity", "step-method": "passport" * 10_000},
    ],
)
def test_a_crafted_action_stores_nothing_and_answers_with_a_message(data):
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = client.post(screen(registration), data, follow=True)
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.SUBMITTED
    assert not ScreeningStep.objects.exists()


def test_closing_needs_a_reason_and_a_closed_registration_takes_no_step():
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    assert move(client, registration, "withdrawn").status_code == 200
    assert status_of(registration) == ParticipantStatus.SUBMITTED
    assert move(client, registration, "withdrawn", "Moved back to Nepal").status_code == 302
    assert status_of(registration) == ParticipantStatus.WITHDRAWN
    response = record(client, registration, "identity", method="passport")
    assert response.status_code in (200, 302)
    assert not ScreeningStep.objects.exists()
    change = StatusChange.objects.get()
    assert (change.from_status, change.to_status, change.reason) == (
        "submitted",
        "withdrawn",
        "Moved back to Nepal",
    )


# -- the review flag -------------------------------------------------------------------


def screened(registration, user=None):
    services.record_step(registration, Step.IDENTITY, actor=user, method="passport")
    services.record_step(registration, Step.ORIENTATION, actor=user, held_on=timezone.localdate())
    services.record_step(registration, Step.INTERVIEW, actor=user, held_on=timezone.localdate())


def test_a_flagged_registration_reaches_matching_only_after_a_decision_with_a_reason():
    registration = ParticipantRegistrationFactory(language="ja", flagged=True)
    client, coordinator = staff(language="ja")
    screened(registration, coordinator)
    response = move(client, registration, "ready")
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.INTERVIEW_DONE
    page = client.get(screen(registration)).content.decode()
    assert "確認フラグ" in page

    assert decide(client, registration, "accepted", "").status_code == 200
    assert ParticipantRegistration.objects.get(pk=registration.pk).needs_review
    reason = "日本に定住予定で、子育て中のため支援対象と判断"
    assert decide(client, registration, "accepted", reason).status_code == 302
    registration.refresh_from_db()
    assert registration.needs_review is False
    decision = ReviewDecision.objects.get()
    assert (decision.decision, decision.reason, decision.by) == ("accepted", reason, coordinator)
    assert decision.at is not None
    assert move(client, registration, "ready").status_code == 302
    assert status_of(registration) == ParticipantStatus.READY
    page = client.get(screen(registration)).content.decode()
    assert reason in page and "マッチング待ち" in page


def test_needs_more_information_keeps_the_flag_and_not_accepted_closes():
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    client, _user = staff()
    assert decide(client, registration, "needs_info", "Ask about plans to stay").status_code == 302
    assert ParticipantRegistration.objects.get(pk=registration.pk).needs_review is True
    assert decide(client, registration, "rejected", "Leaving Japan next year").status_code == 302
    registration.refresh_from_db()
    assert registration.status == ParticipantStatus.NOT_ELIGIBLE
    assert registration.needs_review is False
    assert list(ReviewDecision.objects.values_list("decision", flat=True)) == [
        Decision.NEEDS_INFO,
        Decision.REJECTED,
    ]
    page = client.get(screen(registration)).content.decode()
    assert "Ask about plans to stay" in page and "Leaving Japan next year" in page


def test_a_decision_on_a_registration_that_is_not_flagged_is_refused():
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = decide(client, registration, "accepted", "fine")
    assert response.status_code == 200
    assert not ReviewDecision.objects.exists()


# -- who may see and do it -------------------------------------------------------------


def test_lead_staff_and_editors_neither_see_nor_change_registrations():
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    for role in ("lead_staff", "editor"):
        client, _user = staff(role)
        response = client.get(screen(registration))
        assert response.status_code in (302, 403)
        assert registration.email not in response.content.decode()
        assert registration.name not in response.content.decode()
        response = record(client, registration, "identity", method="passport")
        assert response.status_code in (302, 403)
        assert decide(client, registration, "accepted", "x").status_code in (302, 403)
        home = client.get("/admin/").content.decode()
        assert "Participant screening" not in home
    assert not ScreeningStep.objects.exists() and not ReviewDecision.objects.exists()
    assert ParticipantRegistration.objects.get(pk=registration.pk).needs_review


def test_the_privacy_officer_sees_the_screen_but_takes_no_step():
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff("privacy_officer")
    page = client.get(screen(registration))
    assert page.status_code == 200
    assert registration.email in page.content.decode()
    assert "step-method" not in page.content.decode()
    assert record(client, registration, "identity", method="passport").status_code in (302, 403)
    assert not ScreeningStep.objects.exists()


# -- hostile text, by class ------------------------------------------------------------

HOSTILE = {
    "bidi override": "ok\u202etxt.exe",
    "zero-width space": "re\u200bason",
    "nul": "re\x00ason",
    "escape": "\x1b[31mred",
    "bell": "ding\x07",
    "line separator": "one\u2028two",
    "paragraph separator": "one\u2029two",
    "tag character": "hi\U000e0041",
    "byte order mark": "\ufeffreason",
    "hangul filler": "\u3164",
    "too long": "あ" * 1001,
}
ONE_LINE_ONLY = {"line feed": "one\ntwo", "carriage return": "one\rtwo", "file separator": "a\x1cb"}


@pytest.mark.parametrize("kind", list(HOSTILE) + list(ONE_LINE_ONLY))
def test_hostile_skip_reasons_are_refused_with_a_message(kind):
    value = HOSTILE.get(kind) or ONE_LINE_ONLY[kind]
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = skip(client, registration, "identity", value)
    assert response.status_code == 200
    assert 'class="error-message"' in response.content.decode() or "help-critical" in (
        response.content.decode()
    )
    assert not ScreeningStep.objects.exists()


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_hostile_review_reasons_and_interview_notes_are_refused(kind):
    reason = HOSTILE[kind]
    notes = "x" * 2001 if kind == "too long" else HOSTILE[kind]
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    client, _user = staff()
    assert decide(client, registration, "accepted", reason).status_code == 200
    assert not ReviewDecision.objects.exists()
    assert ParticipantRegistration.objects.get(pk=registration.pk).needs_review
    services.record_step(registration, Step.IDENTITY, actor=None, method="passport")
    services.record_step(registration, Step.ORIENTATION, actor=None, held_on=timezone.localdate())
    response = record(client, registration, "interview", held_on=yesterday(), notes=notes)
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.ORIENTATION_DONE


@pytest.mark.parametrize(
    "value",
    [
        "こんにちは、日本語の理由です。",
        "नेपाली भाषा: क्ष त्र ज्ञ",  # Devanagari conjuncts (virama, joiners where needed)
        "Smile 🙂, family 👨\u200d👩\u200d👧",
        '<script>alert(1)</script> & "quotes"',
        '=HYPERLINK("http://evil.example")',
        "Multi\nline\r\nnotes\twith tab",
    ],
)
def test_text_in_any_language_is_stored_as_typed_and_shown_escaped(value):
    registration = ParticipantRegistrationFactory(language="en", flagged=True)
    client, _user = staff()
    assert decide(client, registration, "needs_info", value).status_code == 302
    stored = ReviewDecision.objects.get().reason
    assert stored == value.strip()
    page = client.get(screen(registration)).content.decode()
    assert "<script>alert(1)</script>" not in page
    if "<script>" in value:
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize(
    "held_on",
    ["2026-13-45", "0001-01-01", "99999-01-01", "yesterday", "２０２６-０１-０１", "1e9", ""],
)
def test_impossible_dates_are_refused(held_on):
    registration = ParticipantRegistrationFactory(language="en")
    services.record_step(registration, Step.IDENTITY, actor=None, method="passport")
    client, _user = staff()
    response = record(client, registration, "orientation", held_on=held_on)
    assert response.status_code == 200
    assert status_of(registration) == ParticipantStatus.IDENTITY_VERIFIED


# -- the dashboard ---------------------------------------------------------------------


def test_the_dashboard_counts_each_step_and_each_count_links_to_the_filtered_queue():
    waiting_identity = ParticipantRegistrationFactory.create_batch(2, language="en")
    at_orientation = ParticipantRegistrationFactory(language="en")
    services.record_step(at_orientation, Step.IDENTITY, actor=None, method="passport")
    flagged = ParticipantRegistrationFactory(language="en", flagged=True)
    ParticipantRegistrationFactory(language="en", spam=True)
    closed = ParticipantRegistrationFactory(
        language="en", flagged=True, status=ParticipantStatus.WITHDRAWN
    )
    client, _user = staff()
    home = client.get("/admin/").content.decode()
    assert "Participant screening" in home
    assert "3 waiting for: Identity verification" in home  # two, and the flagged one
    assert "1 waiting for: Orientation" in home
    assert "0 waiting for: Individual interview" in home
    assert "1 flagged for review" in home
    listing = client.get(QUEUE, {"status": "submitted", "is_spam": "false"}).content.decode()
    for registration in (*waiting_identity, flagged):
        assert f"/inspect/{registration.pk}/" in listing
    assert f"/inspect/{at_orientation.pk}/" not in listing
    flagged_listing = client.get(
        QUEUE, {"needs_review": "true", "is_open": "true", "is_spam": "false"}
    ).content.decode()
    assert f"/inspect/{flagged.pk}/" in flagged_listing
    assert f"/inspect/{closed.pk}/" not in flagged_listing
    assert f"{QUEUE}?needs_review=true&amp;is_open=true&amp;is_spam=false" in home


def test_the_dashboard_panel_is_in_japanese_for_a_japanese_admin():
    ParticipantRegistrationFactory(language="ja")
    client, _user = staff(language="ja")
    home = client.get("/admin/").content.decode()
    assert "参加者の選考" in home
    assert "本人確認" in home
    assert "Participant screening" not in home


# -- registrations from before the steps -----------------------------------------------


def test_existing_registrations_keep_their_status_and_get_the_steps_it_implies():
    migration = importlib.import_module("participants.migrations.0001_screening_steps")
    made = {
        status: ParticipantRegistrationFactory(language="en", status=status)
        for status in ParticipantStatus.values
    }
    migration.record_implied_steps(apps, None)
    for status, registration in made.items():
        steps = ScreeningStep.objects.filter(registration=registration)
        assert set(steps.values_list("step", flat=True)) == set(
            migration.IMPLIED_STEPS.get(status, ())
        ), status
        assert all(s.recorded_before_tracking and s.by is None and s.at is None for s in steps)
        assert status_of(registration) == status
    client, _user = staff()
    page = client.get(screen(made["ready"])).content.decode()
    assert "who and when are not known" in page


@pytest.mark.parametrize(
    "body",
    [
        b"action=skip_step&step=identity&skip-reason=%FF%FE%FD",  # not UTF-8
        b"action=skip_step&step=identity&skip-reason=%C0%AF",  # overlong
        b"action=skip_step&step=identity&skip-reason=%00",
        b"action=skip_step&step=identity&skip-reason=a%E2%80%AEb",  # bidi override, encoded
        b"action=skip_step&step=identity%00&skip-reason=fine",
        b"action=skip%5Fstep&step=identity&skip-reason=%2525252541",  # encoded many times
        b"action=skip_step&step=identity&skip-reason",  # a key with no value
        b"\xff\xfe=\x00&action=skip_step",
    ],
)
def test_raw_bodies_of_any_encoding_answer_without_a_server_error(body):
    registration = ParticipantRegistrationFactory(language="en")
    client, _user = staff()
    response = client.post(
        screen(registration), body, content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 302)
    for row in ScreeningStep.objects.all():  # whatever was accepted is what was sent
        assert row.reason.isprintable() and "\ufffd" not in row.reason
    if b"%FF" in body or b"%C0" in body or b"%00" in body or b"%E2%80%AE" in body:
        assert not ScreeningStep.objects.exists()
