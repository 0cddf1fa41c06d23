"""The worker's part in the webhooks: working out an event once per change, writing
one delivery per front end, and posting each with retries and backoff.

``deliver_webhook`` first claims its delivery (one UPDATE only one worker can win), so
two workers never post it side by side; a failed attempt is retried through the task
queue after a growing delay (30 s, 1 min, 2 min... at most an hour) until
``FRONTEND_WEBHOOK_MAX_ATTEMPTS``, then the delivery is marked failed for staff. The
request is one POST, sent with ``http.client``: no redirect is followed (an address
that redirects elsewhere is an error answer, never a request to somewhere else), no
proxy from the environment is used, and the address is checked again before every
attempt (``frontends.config.url_problem``).
"""

from __future__ import annotations

import datetime
import http.client
import json
import logging
import ssl
from urllib.parse import urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import default_task_backend, task

from frontends import signing
from frontends.config import FrontEnd, shown_url, url_problem
from frontends.events import build_event
from frontends.models import WebhookDelivery

logger = logging.getLogger(__name__)
USER_AGENT = "OCP-webhooks/1"
MAX_ERROR = 500


def webhook_frontends() -> list[FrontEnd]:
    return [frontend for frontend in settings.FRONTENDS if frontend.webhook_url]


def retry_delay(attempts: int) -> datetime.timedelta:
    """Exponential backoff: 30 s, 1 min, 2 min, ... at most an hour."""
    return datetime.timedelta(seconds=min(30 * 2 ** max(attempts - 1, 0), 3600))


@task()
def announce_changes(changes: list[dict]) -> dict:
    """Works out the event for ``changes`` and queues one delivery per front end."""
    frontends = webhook_frontends()
    if not frontends:
        return {"skipped": "no front end has a webhook"}
    forget_old_deliveries()
    event = build_event(changes)
    body = json.dumps(event, ensure_ascii=False, sort_keys=True)
    queued = []
    for frontend in frontends:
        try:
            with transaction.atomic():
                delivery = WebhookDelivery.objects.create(
                    event_id=event["id"],
                    frontend=frontend.name,
                    url=shown_url(frontend.webhook_url),
                    body=body,
                )
        except IntegrityError:  # this task ran twice: the deliveries exist
            continue
        queued.append(delivery.pk)
    for pk in queued:
        deliver_webhook.enqueue(pk)
    return {"event": event["id"], "deliveries": len(queued)}


# How long the log keeps a delivery: long enough for staff to look into a failure.
KEEP = {
    WebhookDelivery.Status.DELIVERED: datetime.timedelta(days=30),
    WebhookDelivery.Status.FAILED: datetime.timedelta(days=90),
}


def forget_old_deliveries() -> int:
    """Removes the deliveries older than they are kept (``KEEP``); each event does it."""
    now = timezone.now()
    removed = 0
    for status, age in KEEP.items():
        old = WebhookDelivery.objects.filter(status=status, created_at__lt=now - age)
        removed += old.delete()[0]
    return removed


def claim(delivery_id: int) -> WebhookDelivery | None:
    now = timezone.now()
    taken = (
        WebhookDelivery.objects.filter(pk=delivery_id)
        .claimable(now)
        .update(status=WebhookDelivery.Status.SENDING, claimed_at=now)
    )
    return WebhookDelivery.objects.get(pk=delivery_id) if taken else None


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> int:
    """POSTs ``body`` to ``url`` once and returns the answer's status."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    target = parts.path or "/"
    if parts.query:
        target += f"?{parts.query}"
    try:
        connection.request("POST", target, body=body, headers=headers)
        response = connection.getresponse()
        response.read(64 * 1024)  # the answer is not used; read a little so it closes cleanly
        return response.status
    finally:
        connection.close()


@task()
def deliver_webhook(delivery_id: int) -> str:
    """Posts one delivery; on failure, queues the next attempt or gives up."""
    delivery = claim(delivery_id)
    if delivery is None:
        return "skipped"
    mine = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.SENDING, claimed_at=delivery.claimed_at
    )
    frontend = next((f for f in webhook_frontends() if f.name == delivery.frontend), None)
    Problem = WebhookDelivery.Problem
    if frontend is None:
        return give_up(mine, Problem.NOT_CONFIGURED, "", delivery.attempts)
    if problem := url_problem(frontend.webhook_url):
        return give_up(mine, Problem.REFUSED, problem, delivery.attempts)
    body = delivery.body.encode()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-OCP-Event": json.loads(delivery.body).get("type", ""),
        "X-OCP-Delivery": str(delivery.event_id),
        signing.HEADER: signing.signature(frontend.secret, body),
    }
    attempts = delivery.attempts + 1
    now = timezone.now()
    status = None
    try:
        status = post(frontend.webhook_url, body, headers, settings.FRONTEND_WEBHOOK_TIMEOUT)
    except TimeoutError as error:
        problem, detail = Problem.TIMEOUT, str(error)
    except (OSError, http.client.HTTPException) as error:
        problem, detail = Problem.CONNECTION, f"{type(error).__name__}: {error}"
    else:
        if 200 <= status < 300:
            mine.update(
                status=WebhookDelivery.Status.DELIVERED,
                attempts=attempts,
                answer_status=status,
                problem="",
                error="",
                last_attempt_at=now,
                next_attempt_at=None,
                delivered_at=now,
                claimed_at=None,
            )
            return "delivered"
        problem, detail = Problem.HTTP, ""
    logger.warning(
        "webhook %s to %s not delivered (attempt %s): %s",
        delivery.pk,
        delivery.frontend,
        attempts,
        f"HTTP {status}" if status else problem,
    )
    if (
        attempts >= settings.FRONTEND_WEBHOOK_MAX_ATTEMPTS
        or not default_task_backend.supports_defer
    ):
        return give_up(mine, problem, detail, attempts, status, now)
    next_at = now + retry_delay(attempts)
    mine.update(
        status=WebhookDelivery.Status.PENDING,
        attempts=attempts,
        problem=problem,
        answer_status=status,
        error=detail[:MAX_ERROR],
        last_attempt_at=now,
        next_attempt_at=next_at,
        claimed_at=None,
    )
    deliver_webhook.using(run_after=next_at).enqueue(delivery.pk)
    return "retry"


def send_again(delivery_id: int) -> bool:
    """A failed delivery queued once more, its attempts counted afresh (staff, after
    the front end is fixed); False when it is not failed (delivered, or still tried)."""
    again = (
        WebhookDelivery.objects.failed()
        .filter(pk=delivery_id)
        .update(
            status=WebhookDelivery.Status.PENDING,
            attempts=0,
            problem="",
            answer_status=None,
            error="",
            next_attempt_at=None,
            claimed_at=None,
        )
    )
    if again:
        transaction.on_commit(lambda: deliver_webhook.enqueue(delivery_id))
    return bool(again)


def give_up(mine, problem, detail, attempts, status=None, when=None) -> str:
    mine.update(
        status=WebhookDelivery.Status.FAILED,
        attempts=attempts,
        problem=problem,
        answer_status=status,
        error=detail[:MAX_ERROR],
        last_attempt_at=when,
        next_attempt_at=None,
        claimed_at=None,
    )
    return "failed"
