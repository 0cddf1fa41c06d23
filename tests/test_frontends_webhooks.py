"""Publish webhooks: a real HTTP receiver on loopback gets a signed event listing the
paths a change affects in each language, is retried with backoff after errors and
timeouts, and a delivery that keeps failing shows in the admin; publishing never
waits on a front end, and hostile addresses are refused."""

from __future__ import annotations

import datetime
import hashlib
import hmac
import json
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from frontends import signing
from frontends.config import FrontEnd, frontends_from_env, url_problem
from frontends.models import WebhookDelivery
from home.models import SiteSettings
from home.seo import public_live_pages
from staticsite.changes import affected_pages
from staticsite.render import page_url
from staticsite.writer import default_site
from tests.support.factories import UserFactory
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

SECRET = "a-webhook-secret-of-forty-characters-xyz"
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]
DELIVERY_TASK = "frontends.tasks.deliver_webhook"


class Receiver:
    """A front end's webhook endpoint: records each request and answers as planned
    (a status, or "hang": no answer until the test ends)."""

    def __init__(self):
        self.requests: list[dict] = []
        self.plan: list[int | str] = []
        self.release = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - http.server's API
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.requests.append(
                    {"path": self.path, "headers": dict(self.headers), "body": body}
                )
                answer = receiver.plan.pop(0) if receiver.plan else 204
                if answer == "hang":
                    receiver.release.wait(5)
                    return
                self.send_response(answer)
                if answer in (301, 302):
                    self.send_header("Location", "http://127.0.0.1:9/elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/revalidate?site=ocp"

    def events(self) -> list[dict]:
        return [json.loads(request["body"]) for request in self.requests]


@pytest.fixture(scope="module")
def receiver():
    receiver = Receiver()
    thread = threading.Thread(target=receiver.server.serve_forever, daemon=True)
    thread.start()
    yield receiver
    receiver.release.set()
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def frontend(receiver, settings):
    receiver.requests.clear()
    receiver.plan.clear()
    settings.FRONTENDS = [FrontEnd(name="next", secret=SECRET, webhook_url=receiver.url)]
    settings.FRONTEND_WEBHOOK_TIMEOUT = 0.5
    settings.FRONTEND_WEBHOOK_MAX_ATTEMPTS = 8
    return receiver


def page_of(language: str, slug: str) -> Page:
    return Page.objects.get(locale__language_code=language, slug=slug).specific


def change(action, django_capture_on_commit_callbacks) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        action()
    run_worker()


def make_retries_due() -> None:
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def queued_deliveries():
    return DBTaskResult.objects.filter(status="READY", task_path=DELIVERY_TASK)


def export_paths(page_ids: list[int]) -> dict[str, list[str]]:
    """What the static export re-renders for a change of these pages, as paths."""
    live = {page.pk: page for page in public_live_pages(default_site())}
    reasons, _whole = affected_pages([{"page": pk} for pk in page_ids], live)
    paths = {code: [] for code in LANGUAGES}
    for pk in reasons:
        if pk in live:
            paths[live[pk].locale.language_code].append(page_url(live[pk]))
    return {code: sorted(found) for code, found in paths.items()}


def test_publishing_posts_a_signed_event_with_the_paths_of_each_language(
    frontend, django_capture_on_commit_callbacks
):
    ocp = page_of("en", "ocp")
    change(lambda: ocp.save_revision().publish(), django_capture_on_commit_callbacks)

    assert len(frontend.requests) == 1
    request = frontend.requests[0]
    assert request["path"] == "/api/revalidate?site=ocp"
    headers, body = request["headers"], request["body"]
    assert headers["Content-Type"] == "application/json"
    assert headers["X-OCP-Event"] == "pages.changed"
    # The receiver's check, written out: HMAC-SHA256 over "<t>.<body>".
    parts = dict(item.split("=", 1) for item in headers["X-OCP-Signature"].split(","))
    assert abs(int(parts["t"]) - time.time()) < 60
    expected = hmac.new(SECRET.encode(), f"{parts['t']}.".encode() + body, hashlib.sha256)
    assert hmac.compare_digest(parts["v1"], expected.hexdigest())
    assert signing.verify(SECRET, body, headers["X-OCP-Signature"])
    assert not signing.verify("another-secret-" * 3, body, headers["X-OCP-Signature"])
    assert not signing.verify(SECRET, body.replace(b"/en/", b"/ja/"), headers["X-OCP-Signature"])
    replayed = signing.signature(SECRET, body, int(time.time()) - signing.TOLERANCE_SECONDS - 5)
    assert not signing.verify(SECRET, body, replayed)

    event = json.loads(body)
    assert event["id"] == headers["X-OCP-Delivery"]
    assert event["changes"] == [
        {"action": "published", "page": ocp.pk, "language": "en", "path": "/en/programs/ocp/"}
    ]
    # The page in every language and each one's parent, the export's very set.
    for code in LANGUAGES:
        assert {f"/{code}/programs/ocp/", f"/{code}/programs/"} <= set(event["paths"][code])
    assert event["paths"] == export_paths([ocp.pk])
    assert event["whole_languages"] == []  # not in a menu: no whole language
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.answer_status) == ("delivered", 1, 204)


