"""The static export: complete, self-consistent, incremental and never half-written.

The tests of what the export writes are engine_neutral (they run in make test's SQLite
run only): it renders pages and writes files, and the set of pages a change affects is
the page cache's, tested on both engines. A move (treebeard rewrites paths in SQL of
each engine's own), the audit log's times and the forms' records run on both.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

import brotli
import pytest
from django.conf import settings as django_settings
from django.core import signing
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from faq.models import FAQItem
from home import share_images
from home.models import SiteSettings
from home.seo import public_live_pages
from inquiries.models import Inquiry, IntakeFormPage
from inquiries.tokens import TOKEN_SALT, shared_token
from staticsite import render as static_site
from staticsite.writer import MANIFEST
from tests.support.factories import DocumentFactory
from tests.support.intake import run_worker
from tests.support.static_export import broken_links, references

pytestmark = pytest.mark.django_db

BASE_URL = "https://www.example.org"
API_ORIGIN = "https://cms.example.org"
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    return tmp_path_factory.mktemp("static-root")


@pytest.fixture
def hashed_static(settings, collected_static):
    """Static files as in production: collected, with hashed names."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    settings.STATIC_ROOT = collected_static


@pytest.fixture
def output(tmp_path, settings, hashed_static) -> Path:
    folder = tmp_path / "public"
    settings.STATIC_EXPORT_DIR = str(folder)
    settings.STATIC_EXPORT_BASE_URL = BASE_URL
    settings.STATIC_EXPORT_API_ORIGIN = API_ORIGIN
    return folder


def export(output: Path, *options: str) -> None:
    call_command(
        "build_static_site",
        *("--output", str(output), "--base-url", BASE_URL, "--api-origin", API_ORIGIN),
        *options,
        stdout=io.StringIO(),
    )


def build(output: Path) -> dict:
    export(output)
    return manifest(output)


def manifest(output: Path) -> dict:
    return json.loads((output / MANIFEST).read_text())


def since_build(output: Path, key: str) -> set[str]:
    """What the runs after the last full build wrote or removed (``key``)."""
    runs = []
    for run in manifest(output)["history"]:
        if run["mode"] == "full":
            break
        runs.append(run)
    assert runs, "no refresh ran"
    return {path for run in runs for path in run[key]}


def snapshot(output: Path) -> dict[str, bytes]:
    return {
        path.relative_to(output).as_posix(): path.read_bytes()
        for path in output.rglob("*")
        if path.is_file()
    }


def page_of(language: str, slug: str) -> Page:
    return Page.objects.get(locale__language_code=language, slug=slug).specific


def publish(page: Page, django_capture_on_commit_callbacks) -> None:
    """Publishes ``page`` as an editor does, then lets the worker run what it queued."""
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    run_worker()


@pytest.mark.engine_neutral
def test_full_export_has_every_live_page_in_every_language(output):
    written = build(output)
    site = Site.objects.get(is_default_site=True)
    live = list(public_live_pages(site))
    page_files = {
        path
        for path, entry in written["files"].items()
        if re.fullmatch(r"page:\d+", entry["source"])
    }
    per_language = len([page for page in live if page.locale.language_code == "ja"])
    assert len(page_files) == len(live) == per_language * len(LANGUAGES)
    for page in live:
        assert (output / static_site.file_for_url(static_site.page_url(page))).is_file()
    for name in ["index.html", "404.html", "sitemap.xml", "robots.txt"]:
        assert (output / name).is_file(), name
    for language in LANGUAGES:
        not_found = (output / language / "404.html").read_text()
        assert f'<html lang="{language}">' in not_found
    assert f"Sitemap: {BASE_URL}/sitemap.xml" in (output / "robots.txt").read_text()
    sitemap = (output / "sitemap.xml").read_text()
    assert sitemap.count("<loc>") == len(live)
    assert f"<loc>{BASE_URL}/en/faq/</loc>" in sitemap
    assert not list(output.rglob(".tmp-*")), "temporary files left behind"
    for html in output.rglob("*.html"):  # precompressed for nginx, byte for byte the page
        assert gzip.decompress(Path(f"{html}.gz").read_bytes()) == html.read_bytes(), html
        assert brotli.decompress(Path(f"{html}.br").read_bytes()) == html.read_bytes(), html


