"""Shared fixtures: the site's database is built once per test run and copied.

The first process of a run to need a database builds the site's template (migrations,
``load_site_content``, its indexing tasks: ``tests.support.servers.SiteTemplate``);
every xdist worker's test database and every server the tests start is a copy of it.
Every test runs inside a transaction that is rolled back, so tests may change the
content freely and the next one still sees the site exactly as ``load_site_content``
builds it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.utils import translation

from tests.support.factories import UserFactory
from tests.support.servers import (
    PostgresServer,
    RunningSite,
    SiteTemplate,
    database_name,
    free_port,
    start_site,
)

TEMPLATE_FOLDER = pytest.StashKey[Path]()


def pytest_configure(config):
    """The run's folder for the site template: made by the controlling process, handed
    to each xdist worker (``pytest_configure_node``), removed when the run ends."""
    worker = getattr(config, "workerinput", None)
    if worker:
        config.stash[TEMPLATE_FOLDER] = Path(worker["ocp_template_folder"])
    else:
        config.stash[TEMPLATE_FOLDER] = Path(tempfile.mkdtemp(prefix="ocp-run-"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    node.workerinput["ocp_template_folder"] = str(node.config.stash[TEMPLATE_FOLDER])


def pytest_unconfigure(config):
    if not hasattr(config, "workerinput") and TEMPLATE_FOLDER in config.stash:
        SiteTemplate.remove_shared(config.stash[TEMPLATE_FOLDER])
        shutil.rmtree(config.stash[TEMPLATE_FOLDER], ignore_errors=True)


# Modules whose tests wait on real processes (browsers, servers, workers, exports):
# started first, so the run's last minutes are short tests both workers share, not one
# worker finishing a half-minute test while the other idles.
SLOW_FIRST = (
    "tests/test_site_faults.py",
    "tests/browser/",
    "tests/test_inquiries_static_post.py",
    "tests/test_static_site.py",
    "tests/test_home_admin_search.py",
    "tests/test_site_fuzz.py",
)


# Set by make test for its PostgreSQL run (tests/support/make_test.sh): the tests marked
# engine_neutral (every browser test, and those of files, headers, processes and settings
# whose subject is not the database) ran in the SQLite run beside it. A PostgreSQL run
# started by hand runs every test.
ENGINE_NEUTRAL_RAN_ELSEWHERE = "TEST_ENGINE_NEUTRAL_ELSEWHERE"


def engine_neutral(item) -> bool:
    return bool(item.get_closest_marker("engine_neutral") or item.get_closest_marker("browser"))


def pytest_collection_modifyitems(config, items):
    if os.environ.get(ENGINE_NEUTRAL_RAN_ELSEWHERE) == "1":
        elsewhere = [item for item in items if engine_neutral(item)]
        if elsewhere:
            config.hook.pytest_deselected(items=elsewhere)
            items[:] = [item for item in items if not engine_neutral(item)]
    for item in items:
        mark = item.get_closest_marker("django_db")
        if mark and mark.kwargs.get("transaction") and not mark.kwargs.get("available_apps"):
            # Its teardown would empty every table, the site's content with them, for
            # every later test on the same worker (see test_participants_pairs_concurrency).
            raise pytest.UsageError(
                f"{item.nodeid}: a transactional test must name its available_apps"
            )

    def rank(item) -> int:
        path = item.nodeid.split("::")[0]
        return next(
            (n for n, prefix in enumerate(SLOW_FIRST) if path.startswith(prefix)),
            len(SLOW_FIRST),
        )

    items.sort(key=rank)


# Seconds spent per test module (setup, call and teardown, summed over the workers),
# printed at the end of the run: where the suite's time goes, to keep it short.
MODULE_SECONDS: dict[str, float] = {}


def pytest_runtest_logreport(report):
    module = report.nodeid.split("::")[0]
    MODULE_SECONDS[module] = MODULE_SECONDS.get(module, 0.0) + report.duration


def pytest_terminal_summary(terminalreporter):
    if not MODULE_SECONDS or hasattr(terminalreporter.config, "workerinput"):
        return
    total = sum(MODULE_SECONDS.values())
    terminalreporter.section("test seconds per module (summed over workers)")
    for module, seconds in sorted(MODULE_SECONDS.items(), key=lambda kv: -kv[1])[:20]:
        terminalreporter.write_line(f"{seconds:8.1f} s {seconds / total:6.1%}  {module}")
    terminalreporter.write_line(f"{total:8.1f} s in all, {len(MODULE_SECONDS)} modules")
    every = os.environ.get("TEST_MODULE_SECONDS_FILE")
    if every:  # every module's figure, for a closer look at where the time goes
        Path(every).write_text(json.dumps(MODULE_SECONDS, indent=1, sort_keys=True))


@pytest.fixture(autouse=True)
def _site_language():
    """Each test starts in the site's default language: a request through the test
    client leaves its language active in the thread (LocaleMiddleware activates it and
    nothing deactivates it), which would make the next test's text depend on the order."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(scope="session", autouse=True)
def _media_root(tmp_path_factory):
    media = tmp_path_factory.mktemp("media")
    settings.MEDIA_ROOT = media
    yield media
    shutil.rmtree(media, ignore_errors=True)


@pytest.fixture(scope="session")
def site_template(request) -> SiteTemplate:
    """The site's database and media built once for the run (see ``tests.support.servers``),
    copied for each test database and each server."""
    return SiteTemplate.shared(request.config.stash[TEMPLATE_FOLDER])


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment,
    django_db_modify_db_settings,
    django_db_blocker,
    site_template,
    _media_root,
):
    """This process's test database (pytest-django's name for it, e.g. ``test_x_gw0``): a
    copy of the site template, in memory on SQLite as Django makes it, a database made
    from the template on PostgreSQL. Replaces pytest-django's, which would migrate again."""
    site_template.copy_media(_media_root)
    connection = connections["default"]
    old_name = connection.settings_dict["NAME"]
    test_name = connection.creation._get_test_db_name()
    with django_db_blocker.unblock():
        connection.close()
        if site_template.postgres:
            PostgresServer().create(test_name, template=database_name(site_template.database_url))
        settings.DATABASES["default"]["NAME"] = test_name
        connection.settings_dict["NAME"] = test_name
        connection.ensure_connection()
        if not site_template.postgres:
            site_template.copy_sqlite_into(connection.connection)
        call_command("createcachetable", database="default")
    yield
    with django_db_blocker.unblock():
        if site_template.postgres:
            # A test's thread may still hold a connection: drop the copy regardless.
            connections.close_all()
            PostgresServer().drop(test_name)
            settings.DATABASES["default"]["NAME"] = old_name
            connection.settings_dict["NAME"] = old_name
        else:
            connection.creation.destroy_test_db(old_name, verbosity=0)


@pytest.fixture
def editor(db):
    """A member of Wagtail's Editors group: edits pages and snippets, not users."""
    return UserFactory(username="editor", email="editor@example.com", editor=True)


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
