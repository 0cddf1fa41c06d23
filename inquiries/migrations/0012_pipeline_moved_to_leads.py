"""The pipeline (leads, contacts, timeline) now belongs to the ``leads`` app.

The submissions' foreign keys point at the moved models (state only: the columns and
constraints stay), the models leave this app's state, and their content types move
with them, so that permissions, group grants, admin log entries and references keep
pointing at the same rows (``inquiries.view_organization`` becomes
``leads.view_organization``, granted to the same groups).
"""

import django.db.models.deletion
from django.db import migrations, models

MOVED = ["organization", "contact", "timelineentry"]


def _move(apps, schema_editor, source, target):
    ContentType = apps.get_model("contenttypes", "ContentType")
    types = ContentType.objects.db_manager(schema_editor.connection.alias)
    for model in MOVED:
        moving = types.filter(app_label=source, model=model).first()
        if moving is None:
            continue
        # A type created for the target before the move holds no grants of its own.
        types.filter(app_label=target, model=model).delete()
        moving.app_label = target
        moving.save(update_fields=["app_label"])


def forwards(apps, schema_editor):
    _move(apps, schema_editor, "inquiries", "leads")


def backwards(apps, schema_editor):
    _move(apps, schema_editor, "leads", "inquiries")


def _lead(model_name, related):
    target, verbose = {"organization": ("leads.organization", "lead"), "contact": ("leads.contact", "contact")}[related]  # noqa: E501
    return migrations.AlterField(
        model_name=model_name,
        name=related,
        field=models.ForeignKey(
            blank=True,
            null=True,
            on_delete=django.db.models.deletion.SET_NULL,
            related_name="%(class)s_set",
            to=target,
            verbose_name=verbose,
        ),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0011_routing_and_outbox_grants"),
        ("leads", "0001_initial"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                *(
                    _lead(model_name, related)
                    for model_name in ("inquiry", "materialrequest", "onboardingrequest")
                    for related in ("organization", "contact")
                ),
                migrations.DeleteModel(name="TimelineEntry"),
                migrations.DeleteModel(name="Contact"),
                migrations.DeleteModel(name="Organization"),
            ],
            database_operations=[],
        ),
        migrations.RunPython(forwards, backwards),
    ]
