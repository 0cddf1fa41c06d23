"""The visitors of `make loadtest` (run by ``tests.perf.loadtest``, which starts locust here).

Most visitors read pages in any of the three languages; some send the inquiry form the way
a browser does (load it for its token and CSRF cookie, then post it) and some through the
JSON intake API with an Idempotency-Key, as another front end would. Every answer is
tallied by kind and status, with its response time, in a JSON file (``LOADTEST_OUTCOMES``)
so that the run can compare accepted submissions with the records stored.

This file runs inside locust (gevent) and must not import Django.
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import uuid
from collections import Counter, defaultdict
from urllib.parse import urlencode

from locust import FastHttpUser, between, events, task

LANGUAGES = ("ja", "en", "ne")
PAGES = ("", "programs/", "programs/ocp/", "faq/", "materials/", "about/")
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# How each kind of request should answer; anything else is a failure in locust's figures.
EXPECTED = {"page": 200, "form page": 200, "form post": 302, "api form": 200, "api post": 201}

outcomes: Counter[str] = Counter()
times: dict[str, list[float]] = defaultdict(list)
clock = {"start": 0.0}
# Answers in the first seconds count for correctness but not for the timings: each gunicorn
# worker compiles its templates and fills its caches on its first requests.
WARMUP_SECONDS = float(os.environ.get("LOADTEST_WARMUP", "5"))


@events.test_start.add_listener
def started(**_kwargs):
    clock["start"] = time.monotonic()


@events.request.add_listener
def tally(name, response_time, response, exception, **_kwargs):
    status = getattr(response, "status_code", 0) if exception is None else 0
    outcomes[f"{name} {status or type(exception).__name__}"] += 1
    if time.monotonic() - clock["start"] >= WARMUP_SECONDS:
        times[name].append(response_time)


@events.quitting.add_listener
def write_outcomes(**_kwargs):
    path = os.environ.get("LOADTEST_OUTCOMES")
    if path:
        with open(path, "w") as file:
            json.dump(
                {
                    "seconds": time.monotonic() - clock["start"] - WARMUP_SECONDS,
                    "answers": dict(outcomes),
                    "milliseconds": times,
                },
                file,
            )


def inquiry(language: str, n: int) -> dict:
    return {
        "company": f"Load test {n % 50}",
        "name": f"Visitor {n}",
        "email": f"load{n % 50}@example.jp",
        "topic": "other",
        "message": f"load test ({language})",
        "consent": True,
    }


class Visitor(FastHttpUser):
    wait_time = between(0.2, 1.0)

    def on_start(self):
        self.n = 0

    def check(self, response, kind: str) -> bool:
        if response.status_code == EXPECTED[kind]:
            response.success()
            return True
        response.failure(f"status {response.status_code}")
        return False

    @task(8)
    def read_page(self):
        path = f"/{random.choice(LANGUAGES)}/{random.choice(PAGES)}"  # noqa: S311 - a load mix
        with self.client.get(path, name="page", catch_response=True) as response:
            self.check(response, "page")

    @task(1)
    def send_inquiry_form(self):
        """The HTML flow: the form (token and CSRF cookie), then the post, answered with a
        redirect to the thank-you page when the record is stored."""
        language = random.choice(LANGUAGES)  # noqa: S311 - a load mix
        url = f"/{language}/contact/"
        with self.client.get(url, name="form page", catch_response=True) as response:
            if not self.check(response, "form page"):
                return
            html = response.text
        self.n += 1
        fields = {
            **inquiry(language, self.n),
            "consent": "on",
            "form_token": TOKEN.search(html)[1],
            "csrfmiddlewaretoken": CSRF.search(html)[1],
        }
        with self.client.post(
            url,
            data=urlencode(fields),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": self.host + url,
            },
            name="form post",
            allow_redirects=False,
            catch_response=True,
        ) as response:
            self.check(response, "form post")
        # Whoever sent a form keeps a session, and their pages are rendered for them
        # (never from the page cache); the pages this user reads next stand for the
        # other visitors, who have sent nothing.
        self.client.cookiejar.clear()

    @task(1)
    def send_inquiry_api(self):
        """The JSON flow: the form's description (with a fresh token), then the post with
        an Idempotency-Key, answered 201 when the record is stored."""
        language = random.choice(LANGUAGES)  # noqa: S311 - a load mix
        with self.client.get(
            f"/api/intake/inquiry/?locale={language}", name="api form", catch_response=True
        ) as response:
            if not self.check(response, "api form"):
                return
            fields = response.json()["fields"]
        self.n += 1
        token = next(field["value"] for field in fields if field["name"] == "form_token")
        body = {**inquiry(language, self.n), "locale": language, "form_token": token}
        with self.client.post(
            "/api/intake/inquiry/",
            json=body,
            headers={"Idempotency-Key": str(uuid.uuid4())},
            name="api post",
            catch_response=True,
        ) as response:
            self.check(response, "api post")
