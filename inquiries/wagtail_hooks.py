"""Registers the intake with the admin: its permission policies, its menu group (with
the lead pipeline's listing first and the participant queue joining through
``INTAKE_MENU_HOOK``), and the gated-document check."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)
from inquiries.viewsets import (
    INTAKE_MENU_HOOK,
    InquiryViewSet,
    MaterialRequestViewSet,
    OnboardingRequestViewSet,
    OutboundEmailViewSet,
)
from leads.viewsets import LeadViewSet, ReceivedOnlyPolicy

for model in (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    ParticipantRegistration,
    OutboundEmail,
):
    register_permission_policy(model, ReceivedOnlyPolicy(model))


class IntakeViewSetGroup(ModelViewSetGroup):
    submenu_hook = INTAKE_MENU_HOOK
    items = (
        LeadViewSet,
        InquiryViewSet,
        MaterialRequestViewSet,
        OnboardingRequestViewSet,
        OutboundEmailViewSet,
    )
    menu_label = _("Intake")
    menu_icon = "mail"
    menu_order = 150


hooks.register("before_serve_document", refuse_gated_document)


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()
