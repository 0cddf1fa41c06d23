"""The coordinator's follow-up: the dashboard panel listing flagged pairs, overdue
check-ins and pairs near their half-year end (each a link to the pair), the pair's
screen with its check-ins' answers, flags and follow-ups, and who may see them."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from participants import checkins, followup
from participants.models import (
    CheckInKind,
    CheckInSide,
    FlagReason,
    FollowUp,
    FollowUpAction,
    PairFlag,
)
from participants.timeline import entries
from tests.support.factories import (
    ActivePairFactory,
    CheckInFactory,
    PairFlagFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

CONCERN = "最近、連絡が取れないことがあります。"
NOTE = "ボランティアに電話し、来週の予定を確認しました。"


def screen(pair) -> str:
    return f"/admin/participants_pair/inspect/{pair.pk}/"


def signed_in(**role) -> Client:
    client = Client()
    client.force_login(UserFactory(**role))
    return client


def home(client, language="ja") -> str:
    return client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language).content.decode()


def test_the_panel_lists_flagged_overdue_and_ending_pairs_each_a_link():
    flagged = ActivePairFactory()
    PairFlagFactory(pair=flagged, reason=FlagReason.LOW_SATISFACTION)
    overdue = ActivePairFactory()
    CheckInFactory(pair=overdue, sent_at=timezone.now() - timedelta(days=6))
    waiting = ActivePairFactory()  # emailed yesterday: not overdue yet
    CheckInFactory(pair=waiting, sent_at=timezone.now() - timedelta(days=1))
    ending = ActivePairFactory()
    end = timezone.localdate() + timedelta(days=20)
    CheckInFactory(pair=ending, kind=CheckInKind.END, due_on=end)
    later = ActivePairFactory()
    CheckInFactory(pair=later, kind=CheckInKind.END, due_on=end + timedelta(days=40))
    page = home(signed_in(coordinator=True))
    assert "フォローが必要なペア" in page and "満足度が低い（2以下）" in page
    for pair in (flagged, overdue, ending):
        assert f'href="{screen(pair)}"' in page
    for pair in (waiting, later):
        assert f'href="{screen(pair)}"' not in page
    assert f"{end.year}年{end.month}月{end.day}日" in page  # the end date, in Japanese


def test_the_panel_says_when_there_is_nothing_to_follow_up_in_english():
    page = home(signed_in(coordinator=True), "en")
    assert "Pairs to follow up" in page and "No pair is flagged." in page


def test_lead_staff_do_not_get_the_panel_nor_the_pair_screen():
    pair = ActivePairFactory()
    PairFlagFactory(pair=pair)
    lead = signed_in(lead_staff=True)
    page = home(lead)
    assert "フォローが必要なペア" not in page and pair.supported.name not in page
    assert lead.get(screen(pair)).status_code in (302, 403)


@pytest.mark.parametrize("role, sees", [("coordinator", True), ("privacy_officer", True)])
def test_check_in_answers_are_on_the_pair_screen_for_coordinators_and_the_privacy_officer(
    role, sees
):
    check_in = CheckInFactory(answered=True, concern=CONCERN)
    page = signed_in(**{role: True}).get(screen(check_in.pair), HTTP_ACCEPT_LANGUAGE="ja")
    assert page.status_code == 200
    assert (CONCERN in page.content.decode()) is sees


@pytest.mark.parametrize("role", ["lead_staff", "editor"])
def test_other_roles_never_see_check_in_answers(role):
    check_in = CheckInFactory(answered=True, concern=CONCERN)
    response = signed_in(**{role: True}).get(screen(check_in.pair))
    assert response.status_code in (302, 403)
    assert CONCERN not in response.content.decode()
    assert CONCERN not in home(signed_in(**{role: True}))


def test_a_follow_up_resolves_the_flag_and_goes_on_both_timelines():
    check_in = CheckInFactory(side=CheckInSide.VOLUNTEER)
    checkins.answer(
        check_in, meetings=1, hours="1", meeting_format="online", satisfaction=2, contact_me=True
    )
    pair = check_in.pair
    low, contact = pair.flags.order_by("reason")
    coordinator = signed_in(coordinator=True)
    response = coordinator.post(
        screen(pair),
        {
            "action": "follow_up",
            "follow_up-action": FollowUpAction.RESOLVED,
            "follow_up-flag": str(contact.pk),
            "follow_up-note": NOTE,
        },
    )
    assert response.status_code == 302
    contact.refresh_from_db()
    low.refresh_from_db()
    assert contact.resolved_at is not None and low.resolved_at is None
    page = coordinator.get(screen(pair), HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert NOTE in page and "フォローアップ：対応済み" in page
    assert "定期確認への回答：2週間後、満足度2" in page
    what = [entry.what for entry in entries(pair.volunteer)]
    assert any("対応済み" in line or "Resolved" in line for line in what)
    assert [p for p, _flags in followup.dashboard().flagged] == [pair]  # one still open


@pytest.mark.parametrize(
    "data",
    [
        {"follow_up-action": "note", "follow_up-note": ""},
        {"follow_up-action": "resolved", "follow_up-note": "done"},  # which flag?
        {"follow_up-action": "hacked", "follow_up-note": "x"},
        {"follow_up-action": "note", "follow_up-note": "a\x00b"},
        {"follow_up-action": "resolved", "follow_up-flag": "999999"},
    ],
    ids=range(5),
)
def test_a_bad_follow_up_shows_a_message_and_stores_nothing(data):
    flag = PairFlagFactory()
    response = signed_in(coordinator=True).post(
        screen(flag.pair), {"action": "follow_up", **data}, HTTP_ACCEPT_LANGUAGE="ja"
    )
    assert response.status_code == 200
    assert "error" in response.content.decode()
    assert not FollowUp.objects.exists()
    flag.refresh_from_db()
    assert flag.resolved_at is None


def test_the_privacy_officer_cannot_record_a_follow_up():
    flag = PairFlagFactory()
    officer = signed_in(privacy_officer=True)
    officer.post(
        screen(flag.pair),
        {"action": "follow_up", "follow_up-action": "note", "follow_up-note": NOTE},
    )
    assert not FollowUp.objects.exists()


def test_a_resolved_flag_leaves_the_dashboard():
    flag = PairFlagFactory(reason=FlagReason.CONCERN)
    assert followup.dashboard().flagged
    followup.record(flag.pair, action=FollowUpAction.RESOLVED, flag=flag, by=None)
    assert not followup.dashboard().flagged
    assert PairFlag.objects.open().count() == 0


def test_nearing_the_end_is_counted_from_today():
    pair = ActivePairFactory()
    checkins.schedule(pair, now=timezone.now() - timedelta(days=160))
    soon = followup.dashboard()
    assert [p for p, _end in soon.nearing_end] == [pair]
    far = followup.dashboard(now=timezone.now() - timedelta(days=30))
    assert not far.nearing_end
