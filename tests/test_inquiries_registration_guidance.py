"""Registration that guides: the role step checked by the server in the page's
language, the chosen role shown on step 2 with a way back, language links that keep
the role, the volunteer rule read from origin (not nationality) with what a refused
volunteer can do instead, and the migration that flags the registrations the old
reading let through."""

from __future__ import annotations

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps

from inquiries.models import ParticipantRegistration
from tests.support.factories import ParticipantRegistrationFactory
from tests.support.intake import send
from tests.test_inquiries_onboarding_registration import VOLUNTEER

pytestmark = pytest.mark.django_db

HOSTILE_ROLES = [
    "",
    "admin",
    "volunteer\u202e",
    "ボランティア",
    "<script>alert(1)</script>",
    "supported,volunteer",
    "x" * 5000,
]
CHOOSE = {
    "ja": "参加の方法を選んでください",
    "en": "Please choose how you would like to take part",
    "ne": "कृपया तपाईं कसरी सहभागी हुन चाहनुहुन्छ छान्नुहोस्",
}


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_the_role_step_is_checked_by_the_server_in_the_page_language(client, language):
    response = client.get(f"/{language}/register/", {"role": ""})
    assert response.status_code == 400
    page = soup_of(response)
    assert CHOOSE[language] in page.select_one(".error-summary").get_text()
    assert page.select_one("main form")["method"] == "get"
    assert page.select_one("main form").has_attr("novalidate")
    assert page.select("main input[name=role]")  # the choice is offered again


