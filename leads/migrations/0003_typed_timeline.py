"""Timeline entries keep a kind and structured data instead of a coded summary.

Old summaries are read once, here: "old → new" stage changes, "follow-up:<date>",
"merged:<name>", "split:<name>" and "notes" notes, email purposes, material titles
and assignees become data, so every old entry reads as it did. A summary that
follows none of these keeps its text.
"""

from django.db import migrations, models

FORMS = {"inquiry", "material_request", "onboarding", "registration"}
NOTE_PREFIXES = {"follow-up:": "follow_up", "merged:": "merged", "split:": "split"}


def typed(kind: str, summary: str, record_kind: str) -> tuple[str, dict]:
    if kind == "stage" and "→" in summary:
        old, new = (part.strip() for part in summary.split("→", 1))
        return kind, {"from": old, "to": new}
    if kind == "submission" and record_kind in FORMS:
        return kind, {"form": record_kind}
    if kind in ("email_sent", "email_failed"):
        return kind, {"purpose": summary}
    if kind == "assignment":
        return kind, {"assignee": None if summary == "—" else summary}
    if kind == "download":
        return kind, {"title": summary}
    if kind == "note":
        for prefix, note in NOTE_PREFIXES.items():
            if summary.startswith(prefix):
                value = summary.removeprefix(prefix)
                if note == "follow_up":
                    return note, {"date": None if value == "—" else value}
                return note, {"name": value}
        if summary == "notes":
            return "notes", {}
    return kind, {"text": summary}


def summary_of(kind: str, data: dict) -> tuple[str, str]:
    if "text" in data:
        return kind, data["text"]
    if kind == "stage":
        return kind, f"{data.get('from')} → {data.get('to')}"
    if kind == "submission":
        return kind, data.get("form", "")
    if kind in ("email_sent", "email_failed"):
        return kind, data.get("purpose", "")
    if kind == "assignment":
        return kind, data.get("assignee") or "—"
    if kind == "download":
        return kind, data.get("title", "")
    if kind == "follow_up":
        return "note", f"follow-up:{data.get('date') or '—'}"
    if kind in ("merged", "split"):
        return "note", f"{kind}:{data.get('name', '')}"
    if kind == "notes":
        return "note", "notes"
    return kind, ""


def forwards(apps, schema_editor):
    TimelineEntry = apps.get_model("leads", "TimelineEntry")
    entries = TimelineEntry.objects.using(schema_editor.connection.alias)
    for entry in entries.iterator():
        entry.kind, entry.data = typed(entry.kind, entry.summary, entry.record_kind)
        entry.save(update_fields=["kind", "data"])


def backwards(apps, schema_editor):
    TimelineEntry = apps.get_model("leads", "TimelineEntry")
    entries = TimelineEntry.objects.using(schema_editor.connection.alias)
    for entry in entries.iterator():
        entry.kind, summary = summary_of(entry.kind, entry.data)
        entry.summary = summary[:300]
        entry.save(update_fields=["kind", "summary"])


class Migration(migrations.Migration):
    dependencies = [("leads", "0002_tables_renamed")]

    operations = [
        migrations.AddField(
            model_name="timelineentry",
            name="data",
            field=models.JSONField(blank=True, default=dict),
        ),
        migrations.AlterField(
            model_name="timelineentry",
            name="kind",
            field=models.CharField(
                choices=[
                    ("submission", "Submission"),
                    ("stage", "Stage changed"),
                    ("assignment", "Assigned"),
                    ("follow_up", "Note"),
                    ("notes", "Note"),
                    ("merged", "Note"),
                    ("split", "Note"),
                    ("note", "Note"),
                    ("email_sent", "Email sent"),
                    ("email_failed", "Email failed"),
                    ("download", "Material downloaded"),
                ],
                max_length=20,
                verbose_name="what",
            ),
        ),
        migrations.RunPython(forwards, backwards),
        migrations.RemoveField(model_name="timelineentry", name="summary"),
    ]
