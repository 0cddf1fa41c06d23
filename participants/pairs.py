"""Pairs' lifecycle: proposed → accepted by both → introduced → active → ended.

Every function locks the registrations (and the pair) it changes, checks them as they
are in the database, writes a :class:`PairChange` for the pair and a ``StatusChange``
for every registration whose status follows, and raises ``ValidationError`` changing
nothing when refused. A volunteer's capacity is checked under the lock of the
volunteer's row, so two coordinators proposing the last place at once cannot both
succeed.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries import choices
from inquiries.models import CLOSED_PARTICIPANT_STATUSES, ParticipantRegistration, ParticipantStatus
from participants.models import Pair, PairChange, PairKind, PairSetting, PairStatus, StatusChange
from participants.services import TEXT_MAX, _clean_text

# Volunteers may take another pair while they have room: before their first pair and
# while they hold some.
VOLUNTEER_STATUSES = (ParticipantStatus.READY, ParticipantStatus.MATCHED, ParticipantStatus.ACTIVE)


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
    if Pair.objects.filter(supported=supported, volunteer=volunteer).exists() and not override:
        raise ValidationError(
            {"override": _("They were paired before: say why they should be paired again.")}
        )
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
    if volunteer.status == ParticipantStatus.READY:
        _follow(volunteer, ParticipantStatus.MATCHED, by=by)
    return pair
