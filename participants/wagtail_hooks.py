"""Registers the participant queue's admin screen."""

from wagtail import hooks

from participants.viewsets import ParticipantRegistrationViewSet


@hooks.register("register_admin_viewset")
def register_participant_queue():
    return ParticipantRegistrationViewSet()
