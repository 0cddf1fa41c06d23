"""Faults, with real processes on loopback: a mail server that stops or hangs, a task
worker killed during a send, a web worker killed right after a commit, a database
that is unavailable for a while.

Each test asserts what the people involved would notice: every submission stored
once, every email received once by the mail server, and a visitor who is told to try
again (in their language, their answers kept) instead of a server error.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from email import message_from_bytes
from http.cookiejar import CookieJar

import pytest
from aiosmtpd.controller import Controller
from django.utils import translation
from django.utils.translation import gettext
from django_tasks_db.models import DBTaskResult

from tests.support.servers import ROOT, api_token, free_port, manage, on_postgresql, post_json
from tests.test_inquiries_api import INQUIRY

STAFF = "staff@jii.example"
FORM = {
    "company": "Fault Ltd.",
    "name": "Hanako Yamada",
    "email": "hanako@fault.example",
    "topic": "introduction",
    "consent": "on",
    "website": "",
}


class MailServer:
    """An SMTP server on loopback that can accept, hang or be stopped.

    A message counts as received only when the server's "250" reached the sender,
    as with a real server: a sender that gave up (timeout) or died while the server
    hung has not handed the message over.
    """

    def __init__(self, port: int):
        self.port = port
        self.received: list[str] = []  # Message-IDs
        self.hang = threading.Event()  # set: hold every DATA without answering
        self.hanging = threading.Event()  # set once a DATA is being held
        self.release = threading.Event()
        self.controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's API
        if self.hang.is_set():
            self.hanging.set()
            while not self.release.is_set():
                await asyncio.sleep(0.05)
            if server.transport is None or server.transport.is_closing():
                return "451 sender gone"
        await asyncio.sleep(0.1)  # the sender must still be there for the reply
        if server.transport is None or server.transport.is_closing():
            return "451 sender gone"
        self.received.append(message_from_bytes(envelope.content)["Message-ID"])
        return "250 OK"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        self.release.set()
        if self.controller:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def mail_server():
    server = MailServer(free_port())
    yield server
    server.stop()


def fault_env(mail: MailServer | None = None, **extra) -> dict:
    env = {"DJANGO_SETTINGS_MODULE": "tests.support.fault_settings", **extra}
    if mail:
        env["EMAIL_URL"] = f"smtp://127.0.0.1:{mail.port}?timeout=1"
    return env


def start_worker(site, mail: MailServer, batch: bool = True) -> subprocess.Popen:
    env = {**site.env, **fault_env(mail)}
    command = [sys.executable, str(ROOT / "manage.py"), "db_worker", "--no-startup-delay"]
    return subprocess.Popen(  # noqa: S603
        [*command, "--batch"] if batch else command,
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def send_pending(site, mail: MailServer) -> str:
    """The hourly safety net (``send_pending_emails``), with the workers' settings."""
    return manage({**site.env, **fault_env(mail)}, "send_pending_emails", "--minutes", "0")


def run_workers(site, mail: MailServer, count: int = 1) -> None:
    """Runs ``count`` workers side by side until the queue holds nothing due."""
    workers = [start_worker(site, mail) for _ in range(count)]
    for worker in workers:
        assert worker.wait(timeout=120) == 0


def backdate(site, table: str, column: str, where: str) -> None:
    """Moves ``column`` of the rows ``where`` holds far into the past, as the clock would:
    written straight to the site's database (another Django start cost more than the
    test's SMTP waits)."""
    assert site.count(table, where) > 0
    site.query(f"UPDATE {table} SET {column} = %s WHERE {where}", "2000-01-01 00:00:00")  # noqa: S608


def make_retries_due(site) -> None:
    """Ends the retries' backoff: every waiting task is due."""
    backdate(site, DBTaskResult._meta.db_table, "run_after", "status = 'READY'")


def make_claims_expire(site) -> None:
    """Ages every claim on an email being sent past its expiry."""
    backdate(site, "inquiries_outboundemail", "claimed_at", "status = 'sending'")


def outbox(site) -> list[tuple[str, str, int]]:
    return site.query(
        "SELECT message_id, status, attempts FROM inquiries_outboundemail ORDER BY id"
    )


def send_staff_copies_to(site) -> None:
    site.query("UPDATE inquiries_intakeformpage SET notification_recipients = %s", STAFF)


def submit_inquiries(site, count: int) -> None:
    for n in range(count):
        body = {**INQUIRY, "message": f"fault {n}", "form_token": api_token(site.url)}
        assert post_json(site.url, "inquiry", body)[0] == 201


def assert_each_email_received_once(site, mail: MailServer, expected: int) -> None:
    emails = outbox(site)
    assert len(emails) == expected
    assert {status for _id, status, _attempts in emails} == {"sent"}
    assert sorted(mail.received) == sorted(message_id for message_id, _s, _a in emails)


