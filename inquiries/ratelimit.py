"""A per-client rate limit for the intake that holds across every app server.

Counting happens where every gunicorn worker and every host sees the same count: in
the shared cache (Redis, through ``CACHE_URL``) when there is one, with an atomic
increment of a key that expires with its window; otherwise in the database, one row
per client and window incremented with an UPDATE. Clients are identified by a keyed
hash of their address: the address itself is never stored.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone

from home.clients import client_address
from inquiries.models import RateLimitCounter


def client_key(request: HttpRequest, scope: str) -> str:
    message = f"{scope}:{client_address(request)}".encode()
    return hmac.new(settings.SECRET_KEY.encode(), message, hashlib.sha256).hexdigest()


def hit(request: HttpRequest, scope: str) -> bool:
    """Counts one request; False when the client is over the limit for ``scope``."""
    limit, seconds = settings.INTAKE_RATE_LIMIT
    now = timezone.now()
    window = now - timedelta(seconds=int(now.timestamp()) % seconds, microseconds=now.microsecond)
    key = client_key(request, scope)
    if settings.CACHE_IS_SHARED:
        count = _count_in_cache(key, window, seconds)
    else:
        count = _count_in_database(key, window)
    return count <= limit


def _count_in_cache(key: str, window, seconds: int) -> int:
    """INCR on a key per client and window: atomic in Redis, so concurrent requests
    on any server each get their own count. The key outlives its window a little
    and then expires, so nothing needs cleaning up."""
    cache_key = f"ratelimit:{key}:{int(window.timestamp())}"
    for _attempt in range(3):
        cache.add(cache_key, 0, timeout=seconds + 60)
        try:
            return cache.incr(cache_key)
        except ValueError:  # expired between add and incr: start the window again
            continue
    return 1


def _count_in_database(key: str, window) -> int:
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
        return RateLimitCounter.objects.get(key=key, window_start=window).count
