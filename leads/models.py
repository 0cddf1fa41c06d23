"""Leads: the companies that showed interest, their contacts, and what happened to them.

The submissions a lead holds are the intake's records; they point at the lead, and
the pipeline finds them through those reverse relations (:func:`submission_models`).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.clock import staff_datetime
from leads import timeline
from leads.choices import CLOSED_STAGES, Source, Stage, TimelineKind
from leads.rules import business_days_before, normalise_company_name


class OrganizationQuerySet(models.QuerySet):
    def open(self):
        return self.exclude(stage__in=CLOSED_STAGES)

    def overdue(self, today: datetime.date | None = None):
        """New leads untouched for 2 business days, or open ones past their follow-up."""
        today = today or timezone.localdate()
        cutoff = business_days_before(today, settings.LEAD_UNTOUCHED_BUSINESS_DAYS)
        return self.open().filter(
            models.Q(stage=Stage.NEW, touched_at__date__lte=cutoff)
            | models.Q(next_follow_up__lt=today)
        )

    def follow_up_due(self, today: datetime.date | None = None):
        """Open leads whose next follow-up is today."""
        return self.open().filter(next_follow_up=today or timezone.localdate())


class PipelineSummary:
    """The figures of the admin dashboard's pipeline panel, a few queries each."""

    def __init__(self, today: datetime.date | None = None):
        self.today = today or timezone.localdate()

    @property
    def new(self) -> int:
        """Leads nobody has contacted yet."""
        return Organization.objects.filter(stage=Stage.NEW).count()

    @property
    def due_today(self) -> int:
        return Organization.objects.follow_up_due(self.today).count()

    @property
    def new_this_week(self) -> int:
        monday = self.today - datetime.timedelta(days=self.today.weekday())
        return Organization.objects.filter(created_at__date__gte=monday).count()

    @property
    def overdue(self) -> int:
        return Organization.objects.overdue(self.today).count()

    @property
    def per_stage(self) -> list[tuple[str, int]]:
        counts = dict(Organization.objects.values_list("stage").annotate(n=models.Count("pk")))
        return [(label, counts.get(value, 0)) for value, label in Stage.choices]

    @property
    def per_stage_links(self) -> list[tuple[str, str, int]]:
        """(key, label, count) per stage: the panel links each count to its listing."""
        counts = dict(Organization.objects.values_list("stage").annotate(n=models.Count("pk")))
        return [(value, label, counts.get(value, 0)) for value, label in Stage.choices]

    @property
    def conversion_90_days(self) -> tuple[int, int]:
        """(members, all) among the leads first in touch in the last 90 days."""
        since = self.today - datetime.timedelta(days=90)
        leads = Organization.objects.filter(created_at__date__gt=since).exclude(stage=Stage.SPAM)
        return leads.filter(stage=Stage.MEMBER).count(), leads.count()


