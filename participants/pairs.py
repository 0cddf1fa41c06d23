"""Pairs' lifecycle: proposed → accepted by both → introduced → active → ended.

Every function locks the registrations (and the pair) it changes, checks them as they
are in the database, writes a :class:`PairChange` for the pair and a ``StatusChange``
for every registration whose status follows, and raises ``ValidationError`` changing
nothing when refused. A volunteer's capacity is checked under the lock of the
volunteer's row, so two coordinators proposing the last place at once cannot both
succeed.
"""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries import choices
from inquiries.models import (
    CLOSED_PARTICIPANT_STATUSES,
    OutboundEmail,
    ParticipantRegistration,
    ParticipantStatus,
)
from participants import checkins, emails, matching, survey
from participants.links import Side, pair_answer_url
from participants.models import (
    VOLUNTEER_STATUSES,
    EndReason,
    Pair,
    PairChange,
    PairKind,
    PairSetting,
    PairStatus,
    StatusChange,
    SurveyMoment,
)
from participants.services import TEXT_MAX, _check_date, _clean_text


def places_taken(volunteer: ParticipantRegistration) -> int:
    return Pair.objects.holding().filter(volunteer=volunteer).count()


def _lock(*registrations: ParticipantRegistration) -> list[ParticipantRegistration]:
    """The registrations as they are now, locked, in primary-key order (the same order
    for every caller, so two changes never wait on each other)."""
    pks = sorted({r.pk for r in registrations})
    rows = {
        r.pk: r
        for r in ParticipantRegistration.objects.select_for_update()
        .filter(pk__in=pks)
        .order_by("pk")
    }
    return [rows[r.pk] for r in registrations]


def _follow(registration: ParticipantRegistration, status: str, *, by, reason: str = "") -> None:
    """Moves ``registration`` to ``status`` because of a pair, on its timeline."""
    if registration.status == status:
        return
    StatusChange.objects.create(
        registration=registration,
        from_status=registration.status,
        to_status=status,
        reason=reason,
        by=by,
        at=timezone.now(),
    )
    registration.status = status
    registration.save(update_fields=["status", "updated_at"])


def default_setting(supported: ParticipantRegistration, volunteer: ParticipantRegistration) -> str:
    """In-company when both registered with the same member company."""
    same = (
        supported.member_company_id and supported.member_company_id == volunteer.member_company_id
    )
    return PairSetting.IN_COMPANY if same else PairSetting.EXTERNAL


@transaction.atomic
def propose(
    supported: ParticipantRegistration,
    volunteer: ParticipantRegistration,
    *,
    by,
    kind: str = PairKind.LONG_TERM,
    setting: str | None = None,
    score: float | None = None,
    reasons: list[str] | tuple[str, ...] = (),
    override: str = "",
) -> Pair:
    """Proposes a pair. A previous partner of the participant needs ``override``: the
    coordinator's reason, kept on the pair and its first change."""
    supported, volunteer = _lock(supported, volunteer)
    if supported.role != choices.Role.SUPPORTED or volunteer.role != choices.Role.VOLUNTEER:
        raise ValidationError(_("A pair is a supported participant and a volunteer."))
    for person in (supported, volunteer):
        if person.is_spam or person.status in CLOSED_PARTICIPANT_STATUSES:
            raise ValidationError(_("This registration is closed."))
    if supported.status != ParticipantStatus.READY:
        raise ValidationError(_("Only a participant ready for matching can be paired."))
    if volunteer.status not in VOLUNTEER_STATUSES:
        raise ValidationError(_("This volunteer has not finished screening."))
    if places_taken(volunteer) >= volunteer.capacity:
        raise ValidationError(_("This volunteer already has as many pairs as they can take."))
    if kind not in PairKind.values:
        raise ValidationError({"kind": _("Please choose the kind of pair.")})
    setting = setting or default_setting(supported, volunteer)
    if setting not in PairSetting.values:
        raise ValidationError({"setting": _("Please choose in-company or external.")})
    override = _clean_text(override, field="override", limit=500, required=False, message="")
    # The hard rules again, on the rows as locked: what a screen checked may have
    # changed since, and a caller may not have checked at all. Only a previous partner
    # may be overridden, with the coordinator's reason.
    refused = matching.rule_of(supported, volunteer)
    if refused == matching.OVERRIDABLE:
        if not override:
            raise ValidationError(
                {"override": _("They were paired before: say why they should be paired again.")}
            )
    elif refused:
        raise ValidationError(str(matching.RULES[refused]))
    pair = Pair.objects.create(
        supported=supported,
        volunteer=volunteer,
        kind=kind,
        setting=setting,
        score=score,
        reasons=[str(reason)[:TEXT_MAX] for reason in reasons],
        override=override,
        proposed_by=by,
    )
    PairChange.objects.create(
        pair=pair, from_status="", to_status=PairStatus.PROPOSED, note=override, by=by
    )
    _follow(supported, ParticipantStatus.MATCHED, by=by)
    _follow_volunteer(volunteer, by=by)
    for side in Side:
        person = pair.supported if side == Side.SUPPORTED else pair.volunteer
        emails.send(
            OutboundEmail.Purpose.PAIR_PROPOSAL,
            person,
            _("A pair is proposed to you"),
            {
                "pair": pair,
                "partner_first_name": emails.first_name(_partner(pair, side)),
                "is_volunteer": side == Side.VOLUNTEER,
                "answer_url": pair_answer_url(pair, side, emails.language_of(person)),
            },
            key=("pair", pair.pk, side),
        )
    return pair


