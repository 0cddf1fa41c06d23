"""What every page of a front end shows besides its own content, in the site's API
(mounted by ``ocp.api`` at ``/api/site/``): the main navigation and the site settings
of a language, as the HTML pages show them (``home.navigation``, ``SiteSettings``).
Public reads, cached like the rest of ``/api/`` (``ocp.middleware``: ETag and
``Cache-Control``).
"""

from __future__ import annotations

from django.conf import settings
from django.http import Http404, HttpRequest
from ninja import Router, Schema

from home.api import LocaleCode, Problem, selected_locale
from home.models import SiteSettings
from home.navigation import build_navigation
from home.seo import language_name

router = Router(tags=["site"])


class NavigationLink(Schema):
    id: int
    title: str
    url: str | None


class LanguageLink(Schema):
    locale: str
    name: str  # the language's own name: 日本語, English, नेपाली
    url: str  # its home page


class NavigationOut(Schema):
    locale: str
    home: NavigationLink
    menu: list[NavigationLink]  # the header: the pages shown in menus
    footer: list[NavigationLink]  # the footer: every top-level page
    languages: list[LanguageLink]


class SiteSettingsOut(Schema):
    """The organisation's details in a language (never where submissions are sent)."""

    locale: str  # the language these came in: the default one when not translated
    organisation_name: str
    footer_text: str
    address: str
    contact_email: str
    phone: str


def link(page) -> dict:
    return {"id": page.pk, "title": page.title, "url": page.url}


@router.get(
    "/navigation/",
    response={200: NavigationOut, 404: Problem},
    summary="The main navigation of a language",
)
def navigation(request: HttpRequest, locale: LocaleCode = settings.LANGUAGE_CODE):
    navigation = build_navigation(request, selected_locale(locale))
    if navigation.home is None:
        raise Http404("This language has no published home page.")
    return {
        "locale": locale,
        "home": link(navigation.home),
        "menu": [link(page) for page in navigation.menu],
        "footer": [link(page) for page in navigation.footer],
        "languages": [
            {"locale": code, "name": language_name(code), "url": f"/{code}/"}
            for code, _name in settings.LANGUAGES
        ],
    }


@router.get(
    "/settings/",
    response={200: SiteSettingsOut, 404: Problem},
    summary="The site settings of a language",
    description="The organisation's name, footer text and contact details shown on "
    "every page; a language without its own settings gets the default language's.",
)
def site_settings(request: HttpRequest, locale: LocaleCode = settings.LANGUAGE_CODE):
    found = SiteSettings.objects.for_locale(selected_locale(locale))
    if found is None:
        raise Http404("The site settings are not set up yet.")
    return {
        "locale": found.locale.language_code,
        "organisation_name": found.organisation_name,
        "footer_text": found.footer_text,
        "address": found.address,
        "contact_email": found.contact_email,
        "phone": found.phone,
    }