@pytest.mark.engine_neutral
def test_export_is_self_consistent_and_uses_the_base_url(output):
    build(output)
    assert broken_links(output, BASE_URL, external_origins=(API_ORIGIN,)) == []
    faq = (output / "en/faq/index.html").read_text()
    assert f'<link rel="canonical" href="{BASE_URL}/en/faq/">' in faq
    for language in LANGUAGES:
        assert f'hreflang="{language}" href="{BASE_URL}/{language}/faq/"' in faq
    static = [p.relative_to(output).as_posix() for p in (output / "static").rglob("*.*")]
    assert static and all(re.search(r"\.[0-9a-f]{12}\.\w+$", name) for name in static), static
    assert not (output / "static" / "wagtailadmin").exists()  # only what the pages use


@pytest.mark.engine_neutral
def test_forms_post_to_the_backend_and_carry_nothing_per_visitor(output):
    build(output)
    first = snapshot(output)
    for path in output.rglob("*.html"):
        html = path.read_text()
        assert "csrfmiddlewaretoken" not in html, path
        # Only the form's shared token, the same for every visitor (and every export of
        # the period): a second build gives the same bytes.
        for token in re.findall(r'name="form_token" value="([^"]+)"', html):
            assert token == shared_token(signing.loads(token, salt=TOKEN_SALT)["k"]), path
    export(output)
    again = snapshot(output)
    assert {path for path in again if again[path] != first.get(path)} == {MANIFEST}
    contact = (output / "ja/contact/index.html").read_text()
    forms = [value for tag, attribute, value in references(contact) if attribute == "action"]
    assert forms == [f"{API_ORIGIN}/intake/inquiry/"]
    assert f'data-intake-api="{API_ORIGIN}/api/intake/inquiry/"' in contact
    assert '<input type="hidden" name="locale" value="ja">' in contact
    # Registration chooses the role by links, each role's form has a file of its own.
    register = (output / "en/register/index.html").read_text()
    assert 'href="/en/register/supported/"' in register
    assert (
        'name="role" value="volunteer"' in (output / "en/register/volunteer/index.html").read_text()
    )
    thanks = (output / "ne/contact/thanks/index.html").read_text()
    assert "notice--success" in thanks


@pytest.mark.engine_neutral
def test_public_documents_are_exported_and_gated_ones_never(output):
    document = DocumentFactory(
        title="Public leaflet", file=ContentFile(b"%PDF-1.4 leaflet", name="leaflet.pdf")
    )
    written = build(output)
    exported = [
        path for path, entry in written["files"].items() if entry["source"].startswith("document:")
    ]
    assert exported == [static_site.file_for_url(document.url)]
    assert (output / exported[0]).read_bytes() == b"%PDF-1.4 leaflet"
    # The brochures are request-only materials: never in the export.
    assert not any(
        path.startswith("documents/") and "brochure" in path for path in written["files"]
    )


def share_image_file(page) -> str:
    """The file of ``page``'s default share image in the export."""
    site_name = share_images.site_name_for(page.locale)
    return share_images.share_path(page, site_name).lstrip("/")


@pytest.mark.engine_neutral
def test_publishing_one_page_rewrites_only_that_page_and_the_sitemap(
    output, django_capture_on_commit_callbacks
):
    build(output)
    before = snapshot(output)
    page = page_of("ja", "ocp")
    page.seo_title = "おとなりさん企業プログラム（OCP）の詳細"
    publish(page, django_capture_on_commit_callbacks)

    run = manifest(output)["last_run"]
    assert run["mode"] == "incremental"
    # The new title is a new share image (home.share_images), under a new name.
    share = share_image_file(page)
    assert set(run["written"]) == {"ja/programs/ocp/index.html", "sitemap.xml", share}
    # Its other languages and its parent were rendered again but had not changed.
    assert run["rendered"] > len(run["written"]) and run["unchanged"] >= 3
    after = snapshot(output)
    changed = {path for path in after if after[path] != before.get(path)}
    written = {"ja/programs/ocp/index.html", "sitemap.xml"}
    compressed = {f"{p}.{c}" for p in written for c in ("gz", "br")}
    assert changed == {MANIFEST, share, *written, *compressed}
    assert "おとなりさん企業プログラム（OCP）の詳細" in after["ja/programs/ocp/index.html"].decode()


