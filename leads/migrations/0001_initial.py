"""The pipeline's models, moved here from the intake (``inquiries``) with their rows.

Only the state moves: the tables stay where they are until
``inquiries.0012_pipeline_moved_to_leads`` hands them over and ``0002`` renames them.
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

STAGES = [
    ("new", "New"),
    ("contacted", "Contacted"),
    ("meeting", "Meeting scheduled"),
    ("proposal", "Proposal sent"),
    ("onboarding", "Onboarding"),
    ("member", "Member"),
    ("lost", "Lost"),
    ("spam", "Spam"),
]
SOURCES = [
    ("inquiry", "Inquiry"),
    ("material_request", "Material request"),
    ("onboarding", "Company onboarding request"),
    ("registration", "Participant registration"),
]
KINDS = [
    ("submission", "Submission"),
    ("stage", "Stage changed"),
    ("assignment", "Assigned"),
    ("note", "Note"),
    ("email_sent", "Email sent"),
    ("email_failed", "Email failed"),
    ("download", "Material downloaded"),
]


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("inquiries", "0011_routing_and_outbox_grants"),
        ("wagtailcore", "0098_apitoken"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Organization",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),  # noqa: E501
                        ("name", models.CharField(max_length=200, verbose_name="company")),
                        ("normalised_name", models.CharField(db_index=True, editable=False, max_length=200)),  # noqa: E501
                        ("email_domain", models.CharField(blank=True, db_index=True, max_length=200, verbose_name="email domain")),  # noqa: E501
                        ("stage", models.CharField(choices=STAGES, db_index=True, default="new", max_length=20, verbose_name="stage")),  # noqa: E501
                        ("lost_reason", models.CharField(blank=True, max_length=300, verbose_name="reason lost")),  # noqa: E501
                        ("next_follow_up", models.DateField(blank=True, null=True, verbose_name="next follow-up")),  # noqa: E501
                        ("notes", models.TextField(blank=True, verbose_name="notes")),
                        ("source", models.CharField(choices=SOURCES, max_length=30, verbose_name="first contact through")),  # noqa: E501
                        ("created_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="created at")),  # noqa: E501
                        ("touched_at", models.DateTimeField(default=django.utils.timezone.now, help_text="When staff last did something with the lead.", verbose_name="last handled")),  # noqa: E501
                        ("assignee", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="assignee")),  # noqa: E501
                        ("locale", models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale", verbose_name="language")),  # noqa: E501
                    ],
                    options={
                        "verbose_name": "lead",
                        "verbose_name_plural": "leads",
                        "ordering": ["-created_at"],
                        "db_table": "inquiries_organization",
                    },
                ),
                migrations.CreateModel(
                    name="Contact",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),  # noqa: E501
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        ("email", models.EmailField(db_index=True, max_length=254, verbose_name="email")),  # noqa: E501
                        ("phone", models.CharField(blank=True, max_length=30, verbose_name="phone")),  # noqa: E501
                        ("created_at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="created at")),  # noqa: E501
                        ("organization", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="contacts", to="leads.organization", verbose_name="lead")),  # noqa: E501
                    ],
                    options={
                        "verbose_name": "contact",
                        "verbose_name_plural": "contacts",
                        "db_table": "inquiries_contact",
                    },
                ),
                migrations.CreateModel(
                    name="TimelineEntry",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),  # noqa: E501
                        ("kind", models.CharField(choices=KINDS, max_length=20, verbose_name="what")),  # noqa: E501
                        ("summary", models.CharField(max_length=300, verbose_name="summary")),
                        ("record_kind", models.CharField(blank=True, max_length=30)),
                        ("record_id", models.PositiveBigIntegerField(blank=True, null=True)),
                        ("created_at", models.DateTimeField(db_index=True, default=django.utils.timezone.now, verbose_name="when")),  # noqa: E501
                        ("actor", models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL, verbose_name="by")),  # noqa: E501
                        ("organization", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="timeline", to="leads.organization", verbose_name="lead")),  # noqa: E501
                    ],
                    options={
                        "verbose_name": "timeline entry",
                        "verbose_name_plural": "timeline entries",
                        "ordering": ["-created_at", "-pk"],
                        "db_table": "inquiries_timelineentry",
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
