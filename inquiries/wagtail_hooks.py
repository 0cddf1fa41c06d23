"""Registers the intake with the admin: its permission policies, its menu group (with
the lead pipeline's listing first), and the gated-document check."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup
from wagtail.permissions import register_permission_policy

from inquiries.admin_views import ParticipantFilterSet
from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)
from inquiries.viewsets import (
    InquiryViewSet,
    MaterialRequestViewSet,
    OnboardingRequestViewSet,
    OutboundEmailViewSet,
    SubmissionViewSet,
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


class ParticipantRegistrationViewSet(SubmissionViewSet):
    """The participant queue: each registration from sign-up to a pair."""

    model = ParticipantRegistration
    name = "inquiries_participantregistration"
    icon = "user"
    menu_label = _("Participant queue")
    list_display = [
        "name",
        "role",
        "status",
        "company",
        "nationality",
        "needs_review",
        "submitted_at",
    ]
    filterset_class = ParticipantFilterSet
    list_export = [
        "submitted_at",
        "status",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "contact_language",
        "nationality",
        "years_in_japan",
        "prefecture",
        "municipality",
        "needs",
        "activity_type",
        "activity_format",
        "pair_preference",
        "availability",
        "needs_review",
        "review_reason",
    ]
    export_filename = "participants"
    search_fields = ["name", "email", "company"]
    form_fields = ["status", "needs_review", "review_reason", "is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "contact_language",
        "languages",
        "japanese_level",
        "nationality",
        "years_in_japan",
        "prefecture",
        "municipality",
        "family",
        "needs",
        "needs_other",
        "activity_type",
        "activity_format",
        "pair_preference",
        "availability",
        "hobbies",
        "agrees_to_screening",
        "needs_review",
        "review_reason",
        "consent_version",
        "is_spam",
        "spam_reason",
    ]


class IntakeViewSetGroup(ModelViewSetGroup):
    items = (
        LeadViewSet,
        InquiryViewSet,
        MaterialRequestViewSet,
        OnboardingRequestViewSet,
        ParticipantRegistrationViewSet,
        OutboundEmailViewSet,
    )
    menu_label = _("Intake")
    menu_icon = "mail"
    menu_order = 150


hooks.register("before_serve_document", refuse_gated_document)


@hooks.register("register_admin_viewset")
def register_intake_viewsets():
    return IntakeViewSetGroup()
