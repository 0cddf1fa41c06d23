"""The site's search backend: Wagtail's database search, fed only words.

``WAGTAILSEARCH_BACKENDS`` points here, so every search (the page API's ``search=``,
the admin's search boxes, any public search) goes through :func:`SearchBackend`. It
returns the backend Wagtail would pick for the database (SQLite FTS5, PostgreSQL full
text, or the plain fallback), with one difference: each query is cleaned by
:func:`ocp.parsing.clean_search_query` first. FTS5 reads a stray ``"`` as an
unterminated string and a NUL as the end of the query, and PostgreSQL refuses NUL in
a string: each of those was a 500 for a visitor's typing. Words are still found as
before, since the engines split the indexed text at the same characters.
"""

from __future__ import annotations

import copy
from functools import cache

from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.query import And, Boost, Fuzzy, Not, Or, Phrase, PlainText, SearchQuery

from ocp.parsing import clean_search_query


def clean_query(query):
    """``query`` (a string or a parsed ``SearchQuery`` tree) with every text cleaned."""
    if query is None or not isinstance(query, str | SearchQuery):
        return query
    if isinstance(query, str):
        return clean_search_query(query)
    cleaned = copy.copy(query)
    if isinstance(query, PlainText | Phrase | Fuzzy):
        cleaned.query_string = clean_search_query(query.query_string)
        if not cleaned.query_string:
            return ""  # nothing left to look for: no results, as for an empty string
    elif isinstance(query, And | Or):
        cleaned.subqueries = [s for s in map(clean_query, query.subqueries) if s != ""]
        if not cleaned.subqueries:
            return ""
    elif isinstance(query, Boost | Not):
        cleaned.subquery = clean_query(query.subquery)
        if cleaned.subquery == "":
            return ""
    return cleaned


class CleanQueries:
    """Mixed into the database backend's class: cleans the query of every search."""

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, clean_query(query), model_or_queryset, **kwargs
        )


@cache
def _cleaning(backend_class: type) -> type:
    # the same class name, so the backend still reads as what it is
    return type(backend_class.__name__, (CleanQueries, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    chosen = type(database_backend(params))  # by the database's vendor and features
    return _cleaning(chosen)(params)
