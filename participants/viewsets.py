"""The participant queue's admin screen: each registration from sign-up to a pair.

It sits in the intake's admin menu (``inquiries.viewsets.INTAKE_MENU_HOOK``), after
the onboarding requests, and keeps the URLs it has always had
(``/admin/inquiries_participantregistration/``).
"""

from django.forms import modelform_factory
from django.utils.translation import gettext_lazy as _

from inquiries.models import ParticipantRegistration
from inquiries.viewsets import INTAKE_MENU_HOOK, SubmissionViewSet
from participants.filters import ParticipantFilterSet
from participants.forms import RegistrationForm


class ParticipantRegistrationViewSet(SubmissionViewSet):
    """The participant queue: each registration from sign-up to a pair."""

    model = ParticipantRegistration
    name = "inquiries_participantregistration"
    icon = "user"
    menu_label = _("Participant queue")
    menu_hook = INTAKE_MENU_HOOK
    menu_order = 5
    list_display = [
        "name",
        "role",
        "status",
        "company",
        "nationality",
        "needs_review",
        "submitted_at",
    ]
    filterset_class = ParticipantFilterSet
    list_export = [
        "submitted_at",
        "status",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "contact_language",
        "nationality",
        "years_in_japan",
        "prefecture",
        "municipality",
        "needs",
        "activity_type",
        "activity_format",
        "pair_preference",
        "availability",
        "needs_review",
        "review_reason",
    ]
    export_filename = "participants"
    # What staff read on a registration: the person, the company (or its code) and where
    # they live, by name; prefecture and nationality by their labels (home.search).
    search_fields = [
        "name",
        "email",
        "phone",
        "company",
        "municipality",
        "prefecture",
        "nationality",
    ]
    form_fields = ["status", "needs_review", "review_reason", "is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "contact_language",
        "languages",
        "japanese_level",
        "nationality",
        "years_in_japan",
        "prefecture",
        "municipality",
        "family",
        "needs",
        "needs_other",
        "activity_type",
        "activity_format",
        "pair_preference",
        "availability",
        "hobbies",
        "agrees_to_screening",
        "needs_review",
        "review_reason",
        "consent_version",
        "is_spam",
        "spam_reason",
    ]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
        )