# -- after the proposal ------------------------------------------------------------

ANSWERING = (PairStatus.PROPOSED,)
NOTE_MAX = 1000


def _partner(pair: Pair, side: Side) -> ParticipantRegistration:
    return pair.volunteer if side == Side.SUPPORTED else pair.supported


def _follow_volunteer(volunteer: ParticipantRegistration, *, by, reason: str = "") -> None:
    """A volunteer is active while holding an active pair, matched while holding only
    pairs on their way, and back to ready for matching when holding none."""
    if volunteer.status not in VOLUNTEER_STATUSES:
        return  # withdrawn or closed meanwhile: the pairs do not reopen it
    held = set(Pair.objects.holding().filter(volunteer=volunteer).values_list("status", flat=True))
    if PairStatus.ACTIVE in held:
        status = ParticipantStatus.ACTIVE
    elif held:
        status = ParticipantStatus.MATCHED
    else:
        status = ParticipantStatus.READY
    _follow(volunteer, status, by=by, reason=reason)


def _locked_pair(pair: Pair) -> tuple[Pair, ParticipantRegistration, ParticipantRegistration]:
    """The pair as it is now and both registrations, locked (registrations first, in
    the order every function here takes them)."""
    supported, volunteer = _lock(pair.supported, pair.volunteer)
    current = Pair.objects.select_for_update().get(pk=pair.pk)
    current.supported, current.volunteer = supported, volunteer
    return current, supported, volunteer


def _change(pair: Pair, to_status: str, *, by, note: str = "") -> PairChange:
    change = PairChange.objects.create(
        pair=pair, from_status=pair.status, to_status=to_status, note=note, by=by
    )
    pair.status = to_status
    return change


def _check_open(*people: ParticipantRegistration) -> None:
    for person in people:
        if person.is_spam or person.status in CLOSED_PARTICIPANT_STATUSES:
            raise ValidationError(_("This registration is closed."))


def _check_active_places(pair: Pair, volunteer: ParticipantRegistration) -> None:
    """The volunteer's capacity, counted again when the pair takes a place for real
    (the capacity may have been lowered since the proposal)."""
    active = Pair.objects.filter(volunteer=volunteer, status=PairStatus.ACTIVE).exclude(pk=pair.pk)
    if active.count() >= volunteer.capacity:
        raise ValidationError(_("This volunteer already has as many pairs as they can take."))


def answered(pair: Pair, side: Side) -> bool:
    """Whether ``side`` has answered the proposal (accepted, or the pair was declined)."""
    if pair.status not in ANSWERING:
        return True
    return bool(
        pair.supported_accepted_at if side == Side.SUPPORTED else pair.volunteer_accepted_at
    )


@transaction.atomic
def accept(pair: Pair, sides: list[Side] | tuple[Side, ...], *, by=None) -> Pair:
    """Records ``sides`` as accepting the proposal: by the coordinator (``by``), or by
    the person through their link (``by`` None). When both have accepted the pair is
    accepted and both are told."""
    pair, supported, volunteer = _locked_pair(pair)
    if pair.status != PairStatus.PROPOSED:
        raise ValidationError(_("This proposal has already been answered."))
    sides = [Side(side) for side in sides]
    if not sides:
        raise ValidationError({"sides": _("Please choose who accepted.")})
    _check_open(supported, volunteer)
    now = timezone.now()
    fields = []
    for side in sides:
        field = "supported_accepted_at" if side == Side.SUPPORTED else "volunteer_accepted_at"
        if getattr(pair, field) is None:
            setattr(pair, field, now)
            fields.append(field)
    if not fields:
        raise ValidationError(_("This proposal has already been answered."))
    if pair.supported_accepted_at and pair.volunteer_accepted_at:
        _check_active_places(pair, volunteer)
        _change(pair, PairStatus.ACCEPTED, by=by)
        fields.append("status")
        for side in Side:
            emails.send(
                OutboundEmail.Purpose.PAIR_ACCEPTED,
                supported if side == Side.SUPPORTED else volunteer,
                _("Your pair is confirmed"),
                {"pair": pair, "partner_first_name": emails.first_name(_partner(pair, side))},
                key=("pair", pair.pk, side),
            )
    pair.save(update_fields=fields)
    _follow_volunteer(volunteer, by=by)
    return pair


