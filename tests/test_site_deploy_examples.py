"""The deployment examples (Procfile, systemd units, nginx) agree with the code: the
commands they run exist, the addresses and paths they use are the site's, and private
documents are never served by nginx."""

from __future__ import annotations

import configparser
import gzip
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

pytestmark = pytest.mark.engine_neutral

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


@pytest.fixture(scope="module")
def certificate(tmp_path_factory) -> tuple[Path, Path]:
    """A throw-away certificate and key in place of Let's Encrypt's."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(  # noqa: S603
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]  # noqa: S607
        + ["-subj", "/CN=ocp.example.org", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


def with_certificate(config: str, certificate: tuple[Path, Path]) -> str:
    live = "/etc/letsencrypt/live/ocp.example.org"
    cert, key = certificate
    return config.replace(f"{live}/fullchain.pem", str(cert)).replace(
        f"{live}/privkey.pem", str(key)
    )


@pytest.mark.parametrize("name", ["ocp.conf", "ocp-export.conf"])
def test_nginx_accepts_the_example(tmp_path, certificate, name):
    """``nginx -t`` on each example as installed (in ``http``)."""
    binary = nginx_binary()
    example = (ROOT / "deploy" / "nginx" / name).read_text()
    (tmp_path / "ocp.conf").write_text(with_certificate(example, certificate))
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


def test_nginx_never_compresses_what_the_application_answers():
    """The application compresses the pages that carry no secret; a form page carries
    tokens, and nginx compressing it would undo that (BREACH)."""
    blocks = {
        "ocp.conf": ["location / {"],
        "ocp-export.conf": ["location @app {", "location ~ ^/(ja|en|ne)/(contact|"],
    }
    for name, starts in blocks.items():
        config = (ROOT / "deploy" / "nginx" / name).read_text()
        for start in starts:
            block = config[config.index(start) :].split("}", 1)[0]
            assert "gzip off;" in block and "proxy_pass http://ocp_app;" in block, block


def test_the_export_example_keeps_ocp_confs_static_media_and_health_locations():
    export = (ROOT / "deploy" / "nginx" / "ocp-export.conf").read_text()
    shared = re.findall(r"    location (?:/static/|/media/|= /healthz|= /readyz)[^}]*\}", NGINX)
    assert len(shared) == 6
    for block in shared:
        assert block in export


@pytest.fixture(scope="module")
def nginx_export(tmp_path_factory, certificate):
    """A real nginx running deploy/nginx/ocp-export.conf over an export folder of the
    test's own, in front of a stand-in for gunicorn (an nginx server that names what it
    was asked); yields ``(https port, export folder)``."""
    binary = nginx_binary()
    tmp_path = tmp_path_factory.mktemp("nginx-export")
    export = tmp_path / "export"
    for path, text in [
        ("en/faq/index.html", "<html lang=en>FAQ from the export</html>"),
        ("en/contact/index.html", "<html>form with a baked token</html>"),
        ("static-site-manifest.json", "{}"),
    ]:
        (export / path).parent.mkdir(parents=True, exist_ok=True)
        (export / path).write_text(text)
    faq = (export / "en/faq/index.html").read_bytes()
    (export / "en/faq/index.html.gz").write_bytes(gzip.compress(faq))
    port, app = free_port(), free_port()
    config = with_certificate(
        (ROOT / "deploy" / "nginx" / "ocp-export.conf").read_text(), certificate
    )
    config = re.sub(r"server \{\s*listen 80[^}]*\}\n", "", config)
    config = re.sub(r"\s*listen \[::\]:443 ssl http2;", "", config)
    config = config.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{port} ssl;")
    config = config.replace("server 127.0.0.1:8000", f"server 127.0.0.1:{app}")
    config = config.replace("/var/lib/ocp/export", str(export))
    (tmp_path / "ocp.conf").write_text(config)
    temp = {name: tmp_path / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    (tmp_path / "nginx.conf").write_text(
        f"daemon off;\nmaster_process off;\npid {tmp_path}/nginx.pid;\n"
        f"error_log {tmp_path}/error.log;\nevents {{}}\nhttp {{\n"
        "  access_log off;\n  types { text/html html; application/json json; }\n"
        + "".join(f"  {name}_temp_path {path};\n" for name, path in temp.items()).replace(
            "body_temp", "client_body_temp"
        )
        + f"  include {tmp_path}/ocp.conf;\n"
        + f"  server {{\n    listen 127.0.0.1:{app};\n    location / {{\n"
        + "      default_type text/plain;\n"
        + '      return 200 "app: $request_method $request_uri";\n    }\n  }\n}\n'
    )
    process = subprocess.Popen(  # noqa: S603
        [binary, "-c", str(tmp_path / "nginx.conf")], stderr=subprocess.PIPE
    )
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    yield port, export
    process.terminate()
    process.wait(timeout=10)


def through_nginx(port: int, path: str, method: str = "GET", **headers: str):
    """``(status, headers, body)`` of one request to nginx over https."""
    import http.client
    import ssl

    context = ssl._create_unverified_context()  # noqa: S323 - the throw-away certificate
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=10)
    connection.request(method, path, headers={"Host": "ocp.example.org", **headers})
    response = connection.getresponse()
    answer = response.status, dict(response.getheaders()), response.read()
    connection.close()
    return answer


def test_nginx_serves_published_pages_from_the_export_and_the_rest_from_the_app(nginx_export):
    import json

    port, export = nginx_export
    status, headers, body = through_nginx(port, "/en/faq/")
    assert (status, body) == (200, (export / "en/faq/index.html").read_bytes())
    expected = json.loads((ROOT / "tests" / "security_headers.json").read_text())["page"]
    for name, value in expected.items():
        if name != "status":
            assert headers.get(name) == value, name
    status, headers, body = through_nginx(port, "/en/faq/", **{"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") == "gzip"
    assert gzip.decompress(body) == (export / "en/faq/index.html").read_bytes()
    # A visitor's CSRF cookie alone does not matter: the export's page has no form.
    assert b"from the export" in through_nginx(port, "/en/faq/", Cookie="csrftoken=x")[2]

    to_the_app = [
        ("GET", "/en/faq/?q=join", {}),
        ("POST", "/en/faq/", {}),
        ("GET", "/en/faq/", {"Cookie": "__Host-sessionid=abc"}),
        ("GET", "/en/faq/", {"Cookie": "a=b; sessionid=abc"}),
        ("GET", "/en/faq/", {"Cookie": "messages=abc"}),
        ("GET", "/en/contact/", {}),
        ("POST", "/en/contact/", {}),
        ("GET", "/en/missing/", {}),
        ("GET", "/", {}),
        ("GET", "/api/v3/pages/", {}),
        ("GET", "/admin/", {}),
        ("GET", "/documents/1/brochure.pdf", {}),
    ]
    for method, path, headers in to_the_app:
        status, _headers, body = through_nginx(port, path, method, **headers)
        assert body == f"app: {method} {path}".encode(), (method, path, headers, body)
    assert through_nginx(port, "/static-site-manifest.json")[0] == 404


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
