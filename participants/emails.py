"""The emails of pairs and one-off activities, through the outbox.

Each is an ``OutboundEmail`` row saved in the caller's transaction (a refused change
writes none) and queued for sending once it commits, in the person's contact language
and signed with JII's details, like the intake's confirmations. Each is filed against
the registration it is sent to, so it shows on that person's timeline and is found by
their disclosure and erasure.

What one person learns about the other is the least that lets them meet: the first
word of the name as it was written (a given name in most names, a family name in
Japanese order, which is how a Japanese neighbour is addressed) and the language to
write to them in. Never an address, a phone number, a company or a nationality: the
coordinator arranges the first meeting, and people exchange contacts there.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Locale

from inquiries.models import OutboundEmail, ParticipantRegistration
from inquiries.services import message_id, signature
from inquiries.tasks import schedule_send


def first_name(registration: ParticipantRegistration) -> str:
    words = registration.name.split()
    return words[0] if words else ""


def language_of(registration: ParticipantRegistration) -> str:
    """The language the person asked to be contacted in (ja, en or ne); the language
    they registered in when that is missing."""
    return registration.contact_language or registration.locale.language_code


def _locale(language: str, fallback: Locale) -> Locale:
    return Locale.objects.filter(language_code=language).first() or fallback


def send(
    purpose: str,
    registration: ParticipantRegistration,
    subject: str,
    context: dict | Callable[[], dict],
    *,
    key: tuple,
) -> OutboundEmail:
    """Writes the email to ``registration`` (``key`` names what it is about, for its
    Message-ID) and queues it on commit. ``subject`` is a lazy string, translated here
    in the person's language; ``context`` may be a function, called in that language
    (for labels it reads)."""
    language = language_of(registration)
    with translation.override(language):
        body = render_to_string(
            f"participants/email/{purpose}.txt",
            {
                **(context() if callable(context) else context),
                "recipient": registration,
                "first_name": first_name(registration),
                "signature": signature(_locale(language, registration.locale)),
                "base_url": settings.BASE_URL,
            },
        )
        program = gettext("Otonari-san Corporate Program")
        email = OutboundEmail.objects.create(
            message_id=message_id("participants", purpose, *key, registration.pk),
            purpose=purpose,
            form_kind=registration.form_kind,
            record_id=registration.pk,
            language=language,
            to=registration.email,
            subject=" ".join(f"{subject} | {program}".split())[:250],
            body=body,
        )
    transaction.on_commit(partial(schedule_send, email.pk))
    return email
