"""Registers the pipeline with the admin: its permission policy, the dashboard panel,
the bulk actions, and the log actions of viewing and exporting personal data. The
lead listing itself sits in the intake's menu group (``inquiries.wagtail_hooks``)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from leads.bulk_actions import AssignLeadsBulkAction, MarkSpamBulkAction, MoveStageBulkAction
from leads.models import Organization
from leads.views import VIEW_PERMISSION, PipelinePanel
from leads.viewsets import ReceivedOnlyPolicy

register_permission_policy(Organization, ReceivedOnlyPolicy(Organization))


@hooks.register("construct_homepage_panels")
def add_pipeline_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(PipelinePanel())


for bulk_action in (AssignLeadsBulkAction, MoveStageBulkAction, MarkSpamBulkAction):
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_personal_data_actions(actions):
    actions.register_action(
        "ocp.view_personal_data", _("View personal data"), _("Viewed personal data")
    )
    actions.register_action(
        "ocp.export_personal_data", _("Export personal data"), _("Exported personal data")
    )
