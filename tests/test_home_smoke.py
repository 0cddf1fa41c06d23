"""After load_site_content every page answers in every language, public and admin."""

import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db

EXPECTED_PATHS = [
    "",
    "programs/",
    "programs/ocp/",
    "programs/ofp/",
    "faq/",
    "materials/",
    "contact/",
    "request-materials/",
    "onboarding/",
    "register/",
    "privacy/",
    "about/",
    "terms/",
]


def test_every_page_exists_in_every_language_at_the_same_path(client):
    for code, _name in settings.LANGUAGES:
        for path in EXPECTED_PATHS:
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200, f"/{code}/{path}"
            assert response["Content-Language"] == code


def test_every_live_page_answers_200_with_its_title(client, live_pages):
    assert len(live_pages) == len(EXPECTED_PATHS) * len(settings.LANGUAGES)
    for page in live_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode(), page.url


def test_every_page_edit_view_opens_for_an_editor(editor_client):
    pages = Page.objects.filter(depth__gte=2)
    assert pages.count() == len(EXPECTED_PATHS) * len(settings.LANGUAGES)
    for page in pages:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, (page.url_path, page.locale)


def test_snippet_edit_views_open_for_an_editor(editor_client):
    from faq.models import FAQItem
    from home.models import SiteSettings
    from programs.models import Material

    for model in (FAQItem, Material, SiteSettings):
        objects = model.objects.all()
        assert objects.exists()
        for obj in objects:
            url = f"/admin/snippets/{model._meta.app_label}/{model._meta.model_name}/edit/{obj.pk}/"
            assert editor_client.get(url).status_code == 200, url
