"""Nothing under MEDIA_ROOT but images is served from /media/, however the path is spelled.

The documents folder holds request-only brochures; only their own views may hand them
out (``/documents/…`` with the gate, ``/downloads/<token>/`` with the record). Every
spelling below tries to reach a document through the image folders or another route:
percent-encoded dots and slashes, double encoding, backslashes, ``;`` parameters,
overlong UTF-8, unicode dots and slashes, NUL bytes, absolute paths, symlinks. They
are sent through the test client and, byte for byte over a socket, to gunicorn on the
development settings (``make run``: Django serves /media/) and on the production
settings (nginx serves it; Django serves none of it).
"""

from __future__ import annotations

import re
import socket
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.test import Client
from hypothesis import HealthCheck, example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.images import get_image_model

from inquiries.downloads import download_path
from inquiries.models import MaterialDownload, MaterialRequest
from programs.models import Material
from tests.support.fuzz import examples
from tests.support.intake import send
from tests.test_inquiries_materials import ANSWERS

pytestmark = pytest.mark.engine_neutral

FOLDERS = ["images", "original_images"]
# {folder}: an image folder; {name}: the document's file name in documents/.
TRAVERSALS = [
    "{folder}/../documents/{name}",
    "{folder}/./../documents/{name}",
    "{folder}//../documents/{name}",
    "{folder}/x/../../documents/{name}",
    "{folder}/%2e%2e/documents/{name}",
    "{folder}/%2E%2E/documents/{name}",
    "{folder}/.%2e/documents/{name}",
    "{folder}/%2e./documents/{name}",
    "{folder}/..%2fdocuments/{name}",
    "{folder}/..%2Fdocuments%2F{name}",
    "{folder}%2f..%2fdocuments%2f{name}",
    "{folder}/%2e%2e%2fdocuments%2f{name}",
    "{folder}/%252e%252e/documents/{name}",
    "{folder}/%252e%252e%252fdocuments%252f{name}",
    "{folder}/%25252e%25252e/documents/{name}",
    "{folder}/..%5cdocuments%5c{name}",
    "{folder}/%2e%2e%5cdocuments/{name}",
    "{folder}%5c..%5cdocuments%5c{name}",
    "{folder}/..%255cdocuments/{name}",
    "{folder}/..;/documents/{name}",
    "{folder}/..%3b/documents/{name}",
    "{folder};/../documents/{name}",
    "{folder}/%c0%ae%c0%ae/documents/{name}",
    "{folder}/%c0%ae%c0%ae%c0%afdocuments/{name}",
    "{folder}/%e0%80%ae%e0%80%ae/documents/{name}",
    "{folder}/%c0%2e%c0%2e/documents/{name}",
    "{folder}/..%c0%afdocuments/{name}",
    "{folder}/..%c1%9cdocuments/{name}",
    "{folder}/" + quote("\u2024\u2024") + "/documents/{name}",  # one dot leader
    "{folder}/" + quote("\uff0e\uff0e") + "/documents/{name}",  # fullwidth full stop
    "{folder}/" + quote("..\uff0f") + "documents/{name}",  # fullwidth solidus
    "{folder}/" + quote("..\u2215") + "documents/{name}",  # division slash
    "{folder}/" + quote("..\u2044") + "documents/{name}",  # fraction slash
    "{folder}/" + quote("\ufe52\ufe52") + "/documents/{name}",  # small full stop
    "{folder}/" + quote("..\u29f8") + "documents/{name}",  # big solidus
    "{folder}/..%00/documents/{name}",
    "{folder}/x.png%00/../../documents/{name}",
    "{folder}/../documents/{name}%00.png",
    "{folder}/../documents/{name}%00",
    "{folder}/../documents/{name}/",
    "{folder}/../documents/{name}%20",
    "{folder}/../documents/{name}.",
    "{folder}/../documents/{name}%0a",
    "{folder}/../documents/{name}?.png",
    "{folder}/%2fMEDIA_ROOT/documents/{name}",
    "{folder}//MEDIA_ROOT/documents/{name}",
    "{folder}/../../{media_dir}/documents/{name}",
    "documents/{name}",
    "./documents/{name}",
    "%64ocuments/{name}",
    "documents%2f{name}",
    "documents/./{name}",
    "%2e/documents/{name}",
]
# Other routes, in case any of them maps a path onto the file system.
OTHER_ROUTES = [
    "/static/../media/documents/{name}",
    "/static/%2e%2e/media/documents/{name}",
    "/static/..%2fmedia%2fdocuments%2f{name}",
    "/static/..%5cmedia%5cdocuments%5c{name}",
    "/documents/../media/documents/{name}",
    "/documents/1/..%2f..%2fmedia%2fdocuments%2f{name}",
    "/downloads/..%2fmedia%2fdocuments%2f{name}/",
    "/ja/..%2fmedia%2fdocuments%2f{name}",
    "/api/v3/..%2f..%2fmedia%2fdocuments%2f{name}",
    "/%2e%2e/media/documents/{name}",
    "/media/documents/{name}",
    "/media//documents/{name}",
    "/media/%2fdocuments/{name}",
    "/media/%2e/documents/{name}",
    "/MEDIA/documents/{name}",
    "/media;/documents/{name}",
]
# Only over a socket: bytes a client library would escape or refuse.
RAW_TRAVERSALS = [
    b"/media/{folder}\\..\\documents\\{name}",
    b"/media/{folder}/..\\documents/{name}",
    b"/media/{folder}/\xe2\x80\xa4\xe2\x80\xa4/documents/{name}",
    b"/media/{folder}/\xef\xbc\x8e\xef\xbc\x8e\xef\xbc\x8fdocuments/{name}",
    b"/media/{folder}/\xc0\xae\xc0\xae/documents/{name}",
    b"/media/{folder}/../documents/{name}",
    b"/media/{folder}/./../documents/{name}",
    b"http://127.0.0.1/media/{folder}/../documents/{name}",
]


