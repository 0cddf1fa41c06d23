"""Where personal data is sent is changed only by a role that may see it.

The notification recipients (site settings and each intake page) receive every new
submission's notification. Editors and Moderators keep the content settings; they
cannot see, set or clear the recipients, not even with a crafted POST. The Privacy
officer (and superusers) can.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text

from home.models import SiteSettings
from inquiries.models import FormKind, IntakeFormPage
from inquiries.services import staff_recipients
from tests.support.factories import SiteSettingsFactory, UserFactory

pytestmark = pytest.mark.django_db

OFFICE = "office@jii.example"
CONTENT_ROLES = ["Editors", "Moderators"]
# What someone who wants the notifications might post as recipients.
HOSTILE_RECIPIENTS = [
    "attacker@evil.example",
    f"{OFFICE}, attacker@evil.example",
    f"{OFFICE}\nattacker@evil.example",
    f"{OFFICE};attacker@evil.example",
    "ＡＴＴＡＣＫＥＲ@evil.example",
    "attacker@evil.example\r\n" * 50,
    "",  # clearing them stops staff from hearing of submissions
]


def client_for(role: str) -> Client:
    user = UserFactory(username=role.replace(" ", "_").lower(), groups=[role])
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def site_settings():
    return SiteSettingsFactory(language="ja", notification_recipients=OFFICE)


def settings_edit_url(settings: SiteSettings) -> str:
    return reverse("wagtailsnippets_home_sitesettings:edit", args=[settings.pk])


def settings_post(settings: SiteSettings, **changes) -> dict:
    return {
        "organisation_name": settings.organisation_name,
        "footer_text": settings.footer_text,
        "address": settings.address,
        "contact_email": settings.contact_email,
        "phone": settings.phone,
        **changes,
    }


@pytest.mark.parametrize("role", CONTENT_ROLES)
def test_content_roles_edit_the_settings_but_never_see_the_recipients(site_settings, role):
    client = client_for(role)
    response = client.get(settings_edit_url(site_settings))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="footer_text"' in html and 'name="contact_email"' in html
    assert 'name="notification_recipients"' not in html
    assert OFFICE not in html


@pytest.mark.parametrize("role", CONTENT_ROLES)
@pytest.mark.parametrize("recipients", HOSTILE_RECIPIENTS)
def test_a_crafted_post_by_a_content_role_cannot_change_the_recipients(
    site_settings, role, recipients
):
    client = client_for(role)
    response = client.post(
        settings_edit_url(site_settings),
        settings_post(site_settings, footer_text="New footer", notification_recipients=recipients),
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    site_settings.refresh_from_db()
    assert site_settings.footer_text == "New footer"  # the content change is kept
    assert site_settings.notification_recipients == OFFICE


def test_the_privacy_officer_changes_the_recipients(site_settings):
    client = client_for("Privacy officer")
    assert (
        'name="notification_recipients"'
        in client.get(settings_edit_url(site_settings)).content.decode()
    )
    response = client.post(
        settings_edit_url(site_settings),
        settings_post(site_settings, notification_recipients="privacy@jii.example"),
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    site_settings.refresh_from_db()
    assert site_settings.notification_recipients == "privacy@jii.example"


def intake_page() -> IntakeFormPage:
    return IntakeFormPage.objects.get(locale__language_code="ja", form_kind=FormKind.REGISTRATION)


def page_post(page: IntakeFormPage, **changes) -> dict:
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "form_kind": page.form_kind,
            "intro": rich_text(page.intro),
            "thank_you_text": rich_text(page.thank_you_text),
            "seo_title": "",
            "search_description": "",
            **changes,
        }
    )


def latest(page: IntakeFormPage) -> IntakeFormPage:
    return IntakeFormPage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.mark.parametrize("role", CONTENT_ROLES)
@pytest.mark.parametrize("recipients", HOSTILE_RECIPIENTS[:4])
def test_a_content_role_cannot_route_a_forms_notifications_to_itself(role, recipients):
    page = intake_page()
    page.notification_recipients = OFFICE
    page.save_revision().publish()
    client = client_for(role)
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    html = client.get(edit).content.decode()
    assert 'name="title"' in html and 'name="notification_recipients"' not in html
    response = client.post(
        edit,
        {
            **page_post(page, title="New title", notification_recipients=recipients),
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    assert latest(page).title == "New title"
    assert latest(page).notification_recipients == OFFICE
    assert staff_recipients(IntakeFormPage.objects.get(pk=page.pk)) == [OFFICE]


def test_a_superuser_sets_a_forms_recipients(admin_client):
    page = intake_page()
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert 'name="notification_recipients"' in admin_client.get(edit).content.decode()
    response = admin_client.post(
        edit,
        {
            **page_post(page, notification_recipients="coordinators@jii.example"),
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    assert IntakeFormPage.objects.get(pk=page.pk).notification_recipients == (
        "coordinators@jii.example"
    )
