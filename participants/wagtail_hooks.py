"""Registers the participant queue's admin screen and the coordinators' dashboard panel."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from participants.services import LINK_COMPANY_ACTION
from participants.views import VIEW_PERMISSION, ScreeningPanel
from participants.viewsets import ParticipantRegistrationViewSet


@hooks.register("register_admin_viewset")
def register_participant_queue():
    return ParticipantRegistrationViewSet()


@hooks.register("construct_homepage_panels")
def add_screening_panel(request, panels):
    if request.user.has_perm(VIEW_PERMISSION):
        panels.append(ScreeningPanel())


@hooks.register("register_log_actions")
def register_registration_actions(actions):
    actions.register_action(
        LINK_COMPANY_ACTION, _("Link to a member company"), _("Linked to a member company")
    )
