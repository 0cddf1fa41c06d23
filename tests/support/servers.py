"""Real server processes for the tests: gunicorn serving the site, and its database.

The site's database is built once per test run (migrate, ``load_site_content`` and its
indexing tasks, the slow part) as a template that every xdist worker shares; each
worker's test database and each server gets a copy of its own (an SQLite backup, or
``CREATE DATABASE … TEMPLATE`` on PostgreSQL), so a test can start a server with its
own settings, break it, and throw it away in a second. The engine is the one the
suite runs on: SQLite by default, PostgreSQL when ``DATABASE_URL`` points there.
"""

from __future__ import annotations

import fcntl
import http.client
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def on_postgresql() -> bool:
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def query_database(url: str, sql: str, *params) -> list[tuple]:
    """Rows of ``sql`` (``%s`` placeholders), over a connection of the caller's own."""
    if url.startswith("sqlite:///"):
        with closing(sqlite3.connect(url.removeprefix("sqlite:///"), timeout=30)) as db, db:
            cursor = db.execute(sql.replace("%s", "?"), params)
            return cursor.fetchall() if cursor.description else []
    import psycopg

    with psycopg.connect(url, autocommit=True) as db:
        cursor = db.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


class PostgresServer:
    """The PostgreSQL server the suite runs on, for creating and dropping databases."""

    def __init__(self):
        db = settings.DATABASES["default"]
        self.host = db["HOST"] or "127.0.0.1"
        self.port = int(db["PORT"] or 5432)
        self.user = db["USER"]
        self.password = db["PASSWORD"]
        name = db["NAME"]
        self.prefix = name if name.startswith("test_") else f"test_{name}"

    def execute(self, statement) -> None:
        import psycopg

        with psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname="postgres",
            autocommit=True,
        ) as connection:
            connection.execute(statement)

    def create(self, name: str, template: str | None = None) -> None:
        from psycopg import sql

        self.drop(name)
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if template:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        self.execute(statement)

    def drop(self, name: str) -> None:
        from psycopg import sql

        self.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def url(self, name: str, port: int | None = None) -> str:
        auth = self.user + (f":{quote(self.password)}" if self.password else "")
        return f"postgres://{auth}@{self.host}:{port or self.port}/{name}"


def base_env(**extra: str) -> dict:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "ocp.settings.test", **extra}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


def manage(env: dict, *args: str, timeout: int = 300) -> str:
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    return result.stdout


def database_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


