"""Two coordinators proposing a volunteer's last place at the same moment make one pair.

The two proposals run in threads, each on its own connection, so the rows they read
must be committed: this test works outside the per-test transaction. It does not use
pytest-django's transactional database either, whose teardown empties every table
(the site's content included) for the tests after it on the same worker; it removes
what it made instead, and checks that every table holds as many rows as before.
"""

from __future__ import annotations

import threading

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import connection
from django_tasks_db.models import DBTaskResult

from inquiries.models import OutboundEmail
from participants import pairs
from participants.models import Pair
from tests.support.factories import QueuedSupportedFactory, ScreenedVolunteerFactory


def row_counts() -> dict[str, int]:
    return {
        model._meta.label: model._base_manager.count()
        for model in apps.get_models()
        if model._meta.managed and not model._meta.proxy
    }


def task_ids() -> set:
    return set(DBTaskResult.objects.values_list("pk", flat=True))


def remove(registrations, tasks_before: set) -> None:
    """The pair, its emails and the tasks that would send them, then the people."""
    ids = [registration.pk for registration in registrations]
    Pair.objects.filter(volunteer_id__in=ids).delete()
    OutboundEmail.objects.filter(record_id__in=ids).delete()
    for registration in registrations:
        registration.delete()
    DBTaskResult.objects.exclude(pk__in=tasks_before).delete()


def test_two_coordinators_proposing_the_last_place_at_once_make_one_pair(
    django_db_setup, django_db_blocker
):
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite serialises every write")
    with django_db_blocker.unblock():
        before, tasks_before = row_counts(), task_ids()
        made = []
        try:
            volunteer = ScreenedVolunteerFactory(capacity=1)
            made.append(volunteer)
            people = [QueuedSupportedFactory(), QueuedSupportedFactory()]
            made.extend(people)
            barrier = threading.Barrier(2)
            outcomes = []

            def run(supported):
                barrier.wait()
                try:
                    pairs.propose(supported, volunteer, by=None)
                    outcomes.append("made")
                except ValidationError:
                    outcomes.append("refused")
                finally:
                    connection.close()

            threads = [threading.Thread(target=run, args=(person,)) for person in people]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            assert sorted(outcomes) == ["made", "refused"]
            assert Pair.objects.filter(volunteer=volunteer).count() == 1
        finally:
            remove(made, tasks_before)
        assert row_counts() == before
