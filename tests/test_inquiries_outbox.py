"""The outbox on its admin screens: an email's body is readable by whoever may see the
email (its record's readers), its status changes only through retry and cancel (never
by typing, never by a crafted POST), and the dashboard counts the failed emails with a
link to them."""

from __future__ import annotations

import time

import pytest
from aiosmtpd.controller import Controller
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import NoReverseMatch, reverse
from django_tasks_db.models import DBTaskResult

from inquiries.models import FormKind, OutboundEmail
from tests.support.factories import (
    InquiryFactory,
    OutboundEmailFactory,
    ParticipantRegistrationFactory,
    UserFactory,
)
from tests.support.intake import run_worker
from tests.test_inquiries_email import Inbox, free_port

pytestmark = pytest.mark.django_db

BODY = "Dear Ann,\n\nThank you for your inquiry.\n\n-- \nJII"


@pytest.fixture
def emails():
    inquiry = InquiryFactory(language="en")
    registration = ParticipantRegistrationFactory()
    return {
        "inquiry": OutboundEmailFactory(record=inquiry, body=BODY, failed=True),
        "registration": OutboundEmailFactory(
            record=registration, body="Dear Sita,\nregistered", failed=True
        ),
        "digest": OutboundEmailFactory(
            purpose=OutboundEmail.Purpose.DIGEST,
            form_kind="",
            record_id=None,
            to="yui@jii.example",
            body="2 new submissions",
            subject="[OCP] New submissions",
        ),
    }


def logged_in(role: str | None = None, language: str = "en", **traits) -> Client:
    client = Client()
    groups = [role] if role else []
    client.force_login(UserFactory(groups=groups, language=language, **traits))
    return client


def inspect(email) -> str:
    return reverse("inquiries_outboundemail:inspect", args=[email.pk])


