"""`make loadtest`: locust against gunicorn (4 workers) on SQLite, then on PostgreSQL.

Each run builds a throw-away site (``tests.perf.bench.prepare_site``: migrated, content loaded,
hashed static files), serves it on a loopback port (``tests.perf.bench.gunicorn``, with the rate
limit and the too-fast rule lifted for the run) and lets locust's visitors
(``tests/perf/locustfile.py``) read pages in every language and send the inquiry form, as HTML
and through the JSON API, for a bounded time. It prints requests per second, p50/p95/p99
per kind and the errors, and fails (exit status 1) on any 5xx, any transport error, or
when the records stored differ from the submissions accepted. The page-view p95 target
(``P95_TARGET_MS``) is reported, not enforced: it depends on what else the machine runs.

PostgreSQL: a fresh database next to ``LOADTEST_POSTGRES_URL`` (default
``postgres://postgres@127.0.0.1:5432/ocp_loadtest``, suffixed with the process id) is
created for the run and dropped after it; when no server answers, that run is skipped
with a message.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

P95_TARGET_MS = 100
WARMUP_SECONDS = 5  # run first, left out of the timings (not of the checks)
KINDS = ("page", "form page", "form post", "api form", "api post")
ACCEPTED = {"form post": "302", "api post": "201"}
DEFAULT_POSTGRES_URL = "postgres://postgres@127.0.0.1:5432/ocp_loadtest"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("LOADTEST_SECONDS", 30)))
    parser.add_argument("--users", type=int, default=int(os.environ.get("LOADTEST_USERS", 10)))
    parser.add_argument("--database", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--run", metavar="DATABASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        return run(args.run, args.seconds, args.users)

    failed = False
    if args.database in ("sqlite", "both"):
        with tempfile.TemporaryDirectory(prefix="ocp-load-") as folder:
            failed |= child(f"sqlite:///{folder}/db.sqlite3", args) != 0
    if args.database in ("postgresql", "both"):
        failed |= postgresql_run(args) != 0
    return 1 if failed else 0


def child(database_url: str, args: argparse.Namespace) -> int:
    """Each database gets its own process: settings read DATABASE_URL once, at start-up."""
    command = [sys.executable, "-m", "tests.perf.loadtest", "--run", database_url]
    command += ["--seconds", str(args.seconds), "--users", str(args.users)]
    return subprocess.call(command)  # noqa: S603 - our own module, fixed arguments


def postgresql_run(args: argparse.Namespace) -> int:
    import psycopg
    from psycopg import sql

    url = urlsplit(os.environ.get("LOADTEST_POSTGRES_URL", DEFAULT_POSTGRES_URL))
    name = f"{url.path.lstrip('/') or 'ocp_loadtest'}_{os.getpid()}"
    maintenance = urlunsplit(url._replace(path="/postgres"))
    try:
        admin = psycopg.connect(maintenance, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        print(f"\nPostgreSQL: skipped, no server answers at {url.hostname}:{url.port} ({error})")
        return 0
    with admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        try:
            return child(urlunsplit(url._replace(path=f"/{name}")), args)
        finally:
            drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
            admin.execute(drop.format(sql.Identifier(name)))


def run(database_url: str, seconds: int, users: int) -> int:
    os.environ["DATABASE_URL"] = database_url
    from tests.perf.bench import LOAD_ENV, gunicorn, prepare_site

    workdir = prepare_site(prefix="ocp-load-")
    from django.db import connection

    from inquiries.models import Inquiry

    before = Inquiry.objects.count()
    outcomes_path = workdir / "outcomes.json"
    log_path = workdir / "locust.log"
    with gunicorn(4, **LOAD_ENV) as base, log_path.open("w") as log:
        subprocess.run(  # noqa: S603 - fixed arguments, loopback only
            [
                sys.executable,
                "-m",
                "locust",
                "-f",
                str(Path(__file__).with_name("locustfile.py")),
                "--headless",
                "--users",
                str(users),
                "--spawn-rate",
                str(users),
                "--run-time",
                f"{seconds + WARMUP_SECONDS}s",
                "--stop-timeout",
                "30",
                "--host",
                base,
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env={
                **os.environ,
                "LOADTEST_OUTCOMES": str(outcomes_path),
                "LOADTEST_WARMUP": str(WARMUP_SECONDS),
            },
            stdout=log,
            stderr=subprocess.STDOUT,
            check=False,
        )
    if not outcomes_path.exists():
        print(f"locust did not finish; its log: {log_path}")
        return 1
    outcomes = json.loads(outcomes_path.read_text())
    stored = Inquiry.objects.count() - before
    spam = Inquiry.objects.filter(is_spam=True).count()
    print(
        f"\nLoad test on {connection.vendor}: gunicorn with 4 workers, {users} locust users, "
        f"{outcomes['seconds']:.0f} s measured after a {WARMUP_SECONDS} s warm-up, loopback"
    )
    # The figures depend on what else the machine runs: say how busy it was.
    print(f"  {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end")
    from django.conf import settings

    backend = settings.CACHES["pages"]["BACKEND"].rsplit(".", 1)[1]
    state = f"on ({backend})" if settings.PAGE_CACHE_SECONDS else "off"
    print(f"  page cache {state} (PAGE_CACHE_SECONDS={settings.PAGE_CACHE_SECONDS})")
    status = report(outcomes, stored, spam)
    if status == 0:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        print(f"  locust's log: {log_path}")
    return status


def percentile(ordered: list[float], share: float) -> float:
    """Nearest-rank percentile of an ordered list."""
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def report(outcomes: dict, stored: int, spam: int) -> int:
    """Prints the figures and returns 1 when a guarantee was broken."""
    elapsed = outcomes["seconds"]
    timings = {kind: sorted(values) for kind, values in outcomes["milliseconds"].items()}
    total = sum(len(values) for values in timings.values())
    print(f"  {total / elapsed:.1f} requests/s, {total} requests")
    print(f"  {'kind':<11}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}")
    for kind in KINDS:
        values = timings.get(kind)
        if values:
            p50, p95, p99 = (percentile(values, share) for share in (0.50, 0.95, 0.99))
            print(
                f"  {kind:<11}{len(values):>9}{len(values) / elapsed:>8.1f}"
                f"{p50:>8.0f}{p95:>8.0f}{p99:>8.0f}"
            )
    by_status: dict[str, dict[str, int]] = {}
    for key, count in outcomes["answers"].items():
        kind, _, status = key.rpartition(" ")
        by_status.setdefault(kind, {})[status] = count
    print("  answers: " + "; ".join(f"{k}: {v}" for k, v in sorted(by_status.items())))

    accepted = sum(by_status.get(kind, {}).get(code, 0) for kind, code in ACCEPTED.items())
    server_errors = sum(
        count for answers in by_status.values() for s, count in answers.items() if s[0] == "5"
    )
    unexpected = {
        f"{kind} {status}": count
        for kind, answers in by_status.items()
        for status, count in answers.items()
        if not status.isdigit()
    }
    page_p95 = percentile(timings["page"], 0.95) if timings.get("page") else None
    problems = []
    if server_errors:
        problems.append(f"{server_errors} answers with a 5xx status")
    if unexpected:
        problems.append(f"transport errors {unexpected}")
    if stored != accepted:
        problems.append(f"{stored} records stored for {accepted} accepted submissions")
    if spam:
        problems.append(f"{spam} submissions stored as spam")
    print(
        f"  submissions accepted {accepted}, records stored {stored}: "
        f"{'equal' if stored == accepted else 'NOT EQUAL'}"
    )
    if page_p95 is not None:
        verdict = "met" if page_p95 < P95_TARGET_MS else "MISSED"
        print(f"  page views p95 {page_p95:.0f} ms: target < {P95_TARGET_MS} ms {verdict}")
    for problem in problems:
        print(f"  FAILED: {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
