"""A lead is one screen: who to contact (mail, call), what they sent (answers in words,
materials and downloads), the notes log with its history, the timeline, and the
actions beside them; the dashboard's counts lead to the filtered listing."""

from __future__ import annotations

import datetime
import html
import re

import pytest
from django.test import Client
from django.utils import timezone
from wagtail.admin.widgets import AdminDateInput

from leads.choices import Stage
from leads.forms import NOTE_MAX_LENGTH, LeadActionsForm
from leads.models import Organization
from tests.support.factories import (
    ContactFactory,
    InquiryFactory,
    LeadNoteFactory,
    MaterialDownloadFactory,
    MaterialRequestFactory,
    OrganizationFactory,
    TimelineEntryFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

# 2026-12-01 23:30 UTC is 2 December 08:30 in Japan: the date differs between the clocks.
MOMENT = datetime.datetime(2026, 12, 1, 23, 30, 15, 123456, tzinfo=datetime.UTC)


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def staff():
    return signed_in(
        UserFactory(
            username="hana", first_name="Hana", last_name="Sato", lead_staff=True, language="en"
        )
    )


@pytest.fixture
def staff_ja():
    return signed_in(
        UserFactory(
            username="taro", first_name="太郎", last_name="鈴木", lead_staff=True, language="ja"
        )
    )


@pytest.fixture
def lead():
    """A lead with an inquiry (a phone number to call) and a material request whose
    material was downloaded once."""
    inquiry = InquiryFactory(
        language="en",
        company="Sample Trading Co., Ltd.",
        name="Ann Example",
        email="ann+sales@sample.example",
        phone="０３-1234-5678",
        topic="costs",
        message="How much does it cost?\nWe have 12 engineers.",
        submitted_at=MOMENT,
    )
    lead = inquiry.organization
    Organization.objects.filter(pk=lead.pk).update(created_at=MOMENT, touched_at=MOMENT)
    ContactFactory(organization=lead, name="Ben", email="ben@sample.example", phone="")
    request = MaterialRequestFactory(
        language="en", organization=lead, contact=inquiry.contact, submitted_at=MOMENT
    )
    MaterialDownloadFactory(request=request, downloaded_at=MOMENT)
    TimelineEntryFactory(organization=lead, record_kind="inquiry", record_id=inquiry.pk)
    TimelineEntryFactory(organization=lead, stage=True, created_at=MOMENT)
    lead.refresh_from_db()
    lead.inquiry, lead.request = inquiry, request
    return lead


def screen(client, lead) -> str:
    response = client.get(f"/admin/inquiries_lead/inspect/{lead.pk}/")
    assert response.status_code == 200
    return response.content.decode()


def text_of(page: str) -> str:
    """The page's text as a reader sees it (tags dropped, entities decoded, spaces folded)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


# -- what the screen shows --------------------------------------------------------------


def test_a_click_on_a_lead_in_the_listing_opens_its_screen(staff, lead):
    listing = staff.get("/admin/inquiries_lead/").content.decode()
    assert f'href="/admin/inquiries_lead/inspect/{lead.pk}/"' in listing
    assert f'href="/admin/inquiries_lead/edit/{lead.pk}/"' not in listing
    response = staff.get(f"/admin/inquiries_lead/edit/{lead.pk}/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/inquiries_lead/inspect/{lead.pk}/"


def test_every_contact_can_be_mailed_and_called_from_the_screen(staff, lead):
    page = screen(staff, lead)
    assert 'href="mailto:ann%2Bsales@sample.example"' in page
    assert 'href="mailto:ben@sample.example"' in page
    assert 'href="tel:0312345678"' in page  # full-width digits and hyphens folded
    shown = text_of(page)
    assert "Ann Example" in shown and "Ben" in shown and "０３-1234-5678" in shown


def test_every_submission_shows_its_answers_in_words(staff, staff_ja, lead):
    shown = text_of(screen(staff, lead))
    assert "Inquiry · 2 Dec 2026, 08:30" in shown  # Japan time, no seconds
    assert "Topic Costs" in shown and "costs" not in shown.replace("Costs", "")
    assert "How much does it cost? We have 12 engineers." in shown
    assert "Material request · 2 Dec 2026, 08:30" in shown
    assert "Company size 50–299 employees" in shown
    shown = text_of(screen(staff_ja, lead))
    assert "お問い合わせ · 2026年12月2日 08:30" in shown
    assert "費用" in shown


def test_materials_sent_and_their_downloads_are_on_the_screen(staff, lead):
    material = lead.request.materials.get()
    shown = text_of(screen(staff, lead))
    assert "Materials sent and downloads" in shown
    assert f"{material.title}: 2 Dec 2026, 08:30" in shown


def test_the_timeline_reads_in_japan_time_in_the_admins_language(staff, staff_ja, lead):
    shown = text_of(screen(staff, lead))
    assert "2 Dec 2026, 08:30 · Stage changed: New → Contacted" in shown
    assert "23:30" not in shown and "123456" not in shown
    shown = text_of(screen(staff_ja, lead))
    assert "2026年12月2日 08:30 · ステージ変更: 新規 → 連絡済み" in shown


def test_viewing_the_screen_leaves_a_trail(staff, lead):
    from wagtail.models import ModelLogEntry

    screen(staff, lead)
    assert ModelLogEntry.objects.filter(
        object_id=str(lead.pk), action="ocp.view_personal_data", user=staff.user
    ).exists()


# -- the actions beside it ---------------------------------------------------------------


def test_the_follow_up_is_a_date_picker(staff, lead):
    assert isinstance(
        LeadActionsForm(instance=lead).fields["next_follow_up"].widget, AdminDateInput
    )
    page = screen(staff, lead)
    assert 'initDateChooser("id_next_follow_up"' in page
    assert "wagtailadmin/js/date-time-chooser" in page


def edit(client, lead, **changes):
    data = {"stage": lead.stage, "lost_reason": "", "assignee": "", "next_follow_up": ""}
    return client.post(f"/admin/inquiries_lead/edit/{lead.pk}/", {**data, **changes})


def test_stage_assignee_and_follow_up_are_saved_and_written_to_the_timeline(staff, lead):
    day = timezone.localdate() + datetime.timedelta(days=3)
    response = edit(
        staff, lead, stage="contacted", assignee=staff.user.pk, next_follow_up=day.isoformat()
    )
    assert response.status_code == 302
    assert response["Location"] == f"/admin/inquiries_lead/inspect/{lead.pk}/"
    lead.refresh_from_db()
    assert (lead.stage, lead.assignee, lead.next_follow_up) == ("contacted", staff.user, day)
    kinds = set(lead.timeline.filter(actor=staff.user).values_list("kind", flat=True))
    assert {"stage", "assignment", "follow_up"} <= kinds
    shown = text_of(screen(staff, lead))
    assert f"next follow-up: {day.day} {day:%b %Y}" in shown  # on the one clock
    assert "Assignee: Hana Sato" in shown


def test_a_lost_lead_needs_a_reason_and_the_error_shows_on_the_screen(staff, lead):
    response = edit(staff, lead, stage="lost")
    assert response.status_code == 200
    shown = text_of(response.content.decode())
    assert "Say why the lead was lost." in shown
    assert "Contacts" in shown and "ann+sales@sample.example" in shown  # still the screen
    lead.refresh_from_db()
    assert lead.stage == Stage.NEW
    assert edit(staff, lead, stage="lost", lost_reason="Budget").status_code == 302
    lead.refresh_from_db()
    assert (lead.stage, lead.lost_reason) == ("lost", "Budget")
    assert "Reason lost changed" in text_of(screen(staff, lead))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"next_follow_up": "2026-02-30"}, "Enter a valid date."),
        ({"next_follow_up": "tomorrow"}, "Enter a valid date."),
        ({"next_follow_up": "２０２７-０１-０１"}, "Enter a valid date."),
        ({"stage": "won"}, "Select a valid choice."),
        ({"assignee": "99999999999999999999999"}, "Select a valid choice."),
        ({"assignee": "1; DROP TABLE leads_organization"}, "Select a valid choice."),
        ({"stage": "lost", "lost_reason": "x" * 301}, "at most 300 characters (it has 301)"),
    ],
)
def test_bad_actions_get_a_clear_message_and_change_nothing(staff, lead, changes, message):
    response = edit(staff, lead, **changes)
    assert response.status_code == 200
    assert message in text_of(response.content.decode())
    assert Organization.objects.filter(pk=lead.pk, stage=Stage.NEW, next_follow_up=None).exists()


def test_merge_and_split_are_offered_beside_the_submissions(staff, lead):
    page = screen(staff, lead)
    assert f'href="/admin/inquiries_lead/merge/{lead.pk}/"' in page
    assert f'action="/admin/inquiries_lead/split/inquiry/{lead.inquiry.pk}/"' in page
    assert f'action="/admin/inquiries_lead/split/material_request/{lead.request.pk}/"' in page


# -- the notes log -------------------------------------------------------------------------


def add_note(client, lead, body):
    return client.post(f"/admin/inquiries_lead/inspect/{lead.pk}/", {"body": body, "add-note": "1"})


def edit_note(client, lead, note, body):
    return client.post(
        f"/admin/inquiries_lead/inspect/{lead.pk}/",
        {f"note-{note.pk}-body": body, "edit-note": str(note.pk)},
    )


def test_notes_are_a_log_each_with_its_author_and_time(staff, lead):
    assert add_note(staff, lead, "Called Ann, she will call back.").status_code == 302
    assert add_note(staff, lead, "Sent the price list.").status_code == 302
    notes = list(lead.notes.order_by("created_at", "pk"))
    assert [n.body for n in notes] == ["Called Ann, she will call back.", "Sent the price list."]
    assert {n.author for n in notes} == {staff.user}
    shown = text_of(screen(staff, lead))
    assert "The note has been added." in shown or "Sent the price list." in shown
    assert shown.index("Sent the price list.") < shown.index("Called Ann")  # newest first
    assert "Hana Sato ·" in shown
    assert list(lead.timeline.filter(kind="notes").values_list("data", flat=True)) == [
        {"note": notes[1].pk, "change": "added"},
        {"note": notes[0].pk, "change": "added"},
    ]
    assert "Note added (Hana Sato)" in shown


def test_editing_a_note_keeps_its_earlier_text_with_who_and_when(staff, lead):
    add_note(staff, lead, "Meeting on Friday.")
    note = lead.notes.get()
    assert edit_note(staff, lead, note, "Meeting moved to Monday.").status_code == 302
    assert edit_note(staff, lead, note, "Meeting moved to Monday.").status_code == 302  # same
    note.refresh_from_db()
    assert note.body == "Meeting moved to Monday."
    revision = note.revisions.get()  # an unchanged save keeps nothing
    assert (revision.body, revision.editor) == ("Meeting on Friday.", staff.user)
    assert [text for text, _who, _when in note.versions()] == [
        "Meeting on Friday.",
        "Meeting moved to Monday.",
    ]
    shown = text_of(screen(staff, lead))
    assert "Meeting moved to Monday." in shown and "Meeting on Friday." in shown
    assert "edited by Hana Sato" in shown and "Earlier text (1)" in shown
    assert "Note edited (Hana Sato)" in shown


def test_only_the_author_edits_a_note_and_a_carried_over_memo_is_anyones(staff, lead):
    colleague = signed_in(UserFactory(username="ken", lead_staff=True, language="en"))
    add_note(staff, lead, "My note.")
    mine = lead.notes.get()
    memo = LeadNoteFactory(organization=lead, author=None, body="Old memo")
    page = screen(colleague, lead)
    assert f'name="edit-note" value="{memo.pk}"' in page
    assert f'name="edit-note" value="{mine.pk}"' not in page
    assert edit_note(colleague, lead, mine, "Not mine to change").status_code in (302, 403)
    mine.refresh_from_db()
    assert mine.body == "My note." and not mine.revisions.exists()
    assert edit_note(colleague, lead, memo, "Old memo, checked").status_code == 302
    memo.refresh_from_db()
    assert memo.body == "Old memo, checked" and memo.revisions.get().body == "Old memo"


def test_the_notes_are_in_the_export(staff, lead):
    add_note(staff, lead, '=HYPERLINK("http://evil.example")')
    response = staff.get("/admin/inquiries_lead/", {"export": "csv"})
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    assert 'Hana Sato: =HYPERLINK(""http://evil.example"")' in body


def test_merging_leads_moves_the_notes_with_their_history(staff, lead):
    other = OrganizationFactory(name="Sample Holdings")
    note = LeadNoteFactory(organization=other, author=staff.user, body="First")
    edit_note(staff, other, note, "Second")
    assert (
        staff.post(f"/admin/inquiries_lead/merge/{lead.pk}/", {"other": other.pk}).status_code
        == 302
    )
    note.refresh_from_db()
    assert note.organization_id == lead.pk and note.revisions.get().body == "First"


# Hostile texts, by class: each is kept exactly as typed and shown as text, never markup.
KEPT = {
    "markup": '<script>alert("x")</script><img src=x onerror=alert(1)>',
    "entities": "&lt;b&gt; &amp;amp; &#x3C;",
    "template": "{{ request.user.password }} {% debug %} {# c #}",
    "sql": "'; DROP TABLE leads_leadnote; -- \" OR 1=1",
    "separators": "line 1\r\nline 2\n\ttabbed; a,b|c\u2028next\u2029para",
    "formula": '=HYPERLINK("http://evil.example","x")',
    "spaces": "   leading and trailing   \n",
    "japanese": "山田様（ﾔﾏﾀﾞ）に電話。来週〜再連絡！ ＡＢＣ①",
    "nepali": "नमस्ते, क्षत्रिय ज्ञान",  # conjuncts with the virama, ZWJ-free
    "emoji": "👩‍💻👍🏽 🇯🇵",
    "bidi": "note \u202eevil\u202c and \u200fRTL mark, زمان",
    "combining": "e\u0301 ğ̈ Z̤͂",
    "long": "x" * NOTE_MAX_LENGTH,
}


@pytest.mark.parametrize("body", KEPT.values(), ids=KEPT.keys())
def test_hostile_notes_are_kept_verbatim_and_shown_as_text(staff, lead, body):
    assert add_note(staff, lead, body).status_code == 302
    assert lead.notes.get().body == body
    page = screen(staff, lead)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "{% debug %}" not in page or "{% debug %}" in body  # shown, never run
    first_line = body.strip().splitlines()[0] if body.strip() else body
    assert html.escape(first_line, quote=False)[:200] in page.replace("&#x27;", "'").replace(
        "&quot;", '"'
    )


REFUSED = {
    "empty": ("", "Write the note first."),
    "blank": (" \n\t\u3000", "Write the note first."),
    "nul": ("before\x00after", "Null characters are not allowed."),
    "escape": ("colour \x1b[31mred", "control characters"),
    "bell": ("ding\x07", "control characters"),
    "delete": ("rub\x7fout", "control characters"),
    "c1": ("next\x85line", "control characters"),
    "too long": ("x" * (NOTE_MAX_LENGTH + 1), "at most 5000 characters (it has 5001)"),
}


@pytest.mark.parametrize(("body", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_bad_notes_get_a_clear_message_and_store_nothing(staff, lead, body, message):
    response = add_note(staff, lead, body)
    assert response.status_code == 200
    assert message in text_of(response.content.decode())
    assert not lead.notes.exists()
    assert not lead.timeline.filter(kind="notes").exists()


@pytest.mark.parametrize("note_id", ["", "abc", "-1", "1.5", "99999999999999999999999", "٣"])
def test_a_bad_note_id_is_not_found(staff, lead, note_id):
    response = staff.post(
        f"/admin/inquiries_lead/inspect/{lead.pk}/", {"edit-note": note_id, "note-1-body": "x"}
    )
    assert response.status_code == 404


def test_a_note_of_another_lead_cannot_be_edited_through_this_one(staff, lead):
    other = OrganizationFactory()
    note = LeadNoteFactory(organization=other, author=staff.user, body="Other")
    assert edit_note(staff, lead, note, "Changed").status_code == 404
    note.refresh_from_db()
    assert note.body == "Other"


def test_the_screen_and_its_messages_are_in_japanese_for_a_japanese_admin(staff_ja, lead):
    response = add_note(staff_ja, lead, "")
    shown = text_of(response.content.decode())
    assert "メモを入力してください。" in shown
    for english in ("Contacts", "Submissions", "Notes", "Timeline", "Actions", "Add the note"):
        assert english not in shown, english
    for japanese in ("連絡先", "受付内容", "メモ", "履歴", "操作", "メモを追加"):
        assert japanese in shown, japanese
    response = add_note(staff_ja, lead, "電話済み")
    shown = text_of(staff_ja.get(response["Location"]).content.decode())
    assert "メモを追加しました。" in shown  # the message too, not "The note has been added."
    assert "鈴木 太郎" in shown or "太郎 鈴木" in shown


# -- who sees it ---------------------------------------------------------------------------


@pytest.mark.parametrize("trait", ["coordinator", "editor"])
def test_coordinators_and_editors_never_see_a_lead(lead, trait):
    client = signed_in(UserFactory(username=trait, **{trait: True}))
    for url in (
        f"/admin/inquiries_lead/inspect/{lead.pk}/",
        f"/admin/inquiries_lead/edit/{lead.pk}/",
        "/admin/inquiries_lead/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "ann+sales@sample.example" not in response.content.decode()
    assert add_note(client, lead, "Sneaky").status_code in (302, 403)
    assert edit(client, lead, stage="member").status_code in (302, 403)
    assert not lead.notes.exists()
    assert Organization.objects.get(pk=lead.pk).stage == Stage.NEW
    assert "Lead pipeline" not in client.get("/admin/").content.decode()


def test_who_may_only_view_sees_the_screen_without_its_actions(lead):
    officer = signed_in(UserFactory(username="po", privacy_officer=True, language="en"))
    page = screen(officer, lead)
    assert "ann+sales@sample.example" in page
    assert 'id="lead-actions-form"' not in page and 'name="add-note"' not in page
    assert add_note(officer, lead, "Not allowed").status_code in (302, 403)  # refused
    assert not lead.notes.exists()


# -- the dashboard -------------------------------------------------------------------------


def test_the_dashboard_counts_new_overdue_and_due_today_each_a_link(staff):
    today = timezone.localdate()
    OrganizationFactory(name="Fresh from the form")
    OrganizationFactory(name="Call back today", stage=Stage.CONTACTED, next_follow_up=today)
    OrganizationFactory(
        name="Closed on the day", stage=Stage.LOST, lost_reason="x", next_follow_up=today
    )
    OrganizationFactory(
        name="Follow-up missed",
        stage=Stage.PROPOSAL,
        next_follow_up=today - datetime.timedelta(days=1),
    )
    page = staff.get("/admin/").content.decode()
    shown = text_of(page)
    assert "1 new lead not yet contacted" in shown
    assert "1 overdue" in shown
    assert "1 follow-up due today" in shown
    for link in ("?stage=new", "?overdue=true", "?follow_up=today"):
        assert f'href="/admin/inquiries_lead/{link}"' in page
    listed = text_of(staff.get("/admin/inquiries_lead/", {"follow_up": "today"}).content.decode())
    assert "Call back today" in listed
    assert (
        "Closed on the day" not in listed
        and "Follow-up missed" not in listed
        and "Fresh from the form" not in listed
    )
    listed = text_of(staff.get("/admin/inquiries_lead/", {"stage": "new"}).content.decode())
    assert "Fresh from the form" in listed and "Call back today" not in listed


def test_the_dashboard_reads_in_japanese(staff_ja):
    OrganizationFactory(next_follow_up=timezone.localdate(), stage=Stage.CONTACTED)
    shown = text_of(staff_ja.get("/admin/").content.decode())
    assert "本日フォロー予定：1件" in shown
    assert "未対応の新規リード：0件" in shown


def test_the_timeline_says_when_the_enrolment_code_was_given_in_each_language(staff, lead):
    assert edit(staff, lead, stage="member").status_code == 302
    lead.refresh_from_db()
    code = lead.enrolment_code
    assert code
    entry = lead.timeline.get(kind="enrolment_code")
    assert entry.actor == staff.user
    edit(staff, lead, stage="member", next_follow_up="2030-01-01")  # given once only
    assert lead.timeline.filter(kind="enrolment_code").count() == 1
    expected = {
        "en": f"Its employees register with the code {code}",
        "ja": f"従業員はコード「{code}」で登録します",
        "ne": f"यसका कर्मचारीहरूले कोड {code} प्रयोग गरेर दर्ता गर्छन्",
    }
    for language, words in expected.items():
        reader = signed_in(UserFactory(lead_staff=True, language=language))
        assert words in text_of(screen(reader, lead)), language