def test_the_address_a_page_leaves_is_in_the_event(frontend, django_capture_on_commit_callbacks):
    terms, about = page_of("ja", "terms"), page_of("ja", "about")
    change(lambda: terms.move(about, pos="last-child"), django_capture_on_commit_callbacks)
    moved = frontend.events()[-1]
    assert {"/ja/terms/", "/ja/about/terms/"} <= set(moved["paths"]["ja"])
    staff_line = WebhookDelivery.objects.get(event_id=moved["id"]).what_changed()
    count = sum(len(paths) for paths in moved["paths"].values())
    assert staff_line == f"ページ /ja/about/terms/ を移動（{count} 件のパス）"  # named once

    english = page_of("en", "terms")
    change(english.unpublish, django_capture_on_commit_callbacks)
    assert "/en/terms/" in frontend.events()[-1]["paths"]["en"]

    nepali = page_of("ne", "terms")
    change(nepali.delete, django_capture_on_commit_callbacks)
    deleted = [e for e in frontend.events() if e["changes"][0]["action"] == "deleted"]
    assert len(deleted) == 1
    assert "/ne/terms/" in deleted[0]["paths"]["ne"]
    assert "/ne/" in deleted[0]["paths"]["ne"]  # its parent listed it


def test_site_settings_of_one_language_announce_that_whole_language(
    frontend, django_capture_on_commit_callbacks
):
    nepali = SiteSettings.objects.get(locale__language_code="ne")
    nepali.phone = "03-1111-2222"
    change(nepali.save, django_capture_on_commit_callbacks)

    (event,) = frontend.events()
    assert event["changes"] == [
        {"action": "changed", "snippet": "home.sitesettings", "language": "ne"}
    ]
    assert event["whole_languages"] == ["ne"]
    live_nepali = [p for p in public_live_pages(default_site()) if p.locale.language_code == "ne"]
    assert event["paths"]["ne"] == sorted(page_url(p) for p in live_nepali)
    assert event["paths"]["ja"] == event["paths"]["en"] == []


def test_errors_and_timeouts_are_retried_with_growing_delays_then_delivered(
    frontend, django_capture_on_commit_callbacks
):
    frontend.plan[:] = [500, "hang", 204]
    page = page_of("ja", "faq")
    change(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.problem) == ("pending", 1, "http")
    assert delivery.answer_status == 500
    first_wait = queued_deliveries().get().run_after - timezone.now()
    assert 20 < first_wait.total_seconds() <= 30

    make_retries_due()
    run_worker()  # the front end takes the request and never answers
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.problem) == ("pending", 2, "timeout")
    second_wait = queued_deliveries().get().run_after - timezone.now()
    assert second_wait > first_wait

    make_retries_due()
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.problem) == ("delivered", 3, "")
    assert not queued_deliveries().exists()
    # The same event each time, signed anew.
    assert len({request["body"] for request in frontend.requests}) == 1
    assert len({request["headers"]["X-OCP-Delivery"] for request in frontend.requests}) == 1
    for request in frontend.requests:
        assert signing.verify(SECRET, request["body"], request["headers"]["X-OCP-Signature"])


