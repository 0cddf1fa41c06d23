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
    # page), view restrictions, translations, settings, menu, and the blocks' content.
    # The home page pays one more: its hero's and its call to action's buttons are two
    # block types, each of whose linked pages Wagtail loads in a query of its own.
    homes = {url: count for url, count in before.items() if url in ("/ja/", "/en/")}
    others = {url: count for url, count in before.items() if url not in homes}
    assert max(homes.values()) <= 11, homes
    assert max(others.values()) <= 10, others
