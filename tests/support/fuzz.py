"""How many examples a property test draws in one run of the suite.

``make test`` runs the whole suite twice, on SQLite and on PostgreSQL, and Hypothesis
draws fresh random examples each time (it keeps only failing ones), so each run draws
half of what the property should be tried on and the two runs together try it all:
the engine-specific failures (a NUL PostgreSQL refuses, a collation SQLite ignores)
are looked for on both engines, the suite's time is spent once.
"""

from __future__ import annotations

RUNS_PER_SUITE = 2  # SQLite, then PostgreSQL (see the Makefile's test target)


def examples(wanted: int) -> int:
    """This run's share of ``wanted`` examples (at least 10)."""
    return max(10, -(-wanted // RUNS_PER_SUITE))
