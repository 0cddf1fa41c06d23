"""Rendering URLs of the site exactly as the live site answers them, for one export
target: the pages, their steps, the 404 pages and the root page."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.template.loader import render_to_string
from django.test import Client, override_settings
from wagtail.models import Locale, Page

from home import exporting
from home.models import SiteSettings

NOT_FOUND = "404.html"


class ExportError(Exception):
    """The export cannot be made; nothing has been written."""


class Target(exporting.Target):
    """Where the files will be served (``base_url``) and where their forms post."""

    @classmethod
    def from_options(cls, base_url: str | None, api_origin: str | None) -> Target:
        base_url = (base_url or settings.STATIC_EXPORT_BASE_URL or settings.BASE_URL).rstrip("/")
        api_origin = (api_origin or settings.STATIC_EXPORT_API_ORIGIN or settings.BASE_URL).rstrip(
            "/"
        )
        for name, value in (("base URL", base_url), ("API origin", api_origin)):
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
                raise ExportError(
                    f"The {name} must be an origin such as https://www.example.org "
                    f"(the site is exported for the root of its host), not {value!r}."
                )
        return cls(base_url, api_origin)


@dataclass
class File:
    path: str  # relative, POSIX: "ja/faq/index.html"
    content: bytes
    source: str  # "page:12", "page:12:thanks", "404:ja", "sitemap", "static", ...
    reason: str


class Renderer:
    """Renders URLs of the site as the live site would, for one export ``target``."""

    def __init__(self, target: Target):
        self.target = target
        self.host = urlsplit(target.base_url).hostname or "localhost"
        self.client = Client(HTTP_HOST=self.host, HTTP_X_FORWARDED_PROTO="https")

    @contextlib.contextmanager
    def active(self):
        overrides = {
            "BASE_URL": self.target.base_url,
            "DEBUG": False,
            "ALLOWED_HOSTS": [*settings.ALLOWED_HOSTS, self.host],
        }
        requests_log = logging.getLogger("django.request")
        level = requests_log.level
        requests_log.setLevel(logging.ERROR)  # the 404 pages are rendered on purpose
        try:
            with exporting.exporting(self.target), override_settings(**overrides):
                yield self
        finally:
            requests_log.setLevel(level)

    def get(self, url: str, expect: int = 200) -> bytes:
        response = self.client.get(url, secure=True)
        if response.status_code != expect:
            raise ExportError(f"{url} answered {response.status_code}, not {expect}.")
        if getattr(response, "streaming", False):
            return b"".join(response.streaming_content)
        return response.content


def page_url(page: Page) -> str:
    """The page's path on the site, with its language prefix: ``/en/faq/``."""
    return page.specific_deferred.get_url_parts()[2]


def file_for_url(url: str) -> str:
    """``/en/faq/`` -> ``en/faq/index.html``."""
    path = unquote(urlsplit(url).path).lstrip("/")
    if not path or path.endswith("/"):
        return f"{path}index.html"
    return path


def page_files(renderer: Renderer, page: Page, reason: str) -> list[File]:
    """A page's file and, for a page with steps (an intake form), theirs."""
    url = page_url(page)
    files = [File(file_for_url(url), renderer.get(url), f"page:{page.pk}", reason)]
    steps = page.specific.steps() if hasattr(page.specific_class, "steps") else []
    for step in steps:
        step_url = f"{url}{step}/"
        files.append(
            File(file_for_url(step_url), renderer.get(step_url), f"page:{page.pk}:{step}", reason)
        )
    return files


def not_found_files(renderer: Renderer, languages: Iterable[str], reason: str) -> list[File]:
    """The 404 page of each language; the default language's also at the root."""
    files = []
    for language in languages:
        # Requested at the file's own address, so the page names no random path.
        content = renderer.get(f"/{language}/{NOT_FOUND}", expect=404)
        files.append(File(f"{language}/{NOT_FOUND}", content, f"404:{language}", reason))
        if language == settings.LANGUAGE_CODE:
            files.append(File(NOT_FOUND, content, "404", reason))
    return files


def root_file(reason: str) -> File:
    """``/``: a page that sends the visitor to their language (JavaScript) or Japanese."""
    site_settings = SiteSettings.objects.for_locale(Locale.get_default())
    content = render_to_string(
        "staticsite/root.html",
        {
            "site_settings": site_settings,
            "languages": settings.LANGUAGES,
            "default_language": settings.LANGUAGE_CODE,
            "base_url": settings.BASE_URL,
        },
    )
    return File("index.html", content.encode(), "root", reason)
