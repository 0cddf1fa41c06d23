"""The worker's daily round of check-ins (``participants.checkins.send_due``): each run
queues the next, like the intake's daily purge and digest."""

from __future__ import annotations

import datetime

from django.utils import timezone
from django_tasks import default_task_backend, task

from participants import checkins

CHECK_IN_HOUR = 10  # Japan time: mid-morning, when an email is read, not buried


@task()
def send_check_ins_daily() -> dict:
    counts = checkins.send_due()
    schedule_check_ins(force=True)
    return counts


def schedule_check_ins(force: bool = False, now: datetime.datetime | None = None) -> bool:
    """Queues the next round (at CHECK_IN_HOUR, today if it has not come, else
    tomorrow) unless one is queued already."""
    if not default_task_backend.supports_defer:
        return False
    if not force and _queued():
        return False
    now = timezone.localtime(now or timezone.now())
    later_today = now.hour < CHECK_IN_HOUR and not force
    day = now.date() if later_today else now.date() + datetime.timedelta(days=1)
    run_after = timezone.make_aware(datetime.datetime.combine(day, datetime.time(CHECK_IN_HOUR)))
    send_check_ins_daily.using(run_after=run_after).enqueue()
    return True


def _queued() -> bool:
    from django_tasks_db.models import DBTaskResult  # only with the database backend

    return DBTaskResult.objects.filter(
        status="READY", task_path=f"{__name__}.send_check_ins_daily"
    ).exists()
