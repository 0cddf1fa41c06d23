"""Deploy checks (``manage.py check --deploy``): a site that goes live telling no one of
its submissions, or sending from an address no one can reply to, is warned about.

The recipients are in the database: the check reads it when it can, and says so when
it cannot (the check then runs where the database is not reachable, e.g. a build step).
Imported by ``InquiriesConfig.ready``, once the models can be.
"""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError

from inquiries.readiness import forms_told_no_one, sender_is_placeholder

RECIPIENTS_ID = "inquiries.W001"
SENDER_ID = "inquiries.W002"
UNREADABLE_ID = "inquiries.W003"


@register("notifications", deploy=True)
def check_notifications_reach_someone(app_configs=None, **kwargs):
    warnings = []
    if sender_is_placeholder():
        warnings.append(
            Warning(
                f"DEFAULT_FROM_EMAIL is {settings.DEFAULT_FROM_EMAIL!r}: emails to visitors "
                "and staff would come from an address no one receives mail at.",
                hint="Set DEFAULT_FROM_EMAIL to JII's sending address (docs/operations.md).",
                id=SENDER_ID,
            )
        )
    try:
        silent = forms_told_no_one()
    except DatabaseError as error:
        return [
            *warnings,
            Warning(
                "Could not read the notification recipients from the database "
                f"({type(error).__name__}); run the check where the database is reachable.",
                id=UNREADABLE_ID,
            ),
        ]
    if silent:
        kinds = ", ".join(kind for kind, _page in silent)
        warnings.append(
            Warning(
                f"No one is told of new submissions of these forms: {kinds}.",
                hint=(
                    "Set the notification recipients in the admin (Settings > Site settings, "
                    "or each intake form page); the admin dashboard lists what is missing."
                ),
                id=RECIPIENTS_ID,
            )
        )
    return warnings
