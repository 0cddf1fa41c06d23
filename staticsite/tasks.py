"""The worker's part in the static export: refreshing it after each change, and
renewing the forms' baked tokens each period even when nothing is published."""

from __future__ import annotations

import datetime

from django.conf import settings
from django_tasks import default_task_backend, task
from django_tasks_db.models import DBTaskResult, get_date_max

from inquiries.tokens import shared_token_period, shared_token_start
from staticsite.render import Target
from staticsite.writer import StaticSite


@task()
def refresh_static_site(changes: list[dict]) -> dict:
    """Re-renders what ``changes`` affect in ``STATIC_EXPORT_DIR`` (see
    ``staticsite.writer.StaticSite.refresh``). Safe to run twice or out of order: it
    renders the content as it is now and writes only the files whose bytes differ."""
    if not settings.STATIC_EXPORT_DIR:
        return {"skipped": "STATIC_EXPORT_DIR is not set"}
    site = StaticSite(settings.STATIC_EXPORT_DIR, Target.from_options(None, None))
    trigger = "; ".join(change.get("why", "") for change in changes) or "change"
    report = site.refresh(changes, trigger=trigger)
    schedule_token_refresh()
    return {"mode": report.mode, "written": len(report.written), "removed": len(report.removed)}


TOKEN_REFRESH = {"why": "form tokens of a new period"}


def schedule_token_refresh() -> bool:
    """Queues a refresh just after the next shared-token period begins, unless one is
    queued: the exported forms' baked tokens (``inquiries.tokens.shared_token``) are
    renewed each period even when nothing is published. Each refresh queues the next."""
    if not settings.STATIC_EXPORT_DIR or not default_task_backend.supports_defer:
        return False
    queued = DBTaskResult.objects.filter(
        status="READY", task_path=f"{__name__}.refresh_static_site"
    ).exclude(run_after=get_date_max())
    if queued.exists():
        return False
    start = shared_token_start() + shared_token_period() + 60
    run_after = datetime.datetime.fromtimestamp(start, tz=datetime.UTC)
    refresh_static_site.using(run_after=run_after).enqueue(changes=[TOKEN_REFRESH])
    return True
