"""Search engines and sharing: sitemap, robots.txt, Open Graph, JSON-LD."""

import json

import defusedxml.ElementTree as ET
import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_sitemap_lists_every_page_in_every_language_with_alternates(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", NS)
    live = Page.objects.live().filter(depth__gte=2)
    assert len(urls) == live.count() == 39
    locs = {url.find("s:loc", NS).text for url in urls}
    assert f"{settings.BASE_URL}/ne/programs/ocp/" in locs
    for url in urls:
        langs = sorted(link.get("hreflang") for link in url.findall("x:link", NS))
        assert langs == ["en", "ja", "ne", "x-default"]


def test_sitemap_leaves_out_unpublished_and_private_pages(client):
    from wagtail.models import PageViewRestriction

    about = Page.objects.get(locale__language_code="en", slug="about")
    PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    terms = Page.objects.get(locale__language_code="ne", slug="terms")
    terms.unpublish()
    locs = client.get("/sitemap.xml").content.decode()
    assert "/en/about/" not in locs
    assert "/ne/terms/" not in locs
    assert "/ja/about/" in locs


def test_robots_txt_points_at_the_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {settings.BASE_URL}/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_pages_carry_description_and_open_graph(client):
    page = Page.objects.get(locale__language_code="en", slug="faq")
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    assert soup.select_one('meta[name="description"]')["content"] == page.search_description
    assert page.search_description
    og = {m["property"]: m["content"] for m in soup.select("meta[property^='og:']")}
    assert og["og:title"] == page.title
    assert og["og:url"] == f"{settings.BASE_URL}/en/faq/"
    assert og["og:locale"] == "en_US"


def test_home_page_has_organization_json_ld(client):
    soup = BeautifulSoup(client.get("/ja/").content, "html.parser")
    data = [json.loads(s.string) for s in soup.select('script[type="application/ld+json"]')]
    organisations = [d for d in data if d["@type"] == "Organization"]
    assert organisations and organisations[0]["name"] == "JII"


def test_faq_page_has_faqpage_json_ld_with_every_question(client):
    soup = BeautifulSoup(client.get("/en/faq/").content, "html.parser")
    (script,) = soup.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert data["@type"] == "FAQPage"
    questions = [q["name"] for q in data["mainEntity"]]
    shown = [s.get_text(strip=True).removeprefix("Q") for s in soup.select("main summary")]
    assert sorted(questions) == sorted(shown)
    assert all(q["acceptedAnswer"]["text"] for q in data["mainEntity"])


def test_json_ld_cannot_be_broken_out_of_by_content(client):
    from faq.models import FAQItem

    item = FAQItem.objects.filter(locale__language_code="en").first()
    item.question = 'Break </script><script>alert("x")</script>?'
    item.save()
    html = client.get("/en/faq/").content.decode()
    assert '<script>alert("x")' not in html
