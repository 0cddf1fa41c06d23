"""The lead pipeline: submissions find their company, staff moves leave a trail,
nothing goes cold unnoticed, and exports are safe to open."""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.test import Client
from django.utils import timezone
from openpyxl import load_workbook

from inquiries.models import Inquiry
from leads.choices import Stage
from leads.models import Organization
from leads.rules import business_days_before, normalise_company_name
from tests.support.factories import OrganizationFactory, UserFactory
from tests.support.intake import run_worker, send

pytestmark = pytest.mark.django_db

INQUIRY = {"department": "", "phone": "", "topic": "costs", "message": "Hello", "consent": "on"}


def inquire(client, company, name, email):
    response = send(
        client, "/en/contact/", {**INQUIRY, "company": company, "name": name, "email": email}
    )
    assert response.status_code == 302
    return Inquiry.objects.get(token=response["Location"].split("sent=")[1])


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("株式会社サンプル", "（株）サンプル"),
        ("株式会社サンプル", "サンプル株式会社"),
        ("ｻﾝﾌﾟﾙ 株式会社", "サンプル(株)"),
        ("Sample Co., Ltd.", "SAMPLE LTD"),
        ("Sample Inc.", "sample"),
        ("Ｓａｍｐｌｅ　Ｃｏｒｐｏｒａｔｉｏｎ", "Sample Corp."),
    ],
)
def test_company_names_fold_to_one_key(a, b):
    assert normalise_company_name(a) == normalise_company_name(b) != ""


def test_different_companies_keep_different_keys():
    assert normalise_company_name("Sample Co., Ltd.") != normalise_company_name("Simple Co.")


def test_same_contact_email_joins_the_same_lead_whatever_the_company_spelling(client):
    first = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    second = inquire(client, "Totally Different Name", "Ann", "ANN@sample.example")
    assert first.organization_id == second.organization_id
    assert first.organization.contacts.count() == 1


def test_same_company_domain_joins_the_same_lead(client):
    first = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    second = inquire(client, "Sample Group", "Ben", "ben@sample.example")
    assert first.organization_id == second.organization_id
    assert first.organization.contacts.count() == 2


def test_free_mail_domains_never_match(client):
    first = inquire(client, "Alpha Trading", "Ann", "ann@gmail.com")
    second = inquire(client, "Beta Foods", "Ben", "ben@gmail.com")
    assert first.organization_id != second.organization_id
    assert first.organization.email_domain == ""


def test_folded_company_name_joins_the_same_lead(client):
    first = inquire(client, "株式会社サンプル", "Ann", "ann@gmail.com")
    second = inquire(client, "(株)サンプル", "Ben", "ben@yahoo.co.jp")
    assert first.organization_id == second.organization_id


def test_each_company_form_starts_or_extends_a_timeline_but_spam_does_not(client):
    first = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    send(
        client,
        "/en/contact/",
        {
            **INQUIRY,
            "company": "Spam Ltd",
            "name": "x",
            "email": "x@spam.example",
            "website": "bot",
        },
    )
    lead = first.organization
    assert Organization.objects.count() == 1
    assert lead.stage == Stage.NEW and lead.source == "inquiry"
    assert list(lead.timeline.values_list("kind", flat=True)) == ["submission", "submission"]
    assert all("Ann" not in str(e.data) for e in lead.timeline.all())


def test_sent_emails_and_downloads_appear_on_the_timeline(client):
    from programs.models import Material

    material = Material.objects.get(locale__language_code="en")
    response = send(
        client,
        "/en/request-materials/",
        {
            "company": "Sample Co., Ltd.",
            "name": "Ann",
            "email": "ann@sample.example",
            "role": "HR",
            "company_size": "1-49",
            "foreign_employees": "1-9",
            "heard_from": "search",
            "materials": [material.pk],
            "consent": "on",
        },
    )
    html = client.get(response["Location"]).content.decode()
    link = next(p.split('"')[0] for p in html.split('href="')[1:] if "/downloads/" in p)
    client.get(link.replace("http://127.0.0.1:8000", ""))
    run_worker()
    lead = Organization.objects.get()
    kinds = sorted(lead.timeline.values_list("kind", flat=True))
    assert kinds == ["download", "email_sent", "submission"]


# -- staff moves --------------------------------------------------------------------


@pytest.fixture
def lead_staff():
    user = UserFactory(username="lead", lead_staff=True, language="en")
    client = Client()
    client.force_login(user)
    client.user = user
    return client


def test_stage_change_and_assignment_are_written_to_the_timeline(client, lead_staff):
    lead = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example").organization
    before = lead.touched_at
    response = lead_staff.post(
        f"/admin/inquiries_lead/edit/{lead.pk}/",
        {
            "stage": "contacted",
            "lost_reason": "",
            "assignee": lead_staff.user.pk,
            "next_follow_up": "2030-01-10",
            "notes": "Called, will send proposal",
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    lead.refresh_from_db()
    assert lead.stage == "contacted" and lead.assignee == lead_staff.user
    entries = {e.kind: e for e in lead.timeline.all()}
    assert entries["stage"].data == {"from": "new", "to": "contacted"}
    assert entries["stage"].actor == lead_staff.user
    assert entries["follow_up"].data == {"date": "2030-01-10"}
    assert "assignment" in entries
    assert lead.touched_at > before
    inspect = lead_staff.get(f"/admin/inquiries_lead/inspect/{lead.pk}/").content.decode()
    assert "New → Contacted" in inspect and "ann@sample.example" in inspect


# -- overdue --------------------------------------------------------------------------


def lead_created_on(day: datetime.date, **fields) -> Organization:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))
    return OrganizationFactory(
        **{"name": f"Lead {day}", "source": "inquiry", "created_at": moment, **fields}
    )