@pytest.mark.parametrize("role", HOSTILE_ROLES)
def test_a_hostile_role_gets_the_message_not_a_form_or_markup(client, role):
    """(A NUL never gets this far: the site refuses such an address outright.)"""
    response = client.get("/en/register/", {"role": role, "company": "<b>ABCD2345</b>"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html and "<b>ABCD2345</b>" not in html
    assert CHOOSE["en"] in soup_of(response).select_one(".error-summary").get_text()
    assert not soup_of(response).select("main input[name=email]")


@pytest.mark.parametrize(
    ("language", "label"),
    [("ja", "ボランティア"), ("en", "volunteer"), ("ne", "स्वयंसेव")],
)
def test_step_two_shows_the_role_with_a_way_to_change_it(client, language, label):
    page = soup_of(client.get(f"/{language}/register/volunteer/?company=ABCD2345"))
    chosen = page.select_one(".role-chosen")
    assert label.lower() in chosen.get_text().lower()
    assert chosen.select_one("a")["href"] == f"/{language}/register/?company=ABCD2345"


def test_switching_language_on_step_two_keeps_the_role(client):
    page = soup_of(client.get("/ja/register/?role=volunteer"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links == {
        "ja": "/ja/register/volunteer/",
        "en": "/en/register/volunteer/",
        "ne": "/ne/register/volunteer/",
    }
    english = soup_of(client.get(links["en"]))
    assert english.select("main input[name=help_with]")  # the volunteer's form
    assert "volunteer" in english.select_one(".role-chosen").get_text().lower()


def test_the_role_step_itself_links_to_the_role_step_in_other_languages(client):
    page = soup_of(client.get("/en/register/"))
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links["ja"] == "/ja/register/"


@pytest.mark.parametrize(
    ("language", "rule", "support", "contact"),
    [
        ("ja", "外国出身", "サポートを受ける方として登録する", "JIIに問い合わせる"),
        ("en", "foreign origin", "Register to receive support instead", "Contact JII"),
        ("ne", "विदेशी मूल", "सहयोग पाउनका लागि दर्ता गर्नुहोस्", "JII लाई सम्पर्क"),
    ],
)
def test_a_refused_volunteer_is_told_the_rule_and_what_to_do_instead(
    client, language, rule, support, contact
):
    data = {
        **VOLUNTEER,
        "origin": "abroad",
        "years_in_japan": "9",
        "japanese_level": "fluent",
        "company_code": "ABCD2345",
    }
    response = send(client, f"/{language}/register/?role=volunteer&company=ABCD2345", data)
    assert response.status_code == 400
    summary = soup_of(response).select_one(".error-summary")
    text = summary.get_text()
    assert rule in text and "10" in text
    assert "nationality" not in text.lower() and "国籍" not in text
    links = {a.get_text(strip=True): a["href"] for a in summary.select(".refusal-options a")}
    assert links[next(k for k in links if support in k)] == (
        f"/{language}/register/supported/?company=ABCD2345"
    )
    assert links[next(k for k in links if contact in k)] == f"/{language}/contact/"
    assert ParticipantRegistration.objects.count() == 0


@pytest.mark.parametrize(
    ("change", "accepted"),
    [
        # origin decides, whatever the nationality
        ({"nationality": "JP", "origin": "abroad", "years_in_japan": "5"}, False),
        ({"nationality": "KR", "origin": "japan", "years_in_japan": "5"}, True),
        ({"nationality": "JP", "origin": "japan", "years_in_japan": "0"}, True),
        ({"nationality": "VN", "origin": "abroad", "years_in_japan": "10"}, True),
        (
            {
                "nationality": "VN",
                "origin": "abroad",
                "years_in_japan": "30",
                "japanese_level": "business",
            },
            False,
        ),
    ],
)
def test_the_volunteer_rule_reads_origin_not_nationality(client, change, accepted):
    data = {**VOLUNTEER, "japanese_level": "fluent", **change}
    response = send(client, "/en/register/?role=volunteer", data)
    assert (response.status_code == 302) is accepted
    if accepted:
        assert ParticipantRegistration.objects.get().origin == change["origin"]


@pytest.mark.parametrize(
    "origin", [None, "", "abroad ", "ABROAD", "overseas", "\u200babroad", "japan\r\nabroad"]
)
def test_the_origin_question_must_be_answered_with_an_offered_answer(client, origin):
    data = {key: value for key, value in VOLUNTEER.items() if key != "origin"}
    if origin is not None:
        data["origin"] = origin
    response = send(client, "/ja/register/?role=volunteer", data)
    assert response.status_code == 400
    assert 'id="id_origin-errors"' in response.content.decode()
    assert ParticipantRegistration.objects.count() == 0


def test_supported_employees_are_not_asked_their_origin(client):
    page = soup_of(client.get("/en/register/supported/"))
    assert not page.select("main input[name=origin]")
    volunteer = soup_of(client.get("/en/register/volunteer/"))
    assert len(volunteer.select("main input[name=origin]")) == 2


def test_the_api_applies_the_same_rule(client):
    from tests.test_inquiries_api import post, token

    body = {
        **{k: v for k, v in VOLUNTEER.items() if not k.startswith("languages_")},
        "nationality": "JP",
        "origin": "abroad",
        "years_in_japan": 3,
        "consent": True,
        "agrees_to_screening": True,
        "locale": "en",
        "form_token": token(client, "registration", role="volunteer"),
    }
    response = post(client, "registration", body)
    assert response.status_code == 400
    assert "foreign origin" in " ".join(response.json()["errors"]["__all__"])


def test_the_migration_flags_only_the_volunteers_the_old_reading_let_through():
    migration = importlib.import_module("inquiries.migrations.0018_volunteer_origin")
    make = ParticipantRegistrationFactory
    through = make(volunteer=True, origin="", years_in_japan=4)  # JP, under 10 years
    not_fluent = make(volunteer=True, origin="", japanese_level="daily")
    fine = make(volunteer=True, origin="")  # JP, 30 years, native: any origin passes
    foreign = make(volunteer=True, origin="", nationality="VN", years_in_japan=12)
    closed = make(volunteer=True, origin="", years_in_japan=4, status="withdrawn")
    supported = make(origin="", nationality="JP", years_in_japan=2)
    asked = make(volunteer=True, origin="japan", years_in_japan=4)

    migration.flag_unchecked_volunteers(apps, None)
    flagged = set(
        ParticipantRegistration.objects.filter(needs_review=True).values_list("pk", flat=True)
    )
    assert flagged == {through.pk, not_fluent.pk}
    assert {fine.pk, foreign.pk, closed.pk, supported.pk, asked.pk}.isdisjoint(flagged)
    assert ParticipantRegistration.objects.get(pk=through.pk).review_reason == migration.REASON

    migration.unflag(apps, None)
    assert not ParticipantRegistration.objects.filter(needs_review=True).exists()


def test_the_flag_reason_reads_in_the_admin_language():
    from django.utils import translation

    from participants.views import flag_reason

    migration = importlib.import_module("inquiries.migrations.0018_volunteer_origin")
    with translation.override("ja"):
        assert "外国出身" in flag_reason(migration.REASON)
