"""Material requests: the files at once, through signed expiring links, and nowhere else."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from wagtail.documents import get_document_model

from inquiries.models import MaterialDownload, MaterialRequest
from programs.models import Material
from tests.support.factories import DocumentFactory, MaterialFactory
from tests.support.intake import run_worker, send

pytestmark = pytest.mark.django_db

ANSWERS = {
    "company": "Sample Ltd.",
    "name": "Hanako Yamada",
    "email": "hanako@example.jp",
    "role": "HR manager",
    "company_size": "50-299",
    "foreign_employees": "10-49",
    "heard_from": "search",
    "consent": "on",
}


def material(language: str) -> Material:
    return Material.objects.get(locale__language_code=language)


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_request_gives_the_files_at_once_and_by_email(client, language):
    wanted = material(language)
    response = send(
        client, f"/{language}/request-materials/", {**ANSWERS, "materials": [wanted.pk]}
    )
    assert response.status_code == 302
    record = MaterialRequest.objects.get()
    assert list(record.materials.all()) == [wanted]

    thanks = client.get(response["Location"]).content.decode()
    links = [
        part.split('"')[0]
        for part in thanks.split('href="')[1:]
        if "/downloads/" in part.split('"')[0]
    ]
    assert len(links) == 1

    run_worker()
    (confirmation,) = [m for m in mail.outbox if m.to == ["hanako@example.jp"]]
    assert links[0] in confirmation.body  # the same link, absolute

    download = Client().get(links[0].replace("http://127.0.0.1:8000", ""))
    assert download.status_code == 200
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    assert f"-{language}" in download["Content-Disposition"]
    assert MaterialDownload.objects.filter(request=record, material=wanted).count() == 1


def test_tampered_or_expired_links_answer_404(client, settings):
    response = send(client, "/en/request-materials/", {**ANSWERS, "materials": [material("en").pk]})
    html = client.get(response["Location"]).content.decode()
    link = next(part.split('"')[0] for part in html.split('href="')[1:] if "/downloads/" in part)
    path = link.replace("http://127.0.0.1:8000", "")
    assert client.get(path[:-5] + "AAAA/").status_code == 404
    settings.MATERIAL_LINK_MAX_AGE_DAYS = 0
    assert client.get(path).status_code == 404
    assert MaterialDownload.objects.count() == 0


def test_spam_requests_get_no_working_links(client):
    send(
        client,
        "/en/request-materials/",
        {**ANSWERS, "materials": [material("en").pk], "website": "x"},
    )
    record = MaterialRequest.objects.get()
    assert record.is_spam
    from inquiries.downloads import download_path

    assert client.get(download_path(record, material("en"))).status_code == 404


@pytest.mark.parametrize(
    ("materials", "message"),
    [
        ([], "Please choose at least one material."),
        ("other-language", "Please choose from"),
        (["99999999999999999999"], "Please choose from"),  # would overflow the database
        (["1; DROP TABLE"], "Please choose from"),
        (["9" * 5000], "Please choose from"),  # too long for Python's int()
        (["²"], "Please choose from"),  # a digit to isdigit(), not to int()
    ],
)
def test_only_published_materials_of_the_page_language_can_be_chosen(client, materials, message):
    if materials == []:  # with a single material there is nothing to choose: a second one
        MaterialFactory(language="en")
    if materials == "other-language":
        materials = [material("ja").pk]
    response = send(client, "/en/request-materials/", {**ANSWERS, "materials": materials})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert MaterialRequest.objects.count() == 0


def test_unpublished_materials_are_neither_listed_nor_offered(client):
    brochure = material("en")
    brochure.unpublish()
    assert brochure.title not in client.get("/en/materials/").content.decode()
    response = send(client, "/en/request-materials/", {**ANSWERS, "materials": [brochure.pk]})
    assert response.status_code == 400


def test_gated_documents_are_refused_at_their_own_urls_except_to_staff(client, admin_client):
    document = material("en").document
    assert document.collection.name == "Private materials"
    url = document.url
    assert client.get(url).status_code == 404
    assert client.get(f"/media/{document.file.name}").status_code == 404
    assert admin_client.get(url).status_code == 200


def test_public_documents_stay_public(client):
    document_model = get_document_model()
    public = document_model.objects.exclude(collection__name="Private materials").first()
    if public is None:
        public = DocumentFactory(title="Leaflet")
    assert client.get(public.url).status_code == 200


def test_links_expire_counted_from_the_request_not_from_each_view(client):
    import datetime

    from django.utils import timezone

    response = send(client, "/en/request-materials/", {**ANSWERS, "materials": [material("en").pk]})

    def link():
        html = client.get(response["Location"]).content.decode()
        return next(p.split('"')[0] for p in html.split('href="')[1:] if "/downloads/" in p)

    first = link()
    assert link() == first  # the same link however often the page is shown
    path = first.replace("http://127.0.0.1:8000", "")
    assert client.get(path).status_code == 200
    MaterialRequest.objects.update(submitted_at=timezone.now() - datetime.timedelta(days=15))
    assert client.get(path).status_code == 404
