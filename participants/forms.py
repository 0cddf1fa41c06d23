"""The forms coordinators work a registration with, on its screen.

Each form checks its input (text with no controls or invisible characters, dates that
have happened, choices among those offered) and hands it to ``participants.services``,
which checks the registration's state again in the database: a form shows the
messages, the service keeps the order.
"""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.widgets import AdminDateInput

from inquiries.choices import ContactLanguage, Language, Need, Prefecture
from inquiries.fields import NO_LINE_BREAKS, Checkbox, LineField, TextAreaField
from leads.choices import Stage
from leads.models import Organization
from participants import activities, checkins, hours, reports, services
from participants.links import Side
from participants.models import (
    Decision,
    EndReason,
    FollowUpAction,
    IdentityMethod,
    MeetingFormat,
    Step,
)


class RegistrationForm(forms.ModelForm):
    """The queue entry's edit form: only the spam verdict. The status and the review
    flag move on the registration's screen, through the screening steps and the
    review decision, never by typing them here (a POST naming them is ignored)."""


class StepForm(forms.Form):
    """Records the registration's next screening step as done."""

    method = forms.ChoiceField(
        label=_("How was the identity verified?"),
        choices=[("", _("Please choose")), *IdentityMethod.choices],
    )
    held_on = forms.DateField(label=_("Date it took place"), widget=AdminDateInput)
    notes = TextAreaField(
        label=_("Notes"),
        max_length=services.NOTES_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, step: Step, **kwargs):
        super().__init__(*args, prefix="step", **kwargs)
        self.step = step
        if step == Step.IDENTITY:
            del self.fields["held_on"]
        else:
            del self.fields["method"]
        if step == Step.ORIENTATION:
            self.fields["held_on"].label = _("Date of the orientation")
        if step == Step.INTERVIEW:
            self.fields["held_on"].label = _("Date of the interview")
            self.fields["notes"].label = _("Interview notes")


class SkipStepForm(forms.Form):
    """Marks the registration's next screening step as not needed."""

    reason = LineField(label=_("Why is this step not needed?"), max_length=services.REASON_MAX)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="skip", **kwargs)


class ReviewDecisionForm(forms.Form):
    """A decision on the review flag, with its reason."""

    decision = forms.ChoiceField(
        label=_("Decision"), choices=Decision.choices, widget=forms.RadioSelect
    )
    reason = TextAreaField(
        label=_("Reason"),
        max_length=services.TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="review", **kwargs)


class StatusForm(forms.Form):
    """Moves the registration on after its screening, or closes it."""

    status = forms.ChoiceField(label=_("Move to"))
    reason = TextAreaField(
        label=_("Reason"),
        help_text=_("Required when the registration is withdrawn or not eligible."),
        max_length=services.TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, moves: list, **kwargs):
        super().__init__(*args, prefix="status", **kwargs)
        labels = dict(services.ParticipantStatus.choices)
        # Nothing chosen until the coordinator chooses: closing is one of the moves, and
        # must never be what a hurried click sends.
        self.fields["status"].choices = [
            ("", _("Please choose")),
            *((move, labels[move]) for move in moves),
        ]


