"""A page costs the same number of queries however much content the site holds."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

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
    # page), view restrictions, the pages the blocks link to (every button of the stream
    # in one query: home.blocks.PageLinkingStreamValue), translations, settings, menu,
    # and the blocks' content.
    assert max(before.values()) <= 10, before


def test_a_button_to_a_deleted_page_is_left_out_and_the_others_still_link(client):
    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    hero = next(block for block in home.body if block.block_type == "hero")
    linked = [button["page"] for button in hero.value["buttons"]]
    assert len(linked) == 2 and all(linked)
    linked[1].specific.delete()

    home = HomePage.objects.get(pk=home.pk)  # its body read again from the database
    hero = next(block for block in home.body if block.block_type == "hero")
    assert [b["page"] and b["page"].pk for b in hero.value["buttons"]] == [linked[0].pk, None]
    response = client.get("/en/")
    assert response.status_code == 200
    english = linked[0].get_translation(home.locale)  # the button links in the reader's language
    assert f'href="{english.url}"' in response.content.decode()
