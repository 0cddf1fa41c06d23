"""The queue's screens: the listing (a click opens the registration), the registration's
own screen with its actions, and the coordinators' dashboard panel."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton

from home.views import WordSearchMixin
from inquiries import choices
from inquiries.choices import Role
from inquiries.models import ParticipantRegistration, ParticipantStatus
from leads.exports import AuditedInspectView, SafeExportIndexView
from participants import (
    activities,
    certificates,
    emails,
    followup,
    hours,
    pairs,
    services,
    timeline,
)
from participants.forms import (
    ActivityForm,
    CertificateForm,
    HoursCorrectionForm,
    LinkCompanyForm,
    ReviewDecisionForm,
    SkipStepForm,
    StatusForm,
    StepForm,
)
from participants.models import OneOffActivity, Pair, Step, StepState

VIEW_PERMISSION = "inquiries.view_participantregistration"
CHANGE_PERMISSION = "inquiries.change_participantregistration"

# The review flag's reasons as the intake stores them (an English phrase), shown in the
# reader's language.
FLAG_REASONS = {
    "supported employee in Japan for 10 years or more": gettext_lazy(
        "Supported employee who has lived in Japan for 10 years or more"
    ),
    # set by inquiries' migration 0017 (the rule now reads origin, not nationality)
    "volunteer registered before the origin question: check the volunteer rule": gettext_lazy(
        "Volunteer who registered before being asked where they were born and raised: "
        "check the rule for volunteers of foreign origin"
    ),
}


# What matching reads, shown together on the registration's screen (labels in the
# admin's language); a volunteer's help and places only to a volunteer.
PROFILE_FIELDS = (
    ("languages", gettext_lazy("Languages")),
    ("help_with", gettext_lazy("Can help with")),
    ("capacity", gettext_lazy("Pairs at once")),
    ("interests", gettext_lazy("Interests")),
    ("hobbies", gettext_lazy("Other hobbies and interests")),
)
VOLUNTEER_ONLY = ("help_with", "capacity")


def profile_value(registration: ParticipantRegistration, name: str) -> str:
    """A profile field as the screen shows it; a volunteer's capacity with the places
    their pairs take now, so a coordinator sees at once whether there is room."""
    value = registration.display_value(name)
    if name == "capacity":
        return _("%(capacity)s (%(taken)s taken now)") % {
            "capacity": value,
            "taken": pairs.places_taken(registration),
        }
    return value


def flag_reason(text: str) -> str:
    """The flag's reason in the reader's language; a reason the site does not know
    (typed by hand before the decisions were kept) as it was written."""
    known = FLAG_REASONS.get(text.strip())
    return str(known) if known else text


class RegistrationIndexView(WordSearchMixin, SafeExportIndexView):
    """The queue listing: a click on a registration opens its screen (not its edit
    form, which only marks spam). Its header leads coordinators (who may propose
    pairs) to the draft for everyone waiting; whoever may only read the queue does
    not get a button to a screen where they could confirm nothing."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.request.user.has_perm(CHANGE_PERMISSION):
            buttons.append(
                HeaderButton(
                    _("Suggest pairs for everyone waiting"),
                    url=reverse("inquiries_participantregistration:suggest_all"),
                    icon_name="group",
                )
            )
        return buttons

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        column_class = self._get_title_column_class(column_class)
        return self._get_custom_column(
            field_name, column_class, get_url=self.get_inspect_url, **kwargs
        )


class ScreeningRow:
    """One step as the screen shows it: recorded (done or not needed), next, or later."""

    def __init__(self, step: Step, recorded, is_next: bool):
        self.step = step
        self.label = step.label
        self.recorded = recorded
        self.is_next = is_next
        self.done = recorded is not None and recorded.state == StepState.DONE
        self.not_needed = recorded is not None and recorded.state == StepState.NOT_NEEDED


