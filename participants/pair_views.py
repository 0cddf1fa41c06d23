"""The admin screens of pairs and one-off activities: each pair with its people, what
the suggestion said, its changes and the next actions; each activity with the
volunteers who could go (and why), the assignment, the hours and cancelling.

Like the registration's screen, actions are POSTs to the screen's own address
(``action`` names which), checked by ``participants.pairs`` / ``participants.
activities`` against the rows as they are in the database; a refused one shows the
screen again with the message. Who may act is who may change registrations.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views import generic
from wagtail.permission_policies import ModelPermissionPolicy

from inquiries.models import ParticipantRegistration
from participants import activities, followup, pairs
from participants.forms import (
    AssignForm,
    FollowUpForm,
    HoursForm,
    PairAcceptForm,
    PairDeclineForm,
    PairEndForm,
    PairIntroduceForm,
)
from participants.links import Side
from participants.models import (
    ActivityStatus,
    PairStatus,
    SurveyMoment,
    VolunteerHours,
    name_of,
)
from participants.views import ActionsMixin

REGISTRATION_SCREEN = "inquiries_participantregistration:inspect"


class RegistrationsPermissionPolicy(ModelPermissionPolicy):
    """Pairs and activities are seen by whoever sees registrations (Coordinators and
    the Privacy officer); nobody adds, edits or deletes them through a generic form:
    they change only through their services (and go with the registration they belong
    to when it is erased)."""

    def __init__(self, model):
        super().__init__(model, auth_model=ParticipantRegistration)

    def user_has_permission(self, user, action):
        if action != "view":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class SurveyQuestionsPermissionPolicy(ModelPermissionPolicy):
    """The survey's statements are seen by whoever sees registrations, added and
    edited by whoever changes them (Coordinators), and deleted by nobody: one no
    longer asked is made inactive, so the answers given keep their question."""

    def __init__(self, model):
        super().__init__(model, auth_model=ParticipantRegistration)

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            action = "change"
        elif action != "view":
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class OpenOnClickIndexView(generic.IndexView):
    """A listing whose rows open the record's screen."""

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name, column_class, get_url=self.get_inspect_url, **kwargs
        )


class ActionsInspectView(ActionsMixin, generic.InspectView):
    """A pair's or an activity's screen with actions (``participants.views.ActionsMixin``)."""

    template_name = ""

    def form(self, name, form_class, **kwargs):
        return getattr(self, "bound", {}).get(name) or form_class(**kwargs)


def survey_rows(pair) -> list[tuple[str, int | None, int | None]]:
    """The volunteer's awareness answers on the pair, one row per statement answered:
    its text in the reader's language, the rating at the start and at the end."""
    rows: dict[int, list] = {}
    for answer in pair.survey_answers.select_related("question").order_by(
        "question__sort_order", "question__pk"
    ):
        row = rows.setdefault(answer.question_id, [str(answer.question), None, None])
        row[1 if answer.moment == SurveyMoment.START else 2] = answer.rating
    return [tuple(row) for row in rows.values()]


