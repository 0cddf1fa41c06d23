"""The lead pipeline's admin viewset, and the policy that no lead is added by hand."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy

from leads.exports import LEAD_CONTACT_COLUMNS
from leads.forms import LeadActionsForm
from leads.models import Organization
from leads.views import (
    LeadEditView,
    LeadFilterSet,
    LeadIndexView,
    LeadInspectView,
    merge_lead,
    split_submission,
)


class ReceivedOnlyPolicy(ModelPermissionPolicy):
    """Records arrive through the forms (and emails through the outbox), never by hand."""

    def user_has_permission(self, user, action):
        if action == "add":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class LeadViewSet(ModelViewSet):
    """The lead pipeline: every company that showed interest, by stage."""

    model = Organization
    name = "inquiries_lead"
    index_template_name = "leads/admin/lead_index.html"
    icon = "group"
    menu_label = _("Leads")
    index_view_class = LeadIndexView
    edit_view_class = LeadEditView
    inspect_view_class = LeadInspectView
    inspect_template_name = "leads/admin/lead_screen.html"
    edit_template_name = "leads/admin/lead_screen.html"
    filterset_class = LeadFilterSet
    list_display = ["name", "stage", "assignee", "source", "locale", "next_follow_up", "created_at"]
    search_fields = ["name", "contacts__name", "contacts__email", "contacts__phone", "stage"]
    list_export = [
        "name",
        "stage",
        "assignee",
        "contact_name",
        "contact_email",
        "contact_phone",
        "source",
        "locale",
        "next_follow_up",
        "created_at",
        "touched_at",
        "notes_log",
    ]
    export_headings = {
        "contact_name": _("Contact name"),
        "contact_email": _("Contact email"),
        "contact_phone": _("Contact phone"),
        "created_at": _("Created at (Japan time)"),
        "touched_at": _("Last handled (Japan time)"),
    }
    export_filename = "leads"
    inspect_view_enabled = True
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return LeadActionsForm

    def get_index_view_kwargs(self, **kwargs):
        """The export's columns of the lead's first contact (for roles that may see
        contacts)."""
        return super().get_index_view_kwargs(export_columns=LEAD_CONTACT_COLUMNS, **kwargs)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("merge/<int:pk>/", merge_lead, name="merge"),
            path("split/<str:kind>/<int:pk>/", split_submission, name="split"),
        ]
