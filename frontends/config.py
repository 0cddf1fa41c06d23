"""The front ends as configured in the environment, read once by the settings.

``FRONTENDS`` names them (``FRONTENDS=next,astro``); each name has its variables:
``FRONTEND_<NAME>_WEBHOOK_URL`` (where change events are posted),
``FRONTEND_<NAME>_PREVIEW_URL`` (where an editor's preview opens) and
``FRONTEND_<NAME>_SECRET`` (the key both are signed with). Nothing here imports Django's
models: the settings module calls :func:`frontends_from_env` while Django starts.

Every URL goes through :func:`url_problem`, at start-up and again before each request,
since the site itself sends requests to it: only ``https``, or plain ``http`` to a
loopback address (a front end on the same host, or a test); no credentials in the URL
(they would be logged with it, and the signature is the authentication); no other
scheme (``file:``, ``gopher:``...), no fragment, no control or space characters.
"""

from __future__ import annotations

import ipaddress
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

NAME = re.compile(r"^[a-z][a-z0-9_]{0,29}$")
MIN_SECRET_LENGTH = 32
MAX_URL_LENGTH = 2000
LOOPBACK_NAMES = {"localhost"}


@dataclass(frozen=True)
class FrontEnd:
    name: str
    secret: str
    webhook_url: str = ""
    preview_url: str = ""

    @property
    def shown_webhook_url(self) -> str:
        return shown_url(self.webhook_url)

    @property
    def shown_preview_url(self) -> str:
        return shown_url(self.preview_url)

    @property
    def masked_secret(self) -> str:
        """What the admin may show of the secret: its last four characters."""
        return f"{'•' * 8}{self.secret[-4:]}"


def shown_url(url: str) -> str:
    """The address as the admin shows it: without its query, which may carry a key."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" + ("?…" if parts.query else "")


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def url_problem(url: object) -> str | None:
    """Why ``url`` may not be requested, or None when it may (see the module)."""
    if not isinstance(url, str) or not url:
        return "not a URL"
    if len(url) > MAX_URL_LENGTH:
        return "longer than any front end's address"
    if any(ch.isspace() or unicodedata.category(ch).startswith("C") for ch in url):
        return "contains spaces or control characters"
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "not a well-formed URL"
    if parts.scheme not in ("http", "https"):
        return "only http and https addresses are allowed"
    if "@" in parts.netloc:
        return "credentials in the URL are not allowed (the signature authenticates)"
    host = parts.hostname or ""
    if not host:
        return "has no host"
    if parts.fragment or url.endswith("#"):
        return "a fragment is never sent: remove it"
    if port == 0:
        return "not a well-formed URL"
    if parts.scheme == "http" and not is_loopback(host):
        return "plain http only to a loopback address; use https"
    return None


def preview_origins(frontends: list[FrontEnd]) -> list[str]:
    """The origins the admin's preview frame may show (its Content-Security-Policy)."""
    origins = []
    for frontend in frontends:
        if frontend.preview_url:
            parts = urlsplit(frontend.preview_url)
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin not in origins:
                origins.append(origin)
    return origins


def frontends_from_env(environ: Mapping[str, str] | None = None) -> list[FrontEnd]:
    """The configured front ends; a malformed one stops start-up, naming its variable."""
    environ = os.environ if environ is None else environ
    names = [name.strip() for name in environ.get("FRONTENDS", "").split(",") if name.strip()]
    frontends = []
    for name in names:
        if not NAME.match(name):
            raise ImproperlyConfigured(
                f"FRONTENDS: {name!r} is not a front end name (lower-case letters, digits "
                "and _, starting with a letter)."
            )
        prefix = f"FRONTEND_{name.upper()}_"
        secret = environ.get(prefix + "SECRET", "")
        if len(secret) < MIN_SECRET_LENGTH:
            raise ImproperlyConfigured(
                f"{prefix}SECRET must be set to at least {MIN_SECRET_LENGTH} random characters "
                "(python -c 'import secrets; print(secrets.token_urlsafe(32))')."
            )
        urls = {}
        for key in ("WEBHOOK_URL", "PREVIEW_URL"):
            value = environ.get(prefix + key, "")
            if value and (problem := url_problem(value)):
                raise ImproperlyConfigured(f"{prefix}{key} is refused: {problem}.")
            urls[key.lower()] = value
        if not any(urls.values()):
            raise ImproperlyConfigured(f"{prefix}WEBHOOK_URL or {prefix}PREVIEW_URL must be set.")
        frontends.append(FrontEnd(name=name, secret=secret, **urls))
    return frontends
