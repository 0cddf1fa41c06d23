"""The site template kept for a test run, built before the run (``make test``).

``python -m tests.support.template_cache build DIR`` builds the template for the engine
``DATABASE_URL`` names (SQLite without it) in ``DIR``; ``make test`` builds SQLite's and
PostgreSQL's at the same time, then runs the suite on each with ``TEST_TEMPLATE_CACHE=DIR``,
so neither run starts with its workers waiting a minute on migrations and content.
``… drop DIR`` removes the folder and the PostgreSQL databases kept for it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in {"build", "drop"}:
        print("usage: python -m tests.support.template_cache build|drop DIR", file=sys.stderr)
        return 2
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocp.settings.test")
    import django

    django.setup()
    from tests.support.servers import SiteTemplate

    cache = Path(argv[1])
    if argv[0] == "build":
        SiteTemplate.keep(cache)
    else:
        SiteTemplate.drop_cache(cache)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
