"""The forms coordinators work a registration with, on its screen.

Each form checks its input (text with no controls or invisible characters, dates that
have happened, choices among those offered) and hands it to ``participants.services``,
which checks the registration's state again in the database: a form shows the
messages, the service keeps the order.
"""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput

from inquiries.fields import LineField, TextAreaField
from leads.choices import Stage
from leads.models import Organization
from participants import services
from participants.models import Decision, IdentityMethod, Step


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
