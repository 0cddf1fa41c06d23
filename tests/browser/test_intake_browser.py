"""The inquiry form in a real browser, in every language: errors, then success."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_inquiry_form_shows_errors_accessibly_then_sends(site_server, page, language):
    page.goto(f"{site_server}/{language}/contact/")
    assert page.locator("form.intake-form").is_visible()
    assert not page.locator("#id_consent").is_checked()
    assert Axe().run(page).violations_count == 0

    page.fill("#id_company", "Sample Ltd.")
    page.fill("#id_email", "not-an-email")
    page.locator("button[type=submit]").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert "id_email-errors" in page.locator("#id_email").get_attribute("aria-describedby")
    assert page.locator("#id_company").input_value() == "Sample Ltd."  # input kept
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    summary.locator("a[href='#id_email']").click()
    page.fill("#id_email", "hanako@example.jp")
    page.fill("#id_name", "Hanako Yamada")
    page.select_option("#id_topic", "content")
    page.fill("#id_message", "Could you tell us more about the program?")
    page.check("#id_consent")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{site_server}/{language}/contact/?sent=*")
    assert page.locator(".notice--success").is_visible()
    assert page.locator("html").get_attribute("lang") == language
    assert Axe().run(page).violations_count == 0


def test_inquiry_form_works_without_javascript(site_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_server}/en/contact/")
    page.fill("#id_company", "No Script Inc.")
    page.fill("#id_name", "Taro")
    page.fill("#id_email", "taro@example.jp")
    page.fill("#id_message", "Hello")
    page.check("#id_consent")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{site_server}/en/contact/?sent=*")
    assert page.locator(".notice--success").is_visible()
    context.close()
