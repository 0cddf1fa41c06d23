"""The staff notification names the form it is about, in every language it is written in,
for every form, whatever language the visitor wrote in."""

from __future__ import annotations

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation

from inquiries.models import FormKind, OutboundEmail
from inquiries.services import RECORD_MODELS, STAFF_SUBJECTS
from tests.support.factories import SiteSettingsFactory
from tests.support.intake import send
from tests.test_inquiries_onboarding_registration import ONBOARDING, SUPPORTED, in_two_months

pytestmark = pytest.mark.django_db

LANGUAGES = ["ja", "en", "ne"]
EMPTY = re.compile(r"（\s*）|\(\s*\)|:\s*[.।。]|：\s*。")  # a label that came out empty


def submit_every_form(client, language: str) -> None:
    from programs.models import Material

    company = {"company": "Sample", "name": "Ann", "email": "ann@sample.example"}
    send(
        client,
        f"/{language}/contact/",
        {**company, "topic": "press", "message": "Hi", "consent": "on"},
    )
    send(
        client,
        f"/{language}/request-materials/",
        {
            **company,
            "role": "HR",
            "company_size": "1-49",
            "foreign_employees": "1-9",
            "heard_from": "search",
            "materials": [Material.objects.get(locale__language_code=language).pk],
            "consent": "on",
        },
    )
    send(client, f"/{language}/onboarding/", {**ONBOARDING, "preferred_start": in_two_months()})
    send(client, f"/{language}/register/?role=supported", SUPPORTED)


@pytest.fixture
def staff_told():
    SiteSettingsFactory(language="ja", notification_recipients="office@jii.example")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_staff_email_names_the_form_for_every_form_and_language(client, staff_told, language):
    submit_every_form(client, language)
    staff = {
        email.form_kind: email
        for email in OutboundEmail.objects.filter(purpose=OutboundEmail.Purpose.STAFF)
    }
    assert set(staff) == set(FormKind.values)
    with translation.override("ja"):  # staff are told in the site's language
        for kind, email in staff.items():
            label = str(FormKind(kind).label)
            assert f"（{label}）" in email.body, (kind, email.body)
            assert str(STAFF_SUBJECTS[kind]) in email.subject, email.subject
            assert not EMPTY.search(email.body), (kind, email.body)
            assert not EMPTY.search(email.subject), (kind, email.subject)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", FormKind.values)
def test_the_staff_email_template_names_the_form_in_each_language(
    client, staff_told, language, kind
):
    submit_every_form(client, "en")
    record = RECORD_MODELS[kind].objects.get()
    with translation.override(language):
        body = render_to_string(
            "inquiries/email/staff.txt", {"record": record, "admin_url": "https://x/"}
        )
        label = str(FormKind(kind).label)
    first_line = body.strip().splitlines()[0]
    assert label in first_line, (language, kind, first_line)
    assert not EMPTY.search(first_line), first_line
