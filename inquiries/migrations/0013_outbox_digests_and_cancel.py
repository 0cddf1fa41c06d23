"""The outbox holds daily digests (about no one record) and cancelled emails, and the
staff who see emails may act on them: retry or cancel (the change permission; an email
has no edit form any more, see inquiries.viewsets.OutboundEmailViewSet).
"""

from django.db import migrations, models

ACTORS = ["Lead staff", "Coordinators", "Privacy officer"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("inquiries")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    change = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="inquiries", codename="change_outboundemail"
    )
    for group in apps.get_model("auth.Group").objects.filter(name__in=ACTORS):
        group.permissions.add(*change)


def revoke(apps, schema_editor):
    change = apps.get_model("auth.Permission").objects.filter(
        content_type__app_label="inquiries", codename="change_outboundemail"
    )
    for group in apps.get_model("auth.Group").objects.filter(name__in=ACTORS):
        group.permissions.remove(*change)


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0012_pipeline_moved_to_leads"),
    ]

    operations = [
        migrations.AlterField(
            model_name="outboundemail",
            name="form_kind",
            field=models.CharField(
                blank=True,
                choices=[
                    ("inquiry", "Inquiry"),
                    ("material_request", "Material request"),
                    ("onboarding", "Company onboarding request"),
                    ("registration", "Participant registration"),
                ],
                max_length=30,
                verbose_name="form",
            ),
        ),
        migrations.AlterField(
            model_name="outboundemail",
            name="purpose",
            field=models.CharField(
                choices=[
                    ("staff", "Staff notification"),
                    ("confirmation", "Confirmation to the sender"),
                    ("digest", "Daily digest to staff"),
                ],
                max_length=20,
                verbose_name="purpose",
            ),
        ),
        migrations.AlterField(
            model_name="outboundemail",
            name="record_id",
            field=models.PositiveBigIntegerField(blank=True, null=True, verbose_name="record"),
        ),
        migrations.AlterField(
            model_name="outboundemail",
            name="status",
            field=models.CharField(
                choices=[
                    ("pending", "Waiting to be sent"),
                    ("sending", "Being sent"),
                    ("sent", "Sent"),
                    ("failed", "Failed; retries exhausted"),
                    ("cancelled", "Cancelled by staff"),
                ],
                db_index=True,
                default="pending",
                max_length=10,
                verbose_name="status",
            ),
        ),
        migrations.RunPython(grant, revoke),
    ]
