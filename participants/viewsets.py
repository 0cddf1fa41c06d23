"""The participant queue's admin screen: each registration from sign-up to a pair.

It sits in the intake's admin menu (``inquiries.viewsets.INTAKE_MENU_HOOK``), after
the onboarding requests, and keeps the URLs it has always had
(``/admin/inquiries_participantregistration/``).
"""

from django.forms import modelform_factory
from django.urls import path
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

from home.clock import staff_datetime
from inquiries.models import ParticipantRegistration
from inquiries.viewsets import INTAKE_MENU_HOOK, SubmissionViewSet
from participants.filters import ParticipantFilterSet
from participants.forms import RegistrationForm
from participants.matching_views import DraftView, SuggestionsView
from participants.views import RegistrationIndexView, RegistrationInspectView


class ParticipantRegistrationViewSet(SubmissionViewSet):
    """The participant queue: each registration from sign-up to a pair."""

    model = ParticipantRegistration
    name = "inquiries_participantregistration"
    icon = "user"
    menu_label = _("Participant queue")
    menu_hook = INTAKE_MENU_HOOK
    menu_order = 5
    index_view_class = RegistrationIndexView
    inspect_view_class = RegistrationInspectView
    index_results_template_name = "participants/admin/registration_results.html"
    list_display = [
        "name",
        "role",
        "status",
        "company",
        "nationality",
        # The flag and the time in words, on the one clock (not True/False, not a.m./p.m.).
        Column(
            "needs_review",
            label=_("Review flag"),
            accessor=lambda record: gettext("Flagged for review") if record.needs_review else "–",
            sort_key="needs_review",
        ),
        Column(
            "submitted_at",
            label=_("Registered"),
            accessor=lambda record: staff_datetime(record.submitted_at),
            sort_key="submitted_at",
        ),
    ]
    filterset_class = ParticipantFilterSet
    list_export = [
        "submitted_at",
        "locale",
        "status",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "company_code",
        "member_company",
        "company_to_link",
        "contact_language",
        "japanese_level",
        "languages",
        "languages_note",
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
        "help_with",
        "capacity",
        "interests",
        "hobbies",
        "needs_review",
        "review_reason",
        "is_spam",
        "spam_reason",
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
    # The status and the review flag move only on the registration's screen (see
    # ``participants.services``); the edit form marks spam or recovers it.
    form_fields = ["is_spam", "spam_reason"]
    inspect_view_fields = [
        "submitted_at",
        "locale",
        "role",
        "name",
        "email",
        "phone",
        "company",
        "company_code",
        "member_company",
        "company_to_link",
        "contact_language",
        "japanese_level",
        "languages",
        "languages_note",
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
        "help_with",
        "capacity",
        "interests",
        "hobbies",
        "agrees_to_screening",
        "needs_review",
        "review_reason",
        "consent_version",
        "is_spam",
        "spam_reason",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("suggestions/<int:pk>/", SuggestionsView.as_view(), name="suggestions"),
            path("suggest-all/", DraftView.as_view(), name="suggest_all"),
        ]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
        )
