"""No personal data in logs or error emails.

Marker values go in through the HTML forms and the JSON API, in valid and invalid
posts and in posts that hit a real fault (the table the record goes to has gone), with
ADMINS set so the errors are mailed; then the captured log records, the log lines as
the project's formatters write them, and every error mail are searched for the markers.
"""

from __future__ import annotations

import io
import json
import logging
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils.log import AdminEmailHandler

from inquiries.models import Inquiry
from ocp.logs import JsonFormatter, KeyValueFormatter, RedactPersonalData, redact
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

ADMINS = [("Operations", "ops@jii.example")]
MARKERS = {
    "company": "Qwertzuiop Vbnmasdf",
    "department": "Zxcvbnmlk Jhgfdsapo",
    "name": "Plokijuh Yhnujmikol",
    "email": "marker.person@leak-check.example",
    "phone": "090-8765-4321",
    "message": "Quokkamarker wombatfreetext",
}


def inquiry(**changes) -> dict:
    return {**MARKERS, "topic": "costs", "consent": "on", **changes}


def token(client: Client, language: str) -> str:
    page = client.get(f"/{language}/contact/").content.decode()
    return re.search(r'name="form_token" value="([^"]+)"', page).group(1)


def api_token(client: Client, language: str) -> str:
    fields = client.get(f"/api/intake/inquiry/?locale={language}").json()["fields"]
    return next(field["value"] for field in fields if field["name"] == "form_token")


def break_inquiry_table() -> None:
    """A real fault: the table inquiries are stored in is gone (the test's rollback
    brings it back)."""
    table = Inquiry._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")


@pytest.fixture
def log_output():
    """The log lines as the project's handlers write them, in both formats."""
    streams = {"text": io.StringIO(), "json": io.StringIO()}
    handlers = []
    for name, formatter in (("text", KeyValueFormatter()), ("json", JsonFormatter())):
        handler = logging.StreamHandler(streams[name])
        handler.setFormatter(formatter)
        handler.addFilter(RedactPersonalData())
        handlers.append(handler)
    root = logging.getLogger()
    for handler in handlers:
        root.addHandler(handler)
    yield streams
    for handler in handlers:
        root.removeHandler(handler)


@pytest.fixture
def error_mails_with_html(settings):
    """ADMINS set, and the error mails carrying Django's HTML report too (which lists
    every frame's variables)."""
    settings.ADMINS = ADMINS
    (handler,) = [
        h for h in logging.getLogger("django").handlers if isinstance(h, AdminEmailHandler)
    ]
    handler.include_html = True
    yield
    handler.include_html = False


def test_markers_reach_no_log_line_and_no_error_mail(
    caplog, log_output, error_mails_with_html, settings
):
    caplog.set_level(logging.INFO)
    html = Client(raise_request_exception=False)
    api = Client(raise_request_exception=False)

    # The HTML form: a valid post, an invalid one (400), then a real fault (500).
    assert html.post("/en/contact/", inquiry(form_token=token(html, "en"))).status_code == 302
    assert (
        html.post("/en/contact/", inquiry(consent="", form_token=token(html, "en"))).status_code
        == 400
    )
    # The JSON API: a valid post, an invalid one.
    body = {**inquiry(consent=True), "locale": "en", "form_token": api_token(api, "en")}
    assert (
        api.post("/api/intake/inquiry/", body, content_type="application/json").status_code == 201
    )
    invalid = {
        **body,
        "email": "not an email " + MARKERS["email"],
        "form_token": api_token(api, "en"),
    }
    assert (
        api.post("/api/intake/inquiry/", invalid, content_type="application/json").status_code
        == 400
    )
    run_worker()  # the emails the valid posts queued (to staff and sender: not logs)

    fresh_html, fresh_api = token(html, "en"), api_token(api, "en")
    break_inquiry_table()
    assert html.post("/en/contact/", inquiry(form_token=fresh_html)).status_code == 500
    response = api.post(
        "/api/intake/inquiry/",
        {**body, "form_token": fresh_api},
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY="marker-retry-1",
    )
    assert response.status_code == 500

    error_mails = [m for m in mail.outbox if m.to == ["ops@jii.example"]]
    assert len(error_mails) == 2
    texts = {
        "caplog": "\n".join(
            f"{r.getMessage()} {r.exc_text or ''} {getattr(r, 'request', '')}"
            for r in caplog.records
        ),
        "text log": log_output["text"].getvalue(),
        "json log": log_output["json"].getvalue(),
    }
    for number, message in enumerate(error_mails):
        (html_report, _mimetype) = message.alternatives[0]
        texts[f"error mail {number}"] = "\n".join([message.subject, message.body, html_report])

    # The reports are there, and useful: what failed, where, which fields were sent.
    assert "Internal Server Error: /en/contact/" in texts["text log"]
    assert "Internal Server Error: /api/intake/inquiry/" in texts["text log"]
    for line in log_output["json"].getvalue().splitlines():
        json.loads(line)
    mail_text = texts["error mail 0"]
    assert "OperationalError" in mail_text or "ProgrammingError" in mail_text
    for field in ("company", "name", "email", "phone", "message"):
        assert re.search(rf"{field} = '\*+'", mail_text), field

    for where, text in texts.items():
        for field, marker in MARKERS.items():
            for fragment in {marker, *marker.split(" ")}:
                assert fragment not in text, (where, field, fragment)
        for fragment in ("leak-check", "marker.person", "8765-4321", "87654321"):
            assert fragment not in text, (where, fragment)


