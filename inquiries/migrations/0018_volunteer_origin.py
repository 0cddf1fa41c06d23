"""The volunteer rule reads origin (born and raised outside Japan), not nationality.

Registrations from before the question keep ``origin`` blank ("not asked"): nothing
they answered says where they were born and raised. Only one group's acceptance rested
on the old reading: volunteers of Japanese nationality who have not lived here 10 years
or lack fluent Japanese (a naturalised volunteer born and raised abroad, or a returnee).
Those that are still open are flagged for a coordinator to check the rule with them.
Foreign nationals already met the stricter rule; supported employees are not asked.
"""

from django.db import migrations, models

# As participants.views.FLAG_REASONS knows it (shown in the reader's language).
REASON = "volunteer registered before the origin question: check the volunteer rule"
FLUENT = ("native", "fluent")
CLOSED = ("closed", "withdrawn", "not_eligible")


def flag_unchecked_volunteers(apps, schema_editor):
    Registration = apps.get_model("inquiries", "ParticipantRegistration")
    unchecked = (
        Registration.objects.filter(role="volunteer", nationality="JP", origin="", is_spam=False)
        .filter(models.Q(years_in_japan__lt=10) | ~models.Q(japanese_level__in=FLUENT))
        .exclude(status__in=CLOSED)
        .exclude(needs_review=True)
    )
    unchecked.update(needs_review=True, review_reason=REASON)


def unflag(apps, schema_editor):
    Registration = apps.get_model("inquiries", "ParticipantRegistration")
    Registration.objects.filter(review_reason=REASON).update(needs_review=False, review_reason="")


class Migration(migrations.Migration):
    dependencies = [
        ("inquiries", "0017_outbox_purpose_for_the_survey"),
    ]

    operations = [
        migrations.AddField(
            model_name="participantregistration",
            name="origin",
            field=models.CharField(
                blank=True,
                choices=[
                    ("japan", "No: I was born or raised in Japan"),
                    ("abroad", "Yes: I was born and raised outside Japan"),
                ],
                help_text=(
                    "Asked of volunteers (the rule for volunteers of foreign origin); blank "
                    "when not asked: supported employees, and volunteers who registered "
                    "before the question."
                ),
                max_length=10,
                verbose_name="born and raised outside Japan",
            ),
        ),
        migrations.RunPython(flag_unchecked_volunteers, unflag),
    ]
