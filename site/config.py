"""Typed access to the environment, the one place settings read it from.

Settings modules call :func:`env_str`, :func:`env_bool` and friends instead of reading
``os.environ`` directly, so every variable the project understands is visible in one
pattern (and listed in ``.env.example`` and the README), and a malformed value fails
at start-up with a message naming the variable rather than somewhere deep inside Django.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode, urlsplit, urlunsplit

from django.core.exceptions import ImproperlyConfigured

from home.addresses import is_single_mailbox

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}
_MISSING: Any = object()


def env_str(name: str, default: str | None = _MISSING) -> str | None:
    """The variable's value; without a default, a missing variable is an error."""
    value = os.environ.get(name)
    if value is None or value == "":
        if default is _MISSING:
            raise ImproperlyConfigured(
                f"The environment variable {name} is required but not set. "
                "See .env.example and the configuration table in README.md."
            )
        return default
    return value


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    lowered = value.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}.")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """A comma-separated list; blanks are dropped."""
    value = os.environ.get(name)
    if value is None:
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_addresses(name: str) -> list[str]:
    """A comma-separated list of email addresses, each one plain mailbox
    (``home.addresses``): an entry that would read as several recipients, or as another
    one, fails at start-up instead of receiving mail meant for staff."""
    addresses = env_list(name)
    for address in addresses:
        if not is_single_mailbox(address):
            raise ImproperlyConfigured(
                f"{name} must be comma-separated plain email addresses "
                f"(name@example.com); {address!r} is not one."
            )
    return addresses


def database_config(url: str | None, base_dir: Path) -> dict[str, Any]:
    """Django's DATABASES['default'] from ``DATABASE_URL``.

    Without a URL the project runs on an SQLite file in the project folder. SQLite is
    set up for a web server with a worker beside it: WAL lets readers work while one
    writer commits, ``IMMEDIATE`` transactions take the write lock up front (so two
    writers queue instead of failing with "database is locked" half-way through), and
    the busy timeout makes a writer wait for the lock instead of failing at once.
    """
    import dj_database_url

    if not url:
        url = f"sqlite:///{base_dir / 'db.sqlite3'}"
    try:
        config = dj_database_url.parse(url, conn_max_age=0, conn_health_checks=True)
    except ValueError as error:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {error}") from None
    if config["ENGINE"] == "django.db.backends.sqlite3":
        options = config.setdefault("OPTIONS", {})
        options.update(
            {
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
            }
        )
        options.setdefault("timeout", 20)  # seconds; ``?timeout=`` in the URL sets it
    else:
        config["CONN_MAX_AGE"] = 60
    return config


_CACHE_BACKENDS = {
    "redis": "django.core.cache.backends.redis.RedisCache",
    "rediss": "django.core.cache.backends.redis.RedisCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}
SHARED_CACHE_BACKENDS = {_CACHE_BACKENDS["redis"]}


def cache_config(url: str | None) -> dict[str, Any]:
    """Django's CACHES['default'] from ``CACHE_URL``.

    ``redis://[:password@]host:6379/0`` (``rediss://`` for TLS) is a cache every app
    server shares, so the intake's rate limit counts there; ``?key_prefix=ocp`` keeps
    the site's keys apart from others in the same Redis database. Without a URL (or
    with ``locmem://``) each process has its own memory cache and the rate limit
    counts in the database instead.
    """
    url = url or "locmem://"
    parts = urlsplit(url)
    backend = _CACHE_BACKENDS.get(parts.scheme)
    if backend is None:
        raise ImproperlyConfigured(
            f"CACHE_URL must start with one of {', '.join(sorted(_CACHE_BACKENDS))}://, "
            f"not {parts.scheme!r}."
        )
    query = parse_qs(parts.query)
    prefix = query.pop("key_prefix", ["ocp"])[0]
    config: dict[str, Any] = {"BACKEND": backend, "KEY_PREFIX": prefix}
    if backend in SHARED_CACHE_BACKENDS:
        rest = urlencode({name: values[0] for name, values in query.items()})
        config["LOCATION"] = urlunsplit(parts._replace(query=rest))
    return config


_FRONTEND_CACHE_BACKENDS = {
    "http": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "https": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
    "cloudflare": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
    "cloudfront": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
}


def frontend_cache_config(url: str | None) -> dict[str, Any]:
    """Wagtail's WAGTAILFRONTENDCACHE from one ``FRONTEND_CACHE_URL`` (empty: no CDN).

    ``http://127.0.0.1:6081`` is a cache that honours HTTP ``PURGE`` (Varnish, nginx's
    cache purge); ``cloudflare://ZONE_ID?token=API_TOKEN`` is Cloudflare;
    ``cloudfront://DISTRIBUTION_ID`` is CloudFront (credentials from boto3's usual
    places). The site's pages are purged by their addresses under ``BASE_URL``.
    """
    if not url:
        return {}
    parts = urlsplit(url)
    backend = _FRONTEND_CACHE_BACKENDS.get(parts.scheme)
    if backend is None or not parts.netloc:
        raise ImproperlyConfigured(
            "FRONTEND_CACHE_URL must be http(s)://host[:port], cloudflare://ZONE_ID?token=… "
            f"or cloudfront://DISTRIBUTION_ID, not {parts.scheme!r}://…"
        )
    config: dict[str, Any] = {"BACKEND": backend}
    if parts.scheme in ("http", "https"):
        config["LOCATION"] = urlunsplit((parts.scheme, parts.netloc, "", "", ""))
    elif parts.scheme == "cloudflare":
        token = parse_qs(parts.query).get("token", [""])[0]
        if not token:
            raise ImproperlyConfigured("FRONTEND_CACHE_URL for Cloudflare needs ?token=API_TOKEN.")
        config.update(ZONEID=parts.netloc, BEARER_TOKEN=token)
    else:
        config["DISTRIBUTION_ID"] = parts.netloc
    return {"default": config}


_EMAIL_BACKENDS = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtp+tls": "django.core.mail.backends.smtp.EmailBackend",
    "smtp+ssl": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


def email_config(url: str) -> dict[str, Any]:
    """Django's EMAIL_* settings from one ``EMAIL_URL``.

    ``smtp://user:password@host:587`` (``smtp+tls://`` for STARTTLS, ``smtp+ssl://``
    for implicit TLS; ``?timeout=10`` sets the socket timeout), or ``console://``,
    ``locmem://``, ``dummy://`` for development and tests.
    """
    parts = urlsplit(url)
    backend = _EMAIL_BACKENDS.get(parts.scheme)
    if backend is None:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with one of {', '.join(sorted(_EMAIL_BACKENDS))}://, "
            f"not {parts.scheme!r}."
        )
    query = parse_qs(parts.query)
    try:
        port = parts.port
        timeout = int(query["timeout"][0]) if "timeout" in query else 10
    except ValueError:
        raise ImproperlyConfigured("EMAIL_URL has an invalid port or timeout.") from None
    return {
        "EMAIL_BACKEND": backend,
        "EMAIL_HOST": parts.hostname or "localhost",
        "EMAIL_PORT": port or {"smtp+ssl": 465, "smtp+tls": 587}.get(parts.scheme, 25),
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": parts.scheme == "smtp+tls",
        "EMAIL_USE_SSL": parts.scheme == "smtp+ssl",
        "EMAIL_TIMEOUT": timeout,
    }
