"""No input makes a public address of the real server answer 500.

gunicorn serves the site (``tests.support.servers``); requests go over the wire as raw bytes
(``raw_request``), so invalid UTF-8, encoded lone surrogates and control characters
reach the server exactly as an attacker would send them. First a table of the hostile
classes that once answered 500 (deep JSON, lone surrogates, numbers ``int()`` reads
but no column holds, full-text search syntax), then Hypothesis over every API
parameter, every JSON body and the public pages. Each answer must be below 500;
under ``/api/`` it is JSON with a ``detail`` or ``errors``, and the server logs no
error at all (each would have been a mail to ``ADMINS``).
"""

from __future__ import annotations

import json
import re
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote_from_bytes

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.support.fuzz import examples
from tests.support.servers import get_json, raw_request, start_site

JSON = {"Content-Type": "application/json"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
FUZZ = hypothesis_settings(
    max_examples=examples(100),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
# Each answer renders a whole page: fewer examples.
FUZZ_PAGES = hypothesis_settings(FUZZ, max_examples=examples(40))


@pytest.fixture(scope="module")
def site(site_template):
    """A server of this file's own: the rate limit is lifted so that every example
    reaches the form's validation, and its log is this file's alone."""
    running = start_site(site_template, "--workers", "3", INTAKE_RATE_LIMIT="1000000")
    yield running
    running.stop()


@pytest.fixture(scope="module", autouse=True)
def _no_error_logged(site):
    yield
    errors = [line for line in site.log.splitlines() if "level=ERROR" in line]
    assert not errors, "\n".join(errors[:20])


def form_token(site, form: str) -> str:
    """A fresh one-time token for ``form`` (a registration needs its role first)."""
    role = "&role=supported" if form == "registration" else ""
    fields = get_json(f"{site.url}/api/intake/{form}/?locale=en{role}")["fields"]
    return next(field["value"] for field in fields if field["name"] == "form_token")


def encode(text: str) -> bytes:
    """UTF-8, with lone surrogates written as the invalid bytes they would be."""
    return text.encode("utf-8", "surrogatepass")


def q(value: str | bytes) -> str:
    return quote_from_bytes(value if isinstance(value, bytes) else encode(value), safe="")


def check_all(site, requests) -> list[int]:
    """``check`` for each ``(method, target, body, headers)``, a few at a time."""
    with ThreadPoolExecutor(max_workers=3) as pool:
        return list(pool.map(lambda request: check(site, *request), requests))


def check(site, method: str, target, body: bytes = b"", headers: dict | None = None) -> int:
    status, answer_headers, content = raw_request(site.url, method, target, body, headers)
    where = target if isinstance(target, str) else target.decode("latin-1")
    assert status < 500, (status, method, where[:300], body[:300], content[:300])
    from_django = "Permissions-Policy" in answer_headers  # not gunicorn refusing the bytes
    if where.startswith("/api/") and status >= 400 and from_django:
        assert "json" in answer_headers.get("Content-Type", ""), (status, where[:300])
        answer = json.loads(content)
        assert "detail" in answer or "errors" in answer, (status, where[:300], answer)
    return status


# --- the table: each hostile class, in several spellings --------------------------------

SURROGATES = ["\ud800", "\udfff", "\udbff", "a\udc00b", "\udc00\ud800", "x" * 50 + "\ud83d"]
RAW_BYTES = [b"\xff", b"\xfe\xff", b"\xed\xa0\x80", b"\xc0\xaf", b"\xe3\x81", b"\x80abc"]
CONTROLS = ["\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\u2028", "\u202e", "\ufeff", "\ufffe"]
NUMBERS = [
    "9_999",
    "9_999_999_999_999_999_999_999",
    "+1",
    "-1",
    " 1",
    "1 ",
    "\t1",
    "1\n",
    "٣",
    "١٢",
    "१",
    "１",
    "1e3",
    "0x10",
    "1.0",
    str(2**63),
    str(2**64),
    "9" * 25,
    "9" * 4000,
    "",
    "\x00",
]
SEARCHES = [
    '"',
    'a"b',
    '""',
    "*",
    "a*",
    "(",
    ")",
    "(a",
    "NEAR",
    "NEAR(a b)",
    "a NEAR/2 b",
    "AND",
    "a AND",
    "OR",
    "NOT a",
    "a -b",
    "+a",
    "^a",
    "a:b",
    "title:a",
    "{a b}",
    "[a]",
    "'",
    "a'b",
    "\\",
    "%",
    "%s",
    "a & b | !c",
    "<->",
    "a:*",
    " ",
    *CONTROLS,
    *SURROGATES,
    "a" * 3500,  # near the longest request line gunicorn reads (4094 bytes)
    " a" * 800,
    "あ" * 380,
    "a\x00b",
    '"\x00',
]
SEARCH_ENDPOINTS = [
    "/api/v3/pages/?search={}",
    "/api/v3/pages/?search={}&search_operator=or",
    "/api/v3/pages/?search={}&search_operator=and&order=title",
    "/api/v3/pages/?search={}&type=home.StandardPage&fields=title",
    "/api/v3/pages/?search={}&locale=en&child_of=root",
]
INTEGER_PARAMETERS = [
    "offset",
    "limit",
    "id",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
]


def nested(depth: int, opening: str) -> bytes:
    closing = {"[": "]", '{"a":': "}"}[opening]
    return (opening * depth + "1" + closing * depth).encode()


def deep_bodies():
    for depth in (17, 100, 999, 1000, 1001, 5000, 100_000):
        yield nested(depth, "[")
        yield nested(depth, '{"a":')
        yield b'{"name": ' + nested(depth, "[") + b"}"
    yield b"[" * 200_000  # never closed
    yield b'{"a":' * 50_000


def surrogate_bodies():
    for text in SURROGATES:
        escaped = json.dumps(text)  # "\ud800": valid JSON syntax, not a valid string
        yield f'{{"name": {escaped}}}'.encode()
        yield f'{{{escaped}: "x"}}'.encode()
        yield f'{{"materials": [{escaped}], "consent": true}}'.encode()
        yield f'{{"locale": {escaped}}}'.encode()
        yield f'{{"role": {escaped}}}'.encode()
    for raw in RAW_BYTES:
        yield b'{"name": "' + raw + b'"}'
        yield b'{"' + raw + b'": 1}'
        yield raw
    for text in CONTROLS:
        yield json.dumps({"name": text, "email": f"a{text}@example.com"}).encode()


def number_bodies():
    for literal in ["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "9" * 4301, "9" * 100]:
        yield f'{{"employees": {literal}, "name": {literal}}}'.encode()
    yield b'{"consent": 1e400}'
    yield b'{"employees": -0.0, "consent": 0.0}'


HOSTILE_BODIES = [*deep_bodies(), *surrogate_bodies(), *number_bodies()]


@pytest.mark.parametrize("form", ["inquiry", "registration"])
@pytest.mark.parametrize("keyed", [False, True], ids=["plain", "idempotency-key"])
def test_hostile_json_bodies_are_refused_as_the_clients_mistake(site, form, keyed):
    token = form_token(site, form)
    for index, body in enumerate(HOSTILE_BODIES):
        if body.startswith(b'{"name"') and body.endswith(b"}"):
            body = body[:-1] + f', "form_token": "{token}"}}'.encode()  # reaches the store
        headers = {**JSON, "Idempotency-Key": f"table-{form}-{index}"} if keyed else JSON
        status = check(site, "POST", f"/api/intake/{form}/", body, headers)
        assert 400 <= status < 500, (status, body[:200])


def test_an_oversized_json_body_answers_413(site):
    body = json.dumps({"message": "a" * 300_000}).encode()
    assert check(site, "POST", "/api/intake/inquiry/", body, JSON) == 413
    assert check(site, "POST", "/api/intake/inquiry/", b" " * 3_000_000, JSON) == 413


@pytest.mark.parametrize("name", INTEGER_PARAMETERS)
def test_integer_parameters_accept_only_ascii_digits_a_column_can_hold(site, name):
    for value in NUMBERS:
        status = check(site, "GET", f"/api/v3/pages/?{name}={q(value)}")
        assert status == 400, (name, value, status)
    assert check(site, "GET", f"/api/v3/pages/?{name}=1") in (200, 400, 404, 422)
    assert check(site, "GET", f"/api/v3/pages/?offset={2**63 - 1}") == 200


@pytest.mark.parametrize("endpoint", SEARCH_ENDPOINTS)
def test_search_syntax_is_searched_for_not_parsed(site, endpoint):
    for text in SEARCHES:
        status = check(site, "GET", endpoint.format(q(text)))
        assert status == (400 if "\x00" in text else 200), (endpoint, text[:50], status)


HOSTILE_TEXT = [*SURROGATES, *CONTROLS, *[b.decode("latin-1") for b in RAW_BYTES]]
FEW = [*SURROGATES[::2], *CONTROLS[::3], *[b.decode("latin-1") for b in RAW_BYTES[::2]]]


def test_hostile_text_in_query_strings_paths_and_headers(site):
    """Every public address, with each hostile value in its parameters, its path and
    the headers it reads (language, cookie, origin, idempotency key)."""
    requests = []
    for text in HOSTILE_TEXT:
        value = q(text)
        raw = encode(text) if text in SURROGATES else text.encode("latin-1", "replace")
        targets = [
            f"/?next={value}",
            f"/ja/?q={value}",
            f"/en/{value}/",
            f"/ne/about/{value}",
            f"/en/contact/?role={value}&sent={value}",
            f"/sitemap.xml?{value}={value}",
            f"/robots.txt?x={value}",
            f"/downloads/{value}/",
            f"/downloads/{value}:{value}:{value}/",
            f"/documents/1/{value}.pdf",
            f"/documents/{value}/{value}",
            f"/media/images/{value}",
            f"/share/{value}/{value}.png",
            f"/share/1/{value}.png",
            f"/api/v3/pages/?fields={value}",
            f"/api/v3/pages/?fields=title,{value}(x)",
            f"/api/v3/pages/?order={value}",
            f"/api/v3/pages/?type={value}",
            f"/api/v3/pages/?type=home.{value}",
            f"/api/v3/pages/?locale={value}",
            f"/api/v3/pages/?site={value}",
            f"/api/v3/pages/?slug={value}",
            f"/api/v3/pages/?title={value}",
            f"/api/v3/pages/?show_in_menus={value}",
            f"/api/v3/pages/?rich_text_format={value}",
            f"/api/v3/pages/find/?html_path={value}",
            f"/api/v3/pages/find/?html_path=/en/{value}/",
            f"/api/v3/pages/3/?fields={value}&version={value}",
            f"/api/v3/pages/{value}/",
            f"/api/content/faq/?locale={value}",
            f"/api/content/materials/?locale={value}",
            f"/api/content/documents/{value}/",
            f"/api/intake/inquiry/?locale={value}",
            f"/api/intake/registration/?role={value}&locale=en",
            f"/api/{value}",
        ]
        pages, api = targets[:12], targets[12:]  # a page renders slower than an API answer
        requests += [("GET", target) for target in api + (pages if text in FEW else [])]
        if text not in FEW:
            continue
        headers = {
            "Accept-Language": raw,
            "Cookie": b"django_language=" + raw + b"; sessionid=" + raw + b"; csrftoken=" + raw,
            "Origin": b"http://" + raw,
        }
        for target in ["/", "/en/", "/ja/contact/", "/sitemap.xml", "/api/intake/inquiry/"]:
            requests.append(("GET", target, b"", headers))
        headers = {**JSON, "Idempotency-Key": raw, "Accept-Language": raw}
        requests.append(("POST", "/api/intake/inquiry/", b"{}", headers))
    check_all(site, requests)


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_a_nul_in_an_address_answers_the_sites_400_page_in_the_visitors_language(site, language):
    for target in [
        f"/{language}/%00/",
        f"/{language}/about/%00",
        f"/{language}/contact/?role=%00",
        f"/{language}/?q=a%00b",
        f"/{language}/?%00=1",
        "/?next=%00",
        "/sitemap.xml?x=%00",
        "/downloads/%00/",
        "/documents/1/%00.pdf",
    ]:
        status, headers, content = raw_request(
            site.url, "GET", target, headers={"Accept-Language": language}
        )
        assert status == 400, (target, status)
        assert f'<html lang="{language}"' in content.decode(), target
    for target in ["/api/v3/pages/?locale=%00", "/api/v3/pages/?site=%00", "/api/%00"]:
        assert check(site, "GET", target) == 400


def test_hostile_form_posts_answer_the_sites_400_page_in_the_visitors_language(site):
    bodies = [
        b"name=" + q(text).encode() + b"&email=" + q(text).encode() + b"&consent=on"
        for text in HOSTILE_TEXT
    ]
    bodies += [b"%ff=1", b"name=%ff%fe&" * 500, b"\xff\xfe=\xed\xa0\x80", b"=&&==&"]
    requests = [
        ("POST", f"/intake/inquiry/?locale={language}", body, {**FORM, "Accept-Language": language})
        for body in bodies
        for language in ("ja", "en", "ne")
    ]
    for status in check_all(site, requests):
        assert status in (303, 400), status
    # a body Django cannot even parse: the site's own 400 page, in the visitor's language
    for language in ("ja", "en", "ne"):
        status, _headers, content = raw_request(
            site.url,
            "POST",
            "/intake/inquiry/",
            b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb',
            {"Content-Type": "multipart/form-data; boundary=x", "Accept-Language": language},
        )
        assert status == 400
        assert f'<html lang="{language}"' in content.decode()


# --- Hypothesis: arbitrary values in every parameter and body ---------------------------

# Any code point, lone surrogates and controls included, plus the hostile spellings.
any_character = st.one_of(
    st.characters(codec=None, categories=None),
    st.sampled_from(list("\ud800\udbff\udc00\udfff\x00\x01\x1f\x7f\x85\u2028\u202e\"*()'")),
)
any_text = st.one_of(
    st.text(any_character, max_size=60),
    st.sampled_from([*SEARCHES[:40], *NUMBERS, *HOSTILE_TEXT]),
)
any_bytes = st.one_of(st.binary(max_size=40), any_text.map(encode))
huge_numbers = st.one_of(
    st.integers(),
    st.integers(min_value=2**62, max_value=2**80),
    st.integers(min_value=-(2**80), max_value=-(2**62)),
    st.floats(allow_nan=True, allow_infinity=True),
)
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), huge_numbers, any_text),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(any_text, children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "name",
    "email",
    "company",
    "phone",
    "message",
    "topic",
    "department",
    "consent",
    "agrees_to_screening",
    "materials",
    "role",
    "locale",
    "employees",
    "preferred_start",
    "languages",
    "website",
    "form_token",
]


@st.composite
def json_bodies(draw) -> bytes:
    """A JSON object of form fields with arbitrary values, sometimes nested deep or
    with invalid bytes spliced in."""
    body = draw(st.dictionaries(st.one_of(st.sampled_from(FIELDS), any_text), json_values))
    raw = encode(json.dumps(body, ensure_ascii=draw(st.booleans())))
    shape = draw(st.sampled_from(["plain", "deep", "spliced"]))
    if shape == "deep":
        depth = draw(st.integers(min_value=1, max_value=3000))
        raw = b'{"name": ' + b"[" * depth + raw + b"]" * depth + b"}"
    elif shape == "spliced":
        at = draw(st.integers(min_value=0, max_value=len(raw)))
        raw = raw[:at] + draw(any_bytes) + raw[at:]
    return raw


@pytest.mark.parametrize("form", ["inquiry", "material-request", "onboarding", "registration"])
def test_any_json_body_is_answered_below_500(site, form):
    token = form_token(site, form)

    @FUZZ
    @given(body=json_bodies(), with_token=st.booleans(), key=st.none() | any_bytes)
    def post(body, with_token, key):
        if with_token and body.startswith(b"{") and body.endswith(b"}") and len(body) > 2:
            body = b'{"form_token": "' + token.encode() + b'", ' + body[1:]
        headers = dict(JSON)
        if key is not None:
            headers["Idempotency-Key"] = key.replace(b"\r", b"").replace(b"\n", b"") or b"k"
        check(site, "POST", f"/api/intake/{form}/", body, headers)

    post()


PAGE_PARAMETERS = [
    *INTEGER_PARAMETERS,
    "search",
    "search_operator",
    "fields",
    "order",
    "type",
    "locale",
    "site",
    "slug",
    "title",
    "show_in_menus",
    "seo_title",
    "first_published_at",
    "rich_text_format",
    "version",
    "html_path",
]
READ_ENDPOINTS = [
    "/api/v3/pages/",
    "/api/v3/pages/find/",
    "/api/v3/pages/3/",
    "/api/content/faq/",
    "/api/content/materials/",
    "/api/content/documents/",
    "/api/content/images/",
    "/api/intake/inquiry/",
    "/api/intake/registration/",
]
query_values = st.one_of(any_text.map(q), any_bytes.map(q), huge_numbers.map(str))


@pytest.mark.parametrize("endpoint", READ_ENDPOINTS)
def test_any_query_parameter_of_the_read_apis_is_answered_below_500(site, endpoint):
    @FUZZ
    @given(
        parameters=st.lists(
            st.tuples(st.sampled_from([*PAGE_PARAMETERS, "role"]) | any_text.map(q), query_values),
            min_size=1,
            max_size=4,
        )
    )
    def read(parameters):
        query = "&".join(f"{name}={value}" for name, value in parameters)
        check(site, "GET", f"{endpoint}?{query}")

    read()


@FUZZ
@given(
    prefix=st.sampled_from(
        ["/", "/en/", "/ja/contact/", "/downloads/", "/documents/1/", "/api/v3/pages/", "/api/"]
    ),
    segments=st.lists(any_bytes.map(q), min_size=1, max_size=3),
    language=any_bytes,
)
def test_any_public_path_is_answered_below_500(site, prefix, segments, language):
    headers = {"Accept-Language": language.replace(b"\r", b"").replace(b"\n", b"")}
    check(site, "GET", prefix + "/".join(segments), headers=headers)


@FUZZ_PAGES
@given(
    fields=st.lists(
        st.tuples(st.sampled_from(FIELDS) | any_bytes, any_bytes), min_size=1, max_size=8
    ),
    form=st.sampled_from(["inquiry", "material-request", "onboarding", "registration"]),
)
def test_any_form_post_is_answered_below_500(site, fields, form):
    body = "&".join(f"{q(name)}={q(value)}" for name, value in fields).encode()
    status = check(site, "POST", f"/intake/{form}/", body, FORM)
    assert status in (303, 400, 403), status


def test_the_page_form_takes_hostile_posts_with_its_csrf_token(site):
    status, headers, content = raw_request(site.url, "GET", "/en/contact/")
    assert status == 200
    cookie = re.search(r"csrftoken=([^;]+)", " ".join(headers.get_all("Set-Cookie")))[1]
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', content)[1].decode()

    @FUZZ_PAGES
    @given(fields=st.lists(st.tuples(st.sampled_from(FIELDS), any_bytes), max_size=8))
    def post(fields):
        body = f"csrfmiddlewaretoken={token}&" + "&".join(
            f"{name}={q(value)}" for name, value in fields
        )
        headers = {**FORM, "Cookie": f"csrftoken={cookie}"}
        status = check(site, "POST", "/en/contact/", body.encode(), headers)
        assert status in (302, 400), status

    post()


def test_a_lone_surrogate_through_a_fresh_token_stores_nothing(site):
    before = site.count("inquiries_inquiry")
    token = form_token(site, "inquiry")
    body = {
        "form_token": token,
        "name": "Surrogate \ud800",
        "email": "surrogate@example.com",
        "company": "Example",
        "message": "hello",
        "consent": True,
    }
    raw = json.dumps(body).encode()
    status = check(site, "POST", "/api/intake/inquiry/", raw, {**JSON, "Idempotency-Key": "s1"})
    assert status == 400
    assert site.count("inquiries_inquiry") == before
    assert site.count("inquiries_idempotencykey", "key = %s", "s1") == 0


WORDS = {"en": "Corporate", "ja": "よくある質問", "ne": "कर्पोरेट"}  # from the seeded titles


def test_a_query_full_of_search_syntax_still_finds_its_words(site):
    """The cleaning keeps what a visitor looks for: the words, in any script."""
    site.manage("update_index")  # the index as the worker keeps it in production

    def found(query: str, locale: str) -> list[int]:
        target = f"/api/v3/pages/?locale={locale}&search={q(query)}&limit=20"
        status, _headers, content = raw_request(site.url, "GET", target)
        assert status == 200, (query, content[:300])
        return sorted(item["id"] for item in json.loads(content)["items"])

    for locale, word in WORDS.items():
        expected = found(word, locale)
        assert expected, word
        for query in [f'"{word}', f"{word}*", f"({word})", f"{word}\x01", f"{word}:", f"+{word}^"]:
            assert found(query, locale) == expected, query
    for query in ['"', "*", "()", "\ud800", '"\x1f*'] + [c * 3 for c in CONTROLS if c != "\x00"]:
        assert found(query, "en") == [], query
