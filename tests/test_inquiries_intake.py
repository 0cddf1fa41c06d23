"""The inquiry form: stored once, answered in the visitor's language, nothing malformed in."""

from __future__ import annotations

import re
import threading
import time
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.core import mail
from wagtail.models import Page

from inquiries.models import Inquiry, IntakeFormPage, OutboundEmail
from inquiries.tokens import issue_token
from tests.support.intake import run_worker

pytestmark = pytest.mark.django_db

VALID = {
    "company": "株式会社サンプル",
    "department": "人事部",
    "name": "山田 花子",
    "email": "Hanako.Yamada@Example.CO.JP",
    "phone": "03-1234-5678",
    "topic": "costs",
    "message": "導入の費用について教えてください。\n社員は30名です。",
    "consent": "on",
}


def token_from(response) -> str:
    return re.search(r'name="form_token" value="([^"]+)"', response.content.decode()).group(1)


def fresh_form(client, language="ja"):
    response = client.get(f"/{language}/contact/")
    assert response.status_code == 200
    return token_from(response)


@pytest.fixture
def staff_recipients():
    for page in IntakeFormPage.objects.filter(form_kind="inquiry"):
        page.notification_recipients = "staff@jii.example\ncoordinator@jii.example"
        page.save()
    return ["staff@jii.example", "coordinator@jii.example"]


@pytest.mark.parametrize(
    ("language", "confirmation_subject"),
    [
        ("ja", "お問い合わせを受け付けました"),
        ("en", "We have received your inquiry"),
        ("ne", "तपाईंको सोधपुछ प्राप्त भयो"),
    ],
)
def test_valid_inquiry_is_stored_once_and_answered_in_its_language(
    client, staff_recipients, language, confirmation_subject
):
    response = client.post(
        f"/{language}/contact/", {**VALID, "form_token": fresh_form(client, language)}
    )
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert response["Location"] == f"/{language}/contact/?sent={inquiry.token}"
    assert inquiry.email == "Hanako.Yamada@example.co.jp"
    assert inquiry.locale.language_code == language
    assert inquiry.consent_version and not inquiry.is_spam
    assert inquiry.source_page.specific.form_kind == "inquiry"

    thanks = client.get(response["Location"])
    page = IntakeFormPage.objects.get(locale__language_code=language, form_kind="inquiry")
    assert page.thank_you_text and "<form" not in thanks.content.decode()

    assert OutboundEmail.objects.pending().count() == 2
    assert mail.outbox == []  # nothing is sent inside the request
    run_worker()
    assert OutboundEmail.objects.filter(status="sent").count() == 2
    by_recipient = {tuple(message.to): message for message in mail.outbox}
    assert set(by_recipient) == {tuple(staff_recipients), ("Hanako.Yamada@example.co.jp",)}

    staff = by_recipient[tuple(staff_recipients)]
    assert f"/admin/inquiries_inquiry/inspect/{inquiry.pk}/" in staff.body
    assert "山田" not in staff.body and "03-1234" not in staff.body  # only what is needed
    confirmation = by_recipient[("Hanako.Yamada@example.co.jp",)]
    assert confirmation_subject in confirmation.subject
    stored = OutboundEmail.objects.get(purpose="confirmation")
    assert confirmation.extra_headers["Message-ID"] == stored.message_id


