"""Registers the intake with the admin: its permission policies, its menu group (with
the lead pipeline's listing first and the participant queue joining through
``INTAKE_MENU_HOOK``), and the gated-document check."""

from wagtail import hooks
from wagtail.permissions import register_permission_policy

from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)
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
