"""A small reference front end: a page's visible text from the API alone.

It reads what a separate front end would: the page's detail from the v3 page API
(title, intro, stream blocks, FAQ groups, programs, materials) and, for an intake
page, its form from ``/api/intake/<form>/`` (labels, help texts, choices). It renders
each value as text: rich text loses its tags, and the fields that are addresses or
identifiers (``SKIPPED``) show nothing. ``sentences`` cuts the HTML page's ``<main>``
the same way, so the proof test (tests/test_home_headless_proof.py) compares like with
like.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Keys whose values a reader never sees as text.
SKIPPED = {
    "id",
    "url",
    "type",
    "style",
    "category",
    "kind",
    "api_url",
    "thank_you_url",
    "download_url",
    "file_extension",
    "request_required",
    "count",
    "meta",
    "locale",
    "translations",
    "seo",
    "social_image",
    "cover_image",
    "width",
    "height",
    "alt",
    "value_type",
    "required",
    "max_length",
    "autocomplete",
    "max_items",
    "form",
}
CONTENT_FIELDS = ("intro", "body", "programs", "faq_groups", "materials")
BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "br",
    "dt",
    "dd",
    "label",
    "legend",
    "fieldset",
    "option",
    "button",
    "a",
    "td",
    "th",
    "tr",
    "small",
    "summary",
    "details",
    "header",
    "footer",
    "figcaption",
    "span",
    "strong",
}
SENTENCE_END = re.compile(r"(?<=[.!?。！？।])\s*")


class _Text(HTMLParser):
    """Text of an HTML fragment, one line per block; ``only_main`` keeps <main>."""

    def __init__(self, only_main: bool = False):
        super().__init__(convert_charrefs=True)
        self.only_main = only_main
        self.depth_main = 0
        self.skip = 0
        self.skipping: list[str] = []
        self.lines: list[str] = [""]

    def _on(self) -> bool:
        return (not self.only_main or self.depth_main > 0) and not self.skip

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.depth_main += 1
        # Not text: scripts, and what the page marks as decoration (the FAQ's "Q").
        if tag in {"script", "style", "template", "noscript"} or attrs.get("aria-hidden") == "true":
            self.skip += 1
            self.skipping.append(tag)
        if tag in BLOCK_TAGS:
            self.lines.append("")

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth_main -= 1
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()
            self.skip -= 1
        if tag in BLOCK_TAGS:
            self.lines.append("")

    def handle_data(self, data):
        if self._on():
            self.lines[-1] += data


def text_lines(html: str, only_main: bool = False) -> list[str]:
    parser = _Text(only_main)
    parser.feed(html)
    return [" ".join(line.split()) for line in parser.lines if line.strip()]


def sentences(lines: list[str]) -> list[str]:
    """Sentences with at least one letter, whitespace collapsed."""
    found = []
    for line in lines:
        for part in SENTENCE_END.split(line):
            part = part.strip()
            if part and any(ch.isalpha() for ch in part):
                found.append(part)
    return found


def _walk(value, out: list[str]) -> None:
    if isinstance(value, str):
        out.extend(text_lines(value) if "<" in value else [" ".join(value.split())])
    elif isinstance(value, list):
        for item in value:
            _walk(item, out)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in SKIPPED:
                _walk(item, out)


def render_page(page: dict, form: dict | None = None) -> list[str]:
    """The text lines a front end shows for ``page`` (a v3 detail) and its ``form``."""
    out = [page["title"]]
    for field in CONTENT_FIELDS:
        if field in page:
            _walk(page[field], out)
    if form:
        for field in form["fields"]:
            _walk({k: v for k, v in field.items() if k not in {"name", "value"}}, out)
        _walk(form.get("texts") or {}, out)
    return [line for line in out if line]


def matched(html_sentences: list[str], api_lines: list[str]) -> list[bool]:
    """Whether each HTML sentence is a whole sentence of the API's rendered text (not
    merely a part of one: "Send" does not match "Send the form")."""
    found = set(sentences(api_lines))
    return [sentence in found for sentence in html_sentences]