# -- the mail server -----------------------------------------------------------------


def test_mail_server_hanging_then_stopped_then_back_delivers_every_email_once(
    start_server, mail_server
):
    site = start_server("--workers", "1", **fault_env())
    send_staff_copies_to(site)
    submit_inquiries(site, 2)  # four emails: two staff notifications, two confirmations
    mail_server.hang.set()
    mail_server.start()
    run_workers(site, mail_server)  # every send times out (1 s) against the hung server
    assert mail_server.received == []
    assert [(s, a) for _m, s, a in outbox(site)] == [("pending", 1)] * 4
    mail_server.stop()  # now nothing listens: connection refused
    make_retries_due(site)
    run_workers(site, mail_server)
    assert [(s, a) for _m, s, a in outbox(site)] == [("pending", 2)] * 4
    mail_server.hang.clear()
    mail_server.release.clear()
    mail_server.start()  # back, on the same port
    make_retries_due(site)
    run_workers(site, mail_server, count=2)  # two workers at once: claims keep them apart
    assert_each_email_received_once(site, mail_server, 4)
    assert [a for _m, _s, a in outbox(site)] == [3] * 4


# -- the task worker ---------------------------------------------------------------


def test_worker_killed_during_a_send_then_every_email_goes_once(start_server, mail_server):
    site = start_server("--workers", "1", **fault_env())
    send_staff_copies_to(site)
    submit_inquiries(site, 1)
    mail_server.hang.set()
    mail_server.start()
    worker = start_worker(site, mail_server, batch=False)
    assert mail_server.hanging.wait(timeout=60), "the worker never reached the mail server"
    worker.send_signal(signal.SIGKILL)  # in the middle of the send: DATA sent, no answer
    worker.wait(timeout=10)
    mail_server.hang.clear()
    mail_server.release.set()
    statuses = sorted(status for _m, status, _a in outbox(site))
    assert statuses == ["pending", "sending"]  # one claimed by the dead worker
    assert mail_server.received == []

    run_workers(site, mail_server)  # the other email goes; the claimed one waits
    assert sorted(status for _m, status, _a in outbox(site)) == ["sending", "sent"]
    make_claims_expire(site)  # as ten SMTP timeouts (1 s here) would
    for _ in range(2):  # the hourly safety net, run twice: two sends queued
        assert "Enqueued 1 " in send_pending(site, mail_server)
    run_workers(site, mail_server, count=2)
    assert_each_email_received_once(site, mail_server, 2)
    assert "Enqueued 0 " in send_pending(site, mail_server)


# -- the web worker --------------------------------------------------------------------


def test_web_worker_killed_after_the_commit_then_the_retry_gets_the_first_answer(start_server):
    site = start_server("--workers", "1", **fault_env())
    body = {**INQUIRY, "message": "killed after commit", "form_token": api_token(site.url)}
    with pytest.raises((http.client.RemoteDisconnected, urllib.error.URLError, OSError)):
        post_json(
            site.url, "inquiry", body, **{"Idempotency-Key": "k-1", "X-Fault": "kill-after-commit"}
        )
    assert site.count("inquiries_inquiry", "message = %s", body["message"]) == 1
    status, answer = post_json(site.url, "inquiry", body, **{"Idempotency-Key": "k-1"})
    assert status == 201 and answer["status"] == "received"
    [(token,)] = site.query(
        "SELECT token FROM inquiries_inquiry WHERE message = %s", body["message"]
    )
    assert uuid.UUID(answer["id"]) == uuid.UUID(str(token))  # the first answer, never seen
    assert site.count("inquiries_inquiry", "message = %s", body["message"]) == 1
    assert site.count("inquiries_outboundemail") == 1  # the confirmation, once

    # the same through the HTML form: the browser posts again, the same token
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    html = opener.open(f"{site.url}/en/contact/", timeout=10).read().decode()
    fields = {
        **FORM,
        "message": "html killed after commit",
        "form_token": re.search(r'name="form_token" value="([^"]+)"', html).group(1),
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(
            1
        ),
    }
    with pytest.raises((http.client.RemoteDisconnected, urllib.error.URLError, OSError)):
        open_form_post(opener, site.url, fields, **{"X-Fault": "kill-after-commit"})
    status, location, _page = open_form_post(opener, site.url, fields)
    assert status == 302 and "?sent=" in location
    assert site.count("inquiries_inquiry", "message = %s", fields["message"]) == 1
    assert site.count("inquiries_outboundemail") == 2


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def open_form_post(opener, base: str, fields: dict, path: str = "/en/contact/", **headers):
    """POSTs the form like a browser: ``(status, Location, page)``."""
    request = urllib.request.Request(
        base + path,
        data=urllib.parse.urlencode(fields).encode(),
        headers={"Referer": base + path, **headers},
    )
    try:
        response = opener.open(request, timeout=30)
        return response.status, "", response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Location") or "", error.read().decode()


