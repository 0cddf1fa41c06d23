"""Helpers the intake tests share: loading a form and sending it like a browser."""

from __future__ import annotations

import re
from unittest import mock

from django.core.management import call_command


def refused_whole(value) -> bool:
    """Whether the JSON API refuses a body holding ``value`` before it reads any field:
    ``home.parsing.decode_json`` refuses a NUL or a lone surrogate anywhere in a body,
    with a 400 whose ``detail`` says so, instead of one error per field."""
    if isinstance(value, str):
        return any(c == "\x00" or "\ud800" <= c <= "\udfff" for c in value)
    if isinstance(value, dict):
        return any(refused_whole(k) or refused_whole(v) for k, v in value.items())
    if isinstance(value, list):
        return any(map(refused_whole, value))
    return False


def form_token(response) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', response.content.decode()).group(1)


def send(client, url: str, data: dict, **extra):
    """Loads the form at ``url`` (for a fresh token) and posts ``data`` with it."""
    page = client.get(url)
    assert page.status_code == 200, url
    return client.post(url.split("?")[0], {**data, "form_token": form_token(page)}, **extra)


def run_worker() -> None:
    """Runs the real task worker until the queue is empty.

    The worker recycles its database connection before each task; inside a test's
    transaction (which is how each test sees the site and is rolled back) that would
    close the connection on PostgreSQL, so only that recycling is skipped here.
    """
    target = "django_tasks_db.management.commands.db_worker.close_old_connections"
    with mock.patch(target):
        # `startup_delay`, the option's dest: call_command takes `no_startup_delay=True` as
        # startup_delay=True, a random sleep of up to a second before every drain.
        call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
