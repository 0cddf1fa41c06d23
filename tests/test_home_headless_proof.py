"""Proof that the API is enough: every live page's visible text, rendered from the API
alone by a reference front end (tests/support/api_render.py), matches the HTML page's
<main> sentence by sentence, in every language."""

import json
import os
from collections import defaultdict
from pathlib import Path

import pytest
from wagtail.models import Site

from home.seo import public_live_pages
from tests.support.api_render import matched, render_page, sentences, text_lines

pytestmark = pytest.mark.django_db

THRESHOLD = 0.95


def from_api(client, html_path: str) -> list[str]:
    """What a front end knows of a page: found by its path, then its form if any."""
    page = client.get("/api/v3/pages/find/", {"html_path": html_path}, follow=True).json()
    form = None
    if page["meta"]["type"] == "inquiries.IntakeFormPage":
        language = page["meta"]["locale"]
        form = client.get(page["form"]["api_url"], {"locale": language}).json()
    return render_page(page, form)


def test_every_page_renders_from_the_api_as_its_html_page_shows(client):
    pages = list(public_live_pages(Site.objects.get(is_default_site=True)))
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missing: dict[str, list[str]] = defaultdict(list)
    for page in pages:
        html = client.get(page.url).content.decode()
        expected = sentences(text_lines(html, only_main=True))
        found = matched(expected, from_api(client, page.url))
        language = page.locale.language_code
        totals[language][0] += sum(found)
        totals[language][1] += len(expected)
        missing[page.url] += [s for s, ok in zip(expected, found, strict=True) if not ok]
    figures = {lang: round(hit / total, 4) for lang, (hit, total) in totals.items()}
    report = {"figures": figures, "totals": dict(totals), "missing": missing}
    if folder := os.environ.get("HEADLESS_PROOF_REPORT"):  # a folder for the details
        Path(folder, "headless_proof.json").write_text(json.dumps(report, ensure_ascii=False))
    print("sentences matched per language:", figures, dict(totals))
    assert set(figures) == {"ja", "en", "ne"}
    for language, share in figures.items():
        assert share >= THRESHOLD, (language, share, missing)


def test_the_comparison_notices_content_the_api_leaves_out(client):
    html = client.get("/en/").content.decode()
    expected = sentences(text_lines(html, only_main=True))
    page = client.get("/api/v3/pages/find/", {"html_path": "/en/"}, follow=True).json()
    assert all(matched(expected, render_page(page)))
    without_body = matched(expected, render_page({**page, "body": []}))
    assert sum(without_body) < len(expected) / 10
