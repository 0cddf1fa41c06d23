"""Moving the failed sign-ins from home to accounts keeps every row and the content type
(so its permissions, and any group granted them, still point at the model)."""

from __future__ import annotations

import contextlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from accounts.models import SignInFailure

MOVE = ("home", "0005_signinfailure_to_accounts")  # renames the table to accounts'

# Schema changes need a real transaction per migration (SQLite refuses them inside the
# test's own), and the teardown's flush is limited to the accounts' table, so the site
# content the other tests share survives.
pytestmark = pytest.mark.django_db(transaction=True, available_apps=["accounts"])


@contextlib.contextmanager
def every_app():
    """The migration loader reads every app's migrations, not just the test's apps."""
    available = [config.name for config in apps.get_app_configs()]
    apps.unset_available_apps()
    try:
        yield
    finally:
        apps.set_available_apps(available)


def migrate(targets=None) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.migrate(targets or executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    return executor


def test_a_failure_recorded_before_the_move_is_still_there_after_it():
    with every_app():
        loader = MigrationExecutor(connection).loader
        before = [key for key in loader.get_migration(*MOVE).dependencies if key[0] == MOVE[0]]
        content_type = ContentType.objects.get(app_label="accounts", model="signinfailure")
        permission = Permission.objects.get(
            content_type=content_type, codename="view_signinfailure"
        )
        try:
            executor = migrate(before)
            old = executor.loader.project_state(before).apps
            assert "home_signinfailure" in connection.introspection.table_names()
            at = timezone.now().replace(microsecond=0)
            row = old.get_model("home", "SignInFailure").objects.create(key="k" * 64, at=at)
            assert ContentType.objects.get(pk=content_type.pk).app_label == "home"
        finally:
            migrate()  # the database is left fully migrated, whatever happens
    kept = SignInFailure.objects.get(pk=row.pk)
    assert (kept.key, kept.at) == ("k" * 64, at)
    moved = ContentType.objects.get(pk=content_type.pk)
    assert (moved.app_label, moved.model) == ("accounts", "signinfailure")
    assert Permission.objects.get(pk=permission.pk).content_type == moved
    assert SignInFailure._meta.db_table in connection.introspection.table_names()
