"""A visitor's email address is one mailbox: stored as one value, mailed to that value.

Tables of hostile addresses, one per class (quoting, list separators, comments and
angle brackets, line breaks and other whitespace, unicode spaces and controls, encoded
words, a second "@", IDN spellings that name another domain), each sent through the
page form, the static site's plain POST and the JSON API: refused with the field's
message in the visitor's language, nothing stored, nothing in the outbox. Staff lists
in settings follow the same rule address by address, and the outbox never splits a
visitor's address (checked against a real SMTP server).
"""

from __future__ import annotations

import json
import time

import pytest
from aiosmtpd.controller import Controller
from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.utils import translation
from wagtail.models import Locale

from home.addresses import SingleMailboxValidator
from home.models import SiteSettings
from inquiries.models import Inquiry, IntakeFormPage, OutboundEmail, ParticipantRegistration
from ocp.config import env_addresses
from tests.support.factories import OutboundEmailFactory
from tests.support.intake import form_token, refused_whole, run_worker
from tests.test_inquiries_email import Inbox, smtp_port  # noqa: F401 - the fixture
from tests.test_inquiries_onboarding_registration import VOLUNTEER

pytestmark = pytest.mark.django_db

STATIC_ORIGIN = "https://www.example.org"
FORM = {
    "company": "Sample Ltd.",
    "name": "Hanako Yamada",
    "topic": "introduction",
    "message": "Please tell us more.",
    "consent": "on",
}

HOSTILE = {
    "quoted local part": [
        '"a,victim@evil.example,b"@example.com',
        '"victim@evil.example"@example.com',
        '"a b"@example.com',
        '""@example.com',
        '"a\\"b"@example.com',
    ],
    "list separators": [
        "a@example.com,victim@evil.example",
        "a@example.com, victim@evil.example",
        "a@example.com;victim@evil.example",
        "a,victim@evil.example",
        "group: victim@evil.example, other@evil.example;",
        "a\\,b@example.com",
    ],
    "names, angle brackets, comments": [
        "Hanako <victim@evil.example>",
        "<victim@evil.example>",
        "a@example.com <victim@evil.example>",
        "victim@evil.example (Hanako)",
        "a(comment)@example.com",
        "a@(comment)example.com",
        "a@[127.0.0.1]",
        "@evil.example:a@example.com",
    ],
    "line breaks and ascii whitespace": [
        "a@example.com\r\nBcc: victim@evil.example",
        "a@example.com\nvictim@evil.example",
        "a@example.com\rvictim@evil.example",
        "a@example.com\tvictim@evil.example",
        "a\t@example.com",
        "a b@example.com",
        "a@example.com\n",
        "\ta@example.com",
        "a@example.com\x0bvictim@evil.example",
        "a@example.com\x0c",
    ],
    "unicode spaces and separators": [
        "a\u00a0b@example.com",
        "a@example.com\u00a0",
        "a@example.com\u3000victim@evil.example",
        "\u3000a@example.com",
        "a@example.com\u2028victim@evil.example",
        "a@example.com\u2029",
        "a@example.com\u0085victim@evil.example",
        "a\u2009b@example.com",
        "a@example.com\u205f",
    ],
    "controls and invisible characters": [
        "a\x00@example.com",
        "a@example.com\x00victim@evil.example",
        "a\x1b@example.com",
        "a\x7f@example.com",
        "a\x9b@example.com",
        "a\u202e@example.com",
        "a@exa\u2066mple.com",
        "a\u200f@example.com",
        "a\u200e@example.com",
        "a\u061c@example.com",
        "a\u200b@example.com",
        "a@exa\u200dmple.com",
        "\ufeffa@example.com",
        "a\u00ad@example.com",
        "a\U000e0041@example.com",
    ],
    "encoded words": [
        "=?utf-8?q?victim=40evil.example?=@example.com",
        "=?utf-8?b?dmljdGltQGV2aWwuZXhhbXBsZQ==?=@example.com",
        "a@=?utf-8?q?evil.example?=",
        "=?iso-8859-1?q?a?=@example.com",
    ],
    "@ twice or missing": [
        "a@b@example.com",
        "victim@evil.example@example.com",
        "a@@example.com",
        "example.com",
        "@example.com",
        "a@",
    ],
    "IDN and punycode spellings": [
        "a@example\u3002com",  # ideographic full stop: a dot to IDNA
        "a@example\uff0ecom",  # full-width full stop
        "a@\uff45xample.com",  # full-width letter, mapped to "e"
        "a@stra\u00dfe.example",  # IDNA 2003 maps ß to "ss": another domain
        "a@e\u0301xample.com",  # decomposed: encodes as the composed é
        "a@xn--zz.example",  # not punycode
        "a@xn--.example",
        "a@XN--ZZ.example",
        "a@\u0435xample.com\u200b",  # Cyrillic е plus a zero-width space
        "a@example.com.",
        "a@-example.com",
        "h\u00e4nako@example.com",  # non-ASCII local part: needs SMTPUTF8
    ],
}
HOSTILE_ADDRESSES = [
    pytest.param(address, id=f"{kind}-{n}")
    for kind, addresses in HOSTILE.items()
    for n, address in enumerate(addresses)
]
LEGIT = {
    "hanako+intake@example.jp": "hanako+intake@example.jp",
    "taro.yamada@mail.sub.example.co.jp": "taro.yamada@mail.sub.example.co.jp",
    "Sita.Gurung@EXAMPLE.COM": "Sita.Gurung@example.com",
    "user@\u4f8b\u3048.jp": "user@\u4f8b\u3048.jp",
    "user@xn--r8jz45g.jp": "user@xn--r8jz45g.jp",
    "user@M\u00dcNCHEN.example": "user@m\u00fcnchen.example",
    "o'brien@example.ie": "o'brien@example.ie",
    "  padded@example.com ": "padded@example.com",
}
MESSAGES = {
    "ja": "有効なメールアドレスを1つだけ入力してください",
    "en": "Enter one email address such as name@example.com",
    "ne": "एउटा मात्र इमेल ठेगाना",
}


