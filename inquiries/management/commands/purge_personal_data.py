from django.core.management.base import BaseCommand

from inquiries.privacy import purge_expired
from inquiries.tasks import schedule_daily_purge


class Command(BaseCommand):
    help = (
        "Deletes personal data past its retention period (settings.RETENTION_DAYS). Safe "
        "to rerun. --schedule instead makes sure the daily purge task is queued."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily purge task (once) instead of purging now.",
        )

    def handle(self, *args, schedule: bool = False, **options):
        if schedule:
            queued = schedule_daily_purge()
            self.stdout.write(
                "The daily purge is queued." if queued else "The daily purge was already queued."
            )
            return
        counts = purge_expired(actor="purge_personal_data")
        if counts:
            self.stdout.write("Deleted: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
        else:
            self.stdout.write("Nothing is past its retention period.")
