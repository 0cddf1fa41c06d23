"""The webhook signature: HMAC-SHA256 over the timestamp and the body.

A delivery carries ``X-OCP-Signature: t=<unix seconds>,v1=<hex digest>``, the digest
being ``HMAC-SHA256(secret, f"{t}.{body}")``. Signing the timestamp with the body lets
a receiver refuse a replay: a captured request is valid only while its timestamp is
recent (``TOLERANCE_SECONDS``), and each retry is signed anew with its own time. The
event's ``id`` (also in ``X-OCP-Delivery``) stays the same across retries, so a
receiver that remembers the ids it handled also ignores a duplicate.
"""

from __future__ import annotations

import hashlib
import hmac
import time

HEADER = "X-OCP-Signature"
TOLERANCE_SECONDS = 300


def signature(secret: str, body: bytes, timestamp: int | None = None) -> str:
    timestamp = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={digest.hexdigest()}"


def verify(secret: str, body: bytes, header: str, now: float | None = None) -> bool:
    """What a receiver does (the README shows the same in a few lines): the header's
    parts, a recent timestamp, and a constant-time comparison of the digest."""
    parts = dict(item.split("=", 1) for item in header.split(",") if "=" in item)
    try:
        timestamp = int(parts["t"])
    except (KeyError, ValueError):
        return False
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        return False
    expected = signature(secret, body, timestamp).split("v1=", 1)[1]
    return hmac.compare_digest(expected, parts.get("v1", ""))
