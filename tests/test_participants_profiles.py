"""Profiles that can be matched: the registration asks each language with a level, what a
volunteer can help with and how many people at once, and interests from a list, on the
page (without script) and through the JSON API, in every language; bad input is
refused with a message and stores nothing; staff read all of it in words."""

from __future__ import annotations

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

from inquiries.models import ParticipantRegistration
from tests.support.factories import ParticipantRegistrationFactory, UserFactory
from tests.support.intake import send
from tests.test_inquiries_api import post, token
from tests.test_inquiries_onboarding_registration import SUPPORTED
from tests.test_inquiries_onboarding_registration import VOLUNTEER as FOREIGN_VOLUNTEER

pytestmark = pytest.mark.django_db

# A volunteer the program's rules accept (a foreign volunteer needs ten years in Japan).
VOLUNTEER = {
    **FOREIGN_VOLUNTEER,
    "nationality": "JP",
    "origin": "japan",
    "japanese_level": "native",
}

ROWS = {
    key: value
    for key, value in SUPPORTED.items()
    if not key.startswith("languages_") and not key.startswith("family_")
}


def rows(*pairs: tuple[str, str]) -> dict:
    """The page's language rows as a browser posts them."""
    data = {}
    for number, (language, level) in enumerate(pairs, start=1):
        data[f"languages_language_{number}"] = language
        data[f"languages_level_{number}"] = level
    return data


def errors_of(response, field: str = "languages") -> list[str]:
    soup = BeautifulSoup(response.content, "html.parser")
    return [item.get_text() for item in soup.select(f"#id_{field}-errors li")]


# -- the page ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_the_page_offers_language_rows_without_japanese(client, language):
    soup = BeautifulSoup(client.get(f"/{language}/register/?role=volunteer").content, "html.parser")
    fieldset = soup.select_one("main fieldset#id_languages")
    selects = fieldset.select("select")
    assert [s["name"] for s in selects[:2]] == ["languages_language_1", "languages_level_1"]
    assert len(selects) == 8  # four rows, no script needed
    offered = [o["value"] for o in selects[0].select("option") if o["value"]]
    assert "ja" not in offered and {"en", "ne", "vi", "zh", "tl", "my"} <= set(offered)
    levels = [o["value"] for o in selects[1].select("option") if o["value"]]
    assert levels == ["native", "fluent", "conversational", "basic"]
    for select in selects:  # every select has its own label
        assert fieldset.select_one(f"label[for={select['id']}]")
    assert soup.select("main input[name=help_with]") and soup.select("main input[name=capacity]")
    assert soup.select_one("main input[name=capacity][value='1']").has_attr("checked")
    assert soup.select("main input[name=interests][value=cooking]")
    supported = BeautifulSoup(
        client.get(f"/{language}/register/?role=supported").content, "html.parser"
    )
    assert not supported.select("main input[name=help_with], main input[name=capacity]")
    assert supported.select("main fieldset#id_languages select")


def test_labels_and_messages_are_in_the_pages_language(client):
    html = client.get("/ja/register/?role=volunteer").content.decode()
    assert "日本語以外に話せる言語" in html and "ネパール語" in html and "日常会話" in html
    assert "同時に何人までサポートできますか？" in html and "その他の趣味・関心" in html
    html = client.get("/ne/register/?role=volunteer").content.decode()
    assert "तपाईंले बोल्ने अन्य भाषाहरू" in html and "धाराप्रवाह" in html


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_a_volunteer_is_stored_with_languages_help_places_and_interests(client, language):
    response = send(client, f"/{language}/register/?role=volunteer", VOLUNTEER)
    assert response.status_code == 302, errors_of(response)
    record = ParticipantRegistration.objects.get()
    assert record.languages == [
        {"language": "ne", "level": "native"},
        {"language": "en", "level": "fluent"},
    ]
    assert (record.help_with, record.capacity) == (["hospital"], 2)
    assert record.interests == ["cooking", "outdoors"]
    assert record.hobbies == "Mountain photography" and record.languages_note == ""
    assert record.spoken() == {"ne": "native", "en": "fluent", "ja": "native"}


def test_someone_who_speaks_only_japanese_leaves_the_rows_empty(client):
    data = {**ROWS, "japanese_level": "native", "nationality": "JP"}
    response = send(client, "/en/register/?role=supported", data)
    assert response.status_code == 302, errors_of(response)
    record = ParticipantRegistration.objects.get()
    assert record.languages == [] and record.spoken() == {"ja": "native"}


