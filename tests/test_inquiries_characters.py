"""What a visitor types is what staff see: no hidden characters in the intake's text.

One-line fields (names, company, phone, …) refuse every kind of line break, every C0
and C1 control, direction overrides and isolates, and zero-width or format characters
that can hide or reorder text. Multi-line fields keep newlines and tabs and refuse the
rest. A table per class, through the page form and the JSON API.
"""

from __future__ import annotations

import json

import pytest

from inquiries.models import Inquiry, OutboundEmail
from tests.support.intake import form_token, refused_whole

pytestmark = pytest.mark.django_db

FORM = {
    "company": "Sample Ltd.",
    "department": "Sales",
    "name": "Hanako Yamada",
    "email": "hanako@example.jp",
    "phone": "03-1234-5678",
    "topic": "introduction",
    "message": "Please tell us more.",
}
LINE_BREAKS = {
    "LF": "\n",
    "CR": "\r",
    "CRLF": "\r\n",
    "VT": "\x0b",
    "FF": "\x0c",
    "FS": "\x1c",
    "GS": "\x1d",
    "RS": "\x1e",
    "NEL": "\x85",
    "LINE SEPARATOR": "\u2028",
    "PARAGRAPH SEPARATOR": "\u2029",
}
CONTROLS = {
    "NUL": "\x00",
    "BEL": "\x07",
    "BS": "\x08",
    "ESC": "\x1b",
    "US": "\x1f",
    "DEL": "\x7f",
    "PAD (C1)": "\x80",
    "CSI (C1)": "\x9b",
    "APC (C1)": "\x9f",
}
BIDI = {
    "LRE": "\u202a",
    "RLE": "\u202b",
    "PDF": "\u202c",
    "LRO": "\u202d",
    "RLO": "\u202e",
    "LRI": "\u2066",
    "RLI": "\u2067",
    "FSI": "\u2068",
    "PDI": "\u2069",
    "LRM": "\u200e",
    "RLM": "\u200f",
    "ALM": "\u061c",
}
INVISIBLE = {
    "ZERO WIDTH SPACE": "\u200b",
    "ZERO WIDTH NON-JOINER between letters": "\u200c",
    "ZERO WIDTH JOINER between letters": "\u200d",
    "WORD JOINER": "\u2060",
    "INVISIBLE TIMES": "\u2062",
    "BOM": "\ufeff",
    "SOFT HYPHEN": "\u00ad",
    "MONGOLIAN VOWEL SEPARATOR": "\u180e",
    "TAG LATIN SMALL A": "\U000e0061",
    "INTERLINEAR ANNOTATION": "\ufff9",
    "HANGUL FILLER": "\u3164",
    "COMBINING GRAPHEME JOINER": "\u034f",
}
LINE_MESSAGE = "Please write this on one line, without line breaks."
HIDDEN_MESSAGE = "This text contains invisible or control characters"


def table(*classes):
    return [
        pytest.param(char, id=f"{kind}-{name}")
        for kind, chars in classes
        for name, char in chars.items()
    ]


ONE_LINE_REFUSED = table(
    ("controls", CONTROLS), ("bidi", BIDI), ("invisible", INVISIBLE), ("tab", {"TAB": "\t"})
)
MULTI_LINE_REFUSED = table(
    ("controls", CONTROLS),
    ("bidi", BIDI),
    ("invisible", {k: v for k, v in INVISIBLE.items() if "JOINER between" not in k}),
    ("other breaks", {k: LINE_BREAKS[k] for k in ("NEL", "LINE SEPARATOR", "PARAGRAPH SEPARATOR")}),
)
ONE_LINE_FIELDS = ["company", "department", "name"]


def page_post(client, field, value):
    token = form_token(client.get("/en/contact/"))
    data = {**FORM, field: value, "consent": "on", "form_token": token}
    response = client.post("/en/contact/", data)
    return response.status_code, response.content.decode()


def api_post(client, field, value):
    fields = client.get("/api/intake/inquiry/", {"locale": "en"}).json()["fields"]
    token = next(f["value"] for f in fields if f["name"] == "form_token")
    body = {**FORM, field: value, "consent": True, "locale": "en", "form_token": token}
    response = client.post(
        "/api/intake/inquiry/", json.dumps(body), content_type="application/json"
    )
    return response.status_code, response.json()


def assert_refused(client, field, value, message):
    status, html = page_post(client, field, value)
    assert status == 400 and f'id="id_{field}-errors"' in html and message in html
    status, body = api_post(client, field, value)
    assert status == 400, body
    if refused_whole(value):
        assert "NUL" in body["detail"]
    else:
        assert any(text.startswith(message) for text in body["errors"][field])
    assert Inquiry.objects.count() == 0 and OutboundEmail.objects.count() == 0


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
@pytest.mark.parametrize("char", table(("line breaks", LINE_BREAKS)))
def test_a_one_line_field_refuses_every_line_break(client, field, char):
    assert_refused(client, field, f"Sample{char}Bcc: victim@evil.example", LINE_MESSAGE)


@pytest.mark.parametrize("field", ONE_LINE_FIELDS)
@pytest.mark.parametrize("char", ONE_LINE_REFUSED)
def test_a_one_line_field_refuses_controls_bidi_and_invisible_characters(client, field, char):
    assert_refused(client, field, f"Sam{char}ple", HIDDEN_MESSAGE)


@pytest.mark.parametrize("char", ONE_LINE_REFUSED)
def test_the_phone_field_refuses_them_too(client, char):
    status, body = api_post(client, "phone", f"03{char}1234-5678")
    assert status == 400
    assert "NUL" in body["detail"] if refused_whole(char) else "phone" in body["errors"]
    assert Inquiry.objects.count() == 0


@pytest.mark.parametrize("char", MULTI_LINE_REFUSED)
def test_a_multi_line_field_refuses_controls_bidi_and_invisible_characters(client, char):
    assert_refused(client, "message", f"First line\nsec{char}ond line", HIDDEN_MESSAGE)


@pytest.mark.parametrize(
    "value",
    [
        "山田　花子",  # ideographic space between family and given name
        "Sita Gurung",
        "José Müller-Lüdenscheidt",
        "सीता गुरुङ",
        "क्\u200dष",  # Devanagari: a joiner after a virama (RFC 5892 CONTEXTJ)
        "क्\u200cष",
        "株式会社ＡＢＣ",
        "葛\U000e0100飾",  # an ideographic variation selector, as in registered names
        "O'Brien & Sons (Japan)",
    ],
)
def test_a_one_line_field_accepts_what_people_write(client, value):
    assert page_post(client, "name", value)[0] == 302
    assert api_post(client, "company", value)[0] == 201
    assert Inquiry.objects.filter(name=value).count() == 1
    assert Inquiry.objects.filter(company=value).count() == 1


@pytest.mark.parametrize(
    "value",
    [
        "Line one\nLine two\r\nLine three",
        "Items:\n\t- one\n\t- two",
        "家族で参加したいです 👨\u200d👩\u200d👧",
        "नमस्ते,\nक्\u200dष",
    ],
)
def test_a_multi_line_field_keeps_newlines_tabs_and_joiners(client, value):
    assert page_post(client, "message", value)[0] == 302
    assert api_post(client, "message", value)[0] == 201
    stored = list(Inquiry.objects.values_list("message", flat=True))
    normalised = value.replace("\r\n", "\n")
    assert all(text.replace("\r\n", "\n") == normalised for text in stored) and len(stored) == 2
