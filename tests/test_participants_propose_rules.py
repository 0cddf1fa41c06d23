"""``pairs.propose`` itself enforces the hard matching rules: a caller that skipped the
suggestion screen (or read it before something changed) cannot create a pair a rule
excludes; only a previous partner may be proposed again, with the coordinator's reason."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from inquiries.models import ParticipantStatus
from participants import matching, pairs
from participants.models import Pair, PairChange, PairStatus
from tests.support.factories import (
    OrganizationFactory,
    ReadySupportedFactory,
    ReadyVolunteerFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def refusal(supported, volunteer, language="en", **kwargs) -> str:
    coordinator = UserFactory(coordinator=True)
    with translation.override(language):
        with pytest.raises(ValidationError) as error:
            pairs.propose(supported, volunteer, by=coordinator, **kwargs)
        message = " ".join(str(text) for text in error.value.messages)
    assert not Pair.objects.filter(supported=supported, status=PairStatus.PROPOSED).exists()
    return message


def cases():
    company, other = OrganizationFactory(), OrganizationFactory()
    busy = ReadyVolunteerFactory(capacity=1)
    Pair.objects.create(
        supported=ReadySupportedFactory(status=ParticipantStatus.MATCHED),
        volunteer=busy,
        setting="external",
        status=PairStatus.ACTIVE,
    )
    return {
        "format": (
            ReadySupportedFactory(activity_format="in_person"),
            ReadyVolunteerFactory(activity_format="online"),
        ),
        "activity": (
            ReadySupportedFactory(activity_type="long_term"),
            ReadyVolunteerFactory(activity_type="one_off"),
        ),
        "in_company": (
            ReadySupportedFactory(pair_preference="in_company", member_company=company),
            ReadyVolunteerFactory(member_company=other),
        ),
        "external": (
            ReadySupportedFactory(pair_preference="external", member_company=company),
            ReadyVolunteerFactory(member_company=company),
        ),
        "prefecture": (
            ReadySupportedFactory(activity_format="in_person", prefecture="tokyo"),
            ReadyVolunteerFactory(activity_format="both", prefecture="osaka"),
        ),
        "capacity": (ReadySupportedFactory(), busy),
        "language": (
            ReadySupportedFactory(japanese_level="none", languages=[]),
            ReadyVolunteerFactory(languages=[{"language": "ne", "level": "native"}]),
        ),
    }


@pytest.mark.parametrize("key", [key for key in matching.RULES if key != matching.OVERRIDABLE])
def test_each_hard_rule_is_enforced_at_propose_even_with_a_reason(key):
    supported, volunteer = cases()[key]
    assert matching.rule_of(supported, volunteer) == key
    expected = {"capacity": "This volunteer already has as many pairs as they can take."}
    message = refusal(supported, volunteer, override="The coordinator insists.")
    with translation.override("en"):
        assert message == expected.get(key, str(matching.RULES[key]))
    assert not PairChange.objects.filter(pair__supported=supported).exists()


def test_a_refusal_names_the_rule_in_the_admins_language():
    supported, volunteer = cases()["format"]
    with translation.override("ja"):
        japanese = str(matching.RULES["format"])
    assert japanese != "One wants to meet in person, the other online."
    assert refusal(supported, volunteer, language="ja") == japanese


def test_a_previous_partner_needs_the_reason_which_is_kept():
    supported, volunteer = ReadySupportedFactory(), ReadyVolunteerFactory(capacity=2)
    Pair.objects.create(
        supported=supported, volunteer=volunteer, setting="external", status=PairStatus.ENDED
    )
    assert matching.rule_of(supported, volunteer) == "previous"
    assert refusal(supported, volunteer) == (
        "They were paired before: say why they should be paired again."
    )
    reason = "They asked for each other after a move."
    pair = pairs.propose(supported, volunteer, by=UserFactory(coordinator=True), override=reason)
    assert pair.override == reason
    assert pair.changes.get().note == reason


def test_a_pair_no_rule_excludes_is_proposed():
    supported, volunteer = ReadySupportedFactory(), ReadyVolunteerFactory()
    assert matching.rule_of(supported, volunteer) is None
    pair = pairs.propose(supported, volunteer, by=UserFactory(coordinator=True))
    assert pair.status == PairStatus.PROPOSED
