"""The company report's screen and its sending: who may see and send reports (every
role), hostile input on the screen, the email with its signed link in the contact's
language, the send and each download on the lead's timeline, the PDF drawn from the
figures as sent (an erasure afterwards changes nothing), expired and changed links,
and retention."""

from __future__ import annotations

import datetime
import io
from urllib.parse import urlsplit

import pytest
from django.test import Client
from django.utils import timezone, translation
from pypdf import PdfReader

from inquiries.models import OutboundEmail
from leads.choices import TimelineKind
from participants import links, report_sends, retention
from participants.models import ReportSend
from tests.support.factories import (
    ContactFactory,
    InquiryFactory,
    ReportSendFactory,
    UserFactory,
)
from tests.test_participants_reports import START, TODAY, company_with

pytestmark = pytest.mark.django_db

SCREEN = "/admin/company-reports/"
SEND = "/admin/company-reports/send/"
ROLES = {
    "lead_staff": {"lead_staff": True},
    "coordinator": {"coordinator": True},
    "privacy_officer": {"privacy_officer": True},
    "superuser": {"superuser": True},
    "editor": {"editor": True},
    "moderator": {"moderator": True},
    "no_group": {},
}
SEES = {"lead_staff", "coordinator", "privacy_officer", "superuser"}
SENDS = {"lead_staff", "superuser"}


@pytest.fixture
def company():
    organization = company_with(6)
    ContactFactory(organization=organization, name="佐藤 一郎", email="hr@midori.example")
    return organization


def query(organization, language="ja", **more) -> dict:
    return {
        "company": str(organization.pk) if organization else "all",
        "start": START.isoformat(),
        "end": TODAY.isoformat(),
        "language": language,
        **more,
    }


def signed_in(role: str, language="ja") -> Client:
    client = Client()
    client.force_login(UserFactory(language=language, **ROLES[role]))
    return client


def pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


@pytest.mark.parametrize("role", ROLES)
def test_who_sees_and_sends_reports(role, company):
    client = signed_in(role)
    screen = client.get(SCREEN, query(company))
    pdf = client.get(SCREEN, query(company, format="pdf"))
    home = client.get("/admin/").content.decode()
    sent = client.post(
        SEND + "?" + "&".join(f"{k}={v}" for k, v in query(company).items()),
        {"send-contact": company.contacts.get().pk, "send-language": "ja"},
    )
    if role in SEES:
        assert screen.status_code == 200 and pdf.status_code == 200
        assert pdf["Content-Type"] == "application/pdf"
        assert "company-reports/" in home
    else:
        assert screen.status_code in (302, 403) and pdf.status_code in (302, 403)
        assert "company-reports/" not in home
    if role in SENDS:
        assert sent.status_code == 302 and ReportSend.objects.count() == 1
    else:
        assert sent.status_code in (302, 403) and not ReportSend.objects.exists()
    page = screen.content.decode()
    assert ("レポートを会社に送る" in page and 'name="send-contact"' in page) is (role in SENDS)


def test_anonymous_visitors_are_sent_to_sign_in(company):
    for response in (Client().get(SCREEN, query(company)), Client().post(SEND, {})):
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not ReportSend.objects.exists()


def test_lead_staff_see_the_report_but_never_a_check_in_answer(company):
    from participants.models import CheckIn

    pair = company.registrations.filter(role="supported").first().pairs_as_supported.get()
    check_in = CheckIn.objects.filter(pair=pair).first()
    check_in.concern, check_in.may_quote = "Private worry about my manager", False
    check_in.went_well = "Kept to the coordinators"
    check_in.save()
    client = signed_in("lead_staff")
    page = client.get(SCREEN, query(company, language="en")).content.decode()
    assert "Private worry" not in page and "Kept to the coordinators" not in page
    assert pair.supported.name not in page and pair.volunteer.name not in page
    assert client.get(f"/admin/participants_pair/inspect/{pair.pk}/").status_code in (302, 403)
    registration = f"/admin/inquiries_participantregistration/inspect/{pair.supported.pk}/"
    assert client.get(registration).status_code in (302, 403)


def test_the_screen_reads_in_japanese_with_fewer_than_5_and_the_charts(company):
    page = signed_in("coordinator").get(SCREEN, query(company)).content.decode()
    assert "企業レポート" in page and "5人未満" in page and "<svg" in page
    assert "ダウンロード" in page
    program = signed_in("coordinator").get(SCREEN, query(None)).content.decode()
    assert "全加盟企業" in program


@pytest.mark.parametrize(
    "changes",
    [
        {"start": "2026-02-30"},
        {"end": "not a date"},
        {"start": "2026-12-31", "end": "2026-01-01"},
        {"end": "9999-12-31"},
        {"company": "999999"},
        {"company": "1 OR 1=1"},
        {"company": "\u202e12"},
        {"language": "fr"},
        {"start": "2026-01-01\x00"},
        {"start": "２０２６-０１-０１"},
        {"company": "x" * 5000},
    ],
)
def test_bad_input_gets_a_clear_message_in_the_admins_language(company, changes):
    response = signed_in("lead_staff").get(SCREEN, {**query(company), **changes})
    assert response.status_code == 400
    page = response.content.decode()
    assert "report-chart" not in page
    if not any(
        "\x00" in value for value in changes.values()
    ):  # a NUL is refused before the screen, by the site
        assert "error-message" in page


