"""The static export served by a plain static file server, its forms sent to the
running backend: with JavaScript through the JSON API, without it as a plain POST."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import validate_html
from tests.support.static_export import broken_links

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def static_site(running_site, tmp_path_factory):
    """The running site exported and served by ``python -m http.server``."""
    folder = tmp_path_factory.mktemp("static-site") / "public"
    running_site.manage(
        "build_static_site",
        "--output",
        str(folder),
        "--base-url",
        running_site.static_origin,
        "--api-origin",
        running_site.url,
    )
    port = str(urlsplit(running_site.static_origin).port)
    server = subprocess.Popen(  # noqa: S603
        [sys.executable, "-m", "http.server", port, "--bind", "127.0.0.1", "-d", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(running_site.static_origin + "/robots.txt", timeout=2)  # noqa: S310
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise
            time.sleep(0.1)
    yield folder
    server.terminate()
    server.wait(timeout=10)


def stored(running_site, email: str) -> list[bool]:
    """The spam flags of the inquiries the backend stored for ``email``."""
    output = running_site.manage(
        "shell",
        "-c",
        "from inquiries.models import Inquiry; "
        f"print(list(Inquiry.objects.filter(email={email!r}).values_list('is_spam', flat=True)))",
    )
    return eval(output.strip().splitlines()[-1])  # noqa: S307 - a list printed by our own code


def test_the_export_is_self_consistent_and_every_page_validates(static_site, running_site):
    assert broken_links(static_site, running_site.static_origin, (running_site.url,)) == []
    validate_html(static_site)


def test_a_static_form_sends_through_the_api_with_inline_errors(static_site, running_site, page):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    origin = running_site.static_origin
    page.goto(f"{origin}/en/contact/")
    page.wait_for_selector("input[name=form_token][data-fresh]", state="attached")  # from the API

    page.fill("#id_company", "Static Browser Ltd.")
    page.fill("#id_email", "not-an-email")
    page.locator("form.intake-form button[type=submit]").click()
    summary = page.locator(".error-summary")
    summary.wait_for()
    assert page.url == f"{origin}/en/contact/"  # shown in place, nothing reloaded
    assert page.locator("#id_email").get_attribute("aria-invalid") == "true"
    assert "id_email-errors" in page.locator("#id_email").get_attribute("aria-describedby")
    assert "Enter one email address" in page.locator("#id_email-errors").inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.fill("#id_email", "static.browser@example.jp")
    page.fill("#id_name", "Ken Sato")
    page.select_option("#id_topic", "content")
    page.fill("#id_message", "Sent from the static site.")
    page.check("#id_consent")
    page.wait_for_timeout(3000)  # a person takes longer than INTAKE_MIN_SECONDS
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{origin}/en/contact/thanks/")
    assert page.locator(".notice--success").is_visible()
    assert stored(running_site, "static.browser@example.jp") == [False]
    # The only console error is the browser noting the refused first try (400).
    assert [text for text in problems if "400 (Bad Request)" not in text] == []


def test_a_static_form_works_without_javascript(static_site, running_site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    origin = running_site.static_origin
    page.goto(f"{origin}/ja/contact/")
    page.fill("#id_company", "静的サイト株式会社")
    page.fill("#id_name", "佐藤 花")
    page.fill("#id_email", "no.script.static@example.jp")
    page.fill("#id_message", "JavaScript なしで送信します。")
    page.check("#id_consent")
    page.locator("form.intake-form button[type=submit]").click()
    page.wait_for_url(f"{origin}/ja/contact/thanks/")
    assert page.locator(".notice--success").is_visible()
    assert page.locator("html").get_attribute("lang") == "ja"
    assert stored(running_site, "no.script.static@example.jp") == [False]
    context.close()


def test_a_companys_registration_link_keeps_its_code_on_the_static_site(
    static_site, running_site, page
):
    """``/en/register/?company=CODE`` opened on the static site: the role choice's links
    pass the code on and the form carries it in its hidden field (the script does on
    the static site what the live site does on the server)."""
    origin = running_site.static_origin
    page.goto(f"{origin}/en/register/?company=ABCD2345")
    page.wait_for_function("document.querySelector('a[data-role-choice]').search !== ''")
    page.locator("a[data-role-choice]").first.click()
    page.wait_for_url(f"{origin}/en/register/supported/?company=ABCD2345")
    assert page.locator("input[name=company_code]").input_value() == "ABCD2345"
