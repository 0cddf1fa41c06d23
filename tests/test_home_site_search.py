"""The public search, ``/<lang>/search/?q=``: the visitor's language's pages and FAQ
with highlighted, escaped snippets; Japanese words found inside text written without
spaces (on SQLite and PostgreSQL alike); nothing found suggests the FAQ and the
contact form; hostile queries neither break the page nor inject markup."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from home.site_search import japanese_parts, snippet

pytestmark = pytest.mark.django_db


def search(client, language: str, query) -> BeautifulSoup:
    response = client.get(f"/{language}/search/", {"q": query})
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    return BeautifulSoup(response.content, "html.parser")


def results(page: BeautifulSoup) -> list:
    return page.select(".search-result")


@pytest.mark.parametrize(
    ("language", "word", "kind"),
    [
        ("ja", "越境体験", "page"),  # from the middle of sentences written without spaces
        ("ja", "検診", "faq"),
        ("ja", "医療通訳", "faq"),
        ("en", "orientation", "faq"),
        ("ne", "स्वयंसेवक", "page"),
    ],
)
def test_a_word_is_found_with_its_snippet_marked(client, language, word, kind):
    page = search(client, language, word)
    found = [hit for hit in results(page) if f"search-result--{kind}" in hit["class"]]
    assert found, word
    marks = [mark.get_text() for hit in found for mark in hit.select("mark")]
    assert marks and all(mark.lower() == word.lower() for mark in marks)
    for hit in results(page):
        href = hit.select_one("a")["href"]
        assert href.startswith(f"/{language}/")  # only the visitor's language


def test_a_japanese_query_of_several_words_without_spaces_is_tried_by_its_parts(client):
    assert japanese_parts("OCPの費用") == ["OCP", "費用"]
    assert japanese_parts("子どもの検診") == ["子どもの検診"]  # の after hiragana: one word
    page = search(client, "ja", "JIIのコーディネーター")
    assert results(page)
    marked = {mark.get_text() for mark in page.select(".search-result mark")}
    assert marked <= {"JII", "コーディネーター"} and "コーディネーター" in marked


def test_the_faq_results_link_to_their_question(client):
    page = search(client, "ja", "検診")
    (faq,) = [hit for hit in results(page) if "search-result--faq" in hit["class"]][:1]
    assert faq.select_one("a")["href"].startswith("/ja/faq/#q")


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_nothing_found_suggests_the_faq_and_the_contact_form(client, language):
    page = search(client, language, "Quuxnotaword")
    assert not results(page)
    links = [a["href"] for a in page.select(".notice a")]
    assert links == [f"/{language}/faq/", f"/{language}/contact/"]


def test_the_language_links_keep_the_query(client):
    page = search(client, "ja", "検診")
    links = {a["hreflang"]: a["href"] for a in page.select(".language-switcher a")}
    assert links["en"] == "/en/search/?q=%E6%A4%9C%E8%A8%BA"


def test_an_empty_search_shows_only_the_form(client):
    page = search(client, "en", "")
    assert page.select_one("input[name=q]")["value"] == ""
    assert not results(page) and not page.select(".notice")


HOSTILE = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "<mark>injected</mark>",
    "越境' OR 1=1 --",
    'NEAR("a" "b") AND * : ^ ( )',
    "(" * 500,
    "a\u202eb\u200b\ufeff",
    "x" * 10_000,
    "%00",
    "検診\r\n<b>",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_answer_a_page_without_their_markup(client, query):
    response = client.get("/ja/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    for markup in ("<script>alert", "<img src=x", "<mark>injected", "<b>"):
        assert markup not in html
    value = BeautifulSoup(html, "html.parser").select_one("input[name=q]")["value"]
    assert len(value) <= 200 and "\u202e" not in value


def test_an_undecodable_query_answers_a_page(client):
    response = client.get("/ja/search/?q=%ED%A0%80%FF%00")
    assert response.status_code in (200, 400)


def test_a_query_sent_twice_is_read_once(client):
    response = client.get("/ja/search/?q=検診&q=<b>x</b>")
    assert response.status_code == 200 and "<b>x</b>" not in response.content.decode()


def test_the_snippet_escapes_the_text_and_marks_only_the_words():
    text = "前文 <b>太字</b> & 越境体験 の機会。"
    html = str(snippet(text, ["越境体験", "<b>"]))
    assert "<b>" not in html.replace("&lt;b&gt;", "")
    assert "<mark>越境体験</mark>" in html and "<mark>&lt;b&gt;</mark>" in html
    assert "&amp;" in html
