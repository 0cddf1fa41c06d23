"""Retention of the follow-up's tables, run by the daily purge (``inquiries.privacy``
sends ``purging``; the intake does not import this room).

A pair's check-ins (with their answers), flags, follow-ups and awareness answers go
``RETENTION_DAYS["pair_ended"]`` after the pair ended; the rest of them go with the
registrations (deleted with a closed registration, by the intake's own rule). The
volunteer's hours (and their corrections) stay while their registration does: they
are what a certificate is made of. A company report's send goes
``RETENTION_DAYS["report_send"]`` after it was sent (with the figures as sent).
"""

from __future__ import annotations

import datetime

from django.conf import settings

from participants.models import (
    CheckIn,
    FollowUp,
    PairFlag,
    PairStatus,
    ReportSend,
    SurveyAnswer,
)


def purge(sender=None, *, now: datetime.datetime, **kwargs) -> dict[str, int]:
    days = settings.RETENTION_DAYS
    ended_before = (now - datetime.timedelta(days=days["pair_ended"])).date()
    counts = {}
    for model in (FollowUp, PairFlag, SurveyAnswer, CheckIn):
        old = model.objects.filter(pair__status=PairStatus.ENDED, pair__ended_on__lt=ended_before)
        counts[model._meta.model_name] = old.delete()[1].get(model._meta.label, 0)
    sent_before = now - datetime.timedelta(days=days["report_send"])
    deleted = ReportSend.objects.filter(sent_at__lt=sent_before).delete()[1]
    counts["reportsend"] = deleted.get(ReportSend._meta.label, 0)
    return counts