@pytest.mark.engine_neutral
def test_a_new_menu_title_rewrites_every_page_of_that_language_only(
    output, django_capture_on_commit_callbacks
):
    build(output)
    page = page_of("en", "about")
    page.title = "Who we are"
    publish(page, django_capture_on_commit_callbacks)

    written = set(manifest(output)["last_run"]["written"])
    english = {
        path
        for path in manifest(output)["files"]
        if path.startswith("en/") and path.endswith(".html")
    }
    assert english <= written
    assert not any(path.startswith(("ja/", "ne/")) for path in written), written
    assert "Who we are" in (output / "en/faq/index.html").read_text()


@pytest.mark.engine_neutral
def test_unpublishing_removes_the_files_and_every_link_to_them(
    output, django_capture_on_commit_callbacks
):
    build(output)
    page = page_of("ja", "terms")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    run_worker()

    assert since_build(output, "removed") == {"ja/terms/index.html"}
    assert not (output / "ja/terms").exists()
    assert "ja/terms/index.html" not in manifest(output)["files"]
    assert broken_links(output, BASE_URL, external_origins=(API_ORIGIN,)) == []


def test_moving_a_page_moves_its_file(output, django_capture_on_commit_callbacks):
    build(output)
    page, about = page_of("ja", "terms"), page_of("ja", "about")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(about, pos="last-child")
    run_worker()

    assert since_build(output, "removed") == {"ja/terms/index.html"}
    assert "ja/about/terms/index.html" in since_build(output, "written")
    assert broken_links(output, BASE_URL, external_origins=(API_ORIGIN,)) == []


@pytest.mark.engine_neutral
def test_deleting_a_page_removes_its_file(output, django_capture_on_commit_callbacks):
    build(output)
    with django_capture_on_commit_callbacks(execute=True):
        page_of("ne", "terms").delete()
    run_worker()

    assert since_build(output, "removed") == {"ne/terms/index.html"}
    assert "ne/terms/index.html" not in manifest(output)["files"]
    assert not list((output / "ne").glob("terms*")), "compressed copies left behind"
    assert broken_links(output, BASE_URL, external_origins=(API_ORIGIN,)) == []


@pytest.mark.engine_neutral
def test_editing_a_faq_item_rewrites_the_pages_that_show_it(
    output, django_capture_on_commit_callbacks
):
    build(output)
    item = FAQItem.objects.filter(locale__language_code="en").order_by("sort_order").first()
    with django_capture_on_commit_callbacks(execute=True):
        item.question = "Which companies can take part?"
        item.save()
    run_worker()

    written = set(manifest(output)["last_run"]["written"])
    assert "en/faq/index.html" in written
    assert written <= {"en/faq/index.html", "en/index.html", "sitemap.xml"}
    assert "Which companies can take part?" in (output / "en/faq/index.html").read_text()


@pytest.mark.engine_neutral
def test_changing_the_site_settings_rewrites_every_page_of_that_language(
    output, django_capture_on_commit_callbacks
):
    build(output)
    nepali = SiteSettings.objects.get(locale__language_code="ne")
    with django_capture_on_commit_callbacks(execute=True):
        nepali.phone = "03-1111-2222"
        nepali.save()
    run_worker()

    written = since_build(output, "written")
    nepali_files = {p for p in manifest(output)["files"] if p.startswith("ne/")}
    assert nepali_files <= written
    assert not any(path.startswith(("ja/", "en/")) for path in written), written
    assert "03-1111-2222" in (output / "ne/about/index.html").read_text()


def test_changed_since_picks_up_what_the_audit_log_shows(output):
    build(output)
    page = page_of("en", "ocp")
    page.seo_title = "The corporate program in detail"
    page.save_revision().publish()  # no worker: as if the refresh task were off

    export(output, "--changed-since", "last")
    run = manifest(output)["last_run"]
    assert run["mode"] == "incremental"
    assert set(run["written"]) == {
        "en/programs/ocp/index.html",
        "sitemap.xml",
        share_image_file(page),
    }


