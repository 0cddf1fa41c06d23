"""The queue's rules: screening in order, the review flag resolved by a decision, and
the status moved only by them.

A registration's status says how far it has come; it is never set directly. The
screening steps are taken in :data:`STEP_ORDER` (each one recorded, or marked as not
needed with a reason: at most one step per registration, since the program promises
all three to every participant), each moving the status one step on; after the
interview a coordinator marks it ready for matching, which a registration still
flagged for review cannot reach. Every function here checks the registration as it
is in the database (locked for the change), not as a form or a page last saw it, so
a crafted or stale POST cannot skip a step.

Each function raises ``ValidationError`` (with messages per field where a form shows
them) and changes nothing when refused.
"""

from __future__ import annotations

import datetime
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from inquiries.fields import NO_CONTROL_CHARACTERS
from inquiries.models import CLOSED_PARTICIPANT_STATUSES, ParticipantRegistration, ParticipantStatus
from leads.choices import Stage
from leads.models import Organization
from participants.models import (
    Decision,
    IdentityMethod,
    ReviewDecision,
    ScreeningStep,
    StatusChange,
    Step,
    StepState,
)

STEP_ORDER = (Step.IDENTITY, Step.ORIENTATION, Step.INTERVIEW)
# The status a registration has while waiting at each step, and once it is taken.
WAITING_STATUS = {
    Step.IDENTITY: ParticipantStatus.SUBMITTED,
    Step.ORIENTATION: ParticipantStatus.IDENTITY_VERIFIED,
    Step.INTERVIEW: ParticipantStatus.ORIENTATION_DONE,
}
STATUS_AFTER = {
    Step.IDENTITY: ParticipantStatus.IDENTITY_VERIFIED,
    Step.ORIENTATION: ParticipantStatus.ORIENTATION_DONE,
    Step.INTERVIEW: ParticipantStatus.INTERVIEW_DONE,
}
MAX_STEPS_NOT_NEEDED = 1

# A registration flagged for review may go through screening up to the interview, or
# be closed, but no further (to matching) until a coordinator resolves the flag.
STATUSES_WHILE_FLAGGED = frozenset(
    {
        ParticipantStatus.SUBMITTED,
        ParticipantStatus.IDENTITY_VERIFIED,
        ParticipantStatus.ORIENTATION_DONE,
        ParticipantStatus.INTERVIEW_DONE,
        *CLOSED_PARTICIPANT_STATUSES,
    }
)
# Moves that are not screening steps: ready for matching after the screening, and
# closing at any time. Matched, active and closed after a pair follow the registration's
# pairs (``participants.pairs``), never a coordinator's choice here.
ONWARD = {
    ParticipantStatus.INTERVIEW_DONE: ParticipantStatus.READY,
}
CLOSING = (ParticipantStatus.WITHDRAWN, ParticipantStatus.NOT_ELIGIBLE, ParticipantStatus.CLOSED)

REASON_MAX = 500
TEXT_MAX = 1000
NOTES_MAX = 2000


def check_status(status: str, *, needs_review: bool) -> None:
    """Refuses ``status`` for a registration that is (still) flagged for review and
    would move past the interview: a decision on the flag comes first. Raises a
    ``ValidationError`` on the status field."""
    if needs_review and status not in STATUSES_WHILE_FLAGGED:
        raise ValidationError(
            {
                "status": _(
                    "This registration is flagged for review: record a decision on the "
                    "flag before moving it on to matching."
                )
            }
        )


def next_step(registration: ParticipantRegistration) -> Step | None:
    """The first step not yet recorded, or None when all three are."""
    recorded = set(registration.screening_steps.values_list("step", flat=True))
    for step in STEP_ORDER:
        if step not in recorded:
            return step
    return None


def read_hours(value) -> Decimal:
    """Hours as a person types them (``1.5``, ``1,5``, spaces around): the one reading
    the check-in form and the one-off activities share; each checks its own bounds."""
    try:
        return Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise ValidationError(
            {"hours": _("Please give the hours as a number, e.g. 1.5.")}
        ) from None


