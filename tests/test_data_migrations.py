"""The data migrations keep every row and every grant, forwards and back.

Three of them rewrite data rather than only the schema:

- the pipeline's move from ``inquiries`` to ``leads`` (``leads.0001``/``0002``, with
  ``inquiries.0012``): every column of every lead, contact and timeline entry, a
  submission attached to a lead, an admin log entry, the content types, and the staff
  groups' rights on the moved models (now ``leads.*``);
- the lead's memo becoming its first note (``leads.0004``), and back;
- the free-text languages of a registration becoming rows (``inquiries.0014``) without
  losing a word, and back.

Migrating a whole site back and forth is most of this module's time, so the three share
one journey: down to before the move (rows written through the models of then), up to
before the notes (memos written), up to the latest (everything compared), down to before
the notes again (the memos and the texts restored), and up. The database is migrated
forward and the test's rows deleted whatever happens, so the tests after it see the
usual database.
"""

from __future__ import annotations

import datetime
import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.state import ProjectState
from django.utils import translation
from wagtail.models import Locale, ModelLogEntry

from home.clock import staff_date
from inquiries.models import FormKind, Inquiry, OutboundEmail, ParticipantRegistration
from leads.choices import Stage
from leads.models import Contact, LeadNote, Organization, TimelineEntry
from tests.support.factories import ParticipantRegistrationFactory

# Before the move: the pipeline in ``inquiries``, no ``leads`` at all.
BEFORE_THE_MOVE = [("inquiries", "0011_routing_and_outbox_grants"), ("leads", None)]
# Before the memo became notes (leads 0004); ``inquiries`` is then at 0013, where the
# languages were one line of text (0014 depends on leads 0005).
BEFORE_THE_NOTES = [("leads", "0003_typed_timeline")]
MOVED = ("organization", "contact", "timelineentry")
ACTIONS = ("add", "change", "delete", "view")
WHEN = datetime.datetime(2026, 11, 2, 3, 4, 5, tzinfo=datetime.UTC)
MEMO = "Called twice.\r\n\n  Budget: ¥1,000,000 😀\n<b>&amp;</b> =SUM(A1) 山田さん"

# What people wrote, and the rows matching can use at once (Japanese is left out: the
# Japanese question holds it).
WRITTEN = {
    "Nepali (native), English (business), 日本語（日常会話）": [
        {"language": "ne", "level": "native"},
        {"language": "en", "level": "fluent"},
    ],
    "ベトナム語（ネイティブ）、英語（少し）": [
        {"language": "vi", "level": "native"},
        {"language": "en", "level": "basic"},
    ],
    "नेपाली (मातृभाषा), हिन्दी (धाराप्रवाह)": [
        {"language": "ne", "level": "native"},
        {"language": "hi", "level": "fluent"},
    ],
    # a language without a level, or no language named: left to the coordinator
    "Tagalog, some Spanish": [],
    "I speak several": [],
}

# (kind, summary, record_kind) as the old code wrote them, and the (kind, data) each becomes.
OLD_ENTRIES = [
    (("submission", "inquiry", "inquiry"), ("submission", {"form": "inquiry"})),
    (("submission", "onboarding", "onboarding"), ("submission", {"form": "onboarding"})),
    (("submission", "inquiry", ""), ("submission", {"text": "inquiry"})),
    (("stage", "new → contacted", ""), ("stage", {"from": "new", "to": "contacted"})),
    (("stage", "proposal → odd", ""), ("stage", {"from": "proposal", "to": "odd"})),
    (("stage", "no arrow", ""), ("stage", {"text": "no arrow"})),
    (("assignment", "alice", ""), ("assignment", {"assignee": "alice"})),
    (("assignment", "—", ""), ("assignment", {"assignee": None})),
    (("note", "follow-up:2030-01-10", ""), ("follow_up", {"date": "2030-01-10"})),
    (("note", "follow-up:—", ""), ("follow_up", {"date": None})),
    (("note", "merged:Other Co., Ltd.", ""), ("merged", {"name": "Other Co., Ltd."})),
    (("note", "split:サンプル株式会社", ""), ("split", {"name": "サンプル株式会社"})),
    (("note", "notes", ""), ("notes", {})),
    (("note", "Called back", ""), ("note", {"text": "Called back"})),
    (("email_sent", "staff", ""), ("email_sent", {"purpose": "staff"})),
    (("email_failed", "confirmation", ""), ("email_failed", {"purpose": "confirmation"})),
    (("email_sent", "unknown", ""), ("email_sent", {"purpose": "unknown"})),
    (("download", "Guide for companies", ""), ("download", {"title": "Guide for companies"})),
]