def test_a_delivery_that_keeps_failing_gives_up_and_shows_in_the_admin(
    frontend, settings, django_capture_on_commit_callbacks
):
    settings.FRONTEND_WEBHOOK_MAX_ATTEMPTS = 3
    frontend.plan[:] = [302, 503, 500]  # a redirect is an error answer, never followed
    page = page_of("en", "about")
    change(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    for _attempt in range(2):
        make_retries_due()
        run_worker()

    assert len(frontend.requests) == 3  # the redirect's target was never asked
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.answer_status) == ("failed", 3, 500)
    assert not queued_deliveries().exists()
    assert delivery.url == frontend.url.split("?")[0] + "?…"  # a query may carry a key

    admin = Client()
    admin.force_login(UserFactory(superuser=True, language="ja"))
    listing = admin.get(reverse("frontends_webhookdelivery:index"), {"status": "failed"})
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "フロントエンドは HTTP 500 を返しました。" in html
    assert "ページ /en/about/ を公開" in html
    assert "送信失敗（再試行の上限に到達）" in html
    dashboard = admin.get(reverse("wagtailadmin_home")).content.decode()
    assert "1 件の Webhook 配信が失敗しました" in dashboard
    assert SECRET not in dashboard and SECRET[-4:] in dashboard
    assert "site=ocp" not in dashboard  # a query may carry a key: never shown
    inspect = admin.get(reverse("frontends_webhookdelivery:inspect", args=[delivery.pk]))
    html = inspect.content.decode()
    assert inspect.status_code == 200 and SECRET not in html and "site=ocp" not in html
    assert "フロントエンドは HTTP 500 を返しました。" in html

    english = Client()
    english.force_login(UserFactory(superuser=True, language="en"))
    html = english.get(reverse("frontends_webhookdelivery:index"), {"status": "failed"})
    assert "The front end answered HTTP 500." in html.content.decode()

    # Once the front end is fixed, staff send it again (POST only, and only who may).
    send_again = reverse("frontends_webhookdelivery:send_again", args=[delivery.pk])
    assert "もう一度送信する" in inspect.content.decode()
    editor = Client()
    editor.force_login(UserFactory(editor=True))
    assert editor.post(send_again).status_code in (302, 403)
    assert admin.get(send_again).status_code == 405
    delivery.refresh_from_db()
    assert delivery.status == "failed"
    with django_capture_on_commit_callbacks(execute=True):
        answer = admin.post(send_again, follow=True)
    assert "イベントを再送信します。" in answer.content.decode()
    run_worker()
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.answer_status) == ("delivered", 1, 204)
    again = admin.post(send_again, follow=True).content.decode()
    assert "送信に失敗した配信だけを再送信できます。" in again


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_front_end_never_holds_up_publishing(
    settings, django_capture_on_commit_callbacks
):
    settings.FRONTENDS = [
        FrontEnd(name="down", secret=SECRET, webhook_url=f"http://127.0.0.1:{closed_port()}/hook")
    ]
    editor = Client()
    editor.force_login(UserFactory(superuser=True))
    page = page_of("ja", "about")
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            {
                "title": "About us, again",
                "slug": "about",
                "intro": "",
                "body-count": "0",
                "action-publish": "publish",
            },
        )
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == "About us, again" and page.live
    assert not WebhookDelivery.objects.exists()  # nothing was sent inside the request

    run_worker()
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.problem) == ("pending", "connection")
    assert queued_deliveries().exists()


