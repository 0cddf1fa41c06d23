"""Pairs for everyone waiting at once: the globally best draft under volunteers' places.

Suggesting volunteer by volunteer, best first (the *greedy* way, :func:`greedy`), gives
the first participant their best candidate even when that volunteer is the only good
one for the next participant and the first had another almost as good. The draft here
maximises the total score over all participants ready for matching instead: each
volunteer's remaining places become that many columns of a score matrix (the same
volunteer repeated), a pair a hard rule excludes scores 0, and
``scipy.optimize.linear_sum_assignment`` picks the assignment of largest total. Every
allowed pair scores more than 0 (a shared language alone is worth something), so a
participant left on a 0 is left unmatched: the draft never proposes an excluded pair.

Nothing is saved: the coordinator reviews the draft and confirms the rows they keep,
each proposed through ``participants.pairs.propose``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from inquiries import choices
from inquiries.models import ParticipantRegistration, ParticipantStatus
from participants import matching
from participants.models import Pair

if TYPE_CHECKING:
    import numpy as np


def waiting():
    """Supported participants ready for matching, first registered first."""
    return ParticipantRegistration.objects.filter(
        role=choices.Role.SUPPORTED, status=ParticipantStatus.READY, is_spam=False
    ).order_by("submitted_at", "pk")


def optimal(scores: np.ndarray, places: list[int]) -> list[tuple[int, int]]:
    """(row, column) pairs of the largest total score, each column ``j`` used at most
    ``places[j]`` times, each row at most once; entries of 0 are never chosen."""
    # numpy and scipy take half a second to import: every process start (each server,
    # worker and command) would pay it, while only a draft needs them.
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    columns = np.repeat(np.arange(len(places)), np.maximum(np.asarray(places, dtype=int), 0))
    if not scores.size or not columns.size:
        return []
    expanded = scores[:, columns]
    rows, chosen = linear_sum_assignment(expanded, maximize=True)
    return sorted(
        (int(row), int(columns[col]))
        for row, col in zip(rows, chosen, strict=True)
        if expanded[row, col] > 0
    )


def greedy(scores: np.ndarray, places: list[int]) -> list[tuple[int, int]]:
    """The baseline: the best remaining pair first, until no allowed pair is left."""
    import numpy as np  # at first use, as in optimal()

    left = list(places)
    taken: set[int] = set()
    pairs = []
    rows, cols = np.nonzero(scores > 0)
    order = sorted(zip(rows.tolist(), cols.tolist(), strict=True), key=lambda p: -scores[p])
    for row, col in order:
        if row not in taken and left[col] > 0:
            taken.add(row)
            left[col] -= 1
            pairs.append((row, col))
    return sorted(pairs)


def total(scores: np.ndarray, pairs: list[tuple[int, int]]) -> float:
    return float(sum(scores[row, col] for row, col in pairs))


@dataclass
class Row:
    """One proposed pair of the draft, with the reasons as the suggestions give them."""

    supported: ParticipantRegistration
    volunteer: ParticipantRegistration
    score: float
    reasons: list[str]


@dataclass
class Draft:
    rows: list[Row]
    unmatched: list[ParticipantRegistration]
    total: float
    greedy_total: float
    # supported pk -> the volunteers no rule excludes for them, best first, with scores
    # (what the screen offers when a coordinator changes a row's volunteer).
    options: dict[int, list[tuple[ParticipantRegistration, float]]] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return self.total / self.greedy_total if self.greedy_total else None


class Problem:
    """The participants, the volunteers with places left and the score of every pair,
    read in three queries (participants, volunteers with their places, earlier pairs)."""

    def __init__(self, supported=None):
        import numpy as np  # at first use, as in optimal()

        people = list(waiting() if supported is None else supported)
        volunteers = [v for v in matching.profiles(matching.candidates()) if v.taken < v.capacity]
        earlier = set(
            Pair.objects.filter(supported__in=[p.pk for p in people]).values_list(
                "supported_id", "volunteer_id"
            )
        )
        self.supported = [matching.Profile.of(person) for person in people]
        self.volunteers = volunteers
        self.places = [v.capacity - v.taken for v in self.volunteers]
        self.scores = np.zeros((len(self.supported), len(self.volunteers)))
        for i, person in enumerate(self.supported):
            for j, volunteer in enumerate(self.volunteers):
                volunteer.previous = (person.pk, volunteer.pk) in earlier
                if matching.rule(person, volunteer) is None:
                    self.scores[i, j] = matching.evaluate(person, volunteer, explain=False)[0]

    def draft(self, *, with_options: bool = False) -> Draft:
        chosen = optimal(self.scores, self.places)
        baseline = greedy(self.scores, self.places)
        rows = []
        for i, j in chosen:
            person, volunteer = self.supported[i], self.volunteers[j]
            score, reasons = matching.evaluate(person, volunteer)
            rows.append(Row(person.registration, volunteer.instance(), score, reasons))
        matched = {i for i, _j in chosen}
        options = {}
        if with_options:
            import numpy as np  # at first use, as in optimal()

            for i, person in enumerate(self.supported):
                allowed = [(self.scores[i, j], j) for j in np.nonzero(self.scores[i] > 0)[0]]
                allowed.sort(key=lambda item: (-item[0], item[1]))
                options[person.pk] = [
                    (self.volunteers[j].instance(), round(float(score), 2)) for score, j in allowed
                ]
        return Draft(
            rows=rows,
            unmatched=[p.registration for i, p in enumerate(self.supported) if i not in matched],
            total=round(total(self.scores, chosen), 2),
            greedy_total=round(total(self.scores, baseline), 2),
            options=options,
        )


def draft(*, with_options: bool = False) -> Draft:
    """The globally best draft for everyone waiting (nothing saved)."""
    return Problem().draft(with_options=with_options)
