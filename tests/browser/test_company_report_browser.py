"""A Japanese lead staff member opens a member company's report in a real browser: the
Japanese headings, "5人未満" where a figure is withheld, the bars drawn as SVG, and
nothing axe finds, before and after choosing the period from the form."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "browser-report-password-1"  # noqa: S105

SETUP = """
from tests.support.factories import UserFactory
from tests.test_participants_reports import activity, company_with
company = company_with(6)
company.name = "株式会社みどり電機"
company.save()
pair = company.registrations.filter(role="supported").first().pairs_as_supported.get()
activity(pair, need="enrolment")
UserFactory(username="report-ja", password={password!r}, groups=["Lead staff"], language="ja")
print(company.pk)
"""


def test_lead_staff_read_a_company_report_in_japanese(running_site, page):
    company = running_site.manage("shell", "-c", SETUP.format(password=PASSWORD))
    company_id = company.strip().splitlines()[-1]
    base = running_site.url
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "report-ja")
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    page.goto(f"{base}/admin/company-reports/")
    expect(page.locator("h1")).to_have_text(re.compile("企業レポート"))
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.violations_count == 0, results.generate_report()

    page.get_by_label("会社名・団体名").select_option(company_id)
    page.get_by_role("button", name="レポートを表示").click()
    page.wait_for_load_state()
    report = page.locator("article.company-report__report")
    expect(report).to_have_attribute("lang", "ja")
    expect(
        report.get_by_role("heading", level=2, name="企業レポート：株式会社みどり電機")
    ).to_be_visible()
    for heading in ("参加者数", "単発活動", "ボランティアの活動時間", "満足度（1〜5）"):
        expect(report.get_by_role("heading", name=heading, exact=True)).to_be_visible()
    withheld = report.locator("#chart-activities .chart-row", has_text="保育園・学校への入園・入学")
    expect(withheld.locator(".chart-value")).to_have_text("5人未満")
    expect(withheld.locator("svg rect.chart-withheld")).to_have_count(1)
    bars = report.locator("#chart-satisfaction svg rect.chart-bar")
    expect(bars).to_have_count(1)  # everyone rated 4: the other ratings are withheld
    assert bars.bounding_box()["width"] > 100
    expect(report.get_by_role("cell", name="5人未満").first).to_be_visible()
    expect(page.get_by_role("link", name="PDFをダウンロード")).to_be_visible()
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.violations_count == 0, results.generate_report()
