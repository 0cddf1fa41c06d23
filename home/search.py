"""The site's search backend: Wagtail's database backend, made safe and able to find a
word inside Japanese text.

Two things the database full-text search cannot do on its own, and why this module exists:

- Japanese is written without spaces, so SQLite's FTS5 and PostgreSQL's "simple"
  configuration index a whole sentence as one token: a word from the middle of it is
  never found. Staff type such words into every admin search box, so each search also
  matches a substring of the indexed text (the same text the full-text index holds,
  StreamField and rich text included), in every language.
- What a visitor or an editor types reaches the FTS query parsers, which answer an
  error (and the page a 500) to quotes, ``*``, ``:``, brackets, NUL and the like. Only
  letters, marks and digits reach the full-text part; the substring part is an escaped
  ``icontains``. Control and format characters, lone surrogates and anything past
  ``MAX_QUERY_LENGTH`` are dropped first.
"""

from __future__ import annotations

import unicodedata
from functools import cache, reduce

from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Exists,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Value,
)
from django.db.models import When as DbWhen
from django.db.models.functions import Cast, Replace
from modelsearch.backends.base import EmptySearchResults
from modelsearch.backends.database import SearchBackend as database_backend
from modelsearch.conf import get_app_config
from modelsearch.index import class_is_indexed
from modelsearch.query import And, MatchAll, Not, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks

#: Longer queries are cut here: nobody types more, and LIKE patterns and FTS queries
#: grow with it.
MAX_QUERY_LENGTH = 200
#: At most this many words take part (each one is a LIKE over the index).
MAX_WORDS = 12


def clean_text(text: str) -> str:
    """The query as a person meant it: control and format characters (NUL, bidi
    overrides, zero-width marks), surrogates and private-use or unassigned code points
    dropped, every kind of space or line break made one space, then cut to length."""
    kept = []
    for char in str(text)[: MAX_QUERY_LENGTH * 4]:
        category = unicodedata.category(char)
        if category.startswith("Z") or char in "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85":
            kept.append(" ")
        elif category[0] != "C":
            kept.append(char)
    return " ".join("".join(kept).split())[:MAX_QUERY_LENGTH].strip()


def fts_text(text: str) -> str:
    """Only what the full-text tokenisers index (letters, combining marks, digits):
    every FTS operator character becomes a word break, so no query syntax survives."""
    return " ".join(
        "".join(char if unicodedata.category(char)[0] in "LMN" else " " for char in text).split()[
            :MAX_WORDS
        ]
    )


def _texts(query) -> list[str]:
    """The text of every leaf of a query tree."""
    if isinstance(query, str):
        return [query]
    if isinstance(query, (PlainText, Phrase)):
        return [query.query_string]
    if isinstance(query, (And, Or)):
        return [text for sub in query.subqueries for text in _texts(sub)]
    if isinstance(query, Not):
        return _texts(query.subquery)
    return []


def _clean(query):
    """The query tree with its text cleaned (``clean_text``); other nodes unchanged. A
    tree of more than ``MAX_WORDS`` leaves (``"(" * 500`` parses into hundreds of
    phrases) becomes plain text, cut like any other: the database refuses expressions
    that deep."""
    if isinstance(query, (And, Or)) and len(_texts(query)) > MAX_WORDS:
        return PlainText(clean_text(" ".join(_texts(query))), "and")
    return _clean_node(query)


