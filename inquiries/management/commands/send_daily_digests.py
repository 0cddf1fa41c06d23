import datetime

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from inquiries.digest import JAPAN, schedule_daily_digest, write_digests


class Command(BaseCommand):
    help = (
        "Writes the daily digest of new submissions (for staff who chose it) into the "
        "outbox; safe to rerun, a digest is written once. --schedule instead makes sure "
        "the digest task is queued (daily, 09:00 Japan time)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily digest task (once) instead of writing digests now.",
        )
        parser.add_argument(
            "--day", help="The day to report on (YYYY-MM-DD, Japan time); default yesterday."
        )

    def handle(self, *args, schedule: bool = False, day: str | None = None, **options):
        if schedule:
            queued = schedule_daily_digest()
            self.stdout.write(
                "The daily digest is queued." if queued else "The daily digest was already queued."
            )
            return
        try:
            reported = (
                datetime.date.fromisoformat(day)
                if day
                else timezone.now().astimezone(JAPAN).date() - datetime.timedelta(days=1)
            )
        except ValueError:
            raise CommandError("--day must be a date, YYYY-MM-DD.") from None
        written = write_digests(reported)
        self.stdout.write(f"Digests written for {reported.isoformat()}: {len(written)}")
