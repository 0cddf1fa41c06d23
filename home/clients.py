"""Who sent a request: the client's network address, behind the site's trusted proxies.

Read by every part of the site that counts per client (the intake's rate limit, the
staff sign-in lock-out), so they agree on who the client is.
"""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's address; behind ``TRUSTED_PROXIES`` proxies, from X-Forwarded-For."""
    proxies = settings.TRUSTED_PROXIES
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
