"""What the intake leaves behind is cleaned up: Idempotency-Keys after their replay
window, finished task rows after a week, and a task a killed worker left running is
taken up again (its email still sent exactly once) and shown to staff as stuck."""

from __future__ import annotations

import datetime
import io

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from inquiries.models import IdempotencyKey, Inquiry, OutboundEmail, PrivacyAuditEntry
from inquiries.privacy import purge_expired
from inquiries.tasks import send_outbound_email
from tests.support.factories import IdempotencyKeyFactory
from tests.support.intake import run_worker, send
from tests.test_inquiries_api import INQUIRY, post, token

pytestmark = pytest.mark.django_db

SECOND = datetime.timedelta(seconds=1)
DAY = datetime.timedelta(days=1)
SEND_TASK = "inquiries.tasks.send_outbound_email"


# -- Idempotency-Keys ----------------------------------------------------------------


@pytest.mark.parametrize("window", [60, 3600, 2 * 24 * 3600])
def test_idempotency_keys_are_purged_only_after_their_replay_window(client, settings, window):
    settings.IDEMPOTENCY_KEY_MAX_AGE_SECONDS = window
    keys = ["k-plain", "k-ünïcode-キー", "k-" + "x" * 190]
    bodies = {}
    for key in keys:
        bodies[key] = {**INQUIRY, "message": f"message {key}", "form_token": token(client)}
        assert post(client, "inquiry", bodies[key], HTTP_IDEMPOTENCY_KEY=key).status_code == 201
    IdempotencyKeyFactory(key="k-in-flight")  # never finished
    written = timezone.now()
    window_end = written + datetime.timedelta(seconds=window)

    purge_expired(now=window_end - SECOND)  # still inside the window: kept, replayed
    assert IdempotencyKey.objects.count() == len(keys) + 1
    for key in keys:
        again = post(client, "inquiry", bodies[key], HTTP_IDEMPOTENCY_KEY=key)
        assert again.status_code == 201
    assert Inquiry.objects.count() == len(keys)

    counts = purge_expired(now=window_end + 5 * SECOND)
    assert IdempotencyKey.objects.count() == 0
    assert counts["idempotencykey"] == len(keys) + 1
    assert PrivacyAuditEntry.objects.first().counts["idempotencykey"] == len(keys) + 1
    assert "idempotencykey" not in purge_expired(now=window_end + DAY)  # nothing more
    assert Inquiry.objects.count() == len(keys)  # the records stay


def test_the_key_window_defaults_to_the_form_tokens_lifetime(settings):
    from ocp.settings import base

    assert base.IDEMPOTENCY_KEY_MAX_AGE_SECONDS == base.INTAKE_MAX_AGE_SECONDS


# -- task results --------------------------------------------------------------------


def task_row(status: str, age: datetime.timedelta, now: datetime.datetime) -> DBTaskResult:
    result = send_outbound_email.enqueue(0)
    row = DBTaskResult.objects.get(id=result.id)
    finished = status in (TaskResultStatus.SUCCESSFUL, TaskResultStatus.FAILED)
    DBTaskResult.objects.filter(id=row.id).update(
        status=status,
        run_after=now - age,
        started_at=now - age if status != TaskResultStatus.READY else None,
        finished_at=now - age if finished else None,
    )
    return row


@pytest.mark.parametrize("days", [7, 1, 30])
def test_finished_task_results_are_purged_after_a_week_and_unfinished_never(settings, days):
    settings.RETENTION_DAYS = {**settings.RETENTION_DAYS, "task_result": days}
    now = timezone.now()
    keep_age, drop_age = days * DAY - 60 * SECOND, days * DAY + 60 * SECOND
    kept = [
        task_row(TaskResultStatus.SUCCESSFUL, keep_age, now),
        task_row(TaskResultStatus.FAILED, keep_age, now),
        task_row(TaskResultStatus.READY, 400 * DAY, now),  # still to run
        task_row(TaskResultStatus.RUNNING, 400 * DAY, now),  # recovered, not deleted
    ]
    dropped = [
        task_row(TaskResultStatus.SUCCESSFUL, drop_age, now),
        task_row(TaskResultStatus.FAILED, drop_age, now),
        task_row(TaskResultStatus.SUCCESSFUL, 400 * DAY, now),
    ]
    counts = purge_expired(now=now)
    assert counts["dbtaskresult"] == len(dropped)
    remaining = set(DBTaskResult.objects.values_list("id", flat=True))
    assert {row.id for row in kept} <= remaining
    assert not {row.id for row in dropped} & remaining
    assert "dbtaskresult" not in purge_expired(now=now)
    # a week later, the ones kept that have finished go too
    purge_expired(now=now + 2 * 60 * SECOND)
    mine = DBTaskResult.objects.filter(id__in=[row.id for row in kept + dropped])
    assert set(mine.values_list("id", flat=True)) == {row.id for row in kept[2:]}