def _clean_node(query):
    if isinstance(query, str):
        return clean_text(query)
    if isinstance(query, PlainText):
        return PlainText(clean_text(query.query_string), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(clean_text(query.query_string))
    if isinstance(query, (And, Or)):
        return type(query)([_clean_node(sub) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(_clean_node(query.subquery))
    return query


def _fts(query, operator):
    """The query for the full-text part, or None when no word is left in it. A phrase
    becomes its words (all required): the substring part keeps the phrase's order."""
    if isinstance(query, str):
        query = PlainText(query, operator or "and")
    if isinstance(query, (PlainText, Phrase)):
        words = fts_text(query.query_string)
        if not words:
            return None
        return PlainText(words, getattr(query, "operator", "and"), getattr(query, "boost", 1))
    if isinstance(query, (And, Or)):
        subs = [_fts(sub, operator) for sub in query.subqueries]
        if isinstance(query, And):
            subs = [sub for sub in subs if sub is not None]
        elif any(sub is None for sub in subs):
            return None
        if not subs:
            return None
        return subs[0] if len(subs) == 1 else type(query)(subs)
    if isinstance(query, Not):
        sub = _fts(query.subquery, operator)
        return None if sub is None else Not(sub)
    return query


def _text_columns() -> list[str]:
    """The index's plain-text columns (on PostgreSQL the others are tsvectors)."""
    if connection.vendor == "postgresql":
        return ["title_text", "body_text"]
    return ["title", "body", "autocomplete"]


def _substring(query, operator) -> Q | None:
    """A filter on index entries that holds each word of the query as a substring (a
    phrase: the whole phrase), or None when the query has no text to match that way."""
    if isinstance(query, str):
        query = PlainText(query, operator or "and")
    if isinstance(query, PlainText):
        words = query.query_string.split()[:MAX_WORDS]
        if not words:
            return None
        matches = [
            reduce(lambda a, b: a | b, (Q(**{f"{c}__icontains": word}) for c in _text_columns()))
            for word in words
        ]
        join = (lambda a, b: a | b) if query.operator == "or" else (lambda a, b: a & b)
        return reduce(join, matches)
    if isinstance(query, Phrase):
        if not query.query_string:
            return None
        return reduce(
            lambda a, b: a | b,
            (Q(**{f"{c}__icontains": query.query_string}) for c in _text_columns()),
        )
    if isinstance(query, (And, Or)):
        subs = [_substring(sub, operator) for sub in query.subqueries]
        if any(sub is None for sub in subs):
            return None
        join = (lambda a, b: a & b) if isinstance(query, And) else (lambda a, b: a | b)
        return reduce(join, subs)
    return None


class SubstringCompilerMixin:
    """Full-text hits first, then the objects whose indexed text holds the words."""

    substring: Q | None = None
    fts_empty = False

    def search(self, config, start, stop, score_field=None, **kwargs):
        if self.substring is None:
            return super().search(config, start, stop, score_field, **kwargs)
        index_entries = get_app_config().get_model("IndexEntry")._default_manager
        entries = index_entries.filter(
            self.substring,
            content_type_id__in=get_descendants_content_types_pks(self.queryset.model),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
        matched = Q(Exists(entries))
        hit = None
        if not self.fts_empty:
            by_relevance, self.order_by_relevance = self.order_by_relevance, False
            try:
                ranked = super().search(config, None, None, None, **kwargs)
            finally:
                self.order_by_relevance = by_relevance
            hit = Q(pk__in=ranked.values("pk"))
            matched |= hit
        queryset = self.queryset.filter(matched)
        rank = (
            Case(DbWhen(hit, then=Value(1)), default=Value(0), output_field=IntegerField())
            if hit is not None
            else Value(0, output_field=IntegerField())
        )
        if score_field is not None:
            queryset = queryset.annotate(**{score_field: rank})
        if self.order_by_relevance:
            queryset = queryset.annotate(_fts_hit=rank).order_by("-_fts_hit", "-pk")
        elif not queryset.query.order_by:
            queryset = queryset.order_by("-pk")
        return queryset[start:stop]


@cache
def _with_substring(compiler_class):
    return type(compiler_class.__name__, (SubstringCompilerMixin, compiler_class), {})


class SafeSearchMixin:
    """Cleans every query before it reaches the database and adds the substring match."""

    def __init__(self, params):
        super().__init__(params)
        self.query_compiler_class = _with_substring(self.query_compiler_class)
        if self.autocomplete_query_compiler_class is not None:
            self.autocomplete_query_compiler_class = _with_substring(
                self.autocomplete_query_compiler_class
            )

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        if isinstance(model_or_queryset, QuerySet):
            queryset = model_or_queryset
        else:
            queryset = model_or_queryset.objects.all()
        if not class_is_indexed(queryset.model) or kwargs.get("fields") == []:
            return EmptySearchResults()
        if connection.vendor == "sqlite":
            # FTS5's columns are the index's (title, body, autocomplete), not the model's
            # fields: naming a model field there is an SQL error ("no such column").
            kwargs["fields"] = None
        needle = _clean(query)
        if isinstance(needle, MatchAll):
            return super()._search(query_compiler_class, needle, queryset, **kwargs)
        operator = kwargs.get("operator")
        fts_query = None if needle == "" else _fts(needle, operator)
        substring = None if needle == "" else _substring(needle, operator)
        if fts_query is None and substring is None:
            # Nothing searchable was typed: no results, but results of this model (the
            # admin's listings read the model from them).
            return super()._search(query_compiler_class, MatchAll(), queryset.none(), **kwargs)
        compiler = query_compiler_class(
            queryset, fts_query if fts_query is not None else MatchAll(), **kwargs
        )
        compiler.substring = substring
        compiler.fts_empty = fts_query is None
        compiler.check()
        return self.results_class(self, compiler)


@cache
def _safe(base):
    return type(base.__name__, (SafeSearchMixin, base), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks for in a backend module
    """The database backend for the database in use, with ``SafeSearchMixin``."""
    return _safe(type(database_backend(params)))(params)


# Listings of records (not in the search index) ------------------------------------

#: Characters people put between the digits of a phone number.
PHONE_SEPARATORS = ("-", " ", "(", ")", "+", ".", "‐", "－", "ー", "−", "\u3000")
#: Fewer digits than this are no phone number to look for (a year, a house number).
MIN_PHONE_DIGITS = 3


def _digits_only(expression):
    for separator in PHONE_SEPARATORS:
        expression = Replace(expression, Value(separator), Value(""))
    return expression


def _choice_codes(model, path: str, word: str) -> list[str]:
    """The codes of a choice field whose label, in any of the site's languages, holds
    ``word``: staff type the label they read (東京都, Tokyo, प्रस्ताव), never the code."""
    from django.conf import settings
    from django.utils import translation

    field = _field_at(model, path)
    if field is None or not field.choices:
        return []
    needle = word.casefold()
    codes = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            codes.update(
                code for code, label in field.flatchoices if needle in str(label).casefold()
            )
    return sorted(codes)


def _field_at(model, path: str):
    field = None
    for part in path.split("__"):
        try:
            field = model._meta.get_field(part)
        except Exception:  # noqa: BLE001 - a path that is no field: nothing to match
            return None
        if field.is_relation and field.related_model is not None:
            model = field.related_model
    return field


def records_matching(queryset: QuerySet, typed: str, fields: list[str]) -> QuerySet:
    """The records of ``queryset`` that hold every word of ``typed`` (cleaned as any
    query is, see ``clean_text``) in one of ``fields``, as a substring, so a word from
    the middle of Japanese text is found. Besides the plain text, a word matches

    - its NFKC form (full-width ``ＡＢＣ１２３`` and half-width katakana, as IMEs type);
    - on choice fields, the labels staff see in any language (東京都 finds ``tokyo``);
    - on phone fields (named ``phone``), the digits whatever the separators:
      ``09012345678`` finds ``090-1234-5678`` and the other way round.

    Matching across a relation (``contacts__name``) goes through a subquery, so a
    record with several matching related rows is still one row.
    """
    words = clean_text(typed).split()[:MAX_WORDS]
    if not words or not fields:
        return queryset.none() if not words and typed.strip() else queryset
    model = queryset.model
    manager = model._default_manager
    condition = Q()
    for word in words:
        forms = {word, unicodedata.normalize("NFKC", word)}
        match = Q()
        for path in fields:
            related = "__" in path
            text = reduce(lambda a, b: a | b, (Q(**{f"{path}__icontains": f}) for f in forms))
            codes = _choice_codes(model, path, word)
            if codes:
                text |= Q(**{f"{path}__in": codes})
            digits = "".join(c for c in unicodedata.normalize("NFKC", word) if c.isdigit())
            if path.split("__")[-1] == "phone" and len(digits) >= MIN_PHONE_DIGITS:
                phones = manager.annotate(_digits=_digits_only(F(path))).filter(
                    _digits__contains=digits
                )
                text |= Q(pk__in=phones.values("pk"))
            match |= Q(pk__in=manager.filter(text).values("pk")) if related else text
        condition &= match
    return queryset.filter(condition)