def nothing_stored():
    assert Inquiry.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


def page_post(client, email, language="en"):
    url = f"/{language}/contact/"
    token = form_token(client.get(url))
    return client.post(url, {**FORM, "email": email, "form_token": token})


def static_post(client, settings, email, language="en"):
    settings.INTAKE_ALLOWED_ORIGINS = [STATIC_ORIGIN]
    token = form_token(client.get(f"/{language}/contact/"))
    data = {**FORM, "email": email, "locale": language, "form_token": token}
    return client.post("/intake/inquiry/", data, HTTP_ORIGIN=STATIC_ORIGIN)


def api_post(client, email, language="en", form="inquiry", extra=None):
    params = {"locale": language, **({"role": "volunteer"} if form == "registration" else {})}
    fields = client.get(f"/api/intake/{form}/", params).json()["fields"]
    token = next(field["value"] for field in fields if field["name"] == "form_token")
    body = {**(extra or {**FORM, "consent": True}), "email": email}
    body.update(locale=language, form_token=token)
    return client.post(f"/api/intake/{form}/", json.dumps(body), content_type="application/json")


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_a_hostile_address_is_refused_by_the_page_form(client, address):
    response = page_post(client, address)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_email-errors"' in html and MESSAGES["en"] in html
    nothing_stored()


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_a_hostile_address_is_refused_by_the_static_site_post(client, settings, address):
    response = static_post(client, settings, address)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_email-errors"' in html and MESSAGES["en"] in html
    nothing_stored()


@pytest.mark.parametrize("address", HOSTILE_ADDRESSES)
def test_a_hostile_address_is_refused_by_the_json_api(client, address):
    response = api_post(client, address)
    assert response.status_code == 400, response.content
    if refused_whole(address):
        assert "NUL" in response.json()["detail"]
    else:
        messages = response.json()["errors"]["email"]
        assert any(message.startswith(MESSAGES["en"]) for message in messages)
    nothing_stored()


@pytest.mark.parametrize(
    "address",
    ['"a,victim@evil.example,b"@example.com', "a@example.com\u2028victim@evil.example"],
)
def test_a_registration_refuses_a_hostile_address_too(client, address):
    extra = {**VOLUNTEER, "origin": "japan", "consent": True, "agrees_to_screening": True}
    response = api_post(client, address, form="registration", extra=extra)
    assert response.status_code == 400, response.content
    assert set(response.json()["errors"]) == {"email"}
    assert ParticipantRegistration.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_the_message_is_in_the_visitors_language(client, settings, language):
    address = '"a,victim@evil.example,b"@example.com'
    assert MESSAGES[language] in page_post(client, address, language).content.decode()
    assert MESSAGES[language] in static_post(client, settings, address, language).content.decode()
    (message,) = api_post(client, address, language).json()["errors"]["email"]
    assert MESSAGES[language] in message
    nothing_stored()


@pytest.mark.parametrize(("typed", "stored"), LEGIT.items())
def test_plain_addresses_still_pass_and_are_stored_as_one_value(client, settings, typed, stored):
    assert page_post(client, typed).status_code == 302
    assert static_post(client, settings, typed).status_code == 303
    assert api_post(client, typed).status_code == 201
    assert list(Inquiry.objects.values_list("email", flat=True)) == [stored] * 3
    confirmations = OutboundEmail.objects.filter(purpose="confirmation")
    assert [email.recipients for email in confirmations] == [[stored]] * 3


