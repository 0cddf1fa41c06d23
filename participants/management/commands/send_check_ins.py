from django.core.management.base import BaseCommand

from participants import checkins
from participants.tasks import schedule_check_ins


class Command(BaseCommand):
    help = (
        "Emails the pairs' check-ins that have come due and the reminders of those left "
        "unanswered, and flags pairs with two missed check-ins; safe to rerun. "
        "--schedule instead makes sure the daily round is queued (10:00 Japan time)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the daily check-in task (once) instead of sending now.",
        )

    def handle(self, *args, schedule: bool = False, **options):
        if schedule:
            queued = schedule_check_ins()
            self.stdout.write(
                "The daily check-ins are queued."
                if queued
                else "The daily check-ins were already queued."
            )
            return
        counts = checkins.send_due()
        self.stdout.write(
            "Check-ins scheduled for {scheduled} pair(s), sent: {sent}, reminded: {reminded}, "
            "pairs flagged: {flagged}".format(**counts)
        )
