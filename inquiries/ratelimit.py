"""A per-client rate limit for the intake that holds across every app server.

Counting happens in the database (one row per client and window, incremented with
an UPDATE), so several gunicorn workers, or several hosts sharing the database,
see the same count. Clients are identified by a keyed hash of their address: the
address itself is never stored.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from inquiries.models import RateLimitCounter


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


def client_key(request: HttpRequest, scope: str) -> str:
    message = f"{scope}:{client_address(request)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def hit(request: HttpRequest, scope: str) -> bool:
    """Counts one request; False when the client is over the limit for ``scope``."""
    limit, seconds = settings.INTAKE_RATE_LIMIT
    now = timezone.now()
    window = now - timedelta(seconds=int(now.timestamp()) % seconds, microseconds=now.microsecond)
    key = client_key(request, scope)
    with transaction.atomic():
        updated = RateLimitCounter.objects.filter(key=key, window_start=window).update(
            count=F("count") + 1
        )
        if not updated:
            try:
                with transaction.atomic():
                    RateLimitCounter.objects.create(key=key, window_start=window, count=1)
            except IntegrityError:  # another worker created it first
                RateLimitCounter.objects.filter(key=key, window_start=window).update(
                    count=F("count") + 1
                )
            RateLimitCounter.objects.filter(window_start__lt=window).delete()
        count = RateLimitCounter.objects.get(key=key, window_start=window).count
    return count <= limit
