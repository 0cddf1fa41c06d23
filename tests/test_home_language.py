"""Languages: prefixes, the switcher, lang, hreflang, canonical and negotiation of /."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

pytestmark = pytest.mark.django_db

BASE = settings.BASE_URL


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
@pytest.mark.parametrize("path", ["", "faq/", "programs/ocp/", "privacy/"])
def test_page_declares_its_language_and_alternates(client, language, path):
    soup = soup_of(client, f"/{language}/{path}")
    assert soup.html["lang"] == language
    alternates = {
        link["hreflang"]: link["href"] for link in soup.select('head link[rel="alternate"]')
    }
    assert alternates == {
        "ja": f"{BASE}/ja/{path}",
        "en": f"{BASE}/en/{path}",
        "ne": f"{BASE}/ne/{path}",
        "x-default": f"{BASE}/ja/{path}",
    }
    canonical = soup.select('head link[rel="canonical"]')
    assert [link["href"] for link in canonical] == [f"{BASE}/{language}/{path}"]


@pytest.mark.parametrize("path", ["", "faq/", "programs/ofp/", "contact/"])
def test_switcher_leads_to_the_same_page_in_each_language(client, path):
    soup = soup_of(client, f"/en/{path}")
    links = soup.select(".language-switcher a")
    assert [(a.get_text(strip=True), a["href"], a["lang"]) for a in links] == [
        ("日本語", f"/ja/{path}", "ja"),
        ("English", f"/en/{path}", "en"),
        ("नेपाली", f"/ne/{path}", "ne"),
    ]
    current = [a["lang"] for a in links if a.get("aria-current")]
    assert current == ["en"]


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("ne-NP,ne;q=0.9,en;q=0.5", "/ne/"),
        ("ja,en;q=0.5", "/ja/"),
        ("fr-FR,de;q=0.8", "/ja/"),
        ("", "/ja/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_language_cookie_wins_over_accept_language(client):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ne"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Location"] == "/ne/"


@pytest.mark.parametrize(
    "url", ["/fr/", "/fr/faq/", "/zh/", "/faq/", "/ja/no-such-page/", "/api/no-such-endpoint/"]
)
def test_unknown_language_or_path_answers_404_not_a_redirect(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404


def test_404_page_is_in_the_language_of_its_prefix(client):
    response = client.get("/ne/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ne"
    assert soup.select_one("main a.button")["href"] == "/ne/"


def test_slugs_are_ascii_and_shared_by_every_translation():
    from wagtail.models import Page

    by_key: dict = {}
    for page in Page.objects.filter(depth__gt=2):
        assert page.slug.isascii(), page.slug
        by_key.setdefault(page.translation_key, set()).add(page.url_path.split("/", 2)[2])
    assert by_key
    assert all(len(paths) == 1 for paths in by_key.values()), by_key


def test_header_menu_is_the_same_in_every_language(client):
    menus = {}
    for code in ("ja", "en", "ne"):
        soup = soup_of(client, f"/{code}/")
        menus[code] = [a["href"].removeprefix(f"/{code}") for a in soup.select(".site-nav a")]
    assert menus["ja"] == menus["en"] == menus["ne"]
    assert "/programs/" in menus["ja"] and "/faq/" in menus["ja"]