HOSTILE_URLS = [
    "file:///etc/passwd",
    "FILE:///etc/passwd",
    "ftp://example.org/hook",
    "gopher://127.0.0.1:6379/_FLUSHALL",
    "javascript:alert(1)",
    "data:text/plain,hi",
    "//example.org/hook",
    "example.org/hook",
    "https://user:password@example.org/hook",
    "https://token@example.org/hook",
    "https://@example.org/hook",
    "http://example.org/hook",  # plain http off this host
    "http://10.0.0.5/hook",
    "https:///hook",
    "https://example.org/hook#fragment",
    "https://exa mple.org/hook",
    "https://example.org/hook\r\nX-Injected: 1",
    "https://example.org/\x00hook",
    "https://exam\u202eple.org/hook",
    "https://[::1/hook",
    "https://example.org:99999/hook",
    "https://example.org:0/hook",
    "https://example.org/" + "a" * 3000,
    "",
]


def test_hostile_addresses_are_refused_at_start_up_and_before_each_request(
    receiver, settings, django_capture_on_commit_callbacks
):
    for url in HOSTILE_URLS:
        assert url_problem(url), url
        environ = {
            "FRONTENDS": "next",
            "FRONTEND_NEXT_SECRET": SECRET,
            "FRONTEND_NEXT_WEBHOOK_URL": url or " ",
        }
        with pytest.raises(ImproperlyConfigured, match="FRONTEND_NEXT_WEBHOOK_URL"):
            frontends_from_env(environ)
    for environ in (
        {
            "FRONTENDS": "next",
            "FRONTEND_NEXT_SECRET": "short",
            "FRONTEND_NEXT_WEBHOOK_URL": receiver.url,
        },
        {"FRONTENDS": "Next!", "FRONTEND_NEXT_SECRET": SECRET},
        {"FRONTENDS": "next", "FRONTEND_NEXT_SECRET": SECRET},  # no address at all
    ):
        with pytest.raises(ImproperlyConfigured):
            frontends_from_env(environ)
    accepted = frontends_from_env(
        {
            "FRONTENDS": "next, astro",
            "FRONTEND_NEXT_SECRET": SECRET,
            "FRONTEND_NEXT_WEBHOOK_URL": "https://www.example.org/api/revalidate?x=1",
            "FRONTEND_ASTRO_SECRET": SECRET[::-1],
            "FRONTEND_ASTRO_PREVIEW_URL": "http://localhost:4321/preview",
        }
    )
    assert [(f.name, f.webhook_url) for f in accepted] == [
        ("next", "https://www.example.org/api/revalidate?x=1"),
        ("astro", ""),
    ]

    # Settings changed by hand (not through the environment) are checked again.
    receiver.requests.clear()
    settings.FRONTENDS = [FrontEnd(name="bad", secret=SECRET, webhook_url="file:///etc/passwd")]
    page = page_of("en", "faq")
    change(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.problem, delivery.attempts) == ("failed", "refused", 0)
    assert not queued_deliveries().exists()
    assert receiver.requests == []


def test_without_a_front_end_nothing_is_queued(settings, django_capture_on_commit_callbacks):
    settings.FRONTENDS = []
    page = page_of("en", "faq")
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert not DBTaskResult.objects.filter(task_path__startswith="frontends.").exists()


def test_old_deliveries_leave_the_log_failures_later(frontend, django_capture_on_commit_callbacks):
    days = datetime.timedelta(days=1)
    old = {
        (status, age): WebhookDelivery.objects.create(
            event_id=uuid.uuid4(),
            frontend="next",
            url="https://x.org/",
            body="{}",
            status=status,
            created_at=timezone.now() - age * days,
        ).pk
        for status, age in (("delivered", 31), ("delivered", 29), ("failed", 91), ("failed", 60))
    }
    page = page_of("en", "faq")
    change(lambda: page.save_revision().publish(), django_capture_on_commit_callbacks)
    kept = set(WebhookDelivery.objects.filter(pk__in=old.values()).values_list("pk", flat=True))
    assert kept == {old[("delivered", 29)], old[("failed", 60)]}
