"""Health endpoints for load balancers and monitors."""

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_ready_when_the_database_answers_and_no_task_waits(client):
    DBTaskResult.objects.all().delete()
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "tasks": "ok"}


def test_not_ready_when_a_due_task_has_waited_too_long(client, settings):
    from inquiries.tasks import send_outbound_email

    DBTaskResult.objects.all().delete()
    send_outbound_email.enqueue(0)
    settings.READYZ_MAX_TASK_AGE = 60
    assert client.get("/readyz").status_code == 200  # just queued
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=10))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "waited" in response.json()["checks"]["tasks"]
