"""Registers the participant queue's admin screens and the coordinators' dashboard panels
(screening, and the pairs to follow up)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.permissions import register_permission_policy

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
