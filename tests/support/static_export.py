"""Checks the static export tests share: a link checker over an exported folder."""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"href", "src", "action", "srcset", "poster", "data"}


class _References(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name == "srcset":
                for part in value.split(","):
                    self.found.append((tag, name, part.strip().split(" ")[0]))
            elif name in LINK_ATTRIBUTES or (
                tag == "meta" and name == "content" and "://" in value
            ):
                self.found.append((tag, name, value))


def references(html: str) -> list[tuple[str, str, str]]:
    parser = _References()
    parser.feed(html)
    return parser.found


def file_of(root: Path, path: str) -> Path:
    path = unquote(path)
    return root / (path.lstrip("/") + ("index.html" if path.endswith("/") else ""))


def broken_links(root: Path, base_url: str, external_origins: tuple[str, ...] = ()) -> list[str]:
    """Every reference in the exported HTML and CSS that does not resolve to a file in
    ``root``: internal links, assets, and absolute links to ``base_url``. Links to
    ``external_origins`` (the API) and other sites are left alone."""
    broken = []
    for page in sorted(root.rglob("*.html")):
        location = "/" + page.relative_to(root).as_posix()
        for tag, attribute, value in references(page.read_text()):
            if value.startswith(("#", "mailto:", "tel:", "data:")) or not value:
                continue
            if value.startswith(base_url + "/") or value == base_url:
                value = value[len(base_url) :] or "/"
            elif value.startswith(external_origins) or "://" in value or value.startswith("//"):
                continue
            path = urlsplit(value).path
            if not path.startswith("/"):
                path = posixpath.join(posixpath.dirname(location), path)
            target = file_of(root, posixpath.normpath(path) + ("/" if path.endswith("/") else ""))
            if not target.is_file():
                broken.append(f"{location}: <{tag} {attribute}={value!r}>")
    for stylesheet in root.rglob("*.css"):
        location = "/" + stylesheet.relative_to(root).as_posix()
        for value in re.findall(r"""url\(\s*["']?([^"')]+)""", stylesheet.read_text()):
            if value.startswith(("data:", "#", "http:", "https:")):
                continue
            path = (
                value
                if value.startswith("/")
                else posixpath.join(posixpath.dirname(location), value)
            )
            if not file_of(root, posixpath.normpath(urlsplit(path).path)).is_file():
                broken.append(f"{location}: url({value})")
    return broken