def old_display(kind: str, summary: str, record_kind: str) -> str:
    """What the timeline showed before the move (the old string protocol, parsed)."""
    if kind == "stage" and "→" in summary:
        labels = dict(Stage.choices)
        old, new = (part.strip() for part in summary.split("→", 1))
        return f"{labels.get(old, old)} → {labels.get(new, new)}"
    if kind == "submission" and record_kind in FormKind.values:
        return str(FormKind(record_kind).label)
    if kind in ("email_sent", "email_failed"):
        return str(dict(OutboundEmail.Purpose.choices).get(summary, summary))
    if kind == "note" and summary.startswith("follow-up:"):
        day = summary.removeprefix("follow-up:")
        if day != "—":  # a date is shown on the one clock
            day = staff_date(datetime.date.fromisoformat(day))
        return f"{translation.gettext('next follow-up')}: {day}"
    if kind == "note" and summary.startswith("merged:"):
        return f"{translation.gettext('Merged in the lead')} {summary.removeprefix('merged:')}"
    if kind == "note" and summary.startswith("split:"):
        moved = translation.gettext("A submission moved to the new lead")
        return f"{moved} {summary.removeprefix('split:')}"
    if kind == "note" and summary == "notes":
        return translation.gettext("Notes updated")
    return summary


def migrate(targets=None) -> ProjectState:
    """Migrates to ``targets`` (default: the latest) and answers the state the database
    is then in, whose ``apps`` are the models of then."""
    executor = MigrationExecutor(connection)
    state = executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return state


# Groups a later migration (inquiries 0013: retry and cancel in the outbox) grants the
# outbox's change permission, which migrating forward to the latest state also applies.
OUTBOX_ACTIONS_GRANTED_LATER = ("Lead staff", "Coordinators", "Privacy officer")
# Company reports, granted by participants/migrations/0006_report_permissions.
REPORT_GRANTS_LATER = {
    "Lead staff": {("participants", "view_reportsend"), ("participants", "add_reportsend")},
    "Coordinators": {("participants", "view_reportsend")},
    "Privacy officer": {("participants", "view_reportsend")},
}


def grants() -> dict[str, set[tuple[str, str]]]:
    return {
        group.name: set(group.permissions.values_list("content_type__app_label", "codename"))
        for group in Group.objects.all()
    }


