"""A lead staff member's morning, in a real browser, in Japanese and in English: from
the dashboard to today's new lead, its phone number to call, a note, a follow-up set
with the date picker, and the stage moved on; every screen axe-clean."""

from __future__ import annotations

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

PASSWORD = "browser-day-password-1"  # noqa: S105

# What the person reads, per admin language.
WORDS = {
    "ja": {
        "new": re.compile(r"未対応の新規リード：\d+件"),
        "contacts": "連絡先",
        "note": "新しいメモ",
        "add": "メモを追加",
        "added": "メモを追加しました。",
        "follow_up": "次回フォロー日",
        "stage": "ステージ",
        "contacted": "連絡済み",
        "save": "保存",
        "moved": "新規 → 連絡済み",
        "date": "{d.year}年{d.month}月{d.day}日",
        "note_entry": "メモ: メモを追加",
    },
    "en": {
        "new": re.compile(r"\d+ new leads? not yet contacted"),
        "contacts": "Contacts",
        "note": "New note",
        "add": "Add the note",
        "added": "The note has been added.",
        "follow_up": "Next follow-up",
        "stage": "Stage",
        "contacted": "Contacted",
        "save": "Save",
        "moved": "New → Contacted",
        "date": "{d.day} {d:%b} {d.year}",
        "note_entry": "Note: Note added",
    },
}

SETUP = """
from tests.support.factories import InquiryFactory, UserFactory
for code in ("ja", "en"):
    UserFactory(username="day-" + code, password={password!r}, first_name="Mika",
                last_name="Ito", groups=["Lead staff"], language=code)
    InquiryFactory(language=code, company="Morning Lead " + code.upper() + " K.K.",
                   name="Ann Example", email="ann." + code + "@morning-" + code + ".example",
                   phone="03-1234-5678", topic="costs", message="How much does it cost?")
"""


@pytest.fixture(scope="module")
def morning(running_site):
    """Two lead staff members (one per admin language), each with today's new lead."""
    running_site.manage("shell", "-c", SETUP.format(password=PASSWORD))
    return running_site


SETTLED = """() => [...document.querySelectorAll(".messages > ul")].every(
    (ul) => getComputedStyle(ul).opacity === "1")"""


def axe_clean(page) -> None:
    # Messages fade in (Wagtail's .messages > ul): colours are read once they have, or axe
    # would read them halfway, over the white behind.
    page.wait_for_function(SETTLED)
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


@pytest.mark.parametrize("language", ["ja", "en"])
def test_lead_staff_works_todays_new_lead(morning, page, language):
    words = WORDS[language]
    username, company = f"day-{language}", f"Morning Lead {language.upper()} K.K."
    base = morning.url
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")

    # The dashboard: today's new leads, a link to them.
    new_leads = page.get_by_role("link", name=words["new"])
    expect(new_leads).to_be_visible()
    axe_clean(page)
    new_leads.click()
    page.wait_for_url(re.compile(r"/admin/inquiries_lead/\?stage=new"))
    page.get_by_role("link", name=company).click()
    page.wait_for_url(re.compile(r"/admin/inquiries_lead/inspect/\d+/$"))
    screen_url = page.url
    assert page.locator("#lead-title").inner_text() == company
    axe_clean(page)

    # Calls: the phone number is a tel: link beside the contact's name and address.
    contacts = page.locator("section", has=page.get_by_role("heading", name=words["contacts"]))
    phone = contacts.get_by_role("link", name="03-1234-5678")
    assert phone.get_attribute("href") == "tel:0312345678"
    mail = contacts.get_by_role("link", name=f"ann.{language}@morning-{language}.example")
    assert mail.get_attribute("href") == f"mailto:ann.{language}@morning-{language}.example"
    expect(contacts.get_by_text("Ann Example")).to_be_visible()

    # Notes what was said.
    note = f"Called Ann ({language}): send the price list <b>today</b>."
    page.get_by_label(words["note"]).fill(note)
    page.get_by_role("button", name=words["add"]).click()
    page.wait_for_url(screen_url + "#notes")
    expect(page.get_by_text(words["added"])).to_be_visible()
    expect(page.locator(".lead-note__body", has_text=note)).to_be_visible()  # shown as text
    expect(page.locator(".lead-note__meta", has_text="Mika Ito").first).to_be_visible()

    # Sets the follow-up with the date picker (tomorrow), and moves the stage on.
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    page.get_by_label(words["follow_up"]).click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    expect(picker).to_be_visible()
    if tomorrow.month != datetime.date.today().month:
        picker.locator(".xdsoft_next").first.click()
    picker.locator(
        f"td.xdsoft_date[data-date='{tomorrow.day}'][data-month='{tomorrow.month - 1}']"
        f"[data-year='{tomorrow.year}']"
    ).click()
    expect(page.get_by_label(words["follow_up"])).to_have_value(tomorrow.isoformat())
    page.get_by_label(words["stage"]).select_option(label=words["contacted"])
    page.locator("#lead-actions-form").get_by_role("button", name=words["save"]).click()
    page.wait_for_url(screen_url)

    status = page.locator(".lead-screen__status").inner_text()  # the badge is in capitals
    assert words["contacted"].upper() in status.upper()
    assert words["date"].format(d=tomorrow) in status
    timeline = page.locator(".lead-timeline").inner_text()
    assert words["moved"] in timeline
    assert words["note_entry"] in timeline
    assert words["date"].format(d=tomorrow) in timeline
    axe_clean(page)
