"""The read API: every language's content, only what is public, JSON everywhere."""

import json

import pytest
from django.conf import settings

from programs.models import Material
from tests.support.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def test_pages_by_locale_type_and_translation(client):
    en = client.get("/api/v3/pages/", {"locale": "en", "limit": 20}).json()
    assert en["count"] == 13
    assert {item["meta"]["locale"] for item in en["items"]} == {"en"}
    faq = client.get("/api/v3/pages/", {"type": "faq.FAQIndexPage"}).json()
    assert sorted(item["meta"]["locale"] for item in faq["items"]) == ["en", "ja", "ne"]
    ja_faq = next(item for item in faq["items"] if item["meta"]["locale"] == "ja")
    translations = client.get("/api/v3/pages/", {"translation_of": ja_faq["id"]}).json()
    assert sorted(item["meta"]["locale"] for item in translations["items"]) == ["en", "ne"]
    assert ja_faq["meta"]["html_url"] == f"{settings.BASE_URL}/ja/faq/"


def test_unpublished_pages_are_not_served(client):
    from wagtail.models import Page

    about = Page.objects.get(locale__language_code="en", slug="about")
    about.unpublish()
    listing = client.get("/api/v3/pages/", {"locale": "en", "limit": 20}).json()
    assert about.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v3/pages/{about.pk}/").status_code == 404


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_faq_items_by_locale_with_labels_in_that_language(client, language):
    items = client.get("/api/content/faq/", {"locale": language}).json()
    assert len(items) == 11
    assert {item["locale"] for item in items} == {language}
    assert [item["order"] for item in items] == sorted(item["order"] for item in items)
    expected = {"ja": "サポート内容", "en": "The support", "ne": "सहयोगका बारेमा"}[language]
    assert items[0]["category_label"] == expected
    assert len(client.get("/api/content/faq/").json()) == 33


def test_materials_list_published_ones_without_exposing_gated_files(client):
    items = client.get("/api/content/materials/", {"locale": "en"}).json()
    assert len(items) == 1 and items[0]["request_required"] is True
    assert items[0]["download_url"] is None
    assert items[0]["request_page_url"] == f"{settings.BASE_URL}/en/request-materials/"
    Material.objects.filter(locale__language_code="en").update(live=False)
    assert client.get("/api/content/materials/", {"locale": "en"}).json() == []


def test_private_documents_never_appear(client):
    public = DocumentFactory(title="Leaflet")
    DocumentFactory(private=True)  # in the private collection: never listed
    listed = client.get("/api/content/documents/").json()
    assert [doc["id"] for doc in listed] == [public.pk]
    gated = Material.objects.get(locale__language_code="en").document
    assert client.get(f"/api/content/documents/{gated.pk}/").status_code == 404
    assert client.get(f"/api/content/documents/{public.pk}/").json()["title"] == "Leaflet"


@pytest.mark.parametrize(
    "url",
    [
        "/api/",
        "/api/nothing",
        "/api/v3/nothing/",
        "/api/content/nothing/",
        "/api/v3/pages/999999/",
        "/api/content/documents/999999/",
    ],
)
def test_errors_under_api_are_json_404s_never_redirects(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "json" in response["Content-Type"]
    assert response.json()


def test_bad_filters_answer_400_in_json(client):
    response = client.get("/api/content/faq/", {"locale": "fr"})
    assert response.status_code == 422
    assert "ja" in json.dumps(response.json()["detail"])  # names the allowed values


def test_public_reads_are_cacheable_and_revalidate(client):
    response = client.get("/api/content/faq/", {"locale": "en"})
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    etag = response["ETag"]
    again = client.get("/api/content/faq/", {"locale": "en"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""


def test_each_api_has_its_openapi_document(client):
    for url, title in (
        ("/api/v3/openapi.json", "Wagtail API"),
        ("/api/content/openapi.json", "OCP content API"),
    ):
        document = client.get(url).json()
        assert document["info"]["title"] == title
        assert document["paths"]
    content = client.get("/api/content/openapi.json").json()
    assert set(content["paths"]) >= {
        "/api/content/faq/",
        "/api/content/materials/",
        "/api/content/documents/",
        "/api/content/images/",
    }


@pytest.mark.parametrize("url", ["/api/v3/pages/", "/api/v3/images/", "/api/v3/documents/"])
def test_an_offset_beyond_the_database_answers_400_not_500(client, url):
    response = client.get(url, {"offset": "9" * 25})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("offset cannot be higher than")
    assert client.get(url, {"offset": str(2**63 - 1)}).json()["items"] == []