@pytest.mark.engine_neutral
def test_a_failed_build_leaves_the_previous_output_untouched(output, monkeypatch):
    build(output)
    before = snapshot(output)
    Page.objects.filter(slug="faq", locale__language_code="en").update(title="FAQ (changed)")
    rendered = static_site.page_files

    def failing(renderer, page, reason):
        if page.slug == "privacy":
            raise static_site.ExportError("/en/privacy/ answered 500, not 200.")
        return rendered(renderer, page, reason)

    monkeypatch.setattr(static_site, "page_files", failing)
    with pytest.raises(CommandError, match="answered 500"):
        build(output)
    assert snapshot(output) == before
    assert not list(output.rglob(".tmp-*"))


@pytest.mark.engine_neutral
def test_bad_options_are_refused_with_a_clear_message(tmp_path, hashed_static):
    with pytest.raises(CommandError, match="must be an origin"):
        call_command(
            "build_static_site",
            "--output",
            str(tmp_path / "x"),
            "--base-url",
            "https://example.org/site",
        )
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "notes.txt").write_text("keep me")
    with pytest.raises(CommandError, match="not empty"):
        call_command("build_static_site", "--output", str(tmp_path / "busy"))
    assert (tmp_path / "busy" / "notes.txt").read_text() == "keep me"
    with pytest.raises(CommandError, match="--changed-since"):
        call_command(
            "build_static_site", "--output", str(tmp_path / "y"), "--changed-since", "yesterday"
        )


# -- The plain form POST from a static page --------------------------------------------

ANSWERS = {
    "company": "Static Works",
    "name": "Aiko Tanaka",
    "email": "aiko@example.jp",
    "topic": "costs",
    "message": "How much does the program cost?",
    "consent": "on",
    "locale": "en",
}


@pytest.fixture
def baked():
    """The exported contact page's token (``shared_token``) with the answers."""
    return {**ANSWERS, "form_token": shared_token("inquiry")}


def test_a_static_page_form_is_stored_once_and_sent_back_to_the_static_thanks(
    client, settings, baked
):
    settings.INTAKE_ALLOWED_ORIGINS = [BASE_URL]
    post = lambda: client.post("/intake/inquiry/", baked, HTTP_ORIGIN=BASE_URL)  # noqa: E731
    response = post()
    assert response.status_code == 303
    assert response["Location"] == f"{BASE_URL}/en/contact/thanks/"
    record = Inquiry.objects.get(email="aiko@example.jp")
    assert not record.is_spam and record.locale.language_code == "en"
    assert post().status_code == 303  # a double click
    assert Inquiry.objects.filter(email="aiko@example.jp").count() == 1


def test_a_static_page_form_with_errors_comes_back_with_the_input_and_reasons(
    client, settings, baked
):
    settings.INTAKE_ALLOWED_ORIGINS = [BASE_URL]
    response = client.post(
        "/intake/inquiry/", {**baked, "email": "nope", "locale": "ne"}, HTTP_ORIGIN=BASE_URL
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert '<html lang="ne">' in html and "error-summary" in html
    assert 'value="Static Works"' in html  # the visitor's input is kept
    assert "csrfmiddlewaretoken" in html  # sent again from here, as on the live site
    assert not Inquiry.objects.filter(company="Static Works").exists()


def test_a_static_page_form_from_an_unknown_origin_is_refused(client, settings, baked):
    settings.INTAKE_ALLOWED_ORIGINS = [BASE_URL]
    response = client.post("/intake/inquiry/", baked, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not Inquiry.objects.filter(email="aiko@example.jp").exists()
    assert client.post("/intake/no-such-form/", ANSWERS).status_code == 404
    assert client.get("/intake/inquiry/").status_code == 405


def test_intake_pages_answer_their_steps_and_nothing_else(client):
    assert client.get("/en/contact/thanks/").status_code == 200
    assert client.get("/en/register/volunteer/").status_code == 200
    assert client.get("/en/contact/volunteer/").status_code == 404
    assert client.get("/en/contact/thanks/more/").status_code == 404
    page = IntakeFormPage.objects.get(locale__language_code="en", slug="register")
    assert page.steps() == ["supported", "volunteer", "thanks"]
