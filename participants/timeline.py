"""A registration's timeline: everything that happened to it, oldest first, each with
who did it (a coordinator, the visitor, or the site) and when.

Nothing here is stored: the entries are read from the rows that already say it (the
registration itself, its screening steps, review decisions and status changes, and the
outbox's emails about it), so the timeline can never disagree with them.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import ModelLogEntry

from home.clock import staff_date
from inquiries.models import OutboundEmail, ParticipantRegistration
from participants.models import (
    FollowUp,
    HoursCorrection,
    OneOffActivity,
    PairChange,
    StepState,
    name_of,
)
from participants.services import LINK_COMPANY_ACTION


@dataclass(frozen=True)
class Entry:
    at: datetime.datetime | None  # None: recorded before the screening steps were kept
    what: str
    detail: str = ""
    by: str = ""


def language_name(code: str) -> str:
    """A language's name in the reader's language (英語, not "English", for a Japanese
    admin)."""
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def correction_entry(correction: HoursCorrection, entry_class):
    """A correction of an hours entry as a timeline entry (the volunteer's, the pair's,
    the activity's): before and after, the entry's day and kind, who and why."""
    entry = correction.entry
    return entry_class(
        correction.at,
        _("Hours corrected: %(before)s → %(after)s min (%(kind)s, %(date)s)")
        % {
            "before": correction.from_minutes,
            "after": correction.to_minutes,
            "kind": entry.get_kind_display(),
            "date": staff_date(entry.date),
        },
        correction.reason,
        correction.by_name,
    )


def entries(registration: ParticipantRegistration) -> list[Entry]:
    found = [
        Entry(
            registration.submitted_at,
            _("Registered through the website (%(language)s)")
            % {"language": language_name(registration.locale.language_code)},
            by=_("the participant"),
        )
    ]
    for step in registration.screening_steps.select_related("by"):
        if step.state == StepState.NOT_NEEDED:
            what = _("%(step)s: not needed") % {"step": step.get_step_display()}
            detail = step.reason
        else:
            what = _("%(step)s: done") % {"step": step.get_step_display()}
            detail = step.get_method_display() if step.method else step.notes
        if step.recorded_before_tracking:
            detail = _("Recorded before screening steps were kept: who and when are not known.")
        found.append(Entry(step.at, what, detail, name_of(step.by)))
    for decision in registration.review_decisions.select_related("by"):
        found.append(
            Entry(
                decision.at,
                _("Review decision: %(decision)s") % {"decision": decision.get_decision_display()},
                decision.reason,
                name_of(decision.by),
            )
        )
    for change in registration.status_changes.select_related("by"):
        found.append(
            Entry(
                change.at,
                _("Status: %(from)s → %(to)s")
                % {"from": change.get_from_status_display(), "to": change.get_to_status_display()},
                change.reason,
                name_of(change.by),
            )
        )
    changes = PairChange.objects.filter(
        Q(pair__supported=registration) | Q(pair__volunteer=registration)
    ).select_related("by", "pair__supported", "pair__volunteer")
    for change in changes:
        pair = change.pair
        partner = pair.volunteer if pair.supported_id == registration.pk else pair.supported
        what = _("Pair with %(name)s: %(status)s") % {
            "name": partner.name,
            "status": change.get_to_status_display(),
        }
        found.append(Entry(change.at, what, change.note, name_of(change.by)))
    follow_ups = FollowUp.objects.filter(
        Q(pair__supported=registration) | Q(pair__volunteer=registration)
    ).select_related("by", "flag", "pair__supported", "pair__volunteer")
    for follow_up in follow_ups:
        pair = follow_up.pair
        partner = pair.volunteer if pair.supported_id == registration.pk else pair.supported
        what = _("Follow-up of the pair with %(name)s: %(action)s") % {
            "name": partner.name,
            "action": follow_up.get_action_display(),
        }
        if follow_up.flag_id:
            what += " · " + str(follow_up.flag.get_reason_display())
        found.append(Entry(follow_up.at, what, follow_up.note, follow_up.by_name))
    one_offs = OneOffActivity.objects.filter(
        Q(registration=registration) | Q(volunteer=registration)
    ).select_related("registration", "volunteer")
    for activity in one_offs:
        detail = _("%(date)s, %(status)s") % {
            "date": staff_date(activity.date),
            "status": activity.get_status_display(),
        }
        if activity.hours is not None:
            detail += " · " + _("%(hours)s hours") % {"hours": f"{activity.hours.normalize():f}"}
        found.append(
            Entry(
                activity.created_at,
                _("One-off activity: %(need)s") % {"need": activity.get_need_display()},
                detail,
                _("the participant") if activity.requested_by_participant else "",
            )
        )
    corrections = HoursCorrection.objects.filter(entry__volunteer=registration).select_related(
        "by", "entry"
    )
    found += [correction_entry(c, Entry) for c in corrections]
    emails = OutboundEmail.objects.filter(
        form_kind=registration.form_kind, record_id=registration.pk
    )
    for email in emails:
        if email.status == OutboundEmail.Status.SENT:
            what = _("Email sent: %(purpose)s")
        elif email.status == OutboundEmail.Status.FAILED:
            what = _("Email failed: %(purpose)s")
        else:
            what = _("Email waiting to be sent: %(purpose)s")
        found.append(
            Entry(
                email.sent_at or email.created_at,
                what % {"purpose": email.get_purpose_display()},
                by=_("the site"),
            )
        )
    for entry in ModelLogEntry.objects.for_instance(registration).filter(
        action=LINK_COMPANY_ACTION
    ):
        found.append(
            Entry(
                entry.timestamp,
                _("Linked to the member company %(company)s")
                % {"company": entry.data.get("company", "")},
                _("Company code: %(code)s") % {"code": entry.data.get("code") or "–"},
                name_of(entry.user),
            )
        )
    epoch = registration.submitted_at
    return sorted(found, key=lambda entry: entry.at or epoch)
