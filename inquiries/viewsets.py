"""The intake's admin viewsets: the listings of received submissions and the outbox."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from home.views import WordSearchMixin
from inquiries.admin_views import (
    OutboundEmailCancelView,
    OutboundEmailDeleteView,
    OutboundEmailHistoryView,
    OutboundEmailIndexView,
    OutboundEmailInspectView,
    OutboundEmailRetryView,
    OutboundEmailUsageView,
)
from inquiries.models import Inquiry, MaterialRequest, OnboardingRequest, OutboundEmail
from leads.exports import AuditedInspectView, SafeExportIndexView
from leads.viewsets import LeadViewSet

# Other rooms' screens (the participant queue) join the intake's admin menu through this
# hook, placed by their ``menu_order`` among the group's items (which take 1, 2, ... in turn).
INTAKE_MENU_HOOK = "register_intake_menu_item"


class SubmissionIndexView(WordSearchMixin, SafeExportIndexView):
    """A listing of submissions whose search finds what staff read (home.views)."""


class SubmissionViewSet(ModelViewSet):
    """What every listing of received submissions shares: exports that are safe and
    logged, an inspect page that logs each view, and no copying. Staff may only mark
    a record as spam or recover it (and, for registrations, move it on)."""

    index_view_class = SubmissionIndexView
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
    search_fields = ["company", "name", "email", "phone", "department", "topic"]
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
    search_fields = ["company", "name", "email", "phone", "department", "prefecture"]
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
    every view (listing, export, inspect, delete, history, usage).

    An email is never edited: it is a record of what was (or will be) sent, so the
    viewset has no edit or add view, and its status changes only through the two
    actions on its inspect page (retry, cancel), which check the status they start
    from. A crafted POST to an edit URL finds no such URL.
    """

    model = OutboundEmail
    name = "inquiries_outboundemail"
    icon = "mail"
    menu_label = _("Outgoing emails")
    # After the participant queue, pairs, activities, the survey and the company reports
    # (participants.viewsets, participants.wagtail_hooks).
    menu_order = 10
    index_view_class = OutboundEmailIndexView
    inspect_view_class = OutboundEmailInspectView
    delete_view_class = OutboundEmailDeleteView
    history_view_class = OutboundEmailHistoryView
    usage_view_class = OutboundEmailUsageView
    inspect_template_name = "inquiries/admin/outbound_email_inspect.html"
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
    form_fields = []  # never used: there is no edit or add view (see get_urlpatterns)
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
    ]  # the subject, the recipients and the body head the page (its template)

    def get_common_view_kwargs(self, **kwargs):
        # no view links to an edit or add form: there is none
        return super().get_common_view_kwargs(
            **{"edit_url_name": None, "add_url_name": None, **kwargs}
        )

    @property
    def url_finder_class(self):
        """Links to an email (log entries, search) open its inspect page."""
        return type(
            "OutboundEmailURLFinder",
            (ModelAdminURLFinder,),
            {"edit_url_name": self.get_url_name("inspect")},
        )

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
            path(f"delete/<{conv}:pk>/", self.delete_view, name="delete"),
            path(f"history/<{conv}:pk>/", self.history_view, name="history"),
            path(
                f"history-results/<{conv}:pk>/",
                self.history_results_view,
                name="history_results",
            ),
            path(f"usage/<{conv}:pk>/", self.usage_view, name="usage"),
            path(f"retry/<{conv}:pk>/", self.retry_view, name="retry"),
            path(f"cancel/<{conv}:pk>/", self.cancel_view, name="cancel"),
        ]

    @property
    def retry_view(self):
        return OutboundEmailRetryView.as_view(inspect_url_name=self.get_url_name("inspect"))

    @property
    def cancel_view(self):
        return OutboundEmailCancelView.as_view(inspect_url_name=self.get_url_name("inspect"))


class IntakeViewSetGroup(ModelViewSetGroup):
    """The Intake menu: the leads first, then each form's submissions and the outbox."""

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
