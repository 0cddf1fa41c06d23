"""``manage.py suggest_pairs [--json] [--language en]``: the draft of pairs for everyone
waiting, as the "Suggest pairs for everyone waiting" screen shows it. Saves nothing."""

from __future__ import annotations

import json

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from participants import assignment


class Command(BaseCommand):
    help = "Print the globally best draft of pairs for everyone ready for matching (saves nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true", help="print the draft as JSON")
        parser.add_argument(
            "--language",
            default=settings.LANGUAGE_CODE,
            help="language of the reasons (default: the site's)",
        )

    def handle(self, *args, **options):
        language = options["language"]
        if language not in dict(settings.LANGUAGES):
            raise CommandError(f"unknown language {language!r}")
        with translation.override(language):
            draft = assignment.draft()
            if options["json"]:
                self.stdout.write(json.dumps(as_json(draft), ensure_ascii=False, indent=2))
            else:
                self.stdout.write(as_table(draft))


def as_json(draft: assignment.Draft) -> dict:
    return {
        "pairs": [
            {
                "participant": row.supported.pk,
                "volunteer": row.volunteer.pk,
                "score": row.score,
                "reasons": row.reasons,
            }
            for row in draft.rows
        ],
        "unmatched": [person.pk for person in draft.unmatched],
        "total": draft.total,
        "greedy_total": draft.greedy_total,
    }


def as_table(draft: assignment.Draft) -> str:
    lines = [f"{'participant':>12} {'volunteer':>10} {'score':>7}  reasons"]
    for row in draft.rows:
        lines.append(
            f"{row.supported.pk:>12} {row.volunteer.pk:>10} {row.score:>7.2f}  "
            + "; ".join(row.reasons)
        )
    lines.append(
        f"{len(draft.rows)} pairs, total score {draft.total:.2f} "
        f"(best first, one at a time: {draft.greedy_total:.2f}); "
        f"{len(draft.unmatched)} participants without a pair"
        + (f": {', '.join(str(p.pk) for p in draft.unmatched)}" if draft.unmatched else "")
    )
    return "\n".join(lines) + "\n"
