"""The participant queue: what happens to a registration after the intake has stored it.

The registration itself (``inquiries.models.ParticipantRegistration``, with its statuses)
is the intake's record; this app owns its way through the queue: the rules for moving a
registration on and resolving its review flag (``services``), the queue's filters and its
admin screens. Screening, matching and pairs, which follow on from the queue, belong here
too, and so do the pairs' follow-up (check-ins, hours, the awareness survey) and the
company reports.
"""

from django.apps import AppConfig


class ParticipantsConfig(AppConfig):
    name = "participants"

    def ready(self):
        # Connected here: the models must be loaded before the purge's receiver imports them.
        from inquiries.choices import ContactLanguage
        from inquiries.privacy import purging
        from leads import timeline
        from participants import retention

        purging.connect(retention.purge, dispatch_uid="participants.retention")
        # A company report's entries on the lead's timeline name the report's language.
        timeline.register_labels("language", ContactLanguage)
