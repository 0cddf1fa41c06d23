"""What the intake's pages and its JSON API ask of a request alike: the languages a
form answers in, and whether the request's origin may send the forms.

The site itself and ``INTAKE_ALLOWED_ORIGINS`` (the static export, other front ends)
may; any other origin that names itself is refused.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def origin_refused(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin")
    own = request.build_absolute_uri("/").rstrip("/")
    return bool(origin) and origin != own and origin not in settings.INTAKE_ALLOWED_ORIGINS
