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
from django.utils.translation import gettext_lazy as _

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
