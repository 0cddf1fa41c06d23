"""Emails go through a real SMTP server; when it is down they wait and are sent once."""

from __future__ import annotations

import re
import socket
import time
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from inquiries.models import IntakeFormPage, OutboundEmail
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

FORM = {
    "company": "Sample Ltd.",
    "name": "Hanako Yamada",
    "email": "hanako@example.jp",
    "topic": "introduction",
    "message": "Please tell us more.",
    "consent": "on",
}


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def smtp_port(settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    return port


def submit(client):
    page = IntakeFormPage.objects.get(locale__language_code="en", form_kind="inquiry")
    page.notification_recipients = "staff@jii.example"
    page.save()
    html = client.get("/en/contact/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    assert client.post("/en/contact/", {**FORM, "form_token": token}).status_code == 302


def make_retries_due():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_mail_server_down_then_back_delivers_each_email_once(client, smtp_port):
    submit(client)
    run_worker()  # nothing listens on the port: the sends fail
    emails = list(OutboundEmail.objects.all())
    assert len(emails) == 2
    assert all(e.status == "pending" and e.attempts == 1 and e.last_error for e in emails)
    retries = DBTaskResult.objects.filter(status="READY")
    assert retries.count() == 2
    assert all(task.run_after > timezone.now() for task in retries)  # with backoff

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        make_retries_due()
        run_worker()
        run_worker()  # nothing left to send twice
        deadline = time.monotonic() + 5
        while len(inbox.messages) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()

    assert len(inbox.messages) == 2
    received = {message["Message-ID"]: recipients for recipients, message in inbox.messages}
    stored = {e.message_id: e for e in OutboundEmail.objects.all()}
    assert set(received) == set(stored)
    assert received[stored_id("staff")] == ["staff@jii.example"]
    assert received[stored_id("confirmation")] == ["hanako@example.jp"]
    assert all(e.status == "sent" and e.attempts == 2 for e in stored.values())


def stored_id(purpose: str) -> str:
    return OutboundEmail.objects.get(purpose=purpose).message_id


def test_a_send_that_keeps_failing_is_marked_failed_for_staff(client, smtp_port, settings):
    settings.INTAKE_EMAIL_MAX_ATTEMPTS = 2
    submit(client)
    run_worker()
    make_retries_due()
    run_worker()
    assert OutboundEmail.objects.failed().count() == 2
    assert DBTaskResult.objects.filter(status="READY").count() == 0
    assert all(
        "Connection refused" in e.last_error or "Errno" in e.last_error
        for e in OutboundEmail.objects.all()
    )


def test_pending_emails_whose_task_was_lost_are_enqueued_again(client, smtp_port):
    submit(client)
    DBTaskResult.objects.all().delete()  # the send tasks are lost
    OutboundEmail.objects.update(created_at=timezone.now() - timezone.timedelta(hours=2))
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        call_command("send_pending_emails", minutes=60)
        run_worker()
        deadline = time.monotonic() + 5
        while len(inbox.messages) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()
    assert len(inbox.messages) == 2
    assert OutboundEmail.objects.pending().count() == 0