def test_a_send_keeps_the_figures_emails_the_contact_and_goes_on_the_timeline(
    company, django_capture_on_commit_callbacks
):
    contact = company.contacts.get()
    InquiryFactory(organization=company, contact=contact, language="en")
    assert report_sends.contact_language(contact) == "en"
    staff = UserFactory(lead_staff=True)
    with django_capture_on_commit_callbacks(execute=True):
        sent = report_sends.send(company, contact, START, TODAY, "en", by=staff)
    assert sent.figures["pairs"]["started"] == 6 and sent.sent_by == staff
    email = OutboundEmail.objects.get(purpose=OutboundEmail.Purpose.REPORT_LINK)
    assert email.to == "hr@midori.example" and email.language == "en"
    assert "Dear 佐藤 一郎," in email.body and "/en/report/" in email.body
    assert "30 days" in email.body and "Your company report" in email.subject
    entry = company.timeline.get(kind=TimelineKind.REPORT_SENT)
    assert entry.actor == staff and entry.data["send"] == sent.pk
    with translation.override("en"):
        assert "in English" in entry.display_summary


def test_the_email_is_in_japanese_for_a_japanese_contact(company):
    sent = report_sends.send(company, company.contacts.get(), START, TODAY, "ja", by=None)
    email = OutboundEmail.objects.get(purpose=OutboundEmail.Purpose.REPORT_LINK)
    assert "佐藤 一郎 様" in email.body and "/ja/report/" in email.body
    assert "レポート" in email.subject and sent.language == "ja"


def test_a_contact_of_another_company_is_refused(company):
    from django.core.exceptions import ValidationError

    other = ContactFactory()
    with pytest.raises(ValidationError):
        report_sends.send(company, other, START, TODAY, "ja", by=None)
    assert not ReportSend.objects.exists() and not OutboundEmail.objects.exists()


def link_path(sent) -> str:
    return urlsplit(links.report_url(sent)).path


def test_the_link_downloads_the_pdf_as_sent_even_after_an_erasure(company, client):
    sent = report_sends.send(company, company.contacts.get(), START, TODAY, "en", by=None)
    company.registrations.all().delete()  # erased after the send
    response = client.get(link_path(sent))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "private, no-store"
    text = pdf_text(response.content)
    assert "Participants enrolled" in text and "Supported participants 6" in text
    sent.refresh_from_db()
    assert sent.downloads == 1 and sent.last_downloaded_at is not None
    assert company.timeline.filter(kind=TimelineKind.REPORT_DOWNLOAD).count() == 1
    assert client.head(link_path(sent)).status_code == 200  # a HEAD counts nothing
    sent.refresh_from_db()
    assert sent.downloads == 1


def test_an_expired_link_says_so_in_the_contacts_language(company, client, monkeypatch):
    sent = report_sends.send(company, company.contacts.get(), START, TODAY, "en", by=None)
    path = link_path(sent).replace("/en/", "/ja/")  # opened under another prefix
    later = timezone.now() + datetime.timedelta(days=31)
    monkeypatch.setattr("time.time", lambda: later.timestamp())
    response = client.get(path)
    assert response.status_code == 410
    assert "This link has expired" in response.content.decode()
    monkeypatch.undo()
    sent.refresh_from_db()
    assert sent.downloads == 0


@pytest.mark.parametrize(
    "change",
    [
        lambda token: token[:-2] + ("AA" if not token.endswith("AA") else "BB"),
        lambda token: token[: len(token) // 2],
        lambda token: links.check_in_token(type("C", (), {"pk": 1})()),  # another purpose's
        lambda token: "%E2%80%AE" + token,
        lambda token: "x" * 500,
    ],
)
def test_a_changed_link_gets_a_clear_page_not_an_error(company, client, change):
    sent = report_sends.send(company, company.contacts.get(), START, TODAY, "ja", by=None)
    token = links.report_token(sent)
    response = client.get(f"/ja/report/{change(token)}/")
    assert response.status_code == 404
    assert "このリンクは使えません" in response.content.decode()


def test_a_link_to_a_deleted_send_gets_the_same_page(company, client):
    sent = report_sends.send(company, company.contacts.get(), START, TODAY, "ja", by=None)
    path = link_path(sent)
    sent.delete()
    response = client.get(path)
    assert response.status_code == 404 and "このリンクは使えません" in response.content.decode()


def test_retention_deletes_report_sends_after_five_years():
    old = ReportSendFactory(sent_at=timezone.now() - datetime.timedelta(days=5 * 365 + 1))
    recent = ReportSendFactory()
    counts = retention.purge(now=timezone.now())
    assert counts["reportsend"] == 1
    assert list(ReportSend.objects.all()) == [recent] and not ReportSend.objects.filter(pk=old.pk)