class Organization(models.Model):
    """A company that showed interest: a lead in the pipeline, and later a member."""

    name = models.CharField(_("company"), max_length=200)
    normalised_name = models.CharField(max_length=200, db_index=True, editable=False)
    email_domain = models.CharField(_("email domain"), max_length=200, blank=True, db_index=True)
    stage = models.CharField(
        _("stage"), max_length=20, choices=Stage.choices, default=Stage.NEW, db_index=True
    )
    lost_reason = models.CharField(_("reason lost"), max_length=300, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    next_follow_up = models.DateField(_("next follow-up"), null=True, blank=True)
    source = models.CharField(_("first contact through"), max_length=30, choices=Source.choices)
    locale = models.ForeignKey(
        "wagtailcore.Locale", verbose_name=_("language"), on_delete=models.PROTECT, related_name="+"
    )
    enrolment_code = models.CharField(
        _("enrolment code"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        editable=False,
        help_text=_(
            "Given when the company becomes a member: its employees' registrations "
            "carry it and attach to the company."
        ),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)
    touched_at = models.DateTimeField(
        _("last handled"),
        default=timezone.now,
        help_text=_("When staff last did something with the lead."),
    )

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        verbose_name = _("lead")
        verbose_name_plural = _("leads")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        """Also keeps the folded name; a copy read before the lead got its enrolment
        code never erases it (only ``leads.services.give_enrolment_code`` writes it)."""
        self.normalised_name = normalise_company_name(self.name)
        if not self._state.adding and not self.enrolment_code and not kwargs.get("update_fields"):
            kwargs["update_fields"] = [
                field.name
                for field in self._meta.concrete_fields
                if not field.primary_key and field.name != "enrolment_code"
            ]
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.stage == Stage.LOST and not self.lost_reason.strip():
            raise ValidationError({"lost_reason": _("Say why the lead was lost.")})

    def notes_log(self) -> str:
        """Every note, oldest first, as one text (the export's column): "when, who: text"."""
        return "\n\n".join(note.as_text() for note in self.notes.order_by("created_at", "pk"))

    notes_log.short_description = _("notes")

    def submissions(self) -> list[models.Model]:
        """The submissions attached to the lead, newest first."""
        return sorted(
            (
                record
                for model in submission_models()
                for record in model.objects.filter(organization=self)
            ),
            key=lambda record: record.submitted_at,
            reverse=True,
        )


def submission_models() -> list[type[models.Model]]:
    """The models of the submissions a lead holds: those whose ``organization`` points
    at the lead and that name their form (``form_kind``). The intake defines them."""
    return [
        relation.related_model
        for relation in Organization._meta.related_objects
        if relation.field.name == "organization" and hasattr(relation.related_model, "form_kind")
    ]


class Contact(models.Model):
    """A person at an organisation, as they gave themselves in a form."""

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="contacts", verbose_name=_("lead")
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254, db_index=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("contact")
        verbose_name_plural = _("contacts")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged


class TimelineEntry(models.Model):
    """Something that happened to a lead, with who and when.

    The entry has a kind and the data its sentence needs (see ``leads.timeline``),
    never the personal data involved (the submission itself holds that): a timeline
    can be shown and kept without copying anyone's details.
    """

    Kind = TimelineKind

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="timeline", verbose_name=_("lead")
    )
    kind = models.CharField(_("what"), max_length=20, choices=Kind.choices)
    data = models.JSONField(default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    record_kind = models.CharField(max_length=30, blank=True)
    record_id = models.PositiveBigIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("timeline entry")
        verbose_name_plural = _("timeline entries")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.display_summary}"

    @property
    def display_summary(self) -> str:
        """What happened, in the reader's language."""
        return timeline.sentence(self.kind, self.data)


class LeadNote(models.Model):
    """A note staff wrote on a lead: one entry of its log, with its author and time.

    A note is never overwritten: an edit keeps the text it replaces as a
    :class:`NoteRevision` (who replaced it, when), so the log shows what was known
    when. Only its author edits it (see :meth:`can_edit`).
    """

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="notes", verbose_name=_("lead")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("note"))
    created_at = models.DateTimeField(_("written at"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged

    def can_edit(self, user) -> bool:
        """The author edits their own note, and nobody else's: a note is one person's
        account of what they did or learnt, so a colleague adds a note of their own
        rather than putting words in the author's name. A note carried over from the
        old single memo has no author; whoever may change leads may edit it."""
        if not user.has_perm("leads.change_organization"):
            return False
        return self.author_id is None or self.author_id == user.pk

    def versions(self) -> list[tuple[str, object, datetime.datetime]]:
        """Every text the note has had, oldest first: (text, who wrote it, when)."""
        revisions = list(self.revisions.order_by("replaced_at", "pk").select_related("editor"))
        versions, who, when = [], self.author, self.created_at
        for revision in revisions:
            versions.append((revision.body, who, when))
            who, when = revision.editor, revision.replaced_at
        versions.append((self.body, who, when))
        return versions

    @property
    def edited(self) -> NoteRevision | None:
        """The latest edit, if any."""
        return self.revisions.order_by("-replaced_at", "-pk").select_related("editor").first()

    def as_text(self) -> str:
        who = _user_name(self.author) if self.author else "–"
        return f"{staff_datetime(self.created_at)}, {who}: {self.body}"


class NoteRevision(models.Model):
    """The text a note had before an edit, and who replaced it when."""

    note = models.ForeignKey(
        LeadNote, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("note")
    )
    body = models.TextField(_("previous text"))
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    replaced_at = models.DateTimeField(_("edited at"), default=timezone.now)

    class Meta:
        verbose_name = _("note revision")
        verbose_name_plural = _("note revisions")
        ordering = ["-replaced_at", "-pk"]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"


def _user_name(user) -> str:
    return user.get_full_name() or user.get_username()
