"""Shared fixtures: the site's content is loaded once per test database.

Every test runs inside a transaction that is rolled back, so tests may change the
content freely and the next one still sees the site exactly as ``load_site_content``
builds it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client

from home.seed import load_site_content

ROOT = Path(__file__).resolve().parent.parent


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class RunningSite:
    url: str
    database: Path
    env: dict
    static_origin: str  # where a static export of it may be served (an allowed origin)

    def manage(self, *args: str) -> str:
        """Runs a management command against the running site's database."""
        result = subprocess.run(  # noqa: S603
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result.stdout


@pytest.fixture(scope="session")
def site_server(running_site) -> str:
    """The address of the running site (see ``running_site``)."""
    return running_site.url


@pytest.fixture(scope="session")
def running_site():
    """The site served by gunicorn on a free loopback port, as in production: its own
    SQLite database (WAL) built by load_site_content, its own media folder."""
    workdir = Path(tempfile.mkdtemp(prefix="ocp-browser-"))
    static_origin = f"http://127.0.0.1:{_free_port()}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "ocp.settings.test",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "INTAKE_RATE_LIMIT": "200",  # the tests post from one address
        "INTAKE_ALLOWED_ORIGINS": static_origin,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--no-input", "-v0"], ["load_site_content"]):
        subprocess.run(
            manage + command,
            env=env,
            cwd=ROOT,
            check=True,  # noqa: S603
            capture_output=True,
            timeout=300,
        )
    port = _free_port()
    log = (workdir / "gunicorn.log").open("w")
    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "ocp.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--no-control-socket",
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base_url + "/robots.txt", timeout=2)  # noqa: S310
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError((workdir / "gunicorn.log").read_text()) from None
            time.sleep(0.2)
    yield RunningSite(base_url, workdir / "db.sqlite3", env, static_origin)
    server.terminate()
    server.wait(timeout=10)
    log.close()
    shutil.rmtree(workdir, ignore_errors=True)
