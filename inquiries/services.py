"""Storing what visitors send, and owing them (and staff) an email about it.

Each step is a function a view or an API calls; none of them knows about HTTP
beyond what it is given. A submission is stored, and its emails written to the
outbox and enqueued, in one transaction: either all of it happens or none of it.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from accounts.models import NotificationPreference
from home.models import SiteSettings
from inquiries import choices
from inquiries.downloads import download_url
from inquiries.forms import IntakeForm
from inquiries.models import (
    FormKind,
    Inquiry,
    IntakeFormPage,
    LeadSubmission,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
    Submission,
    consent_version,
)
from inquiries.participant_links import activity_request_url
from inquiries.tasks import schedule_send
from leads.choices import Stage
from leads.models import Organization
from leads.rules import normalise_enrolment_code
from leads.services import attach_to_lead
from programs.models import Material

RECORD_MODELS: dict[str, type[Submission]] = {
    FormKind.INQUIRY: Inquiry,
    FormKind.MATERIAL_REQUEST: MaterialRequest,
    FormKind.ONBOARDING: OnboardingRequest,
    FormKind.REGISTRATION: ParticipantRegistration,
}
# What a staff email and a confirmation are about, per form, in the reader's language.
STAFF_SUBJECTS = {
    FormKind.INQUIRY: _("New inquiry"),
    FormKind.MATERIAL_REQUEST: _("New material request"),
    FormKind.ONBOARDING: _("New onboarding request"),
    FormKind.REGISTRATION: _("New participant registration"),
}
CONFIRMATION_SUBJECTS = {
    FormKind.INQUIRY: _("We have received your inquiry"),
    FormKind.MATERIAL_REQUEST: _("Your requested materials"),
    FormKind.ONBOARDING: _("We have received your request to introduce the program"),
    FormKind.REGISTRATION: _("We have received your registration"),
}


@dataclass
class Outcome:
    record: Submission
    created: bool


def submit(form: IntakeForm, page: IntakeFormPage) -> Outcome:
    """Stores the valid ``form`` sent from ``page``, once.

    The form's one-time token is the record's unique key: the same token again
    (a double click, a retry) returns the first record and creates nothing. The
    same token with other answers is a replayed token, stored as spam under a
    fresh key so staff can still see it.
    """
    model = RECORD_MODELS[page.form_kind]
    fingerprint = form.fingerprint()
    existing = model.objects.filter(token=form.token).first()
    if existing is not None:
        if existing.fingerprint == fingerprint:
            return Outcome(existing, created=False)
        return _store(model, form, page, uuid.uuid4(), fingerprint, spam_reason="replayed token")
    try:
        return _store(model, form, page, form.token, fingerprint, spam_reason=form.spam_reason())
    except IntegrityError:  # the same token committed by a concurrent request
        return Outcome(model.objects.get(token=form.token), created=False)


def _store(model, form, page, token, fingerprint, spam_reason: str) -> Outcome:
    answers = form.answers()
    many = {
        field.name: answers.pop(field.name)
        for field in model._meta.many_to_many
        if field.name in answers
    }
    if model is ParticipantRegistration:
        answers.update(member_company_of(answers.get("company_code", "")))
    with transaction.atomic():
        record = model.objects.create(
            token=token,
            fingerprint=fingerprint,
            locale_id=page.locale_id,
            source_page=page,
            consent_version=consent_version(),
            is_spam=bool(spam_reason),
            spam_reason=spam_reason,
            **answers,
        )
        for name, values in many.items():
            getattr(record, name).set(values)
        if isinstance(record, LeadSubmission) and not record.is_spam:
            attach_to_lead(record)
        if not record.is_spam:
            for email in notification_emails(record, page):
                email.save()
                schedule_send(email.pk)  # the task row commits with the record
    return Outcome(record, created=True)


def member_company_of(code: str) -> dict:
    """What a registration's company code says: the member company whose enrolment code
    it is, or, for a code no member holds (mistyped, or a company not yet a member),
    the flag that asks a coordinator to link it. No code: neither."""
    code = normalise_enrolment_code(code)
    if not code:
        return {"company_code": "", "member_company": None, "company_to_link": False}
    member = Organization.objects.filter(enrolment_code=code, stage=Stage.MEMBER).first()
    return {"company_code": code, "member_company": member, "company_to_link": member is None}


def registration_links(code: str) -> list[tuple[str, str]]:
    """A member company's registration link in each language the registration page is
    published in, in the site's order of languages: (language code, absolute address
    of that page with ``?company=CODE``)."""
    links = []
    for language, _name in settings.LANGUAGES:
        page = IntakeFormPage.objects.live().for_form(FormKind.REGISTRATION, language).first()
        if page is not None:
            query = urlencode({"company": code})
            links.append((language, f"{settings.BASE_URL}{page.url}?{query}"))
    return links


def staff_recipients(page: IntakeFormPage) -> list[str]:
    """The addresses configured for ``page``'s form: its own, else the site settings'."""
    if page.recipients:
        return page.recipients
    site_settings = SiteSettings.objects.for_locale(Locale.get_default())
    return site_settings.recipients if site_settings else []


def staff_audience(record: Submission, page: IntakeFormPage) -> dict[str, list[str]]:
    """Who is told of ``record``, by the language they are told in: the configured
    recipients (in the site's language), then every active user who chose an email for
    each submission and whose role may see ``record`` (in their admin language).

    No address is told twice, however it is spelt (addresses are compared
    case-insensitively), so a user who is also a configured recipient gets one email.
    """
    audience: dict[str, list[str]] = {}
    seen: set[str] = set()

    def add(address: str, language: str) -> None:
        if address.casefold() not in seen:
            seen.add(address.casefold())
            audience.setdefault(language, []).append(address)

    for address in staff_recipients(page):
        add(address, settings.LANGUAGE_CODE)
    for user in users_told_of_each(type(record)):
        add(user.email, admin_language(user))
    return audience


def users_told_of_each(model: type[Submission]) -> list:
    """Active users who chose an email per submission and may see records of ``model``,
    in a stable order (the order of the To: line and of the outbox rows)."""
    permission = f"{model._meta.app_label}.view_{model._meta.model_name}"
    preferences = NotificationPreference.objects.choosing(NotificationPreference.Frequency.EACH)
    return [p.user for p in preferences.order_by("user_id") if p.user.has_perm(permission)]


def admin_language(user) -> str:
    """The language ``user`` reads the admin in (their Wagtail profile's, else the
    site's): emails to staff are written in it."""
    from wagtail.users.models import UserProfile

    language = UserProfile.get_for_user(user).preferred_language
    permitted = dict(settings.WAGTAILADMIN_PERMITTED_LANGUAGES)
    return language if language in permitted else settings.LANGUAGE_CODE


def admin_url(record: Submission) -> str:
    meta = record._meta
    return settings.BASE_URL + reverse(
        f"{meta.app_label}_{meta.model_name}:inspect", args=[record.pk]
    )


def message_id(*parts: object) -> str:
    """A Message-ID fixed by what the email is about (its parts), so the same email is
    never written twice (the outbox's Message-ID is unique) and a resend is recognisable."""
    domain = urlsplit(settings.BASE_URL).hostname or "localhost"
    return f"<ocp.{'.'.join(str(part) for part in parts)}@{domain}>"


def signature(locale: Locale) -> dict[str, str]:
    """JII's details that end every email to a visitor, from the site settings in
    ``locale`` (the default language's where that language has none)."""
    found = SiteSettings.objects.for_locale(locale)
    if found is None:
        return {}
    return {
        "organisation_name": found.organisation_name,
        "address": found.address.strip(),
        "contact_email": found.contact_email,
        "phone": found.phone,
    }


def notification_emails(record: Submission, page: IntakeFormPage) -> list[OutboundEmail]:
    """The staff notifications (one per language its readers read the admin in) and the
    sender's confirmation (in the language they wrote in, signed with JII's details).
    Staff get a link to the record, not its contents."""
    emails = []
    kind = record.form_kind
    context = {
        "record": record,
        "page": page,
        "admin_url": admin_url(record),
        "base_url": settings.BASE_URL,
        "downloads": material_links(record),
        "settings_link_days": settings.MATERIAL_LINK_MAX_AGE_DAYS,
    }
    for language, recipients in staff_audience(record, page).items():
        # the site's language keeps the Message-ID staff emails always had
        purpose = OutboundEmail.Purpose.STAFF
        suffix = purpose if language == settings.LANGUAGE_CODE else f"{purpose}-{language}"
        with translation.override(language):
            subject = f"[OCP] {STAFF_SUBJECTS[kind]}: {record.company_or_name}"
            emails.append(
                _email(
                    purpose,
                    "\n".join(recipients),
                    subject,
                    {**context, "subject": STAFF_SUBJECTS[kind]},
                    record=record,
                    message_id=message_id(kind, record.pk, suffix),
                )
            )
    language = page.locale.language_code
    if isinstance(record, ParticipantRegistration) and record.role == choices.Role.SUPPORTED:
        context["activity_request_url"] = activity_request_url(record, language)
    with translation.override(language):
        program = gettext("Otonari-san Corporate Program")
        subject = f"{CONFIRMATION_SUBJECTS[kind]} | {program}"
        emails.append(
            _email(
                OutboundEmail.Purpose.CONFIRMATION,
                record.email,
                subject,
                {**context, "signature": signature(page.locale)},
                record=record,
                message_id=message_id(kind, record.pk, OutboundEmail.Purpose.CONFIRMATION),
            )
        )
    return emails


def _email(
    purpose: str,
    to: str,
    subject: str,
    context: dict,
    *,
    message_id: str,
    record: Submission | None = None,
) -> OutboundEmail:
    """One outgoing email (unsaved), in the language active now, its body from
    ``inquiries/email/<purpose>.txt``: the one place every email of the site is written,
    whether about one ``record`` or (a digest) about many."""
    return OutboundEmail(
        message_id=message_id,
        purpose=purpose,
        form_kind=record.form_kind if record else "",
        record_id=record.pk if record else None,
        language=translation.get_language(),
        to=to,
        subject=_subject(subject),
        body=render_to_string(f"inquiries/email/{purpose}.txt", context),
    )


def material_links(record: Submission) -> list[tuple[Material, str]]:
    """The requested materials with their signed download links (other forms: none)."""
    if not isinstance(record, MaterialRequest):
        return []
    return [
        (material, download_url(record, material))
        for material in record.materials.order_by("sort_order", "pk")
    ]


def _subject(text: str) -> str:
    return " ".join(str(text).split())[:250]