def targets(name: str, media_root: Path) -> list[str]:
    """Every spelling, as a request target (percent-encoded ASCII)."""
    fill = {"name": name, "media_dir": media_root.name}
    spelled = []
    for template in TRAVERSALS:
        for folder in FOLDERS if "{folder}" in template else [None]:
            path = template.format(folder=folder, **fill)
            path = path.replace("MEDIA_ROOT", quote(str(media_root).lstrip("/")))
            spelled.append("/media/" + path)
    spelled += [route.format(**fill) for route in OTHER_ROUTES]
    return spelled


def private_document():
    document = Material.objects.get(locale__language_code="en").document
    assert document.collection.name == settings.PRIVATE_MATERIALS_COLLECTION
    return document


def secret_of(content: bytes) -> bytes:
    """A stretch of the document no image or page contains."""
    middle = len(content) // 2
    return content[middle : middle + 64]


# The test client ----------------------------------------------------------------------


@pytest.fixture
def gated(db):
    document = private_document()
    path = Path(settings.MEDIA_ROOT) / document.file.name
    return document, path.name, secret_of(path.read_bytes())


@pytest.mark.django_db
def test_every_traversal_spelling_answers_404_without_the_document(client, gated):
    document, name, secret = gated
    leaks, errors = [], []
    for target in targets(name, Path(settings.MEDIA_ROOT)):
        response = client.get(target)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        if secret in body:
            leaks.append((target, response.status_code))
        if response.status_code >= 500:
            errors.append((target, response.status_code))
        if target.startswith("/media/"):
            # a NUL in the address is refused before any view sees it (400)
            expected = 400 if "%00" in target.lower() else 404
            assert response.status_code == expected, target
    assert leaks == []
    assert errors == []


@pytest.fixture
def planted(gated):
    """Links and copies an editor or a careless operator could leave in the image folders:
    symlinks to the document, to the documents folder and to MEDIA_ROOT, and the
    document itself copied into images/ under its own name and hidden."""
    _document, name, _secret = gated
    media = Path(settings.MEDIA_ROOT)
    for folder in FOLDERS:
        (media / folder).mkdir(exist_ok=True)
    made = {
        "images/leak.png": media / "documents" / name,
        "images/leak.pdf": media / "documents" / name,
        "images/docs": media / "documents",
        "original_images/up": media,
        "original_images/loop.png": media / "original_images" / "loop.png",
    }
    for link, target in made.items():
        (media / link).symlink_to(target)
    copies = [media / "images" / name, media / "images" / f".{name}.png"]
    for copy in copies:
        copy.write_bytes((media / "documents" / name).read_bytes())
    yield [
        "/media/images/leak.png",
        "/media/images/leak.pdf",
        f"/media/images/docs/{name}",
        f"/media/original_images/up/documents/{name}",
        "/media/original_images/up/documents",
        "/media/original_images/loop.png",
        f"/media/images/{name}",
        f"/media/images/.{name}.png",
        f"/media/images/%2e{name}.png",
        "/media/images/",
        "/media/images",
        "/media/original_images/up",
    ]
    for link in made:
        (media / link).unlink()
    for copy in copies:
        copy.unlink()


