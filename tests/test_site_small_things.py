"""The small things a visitor notices: the icons at the site's root, a download link
that no longer works explained in the visitor's language with a new request offered,
Django's stock messages in our wording, error summaries without doubled punctuation,
a thank-you heading that names what was sent, no two neighbouring buttons with the
same label, and FAQ JSON-LD answers whose paragraphs do not run together."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core import signing
from django.utils import timezone

from faq.models import FAQItem
from inquiries.downloads import SALT, download_path
from inquiries.models import MaterialRequest
from programs.models import Material
from tests.support.intake import send
from tests.test_inquiries_materials import ANSWERS

pytestmark = pytest.mark.django_db
LANGUAGES = ["ja", "en", "ne"]


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("path", "kind", "magic"),
    [
        ("/favicon.ico", "image/x-icon", b"\x00\x00\x01\x00"),
        ("/apple-touch-icon.png", "image/png", b"\x89PNG"),
    ],
)
def test_the_icons_answer_at_the_root(client, path, kind, magic):
    response = client.get(path)
    assert response.status_code == 200 and response["Content-Type"] == kind
    assert response.content.startswith(magic) and len(response.content) < 10_000


def test_pages_name_their_icons(client):
    head = soup(client.get("/ja/")).head
    assert head.select_one('link[rel="apple-touch-icon"]')
    assert {link["href"].rsplit(".", 1)[-1] for link in head.select('link[rel="icon"]')} >= {
        "ico",
        "svg",
    }


EXPIRED = {
    "ja": ("有効期限が切れています", "資料をもう一度請求する"),
    "en": ("no longer works", "Request the materials again"),
    "ne": ("अब काम गर्दैन", "सामग्री फेरि अनुरोध गर्नुहोस्"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_expired_link_explains_and_offers_a_new_request_in_the_request_language(
    client, language, settings
):
    material = Material.objects.get(locale__language_code=language)
    send(client, f"/{language}/request-materials/", {**ANSWERS, "materials": [material.pk]})
    record = MaterialRequest.objects.get()
    MaterialRequest.objects.filter(pk=record.pk).update(
        submitted_at=timezone.now() - timedelta(days=settings.MATERIAL_LINK_MAX_AGE_DAYS + 1)
    )
    # asked from a browser set to another language: the request's language wins
    response = client.get(download_path(record, material), HTTP_ACCEPT_LANGUAGE="de")
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    explained, again = EXPIRED[language]
    assert explained in page.h1.get_text()
    assert str(settings.MATERIAL_LINK_MAX_AGE_DAYS) in page.main.get_text()
    (offer,) = [a for a in page.select("main a.button") if again in a.get_text()]
    assert offer["href"] == f"/{language}/request-materials/"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "token",
    [
        "nonsense",
        "eyJyIjoxLCJtIjoxfQ:forged",
        signing.Signer(salt="another").sign_object({"r": 1, "m": 1}),
        signing.Signer(salt=SALT).sign_object({"r": "<b>x</b>", "m": 1}),
        signing.Signer(salt=SALT).sign_object({"r": 10**30, "m": 1}),
        signing.Signer(salt=SALT).sign_object([1, 2]),
        signing.Signer(salt=SALT).sign_object({"r": 999999, "m": 1}),
        "%E2%80%AE" + "x" * 400,
    ],
)
@pytest.mark.parametrize(
    ("accept", "language"), [("ne,en;q=0.5", "ne"), ("en-GB", "en"), ("", "ja")]
)
def test_a_tampered_link_is_explained_in_the_visitor_language(client, token, accept, language):
    response = client.get(f"/downloads/{token}/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 404
    page = soup(response)
    assert page.html["lang"] == language
    assert EXPIRED[language][0] in page.h1.get_text()
    assert "<b>x</b>" not in response.content.decode()


STOCK = {
    "ja": "この項目は必須です。",
    "en": "This field is required.",
    "ne": "यो जानकारी अनिवार्य छ।",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_stock_messages_read_well_and_the_summary_has_no_doubled_punctuation(client, language):
    response = send(client, f"/{language}/contact/", {"consent": ""})
    assert response.status_code == 400
    summary = soup(response).select_one(".error-summary").get_text()
    assert STOCK[language] in summary
    assert "फाँट" not in summary and "フィールド" not in summary and " ।" not in summary
    for doubled in ("。:", "。：", ".:", ".：", "?:", "？：", "।:"):
        assert doubled not in summary


@pytest.mark.parametrize(
    ("path", "data", "heading"),
    [
        ("/en/request-materials/", {**ANSWERS}, "request for materials"),
        ("/ja/request-materials/", {**ANSWERS}, "資料のご請求"),
    ],
)
def test_the_thank_you_heading_names_what_was_sent(client, path, data, heading):
    material = Material.objects.get(locale__language_code=path[1:3])
    response = send(client, path, {**data, "materials": [material.pk]})
    thanks = soup(client.get(response["Location"]))
    assert heading in thanks.select_one(".notice--success h2").get_text()
    assert "message" not in thanks.select_one(".notice--success h2").get_text()


PAGES = [
    "",
    "programs/",
    "programs/ocp/",
    "programs/ofp/",
    "faq/",
    "materials/",
    "about/",
    "contact/",
    "request-materials/",
    "onboarding/",
    "register/",
    "privacy/",
    "terms/",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_neighbouring_buttons_share_a_label(client, language):
    for path in PAGES:
        response = client.get(f"/{language}/{path}")
        assert response.status_code == 200, path
        buttons = [b for b in soup(response).select("main .button, main button")]
        for first, second in zip(buttons, buttons[1:], strict=False):
            same_place = first.find_parent("section") is second.find_parent("section")
            label = " ".join(first.get_text().split())
            assert not (same_place and label == " ".join(second.get_text().split())), (path, label)


def test_faq_json_ld_answers_keep_their_paragraphs_apart(client):
    item = FAQItem.objects.filter(locale__language_code="ja").first()
    item.answer = "<p>一つ目です。</p><p>二つ目&amp;三つ目</p><ul><li>A</li><li>B</li></ul>"
    item.save()
    page = soup(client.get("/ja/faq/"))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    texts = [q["acceptedAnswer"]["text"] for q in data["mainEntity"]]
    assert "一つ目です。\n二つ目&三つ目\nA\nB" in texts
    for text in texts:
        assert "。" + "二" not in text


def test_the_static_export_carries_the_root_icons():
    from staticsite.render import Renderer, Target
    from staticsite.writer import StaticSite

    renderer = Renderer(Target.from_options(None, None))
    with renderer.active():
        files = {f.path: f.content for f in StaticSite.site_files(None, renderer, "test")}
    assert files["favicon.ico"].startswith(b"\x00\x00\x01\x00")
    assert files["apple-touch-icon.png"].startswith(b"\x89PNG")
