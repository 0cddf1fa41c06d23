"""The Japanese admin speaks Japanese: the main screens an editor and staff use show
none of Wagtail's or wagtail-localize's English strings, including those their own
catalogues leave untranslated (we add them in ``locales/_packages``), and the
admin's JavaScript catalogues carry them too (wagtail-localize's translation editor
and Wagtail's page editor are drawn by scripts).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import polib
import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from faq.models import FAQItem
from home.models import HomePage
from tests.support.factories import UserFactory
from tests.support.i18n_check import (
    ADMIN_PACKAGES,
    PACKAGES_DIR,
    package_locale_dir,
    package_problems,
)

pytestmark = pytest.mark.django_db

#: What the issue saw in English in the Japanese admin, and more of the same kind.
KNOWN_ENGLISH = [
    "Pages created in",
    "Page created in",
    "There is 1 match",
    "There are",
    "Search all pages",
    "Download PO file",
    "Upload PO file",
    "Publish in",
    "Translated manually",
    "Update existing translations",
    "Sync translated",
    "Why would I sync",
    "Select all",
    "Sort by",
    "Show filters",
    "Bulk actions",
    "Toggle sidebar",
    "Skip to main content",
    "Images created in",
    "Documents created in",
    "editor guide",
]


class VisibleText(HTMLParser):
    """The text a person sees or hears: text nodes outside scripts and styles, and
    the attributes read out or shown (placeholder, aria-label, title, alt)."""

    SKIP = {"script", "style", "template", "noscript"}
    READ = ("placeholder", "aria-label", "title", "alt", "data-w-progress-active-value")

    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        for name, value in attrs:
            if name in self.READ and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def package_english() -> list[str]:
    """Every static sentence of the packages' catalogues (two words or more, no
    placeholder or markup), as English shows it."""
    found = set()
    for package in ADMIN_PACKAGES:
        source = package_locale_dir(package) / "en" / "LC_MESSAGES" / "django.po"
        if not source.exists():
            continue
        for entry in polib.pofile(str(source)):
            text = entry.msgid
            if entry.msgid_plural or re.search(r"[%{}<>]", text) or len(text.split()) < 2:
                continue
            found.add(text)
    return sorted(found)


def ours_or_theirs_japanese(msgid: str) -> bool:
    """Whether the Japanese of ``msgid`` is itself English (a name, an acronym)."""
    from django.utils import translation

    with translation.override("ja"):
        return translation.gettext(msgid) != msgid


@pytest.fixture
def japanese_admin(db) -> Client:
    user = UserFactory(superuser=True, language="ja")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "ja"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def screens() -> list[str]:
    ja_home = HomePage.objects.get(locale__language_code="ja")
    faq = FAQItem.objects.filter(locale__language_code="ja").order_by("pk").first()
    faq_en = faq.get_translation(Locale.objects.get(language_code="en"))
    page_en = ja_home.get_translation(Locale.objects.get(language_code="en"))
    source = TranslationSource.objects.get(object_id=faq.translation_key, locale=faq.locale)
    return [
        "/admin/",
        reverse("wagtailadmin_explore", args=[ja_home.pk]),
        reverse("wagtailadmin_pages:edit", args=[ja_home.pk]),
        reverse("wagtailadmin_pages:edit", args=[page_en.pk]),  # wagtail-localize's editor
        "/admin/pages/search/?q=プログラム",
        "/admin/pages/search/?q=おとなりさん・コーポレート・プログラム",
        "/admin/snippets/faq/faqitem/",
        "/admin/snippets/faq/faqitem/?q=外国人",
        reverse("wagtailsnippets_faq_faqitem:edit", args=[faq.pk]),
        reverse("wagtailsnippets_faq_faqitem:edit", args=[faq_en.pk]),
        reverse("wagtail_localize:update_translations", args=[source.pk]),
        reverse("wagtail_localize:translations_report"),
        "/admin/snippets/programs/material/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/users/",
        "/admin/locales/",
        "/admin/account/",
        reverse("home_translation_work"),
    ]


def test_the_main_admin_screens_show_no_english_of_the_packages(japanese_admin):
    english = [text for text in package_english() if ours_or_theirs_japanese(text)]
    assert len(english) > 300  # the catalogues were read
    failures = {}
    for url in screens():
        response = japanese_admin.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert '<html lang="ja"' in html, url
        text = visible(html)
        shown = [known for known in KNOWN_ENGLISH if known in text]
        shown += [sentence for sentence in english if sentence in text]
        if shown:
            failures[url] = sorted(set(shown))
    assert not failures, json.dumps(failures, ensure_ascii=False, indent=1)


def test_the_dashboard_counts_and_search_counts_are_japanese(japanese_admin):
    text = visible(japanese_admin.get("/admin/").content.decode())
    assert re.search(r"\d+件のページ", text)
    assert "すべてのページを検索" in japanese_admin.get("/admin/").content.decode()
    text = visible(japanese_admin.get("/admin/pages/search/?q=プログラム").content.decode())
    assert re.search(r"一致するページが\d+件あります", text), text[:500]


def test_the_admin_script_catalogues_carry_our_japanese(japanese_admin):
    for url, sample in (
        ("/admin/localize/jsi18n/", "POファイルをダウンロード"),
        ("/admin/localize/jsi18n/", "公開先："),
        ("/admin/jsi18n/", "すべて折りたたむ"),
        ("/admin/jsi18n/", "変更を自動保存しました。"),
    ):
        response = japanese_admin.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert json.dumps(sample)[1:-1] in body or sample in body, (url, sample)


def test_the_english_admin_stays_english(db):
    user = UserFactory(superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert "Pages" in visible(html) and "件のページ" not in html
    catalogue = client.get("/admin/localize/jsi18n/").content.decode()
    assert json.dumps("POファイルをダウンロード")[1:-1] not in catalogue
    assert "POファイル" not in catalogue


def test_the_gate_finds_every_package_string_translated():
    """``make check-messages`` fails on a package string without Japanese: today none."""
    assert package_problems() == []


def test_the_gate_reports_a_package_string_left_untranslated(tmp_path):
    """Without our catalogue, the gate lists the strings staff would see in English."""
    (tmp_path / "ja" / "LC_MESSAGES").mkdir(parents=True)
    found = package_problems(packages_dir=tmp_path)
    assert any("There is %(counter)s match" in line for line in found)
    assert any("Download PO file" in line for line in found)
    assert PACKAGES_DIR.exists()


def test_our_catalogue_for_the_packages_has_one_plural_form_and_no_gaps():
    for domain in ("django", "djangojs"):
        catalogue = polib.pofile(str(PACKAGES_DIR / "ja" / "LC_MESSAGES" / f"{domain}.po"))
        assert catalogue.metadata["Plural-Forms"].replace(" ", "").startswith("nplurals=1;")
        for entry in catalogue:
            if entry.msgid_plural:
                assert list(entry.msgstr_plural) == [0] and entry.msgstr_plural[0]
            else:
                assert entry.msgstr
            assert not re.search(r"[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}", entry.msgstr), entry.msgstr