class ActionsMixin:
    """An inspect screen with actions: a POST names its ``action`` (one of ``ACTIONS``),
    a method of that name returns the success message, or None when its form (kept in
    ``self.bound``) is invalid, and the screen is shown again with the messages."""

    ACTIONS: tuple[str, ...] = ()

    @cached_property
    def can_change(self) -> bool:
        return self.request.user.has_perm(CHANGE_PERMISSION)

    def post(self, request, *args, **kwargs):
        if not self.can_change:
            raise PermissionDenied
        action = request.POST.get("action")
        if action not in self.ACTIONS:
            messages.error(request, _("This action is not known. Please try again."))
            return HttpResponseRedirect(request.path)
        self.bound: dict = {}
        try:
            done = getattr(self, action)(self.object, request.POST)
        except ValidationError as error:
            self._show_errors(action, error)
            done = None
        if done:
            messages.success(request, done)
            return HttpResponseRedirect(request.path)
        self.object.refresh_from_db()
        return self.render_to_response(self.get_context_data(), status=200)

    def _show_errors(self, action: str, error: ValidationError) -> None:
        """A field's message goes beside the field of the form sent; a message about
        the record (not at this step, closed…) goes to the top of the screen,
        where it is seen whichever form is shown."""
        form = self.bound.get(action)
        fields = error.error_dict if hasattr(error, "error_dict") else {None: error.error_list}
        for field, errors in fields.items():
            if form is not None and field in form.fields:
                form.add_error(field, errors)
            else:
                for message in ValidationError(errors).messages:
                    messages.error(self.request, message)


