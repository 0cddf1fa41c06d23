"""Published pages come from the cache for anonymous visitors and are always current:
each change drops exactly the pages it affects, in every language; nothing personal is
ever cached or shared; conditional requests get 304s; compressed bodies as accepted."""

import gzip
import time

import brotli
import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.test import Client
from wagtail.models import Page

from faq.models import FAQItem
from home.models import SiteSettings
from ocp import pagecache
from programs.models import Material
from staticsite.render import Renderer, Target

pytestmark = pytest.mark.django_db

LANGUAGES = ("ja", "en", "ne")


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 3600
    caches[pagecache.ALIAS].clear()
    yield
    caches[pagecache.ALIAS].clear()


def page_of(language: str, slug: str) -> Page:
    return Page.objects.get(locale__language_code=language, slug=slug).specific


def state(client: Client, url: str) -> str:
    """``hit``, ``miss`` or ``-`` (not from the cache) for an anonymous GET."""
    response = client.get(url)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache", "-")


def warm(client: Client, *urls: str) -> None:
    for url in urls:
        client.get(url)
        assert state(client, url) == "hit", url


def committed(django_capture_on_commit_callbacks, change) -> None:
    """Runs ``change`` as an editor's request does: its notices go out once it commits."""
    with django_capture_on_commit_callbacks(execute=True):
        change()


def test_a_second_visitor_gets_the_cached_page_without_any_cookie_of_the_first(client):
    first = Client()
    first.cookies["csrftoken"] = "FirstVisitorsOwnCsrfToken0123456"  # 32 characters
    miss = first.get("/en/faq/")
    assert miss["X-Page-Cache"] == "miss"
    hit = Client().get("/en/faq/")
    assert hit["X-Page-Cache"] == "hit"
    assert hit.content == miss.content
    assert not hit.cookies and "Set-Cookie" not in hit
    assert b"FirstVisitorsOwnCsrfToken0123456" not in hit.content
    assert "s-maxage=300" in hit["Cache-Control"] and "public" in hit["Cache-Control"]
    assert "Cookie" not in hit["Vary"] and "Accept-Encoding" in hit["Vary"]


def test_form_pages_are_never_cached_and_each_visitor_gets_their_own_tokens():
    answers = [Client().get("/en/contact/") for _ in range(2)]
    for response in answers:
        assert "X-Page-Cache" not in response
        assert "no-store" in response["Cache-Control"]
        assert response.cookies  # the CSRF cookie of this visitor
    first, second = (response.content.decode() for response in answers)
    assert first != second  # another CSRF token and form token each time
    token = answers[0].cookies["csrftoken"].value
    assert token not in answers[1].cookies["csrftoken"].value


