"""The static site's plain POST (``/intake/<form>/``) under the page forms' spam rules.

Whatever the token (none, unreadable, forged, another form's, too old, too young,
replayed) and whether or not the browser sends an Origin, a post that the page forms
would refuse is refused, one they would store as spam is stored as spam, and neither
mails anyone: no confirmation, no staff notification, no download links. Only a token
the site issued for this form (baked into the exported page, or fetched fresh by its
script) stores a genuine record and queues its emails.
"""

from __future__ import annotations

import base64
import io
import json
import re
import time
import uuid

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.test import Client

from inquiries.models import Inquiry, IntakeFormPage, MaterialRequest, OutboundEmail
from inquiries.tokens import TOKEN_SALT, issue_token, shared_token, shared_token_period
from programs.models import Material
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

BASE_URL = "https://www.example.org"
API_ORIGIN = "https://cms.example.org"
ORIGINS = {"no Origin": {}, "the static site's Origin": {"HTTP_ORIGIN": BASE_URL}}
ANSWERS = {
    "company": "Static Works",
    "name": "Aiko Tanaka",
    "email": "aiko@example.jp",
    "topic": "costs",
    "message": "How much does the program cost?",
    "consent": "on",
    "locale": "en",
}
STAFF = "staff@jii.example"


@pytest.fixture(autouse=True)
def _site(settings):
    settings.INTAKE_ALLOWED_ORIGINS = [BASE_URL]
    settings.INTAKE_RATE_LIMIT = (10_000, 3600)  # the tables post many times
    for page in IntakeFormPage.objects.all():
        page.notification_recipients = STAFF
        page.save()


def post(client, answers: dict, origin: dict, form: str = "inquiry"):
    return client.post(f"/intake/{form}/", answers, **origin)


def with_token(token: str | None, answers: dict = ANSWERS) -> dict:
    return dict(answers) if token is None else {**answers, "form_token": token}


def assert_nothing_sent() -> None:
    assert OutboundEmail.objects.count() == 0
    run_worker()
    assert mail.outbox == []


def tamper(token: str, **changes) -> str:
    """``token`` with its payload changed and its signature kept."""
    payload, rest = token.split(":", 1)
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data.update(changes)
    forged = base64.urlsafe_b64encode(json.dumps(data, separators=(",", ":")).encode())
    return f"{forged.decode().rstrip('=')}:{rest}"


def flip_last(token: str) -> str:
    return token[:-1] + ("A" if token[-1] != "A" else "B")


# Tokens the page forms refuse: the form comes back, nothing is stored.
REFUSED = {
    "none": lambda: None,
    "empty": lambda: "",
    "blank": lambda: "   ",
    "garbage": lambda: "not-a-token",
    "NUL": lambda: "abc\x00def",
    "unicode": lambda: "トークン\u202e",
    "huge": lambda: "a" * 20_000,
    "only a payload": lambda: issue_token(kind="inquiry").split(":")[0],
    "wrong signature": lambda: flip_last(issue_token(kind="inquiry")),
    "shared, wrong signature": lambda: flip_last(shared_token("inquiry")),
    "tampered time": lambda: tamper(issue_token(kind="inquiry"), at=0),
    "tampered kind": lambda: tamper(issue_token(kind="onboarding"), k="inquiry"),
    "unshared by tampering": lambda: tamper(shared_token("inquiry"), s=0),
    "other secret": lambda: signing.dumps(
        {"t": uuid.uuid4().hex, "at": time.time() - 60, "k": "inquiry"},
        key="another-secret-key",
        salt=TOKEN_SALT,
    ),
    "other salt": lambda: signing.dumps(
        {"t": uuid.uuid4().hex, "at": time.time() - 60, "k": "inquiry"}, salt="other.salt"
    ),
    "signed, not a dict": lambda: signing.dumps([1, 2, 3], salt=TOKEN_SALT),
    "signed, no uuid": lambda: signing.dumps({"t": "xyz", "at": 1.0}, salt=TOKEN_SALT),
    "signed, infinite time": lambda: signing.dumps(
        {"t": uuid.uuid4().hex, "at": float("inf")}, salt=TOKEN_SALT
    ),
    "other form's token": lambda: issue_token(kind="onboarding"),
    "other form's shared token": lambda: shared_token("material_request"),
    "unknown form's token": lambda: issue_token(kind="newsletter"),
}


