"""Tells the static export and every other copy of the pages what changed: pages
published, unpublished, moved or deleted, and the snippets and settings that pages show.

Once its transaction commits (a rolled-back edit changes nothing), each change becomes
a ``refresh_static_site`` task when ``STATIC_EXPORT_DIR`` is set, and is sent as
``site_changed`` to the other copies (the page cache, a CDN), which find what to drop
with the same function (``staticsite.changes.stale_pages``). A page change also carries
the addresses the page had (``urls``) when a move or a deletion takes them away.
"""

from __future__ import annotations

import copy

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from staticsite.changes import SHOWN_ON
from staticsite.tasks import refresh_static_site

# Sent once a change is committed, with ``changes`` (a list of change dicts).
site_changed = Signal()


def note(*changes: dict) -> None:
    changes = list(changes)

    def committed():
        if settings.STATIC_EXPORT_DIR:
            refresh_static_site.enqueue(changes=changes)
        site_changed.send(sender=note, changes=changes)

    transaction.on_commit(committed)


def address(page: Page, url_path: str | None = None) -> list[str]:
    """The page's address (``/en/faq/``), at ``url_path`` if given (where it was)."""
    if url_path is not None:
        page = copy.copy(page)
        page.url_path = url_path
    parts = page.get_url_parts()
    return [parts[2]] if parts else []


def on_published(sender, instance, **kwargs):
    note({"page": instance.pk, "why": f"page {instance.pk} published"})


def on_unpublished(sender, instance, **kwargs):
    # Also sent for a live page being deleted: the key finds its translations then.
    key = str(instance.translation_key)
    note({"page": instance.pk, "translation_key": key, "why": f"page {instance.pk} unpublished"})


def on_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    note(
        {
            "page": instance.pk,
            "parent": parent_page_before.pk,
            "urls": address(instance, kwargs.get("url_path_before")),
            "why": f"page {instance.pk} moved",
        }
    )


def on_deleted(sender, instance, **kwargs):
    if sender is not Page:  # once per page, not once per model of its type
        return
    parent = instance.path[: -Page.steplen]
    parent_id = Page.objects.filter(path=parent).values_list("pk", flat=True).first()
    note(
        {
            "page": instance.pk,
            "parent": parent_id,
            "translation_key": str(instance.translation_key),
            "urls": address(instance),
            "why": f"page {instance.pk} deleted",
        }
    )


def on_snippet_changed(sender, instance, **kwargs):
    label = sender._meta.label_lower
    note({"snippet": label, "locale": instance.locale_id, "why": f"{label} {instance.pk} changed"})


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="static_site_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="static_site_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="static_site_moved")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="static_site_deleted")
    for label in SHOWN_ON:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(on_snippet_changed, sender=model, dispatch_uid=f"static_site_{label}")
