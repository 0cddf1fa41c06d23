"""`make bench`: SQL queries and median server render time per page and language,
against a hashed static file served through the same stack (whitenoise in the WSGI
application), as a ratio. Figures only: nothing here passes or fails.

Runs on a throw-away SQLite database (or ``DATABASE_URL``) built by
``load_site_content``, with production-like settings (no debug, hashed static files).
"""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "40"))
# One page of each type (the contact form's page is never cached).
PAGES = {
    "home": "",
    "program": "programs/ocp/",
    "programs": "programs/",
    "faq": "faq/",
    "materials": "materials/",
    "standard": "about/",
    "form": "contact/",
}
THROUGHPUT_SECONDS = float(os.environ.get("BENCH_THROUGHPUT_SECONDS", "5"))
THROUGHPUT_CLIENTS = int(os.environ.get("BENCH_THROUGHPUT_CLIENTS", "8"))
THROUGHPUT_WORKERS = int(os.environ.get("BENCH_WORKERS", "2"))
# Throughput runs send many forms from one address as fast as they can: lift the rate
# limit and the too-fast spam rule for the server under test, and only there.
LOAD_ENV = {"INTAKE_RATE_LIMIT": "1000000", "INTAKE_MIN_SECONDS": "0"}


def prepare_site(prefix: str = "ocp-bench-") -> Path:
    """Sets Django up on a throw-away site: a fresh SQLite database in a temporary folder
    (unless ``DATABASE_URL`` names another), migrated, with hashed static files and the
    site's content loaded. Returns the temporary folder."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.perf.settings")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))
    os.environ.setdefault("PAGE_CACHE_DIR", str(workdir / "page-cache"))

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    from home.seed import load_site_content

    load_site_content()
    return workdir


@contextlib.contextmanager
def gunicorn(workers: int = 4, **env: str) -> Iterator[str]:
    """Serves the site with gunicorn on a free loopback port for the ``with`` block and
    yields its base URL. ``env`` adds to the environment (e.g. a rate limit high enough
    for a load run); the database is the one ``prepare_site`` set up."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(  # noqa: S603 - a fixed argument list
        [
            sys.executable,
            "-m",
            "gunicorn",
            "ocp.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
            "--no-control-socket",
            "--log-level",
            "warning",
        ],
        env={**os.environ, **env},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=1)  # noqa: S310 - loopback
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError("gunicorn stopped while starting") from None
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()  # graceful: workers finish the request in hand
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def main() -> int:
    prepare_site()
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.db import connection
    from django.test import Client, override_settings

    client = Client()
    # The in-process figures are renders: what a page costs when the cache is cold.
    override_settings(PAGE_CACHE_SECONDS=0).enable()

    def measure(url: str) -> tuple[int, float, int]:
        for _ in range(3):
            client.get(url)
        queries = 0

        def count(execute, sql, params, many, context):
            nonlocal queries
            queries += 1
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            response = client.get(url)
        timings = []
        for _ in range(REQUESTS):
            start = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            timings.append(time.perf_counter() - start)
        return response.status_code, statistics.median(timings) * 1000, queries

    static_url = staticfiles_storage.url("css/site.css")
    static_status, static_ms, static_queries = measure(static_url)

    print(
        f"OCP benchmark: {REQUESTS} requests per URL after 3 warm-ups, in-process WSGI "
        f"({connection.vendor}), Python {sys.version.split()[0]}"
    )
    print(f"{'page':<10}{'lang':<6}{'status':>7}{'queries':>9}{'median ms':>11}{'x static':>10}")
    for name, path in PAGES.items():
        for code, _label in settings.LANGUAGES:
            status, ms, queries = measure(f"/{code}/{path}")
            print(f"{name:<10}{code:<6}{status:>7}{queries:>9}{ms:>11.2f}{ms / static_ms:>10.1f}")
    print(
        f"{'static':<10}{'-':<6}{static_status:>7}{static_queries:>9}{static_ms:>11.2f}"
        f"{1:>10.1f}   {static_url}"
    )
    api_throughput(measure, static_ms)
    page_throughput(static_url)
    static_export_bench(static_ms)
    intake_throughput()
    matching_figures()
    report_figures()
    return 0