# -- a worker killed in the middle of a task -----------------------------------------

STALE = datetime.timedelta(minutes=61)  # TASK_STUCK_MINUTES is 60
FRESH = datetime.timedelta(minutes=5)


def sent_once_each() -> None:
    ids = [m.extra_headers["Message-ID"] for m in mail.outbox]
    assert len(ids) == len(set(ids)), ids
    assert set(ids) <= set(OutboundEmail.objects.values_list("message_id", flat=True))


def inquiry_with_a_killed_send(client, email_status: str, claim_age, started_age):
    """An inquiry whose confirmation a worker took (task RUNNING since started_age,
    email in ``email_status``) and then died."""
    send(
        client,
        "/en/contact/",
        {
            "company": "Sample",
            "name": "Ann",
            "email": "ann@sample.example",
            "topic": "press",
            "message": "Hi",
            "consent": "on",
        },
    )
    email = OutboundEmail.objects.get(purpose=OutboundEmail.Purpose.CONFIRMATION)
    now = timezone.now()
    OutboundEmail.objects.filter(pk=email.pk).update(
        status=email_status,
        claimed_at=now - claim_age if email_status == OutboundEmail.Status.SENDING else None,
        sent_at=now - claim_age if email_status == OutboundEmail.Status.SENT else None,
    )
    (task,) = [
        row
        for row in DBTaskResult.objects.filter(task_path=SEND_TASK)
        if row.args_kwargs["args"] == [email.pk]
    ]
    DBTaskResult.objects.filter(id=task.id).update(
        status=TaskResultStatus.RUNNING, started_at=now - started_age, worker_ids=["dead"]
    )
    others = OutboundEmail.objects.exclude(pk=email.pk)
    DBTaskResult.objects.filter(task_path=SEND_TASK).exclude(id=task.id).delete()
    others.update(status=OutboundEmail.Status.SENT, sent_at=now)
    return email, task


def send_pending() -> str:
    out = io.StringIO()
    call_command("send_pending_emails", stdout=out)
    return out.getvalue()


# (email state when the worker died, its claim's age) -> sends the email gets in the end
KILLED = [
    (OutboundEmail.Status.SENDING, STALE, 1),  # died during the send: sent again, once
    (OutboundEmail.Status.SENT, STALE, 0),  # died after the send: never sent twice
    (OutboundEmail.Status.PENDING, STALE, 1),  # died before claiming it
]


@pytest.mark.parametrize(("email_status", "claim_age", "sends"), KILLED)
def test_a_task_left_running_by_a_killed_worker_is_taken_up_and_sent_once(
    client, admin_client, email_status, claim_age, sends
):
    email, task = inquiry_with_a_killed_send(client, email_status, claim_age, STALE)
    if email_status == OutboundEmail.Status.SENDING:
        listing = admin_client.get("/admin/inquiries_outboundemail/").content.decode()
        assert "Stuck" in listing or "停止中" in listing  # shown to staff
    mail.outbox.clear()

    assert "Queued again 1 task" in send_pending()
    assert DBTaskResult.objects.get(id=task.id).status == TaskResultStatus.READY
    run_worker()
    assert len(mail.outbox) == sends
    sent_once_each()
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENT
    assert DBTaskResult.objects.get(id=task.id).status == TaskResultStatus.SUCCESSFUL
    listing = admin_client.get("/admin/inquiries_outboundemail/").content.decode()
    assert "Stuck" not in listing and "停止中" not in listing

    for _ in range(2):  # the hourly run again: nothing more to recover or send
        assert "Queued again" not in send_pending()
        run_worker()
    assert len(mail.outbox) == sends


def test_a_task_still_running_within_its_time_is_left_alone(client):
    email, task = inquiry_with_a_killed_send(client, OutboundEmail.Status.SENDING, SECOND, FRESH)
    mail.outbox.clear()
    assert "Queued again" not in send_pending()
    run_worker()
    assert DBTaskResult.objects.get(id=task.id).status == TaskResultStatus.RUNNING
    assert mail.outbox == []
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.SENDING
