"""The participant queue: what happens to a registration after the intake has stored it.

The registration itself (``inquiries.models.ParticipantRegistration``, with its statuses)
is the intake's record; this app owns its way through the queue: the rules for moving a
registration on and resolving its review flag (``services``), the queue's filters and its
admin screens. Screening, matching and pairs, which follow on from the queue, belong here
too.
"""

from django.apps import AppConfig


class ParticipantsConfig(AppConfig):
    name = "participants"
