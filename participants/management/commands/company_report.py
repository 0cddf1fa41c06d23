"""``manage.py company_report COMPANY_ID --from YYYY-MM-DD --to YYYY-MM-DD --language ja
--format pdf --output FILE``: a company report as the admin screen makes it (the same
figures and k-anonymity), for a company, or ``all`` for the program-wide view."""

from __future__ import annotations

import datetime
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from participants import report_render, reports


def _day(value: str, option: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value.strip())
    except (AttributeError, ValueError):
        raise CommandError(
            f"{option} {value!r} is not a date: write it as YYYY-MM-DD (e.g. 2026-04-01)."
        ) from None


class Command(BaseCommand):
    help = (
        "Writes a company's report (or the program-wide one: COMPANY_ID 'all') for a "
        "period as HTML, PDF or CSV, with the admin screen's figures and k-anonymity."
    )

    def add_arguments(self, parser):
        parser.add_argument("company", help="The company's id (its lead's number), or 'all'.")
        parser.add_argument("--from", dest="start", required=True, help="First day, YYYY-MM-DD.")
        parser.add_argument("--to", dest="end", required=True, help="Last day, YYYY-MM-DD.")
        parser.add_argument("--language", default="ja", help="ja, en or ne (default ja).")
        parser.add_argument("--format", dest="kind", default="pdf", help="html, pdf or csv.")
        parser.add_argument("--output", required=True, help="The file to write ('-': stdout).")

    def handle(self, *args, company, start, end, language, kind, output, **options):
        if language not in report_render.LANGUAGES:
            raise CommandError(
                f"Unknown language {language!r}: choose one of "
                f"{', '.join(report_render.LANGUAGES)}."
            )
        if kind not in report_render.FORMATS:
            raise CommandError(
                f"Unknown format {kind!r}: choose one of {', '.join(report_render.FORMATS)}."
            )
        first, last = _day(start, "--from"), _day(end, "--to")
        organization = None
        if company.strip().lower() != "all":
            text = company.strip()
            if not text.isascii() or not text.isdigit() or len(text) > 12:
                raise CommandError(f"COMPANY_ID {company!r} is not a number (or 'all').")
            organization = reports.member_companies().filter(pk=int(text)).first()
            if organization is None:
                raise CommandError(
                    f"No member company has the id {text}: a report is made for a member "
                    "company (a lead at the Member stage or with an enrolment code)."
                )
        with translation.override("en"):  # the command speaks English
            try:
                reports.check_period(first, last)
            except ValidationError as error:
                raise CommandError(" ".join(str(m) for m in error.messages)) from None
        figures = reports.figures(organization, first, last)
        if kind == "pdf":
            content: bytes | str = report_render.pdf(figures, language)
        elif kind == "csv":
            content = report_render.csv_text(figures, language)
        else:
            content = report_render.html_document(figures, language)
        if output == "-":
            if isinstance(content, bytes):
                raise CommandError("A PDF cannot go to the terminal: name a file with --output.")
            self.stdout.write(content, ending="")
            return
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"The folder {str(path.parent)!r} does not exist.")
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8-sig" if kind == "csv" else "utf-8")
        self.stderr.write(f"Written: {path}")
