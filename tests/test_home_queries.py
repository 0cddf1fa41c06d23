"""A page costs the same number of queries however much content the site holds."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from home.models import HomePage
from programs.models import ProgramIndexPage
from tests.support.factories import FAQItemFactory, ProgramPageFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/ja/",
    "/en/",
    "/en/faq/",
    "/ne/programs/",
    "/en/programs/ocp/",
    "/ja/materials/",
    "/ne/contact/",
    "/ne/contact/thanks/",
    "/en/about/",
]


def queries_for(client, url) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_query_count_does_not_grow_with_content(client):
    before = {url: queries_for(client, url) for url in URLS}

    for locale in Locale.objects.all():
        FAQItemFactory.create_batch(10 * 11, locale=locale)
        index = ProgramIndexPage.objects.get(locale=locale)
        ProgramPageFactory.create_batch(20, parent=index)

    after = {url: queries_for(client, url) for url in URLS}
    assert after == before
    # The route (site from the cache, the page and its home in one query, its specific
    # page), view restrictions, translations, settings, menu, and the blocks' content:
    # the buttons of every block of a page read their pages in one query (the home
    # page's hero and call to action are two block types, which Wagtail would load in
    # a query each).
    assert max(before.values()) <= 10, before


def test_a_button_to_a_page_that_is_gone_is_left_out_and_the_others_still_link(client):
    """The buttons' pages are read at once for the whole page; one that no longer exists
    drops its button only, in the hero and the call to action alike."""
    home = HomePage.objects.get(locale__language_code="en")
    stream = list(home.body.raw_data)
    hero = next(block for block in stream if block["type"] == "hero")
    ctas = [block for block in stream if block["type"] == "cta"]
    gone, kept = hero["value"]["buttons"][0], hero["value"]["buttons"][1]
    gone["value"]["page"] = Page.objects.order_by("-pk").first().pk + 1000
    HomePage.objects.filter(pk=home.pk).update(body=json.dumps(stream))

    soup = BeautifulSoup(client.get("/en/").content, "html.parser")
    hero_links = [a.get_text(strip=True) for a in soup.select("main .hero a.button")]
    assert hero_links == [kept["value"]["label"]]
    cta_links = [a.get_text(strip=True) for a in soup.select("main .cta a.button")]
    assert cta_links == [
        button["value"]["label"] for cta in ctas for button in cta["value"]["buttons"]
    ]


def test_the_buttons_read_their_pages_as_wagtail_does_outside_a_page_view():
    """The API, search indexing and translation read the stream without a page's
    context: the choosers then load their pages themselves."""
    home = HomePage.objects.get(locale__language_code="ja")
    hero = next(
        block for block in HomePage.objects.get(pk=home.pk).body if block.block_type == "hero"
    )
    pages = [button["page"] for button in hero.value["buttons"]]
    assert pages and all(isinstance(page, Page) and page.live for page in pages)
