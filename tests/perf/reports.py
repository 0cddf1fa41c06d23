"""The company report's figures for `make bench`: a member company with 200 participants
(100 supported, 100 volunteers), 250 long-term pairs started over a year and their
2,000 answered check-ins, 1,000 hours entries, 1,500 awareness answers and 300 one-off
activities. Prints the queries and the median time of the figures alone, of the admin's
HTML page and of its PDF. Figures only. ``python -m tests.perf.reports`` runs it alone.
"""

from __future__ import annotations

import datetime
import random
import statistics
import sys
import time

PARTICIPANTS = 200
PAIRS = 250
HTML_RUNS = 15
PDF_RUNS = 5


def build():
    """The company and a year of its program, written in bulk."""
    from django.utils import timezone
    from wagtail.models import Locale

    from inquiries.choices import Need, Role
    from leads.choices import Stage
    from leads.models import Organization
    from participants.models import (
        ActivityStatus,
        CheckIn,
        CheckInKind,
        CheckInSide,
        MeetingFormat,
        OneOffActivity,
        Pair,
        PairStatus,
        SurveyAnswer,
        SurveyMoment,
        SurveyQuestion,
        VolunteerHours,
    )
    from tests.perf.matching import people

    rng = random.Random(14)  # noqa: S311 - made-up data, not secrets
    today = timezone.localdate()
    start = today - datetime.timedelta(days=364)
    company = Organization.objects.create(
        name="Bench report company",
        enrolment_code="BENCHREP",
        stage=Stage.MEMBER,
        locale=Locale.objects.get(language_code="ja"),
    )
    supported = people(PARTICIPANTS // 2, Role.SUPPORTED, rng, [company])
    volunteers = people(PARTICIPANTS // 2, Role.VOLUNTEER, rng, [company])
    for person in [*supported, *volunteers]:
        person.member_company = company
    type(supported[0]).objects.bulk_update([*supported, *volunteers], ["member_company"])
    pairs = Pair.objects.bulk_create(
        Pair(
            supported=supported[n % len(supported)],
            volunteer=volunteers[(n * 7) % len(volunteers)],
            setting="in_company",
            status=PairStatus.ACTIVE,
            first_meeting=start + datetime.timedelta(days=n * 300 // PAIRS),
        )
        for n in range(PAIRS)
    )
    kinds = [CheckInKind.TWO_WEEKS, CheckInKind.ONE_MONTH, CheckInKind.THREE_MONTHS, "end"]
    check_ins = []
    for pair in pairs:
        for offset, kind in zip((14, 30, 90, 182), kinds, strict=True):
            day = min(pair.first_meeting + datetime.timedelta(days=offset), today)
            moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(20)))
            for side in CheckInSide:
                check_ins.append(
                    CheckIn(
                        pair=pair,
                        side=side,
                        kind=kind,
                        due_on=day,
                        sent_at=moment,
                        answered_at=moment,
                        meetings=rng.randint(1, 4),
                        minutes=rng.choice([60, 90, 120, 180]),
                        meeting_format=rng.choice(MeetingFormat.values),
                        satisfaction=rng.choices([1, 2, 3, 4, 5], [1, 2, 6, 12, 9])[0],
                        went_well="区役所の手続きを一緒にできました。"
                        if rng.random() < 0.5
                        else "",
                        concern="" if rng.random() < 0.9 else "時間が合わないことがあります。",
                        may_quote=rng.random() < 0.4,
                    )
                )
    CheckIn.objects.bulk_create(check_ins, batch_size=500)
    VolunteerHours.objects.bulk_create(
        (
            VolunteerHours(
                volunteer_id=c.pair.volunteer_id,
                pair=c.pair,
                date=c.due_on,
                minutes=c.minutes,
                kind="long_term",
                check_in=c,
            )
            for c in check_ins
            if c.side == CheckInSide.VOLUNTEER
        ),
        batch_size=500,
    )
    questions = list(SurveyQuestion.objects.filter(active=True))
    SurveyAnswer.objects.bulk_create(
        (
            SurveyAnswer(
                volunteer_id=pair.volunteer_id,
                pair=pair,
                moment=moment,
                question=question,
                rating=rng.randint(1, 3) if moment == SurveyMoment.START else rng.randint(3, 5),
                answered_at=timezone.make_aware(
                    datetime.datetime.combine(pair.first_meeting, datetime.time(9))
                )
                + datetime.timedelta(days=0 if moment == SurveyMoment.START else 180),
            )
            for pair in pairs
            for question in questions
            for moment in (SurveyMoment.START, SurveyMoment.END)
        ),
        batch_size=500,
    )
    needs = [need for need in Need.values if need != "other"]
    OneOffActivity.objects.bulk_create(
        (
            OneOffActivity(
                registration=rng.choice(supported),
                volunteer=rng.choice(volunteers),
                need=rng.choice(needs),
                date=start + datetime.timedelta(days=rng.randint(0, 364)),
                starts_at=datetime.time(10),
                ends_at=datetime.time(12),
                language="en",
                status=ActivityStatus.DONE,
            )
            for _n in range(300)
        ),
        batch_size=500,
    )
    return company, start, today, len(check_ins)


def main(prepared: bool = False) -> None:
    if not prepared:
        from tests.perf.bench import prepare_site

        prepare_site(prefix="ocp-bench-reports-")
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client

    from participants import reports

    company, start, end, check_ins = build()
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        reports.figures(company, start, end)
    figure_queries = queries
    timings = []
    for _ in range(HTML_RUNS):
        started = time.perf_counter()
        reports.figures(company, start, end)
        timings.append(time.perf_counter() - started)
    figures_ms = statistics.median(timings) * 1000

    user = get_user_model().objects.create_superuser("bench-reports", "bench@example.com", None)
    client = Client()
    client.force_login(user)
    query = {
        "company": str(company.pk),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "language": "ja",
    }

    def page(kind: str, runs: int) -> tuple[int, int, float, int]:
        nonlocal queries
        client.get("/admin/company-reports/", {**query, "format": kind})  # warm-up
        queries = 0
        with connection.execute_wrapper(count):
            response = client.get("/admin/company-reports/", {**query, "format": kind})
        seen, timings = queries, []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get("/admin/company-reports/", {**query, "format": kind})
            timings.append(time.perf_counter() - started)
        return response.status_code, seen, statistics.median(timings) * 1000, len(response.content)

    html = page("html", HTML_RUNS)
    pdf = page("pdf", PDF_RUNS)
    print(f"\ncompany report ({connection.vendor}):")
    print(
        f"  {PARTICIPANTS} participants, {PAIRS} pairs, {check_ins} check-ins over a year: "
        f"figures {figure_queries} queries, median {figures_ms:.0f} ms over {HTML_RUNS} runs"
    )
    print(
        f"  HTML page (ja): status {html[0]}, {html[1]} queries, median {html[2]:.0f} ms "
        f"over {HTML_RUNS} runs, {html[3] // 1024} KiB"
    )
    print(
        f"  PDF (ja): status {pdf[0]}, {pdf[1]} queries, median {pdf[2]:.0f} ms "
        f"over {PDF_RUNS} runs, {pdf[3] // 1024} KiB"
    )


if __name__ == "__main__":
    main()
    sys.exit(0)
