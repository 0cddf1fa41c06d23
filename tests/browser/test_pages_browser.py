"""Each page type in each language, in a real browser: renders, switches language,
has no axe-core violations, and validates with the Nu HTML checker."""

from __future__ import annotations

import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import validate_html

pytestmark = pytest.mark.browser

LANGUAGES = ["ja", "en", "ne"]
# One page of every page type.
PATHS = {
    "home": "",
    "program index": "programs/",
    "program": "programs/ocp/",
    "faq": "faq/",
    "materials": "materials/",
    "intake form": "contact/",
    "material request form": "request-materials/",
    "onboarding form": "onboarding/",
    "registration role choice": "register/",
    "registration form": "register/?role=supported",
    "standard": "privacy/",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(PATHS))
def test_page_renders_and_has_no_accessibility_violations(site_server, page, language, kind):
    response = page.goto(f"{site_server}/{language}/{PATHS[kind]}")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("h1").count() == 1
    assert page.locator("h1").inner_text().strip()
    assert page.locator("main").is_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("kind", ["home", "faq", "program"])
def test_mobile_layout_has_no_horizontal_scroll_or_violations(site_server, mobile_page, kind):
    mobile_page.goto(f"{site_server}/ne/{PATHS[kind]}")
    overflow = mobile_page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    results = Axe().run(mobile_page)
    assert results.violations_count == 0, results.generate_report()


def test_language_switcher_moves_between_languages_on_the_same_page(site_server, page):
    page.goto(f"{site_server}/ja/programs/ocp/")
    page.get_by_role("navigation", name="言語").get_by_role("link", name="English").click()
    page.wait_for_url(f"{site_server}/en/programs/ocp/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="नेपाली").click()
    page.wait_for_url(f"{site_server}/ne/programs/ocp/")
    assert page.locator("html").get_attribute("lang") == "ne"
    page.get_by_role("link", name="日本語").click()
    page.wait_for_url(f"{site_server}/ja/programs/ocp/")


def test_faq_answers_open_from_the_keyboard_without_javascript(site_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_server}/en/faq/")
    first = page.locator("main details").first
    assert first.get_attribute("open") is None
    answer = first.locator(".faq-item__answer")
    assert not answer.is_visible()
    first.locator("summary").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible()
    assert first.get_attribute("open") is not None
    context.close()


def test_skip_link_is_the_first_stop_and_moves_focus_to_main(site_server, page):
    page.goto(f"{site_server}/en/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Skip to main content"
    assert page.locator(".skip-link").is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_every_page_validates_with_the_nu_html_checker(site_server, tmp_path):
    files = []
    for language in LANGUAGES:
        for kind, path in PATHS.items():
            url = f"{site_server}/{language}/{path}"
            html = urllib.request.urlopen(url, timeout=10).read()  # noqa: S310
            target = tmp_path / f"{language}-{kind.replace(' ', '-')}.html"
            target.write_bytes(html)
            files.append(target)
    for extra, name in (("/ja/no-such-page/", "404.html"),):
        try:
            urllib.request.urlopen(site_server + extra, timeout=10)  # noqa: S310
        except urllib.error.HTTPError as error:
            (tmp_path / name).write_bytes(error.read())
            files.append(tmp_path / name)
    validate_html(tmp_path)
    assert len(files) == len(LANGUAGES) * len(PATHS) + 1
