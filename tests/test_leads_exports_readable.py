"""What staff get when they export leads, submissions and registrations, and what they
read on a record's inspect page: labels in their admin language (Japanese or English),
Japan time to the second (no microseconds, whatever zone their profile once had), the
contact columns their role may see, a CSV that Excel on Japanese Windows opens (UTF-8
with a BOM), and no cell a spreadsheet would run, whatever a visitor typed.

The bytes of each export are parsed as a spreadsheet would read them.
"""

from __future__ import annotations

import codecs
import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import translation
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from inquiries import choices
from inquiries.models import InquiryTopic
from leads.choices import Source, Stage
from leads.exports import neutralise
from tests.support.factories import (
    ContactFactory,
    InquiryFactory,
    LeadNoteFactory,
    MaterialRequestFactory,
    OnboardingRequestFactory,
    OrganizationFactory,
    ParticipantRegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# 20:05:09.654321 UTC on 30 November is 05:05:09 on 1 December in Japan.
LATE_UTC = datetime.datetime(2026, 11, 30, 20, 5, 9, 654321, tzinfo=datetime.UTC)
IN_JAPAN = datetime.datetime(2026, 12, 1, 5, 5, 9)
FOLLOW_UP = datetime.date(2026, 12, 10)

# Hostile text by class: each would run as a formula (or a DDE call) if written as it is.
HOSTILE = {
    "equals": "=1+1",
    "hyperlink": '=HYPERLINK("http://evil.example","x")',
    "dde": "=cmd|' /C calc'!A0",
    "plus": "+81-3-1234",
    "minus": "-2+3",
    "at": "@SUM(A1:A9)",
    "tab": "\t=1+1",
    "carriage return": "\r=1+1",
    "line feed": "\n=1+1",
    "leading space": " =1+1",
    "ideographic space": "\u3000=1+1",
    "full-width equals": "＝1+1",
    "full-width plus": "＋1+1",
    "full-width minus": "－1+1",
    "full-width at": "＠SUM(A1)",
    "zero-width space": "\u200b=1+1",
    "byte order mark": "\ufeff=1+1",
    "right-to-left override": "\u202e=1+1",
    "escape control": "\x1b=1+1",
}
# Text that only looks close: left exactly as it is.
HARMLESS = ["O'Brien", "a=b", "Tanaka-san", "佐藤 花子", "株式会社サンプル", "1+1=2", "e-mail"]


# -- reading an export as a spreadsheet does --------------------------------------------


def export(client, namespace: str, export_format: str, **filters):
    response = client.get(reverse(f"{namespace}:index"), {"export": export_format, **filters})
    assert response.status_code == 200, (namespace, response.status_code)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    return response, content


def csv_table(client, namespace: str, **filters) -> list[list[str]]:
    response, content = export(client, namespace, "csv", **filters)
    assert content.startswith(codecs.BOM_UTF8), content[:10]  # Excel reads UTF-8
    assert not content[3:].startswith(codecs.BOM_UTF8)  # one BOM, not two
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = content[len(codecs.BOM_UTF8) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def xlsx_table(client, namespace: str, **filters) -> list[list]:
    _response, content = export(client, namespace, "xlsx", **filters)
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def as_dicts(table) -> list[dict]:
    heading, *rows = table
    return [dict(zip(heading, row, strict=True)) for row in rows]


def staff(language: str, **kwargs):
    user = UserFactory(first_name="Hana", last_name="Sato", language=language, **kwargs)
    client = Client()
    client.force_login(user)
    return user, client


@pytest.fixture
def lead():
    """A lead in the middle of the pipeline, first in touch late on 30 November (UTC),
    which is 1 December in Japan, with two contacts (the first is whom to call)."""
    lead = OrganizationFactory(
        name="Sample Co",
        stage=Stage.PROPOSAL,
        source=Source.MATERIAL_REQUEST,
        language="en",
        next_follow_up=FOLLOW_UP,
        created_at=LATE_UTC,
        touched_at=LATE_UTC,
    )
    ContactFactory(
        organization=lead,
        name="Ann Smith",
        email="ann@sample.example",
        phone="03-1111-2222",
        created_at=LATE_UTC,
    )
    ContactFactory(
        organization=lead, name="Later Person", created_at=LATE_UTC + datetime.timedelta(days=1)
    )
    return lead


# -- the lead export -------------------------------------------------------------------


def test_lead_export_in_japanese_reads_as_staff_read_the_screen(lead):
    user, client = staff("ja", lead_staff=True)
    lead.assignee = user
    lead.save()
    table = csv_table(client, "inquiries_lead")
    (row,) = as_dicts(table)
    assert table[0][:6] == [
        "会社名・団体名",
        "ステージ",
        "担当者",
        "連絡先の氏名",
        "連絡先のメールアドレス",
        "連絡先の電話番号",
    ], table[0]
    assert row["ステージ"] == "提案済み"
    assert row["担当者"] == "Hana Sato"
    assert row["流入経路"] == "資料請求"
    assert row["言語"] == "英語"  # the lead's language, named in the admin's
    assert row["作成日時（日本時間）"] == "2026-12-01 05:05:09"  # Japan time, no fraction
    assert row["最終対応日時（日本時間）"] == "2026-12-01 05:05:09"
    assert row["次回フォロー日"] == "2026-12-10"
    # the first contact, not the one added later
    assert (row["連絡先の氏名"], row["連絡先のメールアドレス"], row["連絡先の電話番号"]) == (
        "Ann Smith",
        "ann@sample.example",
        "03-1111-2222",
    )
    assert row["メモ"] == ""  # nothing written: an empty cell, not "None"
    assert not {"proposal", "material_request", "en", "None", "True"} & set(row.values())


def test_lead_export_in_english_for_an_english_admin(lead):
    """The CSV is written after the view returns; it is still in the admin's language."""
    _user, client = staff("en", lead_staff=True)
    (row,) = as_dicts(csv_table(client, "inquiries_lead"))
    assert row["Stage"] == "Proposal sent"
    assert row["First contact through"] == "Material request"
    assert row["Language"] == "English"
    assert row["Assignee"] == ""
    assert row["Contact name"] == "Ann Smith"
    assert row["Created at (Japan time)"] == "2026-12-01 05:05:09"
    assert row["Next follow-up"] == "2026-12-10"
    assert not [value for value in row if any("\u3040" <= ch <= "\u9fff" for ch in value)]


@pytest.mark.parametrize("language", ["ja", "en"])
def test_lead_xlsx_holds_real_times_in_japan_without_fractions(lead, language):
    _user, client = staff(language, lead_staff=True)
    heading, row = xlsx_table(client, "inquiries_lead")
    values = dict(zip(heading, row, strict=True))
    with translation.override(language):
        created = str(translation.gettext("Created at (Japan time)"))
        follow_up = str(translation.gettext("next follow-up")).capitalize()
        stage = str(translation.gettext("Stage"))
    assert values[created] == IN_JAPAN and values[created].microsecond == 0
    assert values[follow_up] == FOLLOW_UP  # a date cell
    assert values[stage] == ("提案済み" if language == "ja" else "Proposal sent")


def test_lead_export_leaves_out_contacts_for_a_role_that_may_not_see_them(lead):
    """A user who may see leads but not their contacts gets the leads, not whom to call."""
    group = Group.objects.create(name="Pipeline viewers")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_organization"),
    )
    _user, viewer = staff("en", groups=["Pipeline viewers"])
    heading, row = csv_table(viewer, "inquiries_lead")
    assert "Stage" in heading and "Sample Co" in row
    assert not [h for h in heading if h.startswith("Contact")], heading
    assert "ann@sample.example" not in row and "03-1111-2222" not in row

    for role in ("lead_staff", "privacy_officer"):
        _user, client = staff("en", **{role: True})
        heading, row = csv_table(client, "inquiries_lead")
        assert heading[3:6] == ["Contact name", "Contact email", "Contact phone"], role
        assert "ann@sample.example" in row, role


def test_a_lead_without_contacts_exports_empty_contact_cells():
    OrganizationFactory(name="Nobody Yet")
    _user, client = staff("en", lead_staff=True)
    (row,) = as_dicts(csv_table(client, "inquiries_lead"))
    assert row["Contact name"] == row["Contact email"] == row["Contact phone"] == ""


def test_a_profile_time_zone_from_before_does_not_move_the_clock(lead):
    user, client = staff("en", lead_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = "America/Los_Angeles"
    profile.save()
    (row,) = as_dicts(csv_table(client, "inquiries_lead"))
    assert row["Created at (Japan time)"] == "2026-12-01 05:05:09"
    html = client.get(reverse("inquiries_lead:inspect", args=[lead.pk])).content.decode()
    assert "1 Dec 2026, 05:05" in html


# -- submissions and registrations -------------------------------------------------------


@pytest.mark.parametrize("language", ["ja", "en"])
def test_submission_exports_read_in_the_exporters_language(language):
    InquiryFactory(topic=InquiryTopic.PRESS, submitted_at=LATE_UTC, language="ne")
    MaterialRequestFactory(submitted_at=LATE_UTC)
    OnboardingRequestFactory(goals=["retention", "engagement"], submitted_at=LATE_UTC)
    _user, client = staff(language, lead_staff=True)
    (inquiry,) = as_dicts(csv_table(client, "inquiries_inquiry"))
    (request,) = as_dicts(csv_table(client, "inquiries_materialrequest"))
    (onboarding,) = as_dicts(csv_table(client, "inquiries_onboardingrequest"))
    with translation.override(language):
        tr = translation.gettext
        when = tr("Submitted at (Japan time)")
        joined = "、" if language == "ja" else ", "
        assert inquiry[when] == request[when] == onboarding[when] == "2026-12-01 05:05:09"
        assert inquiry[tr("language").capitalize()] == (
            "ネパール語" if language == "ja" else "Nepali"
        )
        assert inquiry[tr("topic").capitalize()] == str(InquiryTopic.PRESS.label)
        assert inquiry[tr("spam").capitalize()] == tr("No")
        assert inquiry[tr("Stage")] == str(Stage.NEW.label)
        # the sender's contact fields
        for row in (inquiry, request, onboarding):
            assert row[tr("email").capitalize()].endswith("@company.example")
        assert inquiry[tr("phone").capitalize()] == "03-1234-5678"
        assert request[tr("company size").capitalize()] == str(choices.CompanySize.UNDER_300.label)
        assert onboarding[tr("goals").capitalize()] == joined.join(
            [str(choices.Goal.RETENTION.label), str(choices.Goal.ENGAGEMENT.label)]
        )
        assert onboarding[tr("preferred start").capitalize()].count("-") == 2  # a date


@pytest.mark.parametrize("language", ["ja", "en"])
def test_registration_export_holds_every_answer_in_words(language):
    ParticipantRegistrationFactory(
        family=[{"relation": "spouse", "age": None}, {"relation": "child", "age": 6}],
        needs=["procedures", "hospital"],
        availability=["weekday_evening"],
        submitted_at=LATE_UTC,
    )
    _user, client = staff(language, coordinator=True)
    for table in (
        csv_table(client, "inquiries_participantregistration"),
        xlsx_table(client, "inquiries_participantregistration"),
    ):
        (row,) = as_dicts(table)
        values = set(row.values())
        if language == "ja":
            assert "配偶者・パートナー、子ども（6歳）" in values
            assert "行政手続き、通院" in values
            assert {
                "平日・夜間",
                "ネパール語",
                "ネパール",
                "東京都",
                "受付済み",
                "いいえ",
            } <= values
            assert "提出日時（日本時間）" in row
        else:
            assert "Spouse or partner; Child, 6" in values
            assert "Administrative procedures, Hospital visits" in values
            assert {"Weekdays, evening", "Nepali", "Nepal", "Tokyo", "Submitted", "No"} <= values
        assert {"supported", "procedures", "ne", "NP", "tokyo", "False", "None"}.isdisjoint(values)
        assert IN_JAPAN in values or "2026-12-01 05:05:09" in values
        assert not [v for v in values if isinstance(v, str) and v.startswith("[")]


def test_registration_export_is_refused_to_lead_staff_and_inquiries_to_coordinators():
    ParticipantRegistrationFactory()
    InquiryFactory()
    _user, lead_staff = staff("en", lead_staff=True)
    _user, coordinator = staff("en", coordinator=True)
    url = reverse("inquiries_participantregistration:index")
    assert lead_staff.get(url, {"export": "csv"}).status_code in (302, 403)
    url = reverse("inquiries_inquiry:index")
    assert coordinator.get(url, {"export": "csv"}).status_code in (302, 403)


# -- formulas --------------------------------------------------------------------------


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_the_guard_turns_every_class_of_formula_into_text(kind):
    value = HOSTILE[kind]
    assert neutralise(value) == "'" + value


@pytest.mark.parametrize("value", [*HARMLESS, "", None, 12, "   "])
def test_the_guard_leaves_everything_else_alone(value):
    assert neutralise(value) == value


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_no_cell_of_a_lead_or_registration_export_runs(export_format):
    for kind, value in HOSTILE.items():
        lead = OrganizationFactory(name=f"{value} {kind}"[:200])
        LeadNoteFactory(organization=lead, body=value)
        ContactFactory(organization=lead, name=value, phone=value[:30])
        ParticipantRegistrationFactory(
            name=value,
            municipality=value,
            hobbies=value,
            languages_note=value[:300],
            company=value,
        )
    LeadNoteFactory(organization=OrganizationFactory(name="O'Brien"), body="a=b")
    read = csv_table if export_format == "csv" else xlsx_table
    _user, lead_staff = staff("en", lead_staff=True)
    _user, coordinator = staff("en", coordinator=True)
    leads = read(lead_staff, "inquiries_lead")[1:]
    registrations = read(coordinator, "inquiries_participantregistration")[1:]
    assert len(leads) == len(HOSTILE) + 1 and len(registrations) == len(HOSTILE)
    cells = [cell for row in leads + registrations for cell in row if isinstance(cell, str)]
    starts = ("=", "+", "-", "@", "\t", "\r", "\n", " ", "\u3000", "＝", "＋", "－", "＠")
    running = [cell for cell in cells if cell.lstrip("\u200b\ufeff\u202e\x1b").startswith(starts)]
    assert not running, running
    names = {row[0] for row in leads}
    notes = {row[-1] for row in leads}
    for value in HOSTILE.values():
        # A note's cell starts with when and who wrote it, then the text as written (xlsx
        # keeps a CR as a LF, and shows a control it cannot hold as "\ufffd").
        shown = {value, value.replace("\r", "\n"), value.replace("\x1b", "\ufffd")}
        assert any(note.endswith(f": {text}") for note in notes for text in shown), value
    assert "O'Brien" in names and any(note.endswith(": a=b") for note in notes)


# -- inspect views -----------------------------------------------------------------------


def inspect(client, namespace: str, pk: int) -> str:
    response = client.get(reverse(f"{namespace}:inspect", args=[pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_lead_inspect_shows_words_and_japan_time(lead):
    _user, client = staff("ja", lead_staff=True)
    html = inspect(client, "inquiries_lead", lead.pk)
    for shown in ("提案済み", "資料請求", "英語", "2026年12月1日 05:05", "2026年12月10日"):
        assert shown in html, shown
    text = re.sub(r"<[^>]*>", " ", html)  # what is read, not the actions' option values
    assert "proposal" not in text and "material_request" not in text
    assert ">None<" not in html and "2026年11月30日" not in html  # not the UTC date
    _user, client = staff("en", lead_staff=True)
    html = inspect(client, "inquiries_lead", lead.pk)
    for shown in ("Proposal sent", "Material request", "English", "1 Dec 2026, 05:05"):
        assert shown in html, shown
    assert "10 Dec 2026" in html and "Nov. 30" not in html


@pytest.mark.parametrize("language", ["ja", "en"])
def test_submission_inspect_views_show_words_and_japan_time(language):
    inquiry = InquiryFactory(topic=InquiryTopic.PRESS, submitted_at=LATE_UTC, department="")
    onboarding = OnboardingRequestFactory(
        goals=["retention"], preferred_start=datetime.date(2027, 2, 1), submitted_at=LATE_UTC
    )
    request = MaterialRequestFactory(submitted_at=LATE_UTC)
    _user, client = staff(language, lead_staff=True)
    pages = {
        "inquiry": inspect(client, "inquiries_inquiry", inquiry.pk),
        "onboarding": inspect(client, "inquiries_onboardingrequest", onboarding.pk),
        "request": inspect(client, "inquiries_materialrequest", request.pk),
    }
    with translation.override(language):
        when = "2026年12月1日 05:05" if language == "ja" else "1 Dec 2026, 05:05"
        for name, html in pages.items():
            assert when in html, name
            assert translation.gettext("No") in html, name  # not spam, in words
            for raw in (">False<", ">None<", ">True<", "UTC", "05:05:09", "2026-11-30"):
                assert raw not in html, (name, raw)
        assert str(InquiryTopic.PRESS.label) in pages["inquiry"]
        assert str(choices.Goal.RETENTION.label) in pages["onboarding"]
        assert ("2027年2月1日" if language == "ja" else "1 Feb 2027") in pages["onboarding"]
        assert str(choices.HeardFrom.SEARCH.label) in pages["request"]
        assert "–" in pages["inquiry"]  # no department: a dash, not an empty line


# -- listings: the same words and the same clock as the inspect page --------------------


@pytest.mark.parametrize(
    ("language", "when", "words"),
    [
        ("ja", "2026年12月1日 05:05", ["いいえ", "英語", "取材・報道について"]),
        ("en", "1 Dec 2026, 05:05", ["No", "English", "Press"]),
    ],
)
def test_listings_read_as_the_inspect_page_does(language, when, words):
    inquiry = InquiryFactory(topic=InquiryTopic.PRESS, submitted_at=LATE_UTC, language="en")
    inquiry.organization.created_at = LATE_UTC
    inquiry.organization.save()
    _user, client = staff(language, lead_staff=True)
    listing = client.get(reverse("inquiries_inquiry:index")).content.decode()
    page = inspect(client, "inquiries_inquiry", inquiry.pk)
    for shown in [when, *words]:
        assert shown in listing and shown in page, shown
    assert ">False<" not in listing
    leads = client.get(reverse("inquiries_lead:index")).content.decode()
    assert when in leads
    assert "2026年11月30日" not in leads and "30 Nov 2026" not in leads


def test_wagtails_own_dates_follow_the_one_clock():
    """Django's and Wagtail's date formats for ja and en are the clock's (home.formats)."""
    from django.utils import formats

    with translation.override("ja"):
        assert formats.date_format(FOLLOW_UP) == "2026年12月10日"
        assert formats.date_format(IN_JAPAN, "DATETIME_FORMAT") == "2026年12月1日 05:05"
    with translation.override("en"):
        assert formats.date_format(FOLLOW_UP) == "10 Dec 2026"
        assert formats.date_format(IN_JAPAN, "DATETIME_FORMAT") == "1 Dec 2026, 05:05"


def test_no_profile_offers_another_time_zone():
    _user, client = staff("en", lead_staff=True)
    html = client.get(reverse("wagtailadmin_account")).content.decode()
    assert 'name="locale-current_time_zone"' not in html
    assert 'name="locale-preferred_language"' in html


def test_words_are_escaped_on_every_screen():
    inquiry = InquiryFactory(company="<script>alert(1)</script>", message="<b>hi</b>")
    _user, client = staff("en", lead_staff=True)
    for html in (
        client.get(reverse("inquiries_inquiry:index")).content.decode(),
        inspect(client, "inquiries_inquiry", inquiry.pk),
    ):
        assert "<script>alert(1)" not in html and "<b>hi</b>" not in html
        assert "&lt;script&gt;alert(1)" in html


def test_the_leads_submissions_and_timeline_keep_the_same_clock(lead):
    from tests.support.factories import TimelineEntryFactory

    InquiryFactory(organization=lead, contact=None, submitted_at=LATE_UTC)
    TimelineEntryFactory(organization=lead, created_at=LATE_UTC)
    _user, client = staff("ja", lead_staff=True)
    html = inspect(client, "inquiries_lead", lead.pk)
    assert html.count("2026年12月1日 05:05") >= 3  # created at, the submission, the entry
    assert 'datetime="2026-12-01T05:05:09+09:00"' in html
    assert "2026-11-30" not in html


def test_the_migration_clears_a_time_zone_chosen_before():
    import importlib

    from django.apps import apps

    migration = importlib.import_module("home.migrations.0006_staff_clock_japan_time")
    user, _client = staff("en", lead_staff=True)
    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = "UTC"
    profile.save()
    migration.clear_time_zones(apps, None)
    profile.refresh_from_db()
    assert profile.current_time_zone == "" and profile.get_current_time_zone() == "Asia/Tokyo"
