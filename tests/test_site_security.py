"""The security the browser enforces for the site: headers, cookies, error pages.

The headers of one answer of each kind are compared with ``security_headers.json``,
so any change to them shows up in review. To accept a deliberate change, rerun with
``OCP_UPDATE_SNAPSHOTS=1`` and commit the file.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client

from inquiries.participant_links import activity_request_url
from programs.models import Material
from tests.support.factories import ParticipantRegistrationFactory
from tests.support.intake import send
from tests.support.servers import query_database
from tests.test_settings import run_python

pytestmark = [pytest.mark.django_db, pytest.mark.engine_neutral]

SNAPSHOT = Path(__file__).with_name("security_headers.json")
HEADERS = [
    "Content-Security-Policy",
    "Strict-Transport-Security",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
    "Cache-Control",
    "Access-Control-Allow-Origin",
    "X-Robots-Tag",
]
MATERIAL_ANSWERS = {
    "company": "Sample Ltd.",
    "name": "Hanako Yamada",
    "email": "hanako@example.jp",
    "role": "HR manager",
    "company_size": "50-299",
    "foreign_employees": "10-49",
    "heard_from": "search",
    "consent": "on",
}


@pytest.fixture
def production_like(settings):
    """What ocp.settings.production adds for https (see test_production_https_settings)."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_SECURE = True
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    settings.LANGUAGE_COOKIE_SECURE = True
    settings.LANGUAGE_COOKIE_NAME = "__Host-django_language"
    return settings


def cookies(response) -> list[str]:
    """Set-Cookie as name and attributes, without the values that change every run."""
    described = []
    for name, morsel in sorted(response.cookies.items()):
        flags = [name]
        for attribute in ("path", "domain", "secure", "httponly", "samesite"):
            value = morsel[attribute]
            if value is True:
                flags.append(attribute)
            elif value:
                flags.append(f"{attribute}={value}")
        if morsel["max-age"] != "":
            flags.append("max-age")
        described.append("; ".join(flags))
    return described


def security_headers(response) -> dict:
    described = {name: response[name] for name in HEADERS if response.has_header(name)}
    if "Content-Security-Policy" in described:  # django-csp's order of directives varies
        directives = sorted(
            part.strip() for part in described["Content-Security-Policy"].split(";")
        )
        described["Content-Security-Policy"] = "; ".join(directives)
    if response.cookies:
        described["Set-Cookie"] = cookies(response)
    return {"status": response.status_code, **described}


def test_production_settings_pass_the_deploy_check_without_a_warning(site_template, tmp_path):
    """A site set up as docs/operations.md says (JII's sending address, staff recipients
    in the site settings, the database reachable) has nothing left to report."""
    url, drop = site_template.copy(tmp_path)
    query_database(
        url, "UPDATE home_sitesettings SET notification_recipients = %s", "ocp-staff@jii.or.jp"
    )
    try:
        result = run_python(
            "import sys; from django.core.management import execute_from_command_line; "
            "execute_from_command_line("
            "['manage.py', 'check', '--deploy', '--fail-level', 'DEBUG'])",
            DJANGO_SETTINGS_MODULE="ocp.settings.production",
            SECRET_KEY="a-fake-but-long-and-random-looking-key-" + "k8Zq2vX9pL4mN7wR3tY6" * 2,
            ALLOWED_HOSTS="ocp.example.org",
            DATABASE_URL=url,
            DEFAULT_FROM_EMAIL="OCP <ocp@jii.or.jp>",
        )
    finally:
        drop()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_https_settings():
    """The values the production_like fixture mirrors, read from the real module."""
    names = [
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_HSTS_PRELOAD",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_NAME",
        "CSRF_COOKIE_SECURE",
        "CSRF_COOKIE_NAME",
        "LANGUAGE_COOKIE_SECURE",
        "LANGUAGE_COOKIE_NAME",
        "SECURE_PROXY_SSL_HEADER",
    ]
    result = run_python(
        "import django, json; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {names!r}}}))",
        DJANGO_SETTINGS_MODULE="ocp.settings.production",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="ocp.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_HSTS_PRELOAD": True,
        "SESSION_COOKIE_SECURE": True,
        "SESSION_COOKIE_NAME": "__Host-sessionid",
        "CSRF_COOKIE_SECURE": True,
        "CSRF_COOKIE_NAME": "__Host-csrftoken",
        "LANGUAGE_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_NAME": "__Host-django_language",
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
    }