def messages_of(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(li.get_text(" ", strip=True) for li in soup.select(".messages li"))


def refused(response) -> bool:
    """Wagtail answers a refused admin request with 403, or a redirect to the dashboard
    with a message (never to the sign-in page: the user is signed in)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def body_shown(response) -> str | None:
    soup = BeautifulSoup(response.content, "html.parser")
    shown = soup.select_one(".outbox-body__text")
    return shown.get_text() if shown else None


# who may read each email's body: its record's readers; a digest, who sees every kind
READERS = {
    "inquiry": {"Lead staff", "Privacy officer", "superuser"},
    "registration": {"Coordinators", "Privacy officer", "superuser"},
    "digest": {"Privacy officer", "superuser"},
}


@pytest.mark.parametrize("role", ["Lead staff", "Coordinators", "Privacy officer", "Editors"])
def test_the_body_is_readable_by_the_roles_that_may_see_the_email(emails, role):
    client = logged_in(role)
    for kind, email in emails.items():
        response = client.get(inspect(email))
        if role in READERS[kind]:
            assert response.status_code == 200, (role, kind)
            assert body_shown(response) == email.body  # line breaks kept, as written
        else:
            assert response.status_code in (302, 403), (role, kind, response.status_code)
            assert email.body not in response.content.decode()


def test_a_superuser_reads_every_body(emails):
    client = logged_in(superuser=True)
    for email in emails.values():
        assert body_shown(client.get(inspect(email))) == email.body


def test_the_body_screen_in_japanese(emails):
    client = logged_in("Lead staff", language="ja")
    html = client.get(inspect(emails["inquiry"])).content.decode()
    assert "本文" in html and "もう一度送信する" in html and "このメールを取り消す" in html
    assert "Body" not in html and "Cancel this email" not in html


def test_no_edit_form_exists_and_no_post_sets_a_status(emails):
    with pytest.raises(NoReverseMatch):
        reverse("inquiries_outboundemail:edit", args=[emails["inquiry"].pk])
    with pytest.raises(NoReverseMatch):
        reverse("inquiries_outboundemail:add")
    client = logged_in("Lead staff")
    email = emails["inquiry"]
    crafted = {"status": "sent", "attempts": "0", "sent_at": "2026-01-01 00:00"}
    for url in (
        f"/admin/inquiries_outboundemail/edit/{email.pk}/",
        "/admin/inquiries_outboundemail/new/",
        inspect(email),
        reverse("inquiries_outboundemail:index"),
        reverse("inquiries_outboundemail:history", args=[email.pk]),
    ):
        response = client.post(url, crafted)
        assert response.status_code in (403, 404, 405), (url, response.status_code)
    email.refresh_from_db()
    assert email.status == "failed" and email.attempts == 5 and email.sent_at is None
    # the inspect screen offers no edit link, only the outbox's actions
    html = client.get(inspect(email)).content.decode()
    assert "/edit/" not in html
    listing = client.get(reverse("inquiries_outboundemail:index")).content.decode()
    assert f"/edit/{email.pk}/" not in listing


def test_retry_sends_a_failed_email_again_through_the_real_mail_server(emails, settings):
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    email = emails["inquiry"]
    client = logged_in("Lead staff")
    response = client.post(reverse("inquiries_outboundemail:retry", args=[email.pk]), follow=True)
    assert "The email will be sent again." in messages_of(response)
    email.refresh_from_db()
    assert (email.status, email.attempts, email.last_error) == ("pending", 0, "")

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        run_worker()
        deadline = time.monotonic() + 5
        while not inbox.messages and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()
    assert [to for to, _m in inbox.messages] == [[email.to]]
    email.refresh_from_db()
    assert email.status == "sent" and email.attempts == 1

    # a sent email cannot be sent again, nor cancelled
    for action in ("retry", "cancel"):
        response = client.post(
            reverse(f"inquiries_outboundemail:{action}", args=[email.pk]), follow=True
        )
        assert response.status_code == 200
        email.refresh_from_db()
        assert email.status == "sent"
    assert "can no longer be cancelled" in messages_of(response)


def test_cancel_stops_a_pending_email_and_the_worker_skips_it(emails):
    email = OutboundEmailFactory(record=InquiryFactory())
    from inquiries.tasks import schedule_send

    schedule_send(email.pk)
    client = logged_in("Lead staff", language="ja")
    response = client.post(reverse("inquiries_outboundemail:cancel", args=[email.pk]), follow=True)
    assert "このメールを取り消しました。送信されません。" in messages_of(response)
    email.refresh_from_db()
    assert email.status == "cancelled"
    run_worker()
    email.refresh_from_db()
    assert email.status == "cancelled" and email.sent_at is None
    assert DBTaskResult.objects.filter(status="SUCCESSFUL").exists()  # ran, and skipped it
    # a cancelled email may be sent after all
    client.post(reverse("inquiries_outboundemail:retry", args=[email.pk]))
    email.refresh_from_db()
    assert email.status == "pending"


@pytest.mark.parametrize(
    "role, kind",
    [("Coordinators", "inquiry"), ("Lead staff", "registration"), ("Lead staff", "digest")],
)
def test_no_one_acts_on_an_email_they_may_not_see(emails, role, kind):
    email = emails[kind]
    client = logged_in(role)
    for action in ("retry", "cancel"):
        response = client.post(reverse(f"inquiries_outboundemail:{action}", args=[email.pk]))
        assert refused(response), response.status_code
    email.refresh_from_db()
    assert email.status == OutboundEmailFactory._meta.model.objects.get(pk=email.pk).status
    assert email.status == ("failed" if kind != "digest" else "pending")


def test_an_editor_may_not_act_on_the_outbox(emails):
    client = logged_in("Editors")
    response = client.post(reverse("inquiries_outboundemail:retry", args=[emails["inquiry"].pk]))
    assert refused(response), response.status_code
    emails["inquiry"].refresh_from_db()
    assert emails["inquiry"].status == "failed"


def test_retry_and_cancel_are_logged_with_who_did_it(emails):
    from wagtail.models import ModelLogEntry

    client = logged_in("Lead staff")
    email = emails["inquiry"]
    client.post(reverse("inquiries_outboundemail:retry", args=[email.pk]))
    client.post(reverse("inquiries_outboundemail:cancel", args=[email.pk]))
    actions = list(ModelLogEntry.objects.for_instance(email).values_list("action", flat=True))
    assert sorted(actions) == ["ocp.email_cancel", "ocp.email_retry"]


# -- the dashboard's failed emails ---------------------------------------------------------


def failed_link(client) -> tuple[str, str] | None:
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    panel = soup.find(attrs={"aria-labelledby": "failed-emails-title"})
    if panel is None:
        return None
    link = panel.find("a")
    return link.get_text(strip=True), link["href"]


@pytest.mark.parametrize(
    "role, count, language, text",
    [
        ("Lead staff", 3, "en", "3 emails failed"),
        ("Coordinators", 1, "en", "1 email failed"),
        ("Privacy officer", 4, "ja", "送信に失敗したメール：4件"),
    ],
)
def test_the_dashboard_counts_the_failed_emails_each_role_may_see(
    emails, role, count, language, text
):
    for _ in range(2):
        OutboundEmailFactory(record=InquiryFactory(), failed=True)
    OutboundEmailFactory(record=InquiryFactory(), sent=True)
    client = logged_in(role, language=language)
    label, href = failed_link(client)
    assert label == text
    assert href == reverse("inquiries_outboundemail:index") + "?status=failed"
    listing = BeautifulSoup(client.get(href).content, "html.parser")
    rows = listing.select("table.listing tbody tr")
    assert len(rows) == count
    assert OutboundEmail.objects.failed().count() == 4


def test_an_editor_sees_no_outbox_count(emails):
    assert failed_link(logged_in("Editors")) is None


def test_the_form_kind_of_a_digest_is_empty_and_it_is_about_no_record(emails):
    digest = emails["digest"]
    assert digest.form_kind == "" and digest.record_id is None
    assert FormKind.INQUIRY in {e.form_kind for e in emails.values()}
