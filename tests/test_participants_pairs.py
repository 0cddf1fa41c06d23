"""Pairs' lifecycle: proposed → accepted by both (the coordinator records it, or each
person through the signed link emailed in their language) → introduced → active →
ended; registrations' statuses follow, every move is kept, the volunteer's capacity
holds, and a pair ended early sends the participant back to the queue."""

from __future__ import annotations

import datetime
from datetime import timedelta

import pytest
from django.core import signing
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone, translation

from inquiries.models import OutboundEmail, ParticipantStatus
from participants import links, pairs, services, timeline
from participants.links import Side
from participants.models import EndReason, Pair, PairChange, PairStatus, StatusChange
from tests.support.factories import (
    QueuedSupportedFactory,
    ScreenedVolunteerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

TODAY = datetime.date.today


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def status(registration) -> str:
    registration.refresh_from_db()
    return registration.status


def propose(coordinator, **kwargs):
    supported = kwargs.pop("supported", None) or QueuedSupportedFactory()
    volunteer = kwargs.pop("volunteer", None) or ScreenedVolunteerFactory()
    return pairs.propose(supported, volunteer, by=coordinator, **kwargs)


def to_active(coordinator, **kwargs) -> Pair:
    pair = propose(coordinator, **kwargs)
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    pairs.introduce(pair, TODAY(), by=coordinator)
    pairs.activate(pair, by=coordinator)
    return pair


def emails_to(registration, purpose):
    return list(
        OutboundEmail.objects.filter(record_id=registration.pk, purpose=purpose).order_by("pk")
    )


def link_in(email) -> str:
    (line,) = [line for line in email.body.splitlines() if "/pair/" in line]
    return "/" + line.strip().split("/", 3)[3]


# -- the whole way through ----------------------------------------------------------


def test_a_pair_goes_from_proposal_to_completion_and_statuses_follow(coordinator):
    supported, volunteer = QueuedSupportedFactory(), ScreenedVolunteerFactory()
    pair = pairs.propose(supported, volunteer, by=coordinator)
    assert (status(supported), status(volunteer)) == ("matched", "matched")
    pairs.accept(pair, [Side.SUPPORTED], by=coordinator)
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.PROPOSED
    pairs.accept(pair, [Side.VOLUNTEER], by=coordinator)
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.ACCEPTED
    assert (status(supported), status(volunteer)) == ("matched", "matched")
    pairs.introduce(pair, TODAY(), by=coordinator)
    assert (status(supported), status(volunteer)) == ("matched", "matched")
    pairs.activate(pair, by=coordinator)
    assert (status(supported), status(volunteer)) == ("active", "active")
    pairs.end(pair, by=coordinator, reason=EndReason.COMPLETED)
    assert (status(supported), status(volunteer)) == ("closed", "ready")
    moves = list(PairChange.objects.filter(pair=pair).values_list("to_status", flat=True))
    assert moves == ["proposed", "accepted", "introduced", "active", "ended"]
    assert list(
        StatusChange.objects.filter(registration=supported).values_list("to_status", flat=True)
    ) == ["matched", "active", "closed"]
    assert list(
        StatusChange.objects.filter(registration=volunteer).values_list("to_status", flat=True)
    ) == ["matched", "active", "ready"]


def test_the_coordinator_may_record_both_acceptances_at_once(coordinator):
    pair = propose(coordinator)
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    pair.refresh_from_db()
    assert pair.status == PairStatus.ACCEPTED
    assert pair.supported_accepted_at and pair.volunteer_accepted_at
    assert PairChange.objects.get(pair=pair, to_status="accepted").by == coordinator


@pytest.mark.parametrize(
    "step",
    ["introduce", "activate", "end_completed", "accept_again"],
)
def test_steps_out_of_order_are_refused_and_change_nothing(coordinator, step):
    pair = propose(coordinator)
    if step == "accept_again":
        pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    before = PairChange.objects.count(), StatusChange.objects.count()
    with pytest.raises(ValidationError):
        if step == "introduce":
            pairs.introduce(pair, TODAY(), by=coordinator)
        elif step == "activate":
            pairs.activate(pair, by=coordinator)
        elif step == "end_completed":
            pairs.end(pair, by=coordinator, reason=EndReason.COMPLETED)
        else:
            pairs.accept(pair, [Side.SUPPORTED], by=coordinator)
    assert (PairChange.objects.count(), StatusChange.objects.count()) == before


@pytest.mark.parametrize(
    "first_meeting",
    [None, "2026-12-01", datetime.datetime(2026, 12, 1, 10), datetime.date(1999, 1, 1)],
)
def test_an_introduction_needs_a_real_date(coordinator, first_meeting):
    pair = propose(coordinator)
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    with pytest.raises(ValidationError):
        pairs.introduce(pair, first_meeting, by=coordinator)
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.ACCEPTED


@pytest.mark.parametrize("reason", ["", "finished", None, ["early"]])
def test_ending_needs_how_it_ended(coordinator, reason):
    pair = to_active(coordinator)
    with pytest.raises(ValidationError):
        pairs.end(pair, by=coordinator, reason=reason)
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.ACTIVE


def test_ending_early_needs_a_reason_typed(coordinator):
    pair = to_active(coordinator)
    for note in ("", "   ", "理由\x00", "x" * 1001):
        with pytest.raises(ValidationError):
            pairs.end(pair, by=coordinator, reason=EndReason.EARLY, note=note)
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.ACTIVE


# -- re-matching ----------------------------------------------------------------------


def test_ending_early_sends_the_participant_back_to_the_queue_with_history_kept(coordinator):
    supported = QueuedSupportedFactory()
    first_volunteer = ScreenedVolunteerFactory()
    pair = to_active(coordinator, supported=supported, volunteer=first_volunteer)
    pairs.end(pair, by=coordinator, reason=EndReason.EARLY, note="転勤で会えなくなった")
    assert status(supported) == ParticipantStatus.READY
    assert status(first_volunteer) == ParticipantStatus.READY
    pair.refresh_from_db()
    assert (pair.status, pair.end_reason, pair.end_note) == (
        "ended",
        "early",
        "転勤で会えなくなった",
    )
    # the queue again: another volunteer, and the old pair kept beside the new one
    second = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    assert set(Pair.objects.filter(supported=supported)) == {pair, second}
    assert PairChange.objects.filter(pair=pair).count() == 5
    # the previous partner only with a reason, kept on the pair
    pairs.decline(second, None, by=coordinator, reason="別の方に")
    with pytest.raises(ValidationError) as refused:
        pairs.propose(supported, first_volunteer, by=coordinator)
    assert "override" in refused.value.message_dict
    again = pairs.propose(supported, first_volunteer, by=coordinator, override="本人の希望")
    assert again.override == "本人の希望"


def test_ending_early_without_rematching_closes_the_participant(coordinator):
    supported = QueuedSupportedFactory()
    pair = to_active(coordinator, supported=supported)
    pairs.end(pair, by=coordinator, reason=EndReason.EARLY, note="帰国", rematch=False)
    assert status(supported) == ParticipantStatus.CLOSED


def test_a_decline_returns_both_to_ready_and_frees_the_place(coordinator):
    supported, volunteer = QueuedSupportedFactory(), ScreenedVolunteerFactory()
    pair = pairs.propose(supported, volunteer, by=coordinator)
    pairs.decline(pair, Side.VOLUNTEER, reason="時間が合わない")
    assert (status(supported), status(volunteer)) == ("ready", "ready")
    assert pairs.places_taken(volunteer) == 0
    change = PairChange.objects.get(pair=pair, to_status="declined")
    assert (change.note, change.by) == ("時間が合わない", None)


# -- capacity ---------------------------------------------------------------------------


def test_a_volunteer_never_holds_more_pairs_than_their_capacity(coordinator):
    volunteer = ScreenedVolunteerFactory(capacity=2)
    first = to_active(coordinator, volunteer=volunteer)
    propose(coordinator, volunteer=volunteer)
    assert status(volunteer) == ParticipantStatus.ACTIVE  # holds an active pair
    with pytest.raises(ValidationError):
        propose(coordinator, volunteer=volunteer)
    pairs.end(first, by=coordinator, reason=EndReason.COMPLETED)
    assert status(volunteer) == ParticipantStatus.MATCHED  # the other pair is on its way
    propose(coordinator, volunteer=volunteer)


def test_capacity_lowered_after_the_proposal_is_checked_when_activating(coordinator):
    volunteer = ScreenedVolunteerFactory(capacity=2)
    to_active(coordinator, volunteer=volunteer)
    second = propose(coordinator, volunteer=volunteer)
    pairs.accept(second, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    pairs.introduce(second, TODAY(), by=coordinator)
    volunteer.capacity = 1
    volunteer.save()
    with pytest.raises(ValidationError):
        pairs.activate(second, by=coordinator)
    assert Pair.objects.get(pk=second.pk).status == PairStatus.INTRODUCED


# -- the manual moves are gone ----------------------------------------------------------


@pytest.mark.parametrize(
    "start", [ParticipantStatus.READY, ParticipantStatus.MATCHED, ParticipantStatus.ACTIVE]
)
def test_matched_active_and_closed_follow_the_pairs_not_a_coordinator(coordinator, start):
    registration = QueuedSupportedFactory(status=start)
    onward = {
        ParticipantStatus.READY: ParticipantStatus.MATCHED,
        ParticipantStatus.MATCHED: ParticipantStatus.ACTIVE,
        ParticipantStatus.ACTIVE: ParticipantStatus.CLOSED,
    }[start]
    assert onward not in services.allowed_moves(registration)
    with pytest.raises(ValidationError):
        services.change_status(registration, onward, actor=coordinator)
    assert status(registration) == start


# -- emails -------------------------------------------------------------------------------


def test_proposal_emails_speak_each_persons_language_and_name_only_the_first_name(coordinator):
    supported = QueuedSupportedFactory(name="सीता गुरुङ", contact_language="ne")
    volunteer = ScreenedVolunteerFactory(name="Yamada Hanako", contact_language="en")
    pairs.propose(supported, volunteer, by=coordinator)
    (to_supported,) = emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)
    (to_volunteer,) = emails_to(volunteer, OutboundEmail.Purpose.PAIR_PROPOSAL)
    assert to_supported.language == "ne" and to_volunteer.language == "en"
    assert to_supported.to == supported.email
    assert "Yamada" in to_supported.body and "Hanako" not in to_supported.body
    assert "सीता" in to_volunteer.body and "गुरुङ" not in to_volunteer.body
    assert "otonari-san" in to_volunteer.body
    assert "/ne/pair/" in to_supported.body and "/en/pair/" in to_volunteer.body
    for email, other in ((to_supported, volunteer), (to_volunteer, supported)):
        assert other.email not in email.body and other.phone not in email.body
        assert other.municipality not in email.body


def test_accepted_and_introduction_emails_go_to_both_with_no_contact_details(coordinator):
    supported = QueuedSupportedFactory(contact_language="ne")
    volunteer = ScreenedVolunteerFactory(contact_language="ja")
    pair = pairs.propose(supported, volunteer, by=coordinator)
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    assert len(emails_to(supported, OutboundEmail.Purpose.PAIR_ACCEPTED)) == 1
    (accepted_ja,) = emails_to(volunteer, OutboundEmail.Purpose.PAIR_ACCEPTED)
    assert "ペア" in accepted_ja.body
    pairs.introduce(pair, datetime.date(2026, 12, 12), by=coordinator)
    (intro_ne,) = emails_to(supported, OutboundEmail.Purpose.PAIR_INTRODUCTION)
    (intro_ja,) = emails_to(volunteer, OutboundEmail.Purpose.PAIR_INTRODUCTION)
    assert "山田" in intro_ne.body and "花子" not in intro_ne.body
    assert "जापानी" in intro_ne.body  # the volunteer writes in Japanese
    assert "ネパール語" in intro_ja.body
    for email, other in ((intro_ne, volunteer), (intro_ja, supported)):
        assert other.email not in email.body and other.phone not in email.body
    assert "JII" in intro_ja.body or "--" in intro_ja.body  # signed


def test_a_refused_change_writes_no_email(coordinator):
    pair = propose(coordinator)
    count = OutboundEmail.objects.count()
    with pytest.raises(ValidationError):
        pairs.introduce(pair, TODAY(), by=coordinator)
    assert OutboundEmail.objects.count() == count


# -- the signed links ---------------------------------------------------------------------


def test_each_person_accepts_through_their_link_and_a_replay_changes_nothing(coordinator):
    supported, volunteer = QueuedSupportedFactory(), ScreenedVolunteerFactory()
    pair = pairs.propose(supported, volunteer, by=coordinator)
    visitor = Client()
    supported_link = link_in(emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    page = visitor.get(supported_link)
    assert page.status_code == 200
    assert page["Cache-Control"] == "private, no-store"
    assert "स्वीकार" in page.content.decode()  # Nepali: the person's language
    assert Pair.objects.get(pk=pair.pk).supported_accepted_at is None  # opening changes nothing
    assert visitor.post(supported_link, {"answer": "accept"}).status_code == 200
    assert Pair.objects.get(pk=pair.pk).supported_accepted_at is not None
    replay = visitor.post(supported_link, {"answer": "decline"})
    assert replay.status_code == 200
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.PROPOSED
    volunteer_link = link_in(emails_to(volunteer, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    assert "承諾" in visitor.get(volunteer_link).content.decode()
    visitor.post(volunteer_link, {"answer": "accept"})
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.ACCEPTED
    change = PairChange.objects.get(pair=pair, to_status="accepted")
    assert change.by is None  # accepted by the person, not a coordinator


def test_declining_through_the_link_keeps_the_reason(coordinator):
    supported = QueuedSupportedFactory()
    pair = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    link = link_in(emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    Client().post(link, {"answer": "decline", "reason": "日曜は無理です"})
    pair.refresh_from_db()
    assert pair.status == PairStatus.DECLINED
    assert pair.changes.last().note == "日曜は無理です"
    assert status(supported) == ParticipantStatus.READY


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"answer": "delete"},
        {"answer": ["accept", "decline"]},
        {"answer": "decline", "reason": "\u202eevil"},
        {"answer": "decline", "reason": "x" * 5000},
    ],
)
def test_a_hostile_answer_is_refused_and_changes_nothing(coordinator, data):
    supported = QueuedSupportedFactory()
    pair = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    link = link_in(emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    response = Client().post(link, data)
    assert response.status_code in (200, 400)
    pair.refresh_from_db()
    assert pair.status == PairStatus.PROPOSED and pair.supported_accepted_at is None


@pytest.mark.parametrize(
    "token, salt",
    [
        ("nonsense", None),
        ("x" * 499, None),
        ("eyJwIjoxLCJzIjoicyJ9:1vQ:forged", None),
        ({"p": 1, "s": "s"}, "another.purpose"),
        ({"p": "1", "s": "s"}, links.PAIR_ANSWER_SALT),
        ({"p": 1, "s": "admin"}, links.PAIR_ANSWER_SALT),
        ({"p": True, "s": "s"}, links.PAIR_ANSWER_SALT),
        ([1, 2], links.PAIR_ANSWER_SALT),
        ({"p": 10**9, "s": "s"}, links.PAIR_ANSWER_SALT),
    ],
    ids=range(9),
)
def test_a_forged_link_gets_a_clear_page_not_an_error(token, salt):
    if salt:
        token = signing.dumps(token, salt=salt)
    for method in ("get", "post"):
        response = getattr(Client(), method)(f"/ja/pair/{token}/", {"answer": "accept"})
        assert response.status_code == 404
        assert "このリンクは使えません" in response.content.decode()


def test_an_expired_link_says_so_in_the_persons_language(coordinator, monkeypatch):
    supported = QueuedSupportedFactory()
    pair = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    link = link_in(emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    later = timezone.now() + links.PAIR_ANSWER_MAX_AGE + timedelta(hours=1)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = Client().post(link, {"answer": "accept"})
    assert response.status_code == 410
    assert "समाप्त" in response.content.decode()
    assert Pair.objects.get(pk=pair.pk).supported_accepted_at is None


def test_a_link_of_one_side_cannot_answer_for_the_other(coordinator):
    supported, volunteer = QueuedSupportedFactory(), ScreenedVolunteerFactory()
    pair = pairs.propose(supported, volunteer, by=coordinator)
    link = link_in(emails_to(supported, OutboundEmail.Purpose.PAIR_PROPOSAL)[0])
    Client().post(link, {"answer": "accept"})
    pair.refresh_from_db()
    assert pair.supported_accepted_at and pair.volunteer_accepted_at is None


# -- the timeline --------------------------------------------------------------------------


def test_the_registration_timeline_shows_the_pairs_moves(coordinator):
    supported = QueuedSupportedFactory()
    volunteer = ScreenedVolunteerFactory(name="Yamada Hanako")
    pair = to_active(coordinator, supported=supported, volunteer=volunteer)
    pairs.end(pair, by=coordinator, reason=EndReason.EARLY, note="転居")
    with translation.override("en"):
        entries = timeline.entries(supported)
    pair_entries = [entry for entry in entries if entry.what.startswith("Pair with Yamada Hanako")]
    assert [entry.what.split(": ")[1] for entry in pair_entries] == [
        "Proposed",
        "Accepted by both",
        "Introduced",
        "Active",
        "Ended",
    ]
    assert pair_entries[-1].detail == "転居"
    assert sum(entry.what.startswith("Status:") for entry in entries) == 3


# -- the pair's screen -------------------------------------------------------------------


def screen(pair) -> str:
    return f"/admin/participants_pair/inspect/{pair.pk}/"


@pytest.mark.parametrize("language, words", [("ja", "対応履歴"), ("en", "Timeline")])
def test_a_coordinator_walks_a_pair_to_active_on_its_screen(coordinator, language, words):
    supported = QueuedSupportedFactory()
    pair = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    staff = Client()
    staff.force_login(coordinator)
    headers = {"HTTP_ACCEPT_LANGUAGE": language}
    page = staff.get(screen(pair), **headers).content.decode()
    assert words in page and supported.name in page
    listing = staff.get("/admin/participants_pair/", {"status": "proposed"}).content.decode()
    assert screen(pair) in listing
    assert (
        screen(pair)
        not in staff.get("/admin/participants_pair/", {"status": "active"}).content.decode()
    )
    steps = [
        {"action": "accept", "accept-sides": ["s", "v"]},
        {"action": "introduce", "introduce-first_meeting": TODAY().isoformat()},
        {"action": "activate"},
    ]
    for data in steps:
        assert staff.post(screen(pair), data).status_code == 302, data
    pair.refresh_from_db()
    assert pair.status == PairStatus.ACTIVE and status(supported) == ParticipantStatus.ACTIVE


@pytest.mark.parametrize(
    "data",
    [
        {"action": "activate"},
        {"action": "introduce", "introduce-first_meeting": "tomorrow"},
        {"action": "accept", "accept-sides": ["x"]},
        {"action": "accept"},
        {"action": "end", "end-reason": "completed", "end-ended_on": "2026-01-01"},
        {"action": "decline", "decline-side": "admin"},
        {"action": "delete"},
        {},
    ],
    ids=range(8),
)
def test_a_crafted_post_on_the_pair_screen_changes_nothing(coordinator, data):
    pair = propose(coordinator)
    staff = Client()
    staff.force_login(coordinator)
    response = staff.post(screen(pair), data)
    assert response.status_code in (200, 302)
    pair.refresh_from_db()
    assert pair.status == PairStatus.PROPOSED and pair.supported_accepted_at is None
    assert PairChange.objects.filter(pair=pair).count() == 1


def test_the_privacy_officer_sees_the_pair_but_cannot_act(coordinator):
    pair = propose(coordinator)
    officer = Client()
    officer.force_login(UserFactory(privacy_officer=True))
    assert officer.get(screen(pair)).status_code == 200
    officer.post(screen(pair), {"action": "accept", "accept-sides": ["s", "v"]})
    assert Pair.objects.get(pk=pair.pk).status == PairStatus.PROPOSED
