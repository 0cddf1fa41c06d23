"""Search, as editors use it in the admin, on whichever database the site runs on.

On PostgreSQL Wagtail's database backend is PostgreSQL's full-text search (with the
language-neutral "simple" configuration); on SQLite it is FTS5. Both must find a page
by a word of its text in each of the site's three languages.
"""

from __future__ import annotations

import pytest
from django.db import connection
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from home.models import HomePage
from tests.support.factories import StandardPageFactory
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

WORDS = {"en": "Zanzibarish", "ja": "ゾンビ茶会", "ne": "झिलमिल"}


def test_the_backend_is_the_databases_own_full_text_search():
    backend = type(get_search_backend()).__name__
    expected = {"postgresql": "PostgresSearchBackend", "sqlite": "SQLiteSearchBackend"}
    assert backend == expected[connection.vendor]


@pytest.mark.parametrize("language", ["en", "ja", "ne"])
def test_a_page_is_found_by_a_word_of_its_text_and_in_the_admin_by_its_title(
    admin_client, language
):
    home = HomePage.objects.get(locale__language_code=language)
    word = WORDS[language]
    page = StandardPageFactory(
        parent=home,
        title=f"{word} {language}",
        slug=f"search-{language}",
        intro=f"Intro: {word}, and more.",
    )
    run_worker()  # the index is updated by a background task, as in production

    assert [result.pk for result in Page.objects.live().search(word)] == [page.pk]
    assert not Page.objects.live().search("Quuxnotaword")
    # the admin's page search completes what an editor types into a title
    results = admin_client.get("/admin/pages/search/", {"q": word[:4]}).content.decode()
    assert f"{word} {language}" in results
    results = admin_client.get("/admin/pages/search/", {"q": "Quuxnotaword"}).content.decode()
    assert f"{word} {language}" not in results
