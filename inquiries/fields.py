"""The intake's fields and validators, apart from the forms that use them.

Every text field refuses what would hide or disguise text (line breaks in one-line
fields, controls, direction overrides, zero-width characters outside the scripts that
need them) instead of silently removing it, so what is stored is what was checked; JSON
values that are not text (``NotText``) are refused as such. The email field takes
exactly one mailbox (``home.addresses``).
"""

from __future__ import annotations

import unicodedata

from django import forms
from django.core.validators import RegexValidator
from django.http import QueryDict
from django.utils.deconstruct import deconstructible
from django.utils.translation import gettext_lazy as _

from home.addresses import validate_single_mailbox

LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Joiners that Devanagari (Nepali) and other Indic scripts need after a virama (the
# CONTEXTJ rule of RFC 5892); anywhere else they only hide text.
JOINERS = frozenset("\u200c\u200d")
# Letters and marks that render as nothing and so can hide or disguise text.
INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u3164\uffa0")


def _hidden_character(value: str, keep: frozenset[str], joiners_anywhere: bool) -> bool:
    """Whether ``value`` holds a control, format (bidi, zero-width, tag), surrogate or
    invisible character other than those in ``keep``."""
    previous = ""
    for char in value:
        if char in keep:
            pass
        elif char in JOINERS:
            if not joiners_anywhere and not (previous and unicodedata.combining(previous) == 9):
                return True
        elif char in INVISIBLE or unicodedata.category(char) in {"Cc", "Cf", "Cs", "Zl", "Zp"}:
            return True
        previous = char
    return False


@deconstructible
class CharacterRule:
    """Refuses text with characters a visitor cannot see or that change what staff see:
    line breaks in a one-line field (they would break a mail header or a CSV row),
    controls, direction overrides and zero-width characters anywhere."""

    hidden_message = _(
        "This text contains invisible or control characters (such as text-direction "
        "marks or zero-width spaces) that cannot be accepted. Please remove them or "
        "type the text again."
    )
    line_message = _("Please write this on one line, without line breaks.")

    def __init__(self, multiline: bool):
        self.multiline = multiline

    def __call__(self, value: str) -> None:
        if not isinstance(value, str):
            return
        if not self.multiline and any(char in LINE_BREAKS for char in value):
            raise forms.ValidationError(self.line_message, code="line_break")
        keep = frozenset("\t\n\r") if self.multiline else frozenset()
        if _hidden_character(value, keep, joiners_anywhere=self.multiline):
            raise forms.ValidationError(self.hidden_message, code="hidden_character")

    def __eq__(self, other) -> bool:
        return isinstance(other, CharacterRule) and self.multiline == other.multiline


NO_LINE_BREAKS = CharacterRule(multiline=False)
NO_CONTROL_CHARACTERS = CharacterRule(multiline=True)
ONE_VALUE = _("Please enter this as text, not as a list or an object.")


class NotText(str):
    """A JSON value where the form expects one piece of text: true, false, an object,
    or an array given to a one-value field (see ``inquiries.api.as_form_data``).

    Text fields refuse it with :data:`ONE_VALUE`; choice, number and date fields find
    no valid value in its text (``"true"``, ``"[array]"``); it is falsy, so it never
    ticks a checkbox, and only :data:`JSON_TRUE` ticks an agreement sent as JSON."""

    def __bool__(self) -> bool:
        return False


JSON_TRUE = NotText("true")


class JSONFormData(QueryDict):
    """Form data converted from a JSON body: ``from_json`` tells an agreement's checkbox
    that only JSON ``true`` ticks it, and a key that held an array answers a one-value
    field with a :class:`NotText` (``getlist`` still gives the items)."""

    from_json = True

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("mutable", True)
        super().__init__(*args, **kwargs)
        self.arrays: set[str] = set()

    def __getitem__(self, key):
        if key in self.arrays:
            return NotText("[array]")
        return super().__getitem__(key)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.arrays = set(self.arrays)
        return result


class TextValue:
    """What every text field of the intake shares: a value is one piece of text.

    A browser cannot send anything else; the JSON API can, and a list or an object
    must be refused with a message, not stored as its ``str()``."""

    def to_python(self, value):
        if isinstance(value, NotText):
            raise forms.ValidationError(ONE_VALUE, code="not_text")
        return super().to_python(value)


class Checkbox(forms.CheckboxInput):
    """The checkbox of an agreement: ticked only by the value a browser sends for it
    ("on", the checkbox having no value of its own) or, in JSON, by ``true``.

    Django's own checkbox reads any text but "false" and "0" as ticked, so "off",
    "no" or "{}" would count as consent."""

    def value_from_datadict(self, data, files, name) -> bool:
        value = data.get(name)
        if getattr(data, "from_json", False):
            return value is JSON_TRUE
        return isinstance(value, str) and value == self.attrs.get("value", "on")


class AgreementField(forms.BooleanField):
    """A consent or agreement: given only by the ticked box (see :class:`Checkbox`)."""

    widget = Checkbox


class LineField(TextValue, forms.CharField):
    """Text on one line: no line breaks (of any kind), controls, direction overrides or
    zero-width characters, so it is safe in a mail header and shows staff what it is."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(NO_LINE_BREAKS)


class TextAreaField(TextValue, forms.CharField):
    """Text of several lines: newlines and tabs are kept; other controls, direction
    overrides and zero-width characters are refused as in a one-line field."""

    widget = forms.Textarea

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 6}))
        super().__init__(*args, **kwargs)
        self.validators.append(NO_CONTROL_CHARACTERS)


class NormalisedEmailField(TextValue, forms.CharField):
    """A visitor's email address: exactly one plain mailbox (``home.addresses``), the
    domain in lower case, stored and mailed as that one value.

    Only ASCII spaces around it are trimmed (a phone keyboard adds them); any other
    space, line break or control, anywhere, is refused rather than silently removed,
    so what is stored is what was checked."""

    widget = forms.EmailInput
    default_validators = [validate_single_mailbox]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 254)
        kwargs["strip"] = False
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value).strip(" ")
        if value.count("@") == 1:
            local, domain = value.split("@")
            value = f"{local}@{domain.lower()}"
        return value


def phone_field(required: bool) -> LineField:
    return LineField(
        label=_("Phone number"),
        max_length=30,
        required=required,
        validators=[
            RegexValidator(
                r"^\+?[0-9()\- ]{6,30}$",
                message=_("Enter a phone number with digits, spaces, hyphens or brackets."),
            )
        ],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )


def checkboxes(label, choices_class, required=True, **kwargs) -> forms.MultipleChoiceField:
    return forms.MultipleChoiceField(
        label=label,
        choices=choices_class.choices,
        required=required,
        widget=forms.CheckboxSelectMultiple,
        **kwargs,
    )


def radios(label, choices_class) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=choices_class.choices, widget=forms.RadioSelect)


def select(label, choices_class) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label, choices=[("", _("Please choose")), *choices_class.choices]
    )


class MaterialChoiceField(forms.ModelMultipleChoiceField):
    MAX_PK = 2**63 - 1  # what every database's bigint holds

    def label_from_instance(self, obj):
        return obj.title

    def _check_values(self, value):
        """Refuses anything but a plausible key before it reaches the database (a
        20-digit "id" would overflow SQLite's integer and fail as a server error)."""
        for key in value:
            text = str(key)
            plausible = text.isascii() and text.isdigit() and len(text) <= 19
            if not plausible or int(text) > self.MAX_PK:
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": text},
                )
        return super()._check_values(value)
