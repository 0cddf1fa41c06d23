"""Error mails to ADMINS: one per distinct error per window, never none.

A fault that every request hits (here: the table inquiries go to is gone) is provoked
again and again; ADMINS get one mail for it, a second one for a different error, and
one again once the window has passed, saying how many were not mailed. The window is
kept in the cache: a shared Redis makes several workers (a real gunicorn with two)
agree, and a cache that is down still lets every report through.
"""

from __future__ import annotations

import logging
import re
import sys
import urllib.request
import uuid
from email import message_from_bytes
from functools import partial
from http.cookiejar import CookieJar

import pytest
from django.core import mail
from django.db import transaction
from django.test import Client, RequestFactory
from django.urls import resolve

from inquiries.models import Inquiry
from ocp.config import cache_config
from ocp.logs import ThrottledAdminEmailHandler, error_fingerprint
from tests.support.servers import api_token, free_port, post_json
from tests.test_inquiries_api import INQUIRY
from tests.test_site_faults import FORM, MailServer, NoRedirect, open_form_post
from tests.test_site_private_logs import api_token as client_api_token
from tests.test_site_private_logs import break_inquiry_table
from tests.test_site_private_logs import token as form_token

pytestmark = pytest.mark.django_db

OPS = "ops@jii.example"
WINDOW = 600


def error_mails() -> list:
    return [message for message in mail.outbox if message.to == [OPS]]


@pytest.fixture
def throttle(settings):
    """ADMINS set, the throttle on, a cache of this test's own, and the project's
    handler with a clock the test moves."""
    settings.ADMINS = [("Operations", OPS)]
    settings.ERROR_MAIL_THROTTLE_SECONDS = WINDOW
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"error-mails-{uuid.uuid4().hex}",
        }
    }
    (handler,) = [
        h for h in logging.getLogger("django").handlers if isinstance(h, ThrottledAdminEmailHandler)
    ]
    now = [1_800_000_000.0]
    handler.clock = lambda: now[0]
    yield now
    del handler.clock


def failing(request) -> int:
    """The status of ``request()`` run in a savepoint of its own: on PostgreSQL a failed
    query aborts the test's transaction, and the next request would fail elsewhere."""
    savepoint = transaction.savepoint()
    try:
        return request().status_code
    finally:
        transaction.savepoint_rollback(savepoint)


def api_failure(client: Client) -> None:
    body = {**INQUIRY, "locale": "en", "form_token": client_api_token(client, "en")}
    url = "/api/intake/inquiry/"
    assert failing(lambda: client.post(url, body, content_type="application/json")) == 500


def form_failure(client: Client) -> None:
    fields = {**FORM, "message": "hello", "form_token": form_token(client, "en")}
    assert failing(lambda: client.post("/en/contact/", fields)) == 500


def test_the_same_error_is_mailed_once_per_window_and_then_with_its_count(throttle):
    client = Client(raise_request_exception=False)
    break_inquiry_table()
    for _ in range(3):
        api_failure(client)
    assert len(error_mails()) == 1
    assert "/api/intake/inquiry/" in error_mails()[0].subject

    for _ in range(2):  # another error: its own mail, once
        form_failure(client)
    assert len(error_mails()) == 2
    assert "/en/contact/" in error_mails()[1].subject

    throttle[0] += WINDOW - 1  # still within the window
    api_failure(client)
    assert len(error_mails()) == 2

    throttle[0] += 2  # the window has passed
    api_failure(client)
    assert len(error_mails()) == 3
    assert "/api/intake/inquiry/" in error_mails()[2].subject
    assert "3 more time(s)" in error_mails()[2].body  # the two, and the one after
    api_failure(client)
    assert len(error_mails()) == 3


def test_without_a_throttle_every_error_is_mailed(throttle, settings):
    settings.ERROR_MAIL_THROTTLE_SECONDS = 0
    client = Client(raise_request_exception=False)
    break_inquiry_table()
    for _ in range(3):
        api_failure(client)
    assert len(error_mails()) == 3


@pytest.mark.parametrize(
    "broken_cache",
    [
        "redis://127.0.0.1:1/0",  # nothing listens there
        "redis://127.0.0.1:1/0?key_prefix=x",
    ],
)
def test_a_cache_that_fails_lets_every_report_through(throttle, settings, broken_cache):
    """Redis down: the site's pages fail too (Wagtail caches its site roots there), and
    every one of those reports reaches ADMINS."""
    settings.CACHES = {"default": cache_config(broken_cache)}
    (handler,) = [
        h for h in logging.getLogger("django").handlers if isinstance(h, ThrottledAdminEmailHandler)
    ]
    for _ in range(3):
        handler.handle(failure_record(divide))
    assert len(error_mails()) == 3
    assert "ZeroDivisionError" in error_mails()[0].body


def test_workers_sharing_redis_mail_an_error_once(throttle, settings, redis_url):
    """Two handlers (two workers' own) on one Redis: the first report is mailed, the
    repeats the other worker sees are not."""
    settings.CACHES = {"default": cache_config(redis_url)}
    workers = [ThrottledAdminEmailHandler(), ThrottledAdminEmailHandler()]
    for worker in workers:
        worker.clock = lambda: throttle[0]
    for number in range(4):
        workers[number % 2].handle(failure_record(divide))
    assert len(error_mails()) == 1
    throttle[0] += WINDOW
    workers[1].handle(failure_record(divide))
    assert len(error_mails()) == 2
    assert "3 more time(s)" in error_mails()[1].body


