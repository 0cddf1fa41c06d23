"""Admin screens for what the intake receives. The lead pipeline builds on these."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Records arrive through the forms (and emails through the outbox), never by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


for model in (Inquiry, MaterialRequest, OnboardingRequest, ParticipantRegistration, OutboundEmail):
    register_permission_policy(model, ReceivedOnlyPolicy(model))


class InquiryViewSet(ModelViewSet):
    model = Inquiry
    name = "inquiries_inquiry"
    icon = "mail"
    menu_label = _("Inquiries")
    list_display = ["company", "name", "topic", "locale", "submitted_at", "is_spam"]
    list_filter = ["topic", "locale", "is_spam", "submitted_at"]
    search_fields = ["company", "name", "email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    # Staff may only mark a record as spam or recover it.
    form_fields = ["is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "company",
        "department",
        "name",
        "email",
        "phone",
        "topic",
        "message",
        "consent_version",
        "is_spam",
        "spam_reason",
        "source_page",
    ]


class MaterialRequestViewSet(ModelViewSet):
    model = MaterialRequest
    name = "inquiries_materialrequest"
    icon = "doc-full"
    menu_label = _("Material requests")
    list_display = ["company", "name", "company_size", "locale", "submitted_at", "is_spam"]
    list_filter = ["company_size", "foreign_employees", "heard_from", "locale", "is_spam"]
    search_fields = ["company", "name", "email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "company",
        "name",
        "email",
        "role",
        "company_size",
        "foreign_employees",
        "heard_from",
        "materials",
        "consent_version",
        "is_spam",
        "spam_reason",
    ]


class OnboardingRequestViewSet(ModelViewSet):
    model = OnboardingRequest
    name = "inquiries_onboardingrequest"
    icon = "site"
    menu_label = _("Onboarding requests")
    list_display = [
        "company",
        "industry",
        "prefecture",
        "preferred_start",
        "submitted_at",
        "is_spam",
    ]
    list_filter = ["industry", "prefecture", "employees", "locale", "is_spam"]
    search_fields = ["company", "name", "email"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "company",
        "industry",
        "prefecture",
        "employees",
        "foreign_employees",
        "main_languages",
        "goals",
        "interests",
        "expected_supported",
        "expected_volunteers",
        "preferred_start",
        "name",
        "department",
        "email",
        "phone",
        "message",
        "consent_version",
        "is_spam",
        "spam_reason",
    ]


class ParticipantRegistrationViewSet(ModelViewSet):
    model = ParticipantRegistration
    name = "inquiries_participantregistration"
    icon = "user"
    menu_label = _("Participant registrations")
    list_display = [
        "name",
        "role",
        "company",
        "nationality",
        "needs_review",
        "submitted_at",
        "is_spam",
    ]
    list_filter = [
        "role",
        "needs_review",
        "nationality",
        "prefecture",
        "activity_type",
        "activity_format",
        "locale",
        "is_spam",
    ]
    search_fields = ["name", "email", "company"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["is_spam", "spam_reason", "needs_review", "review_reason"]
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


class OutboundEmailViewSet(ModelViewSet):
    model = OutboundEmail
    name = "inquiries_outboundemail"
    icon = "mail"
    menu_label = _("Outgoing emails")
    list_display = ["subject", "purpose", "status", "attempts", "created_at", "sent_at"]
    list_filter = ["status", "purpose", "form_kind"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    inspect_view_fields = [
        "purpose",
        "form_kind",
        "record_id",
        "language",
        "status",
        "attempts",
        "last_error",
        "message_id",
        "created_at",
        "sent_at",
        "subject",
    ]


class IntakeViewSetGroup(ModelViewSetGroup):
    items = (
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