def test_headers_of_each_kind_of_answer_match_the_snapshot(production_like, admin_user):
    client = Client(HTTP_X_FORWARDED_PROTO="https")
    seen = {}
    seen["page"] = client.get("/en/")
    seen["redirect to https"] = Client().get("/en/")
    seen["API read"] = client.get("/api/content/faq/?locale=en")
    seen["API form schema"] = client.get("/api/intake/inquiry/?locale=en")
    seen["form page"] = client.get("/en/request-materials/")
    wanted = Material.objects.get(locale__language_code="en")
    posted = send(client, "/en/request-materials/", {**MATERIAL_ANSWERS, "materials": [wanted.pk]})
    seen["form POST"] = posted
    thanks = client.get(posted["Location"])
    seen["thank-you page"] = thanks
    link = re.search(r'href="http://127\.0\.0\.1:8000(/downloads/[^"]+)"', thanks.content.decode())
    seen["download"] = Client(HTTP_X_FORWARDED_PROTO="https").get(link.group(1))
    seen["static file"] = client.get("/static/css/site.css")
    seen["admin login"] = client.get("/admin/login/")
    staff = Client(HTTP_X_FORWARDED_PROTO="https")
    staff.force_login(admin_user)
    seen["admin page"] = staff.get("/admin/pages/")
    asking = ParticipantRegistrationFactory(status="ready")
    seen["participant link page"] = client.get(
        "/" + activity_request_url(asking, "ne").split("/", 3)[3]
    )
    seen["participant link refused"] = client.get("/ne/pair/forged/")
    seen["not found"] = client.get("/en/no-such-page/")
    seen["API not found"] = client.get("/api/no-such-endpoint/")

    actual = {kind: security_headers(response) for kind, response in seen.items()}
    if os.environ.get("OCP_UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(json.dumps(actual, indent=2, ensure_ascii=False) + "\n")
    expected = json.loads(SNAPSHOT.read_text())
    assert actual == expected


def test_public_pages_run_no_inline_script_or_style(client, live_pages):
    """The public policy allows none, so none may be there (JSON-LD is data, not run)."""
    for page in live_pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        soup = BeautifulSoup(response.content, "html.parser")
        for script in soup.find_all("script"):
            assert script.get("src") or script.get("type") == "application/ld+json", page.url
        assert not soup.find_all("style"), page.url
        for tag in soup.find_all(True):
            assert "style" not in tag.attrs, (page.url, tag.name)
            handlers = [name for name in tag.attrs if name.startswith("on")]
            assert not handlers, (page.url, tag.name, handlers)
            assert not str(tag.get("href", "")).startswith("javascript:"), page.url


def test_policies_allow_no_eval_and_the_public_one_no_inline_code(client, admin_client):
    public = client.get("/ja/")["Content-Security-Policy"]
    admin = admin_client.get("/admin/")["Content-Security-Policy"]
    for policy in (public, admin):
        directives = dict(part.strip().split(" ", 1) for part in policy.split(";"))
        assert directives["script-src"] in ("'self'", "'self' 'unsafe-inline'")
        assert directives["default-src"] == "'self'"
        assert directives["object-src"] == "'none'"
        assert "unsafe-eval" not in policy
    assert "unsafe-inline" not in public  # Wagtail's admin still needs it
    assert "frame-ancestors 'none'" in public
    assert "frame-ancestors 'self'" in admin  # Wagtail's previews


def break_table(model) -> None:
    """A real fault: the table the form writes to disappears (rolled back after the test)."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"ALTER TABLE {table} RENAME TO {table}_gone")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("ja", "申し訳ありません。エラーが発生しました。"),
        ("en", "Sorry, something went wrong."),
        ("ne", "माफ गर्नुहोस्, केही समस्या भयो।"),
    ],
)
def test_server_error_page_is_in_the_visitors_language_and_leaks_nothing(language, title):
    from inquiries.models import Inquiry

    client = Client(raise_request_exception=False)
    form = client.get(f"/{language}/contact/").content.decode()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    break_table(Inquiry)
    response = client.post(
        f"/{language}/contact/",
        {
            "company": "Sample Ltd.",
            "name": "Hanako Yamada",
            "email": "hanako@example.jp",
            "topic": "costs",
            "message": "How much does it cost?",
            "consent": "on",
            "form_token": token,
        },
    )
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == language
    assert soup.h1.get_text(strip=True) == title
    assert soup.select_one("main a.button")["href"] == f"/{language}/"
    body = response.content.decode()
    for leak in ("Traceback", "inquiries_inquiry", "Error:", "Hanako", "hanako@", "/contact/"):
        assert leak not in body
    assert response["Cache-Control"] == "no-store"


def test_server_error_under_the_api_is_json():
    from inquiries.models import Inquiry

    client = Client(raise_request_exception=False)
    fields = client.get("/api/intake/inquiry/?locale=en").json()["fields"]
    token = next(field["value"] for field in fields if field["name"] == "form_token")
    break_table(Inquiry)
    response = client.post(
        "/api/intake/inquiry/",
        {
            "locale": "en",
            "company": "Sample Ltd.",
            "name": "Hanako Yamada",
            "email": "hanako@example.jp",
            "topic": "costs",
            "message": "How much does it cost?",
            "consent": True,
            "form_token": token,
        },
        content_type="application/json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 500
    assert response.json() == {
        "status": 500,
        "detail": "Sorry, something went wrong. Please try again in a few minutes.",
    }


def test_not_found_page_follows_accept_language_without_a_prefix(client):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE="ne")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "ne"
    assert "no-such-page" not in response.content.decode()  # the address is not echoed


def test_expired_form_gets_a_csrf_page_in_the_visitors_language():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/contact/", {"name": "x"})
    assert response.status_code == 403
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "en"
    assert soup.h1.get_text(strip=True) == "Your form could not be sent."
    assert "CSRF" not in response.content.decode()


def test_server_error_page_needs_no_database(rf, django_assert_num_queries):
    from ocp.views import server_error

    request = rf.get("/ne/programs/", HTTP_ACCEPT_LANGUAGE="en")
    with django_assert_num_queries(0):
        response = server_error(request)
    assert response.status_code == 500
    assert BeautifulSoup(response.content, "html.parser").html["lang"] == "ne"