class RegistrationInspectView(ActionsMixin, AuditedInspectView):
    """A registration on one screen: the person and how to reach them, the screening
    steps, the review flag and its decisions, the status, their answers and the
    timeline, with the actions beside them for those who may change registrations.

    Actions are POSTs to this same address (``action`` names which); a refused or
    invalid one shows the screen again with the messages and the input kept."""

    template_name = "participants/admin/registration.html"
    ACTIONS = (
        "record_step",
        "skip_step",
        "decide_review",
        "change_status",
        "link_company",
        "record_activity",
        "correct_hours",
    )

    def get_page_title(self):
        return self.object.name

    def get_page_subtitle(self):
        return str(self.object)

    def _step(self, data) -> Step:
        step = data.get("step")
        expected = services.next_step(self.object)
        if step not in Step.values or step != expected:
            raise ValidationError(
                _("Screening steps are taken in order: this registration is not at this step.")
            )
        return Step(step)

    def record_step(self, registration, data):
        step = self._step(data)
        form = self.bound["record_step"] = StepForm(data, step=step)
        if not form.is_valid():
            return None
        services.record_step(registration, step, actor=self.request.user, **form.cleaned_data)
        return _("%(step)s recorded.") % {"step": step.label}

    def skip_step(self, registration, data):
        step = self._step(data)
        form = self.bound["skip_step"] = SkipStepForm(data)
        if not form.is_valid():
            return None
        services.skip_step(
            registration, step, actor=self.request.user, reason=form.cleaned_data["reason"]
        )
        return _("%(step)s marked as not needed.") % {"step": step.label}

    def decide_review(self, registration, data):
        form = self.bound["decide_review"] = ReviewDecisionForm(data)
        if not form.is_valid():
            return None
        row = services.decide_review(registration, actor=self.request.user, **form.cleaned_data)
        return _("Decision recorded: %(decision)s") % {"decision": row.get_decision_display()}

    def change_status(self, registration, data):
        form = self.bound["change_status"] = StatusForm(
            data, moves=services.allowed_moves(registration)
        )
        if not form.is_valid():
            return None
        row = services.change_status(registration, actor=self.request.user, **form.cleaned_data)
        return _("Status changed to %(status)s.") % {"status": row.get_to_status_display()}

    def link_company(self, registration, data):
        form = self.bound["link_company"] = LinkCompanyForm(data)
        if not form.is_valid():
            return None
        company = form.cleaned_data["company"]
        services.link_company(registration, company, actor=self.request.user)
        return _("Linked to %(company)s.") % {"company": company.name}

    def record_activity(self, registration, data):
        form = self.bound["record_activity"] = ActivityForm(data)
        if not form.is_valid():
            return None
        activities.record(registration, by=self.request.user, **form.cleaned_data)
        return _("One-off activity recorded: find a volunteer under One-off activities.")

    def correct_hours(self, registration, data):
        form = self.bound["correct_hours"] = HoursCorrectionForm(data)
        if not form.is_valid():
            return None
        entry = registration.hours_log.filter(pk=form.cleaned_data["entry"]).first()
        if entry is None:
            raise ValidationError(_("This entry is not in this volunteer's hours log."))
        hours.correct(
            entry,
            minutes=form.cleaned_data["minutes"],
            reason=form.cleaned_data["reason"],
            by=self.request.user,
        )
        return _("Hours corrected.")

    def hours_context(self, registration, bound) -> dict:
        """The volunteer's hours log, each entry with its corrections, and the forms
        to correct one and to make a certificate (on a volunteer's screen only)."""
        if registration.role != choices.Role.VOLUNTEER:
            return {}
        entries = list(
            registration.hours_log.select_related("corrected_by", "activity")
            .prefetch_related("corrections__by")
            .order_by("-date", "-pk")
        )
        correcting = bound.get("correct_hours")
        failed = correcting.data.get("correct-entry") if correcting is not None else None
        return {
            "show_hours": True,
            "hours_entries": [
                (
                    entry,
                    hours.hours_of(entry.minutes),
                    correcting
                    if failed == str(entry.pk)
                    else HoursCorrectionForm(initial={"entry": entry.pk}),
                )
                for entry in entries
            ],
            "hours_total": hours.hours_of(sum(entry.minutes for entry in entries)),
            "certificate_form": CertificateForm(
                initial={
                    "start": min((e.date for e in entries), default=None),
                    "end": timezone.localdate(),
                }
            ),
            "certificate_url": reverse(
                "inquiries_participantregistration:certificate", args=[registration.pk]
            ),
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        registration = self.object
        bound = getattr(self, "bound", {})
        context.update(self.hours_context(registration, bound))
        recorded = {row.step: row for row in registration.screening_steps.select_related("by")}
        upcoming = services.next_step(registration)
        open_ = registration.status not in services.CLOSING and not registration.is_spam
        rows = [ScreeningRow(step, recorded.get(step), step == upcoming) for step in Step]
        skipped = sum(row.not_needed for row in rows)
        moves = services.allowed_moves(registration)
        context.update(
            registration=registration,
            can_change=self.can_change,
            is_open=open_,
            screening=rows,
            next_step=upcoming,
            step_form=(bound.get("record_step") or StepForm(step=upcoming) if upcoming else None),
            skip_form=bound.get("skip_step") or SkipStepForm(),
            may_skip=skipped < services.MAX_STEPS_NOT_NEEDED,
            flag_reason=flag_reason(registration.review_reason),
            decisions=registration.review_decisions.select_related("by"),
            review_form=bound.get("decide_review") or ReviewDecisionForm(),
            status_form=bound.get("change_status") or StatusForm(moves=moves),
            moves=moves,
            answers=registration.readable_answers(),
            profile=[
                (label, profile_value(registration, name))
                for name, label in PROFILE_FIELDS
                if name not in VOLUNTEER_ONLY or registration.role == Role.VOLUNTEER
            ],
            link_form=(
                bound.get("link_company") or LinkCompanyForm()
                if registration.company_to_link
                else None
            ),
            timeline=timeline.entries(registration),
            # Their pairs and one-off activities, each a link to its screen: where the
            # coordinator goes next after proposing, accepting or recording a need.
            pairs=[
                (pair, pair.volunteer if pair.supported_id == registration.pk else pair.supported)
                for pair in Pair.objects.filter(
                    Q(supported=registration) | Q(volunteer=registration)
                )
                .select_related("supported", "volunteer")
                .order_by("-created_at")
            ],
            one_offs=OneOffActivity.objects.filter(
                Q(registration=registration) | Q(volunteer=registration)
            )
            .select_related("registration", "volunteer")
            .order_by("-date", "-starts_at"),
            activity_form=(
                bound.get("record_activity")
                or ActivityForm(
                    initial={
                        "prefecture": registration.prefecture,
                        "language": emails.language_of(registration),
                    }
                )
            )
            if registration.role == choices.Role.SUPPORTED and open_
            else None,
        )
        return context


class ScreeningPanel(Component):
    """The admin home's count of registrations waiting at each screening step and of
    those flagged for review, each a link to the queue filtered to them."""

    name = "screening"
    order = 60
    template_name = "participants/admin/screening_panel.html"

    WAITING = (
        (ParticipantStatus.SUBMITTED, Step.IDENTITY.label),
        (ParticipantStatus.IDENTITY_VERIFIED, Step.ORIENTATION.label),
        (ParticipantStatus.ORIENTATION_DONE, Step.INTERVIEW.label),
    )

    def get_context_data(self, parent_context=None):
        genuine = ParticipantRegistration.objects.genuine()
        counts = genuine.aggregate(
            **{status: Count("pk", filter=Q(status=status)) for status, _label in self.WAITING},
            to_mark_ready=Count("pk", filter=Q(status=ParticipantStatus.INTERVIEW_DONE)),
            flagged=Count(
                "pk",
                filter=Q(needs_review=True)
                & ~Q(status__in=[status.value for status in services.CLOSING]),
            ),
        )
        return {
            "waiting": [(status, label, counts[status]) for status, label in self.WAITING],
            "to_mark_ready": counts["to_mark_ready"],
            "flagged": counts["flagged"],
        }


class FollowUpPanel(Component):
    """The admin home's follow-up of pairs: flagged pairs, check-ins waiting for an
    answer past the reminder, and pairs whose half year ends within 30 days, each a
    link to the pair's screen (``participants.followup.dashboard``)."""

    name = "pair_follow_up"
    order = 61
    template_name = "participants/admin/follow_up_panel.html"

    def get_context_data(self, parent_context=None):
        board = followup.dashboard()
        return {"board": board, "nearing_days": followup.NEARING_END_DAYS}


class CertificateView(WagtailAdminTemplateMixin, TemplateView):
    """A volunteer's certificate of hours for the period chosen on their screen: the
    PDF when the period is acceptable, else the period again with the messages. Only
    coordinators (who may change registrations) make one."""

    template_name = "participants/admin/certificate.html"
    page_title = gettext_lazy("Certificate of volunteer hours")
    header_icon = "doc-full"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied
        self.volunteer = get_object_or_404(ParticipantRegistration, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        form = CertificateForm(request.GET or None)
        if self.volunteer.role != choices.Role.VOLUNTEER:
            # A supported participant has no hours: the page says so, with the way back.
            form = None
        elif form.is_valid():
            start, end = form.cleaned_data["start"], form.cleaned_data["end"]
            try:
                content, _language = certificates.pdf(self.volunteer, start, end)
            except ValidationError as error:
                form.add_error(None, error.messages)
            else:
                response = HttpResponse(content, content_type="application/pdf")
                name = certificates.filename(self.volunteer, start, end)
                response["Content-Disposition"] = f'attachment; filename="{name}"'
                response["Cache-Control"] = "private, no-store"
                return response
        status = 400 if request.GET else 200
        return self.render_to_response(self.get_context_data(form=form), status=status)

    def get_page_subtitle(self):
        return self.volunteer.name

    def get_breadcrumbs_items(self):
        return [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {
                "url": reverse("inquiries_participantregistration:index"),
                "label": _("Participant queue"),
            },
            {
                "url": reverse(
                    "inquiries_participantregistration:inspect", args=[self.volunteer.pk]
                ),
                "label": self.volunteer.name,
            },
            {"url": "", "label": _("Certificate of volunteer hours")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            volunteer=self.volunteer,
            volunteer_url=reverse(
                "inquiries_participantregistration:inspect", args=[self.volunteer.pk]
            ),
        )
        return context
