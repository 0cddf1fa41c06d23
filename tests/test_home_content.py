"""The program's own copy, word for word in Japanese and fully translated elsewhere."""

import re

import pytest
from bs4 import BeautifulSoup

from faq.models import FAQItem

pytestmark = pytest.mark.django_db

# From the program's Japanese landing page (shared/seed/ocp-landing-page.ja.txt).
SEED_HEADLINE = "外国人社員が安心して暮らせる環境が、企業の未来を支える"
SEED_SUPPORTS = [
    "① 外国人社員の“安心“を支える",
    "② 日本人社員の“成長”を促す",
    "③ 企業の“社会価値”を高める",
]
SEED_STRENGTHS = [
    "ボランティアと外国人参加者合わせて1,500名以上の参加実績",
    "安心・安全を守る運営体制",
    "丁寧なマッチングと継続的なフォロー",
    "専門機関との連携による包括支援",
    "企業課題に合わせた柔軟なプログラム設計",
]
SEED_SENTENCES = [
    "つまり、多文化共生の取り組みは、「企業にとって今現在、そして未来への投資」です。",
    "明確な活動ルールと登録条件を整え、参加者双方が安心して関われる仕組みを構築。",
    "社内運営コストをかけず、気軽にスタート",
]
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e]")


def main_text(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find("main").get_text(" ", strip=True)


def visible_text_without_switcher(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    for element in soup.select(".language-switcher, script, style, head"):
        element.decompose()
    return soup.get_text(" ", strip=True)


def test_japanese_home_page_shows_the_seed_copy_verbatim(client):
    text = main_text(client.get("/ja/"))
    assert SEED_HEADLINE in text
    for phrase in SEED_SUPPORTS + SEED_STRENGTHS + SEED_SENTENCES:
        assert phrase in text, phrase


def test_home_page_has_one_h1_the_headline(client):
    soup = BeautifulSoup(client.get("/ja/").content, "html.parser")
    assert [h1.get_text(strip=True) for h1 in soup.find_all("h1")] == [SEED_HEADLINE]


@pytest.mark.parametrize("language", ["en", "ne"])
def test_translated_pages_contain_no_japanese(client, live_pages, language):
    pages = [page for page in live_pages if page.locale.language_code == language]
    assert pages
    for page in pages:
        text = visible_text_without_switcher(client.get(page.url))
        found = JAPANESE.findall(text)
        assert not found, f"{page.url}: Japanese left in the page: {''.join(found)[:80]}"


def test_english_home_page_is_the_translation(client):
    text = main_text(client.get("/en/"))
    assert "Otonari-san" in text
    assert "1,500" in text
    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    supports = [h3.get_text(strip=True) for h3 in soup.select(".supports h3")]
    assert [title[0] for title in supports] == ["①", "②", "③"]


def test_nepali_home_page_is_in_devanagari(client):
    text = main_text(client.get("/ne/"))
    devanagari = re.findall(r"[\u0900-\u097f]", text)
    assert len(devanagari) > len(text) / 3


def test_faq_has_eleven_items_in_each_language_with_the_same_numbers():
    by_key: dict = {}
    for item in FAQItem.objects.select_related("locale"):
        by_key.setdefault(item.translation_key, {})[item.locale.language_code] = item
    assert len(by_key) == 11
    for versions in by_key.values():
        assert set(versions) == {"ja", "en", "ne"}
        numbers = {
            code: sorted(re.findall(r"\d+(?:,\d{3})*", item.question + item.answer_text))
            for code, item in versions.items()
        }
        assert numbers["en"] == numbers["ja"], (versions["ja"].question, numbers)
        assert numbers["ne"] == numbers["ja"], (versions["ja"].question, numbers)


def test_faq_page_is_a_disclosure_list_grouped_by_category(client):
    soup = BeautifulSoup(client.get("/en/faq/").content, "html.parser")
    details = soup.select("main details")
    assert len(details) == 11
    assert all(d.find("summary").get_text(strip=True) for d in details)
    groups = soup.select("main section.faq-group h2")
    assert len(groups) == 5


def test_materials_page_lists_the_brochure_and_links_to_the_request_form(client):
    for code in ("ja", "en", "ne"):
        soup = BeautifulSoup(client.get(f"/{code}/materials/").content, "html.parser")
        cards = soup.select("main .material")
        assert len(cards) == 1
        links = [a["href"].split("?")[0] for a in cards[0].select("a")]
        assert f"/{code}/request-materials/" in links
        # the cover shows 10rem wide: a phone's dense screen gets the sharper candidate
        cover = cards[0].select_one("img.material__cover")
        candidates = [c.split()[1] for c in cover["srcset"].split(",")]
        assert candidates == ["300w", "600w"] and cover["sizes"] == "10rem"


def test_each_language_version_of_the_material_has_its_own_file():
    from programs.models import Material

    files = {m.locale.language_code: m.document.file.name for m in Material.objects.all()}
    assert set(files) == {"ja", "en", "ne"}
    assert len(set(files.values())) == 3
    for code, name in files.items():
        assert name.endswith(".pdf") and f"-{code}" in name


def test_calls_to_action_lead_to_the_form_pages_in_the_same_language(client):
    for code in ("ja", "en", "ne"):
        soup = BeautifulSoup(client.get(f"/{code}/").content, "html.parser")
        targets = {a["href"] for a in soup.select("main .cta a.button")}
        assert {f"/{code}/contact/", f"/{code}/request-materials/"} <= targets
    soup = BeautifulSoup(client.get("/ja/").content, "html.parser")
    labels = [a.get_text(strip=True) for a in soup.select("main .cta a.button")]
    assert "資料ダウンロード・お問い合わせはこちら" in labels