@pytest.mark.django_db
def test_links_and_copies_in_the_image_folders_serve_nothing_of_the_document(
    client, gated, planted
):
    _document, _name, secret = gated
    for target in planted:
        response = client.get(target)
        assert response.status_code == 404, target
        assert secret not in response.content, target


def rendition():
    image = get_image_model().objects.first()
    return image, image.get_rendition("width-120")


@pytest.mark.django_db
def test_images_and_renditions_are_still_served_as_images(client):
    image, thumbnail = rendition()
    for url, file in [(image.file.url, image.file), (thumbnail.url, thumbnail.file)]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"] == "image/png"
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "public, max-age=86400"
        with file.open("rb") as handle:
            assert b"".join(response.streaming_content) == handle.read()
        head = client.head(url)
        assert head.status_code == 200 and head["Content-Length"] == response["Content-Length"]
        again = client.get(url, HTTP_IF_MODIFIED_SINCE=response["Last-Modified"])
        assert again.status_code == 304
        assert client.post(url).status_code == 405
        assert client.get(url.replace(".png", ".PNG.missing.png")).status_code == 404


@pytest.mark.django_db
def test_the_gated_document_is_still_given_by_its_link_and_refused_elsewhere(client):
    document = private_document()
    assert client.get(document.url).status_code == 404  # the gate, for visitors
    material = Material.objects.get(locale__language_code="en")
    answer = send(client, "/en/request-materials/", {**ANSWERS, "materials": [material.pk]})
    assert answer.status_code == 302
    record = MaterialRequest.objects.get()
    response = client.get(download_path(record, material))
    assert response.status_code == 200
    with document.file.open("rb") as handle:
        assert b"".join(response.streaming_content) == handle.read()
    assert MaterialDownload.objects.filter(request=record, material=material).count() == 1


@pytest.mark.django_db
def test_the_static_export_copies_linked_images_and_no_linked_document(gated):
    """A page linking to a document's file under /media/ (an editor pasting a path)
    must not publish it in the static export; images it shows are exported."""
    from types import SimpleNamespace

    from staticsite.assets import asset_files
    from staticsite.render import File

    _document, name, secret = gated
    image, thumbnail = rendition()
    base = "https://ocp.example.org"
    spelled = targets(name, Path(settings.MEDIA_ROOT))
    links = [link for link in spelled if link.startswith("/media/") and "%" not in link]
    links += ["/media/images/../documents/" + name, f"{base}/media/documents/{name}"]
    links += [image.file.url, f"{base}{thumbnail.url}"]
    page = File(
        "en/index.html",
        "".join(f'<a href="{link}">x</a>' for link in links).encode(),
        "page:1",
        "test",
    )
    renderer = SimpleNamespace(target=SimpleNamespace(base_url=base))
    exported = asset_files(renderer, [page], set())
    assert not [file.path for file in exported if secret in file.content]
    assert {file.path for file in exported} == {
        image.file.url.lstrip("/"),
        thumbnail.url.lstrip("/"),
    }


SEGMENTS = st.one_of(
    st.sampled_from(["..", "%2e%2e", ".%2e", ".", "documents", "%64ocuments", "x.png", ""]),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=4),
)
SEPARATORS = st.sampled_from(["/", "%2f", "%2F", "\\", "%5c", "//", "%252f", ";/", "%00/"])


@st.composite
def media_paths(draw) -> str:
    """A path under /media/ built from dots, separators, encodings and any text."""
    parts = [draw(st.sampled_from(["images", "original_images", "documents", ""]))]
    for segment in draw(st.lists(SEGMENTS, max_size=5)):
        parts += [draw(SEPARATORS), segment]
    return "".join(parts) + draw(SEPARATORS)