def test_the_validator_is_the_one_every_address_field_shares():
    from inquiries.forms import FORMS

    for form_class in FORMS.values():
        field = form_class.base_fields["email"]
        assert any(isinstance(v, SingleMailboxValidator) for v in field.validators)


# -- staff lists -------------------------------------------------------------------------

STAFF_HOSTILE = [
    '"staff,victim@evil.example"@jii.example',
    "Staff <victim@evil.example>",
    "staff@jii.example; victim@evil.example",
    "staff@jii.example (victim@evil.example)",
    "staff\u00a0@jii.example",
    "staff@jii.example\u2028victim@evil.example",
    "=?utf-8?q?victim=40evil.example?=@jii.example",
    "staff@jii\u3002example",
    "staff@@jii.example",
]


@pytest.mark.parametrize("entry", STAFF_HOSTILE)
def test_staff_recipient_lists_are_checked_address_by_address(entry):
    site_settings = SiteSettings.objects.get(locale=Locale.get_default())
    page = IntakeFormPage.objects.get(locale__language_code="en", form_kind="inquiry")
    for value in (entry, f"ok@jii.example\n{entry}", f"ok@jii.example, {entry}"):
        site_settings.notification_recipients = value
        page.notification_recipients = value
        with translation.override("en"), pytest.raises(ValidationError) as error:
            site_settings.full_clean()
        assert "notification_recipients" in error.value.message_dict
        with pytest.raises(ValidationError) as error:
            page.full_clean()
        assert "notification_recipients" in error.value.message_dict


def test_a_valid_staff_list_is_split_into_its_addresses():
    site_settings = SiteSettings.objects.get(locale=Locale.get_default())
    site_settings.notification_recipients = "a@jii.example\nb+intake@jii.example, C@JII.example"
    site_settings.full_clean()
    assert site_settings.recipients == ["a@jii.example", "b+intake@jii.example", "C@JII.example"]


@pytest.mark.parametrize("entry", STAFF_HOSTILE)
def test_admins_from_the_environment_are_single_mailboxes(monkeypatch, entry):
    monkeypatch.setenv("ADMINS", f"ops@jii.example,{entry}")
    with pytest.raises(ImproperlyConfigured, match="ADMINS"):
        env_addresses("ADMINS")
    monkeypatch.setenv("ADMINS", "ops@jii.example, dev+errors@jii.example")
    assert env_addresses("ADMINS") == ["ops@jii.example", "dev+errors@jii.example"]


# -- the outbox and a real SMTP server --------------------------------------------------


def deliver(smtp_port, expected: int) -> list:  # noqa: F811 - the fixture's value
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    try:
        run_worker()
        deadline = time.monotonic() + 5
        while len(inbox.messages) < expected and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        controller.stop()
    return inbox.messages


def test_a_valid_submission_reaches_exactly_one_rcpt_to(client, smtp_port):  # noqa: F811
    page = IntakeFormPage.objects.get(locale__language_code="en", form_kind="inquiry")
    page.notification_recipients = "staff@jii.example\nlead+intake@jii.example"
    page.save()
    assert page_post(client, "Hanako+Intake@Example.JP").status_code == 302
    messages = deliver(smtp_port, expected=2)
    received = {message["Message-ID"]: rcpts for rcpts, message in messages}
    confirmation = OutboundEmail.objects.get(purpose="confirmation")
    staff = OutboundEmail.objects.get(purpose="staff")
    assert received[confirmation.message_id] == ["Hanako+Intake@example.jp"]
    assert received[staff.message_id] == ["staff@jii.example", "lead+intake@jii.example"]
    assert len(messages) == 2


@pytest.mark.parametrize(
    "stored",
    [
        '"a,victim@evil.example,b"@example.com',
        "a@example.com,victim@evil.example",
        "a@example.com;victim@evil.example",
        "Hanako <victim@evil.example>",
        "a@example.com\u2028victim@evil.example",
        "a@example.com\u00a0",
        " a@example.com",
    ],
)
def test_an_outbox_row_with_an_address_that_is_not_one_mailbox_is_never_sent(
    smtp_port,  # noqa: F811
    stored,
):
    """Rows written before the rule (or by hand) are refused at send time, not split."""
    from inquiries.tasks import schedule_send

    email = OutboundEmailFactory(
        purpose=OutboundEmail.Purpose.CONFIRMATION, to=stored, body="Dear attacker text"
    )
    assert email.recipients == [stored]
    schedule_send(email.pk)
    assert deliver(smtp_port, expected=0) == []
    email.refresh_from_db()
    assert email.status == OutboundEmail.Status.FAILED and email.sent_at is None
