"""Company onboarding requests and participant registrations, with the program's rules."""

from __future__ import annotations

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from inquiries.models import OnboardingRequest, OutboundEmail, ParticipantRegistration
from tests.support.intake import run_worker, send

pytestmark = pytest.mark.django_db


def in_two_months() -> str:
    return (timezone.localdate() + datetime.timedelta(days=60)).isoformat()


ONBOARDING = {
    "company": "Sample Manufacturing Co., Ltd.",
    "industry": "manufacturing",
    "prefecture": "aichi",
    "employees": "300-999",
    "foreign_employees": "50-199",
    "main_languages": "Vietnamese, Nepali",
    "goals": ["retention", "engagement"],
    "interests": ["long_term", "info_session"],
    "expected_supported": "12",
    "expected_volunteers": "15",
    "name": "Taro Suzuki",
    "department": "HR",
    "email": "taro@example.co.jp",
    "phone": "052-000-0000",
    "consent": "on",
}


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_onboarding_request_is_stored_and_confirmed(client, language):
    data = {**ONBOARDING, "preferred_start": in_two_months()}
    response = send(client, f"/{language}/onboarding/", data)
    assert response.status_code == 302
    record = OnboardingRequest.objects.get()
    assert record.goals == ["retention", "engagement"]
    assert record.interests == ["long_term", "info_session"]
    assert (record.expected_supported, record.expected_volunteers) == (12, 15)
    assert record.locale.language_code == language
    run_worker()
    assert [m.to for m in mail.outbox] == [["taro@example.co.jp"]]
    assert "1" in mail.outbox[0].body and "2" in mail.outbox[0].body  # 1–2 months


def test_onboarding_form_reminds_that_introduction_takes_one_to_two_months(client):
    html = client.get("/en/onboarding/").content.decode()
    assert "Introduction usually takes 1–2 months" in html


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"preferred_start": "2000-01-01"}, "preferred_start"),
        ({"goals": ["world_domination"]}, "goals"),
        ({"goals": []}, "goals"),
        ({"expected_supported": "-3"}, "expected_supported"),
        ({"prefecture": "atlantis"}, "prefecture"),
    ],
)
def test_invalid_onboarding_request_stores_nothing(client, change, field):
    data = {**ONBOARDING, "preferred_start": in_two_months(), **change}
    response = send(client, "/en/onboarding/", data)
    assert response.status_code == 400
    assert f'id="id_{field}-errors"' in response.content.decode()
    assert OnboardingRequest.objects.count() == 0


# -- registration ---------------------------------------------------------------------

REGISTRATION = {
    "name": "Sita Gurung",
    "email": "sita@example.com",
    "phone": "090-0000-0000",
    "company": "OCP-1234",
    "contact_language": "ne",
    "languages_language_1": "ne",
    "languages_level_1": "native",
    "languages_language_2": "en",
    "languages_level_2": "fluent",
    "japanese_level": "daily",
    "nationality": "NP",
    "years_in_japan": "3",
    "prefecture": "tokyo",
    "municipality": "Shinjuku",
    "activity_type": "long_term",
    "activity_format": "both",
    "pair_preference": "none",
    "availability": ["weekend_daytime"],
    "interests": ["cooking", "outdoors"],
    "hobbies": "Mountain photography",
    "agrees_to_screening": "on",
    "consent": "on",
}
SUPPORTED = {
    **REGISTRATION,
    "role": "supported",
    "needs": ["hospital", "enrolment"],
    "family_relation_1": "spouse",
    "family_relation_2": "child",
    "family_age_2": "5",
}
VOLUNTEER = {
    **REGISTRATION,
    "role": "volunteer",
    "origin": "abroad",
    "help_with": ["hospital"],
    "capacity": "2",
}


def test_registration_asks_for_the_role_first(client):
    soup = BeautifulSoup(client.get("/en/register/").content, "html.parser")
    assert [i["value"] for i in soup.select("main input[name=role]")] == ["supported", "volunteer"]
    assert soup.select_one("main form")["method"] == "get"
    assert not soup.select("main input[name=email]")

    supported = BeautifulSoup(client.get("/en/register/?role=supported").content, "html.parser")
    assert supported.select("main input[name=needs]")
    assert supported.select("main select[name=family_relation_1]")
    volunteer = BeautifulSoup(client.get("/en/register/?role=volunteer").content, "html.parser")
    assert not volunteer.select("main input[name=needs]")
    assert not volunteer.select("main select[name=family_relation_1]")


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_supported_employee_registration_is_stored_with_family_and_needs(client, language):
    response = send(client, f"/{language}/register/?role=supported", SUPPORTED)
    assert response.status_code == 302
    record = ParticipantRegistration.objects.get()
    assert record.role == "supported"
    assert record.family == [{"relation": "spouse", "age": None}, {"relation": "child", "age": 5}]
    assert record.needs == ["hospital", "enrolment"]
    assert not record.needs_review
    assert record.agrees_to_screening
    run_worker()
    assert [m.to for m in mail.outbox] == [["sita@example.com"]]


def test_supported_employee_ten_years_in_japan_is_accepted_but_flagged(client):
    response = send(client, "/en/register/?role=supported", {**SUPPORTED, "years_in_japan": "12"})
    assert response.status_code == 302
    record = ParticipantRegistration.objects.get()
    assert record.needs_review and "10 years" in record.review_reason


@pytest.mark.parametrize(
    ("language", "change", "rule"),
    [
        ("en", {"years_in_japan": "9", "japanese_level": "fluent"}, "10 years or more"),
        ("en", {"years_in_japan": "15", "japanese_level": "daily"}, "without difficulty"),
        ("ja", {"years_in_japan": "9", "japanese_level": "native"}, "10年以上"),
        ("ne", {"years_in_japan": "9", "japanese_level": "fluent"}, "10 वर्ष"),
    ],
)
def test_foreign_volunteer_without_ten_years_and_fluent_japanese_is_refused(
    client, language, change, rule
):
    response = send(client, f"/{language}/register/?role=volunteer", {**VOLUNTEER, **change})
    assert response.status_code == 400
    summary = BeautifulSoup(response.content, "html.parser").select_one(".error-summary")
    assert rule in summary.get_text()
    assert ParticipantRegistration.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


@pytest.mark.parametrize(
    "change",
    [
        {"origin": "japan", "years_in_japan": "0", "japanese_level": "native"},
        {"nationality": "VN", "years_in_japan": "10", "japanese_level": "fluent"},
    ],
)
def test_eligible_volunteers_are_accepted(client, change):
    response = send(client, "/en/register/?role=volunteer", {**VOLUNTEER, **change})
    assert response.status_code == 302
    record = ParticipantRegistration.objects.get()
    assert record.role == "volunteer" and not record.needs_review


def test_registration_without_screening_agreement_or_with_a_forged_role_is_refused(client):
    response = send(
        client,
        "/en/register/?role=volunteer",
        {**VOLUNTEER, "origin": "japan", "agrees_to_screening": ""},
    )
    assert response.status_code == 400
    assert 'id="id_agrees_to_screening-errors"' in response.content.decode()
    response = send(client, "/en/register/?role=volunteer", {**VOLUNTEER, "role": "admin"})
    assert response.status_code == 400
    assert ParticipantRegistration.objects.count() == 0


def test_family_age_without_relation_is_refused(client):
    response = send(
        client,
        "/en/register/?role=supported",
        {**SUPPORTED, "family_relation_3": "", "family_age_3": "7"},
    )
    assert response.status_code == 400
    assert 'id="id_family_relation_3-errors"' in response.content.decode()
