"""A volunteer's certificate of hours for a period: a PDF in their contact language,
what employees show their company's CSR programme.

It names the volunteer only (never a partner, a place or a need: the entries say
when and what kind), lists the period's total and the entries by kind, and is signed
with JII's name from the site settings of that language. WeasyPrint renders it from
an HTML template with the Japanese (IPAGothic) and Devanagari (Lohit Devanagari)
fonts installed on the machine, embedded in the file, so it reads the same anywhere.
"""

from __future__ import annotations

from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.models import Locale

from home.clock import staff_date
from home.models import SiteSettings
from participants import emails, hours


def organisation_name(language: str) -> str:
    """JII's name as the site settings give it in ``language`` (the default
    language's where that one has none)."""
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    found = SiteSettings.objects.for_locale(locale)
    return found.organisation_name if found else "JII"


def html(period: hours.Period, language: str) -> str:
    """The certificate as HTML, in ``language``."""
    with translation.override(language):
        return render_to_string(
            "participants/certificate/hours.html",
            {
                "language": language,
                "period": period,
                "name": period.volunteer.name,
                "start": staff_date(period.start),
                "end": staff_date(period.end),
                "issued": staff_date(timezone.localdate()),
                "organisation": organisation_name(language),
                "rows": [
                    (
                        staff_date(entry.date),
                        entry.get_kind_display(),
                        hours.hours_of(entry.minutes),
                    )
                    for entry in period.entries
                ],
            },
        )


def pdf(volunteer, start, end) -> tuple[bytes, str]:
    """The certificate of ``volunteer``'s hours from ``start`` to ``end`` as PDF bytes,
    and the language it is in (their contact language). Raises ``ValidationError``
    for a period that is not acceptable."""
    from weasyprint import HTML  # heavy: loaded only when a certificate is made

    language = emails.language_of(volunteer)
    with translation.override(language):
        found = hours.period(volunteer, start, end)
    document = HTML(string=html(found, language))
    return document.write_pdf(), language


def filename(volunteer, start, end) -> str:
    """A file name without personal data: the registration's number and the period."""
    return f"hours-certificate-{volunteer.pk}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
