"""In a real browser, against the one running site the browser tests share: "この資料を
請求する" on the materials page opens the request with that material chosen (the site's
single material is named and sent, with nothing left to tick), and the site search
finds a Japanese word inside text written without spaces, marked in its snippet."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ja", "en"])
def test_request_this_material_opens_the_request_with_it_chosen(site_server, page, language):
    page.goto(f"{site_server}/{language}/materials/")
    title = page.locator("main .material .card__title").first.inner_text().strip()
    page.locator("main .material a.button").first.click()
    page.wait_for_load_state()
    assert "/request-materials/?material=" in page.url
    assert page.locator('input[type="checkbox"][name="materials"]').count() == 0
    chosen = page.locator("main .role-chosen")
    assert title in chosen.inner_text()
    hidden = page.locator('input[type="hidden"][name="materials"]')
    assert hidden.count() == 1 and hidden.get_attribute("value")


def test_search_finds_a_japanese_word_without_spaces(site_server, page):
    page.goto(f"{site_server}/ja/search/")
    page.get_by_label("サイト内を検索").fill("越境体験")
    page.get_by_role("button", name="サイト内検索").click()
    page.wait_for_load_state()
    assert page.locator(".search-result").count() >= 1
    assert page.locator(".search-result mark").first.inner_text() == "越境体験"
    assert page.locator("html").get_attribute("lang") == "ja"
