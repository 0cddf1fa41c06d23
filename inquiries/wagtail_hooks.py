"""Registers the intake with the admin: its permission policies, its menu group (with
the lead pipeline's listing first and the participant queue joining through
``INTAKE_MENU_HOOK``), the gated-document check, its dashboard panels (before going
live, failed emails) and the outbox's log actions."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from inquiries.admin_views import CANCEL_ACTION, RETRY_ACTION
from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)
from inquiries.panels import dashboard_panels
from inquiries.services import registration_links
from inquiries.viewsets import IntakeViewSetGroup
from leads.viewsets import ReceivedOnlyPolicy

for model in (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    ParticipantRegistration,
    OutboundEmail,
):
    register_permission_policy(model, ReceivedOnlyPolicy(model))


hooks.register("before_serve_document", refuse_gated_document)


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_intake_panels(request, panels):
    panels.extend(dashboard_panels(request.user))


@hooks.register("register_log_actions")
def register_outbox_actions(actions):
    actions.register_action(RETRY_ACTION, _("Send an email again"), _("Email queued to send again"))
    actions.register_action(CANCEL_ACTION, _("Cancel an email"), _("Email cancelled"))


# The lead's screen (which may not import the intake) shows a member's registration links.
hooks.register("lead_enrolment_links", registration_links)
