"""The delivery log: one row per change event and front end, the outbox of webhooks.

The row is written by the worker when it works out what a change affects
(``frontends.tasks.announce_changes``), holds the exact bytes every attempt sends, and
says whether the front end took them: staff see the deliveries that keep failing, and
why, in the admin (``frontends.viewsets``) and on the dashboard.
"""

from __future__ import annotations

import datetime
import json

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext, pgettext

CLAIM_EXPIRY = datetime.timedelta(minutes=10)  # a send never takes this long: its worker died


class WebhookDeliveryQuerySet(models.QuerySet):
    def failed(self):
        return self.filter(status=WebhookDelivery.Status.FAILED)

    def claimable(self, now: datetime.datetime):
        """Waiting, or taken by a worker that stopped before it finished."""
        Status = WebhookDelivery.Status
        return self.filter(
            models.Q(status=Status.PENDING)
            | models.Q(status=Status.SENDING, claimed_at__lt=now - CLAIM_EXPIRY)
        )


class WebhookDelivery(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed; retries exhausted")

    class Problem(models.TextChoices):
        NONE = "", _("None")
        HTTP = "http", _("Error answer")
        TIMEOUT = "timeout", _("No answer in time")
        CONNECTION = "connection", _("Could not connect")
        REFUSED = "refused", _("Address refused")
        NOT_CONFIGURED = "not_configured", _("Front end no longer configured")

    event_id = models.UUIDField(_("event"), editable=False)
    frontend = models.CharField(_("front end"), max_length=30)
    url = models.CharField(_("address"), max_length=2000)
    body = models.TextField(_("event as sent"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    problem = models.CharField(
        _("last problem"), max_length=20, choices=Problem.choices, blank=True, default=""
    )
    answer_status = models.PositiveSmallIntegerField(_("last answer"), null=True, blank=True)
    error = models.CharField(_("technical detail"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = WebhookDeliveryQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["event_id", "frontend"], name="one_delivery_per_event")
        ]

    def __str__(self) -> str:  # the inspect page's title: nothing personal in an event
        return f"{self.frontend}: {self.what_changed()}"

    @property
    def event(self) -> dict:
        return json.loads(self.body)

    def what_changed(self) -> str:
        """The event in the reader's language: its changes and how many paths."""
        event = self.event
        paths = sum(len(paths) for paths in event.get("paths", {}).values())
        # A move is two changes (the address left, then the new one): named once, by
        # the new address.
        texts = {}
        for change in event.get("changes", []):
            key = (change.get("action"), change.get("page"), change.get("snippet"))
            texts[key] = change_text(change)
        changes = list(texts.values())
        count = ngettext("%(count)s path", "%(count)s paths", paths) % {"count": paths}
        return _("%(changes)s (%(paths)s)") % {
            "changes": pgettext("between list items", "; ").join(changes),
            "paths": count,
        }

    what_changed.short_description = _("what changed")

    def problem_text(self) -> str:
        """The last problem in the reader's language, with its technical detail."""
        if not self.problem:
            return ""
        if self.problem == self.Problem.HTTP:
            text = _("The front end answered HTTP %(status)s.") % {"status": self.answer_status}
        else:
            text = str(self.get_problem_display())
        if not self.error:
            return str(text)
        return _("%(problem)s: %(detail)s") % {"problem": text, "detail": self.error}

    problem_text.short_description = _("last problem")


def change_text(change: dict) -> str:
    page = change.get("page")
    texts = {
        "published": _("Page %(page)s published"),
        "unpublished": _("Page %(page)s unpublished"),
        "moved": _("Page %(page)s moved"),
        "deleted": _("Page %(page)s deleted"),
    }
    if change.get("action") in texts:  # named by its address, as staff know it
        return texts[change["action"]] % {"page": change.get("path") or page}
    try:
        name = apps.get_model(change.get("snippet", ""))._meta.verbose_name
    except (LookupError, ValueError):  # a model since removed: its label as sent
        name = change.get("snippet", "")
    return _("%(snippet)s changed") % {"snippet": name}
