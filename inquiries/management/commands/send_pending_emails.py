from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from inquiries.models import OutboundEmail, claim_expiry
from inquiries.tasks import recover_stuck_tasks, schedule_send


class Command(BaseCommand):
    help = (
        "Enqueues a send for every outbox email still pending after --minutes (default "
        "60), and for every email a worker took and never finished (it died during the "
        "send): a safety net for a send task that was lost. Sending claims the email "
        "first, so an email that another task is sending is not sent twice. Tasks a "
        "dead worker left running (TASK_STUCK_MINUTES) are queued again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=60)

    def handle(self, *args, minutes: int, **options):
        recovered = recover_stuck_tasks()
        if recovered:
            self.stdout.write(f"Queued again {recovered} task(s) a stopped worker left running.")
        cutoff = timezone.now() - timedelta(minutes=minutes)
        pending = OutboundEmail.objects.pending().filter(created_at__lte=cutoff)
        abandoned = OutboundEmail.objects.abandoned(timezone.now() - claim_expiry())
        count = 0
        for email_id in (pending | abandoned).values_list("pk", flat=True):
            schedule_send(email_id)
            count += 1
        self.stdout.write(f"Enqueued {count} pending email(s).")
