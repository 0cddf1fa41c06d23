"""Background work of the intake: sending the emails the outbox holds."""

from __future__ import annotations

import datetime
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q
from django.utils import timezone
from django_tasks import default_task_backend, task

from home.addresses import is_single_mailbox
from inquiries.models import OutboundEmail, claim_expiry
from inquiries.privacy import purge_expired
from leads.models import TimelineEntry
from leads.services import add_to_timeline, lead_of

logger = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 30 s, 1 min, 2 min, ... at most an hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


@task()
def send_outbound_email(email_id: int) -> str:
    """Sends one outbox email; on failure, schedules a retry until attempts run out.

    Safe to run twice, at once or after a crash: the task first claims the email (one
    UPDATE from "pending" to "sending", which only one worker can win), so two
    workers never send it side by side. A worker killed during the send leaves the
    claim behind; once it is older than :func:`claim_expiry`, ``send_pending_emails``
    enqueues the email again. The server had not answered when the worker died, so
    it normally did not take the message; in the rare case it had (killed between
    the server's "250" and our UPDATE), the resend carries the same Message-ID,
    fixed when the email was written, so receivers see it as the same message.
    """
    email = claim(email_id)
    if email is None:
        return "skipped"
    mine = OutboundEmail.objects.filter(
        pk=email.pk, status=OutboundEmail.Status.SENDING, claimed_at=email.claimed_at
    )
    if not email.recipients or not all(map(is_single_mailbox, email.recipients)):
        # written before the single-mailbox rule, or by hand: never sent to anyone
        mine.update(
            status=OutboundEmail.Status.FAILED,
            last_error="refused: a recipient is not one plain email address",
            claimed_at=None,
        )
        logger.warning("email %s refused: a recipient is not one mailbox", email.pk)
        _timeline(email, sent=False)
        return "refused"
    message = EmailMessage(
        subject=email.subject,
        body=email.body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=email.recipients,
        headers={"Message-ID": email.message_id},
    )
    try:
        message.send(fail_silently=False)
    except Exception as error:  # any failure of the mail server is retried
        attempts = email.attempts + 1
        failed = attempts >= settings.INTAKE_EMAIL_MAX_ATTEMPTS
        mine.update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:1000],
            status=OutboundEmail.Status.FAILED if failed else OutboundEmail.Status.PENDING,
            claimed_at=None,
        )
        logger.warning(
            "email %s not sent (attempt %s): %s", email.pk, attempts, type(error).__name__
        )
        if failed:
            _timeline(email, sent=False)
        else:
            schedule_send(email.pk, delay=retry_delay(attempts))
        return "failed" if failed else "retry"
    mine.update(
        status=OutboundEmail.Status.SENT,
        attempts=email.attempts + 1,
        sent_at=timezone.now(),
        last_error="",
        claimed_at=None,
    )
    _timeline(email, sent=True)
    return "sent"


def claim(email_id: int) -> OutboundEmail | None:
    """Takes a pending (or abandoned) email for this worker; None when another has it
    or it no longer needs sending. The UPDATE commits at once (workers run tasks in
    autocommit), so the claim is visible to every other worker before the send."""
    now = timezone.now()
    Status = OutboundEmail.Status
    taken = (
        OutboundEmail.objects.filter(pk=email_id)
        .filter(
            Q(status=Status.PENDING) | Q(status=Status.SENDING, claimed_at__lt=now - claim_expiry())
        )
        .update(status=Status.SENDING, claimed_at=now)
    )
    return OutboundEmail.objects.get(pk=email_id) if taken else None


def _timeline(email: OutboundEmail, sent: bool) -> None:
    """Emails about a lead's submissions appear on the lead's timeline."""
    kind = TimelineEntry.Kind.EMAIL_SENT if sent else TimelineEntry.Kind.EMAIL_FAILED
    add_to_timeline(lead_of(email.form_kind, email.record_id), kind, purpose=email.purpose)


def schedule_send(email_id: int, delay: timedelta | None = None) -> None:
    """Enqueues the send; a delay needs a backend that can defer (the database one can)."""
    if delay and default_task_backend.supports_defer:
        send_outbound_email.using(run_after=timezone.now() + delay).enqueue(email_id)
    elif not delay:
        send_outbound_email.enqueue(email_id)


def recover_stuck_tasks(now: datetime.datetime | None = None) -> int:
    """Queues again every task a worker took and never finished (RUNNING since longer
    than TASK_STUCK_MINUTES: the worker was killed or its host lost), so the row does
    not stay "running" for ever and the work is done. The intake's tasks are safe to
    run twice: a send claims its email first (:func:`claim`), so an email that was sent
    or that another worker is sending is not sent again; the purge deletes nothing
    more the second time. Returns how many were queued again."""
    from django_tasks import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    stuck = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING,
        started_at__lt=now - timedelta(minutes=settings.TASK_STUCK_MINUTES),
    )
    count = stuck.update(status=TaskResultStatus.READY)
    if count:
        logger.warning("%s task(s) left running by a stopped worker queued again", count)
    return count


PURGE_HOUR = 3  # local time: when the daily purge runs


@task()
def purge_personal_data_daily() -> dict:
    """The retention purge, once a day; each run queues the next."""
    counts = purge_expired(actor="daily task")
    recover_stuck_tasks()
    schedule_daily_purge(force=True)
    return counts


def schedule_daily_purge(force: bool = False) -> bool:
    """Queues the next daily purge (at PURGE_HOUR tomorrow) unless one is queued."""
    if not default_task_backend.supports_defer:
        return False
    if not force and _purge_queued():
        return False
    tomorrow = timezone.localdate() + timedelta(days=1)
    run_after = timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time(PURGE_HOUR)))
    purge_personal_data_daily.using(run_after=run_after).enqueue()
    return True


def _purge_queued() -> bool:
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.filter(
        status="READY", task_path=f"{__name__}.purge_personal_data_daily"
    ).exists()
