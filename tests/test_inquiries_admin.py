"""What staff see of the intake: notifications, records in the admin, and who may."""

import pytest
from django.core import mail

from inquiries.models import Inquiry, ParticipantRegistration
from tests.support.factories import SiteSettingsFactory
from tests.support.intake import run_worker, send
from tests.test_inquiries_onboarding_registration import SUPPORTED

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_recipients():
    SiteSettingsFactory(language="ja", notification_recipients="office@jii.example")
    return ["office@jii.example"]


def test_staff_are_told_in_japanese_with_a_link_and_the_review_flag(client, site_recipients):
    send(client, "/ne/register/?role=supported", {**SUPPORTED, "years_in_japan": "11"})
    record = ParticipantRegistration.objects.get()
    run_worker()
    (staff,) = [m for m in mail.outbox if m.to == site_recipients]
    assert "参加登録" in staff.subject or "participant registration" in staff.subject.lower()
    assert f"/admin/inquiries_participantregistration/inspect/{record.pk}/" in staff.body
    assert "Sita" not in staff.body and "sita@example.com" not in staff.body
    assert record.needs_review
    (confirmation,) = [m for m in mail.outbox if m.to == ["sita@example.com"]]
    assert confirmation.extra_headers["Message-ID"] != staff.extra_headers["Message-ID"]


def test_records_open_in_the_admin_for_staff_but_not_for_editors(
    client, admin_client, editor_client
):
    send(
        client,
        "/en/contact/",
        {
            "company": "ACME",
            "name": "Ann",
            "email": "ann@example.com",
            "topic": "press",
            "message": "Hello",
            "consent": "on",
        },
    )
    inquiry = Inquiry.objects.get()
    inspect = f"/admin/inquiries_inquiry/inspect/{inquiry.pk}/"
    response = admin_client.get(inspect)
    assert response.status_code == 200 and "ann@example.com" in response.content.decode()
    assert admin_client.get("/admin/inquiries_inquiry/new/").status_code in (302, 403)
    editor_answer = editor_client.get(inspect)
    assert editor_answer.status_code in (302, 403)
    assert "ann@example.com" not in editor_answer.content.decode()


def test_staff_can_recover_a_submission_marked_as_spam(client, admin_client):
    send(
        client,
        "/en/contact/",
        {
            "company": "ACME",
            "name": "Ann",
            "email": "ann@example.com",
            "topic": "press",
            "message": "Hello",
            "consent": "on",
            "website": "oops",
        },
    )
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam
    response = admin_client.post(
        f"/admin/inquiries_inquiry/edit/{inquiry.pk}/", {"is_spam": "", "spam_reason": ""}
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert not inquiry.is_spam


def test_viewing_and_exporting_personal_data_is_logged_without_the_data(client, admin_client):
    from wagtail.models import ModelLogEntry

    from inquiries.models import PrivacyAuditEntry

    send(
        client,
        "/en/contact/",
        {
            "company": "ACME",
            "name": "Ann Example",
            "email": "ann@example.com",
            "topic": "press",
            "message": "Hello",
            "consent": "on",
        },
    )
    inquiry = Inquiry.objects.get()
    admin_client.get(f"/admin/inquiries_inquiry/inspect/{inquiry.pk}/")
    entry = ModelLogEntry.objects.get(action="ocp.view_personal_data")
    assert entry.object_id == str(inquiry.pk) and entry.user.is_superuser
    admin_client.post(
        f"/admin/inquiries_inquiry/edit/{inquiry.pk}/",
        {"is_spam": "on", "spam_reason": "checked by hand"},
    )
    assert ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(inquiry.pk))
    response = admin_client.get("/admin/inquiries_participantregistration/", {"export": "csv"})
    b"".join(response.streaming_content)
    (exported,) = PrivacyAuditEntry.objects.filter(action="export")  # one per export
    assert exported.counts == {"participantregistration": ParticipantRegistration.objects.count()}
    logged = " ".join(f"{e.label} {e.data}" for e in ModelLogEntry.objects.all()) + " ".join(
        str(a.counts) for a in PrivacyAuditEntry.objects.all()
    )
    assert "Ann" not in logged and "ann@example.com" not in logged