def test_log_lines_mask_email_addresses_and_phone_numbers(log_output):
    logger = logging.getLogger("inquiries.test")
    logger.warning("could not reach %s on %s", "someone@example.co.jp", "+81 (0)90 1234 5678")
    try:
        raise ValueError("bad address hanako.yamada@example.com, tel 03-1234-5678")
    except ValueError:
        logger.exception("failed on 2026-11-28 10:00:01 for request 1234567")
    for output in (log_output["text"].getvalue(), log_output["json"].getvalue()):
        assert "example.co.jp" not in output and "hanako" not in output
        assert "1234 5678" not in output and "1234-5678" not in output
        assert "[email]" in output and "[phone]" in output
        assert "2026-11-28 10:00:01" in output and "1234567" in output  # dates and ids stay
        assert "ValueError" in output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail a.b+c@sub.example.org now", "mail [email] now"),
        ("call 090-1234-5678", "call [phone]"),
        ("call +81 3 1234 5678.", "call [phone]."),
        ("call (03) 1234-5678", "call [phone]"),
        ("09012345678", "[phone]"),
        ("on 2026-11-28 at 10:00:00", "on 2026-11-28 at 10:00:00"),
        ("email 42 not sent (attempt 3)", "email 42 not sent (attempt 3)"),
        ("GET /ja/contact/ 200 1532", "GET /ja/contact/ 200 1532"),
        ("from 127.0.0.1:8000", "from 127.0.0.1:8000"),
    ],
)
def test_redact(text, expected):
    assert redact(text) == expected


def test_the_settings_use_these_handlers_and_filters(settings):
    logging_config = settings.LOGGING
    assert "redact" in logging_config["handlers"]["console"]["filters"]
    assert "redact" in logging_config["handlers"]["mail_admins"]["filters"]
    assert logging_config["loggers"]["django"]["handlers"] == ["mail_admins"]
    assert settings.DEFAULT_EXCEPTION_REPORTER_FILTER == "ocp.logs.PrivateExceptionReporterFilter"
    assert settings.DEFAULT_EXCEPTION_REPORTER == "ocp.logs.RedactingExceptionReporter"


def test_error_reports_hide_values_even_where_no_view_marked_them(rf, settings):
    """The project's filter does not depend on views remembering the decorators."""
    import sys

    from django.views.debug import get_exception_reporter_class

    settings.ADMINS = ADMINS
    request = rf.post(
        f"/en/somewhere/?email={MARKERS['email']}",
        inquiry(),
        HTTP_X_FORWARDED_FOR="203.0.113.9",
        HTTP_REFERER=f"https://ocp.example.org/en/contact/?name={MARKERS['name']}",
    )

    def store(data):
        cleaned = dict(data.items())  # noqa: F841 - a local the report would list
        raise RuntimeError(f"could not store the inquiry of {MARKERS['email']}")

    try:
        store(request.POST)
    except RuntimeError:
        reporter = get_exception_reporter_class(request)(request, *sys.exc_info(), is_email=True)
        report = reporter.get_traceback_text() + reporter.get_traceback_html()
    assert "RuntimeError" in report and "could not store the inquiry of [email]" in report
    for marker in (*MARKERS.values(), "leak-check", "203.0.113.9", "Yhnujmikol"):
        assert marker not in report, marker
