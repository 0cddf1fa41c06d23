"""The intake's panels on the admin dashboard: what is missing before the site goes
live (for who can set it; a short notice for other staff), and the outbox's failed
emails, a count that opens the outbox filtered on them."""

from __future__ import annotations

from django.urls import reverse
from wagtail.admin.ui.components import Component

from home.models import ROUTING_PERMISSION
from inquiries.models import OutboundEmail
from inquiries.readiness import missing_setup


class GoLivePanel(Component):
    """Everything still to set, each with a link to where it is set. Shown, first on
    the dashboard, to who may route personal data (they set the recipients) until
    nothing is missing."""

    name = "go_live"
    order = 10
    template_name = "inquiries/admin/go_live_panel.html"

    def __init__(self, missing):
        self.missing = missing

    def get_context_data(self, parent_context=None):
        return {"missing": self.missing}


class GoLiveNoticePanel(Component):
    """For other staff: the site is not set up yet, and who can set it."""

    name = "go_live_notice"
    order = 10
    template_name = "inquiries/admin/go_live_notice.html"


class FailedEmailsPanel(Component):
    """The failed emails the user may see, as a link to the outbox filtered on them."""

    name = "failed_emails"
    order = 60
    template_name = "inquiries/admin/failed_emails_panel.html"

    def __init__(self, count: int):
        self.count = count

    def get_context_data(self, parent_context=None):
        url = reverse("inquiries_outboundemail:index")
        return {"count": self.count, "url": f"{url}?status={OutboundEmail.Status.FAILED}"}


def dashboard_panels(user) -> list[Component]:
    panels: list[Component] = []
    missing = missing_setup(user)
    if missing:
        if user.has_perm(ROUTING_PERMISSION):
            panels.append(GoLivePanel(missing))
        else:
            panels.append(GoLiveNoticePanel())
    if user.has_perm("inquiries.view_outboundemail"):
        failed = OutboundEmail.objects.visible_to(user).failed().count()
        panels.append(FailedEmailsPanel(failed))
    return panels
