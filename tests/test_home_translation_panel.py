"""The editors' translation work on the dashboard: what is out of date, unfinished or
missing in each language, each with the wagtail-localize view that does the work, and
the translate/sync buttons on a snippet's edit view.

Built on the loaded site, where every page and snippet is translated through
wagtail-localize into English and Nepali (so nothing is listed until an editor changes
something), and driven through the admin as an editor does it.
"""

from __future__ import annotations

import json
import re
from html import unescape
from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from faq.models import FAQItem
from home.models import HomePage
from programs.models import Material
from tests.support.factories import FAQItemFactory, StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db

ROW = re.compile(r'<tr data-state="(?P<state>\w+)">(?P<row>.*?)</tr>', re.S)
SECTION = re.compile(
    r'<section class="translation-work__language" aria-labelledby="translation-work-(?P<code>\w+)">'
    r"(?P<body>.*?)</section>",
    re.S,
)


def set_language(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def editor_ja(editor) -> Client:
    set_language(editor, "ja")
    client = Client()
    client.force_login(editor)
    return client


def work_on(client: Client, url: str = "/admin/") -> dict[str, list[dict]]:
    """``{language code: [{state, title, links, text}]}`` as the panel shows them."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    found = {}
    for section in SECTION.finditer(html):
        rows = []
        for row in ROW.finditer(section["body"]):
            links = [unescape(href) for href in re.findall(r'href="([^"]+)"', row["row"])]
            text = unescape(re.sub(r"<[^>]+>", " ", row["row"]))
            rows.append({"state": row["state"], "links": links, "text": " ".join(text.split())})
        found[section["code"]] = rows
    return found


def faq_source() -> FAQItem:
    return FAQItem.objects.filter(locale__language_code="ja").order_by("pk").first()


def change_answer(item: FAQItem, extra: str = "<p>毎月の交流会もあります。</p>") -> None:
    item.answer = item.answer + extra
    item.save()


def test_nothing_is_listed_when_every_translation_is_synced(editor_ja):
    response = editor_ja.get("/admin/")
    html = response.content.decode()
    assert "翻訳の作業" in html
    assert html.count("すべての翻訳が最新です。") == 2  # English and Nepali
    assert "英語" in html and "ネパール語" in html
    assert work_on(editor_ja) == {"en": [], "ne": []}


def test_a_changed_faq_item_is_out_of_date_in_both_languages_and_sync_clears_it(editor_ja):
    item = faq_source()
    change_answer(item)
    work = work_on(editor_ja)
    source = TranslationSource.objects.get(object_id=item.translation_key, locale=item.locale)
    for code in ("en", "ne"):
        (row,) = work[code]
        assert row["state"] == "outdated"
        assert item.question in row["text"]
        assert "よくある質問の項目" in row["text"]
        assert "前回の同期後に翻訳元が変更されました" in row["text"]
        assert "同期" in row["text"]
        edit_link, action = row["links"]
        assert edit_link == reverse("wagtailsnippets_faq_faqitem:edit", args=[item.pk])
        sync = reverse("wagtail_localize:update_translations", args=[source.pk])
        assert action == f"{sync}?{urlencode({'next': '/admin/'})}"
    page = editor_ja.get(action)
    assert page.status_code == 200
    assert "既存の翻訳を更新" in page.content.decode()

    # The editor syncs: the new paragraph now waits for a translation in each language.
    response = editor_ja.post(action, {})
    assert response.status_code == 302 and response["Location"] == "/admin/"
    work = work_on(editor_ja)
    for code in ("en", "ne"):
        (row,) = work[code]
        assert row["state"] == "untranslated"
        assert "翻訳されていない文字列があります" in row["text"]
        target = item.get_translation(Locale.objects.get(language_code=code))
        assert row["links"][1] == reverse("wagtailsnippets_faq_faqitem:edit", args=[target.pk])
        editor_page = unescape(editor_ja.get(row["links"][1]).content.decode())
        # wagtail-localize's editor, its segments in the props as JSON
        assert json.dumps("毎月の交流会もあります。")[1:-1] in editor_page


def test_translating_the_new_strings_and_publishing_clears_the_language(
    editor_ja, django_capture_on_commit_callbacks
):
    item = faq_source()
    change_answer(item)
    source = TranslationSource.objects.get(object_id=item.translation_key, locale=item.locale)
    editor_ja.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    english = Locale.objects.get(language_code="en")
    translation = Translation.objects.get(source=source, target_locale=english)
    segment = StringSegment.objects.get(source=source, string__data="毎月の交流会もあります。")
    response = editor_ja.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        urlencode({"value": "There is a monthly get-together too."}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 201)
    target = item.get_translation(english)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_ja.post(
            reverse("wagtailsnippets_faq_faqitem:edit", args=[target.pk]), {"action": "publish"}
        )
    assert response.status_code == 302
    target.refresh_from_db()
    assert "There is a monthly get-together too." in target.answer
    work = work_on(editor_ja)
    assert work["en"] == []
    assert [row["state"] for row in work["ne"]] == ["untranslated"]


def test_a_new_faq_item_is_missing_and_its_link_translates_it(editor_ja):
    ja = Locale.objects.get(language_code="ja")
    item = FAQItemFactory(question="説明会はどこで開かれますか？", locale=ja)
    work = work_on(editor_ja)
    for code in ("en", "ne"):
        (row,) = work[code]
        assert row["state"] == "missing"
        assert "説明会はどこで開かれますか？" in row["text"] and "未翻訳" in row["text"]
        submit = reverse(
            "wagtail_localize:submit_snippet_translation", args=["faq", "faqitem", item.pk]
        )
        query = urlencode({"select_locale": code, "next": "/admin/"})
        assert row["links"][1] == f"{submit}?{query}"
    # The link opens wagtail-localize's form with the language ticked; sending it
    # starts the translation, which then waits for its strings.
    page = editor_ja.get(work["en"][0]["links"][1]).content.decode()
    english = Locale.objects.get(language_code="en")
    assert re.search(rf'value="{english.pk}"[^>]*checked', page)
    response = editor_ja.post(work["en"][0]["links"][1], {"locales": [english.pk]})
    assert response.status_code == 302
    work = work_on(editor_ja)
    assert [row["state"] for row in work["en"]] == ["untranslated"]
    assert [row["state"] for row in work["ne"]] == ["missing"]


def test_a_new_page_copied_as_an_alias_counts_as_not_translated(editor_ja):
    home = HomePage.objects.get(locale__language_code="ja")
    page = StandardPageFactory(parent=home, title="お知らせ", slug="news")
    # As Wagtail's locale synchronisation does on create: aliases in English and Nepali.
    for code in ("en", "ne"):
        page.copy_for_translation(Locale.objects.get(language_code=code), alias=True)
    assert page.get_translations().filter(alias_of=page).count() == 2
    work = work_on(editor_ja)
    for code in ("en", "ne"):
        (row,) = work[code]
        assert row["state"] == "missing" and "お知らせ" in row["text"]
        assert row["links"][1].startswith(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        )
        assert editor_ja.get(row["links"][1]).status_code == 200


def test_publishing_without_changing_the_text_is_not_out_of_date(editor_ja):
    """Publication dates and revisions change on every publish; nothing to translate."""
    page = HomePage.objects.get(locale__language_code="ja")
    page.save_revision().publish()
    material = Material.objects.filter(locale__language_code="ja").first()
    material.save_revision().publish()
    assert work_on(editor_ja) == {"en": [], "ne": []}


def test_changed_pages_materials_and_settings_are_listed_with_their_kind(editor_ja):
    page = HomePage.objects.get(locale__language_code="ja")
    page.title = page.title + "（新）"
    page.save_revision().publish()
    material = Material.objects.filter(locale__language_code="ja").first()
    material.description += "更新しました。"
    material.save_revision().publish()
    from home.models import SiteSettings

    settings = SiteSettings.objects.get(locale__language_code="ja")
    settings.organisation_name += "（更新）"
    settings.save()
    work = work_on(editor_ja)
    for code in ("en", "ne"):
        assert [row["state"] for row in work[code]] == ["outdated"] * 3
        texts = " ".join(row["text"] for row in work[code])
        assert "トップページ" in texts
        assert "資料" in texts and "サイト設定" in texts


def test_the_panel_shows_a_few_per_language_and_links_to_all(editor_ja):
    ja = Locale.objects.get(language_code="ja")
    for number in range(10):
        FAQItemFactory(question=f"新しい質問{number}", locale=ja)
    work = work_on(editor_ja)
    assert len(work["en"]) == 8
    html = editor_ja.get("/admin/").content.decode()
    assert "10件をすべて表示" in html
    assert f'href="{reverse("home_translation_work")}#translation-work-en"' in html
    everything = work_on(editor_ja, reverse("home_translation_work"))
    assert len(everything["en"]) == 10 and len(everything["ne"]) == 10


def test_the_english_admin_reads_it_in_english(editor):
    set_language(editor, "en")
    client = Client()
    client.force_login(editor)
    change_answer(faq_source())
    html = client.get("/admin/").content.decode()
    assert "Translations to do" in html and "Source changed since the last sync" in html
    assert "English" in html and "Nepali" in html
    (row,) = work_on(client)["en"]
    assert "FAQ item" in row["text"] and "Sync" in row["text"]


def test_staff_who_cannot_translate_see_no_panel(db):
    user = UserFactory(lead_staff=True, language="ja")
    client = Client()
    client.force_login(user)
    change_answer(faq_source())
    html = client.get("/admin/").content.decode()
    assert "翻訳の作業" not in html and "translation-work" not in html
    assert client.get(reverse("home_translation_work")).status_code in (302, 403)


def test_the_faq_edit_view_offers_translate_and_sync(editor_ja):
    item = faq_source()
    source = TranslationSource.objects.get(object_id=item.translation_key, locale=item.locale)
    edit = reverse("wagtailsnippets_faq_faqitem:edit", args=[item.pk])
    html = editor_ja.get(edit).content.decode()
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert f'href="{sync}?{urlencode({"next": edit})}"' in html
    assert "翻訳を同期" in html
    # translated into every language already: nothing to start
    submit = reverse(
        "wagtail_localize:submit_snippet_translation", args=["faq", "faqitem", item.pk]
    )
    assert f'href="{submit}"' not in html

    new = FAQItemFactory(question="新しい質問", locale=item.locale)
    edit = reverse("wagtailsnippets_faq_faqitem:edit", args=[new.pk])
    html = editor_ja.get(edit).content.decode()
    submit = reverse("wagtail_localize:submit_snippet_translation", args=["faq", "faqitem", new.pk])
    assert f'href="{submit}"' in html
    assert editor_ja.get(submit).status_code == 200
    assert "翻訳を同期" not in html
