"""The deployment examples (Procfile, systemd units, nginx) agree with the code: the
commands they run exist, the addresses and paths they use are the site's, and private
documents are never served by nginx."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shlex
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
SYSTEMD = ROOT / "deploy" / "systemd"
NGINX = (ROOT / "deploy" / "nginx" / "ocp.conf").read_text()
HARDENING = {
    "NoNewPrivileges": "yes",
    "ProtectSystem": "strict",
    "PrivateTmp": "yes",
    "ProtectHome": "yes",
    "CapabilityBoundingSet": "",
}


def procfile() -> dict[str, str]:
    lines = (ROOT / "Procfile").read_text().splitlines()
    return dict(
        line.split(":", 1) for line in lines if re.match(r"^[a-z]+:", line) and "://" not in line
    )


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string((SYSTEMD / name).read_text())
    return parser


def check_command(command: str) -> None:
    """A gunicorn command must name an importable WSGI module; a manage.py command must be
    one of the project's management commands."""
    words = shlex.split(command)
    program = Path(words[0]).name
    if program == "gunicorn":
        module = next(word for word in words[1:] if not word.startswith("-"))
        assert importlib.util.find_spec(module) is not None, module
        assert module == settings.WSGI_APPLICATION.rsplit(".", 1)[0]
    else:
        assert program.startswith("python") and words[1] == "manage.py", command
        assert words[2] in get_commands(), f"no management command {words[2]!r}"


def test_procfile_runs_the_web_server_the_worker_and_the_migrations():
    processes = procfile()
    assert set(processes) == {"release", "web", "worker"}
    for line in processes.values():
        for command in line.split("&&"):
            check_command(command.strip())
    assert "migrate" in processes["release"] and "collectstatic" in processes["release"]
    assert "db_worker" in processes["worker"]


@pytest.mark.parametrize(
    "name", ["ocp-web.service", "ocp-worker.service", "ocp-send-pending-emails.service"]
)
def test_systemd_units_run_existing_commands_hardened_with_the_production_settings(name):
    service = unit(name)["Service"]
    check_command(service["ExecStart"].replace("/srv/ocp/app/.venv/bin/", ""))
    assert service["Environment"] == "DJANGO_SETTINGS_MODULE=ocp.settings.production"
    assert service["EnvironmentFile"].startswith("/etc/ocp/")
    assert service["User"] != "root"
    for option, value in HARDENING.items():
        assert service.get(option) == value, option


def test_the_timer_starts_the_pending_email_safety_net_every_hour():
    timer = unit("ocp-send-pending-emails.timer")
    assert timer["Timer"]["OnCalendar"] == "hourly"
    assert (SYSTEMD / "ocp-send-pending-emails.service").exists()


def test_nginx_proxies_to_the_address_gunicorn_listens_on():
    exec_start = unit("ocp-web.service")["Service"]["ExecStart"]
    bind = shlex.split(exec_start)[shlex.split(exec_start).index("--bind") + 1]
    upstream = re.search(r"upstream ocp_app \{\s*server ([^ ;]+)", NGINX)[1]
    assert upstream == bind


def test_nginx_sets_the_forwarded_headers_the_settings_trust():
    """Production trusts X-Forwarded-Proto; nginx must set it, not pass the client's on,
    and append the peer to X-Forwarded-For (one proxy: TRUSTED_PROXIES=1)."""
    production = (ROOT / "site" / "settings" / "production.py").read_text()
    assert 'SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")' in production
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in NGINX
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in NGINX
    assert re.search(r"listen 443 ssl", NGINX)
    assert "return 301 https://$host$request_uri;" in NGINX


def test_nginx_serves_static_files_where_collectstatic_puts_them_with_long_cache():
    static = re.search(rf"location {re.escape(settings.STATIC_URL)} \{{\s*alias ([^;]+);", NGINX)
    assert static, "no location for STATIC_URL"
    assert Path(static[1]).name == Path(settings.STATIC_ROOT).name
    assert "max-age=31536000, immutable" in NGINX


def test_nginx_references_the_health_endpoints():
    for name in ("healthz", "readyz"):
        assert f"location = {reverse(name)} {{" in NGINX


def test_nginx_never_serves_private_documents_from_media():
    media = settings.MEDIA_URL
    served = re.findall(rf"location {re.escape(media)}(\S*) \{{\s*alias ([^;]+);", NGINX)
    assert {prefix for prefix, _ in served} == {"images/", "original_images/"}
    assert re.search(rf"location {re.escape(media)} \{{\s*return 404;", NGINX)
    assert "documents" not in "".join(alias for _, alias in served)