def _clean_text(value, *, field: str, limit: int, required: bool, message) -> str:
    """Text as a service stores it: one piece of text, trimmed, within ``limit``, with
    no control or invisible character (the form fields check the same, this guards
    every other caller)."""
    if not isinstance(value, str):
        raise ValidationError({field: _("Please enter this as text.")})
    value = value.strip()
    if required and not value:
        raise ValidationError({field: message})
    if len(value) > limit:
        raise ValidationError(
            {field: _("Please keep this to %(limit)d characters.") % {"limit": limit}}
        )
    if "\ufffd" in value:
        # What a body that was not UTF-8 decodes to: nobody types it, and what they
        # meant is lost, so it is refused rather than stored as "���".
        raise ValidationError({field: _("This text could not be read. Please type it again.")})
    try:
        NO_CONTROL_CHARACTERS(value)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from None
    return value


def _locked(registration: ParticipantRegistration) -> ParticipantRegistration:
    """The registration as it is now in the database, locked until the change commits."""
    return ParticipantRegistration.objects.select_for_update().get(pk=registration.pk)


def _check_open(current: ParticipantRegistration) -> None:
    if current.is_spam:
        raise ValidationError(_("This registration is marked as spam: recover it first."))
    if current.status in CLOSED_PARTICIPANT_STATUSES:
        raise ValidationError(_("This registration is closed."))


def _check_next(current: ParticipantRegistration, step: Step) -> None:
    _check_open(current)
    expected = next_step(current)
    if expected != step or current.status != WAITING_STATUS[step]:
        raise ValidationError(
            _("Screening steps are taken in order: this registration is not at this step.")
        )


def _check_date(held_on, field: str = "held_on") -> datetime.date:
    if not isinstance(held_on, datetime.date) or isinstance(held_on, datetime.datetime):
        raise ValidationError({field: _("Please give the date it took place.")})
    if held_on > timezone.localdate():
        raise ValidationError({field: _("This date is in the future.")})
    if held_on.year < 2000:
        raise ValidationError({field: _("Please check the year.")})
    return held_on


def _move(current: ParticipantRegistration, status: str) -> None:
    current.status = status
    current.save(update_fields=["status", "updated_at"])


@transaction.atomic
def record_step(
    registration: ParticipantRegistration,
    step: Step | str,
    *,
    actor,
    method: str = "",
    held_on: datetime.date | None = None,
    notes: str = "",
) -> ScreeningStep:
    """Records ``step`` as done, by ``actor`` now: the identity check with how it was
    done, the orientation and the interview with the day they took place (the interview
    with notes if any). It must be the registration's next step."""
    step = Step(step)
    current = _locked(registration)
    _check_next(current, step)
    row = ScreeningStep(registration=current, step=step, state=StepState.DONE, by=actor)
    if step == Step.IDENTITY:
        if method not in IdentityMethod.values:
            raise ValidationError({"method": _("Please choose how the identity was verified.")})
        row.method = method
    else:
        row.held_on = _check_date(held_on)
    row.notes = _clean_text(notes, field="notes", limit=NOTES_MAX, required=False, message="")
    row.at = timezone.now()
    row.save()
    _move(current, STATUS_AFTER[step])
    registration.status = current.status
    return row


@transaction.atomic
def skip_step(
    registration: ParticipantRegistration, step: Step | str, *, actor, reason: str
) -> ScreeningStep:
    """Marks ``step`` as not needed, with the reason, by ``actor`` now; it must be the
    registration's next step, and only one step of a registration may be skipped."""
    step = Step(step)
    current = _locked(registration)
    _check_next(current, step)
    reason = _clean_text(
        reason,
        field="reason",
        limit=REASON_MAX,
        required=True,
        message=_("Please say why this step is not needed."),
    )
    skipped = current.screening_steps.filter(state=StepState.NOT_NEEDED).count()
    if skipped >= MAX_STEPS_NOT_NEEDED:
        raise ValidationError(
            _("Only one screening step of a registration may be marked as not needed.")
        )
    row = ScreeningStep.objects.create(
        registration=current,
        step=step,
        state=StepState.NOT_NEEDED,
        reason=reason,
        by=actor,
        at=timezone.now(),
    )
    _move(current, STATUS_AFTER[step])
    registration.status = current.status
    return row