@dataclass
class SiteTemplate:
    """The site's database and media as ``make run`` leaves them once the content is
    loaded: migrated, ``load_site_content`` run, and its indexing tasks done."""

    workdir: Path
    database_url: str
    postgres: PostgresServer | None

    @classmethod
    def build(cls, workdir: Path) -> SiteTemplate:
        workdir.mkdir(parents=True, exist_ok=True)
        postgres = PostgresServer() if on_postgresql() else None
        if postgres:
            postgres.create(f"{postgres.prefix}_template")
            url = postgres.url(f"{postgres.prefix}_template")
        else:
            url = f"sqlite:///{workdir / 'db.sqlite3'}"
        env = base_env(DATABASE_URL=url, MEDIA_ROOT=str(workdir / "media"))
        manage(env, "migrate", "--no-input", "-v0", timeout=900)
        manage(env, "load_site_content", timeout=900)
        # The indexing tasks the loading queues, run as the worker of `make run` runs
        # them, so neither the tests nor the servers' workers start with a backlog.
        manage(env, "db_worker", "--batch", "--no-startup-delay", "-v0", timeout=900)
        return cls(workdir, url, postgres)

    @classmethod
    def shared(cls, folder: Path) -> SiteTemplate:
        """The template of this test run, in ``folder`` (a folder of the run's own, which
        every xdist worker of the run sees): built by the first process to ask, under a
        lock the others wait on, then used by all of them."""
        folder.mkdir(parents=True, exist_ok=True)
        built = folder / "template.json"
        with (folder / "template.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not built.exists():
                cache = os.environ.get("TEST_TEMPLATE_CACHE")
                if cache:
                    template = cls.from_cache(Path(cache), folder / "template")
                else:
                    template = cls.build(folder / "template")
                built.write_text(json.dumps({"url": template.database_url}))
            return cls(
                folder / "template",
                json.loads(built.read_text())["url"],
                PostgresServer() if on_postgresql() else None,
            )

    @classmethod
    def from_cache(cls, cache: Path, workdir: Path) -> SiteTemplate:
        """The template copied from one kept in ``cache`` (``TEST_TEMPLATE_CACHE``), built
        there first if none is. ``make test`` builds both engines' templates at once in a
        folder of the run's own before its two runs; a developer may keep a folder between
        runs, where a template is rebuilt when a file ``template_key`` reads changes."""
        postgres = PostgresServer() if on_postgresql() else None
        kept, kept_db = cls.keep(cache)
        workdir.mkdir(parents=True, exist_ok=True)
        if (kept / "media").exists():
            shutil.copytree(kept / "media", workdir / "media", dirs_exist_ok=True)
        if postgres:
            postgres.create(f"{postgres.prefix}_template", template=kept_db)
            url = postgres.url(f"{postgres.prefix}_template")
        else:
            sqlite_copy(kept / "db.sqlite3", workdir / "db.sqlite3")
            url = f"sqlite:///{workdir / 'db.sqlite3'}"
        return cls(workdir, url, postgres)

    @classmethod
    def keep(cls, cache: Path) -> tuple[Path, str]:
        """Builds the template for this engine in ``cache`` unless it is there: its folder,
        and on PostgreSQL the database kept (named after the folder, so two caches never
        share one)."""
        import hashlib

        kept = cache.resolve() / template_key()
        postgres = PostgresServer() if on_postgresql() else None
        kept_db = "test_kept_" + hashlib.sha256(str(kept).encode()).hexdigest()[:12]
        ready = kept / ("postgres.ready" if postgres else "sqlite.ready")
        kept.mkdir(parents=True, exist_ok=True)
        # One lock per engine: make test builds SQLite's and PostgreSQL's at once.
        with (kept / f"{ready.stem}.lock").open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if not ready.exists():
                build = kept / ("build-postgres" if postgres else "build-sqlite")
                fresh = cls.build(build)
                if postgres:
                    postgres.create(kept_db, template=database_name(fresh.database_url))
                    postgres.drop(database_name(fresh.database_url))
                else:
                    sqlite_copy(build / "db.sqlite3", kept / "db.sqlite3")
                with (kept / "media.lock").open("w") as media_lock:
                    fcntl.flock(media_lock, fcntl.LOCK_EX)
                    if (build / "media").exists():
                        shutil.copytree(build / "media", kept / "media", dirs_exist_ok=True)
                shutil.rmtree(build, ignore_errors=True)
                ready.write_text(kept_db if postgres else "")
        return kept, kept_db

    @staticmethod
    def drop_cache(cache: Path) -> None:
        """Removes a cache folder and the PostgreSQL databases kept for it."""
        for ready in cache.glob("*/postgres.ready"):
            PostgresServer().drop(ready.read_text().strip())
        shutil.rmtree(cache, ignore_errors=True)

    @staticmethod
    def remove_shared(folder: Path) -> None:
        """Drops the run's template (see ``shared``), if one was built."""
        built = folder / "template.json"
        if built.exists():
            url = json.loads(built.read_text())["url"]
            if not url.startswith("sqlite:"):
                PostgresServer().drop(database_name(url))
            built.unlink()
        shutil.rmtree(folder / "template", ignore_errors=True)

    def copy_media(self, media: Path) -> None:
        if (self.workdir / "media").exists():
            shutil.copytree(self.workdir / "media", media, dirs_exist_ok=True)

    def copy(self, workdir: Path) -> tuple[str, callable]:
        """A copy of the database and media for one server: ``(database_url, drop)``."""
        self.copy_media(workdir / "media")
        if self.postgres:
            name = f"{self.postgres.prefix}_{uuid.uuid4().hex[:8]}"
            self.postgres.create(name, template=database_name(self.database_url))
            return self.postgres.url(name), lambda: self.postgres.drop(name)
        target = workdir / "db.sqlite3"
        with closing(sqlite3.connect(target)) as copy:
            self.copy_sqlite_into(copy)
        return f"sqlite:///{target}", lambda: None

    def copy_sqlite_into(self, target: sqlite3.Connection) -> None:
        """Overwrites the SQLite database open on ``target`` with the template's."""
        source = self.database_url.removeprefix("sqlite:///")
        with closing(sqlite3.connect(source)) as template:
            template.backup(target)


def sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database, its write-ahead log included."""
    with closing(sqlite3.connect(source)) as db, closing(sqlite3.connect(target)) as copy:
        db.backup(copy)


def template_key() -> str:
    """What the site template is built from: every migration, the content and its loader,
    and the models, blocks and signals that loading (and wagtail-localize's translation
    of the blocks) runs through."""
    import hashlib

    digest = hashlib.sha256()
    sources = [
        *ROOT.glob("*/migrations/*.py"),
        *ROOT.glob("*/models.py"),
        *ROOT.glob("*/blocks.py"),
        *ROOT.glob("*/signals.py"),
        ROOT / "home" / "base.py",
        ROOT / "home" / "localization.py",
        *ROOT.glob("home/content/**/*.py"),
        ROOT / "home" / "seed.py",
        ROOT / "home" / "management" / "commands" / "load_site_content.py",
    ]
    for source in sorted(sources):
        digest.update(str(source.relative_to(ROOT)).encode())
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class RunningSite:
    """gunicorn serving a copy of the site on a free loopback port."""

    url: str
    database_url: str
    env: dict
    workdir: Path
    process: subprocess.Popen
    _drop: callable = field(repr=False)
    static_origin: str = ""  # where a static export of it may be served (an allowed origin)

    def manage(self, *args: str) -> str:
        """Runs a management command against the running site's database."""
        return manage(self.env, *args, timeout=120)

    def query(self, sql: str, *params) -> list[tuple]:
        """Rows of ``sql`` (``%s`` placeholders) read from the running site's database,
        over a connection of the test's own, as an operator would look."""
        return query_database(self.database_url, sql, *params)

    def count(self, table: str, where: str = "TRUE", *params) -> int:
        where = where.replace("TRUE", "1=1")
        return self.query(f"SELECT COUNT(*) FROM {table} WHERE {where}", *params)[0][0]  # noqa: S608

    @property
    def log(self) -> str:
        return (self.workdir / "gunicorn.log").read_text()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._drop()
        shutil.rmtree(self.workdir, ignore_errors=True)


def start_site(
    template: SiteTemplate, *gunicorn_args: str, database_via=None, **env: str
) -> RunningSite:
    """gunicorn (``gunicorn_args``, e.g. ``--workers 2``) on a copy of the template,
    once it answers. ``database_via`` turns the copy's URL into the one the server
    uses (through a proxy, with a shorter timeout); ``env`` adds settings."""
    workdir = Path(tempfile.mkdtemp(prefix="ocp-site-"))
    copy_url, drop = template.copy(workdir)
    served_url = database_via(copy_url) if database_via else copy_url
    environment = base_env(DATABASE_URL=served_url, MEDIA_ROOT=str(workdir / "media"), **env)
    port = free_port()
    with (workdir / "gunicorn.log").open("w") as log:
        process = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "-m",
                "gunicorn",
                "ocp.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--no-control-socket",
                # The app is imported once and the workers forked from it: each extra
                # worker costs a fork, not another three CPU-seconds of Django start-up.
                "--preload",
                *gunicorn_args,
            ],
            env=environment,
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    site = RunningSite(f"http://127.0.0.1:{port}", copy_url, environment, workdir, process, drop)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(site.url + "/robots.txt", timeout=2)  # noqa: S310
            return site
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                log_text = site.log
                site.stop()
                raise RuntimeError(log_text) from None
            time.sleep(0.2)


