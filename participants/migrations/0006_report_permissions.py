"""Who may see and send company reports.

A report shows aggregates only (k-anonymity, ``participants.reports``): Lead staff, who
look after the member companies, see and send them; Coordinators and the Privacy
officer see them. Seeing a report is the permission to view report sends; sending one
is the permission to add one. Neither lets anyone see a check-in's answers (those
follow the registrations' permission, which Lead staff do not have).
"""

from django.db import migrations

GRANTS = {
    "Lead staff": ["view_reportsend", "add_reportsend"],
    "Coordinators": ["view_reportsend"],
    "Privacy officer": ["view_reportsend"],
}


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("participants")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, codenames in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(
                content_type__app_label="participants", codename__in=codenames
            )
        )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label="participants",
        codename__in=["view_reportsend", "add_reportsend"],
    )
    for group in Group.objects.filter(name__in=list(GRANTS)):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0005_hours_corrections"),
        ("inquiries", "0005_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
