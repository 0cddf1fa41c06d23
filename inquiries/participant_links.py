"""The link in a supported participant's confirmation email to ask for a one-off
activity (city hall, hospital, school enrolment…).

It lives here because the confirmation is written by the intake, which imports
nothing that builds on it; the page it opens (``participants``) reads the token with
the same salt. It names the registration only and works for a year: the person may
need help months after registering, and every request is checked by a coordinator.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.urls import reverse

ACTIVITY_REQUEST_SALT = "ocp.participants.activity-request"
ACTIVITY_REQUEST_MAX_AGE = timedelta(days=365)


def activity_request_url(registration, language: str) -> str:
    token = signing.dumps({"r": registration.pk}, salt=ACTIVITY_REQUEST_SALT)
    return settings.BASE_URL + reverse(
        "activity_request", kwargs={"lang": language, "token": token}
    )