def test_new_lead_is_overdue_after_two_business_days_skipping_weekend_and_holiday():
    friday = datetime.date(2026, 11, 20)  # Monday 23 November is a public holiday
    lead = lead_created_on(friday)
    assert business_days_before(datetime.date(2026, 11, 24), 1) == friday
    overdue = Organization.objects.overdue
    assert not overdue(datetime.date(2026, 11, 23)).filter(pk=lead.pk).exists()
    assert not overdue(datetime.date(2026, 11, 24)).filter(pk=lead.pk).exists()
    assert overdue(datetime.date(2026, 11, 25)).filter(pk=lead.pk).exists()


def test_handled_or_closed_leads_are_not_overdue_but_missed_follow_ups_are():
    day = datetime.date(2026, 11, 2)
    today = datetime.date(2026, 11, 27)
    contacted = lead_created_on(day, stage=Stage.CONTACTED)
    lost = lead_created_on(day, stage=Stage.LOST, next_follow_up=datetime.date(2026, 11, 5))
    missed = lead_created_on(day, stage=Stage.PROPOSAL, next_follow_up=datetime.date(2026, 11, 26))
    overdue = set(Organization.objects.overdue(today).values_list("pk", flat=True))
    assert contacted.pk not in overdue and lost.pk not in overdue
    assert missed.pk in overdue


# -- export ---------------------------------------------------------------------------