def test_a_volunteer_who_gives_no_number_can_support_one_person(client):
    data = {key: value for key, value in VOLUNTEER.items() if key != "capacity"}
    assert send(client, "/en/register/?role=volunteer", data).status_code == 302
    assert ParticipantRegistration.objects.get().capacity == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (rows(("", "native")), "Row 1: please choose the language for this level."),
        (rows(("ne", "")), "Row 1: please choose your level in Nepali."),
        (rows(("ne", "native"), ("ne", "basic")), "Nepali is chosen more than once"),
        (rows(("xx", "native")), "Row 1: please choose a language from the list."),
        (rows(("ja", "native")), "your Japanese is asked in its own question"),
        (rows(("en", "expert")), "Row 1: please choose a level from the list."),
        (rows(("en", "fluent"), ("", ""), ("en\u202e", "basic")), "Row 3: please choose a lang"),
    ],
)
def test_bad_language_rows_are_refused_with_the_row_named(client, change, message):
    response = send(client, "/en/register/?role=supported", {**ROWS, **change})
    assert response.status_code == 400
    assert any(message in text for text in errors_of(response)), errors_of(response)
    assert ParticipantRegistration.objects.count() == 0
    # the rows come back as they were sent, to correct
    soup = BeautifulSoup(response.content, "html.parser")
    for name, value in change.items():
        selected = soup.select_one(f"select[name={name}] option[selected]")
        known = soup.select_one(f"select[name={name}] option[value='{value}']")
        assert selected["value"] == (value if known else ""), name


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"capacity": "4"}, "capacity"),
        ({"capacity": "0"}, "capacity"),
        ({"help_with": []}, "help_with"),
        ({"help_with": ["gardening"]}, "help_with"),
        ({"interests": ["astrology"]}, "interests"),
    ],
)
def test_a_volunteers_bad_answers_are_refused(client, change, field):
    response = send(client, "/ja/register/?role=volunteer", {**VOLUNTEER, **change})
    assert response.status_code == 400
    assert errors_of(response, field)
    assert ParticipantRegistration.objects.count() == 0


# -- the JSON API -------------------------------------------------------------------------


def api_body(client, role="volunteer", **change):
    body = {
        **{key: value for key, value in VOLUNTEER.items() if not key.startswith("languages_")},
        "role": role,
        "years_in_japan": 3,
        "capacity": 3,
        "languages": [
            {"language": "vi", "level": "native"},
            {"language": "en", "level": "basic"},
        ],
        "consent": True,
        "agrees_to_screening": True,
        "nationality": "JP",
        "form_token": token(client, "registration", role=role),
    }
    if role == "supported":
        for name in ("help_with", "capacity", "origin"):
            body.pop(name)
    body.update(change)
    return body


def test_the_api_takes_languages_as_a_list_of_objects(client):
    rows_ = [
        {"language": code, "level": "basic"}
        for code in ("en", "ne", "vi", "zh", "ko", "tl", "pt")  # more than the page's rows
    ]
    response = post(client, "registration", api_body(client, languages=rows_))
    assert response.status_code == 201, response.content
    record = ParticipantRegistration.objects.get()
    assert record.languages == rows_ and record.capacity == 3


def test_the_api_describes_the_rows(client):
    fields = {
        f["name"]: f
        for f in client.get(
            "/api/intake/registration/", {"role": "volunteer", "locale": "ja"}
        ).json()["fields"]
    }
    languages = fields["languages"]
    assert languages["type"] == "languages" and languages["max_items"] == 17
    assert {"value": "ne", "label": "ネパール語"} in languages["choices"]
    assert {"value": "fluent", "label": "流暢"} in languages["levels"]
    assert "ja" not in [choice["value"] for choice in languages["choices"]]
    schema = client.get("/api/openapi.json").json()
    body = next(
        op["post"]["requestBody"]["content"]["application/json"]["schema"]
        for path, op in schema["paths"].items()
        if path.endswith("/intake/registration/")
    )
    items = body["properties"]["languages"]["items"]
    assert items["required"] == ["language", "level"] and not items["additionalProperties"]
    assert body["properties"]["capacity"] == {
        "type": "integer",
        "enum": [1, 2, 3],
        "description": "How many people could you support at the same time?",
    }


HOSTILE = [
    ("languages", "Nepali (native)"),
    ("languages", {"language": "ne", "level": "native"}),
    ("languages", [["ne", "native"]]),
    ("languages", [{"language": "ne", "level": "native", "extra": 1}]),
    ("languages", [{"language": ["ne"], "level": "native"}]),
    ("languages", [{"language": {"deep": {"deeper": "ne"}}, "level": "native"}]),
    ("languages", [{"language": 7, "level": True}]),
    ("languages", [{"language": "ne\u200b", "level": "native"}]),
    ("languages", [{"language": "ne", "level": "native\x07"}]),
    ("languages", [{"language": "ne", "level": "native"}] * 2),
    ("languages", [{"language": "en", "level": "basic"}] * 5000),
    ("languages", [{"language": "ja", "level": "native"}]),
    ("capacity", 99),
    ("capacity", "two"),
    ("capacity", [1]),
    ("help_with", ["hospital", {"x": 1}]),
    ("interests", ["cooking", "\u202ecooking"]),
    ("hobbies", ["cooking"]),
]