@pytest.mark.django_db
@hypothesis_settings(
    max_examples=examples(300),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(path=media_paths())
@example(path="images/../documents/")
@example(path="original_images%2f%2e%2e%2fdocuments/")
@example(path="images/#%00/")
def test_no_path_under_media_answers_anything_but_an_image_or_404(gated, path):
    _document, name, secret = gated
    response = Client().get(f"/media/{path}{name}")
    # a NUL in the address is refused before any view sees it (400); after a "#" it is
    # the fragment, which the client never sends
    sent = path.split("#")[0]
    holds_nul = "\x00" in sent or "%00" in sent.lower()
    assert response.status_code in ((400,) if holds_nul else (404, 200))
    if response.status_code == 200:
        assert response["Content-Type"].startswith("image/")
        assert secret not in b"".join(response.streaming_content)


# A real gunicorn ---------------------------------------------------------------------


def raw_get(base: str, target: bytes, **headers: str) -> tuple[int, bytes]:
    """``GET target`` sent byte for byte: ``(status, body)``; 0 when the server hangs up
    without an answer."""
    host, port = base.removeprefix("http://").split(":")
    lines = [b"GET " + target + b" HTTP/1.0", f"Host: {host}".encode()]
    lines += [f"{key.replace('_', '-')}: {value}".encode() for key, value in headers.items()]
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"\r\n".join(lines) + b"\r\n\r\n")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    if not answer:
        return 0, b""
    head, _, body = answer.partition(b"\r\n\r\n")
    return int(head.split(b" ", 2)[1]), body


def served_document(site) -> tuple[str, bytes]:
    (file,) = site.query(
        "SELECT d.file FROM wagtaildocs_document d JOIN wagtailcore_collection c"
        " ON c.id = d.collection_id WHERE c.name = %s AND d.file LIKE %s",
        settings.PRIVATE_MATERIALS_COLLECTION,
        "%-en.pdf",
    )[0]
    path = site.workdir / "media" / file
    return path.name, secret_of(path.read_bytes())


def probe(site, serves_media: bool, **headers: str) -> None:
    name, secret = served_document(site)
    media_root = site.workdir / "media"
    sent = [target.encode() for target in targets(name, media_root)]
    sent += [
        raw.replace(b"{folder}", folder.encode()).replace(b"{name}", name.encode())
        for raw in RAW_TRAVERSALS
        for folder in FOLDERS
    ]
    leaks, errors = [], []
    for target in sent:
        status, body = raw_get(site.url, target, **headers)
        if secret in body:
            leaks.append((target, status))
        if status >= 500:
            errors.append((target, status))
    assert leaks == []
    assert errors == [], site.log[-2000:]

    # The site's own pages still show their images, from /media/ when Django serves it.
    status, page = raw_get(site.url, b"/en/materials/", **headers)
    assert status == 200
    sources = re.findall(rb'src="(/media/images/[^"]+)"', page)
    assert sources, "the materials page shows no rendition"
    original = next((media_root / "original_images").iterdir())
    for source in [sources[0], f"/media/original_images/{original.name}".encode()]:
        status, body = raw_get(site.url, source, **headers)
        if serves_media:
            assert status == 200, source
            assert body == (media_root / source.decode().removeprefix("/media/")).read_bytes()
        else:
            assert status == 404, source


SECRET_KEY = "a-test-only-secret-key-" + "q7Lm2Xv9Rt4Wp8Zk" * 3


@pytest.mark.django_db
def test_gunicorn_on_the_development_settings_serves_images_and_no_document(start_server):
    site = start_server(DJANGO_SETTINGS_MODULE="ocp.settings.dev", SECRET_KEY=SECRET_KEY)
    probe(site, serves_media=True)


@pytest.mark.django_db
def test_gunicorn_on_the_production_settings_serves_nothing_from_media(start_server):
    """Production leaves /media/ to nginx: Django serves none of it (static files through
    whitenoise need no collectstatic here, see tests.support.production_settings)."""
    site = start_server(
        DJANGO_SETTINGS_MODULE="tests.support.production_settings",
        SECRET_KEY=SECRET_KEY,
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
    )
    probe(site, serves_media=False)
