"""Lets Wagtail's Editors and Moderators groups edit the site's snippets.

Wagtail gives these groups the page tree, images and documents; the FAQ items,
materials and site settings are content too, so editors need them as well.
"""

from django.db import migrations

SNIPPETS = {"faq": ["faqitem"], "programs": ["material"], "home": ["sitesettings"]}
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    for app_label in SNIPPETS:
        app_config = apps.get_app_config(app_label)
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None

    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(
        content_type__app_label__in=list(SNIPPETS),
        content_type__model__in=[model for models in SNIPPETS.values() for model in models],
        codename__regex=r"^(%s)_" % "|".join(ACTIONS),
    )
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.add(*permissions)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    permissions = Permission.objects.filter(content_type__app_label__in=list(SNIPPETS))
    for group in Group.objects.filter(name__in=["Editors", "Moderators"]):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("faq", "0001_initial"),
        ("programs", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
