from django.db import migrations, models


def give_members_codes(apps, schema_editor):
    from leads.rules import new_enrolment_code

    Organization = apps.get_model("leads", "Organization")
    taken = set(
        Organization.objects.exclude(enrolment_code=None).values_list("enrolment_code", flat=True)
    )
    for organization in Organization.objects.filter(stage="member", enrolment_code=None):
        code = new_enrolment_code()
        while code in taken:
            code = new_enrolment_code()
        taken.add(code)
        organization.enrolment_code = code
        organization.save(update_fields=["enrolment_code"])


class Migration(migrations.Migration):
    dependencies = [("leads", "0004_notes_log")]

    operations = [
        migrations.AddField(
            model_name="organization",
            name="enrolment_code",
            field=models.CharField(
                blank=True,
                editable=False,
                help_text="Given when the company becomes a member: its employees' registrations carry it and attach to the company.",
                max_length=12,
                null=True,
                unique=True,
                verbose_name="enrolment code",
            ),
        ),
        migrations.RunPython(give_members_codes, migrations.RunPython.noop),
    ]
