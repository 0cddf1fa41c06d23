"""Settings come from the environment through one typed helper, and fail clearly."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from ocp.config import (
    cache_config,
    database_config,
    email_config,
    env_bool,
    env_list,
    frontend_cache_config,
)

pytestmark = pytest.mark.engine_neutral

ROOT = Path(__file__).resolve().parent.parent


def run_python(code: str, **env) -> subprocess.CompletedProcess:
    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    environment.update(env)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_python(
        "import django; django.setup()",
        DJANGO_SETTINGS_MODULE="ocp.settings.production",
        ALLOWED_HOSTS="example.org",
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_starts_with_its_variables():
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.DEBUG, settings.ALLOWED_HOSTS, settings.SESSION_COOKIE_SECURE)",
        DJANGO_SETTINGS_MODULE="ocp.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="ocp.example.org,www.ocp.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False ['ocp.example.org', 'www.ocp.example.org'] True"


def test_sqlite_default_uses_wal_and_a_busy_timeout(tmp_path):
    config = database_config(None, tmp_path)
    assert config["NAME"] == str(tmp_path / "db.sqlite3")
    assert config["OPTIONS"]["timeout"] == 20
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    result = run_python(
        "import django; django.setup(); from django.db import connection; "
        "c = connection.cursor(); c.execute('PRAGMA journal_mode'); print(c.fetchone()[0])",
        DJANGO_SETTINGS_MODULE="ocp.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'x.sqlite3'}",
    )
    assert result.stdout.strip() == "wal", result.stderr


def test_sqlite_busy_timeout_can_be_set_in_the_url(tmp_path):
    config = database_config(f"sqlite:///{tmp_path / 'x.sqlite3'}?timeout=2", tmp_path)
    assert config["OPTIONS"]["timeout"] == 2
    assert config["OPTIONS"]["transaction_mode"] == "IMMEDIATE"


def test_cache_url_selects_redis_or_a_memory_cache_per_process():
    redis = cache_config("redis://:secret@cache.example:6380/3?key_prefix=site1")
    assert redis == {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "redis://:secret@cache.example:6380/3",
        "KEY_PREFIX": "site1",
    }
    assert cache_config("rediss://cache.example")["LOCATION"] == "rediss://cache.example"
    assert cache_config(None)["BACKEND"].endswith("locmem.LocMemCache")
    with pytest.raises(ImproperlyConfigured, match="CACHE_URL"):
        cache_config("memcached://cache.example")
    result = run_python(
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHE_IS_SHARED)",
        DJANGO_SETTINGS_MODULE="ocp.settings.dev",
        CACHE_URL="redis://127.0.0.1:6379/0",
    )
    assert result.stdout.strip() == "True", result.stderr


def test_frontend_cache_url_selects_wagtails_purge_backend_or_none():
    assert frontend_cache_config(None) == frontend_cache_config("") == {}
    assert frontend_cache_config("http://127.0.0.1:6081/ignored")["default"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://127.0.0.1:6081",
    }
    cloudflare = frontend_cache_config("cloudflare://zone123?token=t0ken")["default"]
    assert cloudflare["ZONEID"] == "zone123" and cloudflare["BEARER_TOKEN"] == "t0ken"
    cloudfront = frontend_cache_config("cloudfront://E2ABC")["default"]
    assert cloudfront["DISTRIBUTION_ID"] == "E2ABC"
    for bad in ("cloudflare://zone123", "fastly://x", "http://", "127.0.0.1:6081", "\x00://x"):
        with pytest.raises(ImproperlyConfigured, match="FRONTEND_CACHE_URL"):
            frontend_cache_config(bad)


def test_postgres_url_is_parsed():
    config = database_config("postgres://u:p@db.example:5433/ocp", Path("."))
    assert (config["ENGINE"], config["HOST"], config["PORT"], config["NAME"]) == (
        "django.db.backends.postgresql",
        "db.example",
        5433,
        "ocp",
    )


def test_email_url_forms():
    smtp = email_config("smtp+tls://user%40x:pa%3Ass@mail.example:2525?timeout=5")
    assert smtp["EMAIL_HOST"] == "mail.example"
    assert smtp["EMAIL_PORT"] == 2525
    assert smtp["EMAIL_HOST_USER"] == "user@x"
    assert smtp["EMAIL_HOST_PASSWORD"] == "pa:ss"
    assert smtp["EMAIL_USE_TLS"] and not smtp["EMAIL_USE_SSL"]
    assert smtp["EMAIL_TIMEOUT"] == 5
    assert email_config("smtp+ssl://mail.example")["EMAIL_PORT"] == 465
    assert email_config("console://")["EMAIL_BACKEND"].endswith("console.EmailBackend")
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_config("http://mail.example")


def test_malformed_values_name_the_variable(monkeypatch):
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG")
    monkeypatch.setenv("ALLOWED_HOSTS", " a.example , ,b.example ")
    assert env_list("ALLOWED_HOSTS") == ["a.example", "b.example"]


def test_env_example_lists_every_variable_the_settings_read():
    import re

    read = set()
    for path in (ROOT / "site").rglob("*.py"):
        read |= set(re.findall(r'env_(?:str|bool|int|list)\("([A-Z_]+)"', path.read_text()))
    listed = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read, "no variables found"
    assert read <= listed, read - listed
