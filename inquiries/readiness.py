"""What the site still needs before it goes live: someone told of every form's
submissions, a real sender address, and JII's contact details (the footer and the
signature of every email to a visitor).

One list, read by the admin dashboard's "Before going live" panel and by the deploy
checks (``inquiries.checks``), so both always say the same.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import parseaddr

from django.conf import settings
from django.urls import reverse
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from accounts.models import NotificationPreference
from home.models import SiteSettings
from inquiries.choices import FormKind
from inquiries.models import SUBMISSION_MODELS, IntakeFormPage

# The sender the settings fall back to when DEFAULT_FROM_EMAIL is not set.
DEFAULT_SENDER = "OCP <noreply@localhost>"
PLACEHOLDER_DOMAINS = {"localhost", "localhost.localdomain", "example.com", "example.org"}

# JII's details in the footer and the signature of visitors' emails (SiteSettings).
CONTACT_FIELDS = {
    "organisation_name": _("organisation name"),
    "contact_email": _("contact email"),
    "phone": _("phone"),
    "address": _("address"),
}
# Synchronised from the source language to every translation (SiteSettings).
SYNCHRONISED = {"phone"}


@dataclass
class Link:
    label: str
    url: str


@dataclass
class Missing:
    """One thing to set: ``code`` is stable (tests, checks), ``text`` says what is
    missing in the reader's language, ``links`` where to set it (none for what only
    the server's environment sets)."""

    code: str
    text: str
    links: list[Link] = field(default_factory=list)
    hint: str = ""
    details: list[str] = field(default_factory=list)  # which fields, for contact details


def sender_is_placeholder(sender: str | None = None) -> bool:
    """Whether the From address is the default or a domain no one receives mail at."""
    sender = settings.DEFAULT_FROM_EMAIL if sender is None else sender
    _name, address = parseaddr(sender)
    domain = address.rpartition("@")[2].lower()
    return (
        sender.strip() == DEFAULT_SENDER
        or not address
        or "." not in domain
        or domain in PLACEHOLDER_DOMAINS
        or domain.endswith((".localhost", ".local", ".example", ".test", ".invalid"))
    )


def site_settings() -> SiteSettings | None:
    return SiteSettings.objects.for_locale(Locale.get_default())


def forms_told_no_one() -> list[tuple[str, IntakeFormPage | None]]:
    """Each form whose new submissions reach no one, with its page in the site's
    language (None when there is none): it has no recipients of its own, the site
    settings have none, and no user who may see its records chose an email for each."""
    found = site_settings()
    site_recipients = found.recipients if found else []
    pages = {
        page.form_kind: page
        for page in IntakeFormPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    each = [
        preference.user
        for preference in NotificationPreference.objects.choosing(
            NotificationPreference.Frequency.EACH
        )
    ]
    silent = []
    for model in SUBMISSION_MODELS:
        page = pages.get(model.form_kind)
        if site_recipients or (page is not None and page.recipients):
            continue
        permission = f"{model._meta.app_label}.view_{model._meta.model_name}"
        if any(user.has_perm(permission) for user in each):
            continue
        silent.append((model.form_kind, page))
    return silent


def missing_setup(user=None) -> list[Missing]:
    """Everything still to set, in the order the panel lists it; with ``user``, only
    the links they may follow (a page's recipients need its edit permission too)."""
    missing: list[Missing] = []
    found = site_settings()
    may_change_settings = user is None or user.has_perm("home.change_sitesettings")
    settings_url = _settings_url(found) if may_change_settings else ""
    for kind, page in forms_told_no_one():
        links = []
        if page is not None and (user is None or page.permissions_for_user(user).can_edit()):
            links.append(Link(_("Recipients of this form"), _page_url(page)))
        if settings_url:
            links.append(Link(_("Recipients in the site settings"), settings_url))
        missing.append(
            Missing(
                code=f"recipients:{kind}",
                text=_("No one is told of new submissions of “%(form)s”.")
                % {"form": FormKind(kind).label},
                links=links,
            )
        )
    if sender_is_placeholder():
        missing.append(
            Missing(
                code="sender",
                text=_("Emails are sent from “%(sender)s”, an address no one can reply to.")
                % {"sender": settings.DEFAULT_FROM_EMAIL},
                hint=_(
                    "Set DEFAULT_FROM_EMAIL in the server's environment (see "
                    "docs/operations.md) and restart the site and the worker."
                ),
            )
        )
    for locale_settings in _every_language_settings(found):
        language = locale_settings.locale.language_code
        empty = [
            name
            for name in CONTACT_FIELDS
            if not (name in SYNCHRONISED and locale_settings != found)  # listed on the source
            and not getattr(locale_settings, name).strip()
        ]
        if not empty:
            continue
        separator = "、" if get_language() == "ja" else ", "
        missing.append(
            Missing(
                code=f"contact:{language}",
                text=_("JII's contact details are incomplete (%(language)s): %(details)s.")
                % {
                    "language": get_language_info(language)["name_translated"],
                    "details": separator.join(str(CONTACT_FIELDS[name]) for name in empty),
                },
                links=[Link(_("Site settings"), _settings_url(locale_settings))]
                if may_change_settings
                else [],
                details=empty,
            )
        )
    if found is None:
        missing.append(
            Missing(
                code="contact:settings",
                text=_("The site settings do not exist yet."),
                links=[Link(_("Site settings"), reverse("wagtailsnippets_home_sitesettings:list"))]
                if may_change_settings
                else [],
            )
        )
    return missing


def _every_language_settings(source: SiteSettings | None) -> list[SiteSettings]:
    """The site settings of the site's language, then its translations."""
    if source is None:
        return []
    rows = list(
        SiteSettings.objects.filter(translation_key=source.translation_key)
        .exclude(pk=source.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    return [source, *rows]


def _settings_url(row: SiteSettings | None) -> str:
    if row is None:
        return ""
    return reverse("wagtailsnippets_home_sitesettings:edit", args=[row.pk])


def _page_url(page: IntakeFormPage) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])