def build_old_rows(apps) -> dict:
    """Rows in the tables as they were before the move, through the models of then."""
    Locale = apps.get_model("wagtailcore", "Locale")
    User = apps.get_model("auth", "User")
    OldOrganization = apps.get_model("inquiries", "Organization")
    OldContact = apps.get_model("inquiries", "Contact")
    OldEntry = apps.get_model("inquiries", "TimelineEntry")
    OldInquiry = apps.get_model("inquiries", "Inquiry")
    OldContentType = apps.get_model("contenttypes", "ContentType")
    OldLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    locale = Locale.objects.get(language_code="ja")
    user = User.objects.create(username=f"migration-{uuid.uuid4().hex[:8]}")
    lead = OldOrganization.objects.create(
        name="サンプル株式会社",
        normalised_name="サンプル",
        email_domain="sample.example",
        stage="proposal",
        lost_reason="",
        assignee=user,
        next_follow_up=datetime.date(2030, 1, 10),
        notes="Called twice",
        source="inquiry",
        locale=locale,
        created_at=WHEN,
        touched_at=WHEN + datetime.timedelta(days=1),
    )
    other = OldOrganization.objects.create(
        name="Other Co., Ltd.",
        normalised_name="other",
        stage="lost",
        lost_reason="No budget",
        source="onboarding",
        locale=locale,
        created_at=WHEN,
        touched_at=WHEN,
    )
    contact = OldContact.objects.create(
        organization=lead, name="Ann", email="ann@sample.example", phone="03-1234-5678"
    )
    OldContact.objects.create(organization=other, name="Bob", email="bob@other.example")
    inquiry = OldInquiry.objects.create(
        token=uuid.uuid4(),
        locale=locale,
        consent_version="2026-11",
        fingerprint="f" * 64,
        company=lead.name,
        name="Ann",
        email="ann@sample.example",
        topic="costs",
        message="How much?",
        organization=lead,
        contact=contact,
    )
    for index, ((kind, summary, record_kind), _typed) in enumerate(OLD_ENTRIES):
        OldEntry.objects.create(
            organization=lead if index % 3 else other,
            kind=kind,
            summary=summary,
            actor=user if index % 2 else None,
            record_kind=record_kind,
            record_id=inquiry.pk if record_kind else None,
            created_at=WHEN + datetime.timedelta(minutes=index),
        )
    log = OldLogEntry.objects.create(
        content_type=OldContentType.objects.get(app_label="inquiries", model="organization"),
        label=lead.name,
        action="wagtail.edit",
        data={},
        timestamp=WHEN,
        object_id=str(lead.pk),
        user=user,
    )
    return {
        "user": user.pk,
        "organizations": list(OldOrganization.objects.order_by("pk").values()),
        "contacts": list(OldContact.objects.order_by("pk").values()),
        "entries": list(OldEntry.objects.order_by("pk").values()),
        "inquiry": (inquiry.pk, lead.pk, contact.pk),
        "log": log.pk,
        "content_types": {
            model: OldContentType.objects.get(app_label="inquiries", model=model).pk
            for model in MOVED
        },
    }


def remove(rows: dict) -> None:
    Inquiry.objects.filter(pk=rows["inquiry"][0]).delete()
    Organization.objects.filter(pk__in=[row["id"] for row in rows["organizations"]]).delete()
    ModelLogEntry.objects.filter(pk=rows["log"]).delete()
    get_user_model().objects.filter(pk=rows["user"]).delete()


def make_registrations() -> dict:
    """Registrations as people make them today: the ones whose text is written on the
    way down, one made with rows, one naming only Japanese."""
    # A transactional test earlier on this worker may have emptied the tables.
    for code in ("ja", "en", "ne"):
        Locale.objects.get_or_create(language_code=code)
    return {
        "written": [ParticipantRegistrationFactory(languages=[]).pk for _text in WRITTEN],
        "made_with_rows": ParticipantRegistrationFactory(
            languages=[
                {"language": "ne", "level": "native"},
                {"language": "en", "level": "conversational"},
            ]
        ).pk,
        "only_japanese": ParticipantRegistrationFactory(languages=[]).pk,
    }


def every_pk(registrations: dict) -> list[int]:
    return [
        *registrations.get("written", ()),
        *(
            registrations[key]
            for key in ("made_with_rows", "only_japanese")
            if key in registrations
        ),
    ]


def write_languages_as_text(apps, registrations: dict) -> None:
    """Before ``inquiries.0014``: a registration made with rows has them as text, and
    the others are given the texts people wrote."""
    Old = apps.get_model("inquiries", "ParticipantRegistration")
    assert Old.objects.get(pk=registrations["made_with_rows"]).languages == (
        "ne (native), en (conversational)"
    )
    assert Old.objects.get(pk=registrations["only_japanese"]).languages == ""
    for pk, text in zip(registrations["written"], WRITTEN, strict=True):
        Old.objects.filter(pk=pk).update(languages=text)


