"""Tells the static export what changed: pages published, unpublished, moved or
deleted, and the snippets and settings that pages show.

Each change becomes a ``refresh_static_site`` task once its transaction commits (a
rolled-back edit changes nothing), and only when ``STATIC_EXPORT_DIR`` is set.
"""

from __future__ import annotations

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from staticsite.changes import SHOWN_ON
from staticsite.tasks import refresh_static_site


def note(*changes: dict) -> None:
    if not settings.STATIC_EXPORT_DIR:
        return
    changes = list(changes)
    transaction.on_commit(lambda: refresh_static_site.enqueue(changes=changes))


def on_published(sender, instance, **kwargs):
    note({"page": instance.pk, "why": f"page {instance.pk} published"})


def on_unpublished(sender, instance, **kwargs):
    # Also sent for a live page being deleted: the key finds its translations then.
    key = str(instance.translation_key)
    note({"page": instance.pk, "translation_key": key, "why": f"page {instance.pk} unpublished"})


def on_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    note({"page": instance.pk, "parent": parent_page_before.pk, "why": f"page {instance.pk} moved"})


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
