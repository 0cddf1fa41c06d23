"""The moved tables take this app's names (``leads_organization`` and so on); their
rows, keys and the foreign keys that point at them stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("leads", "0001_initial"),
        ("inquiries", "0012_pipeline_moved_to_leads"),
    ]

    operations = [
        migrations.AlterModelTable(name="organization", table=None),
        migrations.AlterModelTable(name="contact", table=None),
        migrations.AlterModelTable(name="timelineentry", table=None),
    ]
