"""Registers the participant queue's admin screens and the coordinators' dashboard panels
(screening, and the pairs to follow up)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from inquiries.viewsets import INTAKE_MENU_HOOK
from participants import report_views
from participants.models import OneOffActivity, Pair, SurveyQuestion
from participants.pair_views import RegistrationsPermissionPolicy, SurveyQuestionsPermissionPolicy
from participants.services import LINK_COMPANY_ACTION
from participants.views import VIEW_PERMISSION, FollowUpPanel, ScreeningPanel
from participants.viewsets import (
    ActivityViewSet,
    PairViewSet,
    ParticipantRegistrationViewSet,
    SurveyQuestionViewSet,
)


@hooks.register("register_admin_viewset")
def register_participant_queue():
    return ParticipantRegistrationViewSet()


# Pairs and activities are seen by those who see registrations (pair_views).
register_permission_policy(Pair, RegistrationsPermissionPolicy(Pair))
register_permission_policy(OneOffActivity, RegistrationsPermissionPolicy(OneOffActivity))
register_permission_policy(SurveyQuestion, SurveyQuestionsPermissionPolicy(SurveyQuestion))


@hooks.register("register_admin_viewset")
def register_pairs():
    return PairViewSet()


@hooks.register("register_admin_viewset")
def register_activities():
    return ActivityViewSet()


@hooks.register("register_admin_viewset")
def register_survey_questions():
    return SurveyQuestionViewSet()


@hooks.register("construct_homepage_panels")
def add_screening_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(ScreeningPanel())
        panels.append(FollowUpPanel())


@hooks.register("register_log_actions")
def register_registration_actions(actions):
    actions.register_action(
        LINK_COMPANY_ACTION, _("Link to a member company"), _("Linked to a member company")
    )


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("company-reports/", report_views.ReportView.as_view(), name=report_views.URL_NAME),
        path(
            "company-reports/send/",
            report_views.SendReportView.as_view(),
            name=report_views.SEND_URL_NAME,
        ),
    ]


class ReportMenuItem(MenuItem):
    def is_shown(self, request):
        return report_views.may_see(request.user)


@hooks.register(INTAKE_MENU_HOOK)
def register_report_menu_item():
    return ReportMenuItem(
        _("Company reports"),
        reverse("wagtailadmin_home") + "company-reports/",
        name="company-reports",
        icon_name="doc-full",
        order=9,
    )
