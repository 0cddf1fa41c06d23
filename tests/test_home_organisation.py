"""The footer and the about page: JII's legal name, address, phone and email from the
site settings, each shown when set; until any is set, a link to the contact form,
never an empty block. What an editor types is shown as text, not markup."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from tests.support.factories import SiteSettingsFactory

pytestmark = pytest.mark.django_db


def page(client, url: str) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_without_details_the_footer_and_about_lead_to_the_contact_form(client, language):
    for url in (f"/{language}/", f"/{language}/about/"):
        blocks = page(client, url).select(".organisation-details")
        assert blocks, url
        for block in blocks:
            assert [a["href"] for a in block.select("a")] == [f"/{language}/contact/"]
            assert block.get_text(strip=True)


def test_the_details_are_shown_when_set_each_on_its_own(client):
    SiteSettingsFactory(
        language="ja",
        legal_name="特定非営利活動法人 テスト<b>",
        address="東京都豊島区1-2-3\n4階",
        phone="03-1234-5678",
        contact_email="info@jii.example",
    )
    SiteSettingsFactory(language="en", phone="03-1234-5678")
    footer = page(client, "/ja/").select_one("footer .organisation-details")
    text = footer.get_text()
    assert "特定非営利活動法人 テスト<b>" in text  # as typed, escaped
    assert "東京都豊島区1-2-3" in text and "4階" in text
    links = [a["href"] for a in footer.select("a")]
    assert links == ["tel:0312345678", "mailto:info@jii.example"]
    about = page(client, "/ja/about/").select_one("main .organisation-details")
    assert "特定非営利活動法人" in about.get_text()
    english = page(client, "/en/").select_one("footer .organisation-details")
    assert [a["href"] for a in english.select("a")] == ["tel:0312345678"]
    assert "/en/contact/" not in [a["href"] for a in english.select("a")]
