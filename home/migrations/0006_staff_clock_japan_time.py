# One clock for staff: every admin screen shows Japan time. The profile no longer offers
# a time zone (WAGTAIL_USER_TIME_ZONES); one chosen before is cleared here, so Wagtail's
# own screens (listings, history) keep to Japan time for every user too.

from django.db import migrations


def clear_time_zones(apps, schema_editor):
    UserProfile = apps.get_model("wagtailusers", "UserProfile")
    UserProfile.objects.exclude(current_time_zone="").update(current_time_zone="")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_signinfailure_to_accounts"),
        ("wagtailusers", "0015_userprofile_keyboard_shortcuts"),
    ]

    operations = [migrations.RunPython(clear_time_zones, migrations.RunPython.noop)]
