"""The draft for everyone waiting: the largest total score under volunteers' places
(checked against every possible assignment on small random cases), never an excluded
pair, better than proposing best-first where best-first goes wrong, and the command's
JSON that saves nothing."""

from __future__ import annotations

import itertools
import json
import random
from io import StringIO

import numpy as np
import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.test import Client

from inquiries.models import ParticipantStatus
from participants import assignment
from participants.models import Pair, PairStatus
from tests.support.factories import ReadySupportedFactory, ReadyVolunteerFactory, UserFactory


def brute_force(scores: np.ndarray, places: list[int]) -> float:
    """The best total over every assignment: each row to a column or to nobody."""
    rows, cols = scores.shape
    best = 0.0
    for choice in itertools.product([None, *range(cols)], repeat=rows):
        used = [0] * cols
        total = 0.0
        feasible = True
        for row, col in enumerate(choice):
            if col is None:
                continue
            used[col] += 1
            if used[col] > places[col] or scores[row, col] <= 0:
                feasible = False
                break
            total += scores[row, col]
        if feasible:
            best = max(best, total)
    return best


def valid(pairs, scores, places) -> bool:
    rows = [row for row, _col in pairs]
    used = np.bincount([col for _row, col in pairs], minlength=len(places))
    return (
        len(rows) == len(set(rows))
        and all(used[j] <= places[j] for j in range(len(places)))
        and all(scores[row, col] > 0 for row, col in pairs)
    )


@pytest.mark.parametrize("seed", range(40))
def test_the_draft_is_optimal_on_small_random_cases(seed):
    rng = random.Random(seed)
    rows, cols = rng.randint(1, 5), rng.randint(1, 3)
    scores = np.array(
        [
            [0.0 if rng.random() < 0.3 else round(rng.uniform(0.5, 10), 1) for _ in range(cols)]
            for _ in range(rows)
        ]
    )
    places = [rng.randint(0, 2) for _ in range(cols)]
    chosen = assignment.optimal(scores, places)
    baseline = assignment.greedy(scores, places)
    assert valid(chosen, scores, places) and valid(baseline, scores, places)
    best = brute_force(scores, places)
    assert assignment.total(scores, chosen) == pytest.approx(best)
    assert assignment.total(scores, baseline) <= best + 1e-9


def test_greedy_can_be_strictly_worse():
    # A's best volunteer is also the only good one for B; A has another almost as good.
    scores = np.array([[10.0, 9.0], [9.0, 1.0]])
    assert assignment.greedy(scores, [1, 1]) == [(0, 0), (1, 1)]
    assert assignment.optimal(scores, [1, 1]) == [(0, 1), (1, 0)]
    assert assignment.total(scores, assignment.optimal(scores, [1, 1])) == 18
    assert assignment.total(scores, assignment.greedy(scores, [1, 1])) == 11


def test_capacity_lets_one_volunteer_take_several_and_forbidden_pairs_stay_empty():
    scores = np.array([[5.0, 0.0], [4.0, 0.0], [3.0, 0.0]])
    assert assignment.optimal(scores, [2, 1]) == [(0, 0), (1, 0)]  # third: nobody
    assert assignment.optimal(scores, [0, 3]) == []
    assert assignment.optimal(np.zeros((0, 0)), []) == []


# -- on registrations -------------------------------------------------------------------