def test_form_pages_are_not_compressed():
    """Their tokens sit in the body: no compression, so no BREACH."""
    response = Client().get("/en/contact/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert "Content-Encoding" not in response


def test_signed_in_editors_and_previews_bypass_the_cache(editor_client, client):
    page = page_of("en", "about")
    page.title = "Draft title only editors see"
    page.save_revision()
    response = editor_client.get("/en/about/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]
    draft = editor_client.get(f"/admin/pages/{page.pk}/view_draft/")
    assert b"Draft title only editors see" in draft.content
    # Nothing an editor saw was kept: the first anonymous visitor renders it.
    assert state(client, "/en/about/") == "miss"
    assert b"Draft title only editors see" not in client.get("/en/about/").content


def test_query_strings_posts_and_missing_pages_are_not_cached(client):
    assert state(client, "/en/faq/?utm_source=newsletter") == "-"
    assert client.get("/en/no-such-page/").status_code == 404
    assert "X-Page-Cache" not in client.get("/en/no-such-page/")
    assert "X-Page-Cache" not in client.post("/en/faq/")


def test_etag_and_last_modified_answer_304(client):
    first = client.get("/ja/")
    etag, modified = first["ETag"], first["Last-Modified"]
    assert etag.startswith('W/"')
    assert client.get("/ja/", HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get("/ja/", HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    assert client.get("/ja/", HTTP_IF_NONE_MATCH='W/"other"').status_code == 200


@pytest.mark.parametrize(
    ("accept", "coding"),
    [("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=0, gzip", "gzip"), ("", None)],
)
def test_cached_pages_are_compressed_as_the_visitor_accepts(client, accept, coding):
    plain = client.get("/ne/faq/").content
    response = client.get("/ne/faq/", HTTP_ACCEPT_ENCODING=accept)
    assert response.get("Content-Encoding") == coding
    decode = {"br": brotli.decompress, "gzip": gzip.decompress, None: bytes}[coding]
    assert decode(response.content) == plain
    assert int(response["Content-Length"]) == len(response.content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_publishing_shows_the_change_at_once_and_keeps_unrelated_pages(
    client, django_capture_on_commit_callbacks, language
):
    program = f"/{language}/programs/ocp/"
    warm(client, program, f"/{language}/programs/", f"/{language}/terms/", f"/{language}/faq/")
    page = page_of(language, "ocp")
    page.title = f"OCP, edited in {language}"

    committed(django_capture_on_commit_callbacks, lambda: page.save_revision().publish())

    assert f"OCP, edited in {language}".encode() in client.get(program).content
    assert state(client, f"/{language}/programs/") == "miss"  # it lists the program
    assert state(client, f"/{language}/terms/") == "hit"
    assert state(client, f"/{language}/faq/") == "hit"


def test_a_translations_publication_drops_every_language_version(
    client, django_capture_on_commit_callbacks
):
    """The versions name each other (language switcher, hreflang)."""
    urls = [f"/{language}/programs/ocp/" for language in LANGUAGES]
    warm(client, *urls, "/en/terms/")
    page = page_of("ne", "ocp")
    page.title = "ओसीपी (नयाँ)"
    committed(django_capture_on_commit_callbacks, lambda: page.save_revision().publish())
    assert "ओसीपी (नयाँ)" in client.get("/ne/programs/ocp/").content.decode()
    assert state(client, "/ja/programs/ocp/") == "miss"
    assert state(client, "/en/programs/ocp/") == "miss"
    assert state(client, "/en/terms/") == "hit"


def test_unpublishing_drops_the_page(client, django_capture_on_commit_callbacks):
    warm(client, "/ja/terms/", "/en/terms/")
    committed(django_capture_on_commit_callbacks, lambda: page_of("ja", "terms").unpublish())
    assert client.get("/ja/terms/").status_code == 404
    assert state(client, "/en/terms/") == "miss"  # its switcher no longer names ja


def test_moving_drops_the_old_address(client, django_capture_on_commit_callbacks):
    warm(client, "/ja/terms/", "/ja/faq/")
    page, about = page_of("ja", "terms"), page_of("ja", "about")
    committed(django_capture_on_commit_callbacks, lambda: page.move(about, pos="last-child"))
    old = client.get("/ja/terms/")  # Wagtail's redirect to the new address, not the page
    assert old.status_code == 301 and old["Location"] == "/ja/about/terms/"
    assert state(client, "/ja/about/terms/") == "miss"
    assert state(client, "/ja/faq/") in ("hit", "miss")  # ja's menu may list it


def test_deleting_drops_the_page(client, django_capture_on_commit_callbacks):
    warm(client, "/ne/terms/", "/en/faq/")
    committed(django_capture_on_commit_callbacks, lambda: page_of("ne", "terms").delete())
    assert client.get("/ne/terms/").status_code == 404
    assert state(client, "/en/faq/") == "hit"


def test_a_faq_item_drops_the_pages_that_show_it_in_its_language(
    client, django_capture_on_commit_callbacks
):
    warm(client, "/en/faq/", "/ja/faq/", "/en/about/")
    item = FAQItem.objects.filter(locale__language_code="en").order_by("sort_order").first()
    item.question = "Which companies can take part, really?"
    committed(django_capture_on_commit_callbacks, item.save)
    assert b"Which companies can take part, really?" in client.get("/en/faq/").content
    assert state(client, "/ja/faq/") == "hit"
    assert state(client, "/en/about/") == "hit"


def test_a_material_drops_the_materials_page(client, django_capture_on_commit_callbacks):
    warm(client, "/ja/materials/", "/en/materials/", "/ja/faq/")
    material = Material.objects.filter(locale__language_code="ja", live=True).first()
    material.title = "新しい資料の題名"
    committed(django_capture_on_commit_callbacks, material.save)
    assert "新しい資料の題名" in client.get("/ja/materials/").content.decode()
    assert state(client, "/en/materials/") == "hit"
    assert state(client, "/ja/faq/") == "hit"


def test_site_settings_drop_every_page_of_their_language_only(
    client, django_capture_on_commit_callbacks
):
    warm(client, "/ne/", "/ne/about/", "/ja/about/", "/en/")
    nepali = SiteSettings.objects.get(locale__language_code="ne")
    nepali.phone = "03-1111-2222"
    committed(django_capture_on_commit_callbacks, nepali.save)
    assert b"03-1111-2222" in client.get("/ne/about/").content
    assert state(client, "/ne/") == "miss"
    assert state(client, "/ja/about/") == "hit"
    assert state(client, "/en/") == "hit"


def test_a_render_that_began_before_a_change_does_not_put_the_old_page_back(client):
    """The dropped address keeps a tombstone newer than the render's start."""
    started = time.time() - 1
    client.get("/en/about/")
    entry = caches[pagecache.ALIAS].get(pagecache.entry_key("/en/about/"))
    pagecache.drop([entry["page"]])
    request = type("Request", (), {"path": "/en/about/"})()
    pagecache.store(request, entry, started)
    assert state(client, "/en/about/") == "miss"


def test_accept_encoding_is_read_as_the_standard_says():
    assert pagecache.accepted_encodings("gzip;q=0.5, br;q=0") == {"gzip"}
    assert pagecache.accepted_encodings("GZIP , x;q=bad,;q=1") == {"gzip"}
    assert pagecache.accepted_encodings("\x00br\u202e") == {"\x00br\u202e"}


def test_head_gets_the_cached_pages_headers_without_a_body(client):
    body = client.get("/en/faq/").content
    response = client.head("/en/faq/")
    assert response["X-Page-Cache"] == "hit" and response.content == b""
    assert int(response["Content-Length"]) == len(body)


def test_an_answer_that_sets_a_cookie_or_a_waiting_message_is_never_cached(rf):
    page = page_of("en", "faq")
    request = rf.get("/en/faq/")
    request._wagtail_route_for_request = (page, [], {})
    response = HttpResponse("<p>page</p>")
    assert pagecache.served_page_id(request, response) == page.pk
    response.set_cookie("anything", "of this visitor")
    assert pagecache.served_page_id(request, response) is None
    for cookie in ("sessionid", "messages"):
        assert not pagecache.cacheable_request(rf.get("/en/faq/", HTTP_COOKIE=f"{cookie}=x"))
    assert pagecache.cacheable_request(rf.get("/en/faq/", HTTP_COOKIE="csrftoken=x"))


def test_the_static_export_renders_its_own_copy_not_the_live_cache(client):
    client.get("/en/faq/")
    renderer = Renderer(Target.from_options("https://static.example.org", None))
    with renderer.active():
        exported = renderer.get("/en/faq/")
    assert b"https://static.example.org/en/faq/" in exported
    assert b"https://static.example.org" not in client.get("/en/faq/").content


def test_without_redis_the_hosts_processes_share_the_pages_in_files(client, settings, tmp_path):
    """A page dropped by one process (a second cache object on the same folder, as the
    worker or another gunicorn worker has) is gone for the process that serves it."""
    from django.core.cache.backends.filebased import FileBasedCache

    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(tmp_path),
        },
    }
    assert state(client, "/en/terms/") == "miss"
    assert state(client, "/en/terms/") == "hit"
    other_process = FileBasedCache(str(tmp_path), {})
    entry = other_process.get(pagecache.entry_key("/en/terms/"))
    assert entry["page"] == page_of("en", "terms").pk
    other_process.set(pagecache.entry_key("/en/terms/"), {"dropped": time.time()})
    assert state(client, "/en/terms/") == "miss"
