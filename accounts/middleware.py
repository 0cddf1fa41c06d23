"""Sessions of signed-in staff end after ``STAFF_SESSION_IDLE_MINUTES`` without a
request (and, through ``SESSION_COOKIE_AGE``, after a working day)."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib.auth import logout

IDLE_KEY = "ocp_last_seen"


class IdleSessionMiddleware:
    """Signs out a user whose session has been idle for too long."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = time.time()
            last_seen = request.session.get(IDLE_KEY, now)
            if now - last_seen > settings.STAFF_SESSION_IDLE_MINUTES * 60:
                logout(request)
            else:
                request.session[IDLE_KEY] = now
        return self.get_response(request)