@transaction.atomic
def decline(pair: Pair, side: Side | None, *, by=None, reason: str = "") -> Pair:
    """Records that one side (``side``; None: the coordinator withdrew the proposal)
    declined. The participant goes back to the queue, the volunteer's place is free."""
    pair, supported, volunteer = _locked_pair(pair)
    if pair.status not in (PairStatus.PROPOSED, PairStatus.ACCEPTED):
        raise ValidationError(_("This proposal has already been answered."))
    if side is not None and answered(pair, Side(side)):
        raise ValidationError(_("This proposal has already been answered."))
    reason = _clean_text(reason, field="reason", limit=NOTE_MAX, required=False, message="")
    _change(pair, PairStatus.DECLINED, by=by, note=reason)
    pair.save(update_fields=["status"])
    if supported.status == ParticipantStatus.MATCHED:
        _follow(supported, ParticipantStatus.READY, by=by, reason=reason)
    _follow_volunteer(volunteer, by=by)
    return pair


@transaction.atomic
def introduce(pair: Pair, first_meeting: datetime.date, *, by) -> Pair:
    """Records the first meeting (a date that has come, or the day it is arranged for)
    and sends both the introduction."""
    pair, supported, volunteer = _locked_pair(pair)
    if pair.status != PairStatus.ACCEPTED:
        raise ValidationError(_("A pair is introduced once both have accepted."))
    _check_open(supported, volunteer)
    if not isinstance(first_meeting, datetime.date) or isinstance(first_meeting, datetime.datetime):
        raise ValidationError({"first_meeting": _("Please give the date of the first meeting.")})
    today = timezone.localdate()
    if (
        not today - datetime.timedelta(days=365)
        <= first_meeting
        <= today + datetime.timedelta(days=365)
    ):
        raise ValidationError({"first_meeting": _("Please check the year.")})
    pair.first_meeting = first_meeting
    _change(pair, PairStatus.INTRODUCED, by=by)
    pair.save(update_fields=["status", "first_meeting"])
    for side in Side:
        partner = _partner(pair, side)
        emails.send(
            OutboundEmail.Purpose.PAIR_INTRODUCTION,
            supported if side == Side.SUPPORTED else volunteer,
            _("Introducing your pair"),
            {
                "pair": pair,
                "partner_first_name": emails.first_name(partner),
                "partner_language": choices.ContactLanguage(emails.language_of(partner)).label,
                "first_meeting": first_meeting,
            },
            key=("pair", pair.pk, side),
        )
    return pair


@transaction.atomic
def activate(pair: Pair, *, by) -> Pair:
    """After the first meeting: the pair meets regularly. Both become active."""
    pair, supported, volunteer = _locked_pair(pair)
    if pair.status != PairStatus.INTRODUCED:
        raise ValidationError(_("A pair becomes active after its introduction."))
    _check_open(supported, volunteer)
    _check_active_places(pair, volunteer)
    _change(pair, PairStatus.ACTIVE, by=by)
    pair.save(update_fields=["status"])
    _follow(supported, ParticipantStatus.ACTIVE, by=by)
    _follow_volunteer(volunteer, by=by)
    checkins.schedule(pair)
    survey.invite(pair, SurveyMoment.START)
    return pair


@transaction.atomic
def end(
    pair: Pair,
    *,
    by,
    reason: str,
    note: str = "",
    ended_on: datetime.date | None = None,
    rematch: bool = True,
) -> Pair:
    """Ends a pair: completed after the half year (the participant's registration is
    closed), or early with the reason, which sends the participant back to the queue
    for another volunteer unless ``rematch`` is off. The pair and its changes stay;
    the matching leaves a previous partner out."""
    pair, supported, volunteer = _locked_pair(pair)
    if pair.status not in (PairStatus.INTRODUCED, PairStatus.ACTIVE):
        raise ValidationError(_("Only an introduced or active pair can be ended."))
    if reason not in EndReason.values:
        raise ValidationError({"reason": _("Please choose how the pair ended.")})
    note = _clean_text(
        note,
        field="note",
        limit=NOTE_MAX,
        required=reason == EndReason.EARLY,
        message=_("Please say why the pair ended early."),
    )
    ended_on = _check_date(ended_on or timezone.localdate(), "ended_on")
    was_active = pair.status == PairStatus.ACTIVE
    pair.ended_on, pair.end_reason, pair.end_note = ended_on, reason, note
    _change(pair, PairStatus.ENDED, by=by, note=note)
    pair.save(update_fields=["status", "ended_on", "end_reason", "end_note"])
    if supported.status not in CLOSED_PARTICIPANT_STATUSES:
        if reason == EndReason.EARLY and rematch:
            _follow(supported, ParticipantStatus.READY, by=by, reason=note)
        else:
            _follow(supported, ParticipantStatus.CLOSED, by=by, reason=note)
    _follow_volunteer(volunteer, by=by)
    if was_active:  # the start's survey was asked: the end's shows the change
        survey.invite(pair, SurveyMoment.END)
    return pair


def next_actions(pair: Pair) -> list[str]:
    """What a coordinator may do with the pair where it is (the screen's buttons)."""
    return {
        PairStatus.PROPOSED: ["accept", "decline"],
        PairStatus.ACCEPTED: ["introduce", "decline"],
        PairStatus.INTRODUCED: ["activate", "end"],
        PairStatus.ACTIVE: ["end"],
    }.get(pair.status, [])
