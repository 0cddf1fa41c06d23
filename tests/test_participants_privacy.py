"""What coordinators record about a registration (screening steps with their notes,
review decisions and status changes with their reasons) is the person's data too: the
disclosure lists it, erasure removes it, and a colleague's records stay untouched."""

from __future__ import annotations

import datetime

import pytest

from inquiries.privacy import disclosure, erase
from participants import services
from participants.models import (
    Decision,
    IdentityMethod,
    ReviewDecision,
    ScreeningStep,
    StatusChange,
    Step,
)
from tests.support.factories import ParticipantRegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db

NOTE = "面談メモ：火曜の夕方なら参加できるとのこと"
REASON = "在留カードで確認済み。勤務先の人事にも確認"


@pytest.fixture
def coordinator():
    return UserFactory(coordinator=True)


def screened(email: str, coordinator, note: str = NOTE):
    """A flagged registration taken through every step, with the decision on the flag."""
    registration = ParticipantRegistrationFactory(
        email=email, needs_review=True, review_reason="years in Japan"
    )
    services.record_step(
        registration, Step.IDENTITY, actor=coordinator, method=IdentityMethod.choices[0][0]
    )
    day = datetime.date(2026, 12, 1)
    services.record_step(registration, Step.ORIENTATION, actor=coordinator, held_on=day)
    services.record_step(registration, Step.INTERVIEW, actor=coordinator, held_on=day, notes=note)
    services.decide_review(registration, Decision.ACCEPTED, actor=coordinator, reason=REASON)
    return registration


def test_the_disclosure_lists_what_coordinators_recorded_about_the_registration(coordinator):
    registration = screened("sita@example.jp", coordinator)
    copy = disclosure("sita@example.jp")
    steps = copy["screeningstep"]
    assert [row["registration"] for row in steps] == [registration.pk] * 3
    assert any(row["notes"] == NOTE for row in steps)
    assert [row["reason"] for row in copy["reviewdecision"]] == [REASON]


def test_erasure_removes_them_and_leaves_a_colleagues_alone(coordinator):
    screened("sita@example.jp", coordinator)
    colleague = screened("ram@example.jp", coordinator, note="別の人のメモ")
    kept = {
        model: set(model.objects.filter(registration=colleague).values_list("pk", flat=True))
        for model in (ScreeningStep, ReviewDecision, StatusChange)
    }
    counts = erase("sita@example.jp")
    assert counts["screeningstep"] == 3 and counts["reviewdecision"] == 1
    assert not ScreeningStep.objects.filter(notes=NOTE).exists()
    assert not ReviewDecision.objects.exclude(registration=colleague).exists()
    assert not StatusChange.objects.exclude(registration=colleague).exists()
    for model, pks in kept.items():
        assert set(model.objects.values_list("pk", flat=True)) == pks, model
    assert disclosure("sita@example.jp") == {}