# What counts as the same error --------------------------------------------------------


def failure_record(fail, path: str = "/api/intake/inquiry/", **extra) -> logging.LogRecord:
    """The record Django's request logger writes for an exception ``fail`` raises."""
    request = RequestFactory().post(path)
    request.resolver_match = resolve(path)
    try:
        fail()
    except Exception:  # noqa: BLE001
        exc_info = sys.exc_info()
    return logging.makeLogRecord(
        {
            "name": "django.request",
            "levelno": logging.ERROR,
            "levelname": "ERROR",
            "msg": "%s: %s",
            "args": ("Internal Server Error", path),
            "exc_info": exc_info,
            "request": request,
            "status_code": 500,
            **extra,
        }
    )


def divide():
    return 1 / 0


def divide_elsewhere():
    return 2 / 0


def lookup():
    return {}["key"]


def plain_record(msg: str, *args, name: str = "django.security.DisallowedHost"):
    return logging.makeLogRecord(
        {"name": name, "levelno": logging.ERROR, "levelname": "ERROR", "msg": msg, "args": args}
    )


record = partial(failure_record, divide)
plain = partial(plain_record, "Invalid HTTP_HOST header: %r.")
SAME = {
    "twice": (record, record),
    # another path of the same URL pattern: a client choosing paths gets one mail
    "another path": (partial(record, "/ja/faq/"), partial(record, "/ja/programs/ocp/")),
    "another slug": (partial(record, "/api/intake/no-such/"), partial(record, "/api/intake/x/")),
    # the message's values (a host name, an address) are not part of the error
    "other values": (partial(plain, "a.example"), partial(plain, "someone@b.example")),
}
DIFFERENT = {
    "another class": (record, partial(failure_record, lookup)),
    "another place": (record, partial(failure_record, divide_elsewhere)),
    "another view": (record, partial(record, "/ja/contact/")),
    "another status": (record, partial(record, status_code=503)),
    "another logger": (record, partial(record, name="django.server")),
    "another message": (plain, partial(plain_record, "Bad cookie %s", "x")),
}


@pytest.mark.parametrize(("first", "second"), SAME.values(), ids=SAME.keys())
def test_the_same_error_has_one_fingerprint(first, second):
    assert error_fingerprint(first()) == error_fingerprint(second())


@pytest.mark.parametrize(("first", "second"), DIFFERENT.values(), ids=DIFFERENT.keys())
def test_distinct_errors_have_distinct_fingerprints(first, second):
    assert error_fingerprint(first()) != error_fingerprint(second())


def test_the_fingerprint_names_the_project_frame_not_django():
    """Two project functions failing inside the same Django code are two errors."""
    from django.utils.dateparse import parse_date

    first = failure_record(lambda: parse_date(None))
    second = failure_record(lambda: parse_date(0))
    assert error_fingerprint(first) != error_fingerprint(second)


# A real gunicorn with two workers and Redis --------------------------------------------


class Inbox(MailServer):
    """The fault tests' mail server, keeping what it received."""

    def __init__(self, port: int):
        super().__init__(port)
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        answer = await super().handle_DATA(server, session, envelope)
        if answer.startswith("250"):
            self.messages.append(message_from_bytes(envelope.content))
        return answer

    def to(self, address: str) -> list:
        return [message for message in self.messages if message["To"] == address]


@pytest.fixture
def inbox():
    server = Inbox(free_port())
    server.start()
    yield server
    server.stop()


def test_a_real_server_with_two_workers_mails_a_repeated_error_once(start_server, redis_url, inbox):
    site = start_server(
        "--workers",
        "2",
        DJANGO_SETTINGS_MODULE="tests.support.fault_settings",
        EMAIL_URL=f"smtp://127.0.0.1:{inbox.port}?timeout=10",
        ADMINS=OPS,
        CACHE_URL=redis_url,
        ERROR_MAIL_THROTTLE_SECONDS=str(WINDOW),
        INTAKE_RATE_LIMIT="200",
    )
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(site.url + "/en/contact/", timeout=30).read().decode()
    fields = {
        **FORM,
        "message": "hello",
        "form_token": re.search(r'name="form_token" value="([^"]+)"', page)[1],
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1],
    }
    tokens = [api_token(site.url) for _ in range(6)]
    table = Inquiry._meta.db_table
    site.query(f"ALTER TABLE {table} RENAME TO {table}_gone")

    for token in tokens:
        status, _answer = post_json(site.url, "inquiry", {**INQUIRY, "form_token": token})
        assert status == 500
    assert len(inbox.to(OPS)) == 1
    status, _location, _page = open_form_post(opener, site.url, fields)
    assert status == 500
    subjects = [message["Subject"] for message in inbox.to(OPS)]
    assert len(subjects) == 2, subjects
    assert "/api/intake/inquiry/" in subjects[0] and "/en/contact/" in subjects[1]
