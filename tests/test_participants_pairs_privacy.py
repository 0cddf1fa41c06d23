"""Pairs, their changes and one-off activities are the people's data too: the
disclosure of either person lists them, erasing one removes what is theirs, and a
one-off activity of another person that an erased volunteer went to stays, unlinked."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from inquiries.privacy import disclosure, erase
from participants import activities, pairs
from participants.links import Side
from participants.models import EndReason, OneOffActivity, Pair, PairChange
from tests.support.factories import QueuedSupportedFactory, ScreenedVolunteerFactory, UserFactory

pytestmark = pytest.mark.django_db

END_NOTE = "転勤のため途中終了（本人から電話あり）"
DECLINE_NOTE = "日曜しか空いていないとのこと"


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def history(coordinator):
    """A supported participant with an ended pair and a declined one, and a one-off
    activity their volunteer confirmed."""
    supported = QueuedSupportedFactory(email="sita@example.jp")
    volunteer = ScreenedVolunteerFactory(email="hanako@example.jp")
    pair = pairs.propose(supported, volunteer, by=coordinator)
    pairs.accept(pair, [Side.SUPPORTED, Side.VOLUNTEER], by=coordinator)
    pairs.introduce(pair, timezone.localdate(), by=coordinator)
    pairs.activate(pair, by=coordinator)
    pairs.end(pair, by=coordinator, reason=EndReason.EARLY, note=END_NOTE)
    declined = pairs.propose(supported, ScreenedVolunteerFactory(), by=coordinator)
    pairs.decline(declined, Side.VOLUNTEER, reason=DECLINE_NOTE)
    activity = activities.record(
        supported,
        need="hospital",
        date=timezone.localdate() + datetime.timedelta(days=2),
        starts_at=datetime.time(10),
        ends_at=datetime.time(11),
        prefecture="tokyo",
        language="ne",
        details="小児科",
    )
    activities.assign(activity, volunteer, by=coordinator)
    activities.answer(activity, volunteer_id=volunteer.pk, confirm=True)
    return supported, volunteer, pair, declined, activity


def test_the_disclosure_of_each_person_lists_their_pairs_changes_and_activities(coordinator):
    supported, volunteer, pair, declined, activity = history(coordinator)
    copy = disclosure("sita@example.jp")
    assert {row["id"] for row in copy["pair"]} == {pair.pk, declined.pk}
    notes = {row["note"] for row in copy["pairchange"]}
    assert {END_NOTE, DECLINE_NOTE} <= notes
    assert [row["id"] for row in copy["oneoffactivity"]] == [activity.pk]
    theirs = disclosure("hanako@example.jp")
    assert [row["id"] for row in theirs["pair"]] == [pair.pk]
    assert [row["id"] for row in theirs["oneoffactivity"]] == [activity.pk]


def test_erasing_the_supported_participant_removes_their_pairs_and_activities(coordinator):
    supported, volunteer, pair, declined, activity = history(coordinator)
    colleague_pair = pairs.propose(QueuedSupportedFactory(), ScreenedVolunteerFactory(), by=None)
    counts = erase("sita@example.jp")
    assert counts["pair"] == 2 and counts["pairchange"] == 7 and counts["oneoffactivity"] == 1
    assert not PairChange.objects.filter(note__in=[END_NOTE, DECLINE_NOTE]).exists()
    assert list(Pair.objects.all()) == [colleague_pair]
    assert colleague_pair.changes.count() == 1
    assert not OneOffActivity.objects.exists()
    assert disclosure("sita@example.jp") == {}


def test_erasing_a_volunteer_unlinks_them_from_another_persons_activity(coordinator):
    supported, volunteer, pair, declined, activity = history(coordinator)
    erase("hanako@example.jp")
    activity.refresh_from_db()
    assert activity.volunteer is None and activity.registration == supported
    assert not Pair.objects.filter(pk=pair.pk).exists()  # the pair was both people's
    assert Pair.objects.filter(pk=declined.pk).exists()  # another volunteer's stays
    assert "hanako@example.jp" not in str(disclosure("sita@example.jp"))