def get_json(url: str, timeout: float = 30) -> dict:
    with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - loopback
        return json.load(response)


def api_token(base: str, form: str = "inquiry") -> str:
    """A fresh one-time form token from the intake API."""
    fields = get_json(f"{base}/api/intake/{form}/?locale=en")["fields"]
    return next(field["value"] for field in fields if field["name"] == "form_token")


def post_json(
    base: str, form: str, body: dict, timeout: float = 30, **headers: str
) -> tuple[int, dict]:
    """POSTs ``body`` to the intake API: ``(status, answer)``; errors are answers too."""
    request = urllib.request.Request(  # noqa: S310 - loopback only
        f"{base}/api/intake/{form}/",
        data=json.dumps(body).encode(),
        method="POST",
        headers={"Content-Type": "application/json", **headers},
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        content = error.read()
        try:
            return error.code, json.loads(content)
        except ValueError:
            return error.code, {"body": content.decode(errors="replace")}


def redis_keys(url: str) -> list[str]:
    """The keys under the URL's key prefix (see ``redis_url``)."""
    import redis

    base, _, prefix = url.partition("?key_prefix=")
    return [key.decode() for key in redis.Redis.from_url(base).scan_iter(f"{prefix}:*")]


def raw_request(
    base: str, method: str, target: bytes | str, body: bytes = b"", headers: dict | None = None
) -> tuple[int, http.client.HTTPMessage, bytes]:
    """Sends exactly these bytes as one HTTP/1.1 request: ``(status, headers, body)``.

    Unlike urllib, nothing is encoded or checked on the way, so invalid UTF-8 and
    encoded lone surrogates really reach the server, as an attacker would send them.
    Header names and values may be str (Latin-1) or bytes.
    """
    from urllib.parse import urlsplit

    address = urlsplit(base)
    as_bytes = lambda v: v if isinstance(v, bytes) else str(v).encode("latin-1")  # noqa: E731
    lines = [
        as_bytes(method) + b" " + as_bytes(target) + b" HTTP/1.1",
        b"Host: " + as_bytes(address.netloc),
    ]
    for name, value in {**(headers or {}), "Content-Length": str(len(body))}.items():
        lines.append(as_bytes(name) + b": " + as_bytes(value))
    lines += [b"Connection: close", b"", b""]
    with socket.create_connection((address.hostname, address.port), timeout=60) as sock:
        sock.sendall(b"\r\n".join(lines) + body)
        response = http.client.HTTPResponse(sock, method=method)
        response.begin()
        return response.status, response.headers, response.read()
