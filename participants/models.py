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

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from inquiries.choices import ContactLanguage, Language, Need, Prefecture
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


# -- follow-up: check-ins, flags, hours, awareness survey, company reports (#14) --------


class CheckInSide(models.TextChoices):
    """Which member of the pair a check-in asks (the same letters as the links' sides)."""

    SUPPORTED = "s", _("Supported participant")
    VOLUNTEER = "v", _("Volunteer")


class CheckInKind(models.TextChoices):
    """When in a pair's half year a check-in is asked; the days after the pair became
    active for each are the setting ``CHECK_IN_CADENCE_DAYS``, the end is the pair's
    half-year end."""

    TWO_WEEKS = "2w", _("After 2 weeks")
    ONE_MONTH = "1m", _("After 1 month")
    THREE_MONTHS = "3m", _("After 3 months")
    END = "end", _("At the end")


class MeetingFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    BOTH = "both", _("Both")


class CheckInQuerySet(models.QuerySet):
    def answered(self):
        return self.filter(answered_at__isnull=False)

    def unanswered(self):
        return self.filter(answered_at__isnull=True)

    def to_send(self, today):
        """Due by ``today`` and not sent yet, on pairs that are still active."""
        return self.filter(
            sent_at__isnull=True, due_on__lte=today, pair__status=PairStatus.ACTIVE
        ).unanswered()

    def to_remind(self, before):
        """Sent before ``before`` (the reminder's delay ago), not answered, not reminded."""
        return self.filter(
            sent_at__lt=before, reminded_at__isnull=True, pair__status=PairStatus.ACTIVE
        ).unanswered()

    def overdue(self, before):
        """Sent before ``before`` and still not answered: a coordinator may call."""
        return self.filter(sent_at__lt=before).unanswered()


class CheckIn(models.Model):
    """One check-in of one member of a pair: when it is due, when it was emailed (with
    a signed link), reminded and answered, and the answers.

    The answers are personal: only Coordinators and the Privacy officer see them.
    ``may_quote`` is the author's consent to show what went well and the concern,
    anonymised, in their company's report. Rows are created by
    ``participants.checkins.schedule`` when the pair becomes active and answered only
    through ``participants.checkins.answer``.
    """

    pair = models.ForeignKey(
        Pair, verbose_name=_("pair"), on_delete=models.CASCADE, related_name="check_ins"
    )
    side = models.CharField(_("who is asked"), max_length=1, choices=CheckInSide.choices)
    kind = models.CharField(_("check-in"), max_length=3, choices=CheckInKind.choices)
    due_on = models.DateField(_("due on"), db_index=True)
    sent_at = models.DateTimeField(_("emailed at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminded at"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    meetings = models.PositiveSmallIntegerField(
        _("meetings since the last check-in"), null=True, blank=True
    )
    minutes = models.PositiveIntegerField(_("time spent (minutes)"), null=True, blank=True)
    meeting_format = models.CharField(
        _("in person or online"), max_length=20, choices=MeetingFormat.choices, blank=True
    )
    satisfaction = models.PositiveSmallIntegerField(_("satisfaction (1–5)"), null=True, blank=True)
    went_well = models.TextField(_("what went well"), max_length=2000, blank=True)
    concern = models.TextField(_("concern"), max_length=2000, blank=True)
    contact_me = models.BooleanField(_("please contact me"), default=False)
    may_quote = models.BooleanField(_("may be quoted anonymously"), default=False)

    objects = CheckInQuerySet.as_manager()

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ["due_on", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["pair", "side", "kind"], name="participants_one_check_in_per_kind"
            ),
            models.CheckConstraint(
                condition=models.Q(satisfaction__isnull=True)
                | models.Q(satisfaction__gte=1, satisfaction__lte=5),
                name="participants_check_in_satisfaction_1_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.pair_id}"

    @property
    def person(self) -> ParticipantRegistration:
        return self.pair.supported if self.side == CheckInSide.SUPPORTED else self.pair.volunteer


class FlagReason(models.TextChoices):
    LOW_SATISFACTION = "low_satisfaction", _("Low satisfaction (2 or less)")
    CONCERN = "concern", _("A concern")
    CONTACT_ME = "contact_me", _("Asked to be contacted")
    MISSED = "missed", _("Two check-ins missed")


class PairFlagQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)


class PairFlag(models.Model):
    """Something about a pair a coordinator should follow up, raised by a check-in's
    answers (or by check-ins left unanswered), until a coordinator resolves it."""

    pair = models.ForeignKey(
        Pair, verbose_name=_("pair"), on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    check_in = models.ForeignKey(
        CheckIn,
        verbose_name=_("check-in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="flags",
    )
    raised_at = models.DateTimeField(_("raised at"), default=timezone.now)
    resolved_at = models.DateTimeField(_("resolved at"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("resolved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PairFlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("pair flag")
        verbose_name_plural = _("pair flags")
        ordering = ["raised_at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_reason_display()} #{self.pair_id}"


class FollowUpAction(models.TextChoices):
    NOTE = "note", _("Note")
    CALLED = "called", _("Called or wrote to them")
    MET = "met", _("Met them")
    RESOLVED = "resolved", _("Resolved")


class FollowUp(models.Model):
    """A coordinator's follow-up of a pair (a note, a call, a meeting), on the pair's
    timeline; one that answers a flag names it."""

    pair = models.ForeignKey(
        Pair, verbose_name=_("pair"), on_delete=models.CASCADE, related_name="follow_ups"
    )
    flag = models.ForeignKey(
        PairFlag,
        verbose_name=_("flag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="follow_ups",
    )
    action = models.CharField(_("action"), max_length=20, choices=FollowUpAction.choices)
    note = models.TextField(_("note"), max_length=2000, blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("follow-up")
        verbose_name_plural = _("follow-ups")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} #{self.pair_id}"

    @property
    def by_name(self) -> str:
        return name_of(self.by)


class HoursKind(models.TextChoices):
    LONG_TERM = "long_term", _("Long-term pair")
    ONE_OFF = "one_off", _("One-off activity")
    OTHER = "other", _("Other")


class VolunteerHours(models.Model):
    """One entry of a volunteer's hours log: a long-term check-in's time (``check_in``,
    one entry per check-in), a completed one-off activity's (``activity``), or one a
    coordinator added. A correction keeps the minutes as first recorded, who corrected
    them and why."""

    volunteer = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="hours_log",
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveIntegerField(_("minutes"))
    kind = models.CharField(_("kind"), max_length=20, choices=HoursKind.choices)
    pair = models.ForeignKey(
        Pair,
        verbose_name=_("pair"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hours",
    )
    activity = models.OneToOneField(
        OneOffActivity,
        verbose_name=_("one-off activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hours_entry",
    )
    check_in = models.OneToOneField(
        CheckIn,
        verbose_name=_("check-in"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="hours_entry",
    )
    recorded_minutes = models.PositiveIntegerField(
        _("minutes as first recorded"), null=True, blank=True
    )
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    corrected_at = models.DateTimeField(_("corrected at"), null=True, blank=True)
    correction_reason = models.CharField(_("why it was corrected"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("recorded at"), default=timezone.now)

    class Meta:
        verbose_name = _("volunteer hours")
        verbose_name_plural = _("volunteer hours")
        ordering = ["date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minutes__gt=0), name="participants_hours_positive"
            )
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"


class HoursCorrection(models.Model):
    """One correction of an hours entry by a coordinator: the minutes before and after,
    who, when and why. The entry itself keeps the minutes as first recorded and its
    latest correction; these rows are the whole history, on the volunteer's, the pair's
    and the activity's timelines, and go with the entry (and so with the volunteer)."""

    entry = models.ForeignKey(
        VolunteerHours,
        verbose_name=_("hours entry"),
        on_delete=models.CASCADE,
        related_name="corrections",
    )
    from_minutes = models.PositiveIntegerField(_("minutes before"))
    to_minutes = models.PositiveIntegerField(_("minutes after"))
    reason = models.CharField(_("why it was corrected"), max_length=500)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("corrected at"), default=timezone.now)

    class Meta:
        verbose_name = _("hours correction")
        verbose_name_plural = _("hours corrections")
        ordering = ["at", "pk"]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"

    @property
    def by_name(self) -> str:
        return name_of(self.by)


class SurveyQuestion(models.Model):
    """A question of the volunteers' awareness survey, rated 1–5 at the start and at
    the end of a long-term pair, in each of the site's languages. Coordinators edit
    them (a snippet); a question no longer asked is made inactive, never deleted, so
    the answers already given keep their question."""

    text_ja = models.CharField(_("question (Japanese)"), max_length=300)
    text_en = models.CharField(_("question (English)"), max_length=300)
    text_ne = models.CharField(_("question (Nepali)"), max_length=300)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("asked"), default=True)

    class Meta:
        verbose_name = _("awareness survey question")
        verbose_name_plural = _("awareness survey questions")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.text(translation.get_language() or "ja")

    def text(self, language: str) -> str:
        return getattr(self, f"text_{language[:2]}", "") or self.text_ja


class SurveyMoment(models.TextChoices):
    START = "start", _("At the start")
    END = "end", _("At the end")


class SurveyAnswer(models.Model):
    """A volunteer's rating of one survey question at the start or the end of a pair."""

    volunteer = models.ForeignKey(
        ParticipantRegistration,
        verbose_name=_("volunteer"),
        on_delete=models.CASCADE,
        related_name="survey_answers",
    )
    pair = models.ForeignKey(
        Pair,
        verbose_name=_("pair"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="survey_answers",
    )
    moment = models.CharField(_("when"), max_length=10, choices=SurveyMoment.choices)
    question = models.ForeignKey(
        SurveyQuestion,
        verbose_name=_("question"),
        on_delete=models.PROTECT,
        related_name="answers",
    )
    rating = models.PositiveSmallIntegerField(_("rating (1–5)"))
    answered_at = models.DateTimeField(_("answered at"), default=timezone.now)

    class Meta:
        verbose_name = _("awareness survey answer")
        verbose_name_plural = _("awareness survey answers")
        ordering = ["answered_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "pair", "moment", "question"],
                name="participants_one_answer_per_question",
            ),
            models.CheckConstraint(
                condition=models.Q(rating__gte=1, rating__lte=5),
                name="participants_survey_rating_1_5",
            ),
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"


class ReportSend(models.Model):
    """A company report sent to a member company's contact: the period and language,
    who sent it when, the id its signed link names, and how often it was downloaded.
    ``figures`` keeps the aggregate figures as sent (with k-anonymity applied), so a
    later erasure of a participant does not change what the company was told."""

    organization = models.ForeignKey(
        "leads.Organization",
        verbose_name=_("member company"),
        on_delete=models.CASCADE,
        related_name="report_sends",
    )
    contact = models.ForeignKey(
        "leads.Contact",
        verbose_name=_("sent to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("until"))
    language = models.CharField(_("language"), max_length=5, choices=ContactLanguage.choices)
    token_id = models.UUIDField(_("link id"), default=uuid.uuid4, unique=True, editable=False)
    figures = models.JSONField(_("figures as sent"), default=dict, blank=True)
    sent_at = models.DateTimeField(_("sent at"), default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    downloads = models.PositiveIntegerField(_("downloads"), default=0)
    last_downloaded_at = models.DateTimeField(_("last downloaded at"), null=True, blank=True)

    class Meta:
        verbose_name = _("report sent")
        verbose_name_plural = _("reports sent")
        ordering = ["-sent_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="participants_report_period_in_order",
            )
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"
