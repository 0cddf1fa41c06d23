"""Tasks queued before the static export moved from ``home`` keep running: their path
in the task queue follows the task to ``staticsite.tasks``."""

from django.db import migrations

MOVED = {"home.tasks.refresh_static_site": "staticsite.tasks.refresh_static_site"}


def forwards(apps, schema_editor):
    task_results = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in MOVED.items():
        task_results.objects.filter(task_path=old).update(task_path=new)


def backwards(apps, schema_editor):
    task_results = apps.get_model("django_tasks_database", "DBTaskResult")
    for old, new in MOVED.items():
        task_results.objects.filter(task_path=new).update(task_path=old)


class Migration(migrations.Migration):
    dependencies = [("django_tasks_database", "0021_conditional_partial_index_ordering")]

    operations = [migrations.RunPython(forwards, backwards)]