class PairInspectView(ActionsInspectView):
    template_name = "participants/admin/pair.html"
    ACTIONS = ("accept", "decline", "introduce", "activate", "end", "follow_up")

    def get_page_title(self):
        return _("%(supported)s and %(volunteer)s") % {
            "supported": self.object.supported.name,
            "volunteer": self.object.volunteer.name,
        }

    def accept(self, pair, data):
        form = self.bound["accept"] = PairAcceptForm(data)
        if not form.is_valid():
            return None
        pairs.accept(
            pair, [Side(side) for side in form.cleaned_data["sides"]], by=self.request.user
        )
        return _("Acceptance recorded.")

    def decline(self, pair, data):
        form = self.bound["decline"] = PairDeclineForm(data)
        if not form.is_valid():
            return None
        side = form.cleaned_data["side"] or None
        pairs.decline(
            pair,
            Side(side) if side else None,
            by=self.request.user,
            reason=form.cleaned_data["reason"],
        )
        return _("The proposal is declined; the participant is back in the queue.")

    def introduce(self, pair, data):
        form = self.bound["introduce"] = PairIntroduceForm(data)
        if not form.is_valid():
            return None
        pairs.introduce(pair, form.cleaned_data["first_meeting"], by=self.request.user)
        return _("Introduction recorded; both have been emailed.")

    def activate(self, pair, data):
        pairs.activate(pair, by=self.request.user)
        return _("The pair is active.")

    def end(self, pair, data):
        form = self.bound["end"] = PairEndForm(data)
        if not form.is_valid():
            return None
        pairs.end(pair, by=self.request.user, **form.cleaned_data)
        return _("The pair has ended.")

    def open_flags(self, pair):
        return list(pair.flags.open().select_related("check_in"))

    def follow_up(self, pair, data):
        form = self.bound["follow_up"] = FollowUpForm(data, flags=self.open_flags(pair))
        if not form.is_valid():
            return None
        flag = form.flags.get(form.cleaned_data["flag"])
        followup.record(
            pair,
            action=form.cleaned_data["action"],
            note=form.cleaned_data["note"],
            flag=flag,
            by=self.request.user,
        )
        return _("Follow-up recorded.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pair = self.object
        context.update(
            pair=pair,
            can_change=self.can_change,
            actions=pairs.next_actions(pair),
            changes=pair.changes.select_related("by"),
            supported_url=reverse(REGISTRATION_SCREEN, args=[pair.supported_id]),
            volunteer_url=reverse(REGISTRATION_SCREEN, args=[pair.volunteer_id]),
            proposed_by=name_of(pair.proposed_by),
            accept_form=self.form("accept", PairAcceptForm),
            decline_form=self.form("decline", PairDeclineForm),
            introduce_form=self.form("introduce", PairIntroduceForm),
            end_form=self.form("end", PairEndForm),
            flags=self.open_flags(pair),
            check_ins=pair.check_ins.all(),
            follow_up_form=self.form("follow_up", FollowUpForm, flags=self.open_flags(pair)),
            timeline=followup.timeline(pair),
            survey_rows=survey_rows(pair),
            PairStatus=PairStatus,
        )
        return context


class ActivityInspectView(ActionsInspectView):
    template_name = "participants/admin/activity.html"
    ACTIONS = ("assign", "hours", "cancel", "volunteer_declined")

    def get_page_title(self):
        return f"{self.object.get_need_display()} · {self.object.registration.name}"

    def assign(self, activity, data):
        form = AssignForm(data)
        if not form.is_valid():
            raise ValidationError(_("Please choose a volunteer."))
        volunteer = ParticipantRegistration.objects.filter(
            pk=form.cleaned_data["volunteer"]
        ).first()
        if volunteer is None:
            raise ValidationError(_("Please choose a volunteer."))
        activities.assign(activity, volunteer, by=self.request.user)
        return _("%(name)s has been asked by email.") % {"name": volunteer.name}

    def volunteer_declined(self, activity, data):
        activities.answer(activity, volunteer_id=activity.volunteer_id, confirm=False)
        return _("Recorded: the volunteer cannot go. The activity is open again.")

    def hours(self, activity, data):
        form = self.bound["hours"] = HoursForm(data)
        if not form.is_valid():
            return None
        activities.record_hours(activity, by=self.request.user, **form.cleaned_data)
        return _("Hours recorded.")

    def cancel(self, activity, data):
        activities.cancel(activity, by=self.request.user)
        return _("The activity is cancelled.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        activity = self.object
        context.update(
            activity=activity,
            can_change=self.can_change,
            suggestions=activities.suggest(activity)
            if activity.status == ActivityStatus.OPEN
            else [],
            registration_url=reverse(REGISTRATION_SCREEN, args=[activity.registration_id]),
            volunteer_url=reverse(REGISTRATION_SCREEN, args=[activity.volunteer_id])
            if activity.volunteer_id
            else "",
            hours_form=self.form("hours", HoursForm),
            hours_entry=VolunteerHours.objects.filter(activity=activity)
            .prefetch_related("corrections__by")
            .first(),
            ActivityStatus=ActivityStatus,
            slot=activities.slot_of(activity.date, activity.starts_at),
        )
        return context
