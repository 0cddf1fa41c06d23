"""The intake forms and the checks every form shares.

Forms are declared here, in code, with the same field names in every language; labels
and messages are gettext strings, so a visitor sees them in the language of the page.
Their fields and validators are in ``inquiries.fields``, their signed tokens in
``inquiries.tokens``. Nothing here stores or sends anything: see ``inquiries.services``.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from inquiries import choices
from inquiries.fields import (
    AgreementField,
    LanguagesField,
    LineField,
    MaterialChoiceField,
    NormalisedEmailField,
    TextAreaField,
    checkboxes,
    phone_field,
    radios,
    select,
)
from inquiries.models import FormKind, InquiryTopic
from inquiries.tokens import TOKEN_SALT, issue_token
from leads.rules import normalise_enrolment_code
from programs.models import Material


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
    consent = AgreementField(
        label=_("I agree to the handling of my personal information described above."),
        error_messages={"required": _("Please agree to the privacy policy to send the form.")},
    )

    # Fields that are not the visitor's answers.
    control_fields = ("form_token", "website", "consent")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.put_controls_last()

    def put_controls_last(self) -> None:
        """The visitor's answers first; then consent (after the privacy notice)."""
        last = ["consent", "website", "form_token"]
        self.order_fields([name for name in self.fields if name not in last] + last)

    def clean_form_token(self) -> dict:
        try:
            data = signing.loads(self.cleaned_data["form_token"], salt=TOKEN_SALT)
            token = uuid.UUID(hex=data["t"])
            issued_at = float(data["at"])
            kind = data.get("k")
            if kind is not None and FORMS.get(kind) is not type(self):
                raise ValueError("a token of another form")
            if not math.isfinite(issued_at):
                raise ValueError("no time")
        except (signing.BadSignature, AttributeError, KeyError, TypeError, ValueError):
            raise forms.ValidationError(
                _("This form could not be checked. Please send it again."), code="bad_token"
            ) from None
        return {"token": token, "issued_at": issued_at, "shared": data.get("s") == 1}

    @property
    def token(self) -> uuid.UUID:
        """The record's one-time key: the token itself, or for a shared token (the
        static export's, ``shared_token``) one derived from it and the answers, so a
        double click stores once and two visitors never collide."""
        data = self.cleaned_data["form_token"]
        if data["shared"]:
            return uuid.uuid5(data["token"], self.fingerprint())
        return data["token"]

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


class InquiryForm(IntakeForm):
    company = LineField(label=_("Company or organisation"), max_length=200)
    department = LineField(label=_("Department"), max_length=200, required=False)
    name = LineField(label=_("Your name"), max_length=100)
    email = NormalisedEmailField(label=_("Email address"))
    phone = phone_field(required=False)
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


class MaterialRequestForm(IntakeForm):
    company = LineField(label=_("Company or organisation"), max_length=200)
    name = LineField(label=_("Your name"), max_length=100)
    email = NormalisedEmailField(label=_("Email address"))
    role = LineField(label=_("Your role or position"), max_length=100)
    company_size = select(_("Number of employees"), choices.CompanySize)
    foreign_employees = select(_("Number of foreign employees"), choices.ForeignEmployees)
    materials = MaterialChoiceField(
        label=_("Materials"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Please choose at least one material."),
            "invalid_choice": _("Please choose from the materials listed."),
            "invalid_pk_value": _("Please choose from the materials listed."),
        },
    )
    heard_from = select(_("How did you hear about the program?"), choices.HeardFrom)

    field_order = [
        "materials",
        "company",
        "name",
        "email",
        "role",
        "company_size",
        "foreign_employees",
        "heard_from",
        "consent",
        "website",
        "form_token",
    ]

    def __init__(self, *args, locale_id=None, material: str = "", **kwargs):
        """``material``: the one the visitor came to request (the materials page's
        "request this material", ``?material=<id>``), ticked when it is on offer. With a
        single material on offer there is nothing to choose: it is sent as a hidden
        value and the page names it (``single_material``)."""
        super().__init__(*args, **kwargs)
        field = self.fields["materials"]
        field.queryset = Material.objects.for_locale(locale_id)
        # (no locale: the API's schema, built when the site starts, before any query)
        offered = list(field.queryset) if locale_id is not None else []
        self.single_material = offered[0] if len(offered) == 1 else None
        if self.single_material is not None:
            field.widget = forms.MultipleHiddenInput()
            field.required = False  # nothing to choose: sent without it, it is that one
            self.initial["materials"] = [self.single_material.pk]
        elif not self.is_bound and isinstance(material, str) and material.isascii():
            chosen = [m.pk for m in offered if str(m.pk) == material.strip()]
            if chosen:
                self.initial["materials"] = chosen
        self.fields["company"].widget.attrs["autocomplete"] = "organization"
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_materials(self):
        chosen = self.cleaned_data["materials"]
        if not chosen and self.single_material is not None:
            return Material.objects.filter(pk=self.single_material.pk)
        return chosen

    def answers(self) -> dict:
        answers = super().answers()
        answers["materials"] = sorted(m.pk for m in answers["materials"])
        return answers


