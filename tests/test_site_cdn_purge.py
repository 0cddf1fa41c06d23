"""A real shared cache in front of the site: Varnish on loopback, started here, keeps
the pages as their headers allow, and Wagtail's HTTP purge backend (FRONTEND_CACHE_URL)
drops exactly the pages a change affects, while the app servers' page cache in Redis
drops the same set. Skipped without varnishd or Redis (a failure on CI)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from tests.support.reachable import redis_error
from tests.support.servers import free_port, start_site

pytestmark = pytest.mark.engine_neutral

HOST = "ocp.test"  # the site's public name: BASE_URL, and the Host that Varnish sees
VCL = """vcl 4.1;
backend default {{ .host = "127.0.0.1"; .port = "{port}"; }}
acl purgers {{ "127.0.0.1"; }}
sub vcl_recv {{
    if (req.method == "PURGE") {{
        if (client.ip !~ purgers) {{ return (synth(405, "Not allowed")); }}
        return (purge);
    }}
}}
"""
CHANGE = """
from faq.models import FAQItem
from django.core.management import call_command
item = FAQItem.objects.filter(locale__language_code="en").order_by("sort_order").first()
item.question = "Who may join, as Varnish now shows?"
item.save()
call_command("db_worker", batch=True, verbosity=0)
"""


def missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(what)
    pytest.skip(what)


@pytest.fixture(scope="module")
def varnish(site_template):
    """``(varnish URL, site)``: gunicorn with the page cache in Redis and purges sent
    to a Varnish whose backend it is."""
    binary = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(binary).exists():
        missing("varnishd is not installed (Debian: apt-get install varnish)")
    redis_url = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    if error := redis_error(redis_url):
        missing(error)
    port = free_port()
    site = start_site(
        site_template,
        "--workers",
        "1",
        PAGE_CACHE_SECONDS="3600",
        PAGE_CDN_SECONDS="600",
        CACHE_URL=f"{redis_url}?key_prefix=test-cdn-{uuid.uuid4().hex[:8]}",
        FRONTEND_CACHE_URL=f"http://127.0.0.1:{port}",
        BASE_URL=f"http://{HOST}",
    )
    workdir = Path(tempfile.mkdtemp(prefix="ocp-varnish-"))
    workdir.chmod(0o755)  # varnishd, started as root, compiles as its own user
    (workdir / "site.vcl").write_text(VCL.format(port=site.url.rsplit(":", 1)[1]))
    process = subprocess.Popen(  # noqa: S603 - a fixed argument list
        [
            binary,
            "-F",
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(workdir / "site.vcl"),
            "-n",
            str(workdir / "state"),
            "-s",
            "malloc,32m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get(url, "/robots.txt")
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("varnishd did not start") from None
                time.sleep(0.1)
        yield url, site
    finally:
        process.terminate()
        process.wait(timeout=15)
        site.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def get(base: str, path: str, **headers: str):
    """``(status, headers, body)`` of a GET as an anonymous visitor's browser sends it."""
    request = urllib.request.Request(base + path, headers={"Host": HOST, **headers})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def from_varnish(headers) -> bool:
    """Varnish names two transactions in X-Varnish when it answered from its store."""
    return len(headers.get("X-Varnish", "").split()) == 2


def test_varnish_keeps_pages_and_a_change_purges_exactly_what_it_affects(varnish):
    url, site = varnish
    for path in ("/en/faq/", "/en/terms/", "/ja/faq/"):
        get(url, path)
        status, headers, _body = get(url, path)
        assert status == 200 and from_varnish(headers), (path, dict(headers))
        assert "s-maxage=600" in headers["Cache-Control"]
        assert "Set-Cookie" not in headers

    site.manage("shell", "-c", CHANGE)

    status, headers, body = get(url, "/en/faq/")
    assert status == 200 and not from_varnish(headers)
    assert b"Who may join, as Varnish now shows?" in body
    assert from_varnish(get(url, "/en/terms/")[1])  # unrelated: still Varnish's copy
    assert from_varnish(get(url, "/ja/faq/")[1])  # another language: untouched
    assert "PURGE" not in site.log  # purges go to Varnish, never to the app


def test_conditional_requests_and_forms_through_varnish(varnish):
    url, _site = varnish
    _status, headers, _body = get(url, "/en/about/")
    status, _headers, body = get(url, "/en/about/", **{"If-None-Match": headers["ETag"]})
    assert status == 304 and body == b""
    forms = [get(url, "/en/contact/") for _ in range(2)]
    assert all(not from_varnish(headers) for _status, headers, _body in forms)
    assert forms[0][2] != forms[1][2]  # each visitor's own tokens
