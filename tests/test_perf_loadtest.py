"""`make loadtest`'s verdict: the run fails on a 5xx, a transport error, a lost or extra
record, or a submission stored as spam; slow answers are reported, never failed on."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.perf import loadtest

SITE = Path(loadtest.__file__).parent


def outcomes(**answers: int) -> dict:
    return {
        "seconds": 10.0,
        "answers": {"page 200": 80, "form post 302": 5, "api post 201": 5, **answers},
        "milliseconds": {"page": [float(n) for n in range(1, 101)], "api post": [40.0] * 5},
    }


def test_a_clean_run_passes_and_prints_the_figures(capsys):
    assert loadtest.report(outcomes(), stored=10, spam=0) == 0
    printed = capsys.readouterr().out
    assert "accepted 10, records stored 10: equal" in printed
    assert "page views p95 95 ms" in printed


def test_slow_pages_are_reported_but_do_not_fail_the_run(capsys):
    slow = outcomes()
    slow["milliseconds"]["page"] = [500.0] * 100
    assert loadtest.report(slow, stored=10, spam=0) == 0
    assert "target < 100 ms MISSED" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("answers", "stored", "spam", "problem"),
    [
        ({"page 500": 1}, 10, 0, "1 answers with a 5xx status"),
        ({"form post 502": 2}, 10, 0, "2 answers with a 5xx status"),
        ({"page ConnectionResetError": 1}, 10, 0, "transport errors"),
        ({}, 9, 0, "9 records stored for 10 accepted submissions"),
        ({}, 11, 0, "11 records stored for 10 accepted submissions"),
        ({}, 10, 1, "1 submissions stored as spam"),
    ],
)
def test_a_broken_guarantee_fails_the_run(capsys, answers, stored, spam, problem):
    assert loadtest.report(outcomes(**answers), stored=stored, spam=spam) == 1
    assert f"FAILED: {problem}" in capsys.readouterr().out


def test_the_locustfile_stays_free_of_django():
    """It runs inside locust's gevent process, which must not set Django up."""
    tree = ast.parse((SITE / "locustfile.py").read_text())
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "locust" in imported
    assert not imported & {"django", "wagtail", "ocp", "home", "inquiries", "programs", "faq"}