class OnboardingForm(IntakeForm):
    company = LineField(label=_("Company name"), max_length=200)
    industry = select(_("Industry"), choices.Industry)
    prefecture = select(_("Prefecture of the head office"), choices.Prefecture)
    employees = select(_("Number of employees"), choices.CompanySize)
    foreign_employees = select(_("Number of foreign employees"), choices.ForeignEmployees)
    main_languages = LineField(
        label=_("Main languages of your foreign employees"),
        max_length=200,
        required=False,
        help_text=_("For example: Vietnamese, Nepali, English"),
    )
    goals = checkboxes(_("What would you like to achieve?"), choices.Goal)
    interests = checkboxes(_("What are you interested in?"), choices.Interest)
    expected_supported = forms.IntegerField(
        label=_("Expected number of employees to be supported"), min_value=0, max_value=10000
    )
    expected_volunteers = forms.IntegerField(
        label=_("Expected number of volunteer employees"), min_value=0, max_value=10000
    )
    preferred_start = forms.DateField(
        label=_("Preferred start"),
        help_text=_("Introduction usually takes 1–2 months from the first consultation."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    name = LineField(label=_("Contact person"), max_length=100)
    department = LineField(label=_("Department"), max_length=200, required=False)
    email = NormalisedEmailField(label=_("Email address"))
    phone = phone_field(required=False)
    message = TextAreaField(
        label=_("Anything else you would like to tell us"), max_length=4000, required=False
    )

    def clean_preferred_start(self):
        from django.utils import timezone

        value = self.cleaned_data["preferred_start"]
        if value < timezone.localdate():
            raise forms.ValidationError(_("Please choose a date that is not in the past."))
        return value


FAMILY_ROWS = 4
# The code of the error that refuses a volunteer under the program's rule.
NOT_ELIGIBLE = "not_eligible"
# How many people a volunteer supports at once, in words (up to choices.MAX_CAPACITY).
CAPACITY_LABELS = {1: _("1 person"), 2: _("2 people"), 3: _("3 people")}


class RegistrationForm(IntakeForm):
    """Registration of a supported or volunteer employee; the role is chosen first.

    The program's rules: a volunteer of foreign origin (born and raised outside Japan,
    of any nationality: ``choices.Origin``) must have lived in Japan for 10 years or
    more and communicate in Japanese without difficulty (refused otherwise, with what
    they can do instead); a supported employee in Japan for 10 years or more is
    accepted but flagged for a coordinator to review.
    """

    role = forms.ChoiceField(choices=choices.Role.choices, widget=forms.HiddenInput)
    name = LineField(label=_("Your name"), max_length=100)
    email = NormalisedEmailField(label=_("Email address"))
    phone = phone_field(required=True)
    company = LineField(
        label=_("Your company"),
        max_length=200,
        help_text=_("The company name, or the code your company received from JII."),
    )
    # The code of the registration link a member company hands out (?company=CODE),
    # carried through the role step and any errors; not typed by the visitor.
    company_code = LineField(max_length=40, required=False, widget=forms.HiddenInput)
    contact_language = radios(_("Preferred language of contact"), choices.ContactLanguage)
    japanese_level = select(_("Your Japanese"), choices.JapaneseLevel)
    languages = LanguagesField(
        label=_("Other languages you speak"),
        help_text=_(
            "Choose each language with your level. If you speak only Japanese, leave "
            "these rows empty."
        ),
    )
    nationality = select(_("Nationality"), choices.Nationality)
    origin = forms.ChoiceField(
        label=_("Were you born and raised outside Japan?"),
        choices=choices.Origin.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Volunteers of any nationality are welcome. Volunteers of foreign origin (born "
            "and raised outside Japan) need to have lived in Japan for 10 years or more and "
            "to communicate in Japanese without difficulty."
        ),
    )
    years_in_japan = forms.IntegerField(
        label=_("Years living in Japan"), min_value=0, max_value=100
    )
    prefecture = select(_("Prefecture where you live"), choices.Prefecture)
    municipality = LineField(label=_("City, ward, town or village"), max_length=100)
    needs = checkboxes(_("What would you like support with?"), choices.Need, required=False)
    needs_other = LineField(label=_("Other support you would like"), max_length=300, required=False)
    activity_type = radios(_("Type of activity"), choices.ActivityType)
    activity_format = radios(_("Format"), choices.ActivityFormat)
    pair_preference = radios(_("Who would you like to be paired with?"), choices.PairPreference)
    availability = checkboxes(_("When are you available?"), choices.Availability)
    help_with = checkboxes(_("What could you help with?"), choices.Need)
    capacity = forms.TypedChoiceField(
        label=_("How many people could you support at the same time?"),
        choices=[(n, CAPACITY_LABELS[n]) for n in range(1, choices.MAX_CAPACITY + 1)],
        coerce=int,
        required=False,
        empty_value=1,
        initial=1,
        widget=forms.RadioSelect,
        help_text=_("Each pair meets about 2 hours a week for half a year."),
    )
    interests = checkboxes(_("Your interests"), choices.Hobby, required=False)
    hobbies = TextAreaField(label=_("Other hobbies and interests"), max_length=2000, required=False)
    agrees_to_screening = AgreementField(
        label=_(
            "I agree to identity verification, an orientation and an individual "
            "interview before matching."
        ),
        error_messages={
            "required": _(
                "Every participant goes through these steps; please agree to them to register."
            )
        },
    )

    supported_only = ("needs", "needs_other")
    volunteer_only = ("origin", "help_with", "capacity")
    control_fields = (
        *IntakeForm.control_fields,
        *(f"family_{part}_{n}" for n in range(1, FAMILY_ROWS + 1) for part in ("relation", "age")),
    )

    def __init__(self, *args, role: str, **kwargs):
        super().__init__(*args, **kwargs)
        self.role = role
        self.fields["role"].initial = role
        if role == choices.Role.SUPPORTED:
            for n in range(1, FAMILY_ROWS + 1):
                self.fields[f"family_relation_{n}"] = forms.ChoiceField(
                    label=format_lazy(_("Family member {number}: relation"), number=n),
                    required=False,
                    choices=[("", "—"), *choices.Relation.choices],
                )
                self.fields[f"family_age_{n}"] = forms.IntegerField(
                    label=_("Age (children)"),
                    required=False,
                    min_value=0,
                    max_value=30,
                )
        else:
            for name in self.supported_only:
                del self.fields[name]
        if role != choices.Role.VOLUNTEER:
            for name in self.volunteer_only:
                del self.fields[name]
        family = [name for name in self.fields if name.startswith("family_")]
        order = [name for name in self.fields if name not in family]
        at = order.index("municipality") + 1
        self.order_fields(order[:at] + family + order[at:])
        self.put_controls_last()
        self.fields["name"].widget.attrs["autocomplete"] = "name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def family_rows(self):
        return [
            (self[f"family_relation_{n}"], self[f"family_age_{n}"])
            for n in range(1, FAMILY_ROWS + 1)
            if f"family_relation_{n}" in self.fields
        ]

    def clean_company_code(self) -> str:
        """The link's code as stored ("" for anything that cannot be a code: the field
        is hidden, so there is nothing the visitor could correct)."""
        return normalise_enrolment_code(self.cleaned_data.get("company_code", ""))

    def clean_role(self):
        if self.cleaned_data["role"] != self.role:
            raise forms.ValidationError(_("Please choose your role again."))
        return self.cleaned_data["role"]

    def clean(self):
        data = super().clean()
        if not data.get("company_code") and data.get("company"):
            # a code typed where the company's name goes counts as the link's code
            data["company_code"] = normalise_enrolment_code(data["company"])
        if self.role == choices.Role.SUPPORTED:
            family = []
            for n in range(1, FAMILY_ROWS + 1):
                relation = data.get(f"family_relation_{n}")
                age = data.get(f"family_age_{n}")
                if relation:
                    family.append({"relation": relation, "age": age})
                elif age is not None:
                    self.add_error(
                        f"family_relation_{n}",
                        _("Please choose the relation for this family member."),
                    )
            data["family"] = family
        self.check_eligibility(data)
        return data

    def check_eligibility(self, data) -> None:
        """Refuses a volunteer of foreign origin without the years or the Japanese the
        rule asks for (``NOT_ELIGIBLE``: the page then says what they can do instead).
        Nationality plays no part: the rule is about origin."""
        if self.role != choices.Role.VOLUNTEER:
            return
        origin = data.get("origin")
        years = data.get("years_in_japan")
        level = data.get("japanese_level")
        if origin != choices.Origin.ABROAD or years is None or level is None:
            return
        if years < choices.VOLUNTEER_MIN_YEARS or level not in choices.FLUENT_JAPANESE:
            raise forms.ValidationError(
                _(
                    "Volunteers of foreign origin (born and raised outside Japan) need to "
                    "have lived in Japan for 10 years or more and to communicate in Japanese "
                    "without difficulty. We are sorry that we cannot accept this "
                    "registration as a volunteer."
                ),
                code=NOT_ELIGIBLE,
            )

    def review_reason(self) -> str:
        """Why a coordinator should look at this registration first, or ""."""
        if self.role == choices.Role.SUPPORTED and self.cleaned_data["years_in_japan"] >= 10:
            return "supported employee in Japan for 10 years or more"
        return ""

    def answers(self) -> dict:
        answers = super().answers()
        if self.role == choices.Role.SUPPORTED:
            answers["family"] = self.cleaned_data["family"]
        answers["needs_review"] = bool(self.review_reason())
        answers["review_reason"] = self.review_reason()
        return answers


class RoleChoiceForm(forms.Form):
    """The first step of registration: which role the employee registers for. Bound
    when the step's form was sent (``?role=``), so a missing or unknown role gets the
    server's message in the page's language, as every other form does."""

    role = radios(_("I am registering as"), choices.Role)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].error_messages = {
            "required": _("Please choose how you would like to take part."),
            "invalid_choice": _("Please choose how you would like to take part."),
        }


FORMS = {
    FormKind.INQUIRY: InquiryForm,
    FormKind.MATERIAL_REQUEST: MaterialRequestForm,
    FormKind.ONBOARDING: OnboardingForm,
    FormKind.REGISTRATION: RegistrationForm,
}


def form_for(
    page, data=None, role: str | None = None, company_code: str = "", material: str = ""
) -> IntakeForm | None:
    """The form of ``page``, bound to ``data`` when given; None while a registration
    still needs its role chosen. ``company_code`` (a registration link's ``?company=``)
    pre-fills the registration's hidden code when it can be one; ``material`` (a
    material request's ``?material=``) ticks that material."""
    form_class = FORMS[page.form_kind]
    kwargs: dict = {}
    if form_class is RegistrationForm:
        if role not in choices.Role.values:
            return None
        kwargs["role"] = role
    if form_class is MaterialRequestForm:
        kwargs["locale_id"] = page.locale_id
        if data is None:
            kwargs["material"] = material
    if data is None:
        initial = {"form_token": issue_token(kind=page.form_kind)}
        if role:
            initial["role"] = role
        if form_class is RegistrationForm and normalise_enrolment_code(company_code):
            initial["company_code"] = normalise_enrolment_code(company_code)
        return form_class(initial=initial, **kwargs)
    return form_class(data, **kwargs)
