"""Background work of the intake: sending the emails the outbox holds."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks import default_task_backend, task

from inquiries.models import OutboundEmail

logger = logging.getLogger(__name__)


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 30 s, 1 min, 2 min, ... at most an hour."""
    return timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


@task()
def send_outbound_email(email_id: int) -> str:
    """Sends one outbox email; on failure, schedules a retry until attempts run out.

    Safe to run twice: an email that is no longer pending is left alone. The
    Message-ID was fixed when the email was written, so a receiving server sees a
    retried send as the same message.
    """
    email = OutboundEmail.objects.filter(pk=email_id).first()
    if email is None or email.status != OutboundEmail.Status.PENDING:
        return "skipped"
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
        OutboundEmail.objects.filter(pk=email.pk).update(
            attempts=attempts,
            last_error=f"{type(error).__name__}: {error}"[:1000],
            status=OutboundEmail.Status.FAILED if failed else OutboundEmail.Status.PENDING,
        )
        logger.warning(
            "email %s not sent (attempt %s): %s", email.pk, attempts, type(error).__name__
        )
        if not failed:
            schedule_send(email.pk, delay=retry_delay(attempts))
        return "failed" if failed else "retry"
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=OutboundEmail.Status.SENT,
        attempts=email.attempts + 1,
        sent_at=timezone.now(),
        last_error="",
    )
    return "sent"


def schedule_send(email_id: int, delay: timedelta | None = None) -> None:
    """Enqueues the send; a delay needs a backend that can defer (the database one can)."""
    if delay and default_task_backend.supports_defer:
        send_outbound_email.using(run_after=timezone.now() + delay).enqueue(email_id)
    elif not delay:
        send_outbound_email.enqueue(email_id)
