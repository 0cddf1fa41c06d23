"""``build_static_site``: writes the static export into a folder, or refreshes what
changed since a moment (``--changed-since``, for cron)."""

import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from staticsite.render import ExportError, Target
from staticsite.tasks import schedule_token_refresh
from staticsite.writer import StaticSite


class Command(BaseCommand):
    help = (
        "Writes the public site as static files: every live public page of every "
        "language, the root page, 404 pages, sitemap.xml, robots.txt, the static files "
        "and public documents the pages use. Rerun it to update the folder: only files "
        "whose content changed are rewritten, each atomically."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", required=True, help="The folder to write.")
        parser.add_argument(
            "--base-url",
            help="Where the files are served, e.g. https://www.example.org "
            "(default: STATIC_EXPORT_BASE_URL, else BASE_URL).",
        )
        parser.add_argument(
            "--api-origin",
            help="Where the forms post: this site's backend, e.g. https://cms.example.org "
            "(default: STATIC_EXPORT_API_ORIGIN, else BASE_URL).",
        )
        parser.add_argument(
            "--changed-since",
            metavar="WHEN",
            help="Only re-render what changed since WHEN: an ISO date and time, a number "
            "of minutes ('90m'), or 'last' for the previous run of this folder (for cron).",
        )

    def handle(self, *args, output, base_url, api_origin, changed_since, **options):
        try:
            site = StaticSite(output, Target.from_options(base_url, api_origin))
            if changed_since:
                report = site.refresh_changed_since(self.since(site, changed_since))
            else:
                report = site.build()
        except ExportError as error:
            raise CommandError(str(error)) from error
        if (
            settings.STATIC_EXPORT_DIR
            and Path(output).resolve() == Path(settings.STATIC_EXPORT_DIR).resolve()
        ):
            schedule_token_refresh()  # the worker renews the forms' tokens from now on
        self.stdout.write(
            f"{report.mode}: {report.pages} pages, {report.rendered} files rendered, "
            f"{len(report.written)} written, {report.unchanged} unchanged, "
            f"{len(report.removed)} removed in {report.seconds:.2f} s -> {output}"
        )

    def since(self, site: StaticSite, value: str) -> datetime.datetime:
        if value == "last":
            manifest = site.manifest()
            if manifest is None:
                return datetime.datetime.min.replace(tzinfo=datetime.UTC)
            return datetime.datetime.fromisoformat(manifest["built_at"])
        if value.endswith("m") and value[:-1].isdigit():
            return timezone.now() - datetime.timedelta(minutes=int(value[:-1]))
        moment = parse_datetime(value)
        if moment is None:
            raise CommandError(
                f"--changed-since takes an ISO date and time, minutes such as 90m, or "
                f"'last', not {value!r}."
            )
        return moment if timezone.is_aware(moment) else timezone.make_aware(moment)
