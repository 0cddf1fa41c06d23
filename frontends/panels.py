"""The front ends on the admin dashboard: which are configured (their secrets masked)
and how many webhook deliveries failed, a count that opens the log filtered on them."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from wagtail.admin.ui.components import Component

from frontends.models import WebhookDelivery


class FrontEndsPanel(Component):
    name = "frontends"
    order = 65
    template_name = "frontends/admin/frontends_panel.html"

    def __init__(self, failed: int):
        self.failed = failed

    def get_context_data(self, parent_context=None):
        url = reverse("frontends_webhookdelivery:index")
        return {
            "frontends": settings.FRONTENDS,
            "failed": self.failed,
            "failed_url": f"{url}?status={WebhookDelivery.Status.FAILED}",
        }


def dashboard_panels(user) -> list[Component]:
    if not settings.FRONTENDS or not user.has_perm("frontends.view_webhookdelivery"):
        return []
    return [FrontEndsPanel(WebhookDelivery.objects.failed().count())]
