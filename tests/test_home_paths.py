"""The paths people need: registration from the header menu, from the OCP page's "who
can take part" and from the FAQ answers about taking part; "contact us" in the copy as
a link in the page's language; "request this material" ticking that material, and no
checkbox to tick when there is only one."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from inquiries.models import MaterialRequest
from programs.models import Material
from tests.support.factories import MaterialFactory
from tests.support.intake import send
from tests.test_inquiries_materials import ANSWERS

pytestmark = pytest.mark.django_db
LANGUAGES = ["ja", "en", "ne"]


def soup_of(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def hrefs(nodes) -> list[str]:
    return [a["href"] for a in nodes]


@pytest.mark.parametrize("language", LANGUAGES)
def test_registration_is_in_the_header_menu(client, language):
    page = soup_of(client, f"/{language}/")
    assert f"/{language}/register/" in hrefs(page.select("header a"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_who_can_take_part_leads_to_registration_and_contact(client, language):
    section = soup_of(client, f"/{language}/programs/ocp/").select_one(".participant-groups")
    links = hrefs(section.select("a"))
    assert f"/{language}/register/" in links and f"/{language}/contact/" in links


@pytest.mark.parametrize("language", LANGUAGES)
def test_faq_answers_about_taking_part_lead_to_registration(client, language):
    page = soup_of(client, f"/{language}/faq/")
    with_link = [
        item
        for item in page.select(".faq-item")
        if f"/{language}/register/" in hrefs(item.select(".faq-item__answer a"))
    ]
    assert len(with_link) == 2  # who can take part; how employees join
    assert f"/{language}/contact/" in hrefs(page.select(".faq__more a"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_contact_us_in_the_privacy_policy_is_a_link_in_the_page_language(client, language):
    page = soup_of(client, f"/{language}/privacy/")
    links = hrefs(page.select("main .rich-text a"))
    assert links.count(f"/{language}/contact/") == 3
    assert not [
        href
        for href in links
        if href.startswith(("/ja/", "/en/", "/ne/")) and not href.startswith(f"/{language}/")
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_material_request_sends_questions_to_the_contact_form(client, language):
    """The request takes no message, so its introduction asks for questions through the
    contact form, linked in the page's language."""
    page = soup_of(client, f"/{language}/request-materials/")
    assert not page.select("form textarea")
    intro = page.select_one("main .rich-text")
    assert hrefs(intro.select("a")) == [f"/{language}/contact/"]

    material = Material.objects.get(locale__language_code=language)
    sent = send(client, f"/{language}/request-materials/", {**ANSWERS, "materials": [material.pk]})
    thanks = soup_of(client, sent["Location"])
    assert f"/{language}/contact/" in hrefs(thanks.select("main .rich-text a"))
    # the links are on this page, not on a next one
    next_page = {"ja": "次のページ", "en": "next page", "ne": "अर्को पृष्ठ"}[language]
    assert next_page not in thanks.select_one("main").get_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_single_material_has_no_checkbox_and_is_sent_as_named(client, language):
    only = Material.objects.get(locale__language_code=language)
    page = soup_of(client, f"/{language}/materials/")
    (button,) = [a for a in page.select("main a.button") if "material=" in a["href"]]
    form = soup_of(client, button["href"])
    assert not form.select("input[type=checkbox][name=materials]")
    assert only.title in form.select_one(".role-chosen").get_text()
    assert form.select_one("input[type=hidden][name=materials]")["value"] == str(only.pk)
    data = {**ANSWERS}  # no materials field at all: the one on offer
    assert send(client, f"/{language}/request-materials/", data).status_code == 302
    assert list(MaterialRequest.objects.get().materials.all()) == [only]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_request_this_material_opens_the_form_with_it_ticked(client, language):
    second = MaterialFactory(language=language)
    page = soup_of(client, f"/{language}/materials/")
    buttons = {a["href"] for a in page.select("main a.button") if "material=" in a["href"]}
    assert f"/{language}/request-materials/?material={second.pk}" in buttons
    form = soup_of(client, f"/{language}/request-materials/?material={second.pk}")
    ticked = [
        box["value"] for box in form.select("input[name=materials]") if box.has_attr("checked")
    ]
    assert ticked == [str(second.pk)]


@pytest.mark.parametrize(
    "value",
    ["", "abc", "-1", "1 OR 1=1", "²", "9" * 5000, "99999999999999999999", "\u202e1", "<b>1</b>"],
)
def test_a_hostile_material_ticks_nothing_and_breaks_nothing(client, value):
    MaterialFactory(language="en")
    response = client.get("/en/request-materials/", {"material": value})
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser")
    assert not [box for box in form.select("input[name=materials]") if box.has_attr("checked")]
    assert "<b>1</b>" not in response.content.decode()