def check_languages_became_rows(registrations: dict) -> None:
    for pk, (text, rows) in zip(registrations["written"], WRITTEN.items(), strict=True):
        record = ParticipantRegistration.objects.get(pk=pk)
        assert record.languages == rows, text
        assert record.languages_note == text  # kept for the coordinator
    made_with_rows = ParticipantRegistration.objects.get(pk=registrations["made_with_rows"])
    assert made_with_rows.languages == [
        {"language": "ne", "level": "native"},
        {"language": "en", "level": "conversational"},
    ]
    only_japanese = ParticipantRegistration.objects.get(pk=registrations["only_japanese"])
    assert (only_japanese.languages, only_japanese.languages_note) == ([], "")
    # every other answer is untouched and the new questions have their defaults
    first = ParticipantRegistration.objects.get(pk=registrations["written"][0])
    assert first.capacity == 1 and first.company_code == ""


def check_languages_text_restored(apps, registrations: dict) -> None:
    Old = apps.get_model("inquiries", "ParticipantRegistration")
    back = dict(Old.objects.filter(pk__in=registrations["written"]).values_list("pk", "languages"))
    assert [back[pk] for pk in registrations["written"]] == list(WRITTEN)


def make_memo_leads(apps) -> list[int]:
    """Before ``leads.0004``: a lead with a memo of every awkward sort, one without."""
    OldOrganization = apps.get_model("leads", "Organization")
    locale = apps.get_model("wagtailcore", "Locale").objects.get(language_code="ja")
    touched = WHEN + datetime.timedelta(days=3)
    return [
        OldOrganization.objects.create(
            name=name, source="inquiry", locale=locale, notes=memo, touched_at=touched
        ).pk
        for name, memo in (("With memo", MEMO), ("Without", ""))
    ]


def check_memo_became_the_first_note(pks: list[int]) -> None:
    """Each memo is kept verbatim as the lead's first note (no author: nobody knows who
    wrote it; its time: when the lead was last handled)."""
    note = LeadNote.objects.get(organization__in=pks)
    assert (note.organization_id, note.body) == (pks[0], MEMO)
    assert note.author is None and note.created_at == WHEN + datetime.timedelta(days=3)
    assert not note.revisions.exists()


def check_memo_restored(apps, pks: list[int]) -> None:
    OldOrganization = apps.get_model("leads", "Organization")
    restored = dict(OldOrganization.objects.filter(pk__in=pks).values_list("pk", "notes"))
    assert restored == {pks[0]: MEMO, pks[1]: ""}


