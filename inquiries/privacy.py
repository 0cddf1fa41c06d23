"""Keeping personal data only as long as needed, and answering individuals' requests.

Japan's APPI asks that personal data be deleted once its purpose is served, and that a
person can see (disclosure) and have deleted (erasure) what is held on them. Both
are here as functions; ``purge_personal_data`` and ``privacy_request`` are the commands,
and the daily task keeps the purge running. Every run leaves a
:class:`~inquiries.models.PrivacyAuditEntry` that holds counts, never the data.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.forms.models import model_to_dict
from django.utils import timezone
from django_tasks import TaskResultStatus as ResultStatus
from django_tasks_db.models import DBTaskResult

from inquiries.models import (
    CLOSED_PARTICIPANT_STATUSES,
    Contact,
    IdempotencyKey,
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    Organization,
    OutboundEmail,
    ParticipantRegistration,
    PrivacyAuditEntry,
    RateLimitCounter,
    Stage,
    TimelineEntry,
)

SUBMISSION_MODELS = (Inquiry, MaterialRequest, OnboardingRequest, ParticipantRegistration)


def subject_hash(email: str) -> str:
    message = email.strip().lower().encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def _ago(days: int, now: datetime.datetime) -> datetime.datetime:
    return now - datetime.timedelta(days=days)


@transaction.atomic
def purge_expired(now: datetime.datetime | None = None, actor: str = "") -> dict[str, int]:
    """Deletes what is past its retention period; running it again deletes nothing more."""
    now = now or timezone.now()
    days = settings.RETENTION_DAYS
    counts: Counter = Counter()

    closed_leads = Organization.objects.filter(
        stage__in=[Stage.LOST, Stage.SPAM], touched_at__lt=_ago(days["lead_closed"], now)
    )
    for model in (Inquiry, MaterialRequest, OnboardingRequest):
        counts[model._meta.model_name] += (
            model.objects.filter(organization__in=closed_leads)
            .delete()[1]
            .get(model._meta.label, 0)
        )
    counts["organization"] += closed_leads.delete()[1].get(Organization._meta.label, 0)

    for model in SUBMISSION_MODELS:
        deleted = model.objects.filter(
            is_spam=True, submitted_at__lt=_ago(days["spam"], now)
        ).delete()[1]
        counts[model._meta.model_name] += deleted.get(model._meta.label, 0)

    deleted = ParticipantRegistration.objects.filter(
        status__in=CLOSED_PARTICIPANT_STATUSES,
        updated_at__lt=_ago(days["registration_closed"], now),
    ).delete()[1]
    counts["participantregistration"] += deleted.get(ParticipantRegistration._meta.label, 0)

    deleted = (
        OutboundEmail.objects.exclude(status=OutboundEmail.Status.PENDING)
        .filter(created_at__lt=_ago(days["email"], now))
        .delete()[1]
    )
    counts["outboundemail"] += deleted.get(OutboundEmail._meta.label, 0)
    RateLimitCounter.objects.filter(window_start__lt=_ago(1, now)).delete()

    # An Idempotency-Key keeps the answer (ids, download links) only while a retry can
    # use it; finished task rows keep their arguments (an email's id) and results.
    key_age = datetime.timedelta(seconds=settings.IDEMPOTENCY_KEY_MAX_AGE_SECONDS)
    deleted = IdempotencyKey.objects.filter(created_at__lt=now - key_age).delete()[1]
    counts["idempotencykey"] += deleted.get(IdempotencyKey._meta.label, 0)
    deleted = (
        DBTaskResult.objects.filter(status__in=[ResultStatus.SUCCESSFUL, ResultStatus.FAILED])
        .filter(finished_at__lt=_ago(days["task_result"], now))
        .delete()[1]
    )
    counts["dbtaskresult"] += deleted.get(DBTaskResult._meta.label, 0)

    result = {name: count for name, count in counts.items() if count}
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.PURGE, counts=result, actor=actor
    )
    return result


def held_on(email: str) -> dict[str, list]:
    """Everything held on one email address, by kind of record."""
    email = email.strip()
    found: dict[str, list] = {}
    for model in SUBMISSION_MODELS:
        records = list(model.objects.filter(email__iexact=email))
        if records:
            found[model._meta.model_name] = records
    contacts = list(Contact.objects.filter(email__iexact=email))
    if contacts:
        found["contact"] = contacts
    emails = [
        e
        for e in OutboundEmail.objects.filter(to__icontains=email)
        if email.lower() in (r.lower() for r in e.recipients)
    ]
    if emails:
        found["outboundemail"] = emails
    return found


def disclosure(email: str, actor: str = "") -> dict:
    """A JSON-ready copy of everything held on ``email`` (the APPI disclosure)."""
    found = held_on(email)
    copy = {
        kind: [
            {k: _plain(v) for k, v in model_to_dict(record).items()} | {"id": record.pk}
            for record in records
        ]
        for kind, records in found.items()
    }
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.DISCLOSURE,
        subject_hash=subject_hash(email),
        counts={kind: len(records) for kind, records in found.items()},
        actor=actor,
    )
    return copy


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [getattr(item, "pk", item) for item in value]
    return value if isinstance(value, str | int | float | bool | dict | type(None)) else str(value)


@transaction.atomic
def erase(email: str, actor: str = "") -> dict[str, int]:
    """Deletes everything held on ``email``: submissions, contacts, the emails sent to
    them, their timeline entries, and leads left with nobody."""
    found = held_on(email)
    counts: Counter = Counter()
    for kind, records in found.items():
        for record in records:
            if hasattr(record, "form_kind"):
                TimelineEntry.objects.filter(
                    record_kind=record.form_kind, record_id=record.pk
                ).delete()
            organization_id = getattr(record, "organization_id", None)
            record.delete()
            counts[kind] += 1
            if organization_id:
                _drop_empty_lead(organization_id, counts)
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.ERASURE,
        subject_hash=subject_hash(email),
        counts=dict(counts),
        actor=actor,
    )
    return dict(counts)


def _drop_empty_lead(organization_id: int, counts: Counter) -> None:
    organization = Organization.objects.filter(pk=organization_id).first()
    if organization is None:
        return
    still_held = organization.contacts.exists() or any(
        model.objects.filter(organization=organization).exists()
        for model in (Inquiry, MaterialRequest, OnboardingRequest)
    )
    if not still_held:
        organization.delete()
        counts["organization"] += 1


def mentions(email: str) -> int:
    """Rows anywhere in the intake that still contain ``email`` (for checks and tests)."""
    email = email.strip()
    total = sum(m.objects.filter(email__iexact=email).count() for m in SUBMISSION_MODELS)
    total += Contact.objects.filter(email__iexact=email).count()
    total += OutboundEmail.objects.filter(Q(to__icontains=email) | Q(body__icontains=email)).count()
    total += TimelineEntry.objects.filter(summary__icontains=email).count()
    return total