class LinkCompanyForm(forms.Form):
    """Links a registration whose code matched no member to a member company."""

    company = forms.ModelChoiceField(
        label=_("Member company"),
        queryset=Organization.objects.none(),
        error_messages={"invalid_choice": _("Please choose a member company.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["company"].queryset = Organization.objects.filter(stage=Stage.MEMBER).order_by(
            "name"
        )


# -- pairs and one-off activities ----------------------------------------------------


class ActivityForm(forms.Form):
    """A one-off need, as the coordinator records it or the participant asks for it
    (the public page shows the same fields in the participant's language);
    ``participants.activities.record`` checks it again."""

    need = forms.ChoiceField(
        label=_("What do you need help with?"),
        choices=[("", _("Please choose")), *Need.choices],
    )
    date = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))
    starts_at = forms.TimeField(
        label=_("From"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    ends_at = forms.TimeField(
        label=_("Until"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    online = forms.BooleanField(label=_("Online (no need to meet in person)"), required=False)
    prefecture = forms.ChoiceField(
        label=_("Prefecture where it takes place"),
        choices=[("", _("Please choose")), *Prefecture.choices],
        required=False,
    )
    place = LineField(
        label=_("Place (for example, the ward office or the hospital's name)"),
        max_length=activities.PLACE_MAX,
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language needed"), choices=[("", _("Please choose")), *Language.choices]
    )
    details = TextAreaField(
        label=_("Anything the volunteer should know"),
        max_length=activities.DETAILS_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="activity", **kwargs)


class PairAcceptForm(forms.Form):
    sides = forms.MultipleChoiceField(
        label=_("Who accepted?"),
        choices=[
            (Side.SUPPORTED.value, _("The participant")),
            (Side.VOLUNTEER.value, _("The volunteer")),
        ],
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="accept", **kwargs)


class PairDeclineForm(forms.Form):
    side = forms.ChoiceField(
        label=_("Who declined?"),
        choices=[
            ("", _("The coordinator withdraws the proposal")),
            (Side.SUPPORTED.value, _("The participant")),
            (Side.VOLUNTEER.value, _("The volunteer")),
        ],
        required=False,
    )
    reason = TextAreaField(
        label=_("Reason"), max_length=1000, required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="decline", **kwargs)


class PairIntroduceForm(forms.Form):
    first_meeting = forms.DateField(label=_("Date of the first meeting"), widget=AdminDateInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="introduce", **kwargs)


class PairEndForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("How did it end?"), choices=[("", _("Please choose")), *EndReason.choices]
    )
    note = TextAreaField(
        label=_("Why (required when it ended early)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    ended_on = forms.DateField(label=_("Ended on"), widget=AdminDateInput)
    rematch = forms.BooleanField(
        label=_("Find the participant another volunteer (back to the queue)"),
        required=False,
        initial=True,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="end", **kwargs)


class AssignForm(forms.Form):
    volunteer = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="assign", **kwargs)


class HoursForm(forms.Form):
    hours = forms.CharField(label=_("Hours"), max_length=10, help_text=_("Usually up to 3 hours."))
    confirm_long = forms.BooleanField(label=_("Yes, more than 3 hours is right"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="hours", **kwargs)


class AnswerForm(forms.Form):
    """A participant's answer through their link: accept or decline, with a reason if
    they like."""

    answer = forms.ChoiceField(choices=[("accept", "accept"), ("decline", "decline")])
    reason = TextAreaField(
        label=_("If you decline, you may tell us why (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


SATISFACTION = [
    ("1", _("1: not satisfied at all")),
    ("2", _("2: not very satisfied")),
    ("3", _("3: neither")),
    ("4", _("4: satisfied")),
    ("5", _("5: very satisfied")),
]


class CheckInForm(forms.Form):
    """A pair member's check-in, on the page of their link and in the JSON API (the
    same form, so both refuse the same input with the same messages)."""

    meetings = forms.IntegerField(
        label=_("How many times did you meet since the last check-in (or since you started)?"),
        min_value=0,
        max_value=checkins.MAX_MEETINGS,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    hours = LineField(
        label=_("About how many hours in all?"),
        help_text=_("For example 1.5 (0 if you did not meet)."),
        max_length=10,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 6}),
    )
    meeting_format = forms.ChoiceField(
        label=_("Did you meet in person or online?"),
        choices=MeetingFormat.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    satisfaction = forms.TypedChoiceField(
        label=_("How satisfied are you with your pair?"),
        choices=SATISFACTION,
        coerce=int,
        widget=forms.RadioSelect,
    )
    went_well = TextAreaField(
        label=_("What went well? (optional)"),
        max_length=checkins.TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    concern = TextAreaField(
        label=_("Is anything worrying you? (optional)"),
        max_length=checkins.TEXT_MAX,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    contact_me = forms.BooleanField(
        label=_("Please contact me: I would like to talk to a coordinator."),
        required=False,
        widget=Checkbox,
    )
    may_quote = forms.BooleanField(
        label=_(
            "My comments may be quoted anonymously (without my name) in the report to my company."
        ),
        required=False,
        widget=Checkbox,
    )

    def clean_hours(self):
        try:
            return checkins.parse_hours(self.cleaned_data["hours"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["hours"]) from None

    def clean(self):
        data = super().clean()
        if data.get("meetings") and not data.get("meeting_format"):
            self.add_error("meeting_format", _("Please choose in person, online or both."))
        return data


class FollowUpForm(forms.Form):
    """A coordinator's note or action on a pair, answering one of its open flags if
    chosen (and resolving it when the action is "resolved")."""

    action = forms.ChoiceField(label=_("What did you do?"), choices=FollowUpAction.choices)
    flag = forms.TypedChoiceField(
        label=_("About the flag"), coerce=int, required=False, empty_value=None
    )
    note = TextAreaField(
        label=_("Note"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, flags=(), **kwargs):
        super().__init__(*args, prefix="follow_up", **kwargs)
        self.flags = {flag.pk: flag for flag in flags}
        self.fields["flag"].choices = [
            ("", _("None")),
            *((flag.pk, flag.get_reason_display()) for flag in flags),
        ]


# -- hours and the awareness survey ---------------------------------------------------


class HoursCorrectionForm(forms.Form):
    """A coordinator's correction of one entry of a volunteer's hours log; the service
    (``participants.hours.correct``) reads the minutes and checks the reason again."""

    entry = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    minutes = forms.CharField(
        label=_("Corrected minutes"),
        max_length=20,
        help_text=_("In minutes, for example 90 for an hour and a half."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "size": 6}),
    )
    reason = LineField(label=_("Why is it corrected?"), max_length=500)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, prefix="correct", **kwargs)

    def clean_minutes(self):
        try:
            return hours.parse_minutes(self.cleaned_data["minutes"])
        except ValidationError as error:
            raise ValidationError(error.message_dict["minutes"]) from None


class CertificateForm(forms.Form):
    """The period of a volunteer's certificate of hours (both days included)."""

    start = forms.DateField(label=_("From"), widget=AdminDateInput)
    end = forms.DateField(label=_("Until"), widget=AdminDateInput)

    def clean(self):
        data = super().clean()
        if "start" in data and "end" in data:
            try:
                hours.check_period(data["start"], data["end"])
            except ValidationError as error:
                for field, messages in error.message_dict.items():
                    self.add_error(field, messages)
        return data


AGREEMENT = [
    ("1", _("1: I do not agree at all")),
    ("2", _("2: I do not quite agree")),
    ("3", pgettext_lazy("agreement", "3: neither")),
    ("4", _("4: I mostly agree")),
    ("5", _("5: I fully agree")),
]


class SurveyForm(forms.Form):
    """The awareness survey: each active question (``q<id>``) rated 1–5, with its text
    in the active language; on the page of the emailed link and in the JSON API."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        language = translation.get_language() or "ja"
        for question in self.questions:
            self.fields[f"q{question.pk}"] = forms.TypedChoiceField(
                label=question.text(language),
                choices=AGREEMENT,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={
                    "required": _("Please choose from 1 to 5."),
                    "invalid_choice": _("Please choose from 1 to 5."),
                },
            )

    def ratings(self) -> dict[int, int]:
        return {question.pk: self.cleaned_data[f"q{question.pk}"] for question in self.questions}


class SurveyQuestionForm(WagtailAdminModelForm):
    """A survey statement as a coordinator edits it: each language's text one line,
    trimmed, without control or invisible characters (what the volunteer reads)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "active" in self.fields:
            self.fields["active"].help_text = _(
                "Untick to stop asking it. A statement is never deleted: the answers "
                "already given keep it."
            )

    def _clean_text(self, name: str) -> str:
        value = (self.cleaned_data.get(name) or "").strip()
        if not value:
            raise ValidationError(_("Please write the statement in this language."))
        try:
            NO_LINE_BREAKS(value)
        except ValidationError as error:
            raise ValidationError(error.messages) from None
        return value

    def clean_text_ja(self):
        return self._clean_text("text_ja")

    def clean_text_en(self):
        return self._clean_text("text_en")

    def clean_text_ne(self):
        return self._clean_text("text_ne")


# -- company reports --------------------------------------------------------------------


class ReportForm(forms.Form):
    """Which report to show: a member company (or every company, the program-wide
    view), the period and the language it is written in."""

    ALL = "all"

    company = forms.ChoiceField(label=_("Company"))
    start = forms.DateField(label=_("From"), widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), widget=forms.DateInput(attrs={"type": "date"}))
    language = forms.ChoiceField(label=_("Language of the report"), choices=ContactLanguage.choices)

    def __init__(self, *args, companies, **kwargs):
        super().__init__(*args, **kwargs)
        self.companies = {str(company.pk): company for company in companies}
        self.fields["company"].choices = [
            ("", _("Please choose")),
            (self.ALL, _("All member companies (program-wide)")),
            *((key, company.name) for key, company in self.companies.items()),
        ]

    def clean(self):
        data = super().clean()
        if data.get("start") and data.get("end"):
            reports.check_period(data["start"], data["end"])
        return data

    @property
    def organization(self):
        """The company chosen; None for the program-wide view."""
        return self.companies.get(self.cleaned_data["company"])


class SendReportForm(forms.Form):
    """Sends the report on the screen to one of the company's contacts."""

    contact = forms.ChoiceField(label=_("Send to"))
    language = forms.ChoiceField(label=_("Language of the report"), choices=ContactLanguage.choices)

    def __init__(self, *args, contacts, **kwargs):
        super().__init__(*args, prefix="send", **kwargs)
        self.contacts = {str(contact.pk): contact for contact in contacts}
        self.fields["contact"].choices = [
            (key, f"{contact.name} <{contact.email}>") for key, contact in self.contacts.items()
        ]

    @property
    def chosen_contact(self):
        return self.contacts[self.cleaned_data["contact"]]