# -- the database ----------------------------------------------------------------------


class Proxy:
    """A TCP proxy to PostgreSQL that can cut every connection and refuse new ones."""

    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.up = True
        self.pairs: list[tuple[socket.socket, socket.socket]] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.up:
                client.close()  # refused: the server is "down"
                continue
            upstream = socket.create_connection(self.target)
            self.pairs.append((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def down(self):
        self.up = False
        for pair in self.pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        self.pairs.clear()

    def close(self):
        self.listener.close()
        self.down()


class Outage:
    """Makes the site's database unavailable, and back: on SQLite another process
    holds the write lock past the busy timeout (1 s here); on PostgreSQL the site's
    connections go through a proxy that cuts them and refuses new ones."""

    def __init__(self, start_server):
        self.proxy = self.locker = None
        if on_postgresql():
            from django.conf import settings

            port = int(settings.DATABASES["default"]["PORT"] or 5432)
            self.proxy = Proxy(port)
            via = lambda url: url.replace(f":{port}/", f":{self.proxy.port}/")  # noqa: E731
        else:
            via = lambda url: url + "?timeout=1"  # noqa: E731
        self.site = start_server("--workers", "2", database_via=via, **fault_env())

    def begin(self):
        if self.proxy:
            self.proxy.down()
            return
        path = self.site.database_url.removeprefix("sqlite:///")
        self.locker = subprocess.Popen(  # noqa: S603 - holds the write lock until killed
            [
                sys.executable,
                "-c",
                "import sqlite3, sys, time\n"
                "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "db.execute('BEGIN EXCLUSIVE')\n"
                "print('locked', flush=True)\n"
                "time.sleep(600)",
                path,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.locker.stdout.readline().strip() == "locked"

    def end(self):
        if self.proxy:
            self.proxy.up = True
            return
        self.locker.kill()
        self.locker.wait()


@pytest.fixture
def outage(start_server):
    outage = Outage(start_server)
    yield outage
    if outage.proxy:
        outage.proxy.close()
    if outage.locker and outage.locker.poll() is None:
        outage.locker.kill()


@pytest.mark.parametrize("language", ["ja", "ne"])
def test_database_unavailable_the_visitor_keeps_their_answers_and_sends_again(outage, language):
    site = outage.site
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    path = f"/{language}/contact/"
    html = opener.open(site.url + path, timeout=10).read().decode()
    message = f"Fault {language}: 障害 / बिग्रियो"
    fields = {
        **FORM,
        "message": message,
        "form_token": re.search(r'name="form_token" value="([^"]+)"', html).group(1),
        "csrfmiddlewaretoken": re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(
            1
        ),
    }
    api_body = {**INQUIRY, "message": f"api {message}", "form_token": api_token(site.url)}
    outage.begin()
    status, _location, page = open_form_post(opener, site.url, fields, path=path)
    assert status == 503, site.log[-4000:]
    assert f'<html lang="{language}"' in page
    with translation.override(language):
        # SQLite: the database still reads, so the form page itself comes back with
        # a notice; PostgreSQL: nothing answers, so the stand-alone 503 page does
        notice = gettext("The site is briefly unavailable" if on_postgresql() else "Not sent yet")
    assert notice in page and notice.isascii() is False
    assert 'type="submit"' in page  # a form to send again, holding what they wrote
    assert f'value="{fields["form_token"]}"' in page
    assert escape(message) in page
    status, answer = post_json(site.url, "inquiry", api_body, **{"Idempotency-Key": "outage-1"})
    assert status == 503 and answer["status"] == 503 and answer["detail"]
    time.sleep(2)  # a few seconds of outage
    outage.end()

    # back, without a restart: sending the same again stores each once
    status, location, _page = open_form_post(opener, site.url, fields, path=path)
    assert status == 302 and "?sent=" in location
    status, location, _page = open_form_post(opener, site.url, fields, path=path)
    assert status == 302  # a second click changes nothing
    status, answer = post_json(site.url, "inquiry", api_body, **{"Idempotency-Key": "outage-1"})
    assert status == 201
    assert site.count("inquiries_inquiry", "message = %s", message) == 1
    assert site.count("inquiries_inquiry", "message = %s", api_body["message"]) == 1
    assert site.count("inquiries_outboundemail") == 2  # one confirmation each


def escape(text: str) -> str:
    from django.utils.html import escape as django_escape

    return str(django_escape(text))