@pytest.mark.django_db
def test_the_draft_on_registrations_beats_greedy_and_respects_the_rules():
    # Two participants, two volunteers of one place each. Ana fits both volunteers
    # (Kenji a bit better); Bo fits only Kenji. Best-first gives Kenji to Ana and
    # leaves Bo alone; the draft gives Kenji to Bo and Mika to Ana.
    ana = ReadySupportedFactory(
        name="Ana", availability=["weekend_daytime"], needs=["hospital"], activity_format="both"
    )
    bo = ReadySupportedFactory(
        name="Bo", availability=["weekday_evening"], needs=[], activity_format="in_person"
    )
    kenji = ReadyVolunteerFactory(
        name="Kenji", availability=["weekend_daytime", "weekday_evening"], help_with=["hospital"]
    )
    mika = ReadyVolunteerFactory(
        name="Mika",
        availability=["weekend_daytime"],
        help_with=["hospital"],
        prefecture="osaka",
        activity_format="online",
    )
    full = ReadyVolunteerFactory(name="Full", capacity=1)
    Pair.objects.create(
        supported=ReadySupportedFactory(status=ParticipantStatus.MATCHED),
        volunteer=full,
        setting="external",
        status=PairStatus.ACTIVE,
    )
    ReadySupportedFactory(status=ParticipantStatus.INTERVIEW_DONE)  # not waiting

    problem = assignment.Problem()
    draft = problem.draft(with_options=True)
    chosen = {row.supported.pk: row.volunteer.pk for row in draft.rows}
    assert chosen == {ana.pk: mika.pk, bo.pk: kenji.pk}
    assert draft.unmatched == []
    assert draft.total > draft.greedy_total
    assert all(row.reasons and row.score > 0 for row in draft.rows)
    assert [v.pk for v, _s in draft.options[bo.pk]] == [kenji.pk]
    assert [v.pk for v, _s in draft.options[ana.pk]] == [kenji.pk, mika.pk]
    assert full.pk not in {v.registration.pk for v in problem.volunteers}


@pytest.mark.django_db
def test_suggest_pairs_prints_the_draft_as_json_and_saves_nothing():
    ana = ReadySupportedFactory(name="Ana")
    lone = ReadySupportedFactory(name="Lone", activity_format="online")
    kenji = ReadyVolunteerFactory(activity_format="in_person")
    out = StringIO()
    call_command("suggest_pairs", "--json", "--language", "en", stdout=out)
    printed = json.loads(out.getvalue())
    assert printed["pairs"] == [
        {
            "participant": ana.pk,
            "volunteer": kenji.pk,
            "score": printed["pairs"][0]["score"],
            "reasons": printed["pairs"][0]["reasons"],
        }
    ]
    assert printed["pairs"][0]["score"] > 0
    assert printed["pairs"][0]["reasons"][0].startswith("Both speak")
    assert printed["unmatched"] == [lone.pk]
    assert printed["total"] == printed["pairs"][0]["score"]
    assert not Pair.objects.exists()
    ana.refresh_from_db()
    assert ana.status == ParticipantStatus.READY

    table = StringIO()
    call_command("suggest_pairs", "--language", "ja", stdout=table)
    assert "どちらも" in table.getvalue() and str(kenji.pk) in table.getvalue()


# -- the screen ----------------------------------------------------------------------------

DRAFT = "/admin/inquiries_participantregistration/suggest-all/"


def coordinator(language="en", **role) -> Client:
    client = Client()
    client.force_login(UserFactory(language=language, **(role or {"coordinator": True})))
    return client


