"""Notes become a log: the single memo (``Organization.notes``), which each save
overwrote, is now entries (``LeadNote``) whose edits keep the text they replace
(``NoteRevision``).

Each lead's memo becomes its first note, verbatim, with no author (nobody knows who
wrote which line) and the time the lead was last handled (the latest moment the memo
can have been written). Going back joins a lead's notes, oldest first, into the memo.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def memo_to_first_note(apps, schema_editor):
    alias = schema_editor.connection.alias
    Organization = apps.get_model("leads", "Organization")
    LeadNote = apps.get_model("leads", "LeadNote")
    # values_list reads the column itself: on this model state the name "notes" is
    # also the reverse accessor of the new notes.
    memos = Organization.objects.using(alias).exclude(notes="").values_list(
        "pk", "notes", "touched_at"
    )
    LeadNote.objects.using(alias).bulk_create(
        LeadNote(organization_id=pk, author=None, body=memo, created_at=touched_at)
        for pk, memo, touched_at in memos.iterator()
    )


def notes_to_memo(apps, schema_editor):
    alias = schema_editor.connection.alias
    Organization = apps.get_model("leads", "Organization")
    LeadNote = apps.get_model("leads", "LeadNote")
    memos: dict[int, list[str]] = {}
    for lead, body in (
        LeadNote.objects.using(alias)
        .order_by("created_at", "pk")
        .values_list("organization_id", "body")
    ):
        memos.setdefault(lead, []).append(body)
    for lead, bodies in memos.items():
        Organization.objects.using(alias).filter(pk=lead).update(notes="\n\n".join(bodies))


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0003_typed_timeline"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="LeadNote",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("body", models.TextField(verbose_name="note")),
                (
                    "created_at",
                    models.DateTimeField(
                        db_index=True,
                        default=django.utils.timezone.now,
                        verbose_name="written at",
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="author",
                    ),
                ),
                (
                    "organization",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notes",
                        to="leads.organization",
                        verbose_name="lead",
                    ),
                ),
            ],
            options={
                "verbose_name": "note",
                "verbose_name_plural": "notes",
                "ordering": ["-created_at", "-pk"],
            },
        ),
        migrations.CreateModel(
            name="NoteRevision",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("body", models.TextField(verbose_name="previous text")),
                (
                    "replaced_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="edited at"
                    ),
                ),
                (
                    "editor",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="edited by",
                    ),
                ),
                (
                    "note",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="revisions",
                        to="leads.leadnote",
                        verbose_name="note",
                    ),
                ),
            ],
            options={
                "verbose_name": "note revision",
                "verbose_name_plural": "note revisions",
                "ordering": ["-replaced_at", "-pk"],
            },
        ),
        migrations.RunPython(memo_to_first_note, notes_to_memo),
        migrations.RemoveField(model_name="organization", name="notes"),
    ]
