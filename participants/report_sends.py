"""Sending a company report to a member company's contact, and its downloads.

A send keeps the figures as they were when it was made (k-anonymity applied): the link
emailed to the contact renders the PDF from them, so what the company was told stays
what it was told, whatever is erased later. Each send and each download is an entry on
the lead's timeline; the email goes through the outbox, in the report's language (the
contact's, as staff chose it), in the same transaction as the send.
"""

from __future__ import annotations

import datetime
from functools import partial

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from inquiries.choices import ContactLanguage
from inquiries.models import OutboundEmail
from inquiries.services import message_id, signature
from inquiries.tasks import schedule_send
from leads.choices import TimelineKind
from leads.models import Contact, Organization, TimelineEntry, submission_models
from participants import report_render, reports
from participants.links import report_url
from participants.models import ReportSend


def contact_language(contact: Contact) -> str:
    """The language the contact last wrote to us in (their latest submission's), else
    the lead's."""
    latest = None
    for model in submission_models():
        found = (
            model.objects.filter(contact=contact)
            .select_related("locale")
            .order_by("-submitted_at")
            .first()
        )
        if found is not None and (latest is None or found.submitted_at > latest.submitted_at):
            latest = found
    locale = latest.locale if latest is not None else contact.organization.locale
    code = locale.language_code[:2]
    return code if code in ContactLanguage.values else "ja"


def _entry(send: ReportSend, kind: str, actor=None) -> None:
    TimelineEntry.objects.create(
        organization=send.organization,
        kind=kind,
        actor=actor,
        data={
            "from": send.period_start.isoformat(),
            "to": send.period_end.isoformat(),
            "language": send.language,
            "send": send.pk,
        },
    )


@transaction.atomic
def send(
    organization: Organization,
    contact: Contact,
    start: datetime.date,
    end: datetime.date,
    language: str,
    *,
    by,
) -> ReportSend:
    """Keeps the report's figures as sent, puts the send on the lead's timeline and
    writes the email with the signed link to the contact."""
    if contact.organization_id != organization.pk:
        raise ValidationError(_("The contact is not at this company."))
    if language not in ContactLanguage.values:
        raise ValidationError(_("Choose the report's language."))
    figures = reports.figures(organization, start, end)
    sent = ReportSend.objects.create(
        organization=organization,
        contact=contact,
        period_start=start,
        period_end=end,
        language=language,
        figures=figures,
        sent_by=by,
    )
    _entry(sent, TimelineKind.REPORT_SENT, actor=by)
    locale = Locale.objects.filter(language_code=language).first() or organization.locale
    with translation.override(language):
        body = render_to_string(
            "participants/email/report_link.txt",
            {
                "name": contact.name,
                "company": organization.name,
                "period": report_render.period_of(figures),
                "url": report_url(sent),
                "days": settings.REPORT_LINK_DAYS,
                "number": figures.get("min_group", reports.min_group()),
                "signature": signature(locale),
                "base_url": settings.BASE_URL,
            },
        )
        report, program = gettext("Your company report"), gettext("Otonari-san Corporate Program")
        subject = f"{report} | {program}"
        email = OutboundEmail.objects.create(
            message_id=message_id("participants", "report", sent.pk),
            purpose=OutboundEmail.Purpose.REPORT_LINK,
            # Not about a submission: seen in the outbox by whoever sees every kind.
            form_kind="",
            record_id=None,
            language=language,
            to=contact.email,
            subject=" ".join(subject.split())[:250],
            body=body,
        )
    transaction.on_commit(partial(schedule_send, email.pk))
    return sent


def downloaded(sent: ReportSend) -> None:
    """Counts a download and puts it on the lead's timeline."""
    ReportSend.objects.filter(pk=sent.pk).update(
        downloads=F("downloads") + 1, last_downloaded_at=timezone.now()
    )
    _entry(sent, TimelineKind.REPORT_DOWNLOAD)