@pytest.mark.parametrize("origin", ORIGINS.values(), ids=ORIGINS.keys())
@pytest.mark.parametrize("case", REFUSED.keys())
def test_a_post_without_a_valid_token_is_refused_and_mails_nobody(client, case, origin):
    response = post(client, with_token(REFUSED[case]()), origin)
    assert response.status_code == 400
    html = response.content.decode()
    assert "error-summary" in html and 'value="Static Works"' in html  # to send again
    again = re.search(r'name="form_token" value="([^"]+)"', html)[1]
    assert signing.loads(again, salt=TOKEN_SALT)["k"] == "inquiry"  # a fresh one
    assert Inquiry.objects.count() == 0
    assert_nothing_sent()


# Tokens the page forms store as spam: the visitor sees the thank-you page, staff the
# record with its reason, and nobody gets an email.
SPAM = {
    "expired": (lambda: issue_token(issued_at=time.time() - 3 * 24 * 3600), "too old"),
    "expired, for this form": (
        lambda: issue_token(kind="inquiry", issued_at=time.time() - 3 * 24 * 3600),
        "too old",
    ),
    "shared, a week old": (
        lambda: shared_token("inquiry", now=time.time() - 7 * 24 * 3600),
        "too old",
    ),
    "too fast": (lambda: issue_token(kind="inquiry"), "too fast"),
    "from the future": (
        lambda: issue_token(kind="inquiry", issued_at=time.time() + 3600),
        "too fast",
    ),
}


@pytest.mark.parametrize("origin", ORIGINS.values(), ids=ORIGINS.keys())
@pytest.mark.parametrize("case", SPAM.keys())
def test_a_post_with_a_stale_or_hasty_token_is_stored_as_spam(client, settings, case, origin):
    settings.INTAKE_MIN_SECONDS = 30
    make, reason = SPAM[case]
    response = post(client, with_token(make()), origin)
    assert response.status_code == 303
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reason == reason
    assert_nothing_sent()


@pytest.mark.parametrize("origin", ORIGINS.values(), ids=ORIGINS.keys())
@pytest.mark.parametrize(
    "other",
    [
        {"message": "Buy cheap watches"},
        {"email": "someone.else@example.jp"},
        {"company": "Static Works "},  # a trailing space: other bytes, same cleaned value
        {"phone": "03-1234-5678"},
    ],
    ids=["message", "email", "same cleaned answers", "added field"],
)
def test_a_token_used_for_a_stored_submission_is_a_replay(client, origin, other):
    token = issue_token(kind="inquiry", issued_at=time.time() - 60)
    assert post(client, with_token(token), origin).status_code == 303
    genuine = Inquiry.objects.get()
    assert not genuine.is_spam
    sent = set(OutboundEmail.objects.values_list("pk", flat=True))
    assert len(sent) == 2  # the confirmation and the staff notification

    response = post(client, with_token(token, {**ANSWERS, **other}), origin)
    assert response.status_code == 303
    replays = Inquiry.objects.exclude(pk=genuine.pk)
    if other == {"company": "Static Works "}:  # the same answers: a double click
        assert not replays.exists()
    else:
        (replay,) = replays
        assert replay.is_spam and replay.spam_reason == "replayed token"
    assert set(OutboundEmail.objects.values_list("pk", flat=True)) == sent


@pytest.mark.parametrize("origin", ORIGINS.values(), ids=ORIGINS.keys())
def test_a_fresh_token_from_the_api_works_once(client, origin):
    schema = client.get("/api/intake/inquiry/?locale=en", **origin).json()
    token = next(field["value"] for field in schema["fields"] if field["name"] == "form_token")
    assert post(client, with_token(token), origin).status_code == 303
    assert not Inquiry.objects.get().is_spam
    assert OutboundEmail.objects.count() == 2
    post(client, with_token(token, {**ANSWERS, "message": "Again"}), origin)
    assert Inquiry.objects.spam().get().spam_reason == "replayed token"
    assert OutboundEmail.objects.count() == 2


