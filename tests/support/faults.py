"""Fault injection for the fault tests, loaded only by ``tests.support.fault_settings``.

A request carrying ``X-Fault: kill-after-commit`` kills its own gunicorn worker with
SIGKILL the moment the transaction that stored a submission commits: the record is
in the database, the client never gets an answer, and gunicorn starts a new worker.
"""

from __future__ import annotations

import os
import signal

from django.db import transaction
from django.db.models.signals import post_save


def _kill_after_commit(sender, instance, created, **kwargs):
    from inquiries.models import Submission

    if created and isinstance(instance, Submission):
        transaction.on_commit(lambda: os.kill(os.getpid(), signal.SIGKILL))


class FaultInjectionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.headers.get("X-Fault") != "kill-after-commit":
            return self.get_response(request)
        post_save.connect(_kill_after_commit, dispatch_uid="fault-kill-after-commit")
        try:
            return self.get_response(request)
        finally:
            post_save.disconnect(dispatch_uid="fault-kill-after-commit")
