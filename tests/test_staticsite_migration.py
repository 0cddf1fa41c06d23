"""A static-export task queued before the export moved to its own app still runs."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django_tasks_db.models import DBTaskResult

from staticsite.tasks import refresh_static_site

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("staticsite.migrations.0001_queued_tasks_follow_the_move")


def test_a_task_queued_under_the_old_path_follows_the_task(settings, tmp_path):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    result = refresh_static_site.enqueue(changes=[])
    DBTaskResult.objects.filter(pk=result.id).update(task_path="home.tasks.refresh_static_site")
    other = refresh_static_site.enqueue(changes=[])
    DBTaskResult.objects.filter(pk=other.id).update(task_path="home.tasks.something_else")

    MIGRATION.forwards(apps, None)

    moved = DBTaskResult.objects.get(pk=result.id)
    assert moved.task_path == "staticsite.tasks.refresh_static_site"
    assert moved.task.func is refresh_static_site.func  # the worker can import and run it
    assert DBTaskResult.objects.get(pk=other.id).task_path == "home.tasks.something_else"
    MIGRATION.backwards(apps, None)
    assert DBTaskResult.objects.get(pk=result.id).task_path == "home.tasks.refresh_static_site"
