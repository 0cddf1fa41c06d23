"""Retention and individuals' requests: what goes leaves nothing behind, and the audit
trail says what happened without saying about whom."""

from __future__ import annotations

import datetime
import json

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from inquiries.models import (
    Inquiry,
    MaterialDownload,
    OutboundEmail,
    ParticipantRegistration,
    PrivacyAuditEntry,
)
from inquiries.privacy import held_on, purge_expired
from leads.choices import Stage
from leads.models import Contact, Organization, TimelineEntry
from tests.support.intake import run_worker, send
from tests.test_inquiries_onboarding_registration import SUPPORTED

pytestmark = pytest.mark.django_db

PERSON = "hanako@sample.example"


def mentions(email: str) -> int:
    """Rows anywhere in the database that still hold or name the person."""
    return sum(len(rows) for rows in held_on(email).values())


def inquiry(client, email=PERSON, company="Sample Co., Ltd.", **extra):
    response = send(
        client,
        "/en/contact/",
        {
            "company": company,
            "name": "Hanako Yamada",
            "email": email,
            "topic": "costs",
            "message": "Hello",
            "consent": "on",
            **extra,
        },
    )
    return Inquiry.objects.get(token=response["Location"].split("sent=")[1])


def age(queryset, days, field):
    queryset.update(**{field: timezone.now() - datetime.timedelta(days=days)})


def test_purge_deletes_what_is_past_retention_and_nothing_else(client):
    old_lost = inquiry(client, email="old@lost.example", company="Lost Ltd")
    age(Organization.objects.filter(pk=old_lost.organization_id), 400, "touched_at")
    Organization.objects.filter(pk=old_lost.organization_id).update(stage=Stage.LOST)
    recent_lost = inquiry(client, email="new@recent.example", company="Recent Ltd")
    Organization.objects.filter(pk=recent_lost.organization_id).update(stage=Stage.LOST)
    old_spam = inquiry(client, email="bot@spam.example", company="Spam", website="x")
    age(Inquiry.objects.filter(pk=old_spam.pk), 400, "submitted_at")
    send(client, "/en/register/?role=supported", SUPPORTED)
    registration = ParticipantRegistration.objects.get()
    ParticipantRegistration.objects.filter(pk=registration.pk).update(status="closed")
    age(ParticipantRegistration.objects.all(), 4 * 365, "updated_at")
    open_lead = inquiry(client)
    run_worker()
    age(OutboundEmail.objects.filter(to="old@lost.example"), 100, "created_at")

    counts = purge_expired()
    assert counts["organization"] == 1 and counts["inquiry"] == 2
    assert counts["participantregistration"] == 1
    assert mentions("old@lost.example") == 0
    assert mentions("bot@spam.example") == 0
    assert not ParticipantRegistration.objects.exists()
    assert Inquiry.objects.filter(pk__in=[recent_lost.pk, open_lead.pk]).count() == 2
    assert purge_expired() == {}  # safe to rerun
    audit = PrivacyAuditEntry.objects.filter(action="purge").first()
    assert "@" not in json.dumps(audit.counts) and audit.subject_hash == ""


def test_erasure_removes_a_person_everywhere_and_keeps_the_others(client):
    from programs.models import Material

    mine = inquiry(client)
    colleague = inquiry(client, email="taro@sample.example")
    material = Material.objects.get(locale__language_code="en")
    response = send(
        client,
        "/en/request-materials/",
        {
            "company": "Sample Co., Ltd.",
            "name": "Hanako",
            "email": PERSON,
            "role": "HR",
            "company_size": "1-49",
            "foreign_employees": "1-9",
            "heard_from": "search",
            "materials": [material.pk],
            "consent": "on",
        },
    )
    html = client.get(response["Location"]).content.decode()
    link = next(p.split('"')[0] for p in html.split('href="')[1:] if "/downloads/" in p)
    client.get(link.replace("http://127.0.0.1:8000", ""))
    send(client, "/en/register/?role=supported", {**SUPPORTED, "email": PERSON})
    run_worker()
    assert mentions(PERSON) >= 5

    call_command("privacy_request", "erase", PERSON, yes=True)

    assert mentions(PERSON) == 0
    assert not MaterialDownload.objects.exists()
    assert Inquiry.objects.filter(pk=colleague.pk).exists()
    lead = Organization.objects.get(pk=mine.organization_id)  # the colleague is still there
    assert list(lead.contacts.values_list("email", flat=True)) == ["taro@sample.example"]
    assert not TimelineEntry.objects.filter(record_kind="inquiry", record_id=mine.pk).exists()
    audit = PrivacyAuditEntry.objects.get(action="erasure")
    assert PERSON not in audit.subject_hash and len(audit.subject_hash) == 64
    assert "@" not in json.dumps(audit.counts)


def test_erasing_the_last_person_of_a_lead_removes_the_lead(client):
    mine = inquiry(client, email="solo@alone.example", company="Alone KK")
    call_command("privacy_request", "erase", "solo@alone.example", yes=True)
    assert not Organization.objects.filter(pk=mine.organization_id).exists()
    assert not Contact.objects.exists()


def test_disclosure_exports_everything_held_as_a_private_file(client, tmp_path):
    inquiry(client)
    send(client, "/en/register/?role=supported", {**SUPPORTED, "email": PERSON})
    target = tmp_path / "disclosure.json"
    call_command("privacy_request", "export", PERSON, output=str(target))
    data = json.loads(target.read_text())
    assert data["inquiry"][0]["email"] == PERSON
    assert data["participantregistration"][0]["family"][0]["relation"] == "spouse"
    assert data["contact"][0]["email"] == PERSON
    assert oct(target.stat().st_mode)[-3:] == "600"
    assert PrivacyAuditEntry.objects.filter(action="disclosure").exists()


def test_daily_purge_is_queued_once_and_queues_the_next(client):
    call_command("purge_personal_data", schedule=True)
    call_command("purge_personal_data", schedule=True)
    queued = DBTaskResult.objects.filter(
        status="READY", task_path__endswith="purge_personal_data_daily"
    )
    assert queued.count() == 1
    due = timezone.localtime(queued.get().run_after)
    assert due.date() == timezone.localdate() + datetime.timedelta(days=1) and due.hour == 3
    queued.update(run_after=timezone.now())
    run_worker()
    assert PrivacyAuditEntry.objects.filter(action="purge", actor="daily task").exists()
    assert queued.filter(status="READY").count() == 1  # the next one
