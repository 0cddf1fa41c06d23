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

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.dispatch import Signal
from django.forms.models import model_to_dict
from django.utils import timezone
from django_tasks import TaskResultStatus as ResultStatus
from django_tasks_db.models import DBTaskResult

from inquiries import erasure
from inquiries.models import (
    CLOSED_PARTICIPANT_STATUSES,
    SUBMISSION_MODELS,
    IdempotencyKey,
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
    PrivacyAuditEntry,
    RateLimitCounter,
)
from leads.choices import Stage
from leads.models import Organization


def subject_hash(email: str) -> str:
    message = email.strip().lower().encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def audit_export(sender, user, count: int, **kwargs) -> None:
    """Records a staff export (``leads.exports.exported``): who exported how many rows
    of which model, not which rows."""
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.EXPORT,
        counts={sender._meta.model_name: count},
        actor=user.get_username(),
    )


# Sent by the daily purge, in its transaction, with ``now``: connect a receiver that
# deletes what is past its retention in another room and returns the counts.
purging = Signal()


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

    # The rooms that build on the intake purge their own tables (the intake does not
    # import them): each receiver returns {model name: rows deleted}.
    for _receiver, deleted in purging.send(sender=purge_expired, now=now):
        counts.update(deleted or {})

    result = {name: count for name, count in counts.items() if count}
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.PURGE, counts=result, actor=actor
    )
    return result


def held_on(email: str, names=(), phones=()) -> dict[str, list]:
    """Everything held on one person, by place (see ``inquiries.erasure``): their own
    rows, and every text that names them by ``email``, by a name or phone their rows
    give, or by ``names``/``phones`` they told us of (for what their rows no longer
    show, e.g. after an earlier erasure)."""
    return erasure.find(erasure.Subject.of(email, names, phones))


def disclosure(email: str, actor: str = "") -> dict:
    """A JSON-ready copy of everything held on ``email`` (the APPI disclosure)."""
    found = held_on(email)
    copy = {kind: [_disclosed(record) for record in records] for kind, records in found.items()}
    PrivacyAuditEntry.objects.create(
        action=PrivacyAuditEntry.Action.DISCLOSURE,
        subject_hash=subject_hash(email),
        counts={kind: len(records) for kind, records in found.items()},
        actor=actor,
    )
    return copy


def _disclosed(record) -> dict:
    """A row of the person's own in full; of a text elsewhere, only the excerpt that
    names them (the rest of a staff note may be about other people)."""
    if isinstance(record, erasure.Mention):
        return {
            "table": record.model,
            "id": _plain(record.pk),
            "field": record.column,
            "excerpt": record.excerpt,
        }
    return {k: _plain(v) for k, v in model_to_dict(record).items()} | {"id": _plain(record.pk)}


def _plain(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [getattr(item, "pk", item) for item in value]
    return value if isinstance(value, str | int | float | bool | dict | type(None)) else str(value)


def erase(email: str, actor: str = "", names=(), phones=()) -> dict[str, int]:
    """Erases everything held on the person (see :func:`held_on`): their rows are
    deleted, leads left with nobody go, and every text that names them elsewhere is
    redacted. The audit entry keeps a keyed hash and counts, and the database files
    are compacted so the old text cannot be read back from free pages."""
    subject = erasure.Subject.of(email, names, phones)
    with transaction.atomic():
        counts = dict(erasure.erase(subject))
        PrivacyAuditEntry.objects.create(
            action=PrivacyAuditEntry.Action.ERASURE,
            subject_hash=subject_hash(email),
            counts=counts,
            actor=actor,
        )
    erasure.compact_database(_tables(counts))
    return counts


def _tables(counts: dict[str, int]) -> list[str]:
    labels = {kind.split(":")[0] for kind in counts}
    return [
        model._meta.db_table
        for model in apps.get_models(include_auto_created=True)
        if model._meta.label_lower in labels or model._meta.model_name in labels
    ]
