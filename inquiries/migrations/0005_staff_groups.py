"""The staff groups and what each may see.

Editors (Wagtail's own group) keep the content and never see personal data; Lead
staff work the pipeline; Coordinators the participant queue; the Privacy officer
sees everything held and may delete it (exports and erasure).
"""

from django.db import migrations

LEAD_MODELS = ["organization", "contact", "timelineentry", "inquiry", "materialrequest",
               "onboardingrequest", "materialdownload"]
GROUPS = {
    "Lead staff": {
        "view": LEAD_MODELS + ["outboundemail"],
        "change": ["organization", "contact", "inquiry", "materialrequest",
                   "onboardingrequest"],
    },
    "Coordinators": {
        "view": ["participantregistration"],
        "change": ["participantregistration"],
    },
    "Privacy officer": {
        "view": LEAD_MODELS + ["participantregistration", "outboundemail"],
        "change": [],
        "delete": LEAD_MODELS + ["participantregistration", "outboundemail"],
    },
}


def create_groups(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("inquiries")
    app_config.models_module = True
    create_permissions(app_config, verbosity=0, apps=apps)
    app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin",
                                          codename="access_admin")
    for name, grants in GROUPS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for action, models in grants.items():
            group.permissions.add(*Permission.objects.filter(
                content_type__app_label="inquiries",
                codename__in=[f"{action}_{model}" for model in models],
            ))


def remove_groups(apps, schema_editor):
    apps.get_model("auth.Group").objects.filter(name__in=list(GROUPS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0004_lead_pipeline"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