def test_thank_you_page_is_only_shown_to_the_sender(client, django_user_model):
    response = client.post("/en/contact/", {**VALID, "form_token": fresh_form(client, "en")})
    from django.test import Client

    stranger = Client()
    html = stranger.get(response["Location"]).content.decode()
    assert "<form" in html and "Thank you. We have received" not in html


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"consent": ""}, "consent", "個人情報の取り扱いに同意"),
        ({"email": "not-an-email"}, "email", "有効なメールアドレス"),
        ({"message": "あ" * 4001}, "message", "4000"),
        ({"topic": "lottery"}, "topic", "lottery"),
        ({"name": "Hanako\r\nBcc: victim@example.com"}, "name", "改行"),
        ({"email": "a@example.com\nBcc: victim@example.com"}, "email", "改行"),
        ({"company": ""}, "company", "必須"),
        ({"phone": "call me maybe"}, "phone", "電話番号"),
    ],
)
def test_invalid_inquiry_stores_nothing_and_says_why(client, change, field, message):
    data = {**VALID, "form_token": fresh_form(client), **change}
    response = client.post("/ja/contact/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'id="id_{field}-errors"' in html
    assert f'href="#id_{field}"' in html  # linked from the summary
    assert Inquiry.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


def test_tampered_token_stores_nothing_and_offers_a_fresh_form(client):
    data = {**VALID, "form_token": fresh_form(client) + "x"}
    response = client.post("/en/contact/", data)
    assert response.status_code == 400
    assert "This form could not be checked" in response.content.decode()
    assert Inquiry.objects.count() == 0
    retry = {**VALID, "form_token": token_from(response)}
    assert client.post("/en/contact/", retry).status_code == 302
    assert Inquiry.objects.count() == 1


def test_the_same_form_sent_twice_creates_one_record(client):
    data = {**VALID, "form_token": fresh_form(client)}
    first = client.post("/ja/contact/", data)
    second = client.post("/ja/contact/", data)
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.count() == 1  # the confirmation; no staff recipients set


def test_honeypot_is_stored_as_spam_without_email(client, staff_recipients):
    data = {**VALID, "form_token": fresh_form(client), "website": "http://spam.example"}
    assert client.post("/en/contact/", data).status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reason == "honeypot"
    assert OutboundEmail.objects.count() == 0


def test_too_fast_is_stored_as_spam_without_email(client, settings, staff_recipients):
    settings.INTAKE_MIN_SECONDS = 30
    assert client.post("/en/contact/", {**VALID, "form_token": issue_token()}).status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reason == "too fast"
    assert OutboundEmail.objects.count() == 0
    assert Inquiry.objects.genuine().count() == 0 and Inquiry.objects.spam().count() == 1


def test_replayed_token_with_other_answers_is_stored_as_spam(client, staff_recipients):
    token = fresh_form(client)
    client.post("/en/contact/", {**VALID, "form_token": token})
    client.post("/en/contact/", {**VALID, "form_token": token, "message": "Buy now"})
    genuine, replay = Inquiry.objects.genuine().get(), Inquiry.objects.spam().get()
    assert genuine.message == VALID["message"]
    assert replay.spam_reason == "replayed token" and replay.message == "Buy now"
    assert OutboundEmail.objects.count() == 2  # for the genuine one only


def test_rate_limit_answers_429_past_the_limit_and_stores_nothing(client, settings):
    settings.INTAKE_RATE_LIMIT = (2, 10**7)  # one window for the whole test
    for _ in range(2):
        client.post("/en/contact/", {**VALID, "form_token": fresh_form(client, "en")})
    response = client.post("/en/contact/", {**VALID, "form_token": fresh_form(client, "en")})
    assert response.status_code == 429
    assert "too many times" in response.content.decode()
    assert Inquiry.objects.count() == 2
    other_client = {"REMOTE_ADDR": "192.0.2.10"}
    response = client.post(
        "/en/contact/", {**VALID, "form_token": fresh_form(client, "en")}, **other_client
    )
    assert response.status_code == 302


def test_form_pages_are_never_cached(client):
    response = client.get("/en/contact/")
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_consent_notice_and_privacy_link_come_before_the_submit_button(client):
    html = client.get("/en/contact/").content.decode()
    privacy = Page.objects.get(locale__language_code="en", slug="privacy")
    notice = html.index("How we use your information")
    assert html.index(f'href="{privacy.url}"') < html.index('type="submit"')
    assert notice < html.index('name="consent"') < html.index('type="submit"')
    assert 'name="consent"' in html and "checked" not in html.split('name="consent"')[1][:80]


# -- concurrency, against the real server -------------------------------------------


def test_two_simultaneous_posts_with_one_token_store_one_record(running_site):
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    html = opener.open(f"{running_site.url}/en/contact/", timeout=10).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', html).group(1)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    marker = f"concurrency-{time.time_ns()}"
    body = urllib.parse.urlencode(
        {**VALID, "message": marker, "form_token": token, "csrfmiddlewaretoken": csrf}
    ).encode()
    locations: list[str] = []
    barrier = threading.Barrier(2)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def post():
        local = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        request = urllib.request.Request(
            f"{running_site.url}/en/contact/",
            data=body,
            headers={"Referer": f"{running_site.url}/en/contact/"},
        )
        barrier.wait()
        try:
            local.open(request, timeout=30)
        except urllib.error.HTTPError as error:
            locations.append(f"{error.code} {error.headers.get('Location')}")

    threads = [threading.Thread(target=post) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(locations) == 2 and locations[0] == locations[1], locations
    assert locations[0].startswith("302 ")
    [(count,)] = running_site.query(
        "SELECT COUNT(*) FROM inquiries_inquiry WHERE message = %s", marker
    )
    assert count == 1


def test_a_form_kept_open_too_long_is_stored_as_spam(client, settings, staff_recipients):
    settings.INTAKE_MAX_AGE_SECONDS = -1  # every token is already too old
    assert client.post("/en/contact/", {**VALID, "form_token": issue_token()}).status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.is_spam and inquiry.spam_reason == "too old"
    assert OutboundEmail.objects.count() == 0
