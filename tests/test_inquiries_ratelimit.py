"""The intake's rate limit holds across app servers: counted in Redis when a shared
cache is configured (``CACHE_URL``), in the database otherwise."""

from __future__ import annotations

import threading

import pytest
from django.core.cache import caches

from inquiries.models import Inquiry, RateLimitCounter
from ocp.config import cache_config
from tests.support.servers import api_token, post_json, redis_keys
from tests.test_inquiries_api import INQUIRY, post, token

pytestmark = pytest.mark.django_db

LIMIT = 3


@pytest.fixture(params=["database", "redis"])
def store(request, settings):
    """Where the limit counts: the database (no CACHE_URL) or a shared Redis cache."""
    settings.INTAKE_RATE_LIMIT = (LIMIT, 10**7)  # one window for the whole test
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        settings.CACHES = {"default": cache_config(url)}
        settings.CACHE_IS_SHARED = True
        yield url
        caches["default"].close()
    else:
        settings.CACHE_IS_SHARED = False
        yield None


def test_posts_past_the_limit_answer_429_and_store_nothing(client, store):
    answers = [
        post(client, "inquiry", {**INQUIRY, "form_token": token(client)}).status_code
        for _ in range(LIMIT + 2)
    ]
    assert answers == [201] * LIMIT + [429, 429]
    assert Inquiry.objects.count() == LIMIT
    other = post(
        client, "inquiry", {**INQUIRY, "form_token": token(client)}, REMOTE_ADDR="192.0.2.7"
    )
    assert other.status_code == 201  # another client has its own count
    if store:  # counted in Redis, under keys that say nothing about the client
        assert not RateLimitCounter.objects.exists()
        keys = [key for key in redis_keys(store) if ":ratelimit:" in key]
        assert len(keys) == 2 and all("192.0.2" not in key for key in keys)
    else:
        assert RateLimitCounter.objects.count() == 2


@pytest.mark.parametrize("shared_cache", [False, True], ids=["database", "redis"])
def test_the_limit_holds_for_simultaneous_posts_to_several_workers(
    request, start_server, shared_cache
):
    """Twelve posts at once to three gunicorn worker processes: exactly LIMIT are
    accepted and stored, whichever worker each one reaches."""
    env = {"INTAKE_RATE_LIMIT": str(LIMIT), "INTAKE_RATE_WINDOW": str(10**7)}
    if shared_cache:
        env["CACHE_URL"] = request.getfixturevalue("redis_url")
    site = start_server("--workers", "3", **env)
    bodies = [
        {**INQUIRY, "message": f"burst {n}", "form_token": api_token(site.url)} for n in range(12)
    ]
    statuses: list[int] = []
    barrier = threading.Barrier(len(bodies))

    def send(body):
        barrier.wait()
        statuses.append(post_json(site.url, "inquiry", body)[0])

    threads = [threading.Thread(target=send, args=(body,)) for body in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [201] * LIMIT + [429] * (len(bodies) - LIMIT)
    assert site.count("inquiries_inquiry", "message LIKE %s", "burst %") == LIMIT
    counters = site.count("inquiries_ratelimitcounter")
    if shared_cache:
        assert counters == 0
        assert [key for key in redis_keys(env["CACHE_URL"]) if ":ratelimit:" in key]
    else:
        assert counters == 1