def _hammer(url: str, seconds: float, threads: int) -> int:
    """Requests answered 200 by ``url`` from ``threads`` threads in ``seconds``."""
    import http.client
    import threading
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    done = [0] * threads
    stop_at = time.monotonic() + seconds

    def loop(n: int) -> None:
        while time.monotonic() < stop_at:
            connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
            connection.request("GET", parts.path, headers={"Accept-Encoding": "gzip, br"})
            response = connection.getresponse()
            response.read()
            connection.close()
            if response.status == 200:
                done[n] += 1

    workers = [threading.Thread(target=loop, args=(n,)) for n in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return sum(done)


def requests_per_second(url: str) -> float:
    """Throughput of ``url`` from THROUGHPUT_CLIENTS concurrent clients, in two client
    processes (one Python process alone would measure its own GIL)."""
    from concurrent.futures import ProcessPoolExecutor

    _hammer(url, 0.5, 2)  # warm: the first answer fills the cache
    processes = 2
    with ProcessPoolExecutor(processes) as pool:
        counts = pool.map(
            _hammer,
            [url] * processes,
            [THROUGHPUT_SECONDS] * processes,
            [THROUGHPUT_CLIENTS // processes] * processes,
        )
        return sum(counts) / THROUGHPUT_SECONDS


def page_throughput(static_url: str) -> None:
    """Pages through gunicorn (production settings) beside a hashed static file through
    the same server, side by side in one run: with the page cache and without it."""
    from django.conf import settings

    middleware = settings.MIDDLEWARE
    place = {
        name.rsplit(".", 1)[1]: middleware.index(name) + 1
        for name in middleware
        if name.endswith(("WhiteNoiseMiddleware", "PageCacheMiddleware"))
    }
    print(
        f"\npages through gunicorn ({THROUGHPUT_WORKERS} sync workers, {connection_vendor()}, "
        f"page cache {settings.CACHES['pages']['BACKEND'].rsplit('.', 1)[1]}, "
        f"WhiteNoise {place.get('WhiteNoiseMiddleware')}. and the page cache "
        f"{place.get('PageCacheMiddleware')}. of {len(middleware)} middleware), "
        f"{THROUGHPUT_CLIENTS} clients, {THROUGHPUT_SECONDS:.0f} s each, as ratios to the "
        "static file:"
    )
    urls = {"home": "/ja/", "faq": "/en/faq/", "ocp (ne)": "/ne/programs/ocp/"}
    rates = {}
    for label, seconds in (("cached", "3600"), ("cold", "0")):
        with gunicorn(THROUGHPUT_WORKERS, PAGE_CACHE_SECONDS=seconds) as base:
            static = requests_per_second(base + static_url)
            for name, path in urls.items():
                rates[(label, name)] = (requests_per_second(base + path), static)
    for (label, name), (rate, static) in rates.items():
        print(
            f"  {label:<7}{name:<10}{rate:8.0f} requests/s   static file {static:7.0f} "
            f"requests/s   ratio {rate / static:.3f}"
        )


def api_throughput(measure, static_ms: float) -> None:
    """The read APIs' listings, in-process, beside the static file (requests/s = 1/median)."""
    urls = {
        "pages API listing (en)": "/api/v3/pages/?locale=en&limit=20",
        "FAQ API listing (en)": "/api/content/faq/?locale=en",
    }
    print("\nread API, in-process, one client:")
    for name, url in urls.items():
        status, ms, queries = measure(url)
        print(
            f"  {name:<24} {status}  {queries:>3} queries  {ms:7.2f} ms  "
            f"{1000 / ms:7.0f} requests/s   static file {1000 / static_ms:7.0f} requests/s "
            f"(x{ms / static_ms:.0f})"
        )


def static_export_bench(static_ms: float) -> None:
    """A full static export of the seeded site, then the refresh after one publish."""
    import json

    from wagtail.models import Page

    from staticsite.render import Target
    from staticsite.writer import MANIFEST, StaticSite

    folder = Path(tempfile.mkdtemp(prefix="ocp-bench-export-")) / "public"
    site = StaticSite(folder, Target.from_options("https://www.example.org", None))
    site.build()  # warm-up: templates, static files collected
    full = StaticSite(Path(str(folder) + "-2"), site.target).build()
    page = Page.objects.get(locale__language_code="ja", slug="ocp").specific
    page.seo_title = "OCP (bench)"
    page.save_revision().publish()
    refresh = site.refresh([{"page": page.pk}], trigger="bench: one page published")
    manifest = json.loads((folder / MANIFEST).read_text())
    per_file = full.seconds / full.rendered * 1000
    print("\nstatic export (in-process):")
    print(
        f"  full build    {full.pages} pages, {full.rendered} files in {full.seconds:.2f} s   "
        f"{per_file:.1f} ms per file "
        f"(static file served: {static_ms:.2f} ms, x{per_file / static_ms:.0f})"
    )
    print(
        f"  one publish   {refresh.rendered} files rendered, {len(refresh.written)} written "
        f"({', '.join(sorted(refresh.written))}) in {refresh.seconds:.2f} s   "
        f"manifest lists {len(manifest['files'])} files"
    )


def intake_throughput(clients: int = 16, seconds: float = 10.0) -> None:
    """Inquiry submissions per second through gunicorn, from ``clients`` threads.

    Each client loads the form (for its token and CSRF cookie) and sends it, over and
    over, for ``seconds``. Accepted answers (redirects to the thank-you page) are
    compared with the records the database holds afterwards: they must be equal.
    """
    import re
    import threading
    import urllib.error
    import urllib.parse
    from http.cookiejar import CookieJar

    from inquiries.models import Inquiry

    workers = 4

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    accepted = 0
    errors: dict[str, int] = {}
    lock = threading.Lock()
    stop_at = 0.0  # set once gunicorn listens
    before = Inquiry.objects.count()

    def client(n: int) -> None:
        nonlocal accepted
        jar = CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
        i = 0
        while time.monotonic() < stop_at:
            i += 1
            try:
                html = opener.open(f"{base}/en/contact/", timeout=30).read().decode()
                fields = {
                    "form_token": re.search(r'name="form_token" value="([^"]+)"', html)[1],
                    "csrfmiddlewaretoken": re.search(
                        r'name="csrfmiddlewaretoken" value="([^"]+)"', html
                    )[1],
                    "company": f"Bench {n}",
                    "name": f"Client {n}-{i}",
                    "email": f"bench{n}@example.jp",
                    "topic": "other",
                    "message": "benchmark",
                    "consent": "on",
                }
                request = urllib.request.Request(  # noqa: S310 - loopback only
                    f"{base}/en/contact/",
                    data=urllib.parse.urlencode(fields).encode(),
                    headers={"Referer": f"{base}/en/contact/"},
                )
                opener.open(request, timeout=30)
                outcome = "200 instead of a redirect"
            except urllib.error.HTTPError as error:
                outcome = "accepted" if error.code == 302 else str(error.code)
            except OSError as error:
                outcome = type(error).__name__
            with lock:
                if outcome == "accepted":
                    accepted += 1
                else:
                    errors[outcome] = errors.get(outcome, 0) + 1

    with gunicorn(workers, **LOAD_ENV) as base:
        stop_at = time.monotonic() + seconds
        started = time.monotonic()
        threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
    stored = Inquiry.objects.count() - before
    print(
        f"\ninquiry form through gunicorn ({workers} workers, {connection_vendor()}), "
        f"{clients} concurrent clients, {elapsed:.1f} s:"
    )
    print(
        f"  {accepted / elapsed:.1f} submissions/s   accepted {accepted}   stored {stored}   "
        f"{'equal' if stored == accepted else 'NOT EQUAL'}   errors {errors or 0}"
    )


def matching_figures() -> None:
    """Suggestions among 5,000 volunteers and the draft for 500 × 500 (tests/perf/matching)."""
    from tests.perf import matching

    matching.main(prepared=True)


def report_figures() -> None:
    """A company report for 200 participants and 2,000 check-ins (tests/perf/reports)."""
    from tests.perf import reports

    reports.main(prepared=True)


def connection_vendor() -> str:
    from django.db import connection

    return connection.vendor


if __name__ == "__main__":
    sys.exit(main())
