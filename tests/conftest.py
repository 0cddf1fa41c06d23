"""Shared fixtures: the site's content is loaded once per test database.

Every test runs inside a transaction that is rolled back, so tests may change the
content freely and the next one still sees the site exactly as ``load_site_content``
builds it.
"""

from __future__ import annotations

import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from home.seed import load_site_content


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    settings.MEDIA_ROOT = media
    yield media
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, _media_root):
    with django_db_blocker.unblock():
        load_site_content()


@pytest.fixture
def editor(db, django_user_model):
    """A member of Wagtail's Editors group: edits pages and snippets, not users."""
    user = django_user_model.objects.create_user(
        username="editor", email="editor@example.com", password="not-a-real-password-1"
    )
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def live_pages(db):
    """Every live page of the site, in every language, with its URL."""
    from wagtail.models import Page

    return [
        page.specific for page in Page.objects.live().filter(depth__gte=2).select_related("locale")
    ]
