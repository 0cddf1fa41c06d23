"""A coordinator's day in a real browser: from the dashboard's screening panel to a
registration, through identity verification, orientation and interview, to "ready for
matching"; in Japanese with a plain registration, in English with one flagged for
review (the decision comes first). Each screen on the way is axe-clean."""

from __future__ import annotations

import datetime
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_leads_day_browser import SETTLED as MESSAGES_SHOWN

pytestmark = pytest.mark.browser

PASSWORD = "browser-test-password-1"  # noqa: S105
SETUP = """
from tests.support.factories import ParticipantRegistrationFactory, UserFactory
UserFactory(username={username!r}, password={password!r}, groups=['Coordinators'],
            language={language!r}, first_name='Aiko', last_name='Mori')
ParticipantRegistrationFactory(name={person!r}, language={language!r}, flagged={flagged!r})
"""


def sign_in(page, base: str, username: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def assert_accessible(page) -> None:
    page.wait_for_function(MESSAGES_SHOWN)  # colours read once the messages faded in
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def open_from_dashboard(page, base: str, link_text: re.Pattern, person: str) -> None:
    """Follows the screening panel's count to the filtered queue, then the person."""
    panel = page.locator("section[aria-labelledby=screening-panel-title]")
    assert panel.is_visible()
    assert_accessible(page)
    panel.get_by_role("link", name=link_text).click()
    page.wait_for_url(re.compile(r"/admin/inquiries_participantregistration/\?"))
    assert_accessible(page)
    page.get_by_role("link", name=person).click()
    page.wait_for_url(re.compile(r"/inspect/\d+/$"))


def screening_step(page, title: str):
    return page.locator(".screening__step", has=page.locator("h4", has_text=title))


def submit(page, button: str, success: str) -> None:
    page.get_by_role("button", name=button).click()
    page.wait_for_load_state()
    assert page.get_by_text(success).first.is_visible(), page.url


def test_a_japanese_coordinator_screens_a_registration_to_ready_for_matching(running_site, page):
    base, person = running_site.url, "佐藤 ミナ ブラウザ"
    running_site.manage(
        "shell",
        "-c",
        SETUP.format(
            username="coord_ja", password=PASSWORD, language="ja", person=person, flagged=False
        ),
    )
    sign_in(page, base, "coord_ja")
    assert page.get_by_role("heading", name="参加者の選考").is_visible()
    open_from_dashboard(page, base, re.compile(r"本人確認待ち：\d+件"), person)
    assert page.get_by_role("heading", name=person, exact=True).first.is_visible()
    assert page.get_by_text("受付済み").first.is_visible()
    assert page.locator("a[href^='mailto:participant']").is_visible()
    assert page.locator("a[href^='tel:09000000000']").is_visible()
    assert page.get_by_text("配偶者").first.is_visible()  # family, readable
    assert_accessible(page)

    page.get_by_label("本人確認の方法").select_option(label="在留カード")
    submit(page, "本人確認完了を記録", "本人確認を記録しました。")
    assert screening_step(page, "本人確認").get_by_text("在留カード").is_visible()
    assert screening_step(page, "本人確認").get_by_text("Aiko Mori").is_visible()

    today = datetime.date.today()
    page.get_by_label("説明会の参加日").fill(today.isoformat())
    page.keyboard.press("Escape")
    submit(page, "説明会完了を記録", "説明会を記録しました。")
    page.get_by_label("面談日").fill(today.isoformat())
    page.keyboard.press("Escape")
    page.get_by_label("面談メモ").fill("週末の活動を希望。子どもの学校のことで相談したい。")
    submit(page, "個別面談完了を記録", "個別面談を記録しました。")
    assert page.get_by_text("選考手順はすべて完了しました。").is_visible()
    assert_accessible(page)

    page.get_by_label("変更後のステータス").select_option(label="マッチング待ち")
    submit(page, "ステータスを変更", "ステータスを「マッチング待ち」に変更しました。")
    summary = page.locator(".registration__summary")
    assert "マッチング待ち" in summary.inner_text()
    timeline = page.locator(".registration__timeline").inner_text()
    for line in ("ウェブサイトから登録", "本人確認：完了", "説明会：完了", "個別面談：完了"):
        assert line in timeline
    assert "ステータス：個別ヒアリング済み → マッチング待ち" in timeline
    assert not re.search(r"[A-Za-z]{4,}", timeline.replace("Aiko Mori", "")), timeline
    assert_accessible(page)


def test_an_english_coordinator_decides_on_the_flag_before_matching(running_site, page):
    base, person = running_site.url, "Browser Flagged Person"
    running_site.manage(
        "shell",
        "-c",
        SETUP.format(
            username="coord_en", password=PASSWORD, language="en", person=person, flagged=True
        ),
    )
    sign_in(page, base, "coord_en")
    open_from_dashboard(page, base, re.compile(r"\d+ flagged for review"), person)
    assert page.get_by_text("Flagged for review").first.is_visible()
    assert_accessible(page)

    page.get_by_label("How was the identity verified?").select_option(label="Video call")
    submit(page, "Record: Identity verification done", "Identity verification recorded.")
    page.get_by_text("This step is not needed for this person").click()
    page.get_by_label("Why is this step not needed?").fill(
        "Attended the orientation last year (earlier registration)"
    )
    submit(
        page,
        "Mark “Orientation” as not needed",
        "Orientation marked as not needed.",
    )
    page.get_by_label("Date of the interview").fill(datetime.date.today().isoformat())
    page.keyboard.press("Escape")
    submit(page, "Record: Individual interview done", "Individual interview recorded.")
    assert page.get_by_text("Record a decision on the review flag before matching.").is_visible()
    assert_accessible(page)

    page.get_by_role("button", name="Record the decision").click()  # no decision, no reason
    page.wait_for_load_state()
    assert page.get_by_text("This field is required.").first.is_visible()
    page.get_by_label("Accepted: may go on to matching").check()
    page.get_by_label("Reason").first.fill("Plans to settle in Japan with a young child")
    submit(page, "Record the decision", "Decision recorded: Accepted: may go on to matching")
    assert page.get_by_text("Plans to settle in Japan with a young child").first.is_visible()

    page.get_by_label("Move to").select_option(label="Ready for matching")
    submit(page, "Change the status", "Status changed to Ready for matching.")
    assert "Ready for matching" in page.locator(".registration__summary").inner_text()
    timeline = page.locator(".registration__timeline").inner_text()
    assert "Orientation: not needed" in timeline
    assert "Review decision: Accepted: may go on to matching" in timeline
    assert "Status: Interview done → Ready for matching" in timeline
    assert_accessible(page)
