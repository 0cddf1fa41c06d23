"""Background work of the site: keeping the static export current."""

from __future__ import annotations

from django.conf import settings
from django_tasks import task


@task()
def refresh_static_site(changes: list[dict]) -> dict:
    """Re-renders what ``changes`` affect in ``STATIC_EXPORT_DIR`` (see
    ``home.static_site.StaticSite.refresh``). Safe to run twice or out of order: it
    renders the content as it is now and writes only the files whose bytes differ."""
    from home.static_site import StaticSite, Target

    if not settings.STATIC_EXPORT_DIR:
        return {"skipped": "STATIC_EXPORT_DIR is not set"}
    site = StaticSite(settings.STATIC_EXPORT_DIR, Target.from_options(None, None))
    trigger = "; ".join(change.get("why", "") for change in changes) or "change"
    report = site.refresh(changes, trigger=trigger)
    return {"mode": report.mode, "written": len(report.written), "removed": len(report.removed)}
