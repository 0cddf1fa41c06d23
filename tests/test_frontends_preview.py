"""Headless preview: an editor's preview opens a configured front end with a signed,
short-lived token, and the API gives that token the page's draft in the v3 detail's
shape; without a front end the preview is the site's own. Bad tokens get a clear
problem answer, never the draft."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing
from django.test import Client
from django.utils import translation
from wagtail.models import Page

from frontends.config import FrontEnd, preview_origins
from frontends.preview import SALT, make_token
from home.models import StandardPage
from tests.support.factories import UserFactory

pytestmark = pytest.mark.django_db

SECRET = "a-preview-secret-of-forty-characters-xyz"
PREVIEW_URL = "https://next.example.org/api/preview?site=ocp"
API = "/api/v3/preview/"


@pytest.fixture
def frontend(settings):
    settings.FRONTENDS = [FrontEnd(name="next", secret=SECRET, preview_url=PREVIEW_URL)]
    settings.FRONTEND_PREVIEW_MAX_AGE = 600


@pytest.fixture
def editor():
    client = Client()
    client.force_login(UserFactory(moderator=True))
    return client


@pytest.fixture
def draft():
    """The English about page with a saved, unpublished draft."""
    page = StandardPage.objects.get(locale__language_code="en", slug="about")
    page.title = "A title only the draft has"
    page.intro = "An intro only the draft has."
    page.save_revision()
    return page


def open_preview(editor, page, mode):
    edit = f"/admin/pages/{page.pk}/edit/preview/"
    data = {"title": page.title, "slug": page.slug, "intro": page.intro, "body-count": "0"}
    assert editor.post(edit, data).json()["is_valid"] is True
    return editor.get(edit, {"mode": mode})


def token_from(response) -> str:
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(PREVIEW_URL + "&")
    query = parse_qs(urlsplit(location).query)
    assert query["site"] == ["ocp"]
    return query["token"][0]


def test_preview_on_the_front_end_gets_the_draft_in_the_page_detail_shape(
    frontend, editor, draft, client
):
    assert ("frontend:next", "フロントエンド「next」") in draft.preview_modes
    with translation.override("en"):
        assert ("frontend:next", "On the front end “next”") in draft.preview_modes
    response = open_preview(editor, draft, "frontend:next")
    token = token_from(response)
    query = parse_qs(urlsplit(response["Location"]).query)
    assert query["page"] == [str(draft.pk)] and query["locale"] == ["en"]

    preview = client.get(API, {"token": token})  # the front end: no session, no key
    assert preview.status_code == 200
    assert "no-store" in preview["Cache-Control"]
    body = preview.json()
    assert body["title"] == "A title only the draft has"
    assert body["intro"] == "An intro only the draft has."
    live = client.get(f"/api/v3/pages/{draft.pk}/").json()
    assert live["title"] != body["title"]  # the draft is not published
    assert set(body) == set(live)  # the same fields as the live detail
    assert body["meta"]["type"] == live["meta"]["type"] == "home.StandardPage"
    assert body["id"] == draft.pk

    # Bound to the revision previewed: a later draft needs a new preview.
    draft.title = "An even newer draft"
    draft.save_revision()
    assert client.get(API, {"token": token}).json()["title"] == "A title only the draft has"


def test_without_a_preview_address_the_preview_stays_the_sites_own(settings, editor, draft):
    for frontends in ([], [FrontEnd(name="next", secret=SECRET, webhook_url="https://x.org/")]):
        settings.FRONTENDS = frontends
        assert [mode for mode, _label in draft.preview_modes] == [""]
        assert preview_origins(frontends) == []
        response = open_preview(editor, draft, "frontend:next")  # a crafted mode
        assert response.status_code == 200
        assert "A title only the draft has" in response.content.decode()
        # The admin's preview panel may frame the site's own preview.
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in policy and "unsafe-inline" not in policy


def problem(client, token, status: int) -> str:
    response = client.get(API, {"token": token})
    assert response.status_code == status, (token[:80], response.content[:300])
    body = response.json()
    assert set(body) == {"status", "detail"} and body["status"] == status
    return body["detail"]


def test_tampered_forged_and_hostile_tokens_are_refused_with_a_problem(frontend, client, draft):
    revision = draft.get_latest_revision()
    token = make_token(draft.pk, revision.pk, "next")
    head, _sep, tail = token.rpartition(":")
    other_salt = signing.dumps({"page": draft.pk, "revision": revision.pk, "frontend": "next"})
    payload, _sep, signature = token.partition(":")
    for bad in (
        f"{head}:{tail[:-2]}{'A' if tail[-2] != 'A' else 'B'}{tail[-1]}",  # signature
        token.replace(payload, signing.b64_encode(b'{"page":1,"revision":1}').decode()),
        other_salt,  # signed by this site for another purpose
        "",
        "not-a-token",
        ":::",
        "é" * 200,
        "\u202e" + token,
        token + "\u200b",
        "%00",
        "x" * 999,
    ):
        detail = problem(client, bad, 400)
        assert detail == "This is not a valid preview token."
    problem(client, "x" * 5000, 400)  # longer than any token
    # a NUL anywhere in the address is refused before the view, in the same shape and
    # type as the document says (application/json), not Wagtail's problem+json
    for query in ({"token": "\x00"}, {"token": token + "\x00"}, {"token": token, "x\x00": "1"}):
        response = client.get(API, query)
        assert response.status_code == 400 and response["Content-Type"] == "application/json"
        assert response.json() == {"status": 400, "detail": "The address holds a NUL character."}
    assert client.get("/api/v3/pages/", {"search": "\x00"})["Content-Type"] == (
        "application/problem+json"  # Wagtail's own endpoints keep Wagtail's shape
    )
    response = client.get(API)  # none at all
    assert response.json() == {"status": 400, "detail": "This is not a valid preview token."}


def test_expired_tokens_and_deleted_pages_say_so(frontend, settings, client, draft):
    revision = draft.get_latest_revision()
    token = make_token(draft.pk, revision.pk, "next")
    settings.FRONTEND_PREVIEW_MAX_AGE = -1  # every token is older than that
    assert "expired" in problem(client, token, 410)

    settings.FRONTEND_PREVIEW_MAX_AGE = 600
    other = Page.objects.get(locale__language_code="ja", slug="about")
    mixed = signing.dumps(
        {"page": other.pk, "revision": revision.pk, "frontend": "next"}, salt=SALT
    )
    assert "no longer exists" in problem(client, mixed, 404)  # a revision of another page
    settings.FRONTENDS = [FrontEnd(name="astro", secret=SECRET, preview_url=PREVIEW_URL)]
    assert "no longer configured" in problem(client, token, 400)
    settings.FRONTENDS = [FrontEnd(name="next", secret=SECRET, preview_url=PREVIEW_URL)]
    draft.delete()
    assert "no longer exists" in problem(client, token, 404)


def test_the_admin_may_frame_only_the_front_ends_that_preview():
    frontends = [
        FrontEnd(name="a", secret=SECRET, preview_url="https://next.example.org/api/preview"),
        FrontEnd(name="b", secret=SECRET, preview_url="https://next.example.org/other"),
        FrontEnd(name="c", secret=SECRET, webhook_url="https://hooks.example.org/"),
        FrontEnd(name="d", secret=SECRET, preview_url="http://localhost:3000/preview"),
    ]
    assert preview_origins(frontends) == ["https://next.example.org", "http://localhost:3000"]
