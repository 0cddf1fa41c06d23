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


def submit_empty_and_check_errors(page):
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".error-summary").is_visible()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_material_request_in_a_browser(site_server, page, language):
    page.goto(f"{site_server}/{language}/request-materials/")
    submit_empty_and_check_errors(page)
    # The site offers one material: it is named on the form and sent, with nothing to tick.
    assert page.locator("input[name=materials][type=checkbox]").count() == 0
    assert page.locator("input[name=materials][type=hidden]").count() == 1
    page.fill("#id_company", "Sample Ltd.")
    page.fill("#id_name", "Hanako Yamada")
    page.fill("#id_email", "hanako@example.jp")
    page.fill("#id_role", "HR")
    page.select_option("#id_company_size", "50-299")
    page.select_option("#id_foreign_employees", "10-49")
    page.select_option("#id_heard_from", "search")
    page.check("#id_consent")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{site_server}/{language}/request-materials/?sent=*")
    link = page.locator(".downloads a").first
    assert "/downloads/" in link.get_attribute("href")
    # Browsers cannot download here: fetch the link with the page's own request context.
    response = page.request.get(
        link.get_attribute("href").replace("http://127.0.0.1:8000", site_server)
    )
    assert response.status == 200 and response.body().startswith(b"%PDF")
    assert Axe().run(page).violations_count == 0


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_onboarding_request_in_a_browser(site_server, page, language):
    import datetime

    page.goto(f"{site_server}/{language}/onboarding/")
    submit_empty_and_check_errors(page)
    page.fill("#id_company", "Sample Manufacturing")
    page.select_option("#id_industry", "manufacturing")
    page.select_option("#id_prefecture", "aichi")
    page.select_option("#id_employees", "300-999")
    page.select_option("#id_foreign_employees", "50-199")
    page.check("input[name=goals][value=retention]")
    page.check("input[name=interests][value=info_session]")
    page.fill("#id_expected_supported", "10")
    page.fill("#id_expected_volunteers", "12")
    start = datetime.date.today() + datetime.timedelta(days=60)
    page.fill("#id_preferred_start", start.isoformat())
    page.fill("#id_name", "Taro Suzuki")
    page.fill("#id_email", "taro@example.co.jp")
    page.check("#id_consent")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{site_server}/{language}/onboarding/?sent=*")
    assert page.locator(".notice--success").is_visible()


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_participant_registration_in_a_browser(site_server, page, language):
    page.goto(f"{site_server}/{language}/register/")
    assert Axe().run(page).violations_count == 0
    page.check("input[name=role][value=supported]")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{site_server}/{language}/register/?role=supported")
    submit_empty_and_check_errors(page)
    page.fill("#id_name", "Sita Gurung")
    page.fill("#id_email", "sita@example.com")
    page.fill("#id_phone", "090-0000-0000")
    page.fill("#id_company", "OCP-1234")
    page.check("input[name=contact_language][value=ne]")
    page.select_option("#id_languages_language_1", "ne")
    page.select_option("#id_languages_level_1", "native")
    page.select_option("#id_japanese_level", "daily")
    page.select_option("#id_nationality", "NP")
    page.fill("#id_years_in_japan", "3")
    page.select_option("#id_prefecture", "tokyo")
    page.fill("#id_municipality", "Shinjuku")
    page.select_option("#id_family_relation_1", "child")
    page.fill("#id_family_age_1", "4")
    page.check("input[name=needs][value=enrolment]")
    page.check("input[name=activity_type][value=long_term]")
    page.check("input[name=activity_format][value=both]")
    page.check("input[name=pair_preference][value=none]")
    page.check("input[name=availability][value=weekend_daytime]")
    page.check("#id_agrees_to_screening")
    page.check("#id_consent")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{site_server}/{language}/register/?sent=*")
    assert page.locator(".notice--success").is_visible()