@transaction.atomic
def decide_review(
    registration: ParticipantRegistration, decision: Decision | str, *, actor, reason: str
) -> ReviewDecision:
    """Records a decision on the review flag, with the reason as typed. Accepted clears
    the flag; not accepted clears it and closes the registration as not eligible; needs
    more information keeps it flagged."""
    current = _locked(registration)
    if not current.needs_review:
        raise ValidationError(_("This registration is not flagged for review."))
    if current.status in CLOSED_PARTICIPANT_STATUSES:
        raise ValidationError(_("This registration is closed."))
    if decision not in Decision.values:
        raise ValidationError({"decision": _("Please choose a decision.")})
    reason = _clean_text(
        reason,
        field="reason",
        limit=TEXT_MAX,
        required=True,
        message=_("Please give the reason for the decision."),
    )
    now = timezone.now()
    row = ReviewDecision.objects.create(
        registration=current, decision=decision, reason=reason, by=actor, at=now
    )
    if decision != Decision.NEEDS_INFO:
        current.needs_review = False
        current.save(update_fields=["needs_review", "updated_at"])
    if decision == Decision.REJECTED:
        StatusChange.objects.create(
            registration=current,
            from_status=current.status,
            to_status=ParticipantStatus.NOT_ELIGIBLE,
            reason=reason,
            by=actor,
            at=now,
        )
        _move(current, ParticipantStatus.NOT_ELIGIBLE)
    registration.needs_review = current.needs_review
    registration.status = current.status
    return row


def allowed_moves(registration: ParticipantRegistration) -> list[str]:
    """The statuses a coordinator may move the registration to from where it is (the
    screening steps aside): on after the interview, or closed."""
    if registration.status in CLOSED_PARTICIPANT_STATUSES or registration.is_spam:
        return []
    moves = []
    onward = ONWARD.get(registration.status)
    if onward is not None and not (
        registration.needs_review and onward not in STATUSES_WHILE_FLAGGED
    ):
        moves.append(onward)
    if registration.status != ParticipantStatus.ACTIVE:
        moves += [ParticipantStatus.WITHDRAWN, ParticipantStatus.NOT_ELIGIBLE]
    return moves


@transaction.atomic
def change_status(
    registration: ParticipantRegistration, status: str, *, actor, reason: str = ""
) -> StatusChange:
    """Moves the registration on after its screening (ready for matching only once
    every step is recorded and the flag resolved), or closes it (withdrawn, not
    eligible: with a reason)."""
    current = _locked(registration)
    _check_open(current)
    if status not in ParticipantStatus.values:
        raise ValidationError({"status": _("Please choose a status.")})
    check_status(status, needs_review=current.needs_review)
    if status == ParticipantStatus.READY and next_step(current) is not None:
        raise ValidationError({"status": _("Every screening step is recorded before matching.")})
    if status not in allowed_moves(current):
        raise ValidationError(
            {"status": _("This registration cannot move to this status from where it is.")}
        )
    closing = status in (ParticipantStatus.WITHDRAWN, ParticipantStatus.NOT_ELIGIBLE)
    reason = _clean_text(
        reason,
        field="reason",
        limit=TEXT_MAX,
        required=closing,
        message=_("Please give the reason."),
    )
    row = StatusChange.objects.create(
        registration=current,
        from_status=current.status,
        to_status=status,
        reason=reason,
        by=actor,
        at=timezone.now(),
    )
    _move(current, status)
    registration.status = current.status
    return row


LINK_COMPANY_ACTION = "ocp.link_company"


@transaction.atomic
def link_company(registration: ParticipantRegistration, company: Organization, *, actor) -> None:
    """Links a registration whose company code matched no member to the member company
    a coordinator recognised; the timeline shows who linked it to which company, and
    the flag clears. Only a member company can be linked."""
    current = _locked(registration)
    if company is None or company.stage != Stage.MEMBER:
        raise ValidationError({"company": _("Please choose a member company.")})
    current.member_company = company
    current.company_to_link = False
    current.save(update_fields=["member_company", "company_to_link", "updated_at"])
    log(
        current,
        LINK_COMPANY_ACTION,
        user=actor,
        data={"company": company.name, "code": current.company_code},
    )
    registration.member_company, registration.company_to_link = company, False
