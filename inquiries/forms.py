"""The intake forms: fields, and the checks every form shares.

Fields are declared here, in code, with the same names in every language; labels
and messages are gettext strings, so a visitor sees them in the language of the
page. Nothing here stores or sends anything: see ``inquiries.services``.
"""

from __future__ import annotations

import hashlib
import json
import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

from inquiries.models import InquiryTopic

TOKEN_SALT = "ocp.inquiries.form-token"  # noqa: S105 - a signing namespace, not a secret
NO_LINE_BREAKS = RegexValidator(
    r"[\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]",
    inverse_match=True,
    message=_("Please write this on one line, without line breaks."),
)
NO_CONTROL_CHARACTERS = RegexValidator(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]",
    inverse_match=True,
    message=_("This text contains characters that cannot be accepted."),
)


def issue_token() -> str:
    """A signed one-time token with the time the form was rendered."""
    return signing.dumps({"t": uuid.uuid4().hex, "at": time.time()}, salt=TOKEN_SALT)


class LineField(forms.CharField):
    """Text on one line: no CR/LF or control characters, so it is safe in a mail header."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(NO_LINE_BREAKS)


class TextAreaField(forms.CharField):
    widget = forms.Textarea

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(*args, **kwargs)
        self.validators.append(NO_CONTROL_CHARACTERS)


class NormalisedEmailField(forms.EmailField):
    """An email address, trimmed, refused with line breaks, domain in lower case."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 254)
        super().__init__(*args, **kwargs)
        self.validators.insert(0, NO_LINE_BREAKS)

    def to_python(self, value):
        value = super().to_python(value)
        if value and "@" in value:
            local, _at, domain = value.rpartition("@")
            value = f"{local}@{domain.lower()}"
        return value


class IntakeForm(forms.Form):
    """What every intake form carries besides its own fields.

    ``form_token`` is the signed one-time token (idempotency key and render time),
    ``website`` a honeypot that people never see or fill in, ``consent`` the
    agreement to the privacy policy, unticked until the visitor ticks it.
    """

    form_token = forms.CharField(widget=forms.HiddenInput)
    website = forms.CharField(
        required=False,
        label=_("Leave this field empty"),
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    consent = forms.BooleanField(
        label=_("I agree to the handling of my personal information described above."),
        error_messages={"required": _("Please agree to the privacy policy to send the form.")},
    )

    # Fields that are not the visitor's answers.
    control_fields = ("form_token", "website", "consent")

    def clean_form_token(self) -> dict:
        try:
            data = signing.loads(self.cleaned_data["form_token"], salt=TOKEN_SALT)
            token = uuid.UUID(hex=data["t"])
            issued_at = float(data["at"])
        except (signing.BadSignature, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                _("This form could not be checked. Please send it again."), code="bad_token"
            ) from None
        return {"token": token, "issued_at": issued_at}

    @property
    def token(self) -> uuid.UUID:
        return self.cleaned_data["form_token"]["token"]

    def answers(self) -> dict:
        return {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in self.control_fields
        }

    def fingerprint(self) -> str:
        """A hash of the answers: the same token with other answers is a replay."""
        payload = json.dumps(self.answers(), sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(payload.encode()).hexdigest()

    def spam_reason(self, now: float | None = None) -> str:
        """Why this looks automated, or "" when it looks like a person."""
        if self.cleaned_data.get("website"):
            return "honeypot"
        age = (now or time.time()) - self.cleaned_data["form_token"]["issued_at"]
        if age < settings.INTAKE_MIN_SECONDS:
            return "too fast"
        if age > settings.INTAKE_MAX_AGE_SECONDS:
            return "too old"
        return ""

    def visible_fields_for_display(self):
        return [field for field in self.visible_fields() if field.name not in ("website",)]


class InquiryForm(IntakeForm):
    company = LineField(label=_("Company or organisation"), max_length=200)
    department = LineField(label=_("Department"), max_length=200, required=False)
    name = LineField(label=_("Your name"), max_length=100)
    email = NormalisedEmailField(label=_("Email address"))
    phone = LineField(
        label=_("Phone number"),
        max_length=30,
        required=False,
        validators=[
            RegexValidator(
                r"^\+?[0-9()\- ]{6,30}$",
                message=_("Enter a phone number with digits, spaces, hyphens or brackets."),
            )
        ],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=InquiryTopic.choices)
    message = TextAreaField(label=_("Message"), max_length=4000)

    field_order = [
        "company",
        "department",
        "name",
        "email",
        "phone",
        "topic",
        "message",
        "consent",
        "website",
        "form_token",
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        autocomplete = {"company": "organization", "name": "name", "email": "email"}
        for name, value in autocomplete.items():
            self.fields[name].widget.attrs["autocomplete"] = value