def test_export_holds_the_filtered_set_with_formulas_neutralised(admin_client):
    lead_created_on(datetime.date(2026, 11, 2), stage=Stage.NEW)
    hostile = lead_created_on(
        datetime.date(2026, 11, 3),
        stage=Stage.NEW,
        name='=HYPERLINK("http://evil.example","x")',
    )
    hostile.notes.create(body="@SUM(1+1)")
    lead_created_on(datetime.date(2026, 11, 4), stage=Stage.MEMBER)

    response = admin_client.get("/admin/inquiries_lead/", {"stage": "new", "export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))[1:]  # columns as in LeadViewSet.list_export
    assert len(rows) == 2
    names = {row[0] for row in rows}
    assert '\'=HYPERLINK("http://evil.example","x")' in names
    assert all(not row[0].startswith("=") for row in rows)
    assert any(row[-1].endswith(": @SUM(1+1)") for row in rows)
    assert all(not row[-1].startswith(("=", "@")) for row in rows)

    response = admin_client.get("/admin/inquiries_lead/", {"stage": "new", "export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert '\'=HYPERLINK("http://evil.example","x")' in values
    assert sheet.max_row == 3


def test_overdue_filter_lists_only_overdue_leads(admin_client):
    late = lead_created_on(timezone.localdate() - datetime.timedelta(days=20))
    fresh = lead_created_on(timezone.localdate())
    response = admin_client.get("/admin/inquiries_lead/", {"overdue": "true"})
    html = response.content.decode()
    assert late.name in html and fresh.name not in html


# -- who may see what -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("group", "leads", "participants"),
    [
        ("Editors", False, False),
        ("Lead staff", True, False),
        ("Coordinators", False, True),
        ("Privacy officer", True, True),
    ],
)
def test_each_group_sees_only_its_part(group, leads, participants):
    client = Client()
    client.force_login(UserFactory(username=group, groups=[group]))
    assert (client.get("/admin/inquiries_lead/").status_code == 200) is leads
    assert (
        client.get("/admin/inquiries_participantregistration/").status_code == 200
    ) is participants


def test_admin_home_shows_the_pipeline_to_lead_staff_only(lead_staff, editor_client):
    today = timezone.localdate()
    lead_created_on(today - datetime.timedelta(days=30))  # overdue
    lead_created_on(today - datetime.timedelta(days=40), stage=Stage.MEMBER)
    lead_created_on(today - datetime.timedelta(days=50), stage=Stage.LOST)
    lead_created_on(today)
    html = lead_staff.get("/admin/").content.decode()
    assert "Lead pipeline" in html
    assert "1 overdue" in html
    assert "1 new lead this week" in html
    assert "Became members in the last 90 days: 1 of 4 leads" in html
    assert "Lead pipeline" not in editor_client.get("/admin/").content.decode()


# -- merge and split ------------------------------------------------------------------


def test_merging_two_leads_moves_everything_into_one(client, lead_staff):
    a = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    b = inquire(client, "Sample Holdings", "Ann", "ann@gmail.com")
    c = inquire(client, "Sample Holdings", "Ben", "ben@gmail.com")
    assert a.organization_id != b.organization_id == c.organization_id
    keep, other = a.organization, b.organization
    other.notes.create(body="Met at the fair")
    response = lead_staff.post(f"/admin/inquiries_lead/merge/{keep.pk}/", {"other": other.pk})
    assert response.status_code == 302
    assert not Organization.objects.filter(pk=other.pk).exists()
    keep.refresh_from_db()
    assert set(Inquiry.objects.values_list("organization_id", flat=True)) == {keep.pk}
    assert sorted(keep.contacts.values_list("email", flat=True)) == [
        "ann@gmail.com",
        "ann@sample.example",
        "ben@gmail.com",
    ]
    assert list(keep.notes.values_list("body", flat=True)) == ["Met at the fair"]
    kinds = list(keep.timeline.values_list("kind", flat=True))
    assert kinds.count("submission") == 3 and "merged" in kinds


def test_a_wrongly_attached_submission_is_split_into_a_lead_of_its_own(client, lead_staff):
    right = inquire(client, "Sample Co., Ltd.", "Ann", "ann@sample.example")
    wrong = inquire(client, "Sample Co Ltd", "Zed", "zed@gmail.com")  # a different Sample
    assert right.organization_id == wrong.organization_id
    response = lead_staff.post(f"/admin/inquiries_lead/split/inquiry/{wrong.pk}/")
    assert response.status_code == 302
    wrong.refresh_from_db()
    assert wrong.organization_id != right.organization_id
    assert wrong.contact.organization_id == wrong.organization_id
    assert list(right.organization.contacts.values_list("email", flat=True)) == [
        "ann@sample.example"
    ]
    assert wrong.organization.timeline.filter(kind="submission", record_id=wrong.pk).exists()


def test_editors_can_neither_merge_nor_split(client, editor_client):
    a = inquire(client, "Alpha", "Ann", "ann@alpha.example")
    b = inquire(client, "Beta", "Ben", "ben@beta.example")
    merge = editor_client.post(
        f"/admin/inquiries_lead/merge/{a.organization_id}/", {"other": b.organization_id}
    )
    split = editor_client.post(f"/admin/inquiries_lead/split/inquiry/{a.pk}/")
    assert merge.status_code in (302, 403) and split.status_code in (302, 403)
    assert Organization.objects.count() == 2


# -- bulk actions ---------------------------------------------------------------------


def bulk_url(action, leads):
    ids = "&".join(f"id={lead.pk}" for lead in leads)
    return f"/admin/bulk/leads/organization/{action}/?{ids}"


def test_bulk_assign_move_and_mark_spam_leave_a_trail(lead_staff):
    today = timezone.localdate()
    leads = [lead_created_on(today), lead_created_on(today), lead_created_on(today)]
    first_two = leads[:2]
    assert lead_staff.get(bulk_url("assign", first_two)).status_code == 200
    response = lead_staff.post(bulk_url("assign", first_two), {"assignee": lead_staff.user.pk})
    assert response.status_code == 302
    response = lead_staff.post(bulk_url("move_stage", first_two), {"stage": "contacted"})
    assert response.status_code == 302
    assert lead_staff.post(bulk_url("mark_spam", leads[2:])).status_code == 302
    states = {
        lead.pk: (lead.assignee_id, lead.stage)
        for lead in Organization.objects.filter(pk__in=[lead.pk for lead in leads])
    }
    assert states[leads[0].pk] == states[leads[1].pk] == (lead_staff.user.pk, "contacted")
    assert states[leads[2].pk] == (None, "spam")
    for lead in first_two:
        kinds = set(lead.timeline.values_list("kind", flat=True))
        assert {"assignment", "stage"} <= kinds
        assert lead.timeline.filter(actor=lead_staff.user).count() == 2


def test_lead_listing_offers_the_bulk_actions(lead_staff):
    lead_created_on(timezone.localdate())
    html = lead_staff.get("/admin/inquiries_lead/").content.decode()
    assert "bulk-actions-choices" in html
    for action in ("assign", "move_stage", "mark_spam"):
        assert f"/admin/bulk/leads/organization/{action}/" in html


def test_bulk_actions_are_refused_to_those_who_may_not_change_leads():
    lead = lead_created_on(timezone.localdate())
    client = Client()
    client.force_login(UserFactory(username="po", privacy_officer=True))
    client.post(bulk_url("mark_spam", [lead]))
    lead.refresh_from_db()
    assert lead.stage == Stage.NEW


def test_a_lost_lead_needs_a_reason(client, admin_client):
    send(
        client,
        "/en/contact/",
        {
            "company": "ACME",
            "name": "Ann",
            "email": "a@acme.example",
            "topic": "press",
            "message": "Hi",
            "consent": "on",
        },
    )
    lead = Inquiry.objects.get().organization
    url = f"/admin/inquiries_lead/edit/{lead.pk}/"
    data = {"stage": "lost", "lost_reason": "", "assignee": "", "next_follow_up": ""}
    assert admin_client.post(url, data).status_code == 200
    data["lost_reason"] = "Budget"
    assert admin_client.post(url, data).status_code == 302
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason) == ("lost", "Budget")