@pytest.mark.parametrize("origin", ORIGINS.values(), ids=ORIGINS.keys())
def test_the_shared_token_serves_every_visitor_once_each(client, origin):
    token = shared_token("inquiry")
    first = post(client, with_token(token), origin)
    assert first.status_code == 303 and first["Location"].endswith("/en/contact/thanks/")
    assert post(client, with_token(token), origin).status_code == 303  # a double click
    other = {**ANSWERS, "email": "ken@example.jp", "name": "Ken Sato"}
    assert post(client, with_token(token, other), origin).status_code == 303
    records = Inquiry.objects.order_by("pk")
    assert [(r.email, r.is_spam) for r in records] == [
        ("aiko@example.jp", False),
        ("ken@example.jp", False),
    ]
    assert OutboundEmail.objects.count() == 4  # two emails for each visitor
    run_worker()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        ["aiko@example.jp", "ken@example.jp", STAFF, STAFF]
    )


@pytest.mark.parametrize("token", ["none", "other form's token", "shared, a week old"])
def test_a_material_request_without_a_valid_token_sends_no_links(client, settings, token):
    material = Material.objects.get(locale__language_code="en")
    answers = {
        "company": "Static Works",
        "name": "Aiko Tanaka",
        "email": "aiko@example.jp",
        "role": "HR",
        "company_size": "1-49",
        "foreign_employees": "1-9",
        "heard_from": "search",
        "materials": [material.pk],
        "consent": "on",
        "locale": "en",
    }
    make = REFUSED.get(token) or SPAM[token][0]
    value = make()
    if token == "other form's token":
        value = issue_token(kind="inquiry")
    response = post(client, with_token(value, answers), ORIGINS["no Origin"], "material-request")
    assert response.status_code in (303, 400)
    assert "/downloads/" not in response.content.decode()
    assert all(record.is_spam for record in MaterialRequest.objects.all())
    assert_nothing_sent()
    # The same request with this form's shared token is sent, links and all.
    response = post(
        client,
        with_token(shared_token("material_request"), answers),
        ORIGINS["no Origin"],
        "material-request",
    )
    assert response.status_code == 303
    assert MaterialRequest.objects.genuine().count() == 1
    run_worker()
    (confirmation,) = [message for message in mail.outbox if message.to == ["aiko@example.jp"]]
    assert "/downloads/" in confirmation.body


def test_a_foreign_origin_is_refused_whatever_the_token(client):
    for token in [shared_token("inquiry"), issue_token(kind="inquiry", issued_at=0), None]:
        response = post(client, with_token(token), {"HTTP_ORIGIN": "https://evil.example"})
        assert response.status_code == 403
    assert Inquiry.objects.count() == 0
    assert_nothing_sent()


# -- The exported pages ------------------------------------------------------------------


def export(folder, settings) -> None:
    settings.STATIC_EXPORT_BASE_URL = BASE_URL
    settings.STATIC_EXPORT_API_ORIGIN = API_ORIGIN
    call_command(
        "build_static_site",
        *("--output", str(folder), "--base-url", BASE_URL, "--api-origin", API_ORIGIN),
        stdout=io.StringIO(),
    )


def baked_token(folder, path: str) -> str:
    html = (folder / path).read_text()
    (token,) = re.findall(r'name="form_token" value="([^"]+)"', html)
    return token


def test_the_token_baked_into_the_exported_page_stores_a_genuine_record(client, settings, tmp_path):
    """One export, posted from each origin a static page's form can send (none, or the
    static site's) by a visitor of its own."""
    export(tmp_path / "public", settings)
    token = baked_token(tmp_path / "public", "en/contact/index.html")
    visitors = {}
    for n, (name, origin) in enumerate(ORIGINS.items()):
        answers = {**ANSWERS, "email": f"visitor{n}@example.jp"}
        response = post(Client(), with_token(token, answers), origin)
        assert response.status_code == 303, name
        visitors[answers["email"]] = name
        # The same page's token does not open another form.
        assert post(Client(), with_token(token, answers), origin, "onboarding").status_code == 400
    records = Inquiry.objects.order_by("pk")
    assert [(r.email, r.is_spam, r.spam_reason) for r in records] == [
        (email, False, "") for email in visitors
    ]
    purposes = OutboundEmail.objects.values_list("record_id", "purpose")
    assert sorted(purposes) == sorted(
        (r.pk, purpose) for r in records for purpose in ("confirmation", "staff")
    )


