"""Matching's figures for `make bench`: ``suggest`` for one participant among 5,000
volunteers (median time and queries) and the global draft for 500 participants and 500
volunteers (time, total score against the greedy baseline). Figures only.

The people are made up from a fixed seed, with the mix the program expects: volunteers
mostly Japanese natives in and around Tokyo and Osaka, some speaking English or a
participant's language; participants speaking Nepali, Vietnamese, Chinese, Tagalog… with
some English and some Japanese; formats, activity types, time slots, needs, interests
and companies drawn at random. ``python -m tests.perf.matching`` runs it alone.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import uuid
from datetime import timedelta

VOLUNTEERS = 5000
DRAFT_SIZE = 500
RUNS = 15

PLACES = {
    "tokyo": ["Shinjuku-ku", "Toshima-ku", "Setagaya-ku", "Edogawa-ku", "Hachioji-shi"],
    "kanagawa": ["Yokohama-shi", "Kawasaki-shi", "Sagamihara-shi"],
    "saitama": ["Saitama-shi", "Kawaguchi-shi"],
    "chiba": ["Chiba-shi", "Funabashi-shi"],
    "osaka": ["Osaka-shi", "Sakai-shi"],
    "aichi": ["Nagoya-shi", "Toyota-shi"],
}
PREFECTURE_WEIGHTS = [40, 20, 12, 10, 12, 6]
HOME_LANGUAGES = ["ne", "vi", "zh", "tl", "pt", "id", "my", "si", "ko", "th"]


def people(count: int, role: str, rng: random.Random, companies: list) -> list:
    from django.conf import settings
    from django.utils import timezone
    from wagtail.models import Locale

    from inquiries import choices
    from inquiries.models import ParticipantRegistration, ParticipantStatus

    locale = Locale.objects.get(language_code="ja")
    start = timezone.now() - timedelta(days=200)
    levels = ["native", "fluent", "conversational", "basic"]
    made = []
    for n in range(count):
        prefecture = rng.choices(list(PLACES), PREFECTURE_WEIGHTS)[0]
        volunteer = role == choices.Role.VOLUNTEER
        if volunteer:
            languages = []
            if rng.random() < 0.6:
                languages.append({"language": "en", "level": rng.choice(levels[1:])})
            if rng.random() < 0.15:
                languages.append({"language": rng.choice(HOME_LANGUAGES), "level": "fluent"})
            japanese = "native" if rng.random() < 0.9 else "fluent"
        else:
            languages = [{"language": rng.choice(HOME_LANGUAGES), "level": "native"}]
            if rng.random() < 0.5:
                languages.append({"language": "en", "level": rng.choice(levels[:3])})
            japanese = rng.choice(["business", "daily", "daily", "basic", "none"])
        needs = [need for need in choices.Need.values if need != "other"]
        made.append(
            ParticipantRegistration(
                token=uuid.uuid4(),
                locale=locale,
                submitted_at=start + timedelta(minutes=n),
                consent_version=settings.INTAKE_CONSENT_VERSION,
                fingerprint=f"bench-{role}-{n}",
                role=role,
                name=f"Bench {role} {n}",
                email=f"bench-{role}-{n}@example.com",
                phone="090-0000-0000",
                company="Bench",
                contact_language="ja",
                languages=languages,
                japanese_level=japanese,
                nationality="JP" if volunteer else "NP",
                years_in_japan=30 if volunteer else rng.randint(0, 9),
                prefecture=prefecture,
                municipality=rng.choice(PLACES[prefecture]),
                needs=[] if volunteer else rng.sample(needs, rng.randint(1, 3)),
                activity_type=rng.choice(choices.ActivityType.values),
                activity_format=rng.choices(choices.ActivityFormat.values, [3, 1, 6])[0],
                pair_preference=rng.choices(choices.PairPreference.values, [1, 1, 6])[0],
                availability=rng.sample(choices.Availability.values, rng.randint(1, 3)),
                help_with=rng.sample(needs, rng.randint(1, 5)) if volunteer else [],
                capacity=rng.choices([1, 2, 3], [6, 3, 1])[0] if volunteer else 1,
                interests=rng.sample(choices.Hobby.values, rng.randint(0, 4)),
                member_company=rng.choice(companies) if rng.random() < 0.5 else None,
                agrees_to_screening=True,
                status=ParticipantStatus.READY,
            )
        )
    return ParticipantRegistration.objects.bulk_create(made, batch_size=500)


def main(prepared: bool = False) -> None:
    if not prepared:
        from tests.perf.bench import prepare_site

        prepare_site(prefix="ocp-bench-matching-")
    from django.db import connection
    from wagtail.models import Locale

    from inquiries import choices
    from leads.models import Organization
    from participants import assignment, matching
    from participants.models import Pair

    rng = random.Random(13)  # noqa: S311 - made-up data, not secrets
    locale = Locale.objects.get(language_code="ja")
    companies = [
        Organization.objects.create(
            name=f"Bench company {n}", enrolment_code=f"BENCH{n:03d}", locale=locale
        )
        for n in range(20)
    ]
    volunteers = people(VOLUNTEERS, choices.Role.VOLUNTEER, rng, companies)
    supported = people(DRAFT_SIZE, choices.Role.SUPPORTED, rng, companies)
    # Some places already taken, and some earlier partners, as a running program has.
    Pair.objects.bulk_create(
        Pair(supported=rng.choice(supported), volunteer=volunteer, setting="external")
        for volunteer in rng.sample(volunteers, VOLUNTEERS // 10)
    )

    person = supported[0]
    queries = 0

    def count(execute, sql, params, many, context):
        nonlocal queries
        queries += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        found = matching.suggest(person)
    timings = []
    for _ in range(RUNS):
        started = time.perf_counter()
        matching.suggest(person)
        timings.append(time.perf_counter() - started)
    excluded = len(matching.excluded(person))
    print(f"\nmatching ({connection.vendor}):")
    print(
        f"  suggest, one participant among {VOLUNTEERS} volunteers: "
        f"median {statistics.median(timings) * 1000:.0f} ms over {RUNS} runs, "
        f"{queries} queries, {len(found)} shown, {excluded} excluded by a hard rule"
    )

    keep = {v.pk for v in volunteers[:DRAFT_SIZE]}
    Pair.objects.exclude(volunteer__in=keep).delete()
    type(person).objects.filter(role=choices.Role.VOLUNTEER).exclude(pk__in=keep).delete()
    started = time.perf_counter()
    problem = assignment.Problem()
    built = time.perf_counter() - started
    draft = problem.draft()
    elapsed = time.perf_counter() - started
    places = sum(problem.places)
    print(
        f"  draft for {len(problem.supported)} participants and {len(problem.volunteers)} "
        f"volunteers ({places} places left): {elapsed:.2f} s "
        f"(scoring {built:.2f} s, assignment {elapsed - built:.2f} s)"
    )
    ratio = f"{draft.ratio:.3f}" if draft.ratio else "–"
    greedy_pairs = len(assignment.greedy(problem.scores, problem.places))
    print(
        f"  optimal total {draft.total:.1f} ({len(draft.rows)} pairs) vs greedy "
        f"{draft.greedy_total:.1f} ({greedy_pairs} pairs): x{ratio}"
    )


if __name__ == "__main__":
    main()
    sys.exit(0)
