"""The participant queue's admin screen: each registration from sign-up to a pair.

It sits in the intake's admin menu (``inquiries.viewsets.INTAKE_MENU_HOOK``), after
the onboarding requests, and keeps the URLs it has always had
(``/admin/inquiries_participantregistration/``).
"""

from django.forms import modelform_factory
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet

from home.clock import staff_datetime, staff_day
from inquiries import choices
from inquiries.models import ParticipantRegistration
from inquiries.viewsets import INTAKE_MENU_HOOK, SubmissionViewSet
from participants.filters import ParticipantFilterSet
from participants.forms import RegistrationForm, SurveyQuestionForm
from participants.matching_views import DraftView, SuggestionsView
from participants.models import OneOffActivity, Pair, SurveyQuestion
from participants.pair_views import (
    ActivityInspectView,
    OpenOnClickIndexView,
    PairInspectView,
)
from participants.views import CertificateView, RegistrationIndexView, RegistrationInspectView

ROLE_SHORT = {
    choices.Role.SUPPORTED: _("Supported participant"),
    choices.Role.VOLUNTEER: _("Volunteer"),
}


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
        # The role in a word or two (the form's sentence takes a phone's whole width).
        Column(
            "role",
            label=_("Role"),
            accessor=lambda record: ROLE_SHORT.get(record.role, record.get_role_display()),
            sort_key="role",
        ),
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
        "origin",
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
        "origin",
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
            path("certificate/<int:pk>/", CertificateView.as_view(), name="certificate"),
        ]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
        )


def _inspect_url(namespace: str):
    return lambda record: reverse(f"{namespace}:inspect", args=[record.pk])


class PairViewSet(ModelViewSet):
    """Pairs: the listing by status, and each pair's screen with its changes and the
    next actions. Pairs are proposed from a participant's suggestions (the matching)."""

    model = Pair
    name = "participants_pair"
    icon = "group"
    menu_label = _("Pairs")
    menu_hook = INTAKE_MENU_HOOK
    menu_order = 6
    index_view_class = OpenOnClickIndexView
    # The count announced from a status region, not an alert on a heading (axe).
    index_results_template_name = "participants/admin/registration_results.html"
    inspect_view_class = PairInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    list_filter = ["status", "kind", "setting"]
    list_display = [
        TitleColumn(
            "supported",
            label=_("Supported participant"),
            accessor=lambda pair: pair.supported.name,
            get_url=_inspect_url("participants_pair"),
        ),
        Column("volunteer", label=_("Volunteer"), accessor=lambda pair: pair.volunteer.name),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column("kind", label=_("Kind"), accessor="get_kind_display"),
        Column("setting", label=_("In-company or external"), accessor="get_setting_display"),
        Column(
            "created_at",
            label=_("Proposed at"),
            accessor=lambda pair: staff_datetime(pair.created_at),
            sort_key="created_at",
        ),
    ]

    def get_queryset(self, request):
        return Pair.objects.select_related("supported", "volunteer")


class ActivityViewSet(ModelViewSet):
    """One-off activities: the listing by status and date, and each activity's screen
    with the volunteers who could go, the assignment, the hours and cancelling. They
    are recorded from the participant's screen, or by the participant through their
    link."""

    model = OneOffActivity
    name = "participants_oneoffactivity"
    icon = "date"
    menu_label = _("One-off activities")
    menu_hook = INTAKE_MENU_HOOK
    menu_order = 7
    index_view_class = OpenOnClickIndexView
    # The count announced from a status region, not an alert on a heading (axe).
    index_results_template_name = "participants/admin/registration_results.html"
    inspect_view_class = ActivityInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    form_fields = []
    list_filter = ["status", "need", "online", "requested_by_participant"]
    list_display = [
        TitleColumn(
            "need",
            label=_("What for"),
            accessor="get_need_display",
            get_url=_inspect_url("participants_oneoffactivity"),
        ),
        Column(
            "registration",
            label=_("Supported participant"),
            accessor=lambda activity: activity.registration.name,
        ),
        Column(
            "date",
            label=_("When"),
            accessor=lambda activity: (
                f"{staff_day(activity.date)} {activity.starts_at:%H:%M}–{activity.ends_at:%H:%M}"
            ),
            sort_key="date",
        ),
        Column("status", label=_("Status"), accessor="get_status_display", sort_key="status"),
        Column(
            "volunteer",
            label=_("Volunteer"),
            accessor=lambda activity: activity.volunteer.name if activity.volunteer else "–",
        ),
    ]

    def get_queryset(self, request):
        return OneOffActivity.objects.select_related("registration", "volunteer")


class SurveyQuestionViewSet(ModelViewSet):
    """The awareness survey's statements, in the three languages, in the order they are
    asked. Coordinators add and edit them; a statement no longer asked is made
    inactive ("asked" off), never deleted, so the answers given keep their question
    (see ``participants.pair_views.SurveyQuestionsPermissionPolicy``)."""

    model = SurveyQuestion
    name = "participants_surveyquestion"
    icon = "help"
    menu_label = _("Awareness survey")
    menu_hook = INTAKE_MENU_HOOK
    menu_order = 8
    copy_view_enabled = False
    inspect_view_enabled = False
    form_fields = ["text_ja", "text_en", "text_ne", "sort_order", "active"]
    list_filter = ["active"]
    list_display = [
        TitleColumn(
            "text",
            label=_("Statement"),
            accessor=lambda question: str(question),
            get_url=lambda question: reverse(
                "participants_surveyquestion:edit", args=[question.pk]
            ),
        ),
        Column("sort_order", label=_("Order"), sort_key="sort_order"),
        Column(
            "active",
            label=_("Asked"),
            accessor=lambda question: gettext("Asked") if question.active else gettext("Not asked"),
            sort_key="active",
        ),
    ]
    ordering = ["sort_order", "pk"]

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=SurveyQuestionForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.get_form_fields(),
        )
