"""The daily digest: one email a day (09:00 Japan time) to each member of staff who chose
it, listing the previous day's new submissions by kind, each linked to its admin screen.

A digest is written to the outbox like every email and sent by the worker. Its
Message-ID is fixed by the day and the reader, and the outbox's Message-IDs are unique,
so however many workers run the day's task, and however often, a reader gets the day's
digest once.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django_tasks import default_task_backend, task

from accounts.models import NotificationPreference
from home.clock import TOKYO, japan_time, staff_date
from inquiries.models import (
    SUBMISSION_MODELS,
    FormKind,
    LeadSubmission,
    OutboundEmail,
    Submission,
)
from inquiries.services import _email as write_email
from inquiries.services import admin_language, admin_url, message_id
from inquiries.tasks import schedule_send

JAPAN = TOKYO
DIGEST_HOUR = 9  # Japan time: when the previous day's digest is sent


@dataclass
class Entry:
    """One submission as a digest lists it: when, what (a company's name for a
    company's form, only the number for a person's registration) and where to open it."""

    time: str
    title: str
    url: str


def day_bounds(day: datetime.date) -> tuple[datetime.datetime, datetime.datetime]:
    """The start and end of ``day`` in Japan time, whatever the server's zone."""
    start = datetime.datetime.combine(day, datetime.time(), tzinfo=JAPAN)
    return start, start + datetime.timedelta(days=1)


def entries_for(user, day: datetime.date) -> dict[str, list[Entry]]:
    """The day's new (not spam) submissions that ``user``'s role may see, by form kind's
    label in the active language, oldest first; kinds with none are left out."""
    start, end = day_bounds(day)
    found: dict[str, list[Entry]] = {}
    for model in SUBMISSION_MODELS:
        if not user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}"):
            continue
        records = model.objects.filter(
            is_spam=False, submitted_at__gte=start, submitted_at__lt=end
        ).order_by("submitted_at", "pk")
        entries = [_entry(record) for record in records]
        if entries:
            found[str(FormKind(model.form_kind).label)] = entries
    return found


def _entry(record: Submission) -> Entry:
    time = formats.time_format(japan_time(record.submitted_at), "H:i")
    if isinstance(record, LeadSubmission):
        title = record.company
    else:  # a person: the number only, the screen shows the rest to who may see it
        title = gettext("Registration #%(number)s") % {"number": record.pk}
    return Entry(time=time, title=title, url=admin_url(record))


def digest_email(user, day: datetime.date) -> OutboundEmail | None:
    """``user``'s digest of ``day`` (unsaved), in their admin language; None when the
    day brought nothing their role may see (no empty digests)."""
    with translation.override(admin_language(user)):
        sections = entries_for(user, day)
        if not sections:
            return None
        count = sum(len(entries) for entries in sections.values())
        date = staff_date(day)
        subject = gettext("[OCP] New submissions on %(date)s: %(count)s") % {
            "date": date,
            "count": count,
        }
        return write_email(
            OutboundEmail.Purpose.DIGEST,
            user.email,
            subject,
            {"sections": sections, "date": date, "count": count},
            message_id=message_id("digest", day.isoformat(), user.pk),
        )


def write_digests(day: datetime.date) -> list[OutboundEmail]:
    """Writes ``day``'s digest of every user who chose one into the outbox and queues
    each send; returns the emails this call wrote (none for a digest already written,
    by an earlier run or by another worker at the same moment)."""
    written = []
    preferences = NotificationPreference.objects.choosing(NotificationPreference.Frequency.DAILY)
    for preference in preferences.order_by("user_id"):
        email = digest_email(preference.user, day)
        if email is None or OutboundEmail.objects.filter(message_id=email.message_id).exists():
            continue
        try:
            with transaction.atomic():
                email.save()
                schedule_send(email.pk)
        except IntegrityError:  # another worker wrote the same digest a moment ago
            continue
        written.append(email)
    return written


@task()
def send_daily_digests(day: str) -> int:
    """Writes the digests of ``day`` (ISO date, the day they report on) into the outbox,
    then queues the next day's. Safe to run twice and on several workers at once (see
    ``inquiries.digest``); run late (a worker was down at 09:00), it still reports on
    ``day``. Returns how many digests this run wrote."""
    reported = datetime.date.fromisoformat(day)
    written = write_digests(reported)
    schedule_daily_digest(reported + timedelta(days=1))
    return len(written)


def schedule_daily_digest(day: datetime.date | None = None) -> bool:
    """Queues the digest of ``day`` to run at 09:00 Japan time the day after, unless it
    is queued already. Without ``day``: the next digest to come (today's 09:00 run, for
    yesterday, when it is not yet 09:00 in Japan; else tomorrow's)."""
    if not default_task_backend.supports_defer:
        return False
    if day is None:
        now = timezone.now().astimezone(JAPAN)
        run_day = now.date() if now.hour < DIGEST_HOUR else now.date() + timedelta(days=1)
        day = run_day - timedelta(days=1)
    if _digest_queued(day):
        return False
    run_after = datetime.datetime.combine(
        day + timedelta(days=1), datetime.time(DIGEST_HOUR), tzinfo=JAPAN
    )
    send_daily_digests.using(run_after=run_after).enqueue(day.isoformat())
    return True


def _digest_queued(day: datetime.date) -> bool:
    """Whether ``day``'s digest task is waiting already (another run queued it)."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        status="READY", task_path=f"{__name__}.send_daily_digests"
    ).values_list("args_kwargs", flat=True)
    return any(args.get("args") == [day.isoformat()] for args in waiting)