def shown(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


@pytest.fixture
def waiting_pairs():
    """Ana and Bo waiting, Kenji and Mika with one place each (the case above)."""
    ana = ReadySupportedFactory(name="Ana", availability=["weekend_daytime"], needs=["hospital"])
    bo = ReadySupportedFactory(
        name="Bo", availability=["weekday_evening"], needs=[], activity_format="in_person"
    )
    kenji = ReadyVolunteerFactory(
        name="Kenji", availability=["weekend_daytime", "weekday_evening"], help_with=["hospital"]
    )
    mika = ReadyVolunteerFactory(
        name="Mika", availability=["weekend_daytime"], prefecture="osaka", activity_format="online"
    )
    return ana, bo, kenji, mika


@pytest.mark.django_db
def test_the_draft_screen_shows_the_rows_in_english_and_japanese(waiting_pairs):
    ana, bo, kenji, mika = waiting_pairs
    page = coordinator().get(DRAFT).content.decode()
    assert "2 participants waiting" in page
    assert f'name="volunteer-{bo.pk}"' in page
    assert f'<option value="{kenji.pk}" selected>' in page  # Bo gets Kenji
    assert f'<option value="{mika.pk}" selected>' in page  # Ana gets Mika
    assert "Both speak" in page
    page = coordinator("ja").get(DRAFT).content.decode()
    assert "待っている全員のペアを提案" in page and "どちらも" in page
    assert "チェックしたペアを提案する" in page


@pytest.mark.django_db
def test_confirming_proposes_the_ticked_rows_with_a_changed_volunteer(waiting_pairs):
    ana, bo, kenji, mika = waiting_pairs
    client = coordinator()
    # Ana gets Kenji instead of Mika; Bo's row is unticked.
    response = client.post(
        DRAFT,
        {"keep": [ana.pk], f"volunteer-{ana.pk}": kenji.pk, f"volunteer-{bo.pk}": kenji.pk},
        follow=True,
    )
    assert shown(response) == ["1 pair proposed."]
    made = Pair.objects.get()
    assert (made.supported, made.volunteer) == (ana, kenji)
    assert made.score and made.reasons
    bo.refresh_from_db()
    assert bo.status == ParticipantStatus.READY


@pytest.mark.django_db
def test_refused_rows_are_named_and_the_others_proposed(waiting_pairs):
    ana, bo, kenji, mika = waiting_pairs
    other = ReadySupportedFactory(status=ParticipantStatus.INTERVIEW_DONE)
    response = coordinator().post(
        DRAFT,
        {
            "keep": [ana.pk, bo.pk, bo.pk, other.pk, "x"],
            f"volunteer-{ana.pk}": kenji.pk,
            f"volunteer-{bo.pk}": mika.pk,  # excluded: in person only against online
            f"volunteer-{other.pk}": mika.pk,
        },
        follow=True,
    )
    assert shown(response) == [
        "1 pair proposed.",
        "A participant who is not waiting for a pair was skipped.",
        "A participant who is not waiting for a pair was skipped.",
        "Bo and Mika: One wants to meet in person, the other online.",
    ]
    assert list(Pair.objects.values_list("supported", "volunteer")) == [(ana.pk, kenji.pk)]


@pytest.mark.django_db
def test_one_place_given_twice_and_forged_volunteers_are_refused(waiting_pairs):
    ana, bo, kenji, mika = waiting_pairs
    supported = ReadySupportedFactory(name="Cy")
    response = coordinator().post(
        DRAFT,
        {
            "keep": [ana.pk, bo.pk, supported.pk],
            f"volunteer-{ana.pk}": kenji.pk,
            f"volunteer-{bo.pk}": kenji.pk,  # Kenji has one place: taken by Ana's row
            f"volunteer-{supported.pk}": ana.pk,  # not a volunteer
        },
        follow=True,
    )
    messages_ = shown(response)
    assert messages_[0] == "1 pair proposed."
    assert "Bo and Kenji: The volunteer already has as many pairs as they can take." in messages_
    assert "Cy: please choose a volunteer who may be paired." in messages_
    assert Pair.objects.count() == 1


@pytest.mark.django_db
def test_nothing_ticked_and_who_may_confirm(waiting_pairs):
    response = coordinator().post(DRAFT, {}, follow=True)
    assert shown(response) == ["No row was ticked: nothing was proposed."]
    ana, _bo, kenji, _mika = waiting_pairs
    privacy = coordinator(privacy_officer=True)
    assert privacy.get(DRAFT).status_code == 200
    refused = privacy.post(DRAFT, {"keep": [ana.pk], f"volunteer-{ana.pk}": kenji.pk})
    assert refused.status_code == 403 or refused["Location"] == "/admin/"
    assert not Pair.objects.exists()
