"""Admin screens for what the intake receives. The lead pipeline builds on these; the
participant queue (``participants``) joins their menu."""

import datetime

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from inquiries.admin_views import (
    AuditedInspectView,
    LeadEditView,
    LeadFilterSet,
    LeadIndexView,
    LeadInspectView,
    OutboundEmailDeleteView,
    OutboundEmailEditView,
    OutboundEmailHistoryView,
    OutboundEmailIndexView,
    OutboundEmailInspectView,
    OutboundEmailUsageView,
    SafeExportIndexView,
    merge_lead,
    split_submission,
)
from inquiries.bulk_actions import (
    AssignLeadsBulkAction,
    MarkSpamBulkAction,
    MoveStageBulkAction,
)
from inquiries.downloads import refuse_gated_document
from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    Organization,
    OutboundEmail,
    ParticipantRegistration,
    PipelineSummary,
)


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Records arrive through the forms (and emails through the outbox), never by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


for model in (
    Organization,
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    ParticipantRegistration,
    OutboundEmail,
):
    register_permission_policy(model, ReceivedOnlyPolicy(model))


class LeadViewSet(ModelViewSet):
    """The lead pipeline: every company that showed interest, by stage."""

    model = Organization
    name = "inquiries_lead"
    index_template_name = "inquiries/admin/lead_index.html"
    icon = "group"
    menu_label = _("Leads")
    index_view_class = LeadIndexView
    edit_view_class = LeadEditView
    inspect_view_class = LeadInspectView
    inspect_template_name = "inquiries/admin/lead_inspect.html"
    filterset_class = LeadFilterSet
    list_display = ["name", "stage", "assignee", "source", "locale", "next_follow_up", "created_at"]
    search_fields = ["name", "contacts__name", "contacts__email"]
    list_export = [
        "name",
        "stage",
        "assignee",
        "source",
        "locale",
        "next_follow_up",
        "created_at",
        "notes",
    ]
    export_filename = "leads"
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["stage", "lost_reason", "assignee", "next_follow_up", "notes"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("merge/<int:pk>/", merge_lead, name="merge"),
            path("split/<str:kind>/<int:pk>/", split_submission, name="split"),
        ]

    inspect_view_fields = [
        "name",
        "stage",
        "lost_reason",
        "assignee",
        "next_follow_up",
        "source",
        "locale",
        "email_domain",
        "created_at",
        "touched_at",
        "notes",
    ]


class SubmissionViewSet(ModelViewSet):
    """What every listing of received submissions shares: exports that are safe and
    logged, an inspect page that logs each view, and no copying. Staff may only mark
    a record as spam or recover it (and, for registrations, move it on)."""

    index_view_class = SafeExportIndexView
    inspect_view_class = AuditedInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["is_spam", "spam_reason"]
    search_fields = ["company", "name", "email"]
    export_headings = {
        "submitted_at": _("Submitted at (Japan time)"),
        "organization.stage": _("Stage"),
        "organization.assignee": _("Assignee"),
    }


class InquiryViewSet(SubmissionViewSet):
    model = Inquiry
    name = "inquiries_inquiry"
    icon = "mail"
    menu_label = _("Inquiries")
    list_display = ["company", "name", "topic", "locale", "submitted_at", "is_spam"]
    list_filter = ["topic", "locale", "is_spam", "submitted_at"]
    list_export = [
        "submitted_at",
        "locale",
        "company",
        "department",
        "name",
        "email",
        "phone",
        "topic",
        "message",
        "organization.stage",
        "organization.assignee",
        "is_spam",
        "spam_reason",
    ]
    export_filename = "inquiries"
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


class MaterialRequestViewSet(SubmissionViewSet):
    model = MaterialRequest
    name = "inquiries_materialrequest"
    icon = "doc-full"
    menu_label = _("Material requests")
    list_display = ["company", "name", "company_size", "locale", "submitted_at", "is_spam"]
    list_filter = ["company_size", "foreign_employees", "heard_from", "locale", "is_spam"]
    list_export = [
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
        "organization.stage",
        "organization.assignee",
        "is_spam",
        "spam_reason",
    ]
    export_filename = "material-requests"
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


class OnboardingRequestViewSet(SubmissionViewSet):
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
    list_export = [
        "submitted_at",
        "locale",
        "company",
        "department",
        "name",
        "email",
        "phone",
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
        "message",
        "organization.stage",
        "organization.assignee",
        "is_spam",
        "spam_reason",
    ]
    export_filename = "onboarding-requests"
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


class OutboundEmailViewSet(ModelViewSet):
    """The outbox. Each user sees only the emails about the records they may see, in
    every view (listing, export, inspect, edit, delete, history, usage)."""

    model = OutboundEmail
    name = "inquiries_outboundemail"
    icon = "mail"
    menu_label = _("Outgoing emails")
    menu_order = 6  # after the participant queue (participants.viewsets)
    index_view_class = OutboundEmailIndexView
    inspect_view_class = OutboundEmailInspectView
    edit_view_class = OutboundEmailEditView
    delete_view_class = OutboundEmailDeleteView
    history_view_class = OutboundEmailHistoryView
    usage_view_class = OutboundEmailUsageView
    list_display = ["subject", "purpose", "delivery", "attempts", "created_at", "sent_at"]
    list_export = [
        "created_at",
        "purpose",
        "form_kind",
        "record_id",
        "language",
        "delivery",
        "attempts",
        "sent_at",
        "subject",
    ]
    export_headings = {"created_at": _("Created at (Japan time)")}
    export_filename = "outgoing-emails"
    list_filter = ["status", "purpose", "form_kind"]
    search_fields = ["subject", "to"]
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = ["status"]
    inspect_view_fields = [
        "purpose",
        "form_kind",
        "record_id",
        "language",
        "delivery",
        "attempts",
        "last_error",
        "message_id",
        "created_at",
        "sent_at",
        "subject",
    ]


# Other rooms' screens join the intake's menu through this hook, placed by their
# ``menu_order`` among the items below (which take the orders 1, 2, ... in turn).
INTAKE_MENU_HOOK = "register_intake_menu_item"


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


class PipelinePanel(Component):
    """The admin home's summary of the pipeline, for staff who may see leads."""

    name = "pipeline"
    order = 50
    template_name = "inquiries/admin/pipeline_panel.html"

    def get_context_data(self, parent_context=None):
        from django.utils import timezone

        today = timezone.localdate()
        return {
            "summary": PipelineSummary(today),
            "monday": today - datetime.timedelta(days=today.weekday()),
        }


@hooks.register("construct_homepage_panels")
def add_pipeline_panel(request, panels):
    if request.user.has_perm("inquiries.view_organization"):
        panels.append(PipelinePanel())


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    actions.register_action(
        "ocp.view_personal_data", _("View personal data"), _("Viewed personal data")
    )
    actions.register_action(
        "ocp.export_personal_data", _("Export personal data"), _("Exported personal data")
    )


for bulk_action in (AssignLeadsBulkAction, MoveStageBulkAction, MarkSpamBulkAction):
    hooks.register("register_bulk_action", bulk_action)
