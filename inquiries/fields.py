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
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from home.addresses import validate_single_mailbox
from inquiries import choices

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
        self.raw: dict = {}  # the body as sent, for fields that take structured values

    def __getitem__(self, key):
        if key in self.arrays:
            return NotText("[array]")
        return super().__getitem__(key)

    def __deepcopy__(self, memo):
        result = super().__deepcopy__(memo)
        result.arrays = set(self.arrays)
        result.raw = self.raw
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


# The languages a person speaks besides Japanese (which has a question of its own).
SPOKEN_LANGUAGES = [(code, label) for code, label in choices.Language.choices if code != "ja"]
# Rows on the page (enough for nearly everyone, and no script needed to add one); the
# JSON API takes up to one row per language.
LANGUAGE_ROWS = 4
MAX_LANGUAGES = len(SPOKEN_LANGUAGES)


class LanguageRowsWidget(forms.Widget):
    """Rows of two selects, a language and its level, that a browser posts as
    ``<name>_language_<n>`` and ``<name>_level_<n>`` without any script.

    From JSON the value is the ``languages`` array as sent (objects of ``language``
    and ``level``), read raw so the field can say precisely what is wrong with it; a
    JSON body that carries the rows' own names instead (the static export's script
    posts the page's fields as they are named) is read as a browser's post."""

    template_name = "inquiries/widgets/language_rows.html"

    def __init__(self, rows: int = LANGUAGE_ROWS, attrs=None):
        super().__init__(attrs)
        self.rows = rows

    def value_from_datadict(self, data, files, name):
        raw = getattr(data, "raw", None)
        if raw is not None and name in raw:
            return raw[name]
        return [
            {
                "language": data.get(f"{name}_language_{n}", ""),
                "level": data.get(f"{name}_level_{n}", ""),
            }
            for n in range(1, self.rows + 1)
        ]

    def value_omitted_from_data(self, data, files, name):
        return False

    def id_for_label(self, id_):
        return id_  # the fieldset around the rows

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # each row where it was (the messages name rows by their number)
        given = [row if isinstance(row, dict) else {} for row in value or []]
        if not isinstance(value, list):
            given = []
        count = max(self.rows, len(given))
        base_id = (attrs or {}).get("id") or f"id_{name}"
        # the fieldset around the rows is described by the help and the errors
        extra = {
            key: value
            for key, value in (attrs or {}).items()
            if key not in ("id", "aria-describedby")
        }
        rows = []
        for n in range(1, count + 1):
            row = given[n - 1] if n <= len(given) else {}
            rows.append(
                [
                    {
                        "name": f"{name}_language_{n}",
                        "id": f"{base_id}_language_{n}",
                        "label": format_lazy(_("Language {number}"), number=n),
                        "options": _options(SPOKEN_LANGUAGES, row.get("language")),
                    },
                    {
                        "name": f"{name}_level_{n}",
                        "id": f"{base_id}_level_{n}",
                        "label": _("Level"),
                        "options": _options(choices.LanguageLevel.choices, row.get("level")),
                    },
                ]
            )
        context["widget"]["rows"] = rows
        context["widget"]["extra_attrs"] = extra
        return context


def _options(listed, selected) -> list[tuple[str, str, bool]]:
    """A select's options; a value not on the list (refused) selects none of them."""
    known = {str(value) for value, _label in listed}
    return [("", "—", selected not in known)] + [
        (str(value), str(label), str(value) == selected) for value, label in listed
    ]


class LanguagesField(forms.Field):
    """The languages someone speaks, each with a level: a list of ``{"language": code,
    "level": level}``, Japanese left out, each language once.

    Empty rows are skipped (someone who speaks only Japanese leaves them all empty); a
    level without a language, a language without a level, a code not on the list and
    a language chosen twice are each refused with a message naming the row."""

    widget = LanguageRowsWidget
    default_error_messages = {
        "not_list": _("Please send the languages as a list of a language and a level each."),
        "too_many": _("Please give at most %(limit)d languages."),
        "not_row": _("Row %(number)d: please give a language and a level."),
        "no_language": _("Row %(number)d: please choose the language for this level."),
        "no_level": _("Row %(number)d: please choose your level in %(language)s."),
        "unknown_language": _("Row %(number)d: please choose a language from the list."),
        "japanese": _(
            "Row %(number)d: your Japanese is asked in its own question; please choose "
            "another language here."
        ),
        "unknown_level": _("Row %(number)d: please choose a level from the list."),
        "twice": _("%(language)s is chosen more than once; please choose it in one row."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)
        self.choices = SPOKEN_LANGUAGES
        self.levels = choices.LanguageLevel.choices

    def to_python(self, value):
        if value in (None, ""):
            return []
        if not isinstance(value, list) or isinstance(value, str):
            raise forms.ValidationError(self.error_messages["not_list"], code="not_list")
        if len(value) > max(MAX_LANGUAGES, LANGUAGE_ROWS):
            raise forms.ValidationError(
                self.error_messages["too_many"], code="too_many", params={"limit": MAX_LANGUAGES}
            )
        names = dict(SPOKEN_LANGUAGES)
        levels = dict(choices.LanguageLevel.choices)
        rows, errors, seen = [], [], set()
        for number, row in enumerate(value, start=1):
            params = {"number": number}
            if not isinstance(row, dict) or set(row) - {"language", "level"}:
                errors.append(self._error("not_row", params))
                continue
            language, level = row.get("language"), row.get("level")
            if language in (None, "") and level in (None, ""):
                continue
            if language in (None, ""):
                errors.append(self._error("no_language", params))
            elif not isinstance(language, str) or language not in names:
                key = "japanese" if language == choices.Language.JAPANESE else "unknown_language"
                errors.append(self._error(key, params))
            elif level in (None, ""):
                errors.append(self._error("no_level", {**params, "language": names[language]}))
            elif not isinstance(level, str) or level not in levels:
                errors.append(self._error("unknown_level", params))
            elif language in seen:
                errors.append(self._error("twice", {"language": names[language]}))
            else:
                seen.add(language)
                rows.append({"language": language, "level": level})
        if errors:
            raise forms.ValidationError(errors)
        return rows

    def _error(self, key: str, params: dict) -> forms.ValidationError:
        return forms.ValidationError(self.error_messages[key], code=key, params=params)

    def bound_data(self, data, initial):
        return data

    def has_changed(self, initial, data):
        return bool(data)
