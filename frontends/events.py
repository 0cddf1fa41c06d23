"""The change event a front end receives: what changed, and every public path it
affects in each language.

The affected set is the static export's (``staticsite.changes.affected_pages``): the
page in every language, each one's parent, the pages that link to it, a whole
language when its menu or settings changed. To those the event adds the addresses a
change took away (an unpublished, deleted or moved page's former path), so a front
end that caches pages drops them too.
"""

from __future__ import annotations

import uuid

from django.conf import settings
from django.utils import timezone

from home.seo import public_live_pages
from staticsite.changes import affected_pages
from staticsite.render import page_url
from staticsite.writer import default_site

EVENT_TYPE = "pages.changed"
PUBLIC_KEYS = ("action", "page", "snippet", "language", "path")


def language_codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def build_event(changes: list[dict]) -> dict:
    """The event for ``changes`` (``frontends.signals``), as it is posted as JSON."""
    live = {page.pk: page for page in public_live_pages(default_site())}
    reasons, whole_locales = affected_pages(changes, live)
    paths: dict[str, set[str]] = {code: set() for code in language_codes()}
    for pk in reasons:
        if pk in live:
            page = live[pk]
            paths.setdefault(page.locale.language_code, set()).add(page_url(page))
    for change in changes:
        language, path = change.get("language"), change.get("path")
        if isinstance(language, str) and path:
            paths.setdefault(language, set()).add(path)
    return {
        "id": str(uuid.uuid4()),
        "type": EVENT_TYPE,
        "created_at": timezone.now().isoformat(),
        "changes": [
            {key: change[key] for key in PUBLIC_KEYS if change.get(key) is not None}
            for change in changes
            if change.get("action")
        ],
        "paths": {language: sorted(found) for language, found in paths.items()},
        "whole_languages": sorted(code for code in whole_locales if code),
    }
