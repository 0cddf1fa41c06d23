"""Find by path: every localized address resolves its page in its language."""

from urllib.parse import quote

import pytest
from wagtail.models import Page

from home.seo import public_live_pages

pytestmark = pytest.mark.django_db


def find(client, html_path, **params):
    return client.get("/api/v3/pages/find/", {"html_path": html_path, **params}, follow=True)


def test_every_live_page_is_found_at_its_address_in_its_language(client):
    from wagtail.models import Site

    pages = list(public_live_pages(Site.objects.get(is_default_site=True)))
    assert len(pages) == 39
    for page in pages:
        url = page.url
        for variant in (url, url.rstrip("/"), quote(url, safe=""), url.lstrip("/")):
            response = find(client, variant)
            assert response.status_code == 200, (variant, response.content)
            found = response.json()
            assert (found["id"], found["meta"]["locale"]) == (page.pk, page.locale.language_code)


def test_the_nepali_faq_page_and_an_intake_step(client):
    faq = find(client, "/ne/faq/").json()
    assert faq["meta"]["type"] == "faq.FAQIndexPage" and faq["meta"]["locale"] == "ne"
    thanks = find(client, "/en/contact/thanks/").json()
    assert thanks["meta"]["type"] == "inquiries.IntakeFormPage"
    assert thanks["meta"]["locale"] == "en"


def test_unknown_and_unpublished_paths_answer_the_apis_json_404(client):
    about = Page.objects.get(locale__language_code="en", slug="about")
    about.unpublish()
    for path in ("/en/about/", "/en/nothing/", "/fr/faq/", "/faq/", "/", "/ja/faq/x/y/"):
        response = find(client, path)
        assert response.status_code == 404, path
        assert response.json()["status"] == 404 and response.json()["detail"]


@pytest.mark.parametrize(
    "html_path",
    [
        "/en/../ja/faq/",
        "/en/%2e%2e/faq/",
        "/en/faq/\x00",
        "/en/fa\x00q/",
        "/en/\u202efaq/",
        "/en/faq\u200b/",
        "/en/" + "a" * 100_000 + "/",
        "/en/" + "a/" * 5_000,
        "%",
        "%%00",
        "/en/%ZZ/",
        "/ne/सोधिने-प्रश्न/",
        "%ED%A0%80",
        "//",
    ],
)
def test_hostile_paths_are_no_page_never_an_error(client, html_path):
    response = find(client, html_path)
    # No page (404); a NUL the site refuses before any view (400): JSON either way.
    expected = 400 if "\x00" in html_path else 404
    assert response.status_code == expected
    assert response.json()["status"] == expected


def test_id_still_works_beside_a_path_that_names_no_page(client):
    faq = Page.objects.get(locale__language_code="ne", slug="faq")
    response = find(client, "/nothing/", id=faq.pk)
    assert response.json()["id"] == faq.pk
