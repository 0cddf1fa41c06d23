"""Whether a page is being rendered for the static export, and for which target.

The export (``staticsite``) renders pages through the same views and templates as
the live site; while it does, ``current_target()`` names where the files will be
served and where their forms post, so the templates (``home.context_processors``)
and the intake views can leave out what is per-visitor. It lives here, in the base
every room imports, so nothing that renders a page needs to import the export.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Target:
    """Where the files will be served (``base_url``) and where their forms post."""

    base_url: str
    api_origin: str


_exporting: contextvars.ContextVar[Target | None] = contextvars.ContextVar(
    "static_site_target", default=None
)


def current_target() -> Target | None:
    """The export being rendered, for the templates (see ``home.context_processors``)."""
    return _exporting.get()


@contextlib.contextmanager
def exporting(target: Target) -> Iterator[Target]:
    """Renders within this block are for ``target``."""
    token = _exporting.set(target)
    try:
        yield target
    finally:
        _exporting.reset(token)
