"""``make lighthouse``: Lighthouse (mobile) on the pages a company meets first, in every
language, against gunicorn serving a fresh copy of the site.

Prints each page's four category scores, the compressed weight of what the page needs
to show itself (the HTML, its CSS and its pictures, fonts none: the site uses the
system's), and how many requests went to another origin. The figures are printed, not
asserted: Lighthouse's performance score is simulated from a trace and moves with the
machine's load; the browser tests assert the rules it scores (axe, the first screen).
``LIGHTHOUSE_PAGES=home,faq`` runs some of the pages only.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from tests.perf.bench import connection_vendor, gunicorn, prepare_site

HERE = Path(__file__).resolve().parent / "lighthouse"
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"
PAGES = {
    "home": "",
    "ocp": "programs/ocp/",
    "faq": "faq/",
    "materials": "materials/",
    "form": "request-materials/",
}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# What a page needs to show itself, counted in its weight; scripts are counted apart.
WEIGHED = {"Document", "Stylesheet", "Image"}


def chromium() -> str:
    path = os.environ.get("CHROME_PATH") or shutil.which("chromium")
    if not path:
        raise SystemExit("make lighthouse: chromium is needed (apt-get install chromium)")
    return path


def audit(url: str, out: Path, attempts: int = 3) -> dict:
    """One Lighthouse run (its default: a mid-range phone on a slow 4G line). Headless
    Chromium now and then loses the trace of a load (NO_NAVSTART); that run is repeated."""
    for _ in range(attempts - 1):
        try:
            return _audit(url, out)
        except subprocess.CalledProcessError:
            pass
    return _audit(url, out)


def _audit(url: str, out: Path) -> dict:
    subprocess.run(  # noqa: S603 - a fixed argument list
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            f"--only-categories={','.join(CATEGORIES)}",
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": chromium()},
        timeout=300,
    )
    return json.loads(out.read_text())


def figures(report: dict) -> dict:
    origin = urlsplit(report["finalDisplayedUrl"]).netloc
    requests = report["audits"]["network-requests"]["details"]["items"]
    weight = sum(r.get("transferSize", 0) for r in requests if r.get("resourceType") in WEIGHED)
    scripts = sum(r.get("transferSize", 0) for r in requests if r.get("resourceType") == "Script")
    foreign = [r["url"] for r in requests if urlsplit(r["url"]).netloc not in (origin, "")]
    scores = {name: report["categories"][name]["score"] for name in CATEGORIES}
    # What cost points: every weighed audit below full marks, by its title
    failed = sorted(
        {
            report["audits"][ref["id"]]["title"]
            for name in CATEGORIES
            for ref in report["categories"][name]["auditRefs"]
            if ref["weight"] > 0
            and (report["audits"][ref["id"]].get("score") or 0) < 1
            and report["audits"][ref["id"]].get("scoreDisplayMode")
            not in ("notApplicable", "manual", "informative")
        }
    )
    metrics = {
        key: report["audits"][key]["displayValue"]
        for key in (
            "first-contentful-paint",
            "largest-contentful-paint",
            "total-blocking-time",
            "cumulative-layout-shift",
        )
    }
    return {
        "scores": scores,
        "weight": weight,
        "scripts": scripts,
        "foreign": foreign,
        "failed": failed,
        "metrics": metrics,
    }


def main() -> int:
    if not LIGHTHOUSE.exists():
        raise SystemExit("make lighthouse: run npm install in tests/perf/lighthouse first")
    prepare_site("ocp-lighthouse-")
    from django.conf import settings

    results = []
    with gunicorn(workers=2) as base, tempfile.TemporaryDirectory() as folder:
        version = subprocess.run(  # noqa: S603 - a fixed argument list
            [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
        print(f"Lighthouse {version} (mobile: a mid-range phone on slow 4G), {connection_vendor()}")
        header = "".join(f"{name[:5]:>7}" for name in CATEGORIES)
        weights = f"{'KB html+css+img':>17}{'KB js':>7}{'other origins':>15}"
        print(f"{'page':<11}{'lang':<6}{header}{weights}")
        chosen = os.environ.get("LIGHTHOUSE_PAGES", ",".join(PAGES)).split(",")
        for name, path in PAGES.items():
            if name not in chosen:
                continue
            for code, _label in settings.LANGUAGES:
                report = audit(f"{base}/{code}/{path}", Path(folder) / f"{name}-{code}.json")
                row = figures(report)
                results.append(row)
                scores = "".join(f"{row['scores'][c]:>7.2f}" for c in CATEGORIES)
                print(
                    f"{name:<11}{code:<6}{scores}{row['weight'] / 1024:>17.1f}"
                    f"{row['scripts'] / 1024:>7.1f}{len(row['foreign']):>15}"
                )
                for url in row["foreign"]:
                    print(f"{'':<17}another origin: {url}")
                if row["failed"]:
                    print(f"{'':<17}FCP, LCP, TBT, CLS: {', '.join(row['metrics'].values())}")
                    for title in row["failed"]:
                        print(f"{'':<17}below full marks: {title}")
    lowest = {c: min(r["scores"][c] for r in results) for c in CATEGORIES}
    print("lowest: " + ", ".join(f"{c} {score:.2f}" for c, score in lowest.items()))
    heaviest = max(r["weight"] for r in results) / 1024
    print(f"heaviest page: {heaviest:.1f} KB of HTML, CSS and pictures, compressed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
