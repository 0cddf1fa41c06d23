"""Who may route personal data, and who sees which emails of the outbox.

Changing the notification recipients (site settings and intake pages) sends personal
data somewhere: only the Privacy officer, who may see all of it, gets that permission
(with the site settings screen to use it on). Editors keep the other settings.
Coordinators see the outbox too; the outbox shows each user only the emails about the
records they may see (Coordinators: registrations'; Lead staff: the leads').
"""

from django.db import migrations

GRANTS = {
    "Privacy officer": [
        ("home", "change_personal_data_routing"),
        ("home", "view_sitesettings"),
        ("home", "change_sitesettings"),
    ],
    "Coordinators": [("inquiries", "view_outboundemail")],
}


def _permissions(apps, app_label, codename):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None
    return apps.get_model("auth.Permission").objects.filter(
        content_type__app_label=app_label, codename=codename
    )


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    for name, permissions in GRANTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for app_label, codename in permissions:
            group.permissions.add(*_permissions(apps, app_label, codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    for name, permissions in GRANTS.items():
        for group in Group.objects.filter(name=name):
            for app_label, codename in permissions:
                group.permissions.remove(
                    *Permission.objects.filter(
                        content_type__app_label=app_label, codename=codename
                    )
                )


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0010_outbound_email_claim"),
        ("home", "0004_personal_data_routing_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
