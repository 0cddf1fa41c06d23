"""An editor's day in a real browser: a colleague changed a Japanese FAQ answer; the
editor finds the out-of-date translations on the dashboard, syncs them, translates the
new sentence in wagtail-localize's editor and publishes it, in the Japanese admin for
English and in the English admin for Nepali; every screen is axe-clean and the public
FAQ shows the new sentence in each language.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

PASSWORD = "browser-test-password-1"  # noqa: S105
NEW_JA = "毎月の交流会もあります。"
NEW_EN = "There is a monthly get-together too."
NEW_NE = "हरेक महिना भेटघाट पनि हुन्छ।"

SETUP = """
from faq.models import FAQItem
from tests.support.factories import UserFactory
UserFactory(username="hana", password={password!r}, groups=["Editors"], language="ja")
UserFactory(username="olivia", password={password!r}, groups=["Editors"], language="en")
item = FAQItem.objects.filter(locale__language_code="ja").order_by("pk").first()
item.answer = item.answer + "<p>{new_ja}</p>"
item.save()
print("QUESTION:" + item.question)
"""


@pytest.fixture(scope="module")
def site(site_template):
    """A site of its own (the walk changes and publishes content)."""
    from tests.support.servers import start_site

    running = start_site(site_template, "--workers", "2")
    out = running.manage("shell", "-c", SETUP.format(password=PASSWORD, new_ja=NEW_JA))
    running.question = out.split("QUESTION:")[1].strip()
    yield running
    running.stop()


def sign_in(page, base, username):
    # The translation editor is a large script and the machine may be shared: wait longer
    # than Playwright's 30 seconds before calling a step failed.
    page.set_default_timeout(120_000)
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url(f"{base}/admin/")


def axe_clean(page, where: str) -> None:
    results = Axe().run(page, context={"include": [["main"]]})
    assert results.violations_count == 0, f"{where}\n{results.generate_report()}"


def language_section(page, code: str):
    return page.locator(f'section[aria-labelledby="translation-work-{code}"]')


def translate_and_publish(page, text: str, save: str, publish: str) -> None:
    """In wagtail-localize's editor: the new sentence waits with a Translate button."""
    segment = page.locator("li", has_text=NEW_JA).last
    segment.get_by_role("button").first.click()
    segment.locator("textarea").fill(text)
    segment.get_by_role("button", name=save).click()
    page.wait_for_timeout(300)
    page.get_by_role("button", name=re.compile(publish)).first.click()
    page.wait_for_load_state()


def test_an_editor_finds_an_out_of_date_translation_and_publishes_it(site, page):
    base = site.url
    sign_in(page, base, "hana")

    # The dashboard, in Japanese: the FAQ item is out of date in English and Nepali.
    english = language_section(page, "en")
    assert english.get_by_role("heading", name="英語").is_visible()
    row = english.locator("tr", has_text=site.question)
    assert "前回の同期後に翻訳元が変更されました" in row.inner_text()
    assert "よくある質問の項目" in row.inner_text()
    assert language_section(page, "ne").locator("tr", has_text=site.question).count() == 1
    axe_clean(page, "dashboard (ja)")

    # Sync: wagtail-localize's form, in Japanese.
    row.get_by_role("link", name=re.compile("同期")).click()
    page.wait_for_load_state()
    assert "既存の翻訳を更新" in page.title()
    assert page.get_by_text("ページを同期する理由は？").count() == 1
    axe_clean(page, "update translations (ja)")
    page.get_by_role("button", name="送信").or_(page.locator("input[type=submit]")).first.click()
    page.wait_for_url(f"{base}/admin/")
    assert "翻訳を更新しました" in page.locator(".messages").inner_text()

    # Now the new sentence waits for its translation.
    row = language_section(page, "en").locator("tr", has_text=site.question)
    assert "翻訳されていない文字列があります" in row.inner_text()
    row.get_by_role("link", name=re.compile("^翻訳")).click()
    page.get_by_text("POファイルをダウンロード").first.wait_for()  # drawn by the editor's script
    assert page.get_by_text(NEW_JA).first.is_visible()
    # wagtail-localize's English title, in Japanese (home/static/home/admin/translation-editor.js)
    assert page.get_by_role("heading", name="日本語からEnglishへの翻訳").is_visible()
    axe_clean(page, "translation editor (ja)")
    translate_and_publish(page, NEW_EN, save="保存", publish="公開先")
    assert "公開しました" in page.locator(".messages").inner_text()

    page.goto(f"{base}/admin/")
    assert language_section(page, "en").locator("tr").count() == 0
    assert "すべての翻訳が最新です。" in language_section(page, "en").inner_text()
    assert page.goto(f"{base}/en/faq/").status == 200
    assert NEW_EN in page.content()


def test_in_the_english_admin_the_nepali_translation_is_finished(site, page):
    base = site.url
    sign_in(page, base, "olivia")
    nepali = language_section(page, "ne")
    assert nepali.get_by_role("heading", name="Nepali").is_visible()
    row = nepali.locator("tr", has_text=site.question)
    text = row.inner_text()
    # Hana's sync already reached Nepali: the sentence waits for a translation.
    assert "Strings waiting for translation" in text and "FAQ item" in text
    axe_clean(page, "dashboard (en)")
    row.get_by_role("link", name=re.compile("^Translate")).click()
    page.get_by_text("Download PO file").first.wait_for()
    axe_clean(page, "translation editor (en)")
    translate_and_publish(page, NEW_NE, save="Save", publish="Publish in")
    assert "Published" in page.locator(".messages").inner_text()
    page.goto(f"{base}/admin/")
    assert "Every translation is up to date." in language_section(page, "ne").inner_text()
    assert page.goto(f"{base}/ne/faq/").status == 200
    assert NEW_NE in page.content()
