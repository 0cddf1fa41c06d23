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
from django.core.management import call_command
from django.test import Client

from home.seed import load_site_content
from tests.support.servers import RunningSite, SiteTemplate, free_port, start_site


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
        # Loading queues hundreds of indexing tasks. Every test runs inside a rolled-back
        # transaction, so left in the queue they would run again in every test that runs
        # the worker; run them once here, as the worker of `make run` does.
        call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


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


@pytest.fixture(scope="session")
def site_server(running_site) -> str:
    """The address of the running site (see ``running_site``)."""
    return running_site.url


@pytest.fixture(scope="session")
def site_template():
    """The site's database built once (see ``tests.support.servers``), copied for each server."""
    template = SiteTemplate.build()
    yield template
    template.remove()


@pytest.fixture(scope="session")
def running_site(site_template) -> RunningSite:
    """The site served by gunicorn on a free loopback port, as in production: its own
    database (an SQLite file in WAL mode, or a PostgreSQL database when the suite runs
    on PostgreSQL) built by load_site_content, its own media folder."""
    static_origin = f"http://127.0.0.1:{free_port()}"
    site = start_site(
        site_template,
        "--workers",
        "2",
        INTAKE_RATE_LIMIT="200",  # the tests post from one address
        INTAKE_ALLOWED_ORIGINS=static_origin,
    )
    site.static_origin = static_origin
    yield site
    site.stop()


@pytest.fixture
def start_server(site_template):
    """Starts gunicorn on a fresh copy of the site (``start_site``'s arguments); every
    server started is stopped at the end of the test."""
    started = []

    def start(*args, **kwargs) -> RunningSite:
        site = start_site(site_template, *args, **kwargs)
        started.append(site)
        return site

    yield start
    for site in started:
        site.stop()


@pytest.fixture
def redis_url():
    """A Redis URL (``TEST_REDIS_URL``) with a key prefix of this test's own; its keys
    are deleted afterwards. No Redis: skipped here, a failure on CI."""
    import os
    import uuid

    import redis

    from tests.support.reachable import redis_error

    url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    error = redis_error(url)
    if error:
        if os.environ.get("CI") == "true":
            pytest.fail(error)
        pytest.skip(f"{error} (set TEST_REDIS_URL)")
    prefix = f"ocp-test-{uuid.uuid4().hex[:12]}"
    yield f"{url}?key_prefix={prefix}"
    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)
