"""A supported participant answers their check-in in Nepali in a real browser: the
page from the emailed link (no JavaScript needed) is in Nepali whatever the address's
prefix, axe-clean, valid HTML; a wrong answer is explained beside its field in Nepali;
the answer is taken once."""

from __future__ import annotations

import urllib.request

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.conftest import validate_html

pytestmark = pytest.mark.browser

SETUP = """
from participants import links
from tests.support.factories import CheckInFactory
print(links.check_in_token(CheckInFactory()))
"""


def test_a_participant_answers_the_check_in_in_nepali(running_site, page, tmp_path):
    token = running_site.manage("shell", "-c", SETUP).strip().splitlines()[-1]
    url = f"{running_site.url}/en/check-in/{token}/"
    html = urllib.request.urlopen(url, timeout=10).read()  # noqa: S310
    (tmp_path / "check-in.html").write_bytes(html)
    validate_html(tmp_path)

    page.goto(url)
    assert page.locator("html").get_attribute("lang") == "ne"
    assert page.locator("h1").inner_text().strip() == "तपाईंको जोडी कस्तो चलिरहेको छ?"
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_label("पछिल्लो जाँचपछि", exact=False).fill("2")
    page.get_by_label("जम्मा करिब कति घण्टा?", exact=False).fill("1.5")
    page.get_by_label("अनलाइन", exact=True).check()
    page.get_by_role("button", name="पठाउनुहोस्").click()  # satisfaction left out
    page.wait_for_load_state()
    errors = page.locator("#id_satisfaction .field__errors")
    assert errors.is_visible() and errors.inner_text().strip()
    assert page.locator(".field__errors").count() == 1
    assert page.title().startswith("त्रुटि")
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_label("४: सन्तुष्ट छु").check()
    page.get_by_label("कृपया मलाई सम्पर्क गर्नुहोस्", exact=False).check()
    page.get_by_role("button", name="पठाउनुहोस्").click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == "तपाईंका उत्तरहरूका लागि धन्यवाद"
    assert running_site.count("participants_checkin", "answered_at IS NOT NULL") == 1
    assert running_site.count("participants_pairflag", "reason = 'contact_me'") == 1

    page.goto(url)
    assert page.locator("h1").inner_text().strip() == "तपाईंले जवाफ दिइसक्नुभएको छ"
