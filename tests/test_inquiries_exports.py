"""What staff get when they export the inquiries, material requests and onboarding
requests: every row they filtered, in words they read on screen (labels, Japan time),
with nothing a spreadsheet would run as a formula, and one audit entry per export."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import ModelLogEntry

from inquiries import choices
from inquiries.models import (
    Inquiry,
    InquiryTopic,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    PrivacyAuditEntry,
)
from leads.choices import Stage
from leads.models import Organization
from tests.support.factories import (
    InquiryFactory,
    MaterialRequestFactory,
    OnboardingRequestFactory,
    UserFactory,
)
from tests.test_inquiries_access import exported_rows, records  # noqa: F401 - a fixture

pytestmark = pytest.mark.django_db

SENT_AT = datetime.datetime(2026, 11, 30, 20, 5, 9, tzinfo=datetime.UTC)  # 1 Dec, 05:05 JST
# Text a visitor may send that a spreadsheet would run as a formula (or a DDE call).
FORMULAS = [
    "=1+1",
    '=HYPERLINK("http://evil.example","x")',
    "+81 3 1234",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "=cmd|' /C calc'!A0",
    "＝1+1",  # full-width: Excel on Japanese Windows runs it too
    " =1+1",  # spreadsheets skip the space
    "\u200b=1+1",  # and an invisible character
    "Plain text",  # left as it is
]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "＝", " ", "\u200b")
VIEWS = {
    Inquiry: "inquiries_inquiry",
    MaterialRequest: "inquiries_materialrequest",
    OnboardingRequest: "inquiries_onboardingrequest",
}
FACTORIES = {
    Inquiry: InquiryFactory,
    MaterialRequest: MaterialRequestFactory,
    OnboardingRequest: OnboardingRequestFactory,
}


@pytest.fixture
def lead_staff():
    return UserFactory(username="lead", first_name="Hana", last_name="Sato", lead_staff=True)


@pytest.fixture
def staff_client(client, lead_staff):
    client.force_login(lead_staff)
    return client


def headings(client, namespace: str) -> list[str]:
    import csv
    import io

    response = client.get(reverse(f"{namespace}:index"), {"export": "csv"})
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    return next(csv.reader(io.StringIO(content)))


@pytest.mark.parametrize("model", list(VIEWS))
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_export_holds_what_staff_need_in_words_and_japan_time(
    records,  # noqa: F811
    staff_client,
    lead_staff,
    model,
    export_format,
):
    record = model.objects.get()
    model.objects.filter(pk=record.pk).update(submitted_at=SENT_AT)
    Organization.objects.filter(pk=record.organization_id).update(
        stage=Stage.PROPOSAL, assignee=lead_staff
    )
    record.refresh_from_db()
    (row,) = exported_rows(staff_client, VIEWS[model], export_format)
    with translation.override("ja"):  # the admin's language for this user
        expected = [
            "英語",  # the language it was sent in, named in the admin's language
            record.company,
            record.name,
            record.email,
            str(Stage.PROPOSAL.label),
            "Hana Sato",
            "いいえ",  # not spam
        ]
        if model is Inquiry:
            expected += [str(InquiryTopic(record.topic).label), record.phone]
        if model is MaterialRequest:
            expected += [
                str(choices.CompanySize(record.company_size).label),
                str(choices.HeardFrom(record.heard_from).label),
                "、".join(m.title for m in record.materials.all()),
            ]
        if model is OnboardingRequest:
            expected += [
                str(choices.Industry(record.industry).label),
                str(choices.Prefecture(record.prefecture).label),
                "、".join(str(choices.Goal(goal).label) for goal in record.goals),
                "、".join(str(choices.Interest(i).label) for i in record.interests),
                record.phone,
            ]
    for value in expected:
        assert value in row, (value, row)
    assert row[0].startswith("2026-12-01 05:05:09"), row[0]  # Japan time, not UTC
    codes = {"1-49", "search", "manufacturing", "aichi", "retention", "proposal", "press"}
    assert not codes & set(row), row  # labels, not the stored codes


@pytest.mark.parametrize("model", list(VIEWS))
def test_export_headings_are_translated(records, staff_client, model):  # noqa: F811
    row = headings(staff_client, VIEWS[model])
    with translation.override("ja"):
        assert row[0] == "提出日時（日本時間）"
        assert "ステージ" in row and "担当者" in row
    assert not [heading for heading in row if "." in heading or "_" in heading], row


@pytest.mark.parametrize("model", list(VIEWS))
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_no_exported_cell_runs_as_a_formula(
    records,  # noqa: F811
    staff_client,
    model,
    export_format,
):
    text_fields = [
        f.name
        for f in model._meta.get_fields()
        if f.concrete
        and f.get_internal_type() in ("CharField", "TextField")
        and not f.choices
        and f.name not in ("fingerprint", "email")
    ]
    for formula in FORMULAS:  # each text field as long as it may hold
        FACTORIES[model](
            **{name: formula[: model._meta.get_field(name).max_length] for name in text_fields}
        )
    Organization.objects.update(name="=EVIL()")
    rows = exported_rows(staff_client, VIEWS[model], export_format)
    assert len(rows) == len(FORMULAS) + 1
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)], cells
    companies = [row[2] for row in rows]  # the company column, long enough for each
    for formula in FORMULAS:
        if formula != "Plain text":
            assert "'" + formula in companies or "'" + formula.replace("\r", "\n") in companies
        else:
            assert formula in companies


@pytest.mark.parametrize("namespace", [*VIEWS.values(), "inquiries_outboundemail"])
@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_one_audit_entry_per_export_saying_how_many_rows(
    records,  # noqa: F811
    admin_client,
    namespace,
    export_format,
):
    model = {**{v: k for k, v in VIEWS.items()}, "inquiries_outboundemail": OutboundEmail}[
        namespace
    ]
    before = PrivacyAuditEntry.objects.filter(action="export").count()
    rows = exported_rows(admin_client, namespace, export_format)
    entries = PrivacyAuditEntry.objects.filter(action="export")
    assert entries.count() == before + 1
    assert entries.first().counts == {model._meta.model_name: len(rows)}
    assert entries.first().actor == "admin"
    assert not ModelLogEntry.objects.filter(action="ocp.export_personal_data").exists()
    assert len(rows) == model.objects.count() > 0


def test_the_export_holds_the_filtered_set_only(records, staff_client):  # noqa: F811
    InquiryFactory(spam=True)
    rows = exported_rows(staff_client, "inquiries_inquiry", "csv", is_spam="true")
    assert len(rows) == 1 and "はい" in rows[0] and "honeypot" in rows[0]
    assert len(exported_rows(staff_client, "inquiries_inquiry", "csv")) == 2
