"""`make bench`: SQL queries and median server render time per page and language,
against a hashed static file served through the same stack (whitenoise in the WSGI
application), as a ratio. Figures only: nothing here passes or fails.

Runs on a throw-away SQLite database (or ``DATABASE_URL``) built by
``load_site_content``, with production-like settings (no debug, hashed static files).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REQUESTS = int(os.environ.get("BENCH_REQUESTS", "40"))
PAGES = {"home": "", "program": "programs/ocp/", "faq": "faq/"}


def main() -> int:
    workdir = Path(tempfile.mkdtemp(prefix="ocp-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocp.settings.bench")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir / 'db.sqlite3'}")
    os.environ.setdefault("MEDIA_ROOT", str(workdir / "media"))

    import django

    django.setup()
    from django.conf import settings
    from django.contrib.staticfiles.storage import staticfiles_storage
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    from home.seed import load_site_content

    load_site_content()
    client = Client()

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
    return 0


if __name__ == "__main__":
    sys.exit(main())