def check_the_pipeline_moved(rows: dict, old_grants: dict) -> None:
    tables = connection.introspection.table_names()
    assert {"leads_organization", "leads_contact", "leads_timelineentry"} <= set(tables)
    assert not {"inquiries_organization", "inquiries_contact"} & set(tables)
    ours = [row["id"] for row in rows["organizations"]]
    memos = {row["id"]: row.pop("notes") for row in rows["organizations"]}
    # Every old column holds what it held (later migrations add columns).
    old_columns = list(rows["organizations"][0])
    assert (
        list(Organization.objects.filter(pk__in=ours).order_by("pk").values(*old_columns))
        == (rows["organizations"])
    )
    # No old lead was a member, so none was given an enrolment code.
    assert not Organization.objects.filter(pk__in=ours).exclude(enrolment_code=None).exists()
    # The memo is now the lead's first note (see check_memo_became_the_first_note).
    notes = LeadNote.objects.filter(organization__in=ours)
    assert {n.organization_id: n.body for n in notes} == {
        pk: memo for pk, memo in memos.items() if memo
    }
    assert (
        list(Contact.objects.filter(organization__in=ours).order_by("pk").values())
        == (rows["contacts"])
    )
    entries = list(TimelineEntry.objects.filter(organization__in=ours).order_by("pk"))
    assert len(entries) == len(OLD_ENTRIES) == len(rows["entries"])
    for entry, old, ((kind, summary, record_kind), (new_kind, data)) in zip(
        entries, rows["entries"], OLD_ENTRIES, strict=True
    ):
        kept = {k: v for k, v in old.items() if k not in ("summary", "kind")}
        assert {k: getattr(entry, k) for k in kept} == kept
        assert (entry.kind, entry.data) == (new_kind, data), summary
        for language in ("ja", "en", "ne"):
            with translation.override(language):
                shown = entry.display_summary
                assert shown == old_display(kind, summary, record_kind), (language, shown)
                # The "what" column reads as it did: a note of any sort is "Note".
                assert entry.get_kind_display() == dict(TimelineEntry.Kind.choices)[kind]

    inquiry_pk, lead_pk, contact_pk = rows["inquiry"]
    inquiry = Inquiry.objects.select_related("organization", "contact").get(pk=inquiry_pk)
    assert (inquiry.organization.pk, inquiry.contact.pk) == (lead_pk, contact_pk)
    assert inquiry.organization.name == "サンプル株式会社"
    assert Organization.objects.get(pk=lead_pk).inquiry_set.get() == inquiry

    for model, pk in rows["content_types"].items():
        moved = ContentType.objects.get(pk=pk)
        assert (moved.app_label, moved.model) == ("leads", model)
    assert not ContentType.objects.filter(app_label="inquiries", model__in=MOVED).exists()
    log = ModelLogEntry.objects.get(pk=rows["log"])
    assert log.content_type.model_class() is Organization

    moved_codenames = {f"{action}_{model}" for action in ACTIONS for model in MOVED}
    expected = {
        name: {
            ("leads" if codename in moved_codenames else app, codename) for app, codename in granted
        }
        for name, granted in old_grants.items()
    }
    for name in OUTBOX_ACTIONS_GRANTED_LATER:
        expected[name].add(("inquiries", "change_outboundemail"))
    for name, later in REPORT_GRANTS_LATER.items():
        expected[name] |= later
    assert ("inquiries", "change_organization") in old_grants["Lead staff"]
    assert grants() == expected
    staff = get_user_model().objects.get(pk=rows["user"])
    staff.groups.add(Group.objects.get(name="Lead staff"))
    staff = get_user_model().objects.get(pk=rows["user"])
    assert staff.has_perm("leads.change_organization")
    assert staff.has_perm("leads.view_timelineentry")
    assert not staff.has_perm("leads.delete_organization")


def test_the_data_migrations_keep_every_row_forwards_and_back(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        rows: dict = {}
        registrations: dict = {}
        memo_leads: list[int] = []
        try:
            registrations = make_registrations()

            state = migrate(BEFORE_THE_MOVE)
            tables = connection.introspection.table_names()
            assert "inquiries_organization" in tables and "leads_organization" not in tables
            old_grants = grants()
            rows = build_old_rows(state.apps)
            write_languages_as_text(state.apps, registrations)

            state = migrate(BEFORE_THE_NOTES)
            memo_leads = make_memo_leads(state.apps)

            migrate()
            check_the_pipeline_moved(rows, old_grants)
            check_memo_became_the_first_note(memo_leads)
            check_languages_became_rows(registrations)

            state = migrate(BEFORE_THE_NOTES)
            check_memo_restored(state.apps, memo_leads)
            check_languages_text_restored(state.apps, registrations)
        finally:
            migrate()
            if rows:
                remove(rows)
            Organization.objects.filter(pk__in=memo_leads).delete()
            ParticipantRegistration.objects.filter(pk__in=every_pk(registrations)).delete()
