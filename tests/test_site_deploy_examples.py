"""The deployment examples (Procfile, systemd units, nginx) agree with the code: the
commands they run exist, the addresses and paths they use are the site's, and private
documents are never served by nginx."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shlex
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands
from django.urls import reverse

from tests.support.servers import free_port

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


def nginx_binary() -> str:
    """nginx's path; the test is skipped when it is not installed (a failure on CI,
    where ``.ci/run`` installs it)."""
    binary = shutil.which("nginx") or next(
        (path for path in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(path).exists()),
        None,
    )
    if binary is None:
        if os.environ.get("CI") == "true":
            pytest.fail("nginx is not installed")
        pytest.skip("nginx is not installed")
    return binary


def test_nginx_accepts_the_example(tmp_path):
    """``nginx -t`` on the example as installed (in ``http``), a throw-away certificate
    in place of Let's Encrypt's."""
    binary = nginx_binary()
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]  # noqa: S607
        + ["-subj", "/CN=ocp.example.org", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    live = "/etc/letsencrypt/live/ocp.example.org"
    site = NGINX.replace(f"{live}/fullchain.pem", str(cert)).replace(
        f"{live}/privkey.pem", str(key)
    )
    (tmp_path / "ocp.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  include {tmp_path}/ocp.conf;\n}}\n"
    )
    checked = subprocess.run(  # noqa: S603
        [binary, "-t", "-c", str(tmp_path / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr
    assert "test is successful" in checked.stderr


@pytest.fixture
def nginx_media(tmp_path):
    """A real nginx with the example's /media/ locations, over a media folder of the
    test's own: an image in each image folder, a brochure in documents/, and symlinks
    from the image folders to it. Skipped when nginx is not installed."""
    binary = nginx_binary()
    media = tmp_path / "media"
    for folder in ("images", "original_images", "documents"):
        (media / folder).mkdir(parents=True)
    (media / "images" / "cover.width-120.png").write_bytes(b"\x89PNG rendition")
    (media / "original_images" / "cover.png").write_bytes(b"\x89PNG original")
    (media / "documents" / "brochure.pdf").write_bytes(b"%PDF-1.4 request-only " * 20)
    (media / "images" / "leak.png").symlink_to(media / "documents" / "brochure.pdf")
    (media / "images" / "docs").symlink_to(media / "documents")
    (media / "original_images" / "up").symlink_to(media)
    locations = "\n".join(re.findall(r"location /media/[^{]*\{[^}]*\}", NGINX))
    port = free_port()
    config = tmp_path / "nginx.conf"
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    config.write_text(
        f"daemon off;\nmaster_process off;\npid {tmp_path}/nginx.pid;\n"
        f"error_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        "  access_log off;\n  types { image/png png; application/pdf pdf; }\n"
        + "".join(f"  {name}_temp_path {path};\n" for name, path in temp.items()).replace(
            "body_temp", "client_body_temp"
        )
        + f"  server {{\n    listen 127.0.0.1:{port};\n"
        + locations.replace("/var/lib/ocp/media", str(media))
        + "\n    location / { return 418; }\n  }\n}\n"
    )
    checked = subprocess.run(  # noqa: S603
        [binary, "-t", "-c", str(config)], capture_output=True, text=True, timeout=30
    )
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen([binary, "-c", str(config)], stderr=subprocess.PIPE)  # noqa: S603
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", media
    process.terminate()
    process.wait(timeout=10)


def test_nginx_serves_the_images_and_nothing_of_the_documents(nginx_media):
    """The example's locations, run by nginx: every traversal spelling of the site's
    own media tests, and symlinks in the image folders, get nothing of the brochure."""
    from tests.test_site_media import FOLDERS, RAW_TRAVERSALS, raw_get, targets

    base, media = nginx_media
    secret = (media / "documents" / "brochure.pdf").read_bytes()[:40]
    sent = [target.encode() for target in targets("brochure.pdf", media)]
    sent += [
        raw.replace(b"{folder}", folder.encode()).replace(b"{name}", b"brochure.pdf")
        for raw in RAW_TRAVERSALS
        for folder in FOLDERS
    ]
    sent += [
        b"/media/images/leak.png",
        b"/media/images/docs/brochure.pdf",
        b"/media/original_images/up/documents/brochure.pdf",
        b"/media/documents/brochure.pdf",
    ]
    leaks = []
    for target in sent:
        status, body = raw_get(base, target)
        if secret in body or status == 200 and b"PDF" in body:
            leaks.append((target, status))
    assert leaks == []
    for path, content in [
        ("images/cover.width-120.png", b"\x89PNG rendition"),
        ("original_images/cover.png", b"\x89PNG original"),
    ]:
        assert raw_get(base, f"/media/{path}".encode()) == (200, content)
