"""What the queue records about a registration after the intake stored it.

The program promises every participant identity verification, an orientation and an
individual interview before matching. Each of those is a :class:`ScreeningStep` row,
written when a coordinator records it (how, when, by whom) or marks it as not needed
(with the reason). A registration flagged for review gets a :class:`ReviewDecision`
for each decision taken on the flag, and every other move of its status (ready for
matching, closed, withdrawn…) is a :class:`StatusChange`. Nothing here is ever
overwritten: together with the submission they are the registration's timeline.

Rows are written only through ``participants.services``, which keeps the order.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from inquiries.choices import Language, Need, Prefecture
from inquiries.models import ParticipantRegistration, ParticipantStatus


def name_of(user) -> str:
    """How a staff member is named on the screens: full name, else username; "" for
    nobody (a row from before the steps were kept, or a user since deleted)."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


class Step(models.TextChoices):
    """The screening steps, in the order they are taken."""

    IDENTITY = "identity", _("Identity verification")
    ORIENTATION = "orientation", _("Orientation")
    INTERVIEW = "interview", _("Individual interview")


class StepState(models.TextChoices):
    DONE = "done", _("Done")
    NOT_NEEDED = "not_needed", _("Not needed")


class IdentityMethod(models.TextChoices):
    """How a coordinator saw who the person is."""

    RESIDENCE_CARD = "residence_card", _("Residence card")
    PASSPORT = "passport", _("Passport")
    DRIVERS_LICENCE = "drivers_licence", _("Driver's licence")
    EMPLOYEE_ID = "employee_id", _("Employee ID card")
    VIDEO_CALL = "video_call", _("Video call")
    IN_PERSON = "in_person", _("In person, with the company's HR")


class Decision(models.TextChoices):
    """What a coordinator decided about a registration flagged for review."""

    ACCEPTED = "accepted", _("Accepted: may go on to matching")
    NEEDS_INFO = "needs_info", _("Needs more information: stays flagged")
    REJECTED = "rejected", _("Not accepted: not eligible")


class ScreeningStep(models.Model):
    """One screening step of one registration, recorded once.

    ``by`` and ``at`` say who recorded it and when. A row with
    ``recorded_before_tracking`` was written by the migration that introduced the steps
    (``participants/migrations/0001``) for a registration whose status already said the
    step was done: nobody recorded it here, so it has no ``by`` and no ``at``.
    """

    registration = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="screening_steps",
    )
    step = models.CharField(_("step"), max_length=20, choices=Step.choices)
    state = models.CharField(_("state"), max_length=20, choices=StepState.choices)
    method = models.CharField(
        _("how identity was verified"), max_length=30, choices=IdentityMethod.choices, blank=True
    )
    held_on = models.DateField(_("date"), null=True, blank=True)
    notes = models.TextField(_("notes"), max_length=2000, blank=True)
    reason = models.CharField(_("why it is not needed"), max_length=500, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("recorded at"), null=True, blank=True)
    recorded_before_tracking = models.BooleanField(
        _("recorded before screening steps were kept"), default=False
    )

    class Meta:
        verbose_name = _("screening step")
        verbose_name_plural = _("screening steps")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "step"], name="participants_one_row_per_step"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_step_display()} #{self.registration_id}"

    @property
    def by_name(self) -> str:
        return name_of(self.by)


class ReviewDecision(models.Model):
    """A decision on a registration's review flag, with the reason as the coordinator
    typed it (in their language; never replaced by a code)."""

    registration = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="review_decisions",
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices)
    reason = models.TextField(_("reason"), max_length=1000)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("decided at"))

    class Meta:
        verbose_name = _("review decision")
        verbose_name_plural = _("review decisions")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_decision_display()} #{self.registration_id}"

    @property
    def by_name(self) -> str:
        return name_of(self.by)


class StatusChange(models.Model):
    """A move of a registration's status that is not a screening step (ready for
    matching, matched, closed, withdrawn, not eligible)."""

    registration = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("registration"),
        on_delete=models.CASCADE,
        related_name="status_changes",
    )
    from_status = models.CharField(_("from"), max_length=20, choices=ParticipantStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=ParticipantStatus.choices)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("changed at"))

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_to_status_display()} #{self.registration_id}"


class PairKind(models.TextChoices):
    LONG_TERM = "long_term", _("Long-term (half a year)")
    ONE_OFF = "one_off", _("One-off")


class PairSetting(models.TextChoices):
    IN_COMPANY = "in_company", _("In-company")
    EXTERNAL = "external", _("External")


class PairStatus(models.TextChoices):
    """A pair's lifecycle, in order; ``declined`` and ``ended`` are the two ways out."""

    PROPOSED = "proposed", _("Proposed")
    ACCEPTED = "accepted", _("Accepted by both")
    INTRODUCED = "introduced", _("Introduced")
    ACTIVE = "active", _("Active")
    ENDED = "ended", _("Ended")
    DECLINED = "declined", _("Declined")


# A volunteer's place is taken from the proposal on, so that two coordinators cannot
# propose the same last place twice; it is free again once the pair is declined or ended.
# A volunteer who may be paired: screening is over (a volunteer is "matched" or
# "active" while they still have places).
VOLUNTEER_STATUSES = (ParticipantStatus.READY, ParticipantStatus.MATCHED, ParticipantStatus.ACTIVE)

