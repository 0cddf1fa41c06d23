"""The intake's signed form tokens: one-time tokens for the site's own pages and the
API, and the shared token the static export bakes into its pages for a period.

A token is signed with ``TOKEN_SALT``, dated, and names the form it is for; the form
(``IntakeForm``) checks it and derives the record's one-time key from it.
"""

from __future__ import annotations

import time
import uuid

from django.conf import settings
from django.core import signing

TOKEN_SALT = "ocp.inquiries.form-token"  # noqa: S105 - a signing namespace, not a secret

SHARED_TOKEN_NAMESPACE = uuid.UUID("5d0f3f0e-8e55-4a8e-9b53-1c2f4f3c6a10")


def issue_token(
    token: uuid.UUID | None = None, issued_at: float | None = None, kind: str | None = None
) -> str:
    """A signed one-time token with the time the form was rendered and, given ``kind``,
    the form it is for (another form refuses it)."""
    token = token or uuid.uuid4()
    issued_at = time.time() if issued_at is None else issued_at
    payload = {"t": token.hex, "at": issued_at}
    if kind:
        payload["k"] = str(kind)
    return signing.dumps(payload, salt=TOKEN_SALT)


class _SignedAt(signing.TimestampSigner):
    """Signs as if at ``at``: the same payload gives the same bytes all period long."""

    def __init__(self, *args, at: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.at = at

    def timestamp(self):
        return signing.b62_encode(int(self.at))


def shared_token_period() -> int:
    """How long one shared token is baked into the static pages: a quarter of the
    token's lifetime, so a page refreshed each period always leaves a visitor three
    quarters of INTAKE_MAX_AGE_SECONDS to send it."""
    return max(settings.INTAKE_MAX_AGE_SECONDS // 4, 60)


def shared_token_start(now: float | None = None) -> int:
    """When the current shared-token period began (the token's "issued at")."""
    now = time.time() if now is None else now
    period = shared_token_period()
    return int(now // period * period)


def shared_token(kind: str, now: float | None = None) -> str:
    """The token the static export bakes into ``kind``'s form, for visitors without
    JavaScript.

    A static page is the same file for every visitor, so this token is shared: the
    same for every export of the same period (the files' bytes do not change between
    refreshes), marked ``s`` so the record's one-time key is derived from it and the
    answers (``IntakeForm.token``) instead of being the token itself. It is still
    signed, bound to its form and dated: forged, other forms' and expired ones are
    treated as on the site's own pages. Its "issued at" is the period's start, so it
    is never "too fast"; with JavaScript the page fetches a one-time token instead.
    """
    start = shared_token_start(now)
    token = uuid.uuid5(SHARED_TOKEN_NAMESPACE, f"{kind}:{start}")
    payload = {"t": token.hex, "at": start, "k": str(kind), "s": 1}
    return _SignedAt(salt=TOKEN_SALT, at=start).sign_object(payload)