def test_every_exported_form_carries_its_own_forms_shared_token(settings, tmp_path):
    export(tmp_path / "public", settings)
    for path in sorted((tmp_path / "public").rglob("*.html")):
        html = path.read_text()
        tokens = re.findall(r'name="form_token" value="([^"]+)"', html)
        action = re.search(r'action="[^"]*/intake/([a-z-]+)/"', html)
        assert len(tokens) == (1 if action else 0), path
        if action:
            data = signing.loads(tokens[0], salt=TOKEN_SALT)
            kind = action[1].replace("-", "_")
            assert data["s"] == 1 and data["k"] == kind, path
            assert tokens[0] == shared_token(kind)


def test_a_refresh_in_a_new_period_renews_the_baked_tokens(settings, tmp_path, monkeypatch):
    """A page exported in an earlier period (its token now too old for the no-JavaScript
    post) gets the current period's token at the next refresh, even with nothing
    published; within one period a refresh leaves the form pages' bytes alone."""
    folder = tmp_path / "public"
    settings.STATIC_EXPORT_DIR = str(folder)
    week_ago = time.time() - 7 * 24 * 3600
    clock = type("Clock", (), {"time": staticmethod(lambda: week_ago)})
    monkeypatch.setattr("inquiries.tokens.time", clock)
    export(folder, settings)
    monkeypatch.undo()
    old = baked_token(folder, "ja/contact/index.html")
    assert old == shared_token("inquiry", now=week_ago) != shared_token("inquiry")

    from staticsite.tasks import refresh_static_site

    refresh_static_site.call(changes=[])
    renewed = baked_token(folder, "ja/contact/index.html")
    assert renewed == shared_token("inquiry")
    written = json.loads((folder / "static-site-manifest.json").read_text())["last_run"]
    assert "ja/contact/index.html" in written["written"]
    assert "en/register/volunteer/index.html" in written["written"]
    refresh_static_site.call(changes=[])
    again = json.loads((folder / "static-site-manifest.json").read_text())["last_run"]
    assert again["written"] == {"sitemap.xml": "sitemap"} or not again["written"]


def test_the_worker_renews_the_baked_tokens_every_period(settings, tmp_path):
    from django_tasks_db.models import DBTaskResult

    folder = tmp_path / "public"
    settings.STATIC_EXPORT_DIR = str(folder)
    export(folder, settings)
    queued = DBTaskResult.objects.filter(task_path="staticsite.tasks.refresh_static_site")
    (task,) = queued
    assert task.status == "READY"
    wait = task.run_after.timestamp() - time.time()
    assert 0 < wait <= shared_token_period() + 60
    export(folder, settings)  # a second run queues no second renewal
    assert queued.count() == 1


@pytest.mark.parametrize(
    "token",
    [
        lambda: issue_token(kind="onboarding"),
        lambda: issue_token(kind="material_request", issued_at=time.time() - 60),
        lambda: shared_token("registration"),
        lambda: tamper(issue_token(kind="onboarding"), k="inquiry"),
    ],
    ids=["onboarding", "material request", "registration, shared", "re-labelled"],
)
def test_the_page_form_and_the_api_refuse_another_forms_token(client, token):
    """The token's form is checked wherever a token is: the static POST shares the
    rule with the page form and the JSON API rather than having its own."""
    page = client.post("/en/contact/", with_token(token()))
    assert page.status_code == 400
    body = {**ANSWERS, "consent": True, "form_token": token()}
    api = client.post("/api/intake/inquiry/", json.dumps(body), content_type="application/json")
    assert api.status_code == 400 and "form_token" in api.json()["errors"]
    assert Inquiry.objects.count() == 0
    assert_nothing_sent()