HOLDING_STATUSES = (
    PairStatus.PROPOSED,
    PairStatus.ACCEPTED,
    PairStatus.INTRODUCED,
    PairStatus.ACTIVE,
)


class EndReason(models.TextChoices):
    COMPLETED = "completed", _("Completed (the half year is over)")
    EARLY = "early", _("Ended early")


class PairQuerySet(models.QuerySet):
    def holding(self):
        """Pairs that take a place of the volunteer's capacity."""
        return self.filter(status__in=HOLDING_STATUSES)


class Pair(models.Model):
    """A supported participant and a volunteer, matched by a coordinator.

    ``score`` and ``reasons`` are what the suggestion said when the pair was proposed
    (kept, because the profiles may change later); ``override`` is the coordinator's
    reason for proposing a pair a hard rule would have excluded (a previous partner).
    Rows are written only through ``participants.pairs``; every move is a
    :class:`PairChange`.
    """

    supported = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("supported participant"),
        on_delete=models.CASCADE,
        related_name="pairs_as_supported",
    )
    volunteer = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="pairs_as_volunteer",
    )
    kind = models.CharField(
        _("kind"), max_length=20, choices=PairKind.choices, default=PairKind.LONG_TERM
    )
    setting = models.CharField(
        _("in-company or external"), max_length=20, choices=PairSetting.choices
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PairStatus.choices,
        default=PairStatus.PROPOSED,
        db_index=True,
    )
    score = models.FloatField(_("score when proposed"), null=True, blank=True)
    reasons = models.JSONField(_("reasons when proposed"), default=list, blank=True)
    override = models.CharField(_("rule overridden, and why"), max_length=500, blank=True)
    supported_accepted_at = models.DateTimeField(
        _("accepted by the participant"), null=True, blank=True
    )
    volunteer_accepted_at = models.DateTimeField(
        _("accepted by the volunteer"), null=True, blank=True
    )
    first_meeting = models.DateField(_("first meeting"), null=True, blank=True)
    ended_on = models.DateField(_("ended on"), null=True, blank=True)
    end_reason = models.CharField(
        _("how it ended"), max_length=20, choices=EndReason.choices, blank=True
    )
    end_note = models.TextField(_("why it ended"), max_length=1000, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("proposed at"), default=timezone.now)

    objects = PairQuerySet.as_manager()

    class Meta:
        verbose_name = _("pair")
        verbose_name_plural = _("pairs")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(supported=models.F("volunteer")),
                name="participants_pair_two_people",
            )
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged


class PairChange(models.Model):
    """One move of a pair: who (a coordinator, or nobody when a participant accepted
    through their link), when, from which status to which, and the note."""

    pair = models.ForeignKey(
        Pair, verbose_name=_("pair"), on_delete=models.CASCADE, related_name="changes"
    )
    from_status = models.CharField(_("from"), max_length=20, choices=PairStatus.choices, blank=True)
    to_status = models.CharField(_("to"), max_length=20, choices=PairStatus.choices)
    note = models.TextField(_("note"), max_length=1000, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("changed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("changed at"), default=timezone.now)

    class Meta:
        verbose_name = _("pair change")
        verbose_name_plural = _("pair changes")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_to_status_display()} #{self.pair_id}"

    @property
    def by_name(self) -> str:
        return name_of(self.by)


class ActivityStatus(models.TextChoices):
    OPEN = "open", _("Looking for a volunteer")
    ASSIGNED = "assigned", _("Volunteer asked")
    CONFIRMED = "confirmed", _("Confirmed by the volunteer")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class OneOffActivity(models.Model):
    """A single need of a supported participant (city hall, hospital, school enrolment,
    usually up to 3 hours), asked for by a coordinator or by the participant through
    the link in their confirmation email, and the volunteer who goes."""

    registration = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("supported participant"),
        on_delete=models.CASCADE,
        related_name="one_off_activities",
    )
    need = models.CharField(_("what for"), max_length=20, choices=Need.choices)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    date = models.DateField(_("date"))
    starts_at = models.TimeField(_("from"))
    ends_at = models.TimeField(_("until"))
    online = models.BooleanField(_("online"), default=False)
    prefecture = models.CharField(
        _("prefecture"), max_length=20, choices=Prefecture.choices, blank=True
    )
    place = models.CharField(_("place"), max_length=300, blank=True)
    language = models.CharField(_("language needed"), max_length=5, choices=Language.choices)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ActivityStatus.choices,
        default=ActivityStatus.OPEN,
        db_index=True,
    )
    volunteer = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("volunteer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="one_off_assignments",
    )
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed by the volunteer"), null=True, blank=True)
    hours = models.DecimalField(_("hours"), max_digits=4, decimal_places=2, null=True, blank=True)
    requested_by_participant = models.BooleanField(_("asked for by the participant"), default=False)
    created_at = models.DateTimeField(_("asked for at"), default=timezone.now)

    class Meta:
        verbose_name = _("one-off activity")
        verbose_name_plural = _("one-off activities")
        ordering = ["date", "starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="participants_activity_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged
