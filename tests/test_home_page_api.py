"""The page API (Wagtail's v3, ``/api/v3/``) serves each page's whole content, typed."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from PIL import Image as PILImage
from wagtail.models import APIToken, Page

from faq.models import FAQItem
from home.models import HomePage, StandardPage
from programs.models import Material
from tests.support.factories import (
    DocumentFactory,
    ImageFactory,
    MaterialFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.django_db

PAGE_TYPES = {
    "home.HomePage": {"body", "seo", "social_image", "translations"},
    "home.StandardPage": {"intro", "body", "seo", "translations"},
    "programs.ProgramIndexPage": {"intro", "programs", "seo", "translations"},
    "programs.ProgramPage": {"intro", "body", "seo", "translations"},
    "programs.MaterialsPage": {"intro", "materials", "seo", "translations"},
    "faq.FAQIndexPage": {"intro", "faq_groups", "seo", "translations"},
    "inquiries.IntakeFormPage": {"intro", "thank_you_text", "form", "seo", "translations"},
}


def detail(client, page: Page, **params) -> dict:
    response = client.get(f"/api/v3/pages/{page.pk}/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("page_type", list(PAGE_TYPES))
def test_each_page_type_is_described_by_its_schema_and_served_whole(client, editor, page_type):
    _token, key = APIToken.create_token(user=editor, name="front end")
    schema = client.get(f"/api/v3/schema/{page_type}/", HTTP_AUTHORIZATION=f"Bearer {key}").json()[
        "read"
    ]
    assert set(schema["properties"]) >= PAGE_TYPES[page_type]
    listed = client.get("/api/v3/pages/", {"type": page_type, "limit": 20}).json()["items"]
    assert {item["meta"]["locale"] for item in listed} == {"ja", "en", "ne"}
    for item in listed:
        page = detail(client, Page.objects.get(pk=item["id"]))
        assert set(page) >= PAGE_TYPES[page_type]
        assert "linktype" not in json.dumps(page)  # no stored-form links anywhere


def test_the_openapi_document_names_every_block_and_field(client):
    document = client.get("/api/v3/openapi.json").json()
    schemas = document["components"]["schemas"]
    assert {"HomeHeroBlock", "HomeFaqTeaserBlock", "ProgramActivityTypesBlock"} <= set(schemas)
    assert {"PageTranslation", "PageSEO", "ImageRendition", "MaterialItemOut"} <= set(schemas)
    hero = schemas["HomeHeroBlock"]["properties"]
    assert hero["type"]["const"] == "hero" and set(hero) == {"type", "value", "id"}


def test_stream_blocks_are_typed_values_with_ids(client):
    home = HomePage.objects.get(locale__language_code="en")
    body = detail(client, home)["body"]
    assert [block["type"] for block in body][:3] == ["hero", "flow", "audiences"]
    assert all(block["id"] for block in body)
    hero = body[0]["value"]
    assert hero["headline"].startswith("An environment where foreign employees")
    assert [button["page"]["url"] for button in hero["buttons"]] == [
        "/en/request-materials/",
        "/en/programs/ocp/",
    ]
    steps = body[1]["value"]["steps"]
    assert [step["icon"] for step in steps][:2] == ["consult", "calendar"]
    teaser = next(block["value"] for block in body if block["type"] == "faq_teaser")
    questions = list(FAQItem.objects.for_locale(home.locale).values_list("question", flat=True))
    assert [item["question"] for item in teaser["items"]] == questions[: teaser["count"]]
    assert teaser["page"]["url"] == "/en/faq/"  # the FAQ page in the page's language
    cta = next(block["value"] for block in body if block["type"] == "cta")
    assert all(button["page"]["url"].startswith("/en/") for button in cta["buttons"])


def test_rich_text_links_are_public_urls_and_gated_documents_lose_theirs(client):
    faq = Page.objects.get(locale__language_code="en", slug="faq")
    gated = MaterialFactory(language="en").document
    public = DocumentFactory(title="Open leaflet")
    text = (
        f'<p>See <a linktype="page" id="{faq.pk}">the questions</a>, '
        f'<a linktype="document" id="{public.pk}">the leaflet</a> and '
        f'<a linktype="document" id="{gated.pk}">the brochure</a>.</p>'
    )
    page = StandardPageFactory(
        language="en",
        body=[("section", {"heading": "Links", "body": text})],
    )
    html = detail(client, page)["body"][0]["value"]["body"]
    assert '<a href="/en/faq/">the questions</a>' in html
    assert f'href="{public.url}"' in html
    assert gated.url not in html and "the brochure" in html
    assert "linktype" not in html


def test_materials_resolve_to_their_items_and_gated_files_have_no_url(client):
    materials_page = Page.objects.get(locale__language_code="en", slug="materials")
    open_one = MaterialFactory(language="en", public=True, title="Open brochure")
    private_file = MaterialFactory(
        language="en",
        request_required=False,
        title="Private file",
        document=DocumentFactory(private=True),
    )
    materials = detail(client, materials_page)["materials"]
    by_title = {item["title"]: item for item in materials["items"]}
    assert by_title["Open brochure"]["download_url"] == open_one.document.url
    assert by_title["Private file"]["download_url"] is None  # its collection gates it
    seeded = Material.objects.filter(locale__language_code="en", request_required=True).first()
    assert by_title[seeded.title]["download_url"] is None
    assert materials["request_page"]["url"] == "/en/request-materials/"
    assert private_file.document.url not in json.dumps(materials)


def test_images_are_renditions_with_size_and_alt_text(client):
    buffer = io.BytesIO()
    PILImage.new("RGB", (1600, 900), "white").save(buffer, "PNG")
    image = ImageFactory(
        title="Volunteers",
        description="Two volunteers at a table",
        file=ContentFile(buffer.getvalue(), name="volunteers.png"),
    )
    page = StandardPage.objects.get(locale__language_code="ne", slug="about")
    page.social_image = image
    page.save_revision().publish()
    social = detail(client, page)["social_image"]
    assert (social["width"], social["height"]) == (1200, 630)
    assert social["alt"] == "Two volunteers at a table"
    assert client.get(social["url"]).status_code == 200


def test_seo_and_translations_build_a_language_switcher(client):
    about = StandardPage.objects.get(locale__language_code="ja", slug="about")
    about.seo_title = "JIIについて（検索用）"
    about.save_revision().publish()
    page = detail(client, about)
    assert page["seo"] == {
        "title": "JIIについて（検索用）",
        "description": about.search_description,
    }
    assert [(t["locale"], t["url"]) for t in page["translations"]] == [
        ("ja", "/ja/about/"),
        ("en", "/en/about/"),
        ("ne", "/ne/about/"),
    ]
    english = Page.objects.get(locale__language_code="en", slug="about")
    english.unpublish()
    assert [t["locale"] for t in detail(client, about)["translations"]] == ["ja", "ne"]


def test_faq_page_and_intake_pages_carry_their_items_and_form(client):
    faq = Page.objects.get(locale__language_code="ne", slug="faq")
    groups = detail(client, faq)["faq_groups"]
    assert sum(len(group["items"]) for group in groups) == 11
    assert groups[0]["label"] == "सहयोगका बारेमा"
    contact = Page.objects.get(locale__language_code="en", slug="contact")
    page = detail(client, contact)
    assert page["form"]["api_url"] == f"/api/intake/{page['form']['name']}/"
    assert page["form"]["thank_you_url"] == "/en/contact/thanks/"
    assert client.get(page["form"]["api_url"], HTTP_ACCEPT_LANGUAGE="en").status_code == 200
    assert page["thank_you_text"]