@pytest.mark.parametrize(("field", "value"), HOSTILE)
def test_hostile_values_get_a_message_in_the_visitors_language_and_store_nothing(
    client, field, value
):
    response = post(client, "registration", api_body(client, locale="ja", **{field: value}))
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert field in errors, errors
    assert all(
        any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in m)
        for m in errors[field]
    )
    assert ParticipantRegistration.objects.count() == 0


def test_a_list_of_rows_from_the_static_pages_script_is_read_like_the_page(client):
    """The static export's script posts the page's fields by their names as JSON."""
    body = api_body(client)
    body.pop("languages")
    body.update(rows(("ne", "native"), ("", ""), ("ko", "conversational")))
    response = post(client, "registration", body)
    assert response.status_code == 201, response.content
    assert ParticipantRegistration.objects.get().languages == [
        {"language": "ne", "level": "native"},
        {"language": "ko", "level": "conversational"},
    ]


def test_a_language_twice_through_the_api_names_it(client):
    body = api_body(
        client,
        locale="en",
        languages=[{"language": "vi", "level": "native"}, {"language": "vi", "level": "basic"}],
    )
    response = post(client, "registration", body)
    assert response.status_code == 400
    assert response.json()["errors"]["languages"] == [
        "Vietnamese is chosen more than once; please choose it in one row."
    ]


# -- what staff read ----------------------------------------------------------------------


def coordinator(language="ja") -> Client:
    client = Client()
    client.force_login(UserFactory(language=language, coordinator=True))
    return client


def test_the_registration_screen_shows_the_profile_in_words():
    record = ParticipantRegistrationFactory(
        volunteer=True,
        capacity=2,
        interests=["cooking", "films"],
        hobbies="写真",
        languages_note="ネパール語（母語）、英語 少し",
    )
    html = coordinator().get(f"/admin/inquiries_participantregistration/inspect/{record.pk}/")
    soup = BeautifulSoup(html.content, "html.parser")
    profile = soup.select_one("[aria-labelledby=profile-heading]").get_text(" ", strip=True)
    assert "英語（日常会話）" in profile and "日本語（ネイティブ）" in profile
    assert "通院" in profile and "行政手続き" in profile  # help_with, in words
    assert "同時に組めるペア数 2" in profile
    assert "料理、映画・アニメ・漫画" in profile and "写真" in profile
    assert "最初に記入された言語 要確認 ネパール語（母語）、英語 少し" in profile
    for code in ("hospital", "procedures", "cooking", "films", "conversational"):
        assert code not in profile


def test_a_supported_persons_screen_does_not_show_a_volunteers_questions():
    record = ParticipantRegistrationFactory()
    html = coordinator("en").get(f"/admin/inquiries_participantregistration/inspect/{record.pk}/")
    soup = BeautifulSoup(html.content, "html.parser")
    profile = soup.select_one("[aria-labelledby=profile-heading]").get_text(" ", strip=True)
    assert "Nepali (native), English (fluent), Japanese (conversational)" in profile
    assert "Pairs at once" not in profile and "Can help with" not in profile
    assert "to confirm" not in profile  # no text from before the list


def test_the_export_reads_the_profile_in_words():
    ParticipantRegistrationFactory(volunteer=True, capacity=3, languages_note="Tagalog")
    client = coordinator("en")
    response = client.get("/admin/inquiries_participantregistration/", {"export": "csv"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    header, row = list(csv.reader(io.StringIO(text)))[:2]
    columns = dict(zip(header, row, strict=True))
    assert columns["Languages and levels"] == "English (conversational), Japanese (native)"
    assert columns["Can help with"] == "Hospital visits, Administrative procedures"
    assert columns["Pairs at once"] == "3"
    assert columns["Languages as first written (to confirm)"] == "Tagalog"
    assert columns["Interests"] == "Cooking, Walking, hiking and nature"


def test_readable_languages_keep_a_damaged_row_visible():
    record = ParticipantRegistrationFactory.build(
        languages=[{"language": "ne", "level": "native"}, "odd"], japanese_level="none"
    )
    with translation.override("en"):
        assert record.display_value("languages") == "Nepali (native), odd"
    assert json.dumps(record.languages)
