"""Navigation, site settings and intake pages through the API, as the HTML shows them."""

import re

import pytest
from wagtail.models import Page

from home.models import SiteSettings
from inquiries.models import IntakeFormPage
from tests.support.factories import SiteSettingsFactory

pytestmark = pytest.mark.django_db


def links_in(html: str, css_class: str) -> list[str]:
    block = re.search(rf'class="{css_class}".*?</(?:ul|nav)>', html, re.S).group(0)
    return re.findall(r'href="([^"]+)"', block)


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_navigation_is_the_html_pages_menu_and_footer(client, language):
    response = client.get("/api/site/navigation/", {"locale": language})
    assert response.status_code == 200
    navigation = response.json()
    html = client.get(f"/{language}/").content.decode()
    assert navigation["home"]["url"] == f"/{language}/"
    assert [item["url"] for item in navigation["footer"]] == links_in(html, "footer-links")
    menu_titles = [item["title"] for item in navigation["menu"]]
    assert menu_titles and all(title in html for title in menu_titles)
    assert [lang["url"] for lang in navigation["languages"]] == ["/ja/", "/en/", "/ne/"]


def test_a_page_hidden_from_menus_leaves_the_menu_not_the_footer(client):
    faq = Page.objects.get(locale__language_code="en", slug="faq").specific
    faq.show_in_menus = False
    faq.save_revision().publish()
    navigation = client.get("/api/site/navigation/", {"locale": "en"}).json()
    assert "/en/faq/" not in [item["url"] for item in navigation["menu"]]
    assert "/en/faq/" in [item["url"] for item in navigation["footer"]]


def test_site_settings_per_language_without_the_recipients(client):
    SiteSettingsFactory(language="ne", organisation_name="जेआईआई", footer_text="नमस्ते")
    settings = client.get("/api/site/settings/", {"locale": "ne"}).json()
    assert settings["organisation_name"] == "जेआईआई" and settings["footer_text"] == "नमस्ते"
    assert "notification_recipients" not in settings and "recipients" not in str(settings)
    html = client.get("/ne/").content.decode()
    assert "जेआईआई" in html and "नमस्ते" in html
    SiteSettings.objects.filter(locale__language_code="en").delete()
    fallback = client.get("/api/site/settings/", {"locale": "en"}).json()
    assert fallback["locale"] == "ja"  # the default language's, as the pages show


def test_intake_pages_link_to_their_forms_with_their_thank_you_text(client):
    pages = client.get("/api/intake/pages/", {"locale": "en"}).json()
    live = IntakeFormPage.objects.live().filter(locale__language_code="en")
    assert sorted(p["page"]["url"] for p in pages) == sorted(p.url for p in live)
    for page in pages:
        form = client.get(page["form"]["api_url"], {"locale": "en"})
        assert form.status_code == 200 and form.json()["locale"] == "en"
        assert page["thank_you_text"] and "linktype" not in page["thank_you_text"]
        thanks = client.get(page["form"]["thank_you_url"])
        assert thanks.status_code == 200
    assert len(client.get("/api/intake/pages/").json()) == 3 * len(pages)


@pytest.mark.parametrize(
    "url", ["/api/site/navigation/", "/api/site/settings/", "/api/intake/pages/"]
)
def test_the_new_reads_are_cached_documented_and_refuse_bad_locales(client, url):
    response = client.get(url, {"locale": "ja"})
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    again = client.get(url, {"locale": "ja"}, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    bad = client.get(url, {"locale": "fr"})
    assert bad.status_code == 422 and "json" in bad["Content-Type"]
    assert url in client.get("/api/openapi.json").json()["paths"]
    section = url.split("/")[2]
    assert url in client.get(f"/api/{section}/openapi.json").json()["paths"]


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_a_forms_texts_are_the_form_pages_in_its_language(client, language):
    form = client.get("/api/intake/inquiry/", {"locale": language}).json()
    html = client.get(f"/{language}/contact/").content.decode()
    texts = form["texts"]
    for text in (texts["required_marker"], texts["submit"], texts["privacy"]["heading"]):
        assert text in html
    assert texts["privacy"]["link_url"] == f"/{language}/privacy/"
    role_step = client.get("/api/intake/registration/", {"locale": language}).json()
    assert role_step["needs"] == "role" and role_step["texts"]["submit"] in html_of(
        client, f"/{language}/register/"
    )


def html_of(client, url: str) -> str:
    return client.get(url).content.decode()
