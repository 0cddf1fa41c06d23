"""Editors: block previews, page previews, and the translation workflow in the admin."""

from urllib.parse import urlencode

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.blocks import Block
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization, StringSegment, Translation

from home.blocks import StandardStreamBlock
from home.models import HomePage, HomeStreamBlock, StandardPage
from programs.blocks import ProgramStreamBlock
from tests.support.factories import StandardPageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(db) -> Client:
    """A member of Wagtail's Moderators group, who may publish."""
    client = Client()
    client.force_login(UserFactory(username="moderator", moderator=True))
    return client


def all_block_types():
    seen = {}
    for stream in (HomeStreamBlock(), ProgramStreamBlock(), StandardStreamBlock()):
        for name, block in stream.child_blocks.items():
            seen.setdefault(type(block), (name, block))
    return list(seen.values())


def test_every_block_has_a_full_meta():
    for name, block in all_block_types():
        meta = block.meta
        assert meta.icon and meta.icon != "placeholder", name
        assert meta.template and meta.template.startswith("blocks/"), name
        assert meta.description, name
        assert getattr(meta, "preview_value", None), name


def test_every_block_preview_renders_its_sample_with_the_site_stylesheet(editor_client):
    for name, block in all_block_types():
        assert block.definition_prefix in Block.definition_registry
        response = editor_client.get("/admin/block-preview/", {"id": block.definition_prefix})
        assert response.status_code == 200, name
        html = response.content.decode()
        assert "css/site" in html, name
        sample = block.get_preview_value()
        heading = sample.get("heading") or sample.get("headline") or sample.get("caption")
        assert heading in html, name


def test_page_preview_shows_unsaved_changes(moderator_client):
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    edit_url = f"/admin/pages/{page.pk}/edit/preview/"
    data = {
        "title": "A title only the preview has",
        "slug": "about",
        "intro": "Preview intro",
        "body-count": "0",
    }
    response = moderator_client.post(edit_url, data)
    assert response.status_code == 200
    assert response.json()["is_valid"] is True
    response = moderator_client.get(edit_url)
    assert response.status_code == 200
    assert "A title only the preview has" in response.content.decode()
    page.refresh_from_db()
    assert page.title != "A title only the preview has"


def test_new_japanese_page_is_synchronised_into_english_and_nepali(moderator_client):
    ja_home = HomePage.objects.get(locale__language_code="ja")
    response = moderator_client.post(
        f"/admin/pages/add/home/standardpage/{ja_home.pk}/",
        {
            "title": "お知らせ",
            "slug": "news",
            "intro": "新しいお知らせです。",
            "body-count": "0",
            "action-publish": "publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(locale__language_code="ja", slug="news")
    assert page.live
    copies = Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk)
    assert sorted(c.locale.language_code for c in copies) == ["en", "ne"]
    assert all(copy.alias_of_id == page.pk for copy in copies)
    assert {copy.url for copy in copies} == {"/en/news/", "/ne/news/"}


def test_editor_translates_a_new_page_from_the_admin(
    moderator_client, client, django_capture_on_commit_callbacks
):
    LocaleSynchronization.objects.all().delete()  # translate by hand, not by sync
    ja_home = HomePage.objects.get(locale__language_code="ja")
    page = StandardPageFactory(
        parent=ja_home, title="お知らせ", slug="news", intro="新しいお知らせです。"
    )
    english = Locale.objects.get(language_code="en")

    response = moderator_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [english.pk]},
    )
    assert response.status_code == 302
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=english
    )
    en_page = page.get_translation(english)
    assert moderator_client.get(f"/admin/pages/{en_page.pk}/edit/").status_code == 200

    translations = {"お知らせ": "News", "新しいお知らせです。": "Here is some news."}
    segments = StringSegment.objects.filter(source=translation.source).select_related("string")
    assert {segment.string.data for segment in segments} == set(translations)
    for segment in segments:
        response = moderator_client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": translations[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201)

    # wagtail-localize publishes when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = moderator_client.post(f"/admin/pages/{en_page.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    en_page.refresh_from_db()
    assert en_page.live and en_page.title == "News" and en_page.slug == "news"
    html = client.get("/en/news/").content.decode()
    assert "Here is some news." in html


@pytest.mark.parametrize(("preferred", "expected"), [("", "ダッシュボード"), ("en", "Dashboard")])
def test_admin_speaks_japanese_by_default_and_english_on_request(editor, preferred, expected):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = preferred
    profile.save()
    client = Client()
    client.force_login(editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert expected in response.content.decode()
