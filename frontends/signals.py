"""Tells the front ends what changed: the same changes, in the same shape, as the
static export's signals (``staticsite.signals``), each with the path the page had, so
a front end also drops the address of a page that was unpublished, deleted or moved
away (the static export removes its files from its manifest instead).

Each change becomes an ``announce_changes`` task once its transaction commits (a
rolled-back edit announces nothing), and only when a front end has a webhook: the
request that publishes never waits on a front end.
"""

from __future__ import annotations

import contextlib
import copy
import functools

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from frontends.tasks import announce_changes, webhook_frontends
from staticsite.changes import SHOWN_ON


def note(*changes: dict) -> None:
    changes = list(changes)
    transaction.on_commit(lambda: announce_changes.enqueue(changes=changes))


def when_configured(handler):
    """Runs ``handler`` only when a front end has a webhook: without one a publish
    costs nothing more (no address worked out, no task queued)."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        if webhook_frontends():
            handler(*args, **kwargs)

    return wrapper


def public_path(page: Page) -> str | None:
    """The page's address on the site (``/en/faq/``), as far as its tree says."""
    with contextlib.suppress(Exception):  # a page outside every site has none
        parts = page.get_url_parts()
        return parts[2] if parts else None
    return None


def page_change(page: Page, action: str, path: str | None = None, **extra) -> dict:
    return {
        "page": page.pk,
        "action": action,
        "language": page.locale.language_code,
        "path": path if path is not None else public_path(page),
        "why": f"page {page.pk} {action}",
        **extra,
    }


@when_configured
def on_published(sender, instance, **kwargs):
    note(page_change(instance, "published"))


@when_configured
def on_unpublished(sender, instance, **kwargs):
    note(page_change(instance, "unpublished", translation_key=str(instance.translation_key)))


@when_configured
def on_moved(sender, instance, parent_page_before, url_path_before, **kwargs):
    before = copy.copy(instance)
    before.url_path = url_path_before
    note(
        page_change(instance, "moved", public_path(before), parent=parent_page_before.pk),
        page_change(instance, "moved"),  # its new address too
    )


@when_configured
def on_deleted(sender, instance, **kwargs):
    if sender is not Page:  # once per page, not once per model of its type
        return
    parent = instance.path[: -Page.steplen]
    parent_id = Page.objects.filter(path=parent).values_list("pk", flat=True).first()
    note(
        page_change(
            instance,
            "deleted",
            parent=parent_id,
            translation_key=str(instance.translation_key),
        )
    )


@when_configured
def on_snippet_changed(sender, instance, **kwargs):
    label = sender._meta.label_lower
    locale = getattr(instance, "locale", None)
    note(
        {
            "snippet": label,
            "action": "changed",
            "locale": instance.locale_id,
            "language": locale.language_code if locale else None,
            "why": f"{label} {instance.pk} changed",
        }
    )


def connect() -> None:
    page_published.connect(on_published, dispatch_uid="frontends_published")
    page_unpublished.connect(on_unpublished, dispatch_uid="frontends_unpublished")
    post_page_move.connect(on_moved, dispatch_uid="frontends_moved")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="frontends_deleted")
    for label in SHOWN_ON:
        model = apps.get_model(label)
        for signal in (post_save, post_delete):
            signal.connect(on_snippet_changed, sender=model, dispatch_uid=f"frontends_{label}")
