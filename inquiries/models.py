"""The intake: form pages, the records visitors send, and the emails about them.

Each form stores into its own model with real columns (staff filter and export
them, and a field has the same key in every language). What every record shares
lives on :class:`Submission`: the language it was sent in, the consent text it was
sent under, the one-time form token that makes a resubmission harmless, and the
spam verdict.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.debug import sensitive_post_parameters
from ninja import Schema
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from home.headless import PageValue, RichTextValue
from home.models import ROUTING_PERMISSION, BasePage, split_addresses, validate_email_list
from inquiries import answers, choices
from inquiries.choices import FormKind
from inquiries.languages import spoken as spoken_languages
from leads.models import Contact, Organization


class IntakeFormPageQuerySet(PageQuerySet):
    def for_form(self, kind: str, language: str) -> IntakeFormPageQuerySet:
        """The pages of form ``kind`` in ``language``; the published one is
        ``IntakeFormPage.objects.live().for_form(kind, language).first()``."""
        return self.filter(form_kind=kind, locale__language_code=language)


class IntakeFormOut(Schema):
    """Where a front end gets and sends the page's form (``inquiries.api``)."""

    kind: str
    name: str | None  # the form's address under /api/intake/
    api_url: str | None  # GET: the fields, labels and token; POST: send
    thank_you_url: str | None  # the page that thanks the sender


class IntakeFormValue(PageValue):
    def to_representation(self, page) -> IntakeFormOut:
        name = choices.FORM_NAMES.get(page.form_kind)
        return IntakeFormOut(
            kind=page.form_kind,
            name=name,
            api_url=f"/api/intake/{name}/" if name else None,
            thank_you_url=f"{page.url}{choices.THANKS}/" if page.url else None,
        )


# The thank-you page's heading names what was sent (a request is not a "message").
THANKS_TITLES = {
    FormKind.INQUIRY: _("Thank you. We have received your message."),
    FormKind.MATERIAL_REQUEST: _("Thank you. We have received your request for materials."),
    FormKind.ONBOARDING: _("Thank you. We have received your request for a consultation."),
    FormKind.REGISTRATION: _("Thank you. We have received your registration."),
}


class IntakeFormPage(BasePage):
    """A page that hosts one of the intake forms.

    Editors control its introduction and thank-you text in every language; its own
    notification recipients only a user with ``ROUTING_PERMISSION`` may change (they
    receive personal data). The form's fields are defined in code (``inquiries.forms``),
    the same in every language. ``serve`` only routes: the form validates, and
    ``inquiries.services`` stores and notifies.
    """

    form_kind = models.CharField(_("form"), max_length=30, choices=FormKind.choices)
    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    thank_you_text = RichTextField(
        _("thank-you text"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    notification_recipients = models.TextField(
        _("notification recipients"),
        blank=True,
        validators=[validate_email_list],
        help_text=_(
            "Staff told of each submission of this form, one address per line. "
            "Empty: the recipients in the site settings."
        ),
    )

    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("notification_recipients", overridable=False),
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("form_kind"),
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("notification_recipients", permission=ROUTING_PERMISSION),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", serializer=RichTextValue("intro")),
        APIField("thank_you_text", serializer=RichTextValue("thank_you_text")),
        APIField("form", serializer=IntakeFormValue()),
    ]
    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []

    objects = PageManager.from_queryset(IntakeFormPageQuerySet)()

    # What answers the page's requests (the form, its errors, its steps):
    # ``inquiries.views.serve_intake_page``, connected by ``InquiriesConfig.ready``.
    # The views store through the services, which use the records defined here, so
    # this module names no view.
    view = None

    class Meta:
        verbose_name = _("intake form page")

    @property
    def recipients(self) -> list[str]:
        return split_addresses(self.notification_recipients)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["form_name"] = choices.FORM_NAMES.get(self.form_kind)
        context["thanks_title"] = THANKS_TITLES.get(self.form_kind, THANKS_TITLES[FormKind.INQUIRY])
        context["privacy_page"] = self.privacy_page()
        return context

    def privacy_page(self) -> Page | None:
        """The privacy policy in the page's language, linked above the consent."""
        return Page.objects.live().filter(locale_id=self.locale_id, slug="privacy").first()

    def steps(self) -> list[str]:
        """The addresses below the page: its thank-you page and, for registration,
        the form of each role, so that every state a visitor sees has a URL of its own
        (and a file of its own in the static export)."""
        roles = list(choices.Role.values) if self.form_kind == FormKind.REGISTRATION else []
        return [*roles, choices.THANKS]

    def route(self, request, path_components):
        if len(path_components) == 1 and path_components[0] in self.steps() and self.live:
            return RouteResult(self, kwargs={"step": path_components[0]})
        return super().route(request, path_components)

    @method_decorator(sensitive_post_parameters())
    def serve(self, request, *args, step: str | None = None, **kwargs):
        return IntakeFormPage.view(self, request, step=step)


class SubmissionQuerySet(models.QuerySet):
    def genuine(self):
        return self.filter(is_spam=False)

    def spam(self):
        return self.filter(is_spam=True)


class Submission(models.Model):
    """What every intake record keeps besides the visitor's answers."""

    token = models.UUIDField(
        _("form token"),
        unique=True,
        editable=False,
        help_text=_("The one-time token of the form it was sent from; a resubmission reuses it."),
    )
    locale = models.ForeignKey(
        "wagtailcore.Locale",
        verbose_name=_("language"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sent from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now, db_index=True)
    consent_version = models.CharField(_("consent text version"), max_length=20)
    fingerprint = models.CharField(max_length=64, editable=False)
    is_spam = models.BooleanField(_("spam"), default=False, db_index=True)
    spam_reason = models.CharField(_("why it looks like spam"), max_length=100, blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-submitted_at"]

    @property
    def admin_namespace(self) -> str:
        return f"{self._meta.app_label}_{self._meta.model_name}"

    def get_form_kind_display(self) -> str:
        """The form's name, as the staff email and the admin show it (``form_kind`` is a
        class constant here, not a field, so Django does not provide this)."""
        return FormKind(self.form_kind).label

    @property
    def company_or_name(self) -> str:
        """What a staff email's subject names: the company, or the person registering."""
        return getattr(self, "company", "") or self.name

    def readable_answers(self):
        """The visitor's answers in words (``inquiries.answers``): what the pipeline
        shows of a submission without importing the intake."""
        return answers.answers(self)

    def display_value(self, field: str) -> str:
        """One field in words (``inquiries.answers.display_value``)."""
        return answers.display_value(self, field)


class LeadSubmission(Submission):
    """A submission from a company: attached to its lead (organisation) on arrival."""

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("lead"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)s_set",
    )
    contact = models.ForeignKey(
        Contact,
        verbose_name=_("contact"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="%(class)s_set",
    )

    class Meta(Submission.Meta):
        abstract = True


class InquiryTopic(models.TextChoices):
    INTRODUCTION = "introduction", _("Introducing the program")
    COSTS = "costs", _("Costs")
    CONTENT = "content", _("Program content")
    VOLUNTEERING = "volunteering", _("Volunteering")
    PRESS = "press", _("Press")
    OTHER = "other", _("Other")


class Inquiry(LeadSubmission):
    """A question sent through the contact form."""

    company = models.CharField(_("company"), max_length=200)
    department = models.CharField(_("department"), max_length=200, blank=True)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    topic = models.CharField(_("topic"), max_length=20, choices=InquiryTopic.choices)
    message = models.TextField(_("message"), max_length=4000)

    form_kind = FormKind.INQUIRY

    class Meta(LeadSubmission.Meta):
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged


class MaterialRequest(LeadSubmission):
    """A request for materials: the files are sent at once, as signed, expiring links."""

    company = models.CharField(_("company"), max_length=200)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    role = models.CharField(_("role"), max_length=100)
    company_size = models.CharField(
        _("company size"), max_length=10, choices=choices.CompanySize.choices
    )
    foreign_employees = models.CharField(
        _("foreign employees"), max_length=10, choices=choices.ForeignEmployees.choices
    )
    heard_from = models.CharField(
        _("heard of the program through"), max_length=20, choices=choices.HeardFrom.choices
    )
    materials = models.ManyToManyField(
        "programs.Material", verbose_name=_("materials"), related_name="requests"
    )

    form_kind = FormKind.MATERIAL_REQUEST

    class Meta(LeadSubmission.Meta):
        verbose_name = _("material request")
        verbose_name_plural = _("material requests")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged

    def materials_sent(self) -> list[SentMaterial]:
        """Each material sent (as a signed link) with the times it was downloaded, newest
        first: what the lead's screen shows beside the request (the pipeline asks the
        record, so it never imports the intake)."""
        downloads: dict[int | None, list] = {}
        for download in self.downloads.all():
            downloads.setdefault(download.material_id, []).append(download.downloaded_at)
        return [
            SentMaterial(material.title, downloads.get(material.pk, []))
            for material in self.materials.order_by("title")
        ]


@dataclass(frozen=True)
class SentMaterial:
    title: str
    downloads: list  # datetimes, newest first


class MaterialDownload(models.Model):
    """One download of a requested material through its signed link."""

    request = models.ForeignKey(
        MaterialRequest,
        on_delete=models.CASCADE,
        related_name="downloads",
        verbose_name=_("request"),
    )
    material = models.ForeignKey(
        "programs.Material",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("material"),
    )
    downloaded_at = models.DateTimeField(_("downloaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("material download")
        verbose_name_plural = _("material downloads")
        ordering = ["-downloaded_at"]

    def __str__(self) -> str:
        return f"{self.material} @ {self.downloaded_at:%Y-%m-%d %H:%M}"


class OnboardingRequest(LeadSubmission):
    """A company asking to introduce the program."""

    company = models.CharField(_("company"), max_length=200)
    industry = models.CharField(_("industry"), max_length=20, choices=choices.Industry.choices)
    prefecture = models.CharField(
        _("head office prefecture"), max_length=20, choices=choices.Prefecture.choices
    )
    employees = models.CharField(_("employees"), max_length=10, choices=choices.CompanySize.choices)
    foreign_employees = models.CharField(
        _("foreign employees"), max_length=10, choices=choices.ForeignEmployees.choices
    )
    main_languages = models.CharField(_("their main languages"), max_length=200, blank=True)
    goals = models.JSONField(_("goals"), default=list)
    interests = models.JSONField(_("interests"), default=list)
    expected_supported = models.PositiveIntegerField(_("expected supported participants"))
    expected_volunteers = models.PositiveIntegerField(_("expected volunteer participants"))
    preferred_start = models.DateField(_("preferred start"))
    name = models.CharField(_("contact person"), max_length=100)
    department = models.CharField(_("department"), max_length=200, blank=True)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(_("message"), max_length=4000, blank=True)

    form_kind = FormKind.ONBOARDING
    # JSON lists of choices, by the choices they hold (exports show their labels)
    choice_lists = {"goals": choices.Goal, "interests": choices.Interest}

    class Meta(LeadSubmission.Meta):
        verbose_name = _("onboarding request")
        verbose_name_plural = _("onboarding requests")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged


class ParticipantStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted")
    IDENTITY_VERIFIED = "identity_verified", _("Identity verified")
    ORIENTATION_DONE = "orientation_done", _("Orientation done")
    INTERVIEW_DONE = "interview_done", _("Interview done")
    READY = "ready", _("Ready for matching")
    MATCHED = "matched", _("Matched")
    ACTIVE = "active", _("Active")
    CLOSED = "closed", _("Closed")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    NOT_ELIGIBLE = "not_eligible", _("Not eligible")


CLOSED_PARTICIPANT_STATUSES = (
    ParticipantStatus.CLOSED,
    ParticipantStatus.WITHDRAWN,
    ParticipantStatus.NOT_ELIGIBLE,
)


class ParticipantRegistration(Submission):
    """An employee registering to be supported or to volunteer.

    Eligibility is checked by the form; what passes but needs a coordinator's eye
    (a supported employee in Japan for 10 years or more) is flagged for review.
    ``origin`` is what the volunteer rule reads; ``nationality`` is only shown to staff.
    """

    role = models.CharField(_("role"), max_length=20, choices=choices.Role.choices)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30)
    company = models.CharField(_("company or company code"), max_length=200)
    contact_language = models.CharField(
        _("preferred language of contact"), max_length=5, choices=choices.ContactLanguage.choices
    )
    languages = models.JSONField(
        _("languages and levels"),
        default=list,
        blank=True,
        help_text=_("Languages other than Japanese, each with its level."),
    )
    languages_note = models.CharField(
        _("languages as first written (to confirm)"),
        max_length=300,
        blank=True,
        help_text=_(
            "From before languages were chosen from a list: what the person wrote, kept for "
            "a coordinator to confirm against the languages above."
        ),
    )
    japanese_level = models.CharField(
        _("Japanese level"), max_length=10, choices=choices.JapaneseLevel.choices
    )
    nationality = models.CharField(
        _("nationality"), max_length=10, choices=choices.Nationality.choices
    )
    origin = models.CharField(
        _("born and raised outside Japan"),
        max_length=10,
        choices=choices.Origin.choices,
        blank=True,
        help_text=_(
            "Asked of volunteers (the rule for volunteers of foreign origin); blank when "
            "not asked: supported employees, and volunteers who registered before the "
            "question."
        ),
    )
    years_in_japan = models.PositiveSmallIntegerField(_("years in Japan"))
    prefecture = models.CharField(
        _("prefecture"), max_length=20, choices=choices.Prefecture.choices
    )
    municipality = models.CharField(_("city, ward, town or village"), max_length=100)
    family = models.JSONField(_("family members who came along"), default=list, blank=True)
    needs = models.JSONField(_("needs"), default=list, blank=True)
    needs_other = models.CharField(_("other needs"), max_length=300, blank=True)
    activity_type = models.CharField(
        _("activity type"), max_length=20, choices=choices.ActivityType.choices
    )
    activity_format = models.CharField(
        _("format"), max_length=20, choices=choices.ActivityFormat.choices
    )
    pair_preference = models.CharField(
        _("pair preference"), max_length=20, choices=choices.PairPreference.choices
    )
    availability = models.JSONField(_("availability"), default=list)
    help_with = models.JSONField(_("can help with"), default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("pairs at once"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(choices.MAX_CAPACITY)],
        help_text=_("How many people a volunteer can support at the same time."),
    )
    interests = models.JSONField(_("interests"), default=list, blank=True)
    hobbies = models.TextField(_("other hobbies and interests"), max_length=2000, blank=True)
    company_code = models.CharField(
        _("company enrolment code"), max_length=20, blank=True, db_index=True
    )
    member_company = models.ForeignKey(
        Organization,
        verbose_name=_("member company"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="registrations",
    )
    company_to_link = models.BooleanField(
        _("company to link"),
        default=False,
        db_index=True,
        help_text=_("The code given matched no member company: a coordinator links it."),
    )
    agrees_to_screening = models.BooleanField(
        _("agrees to identity verification, orientation and interview")
    )
    needs_review = models.BooleanField(_("needs coordinator review"), default=False, db_index=True)
    review_reason = models.CharField(_("why it needs review"), max_length=200, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ParticipantStatus.choices,
        default=ParticipantStatus.SUBMITTED,
        db_index=True,
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    form_kind = FormKind.REGISTRATION
    choice_lists = {
        "needs": choices.Need,
        "availability": choices.Availability,
        "help_with": choices.Need,
        "interests": choices.Hobby,
    }

    class Meta(Submission.Meta):
        verbose_name = _("participant registration")
        verbose_name_plural = _("participant registrations")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged

    def spoken(self) -> dict[str, str]:
        """Every language the person speaks, with the level (``inquiries.languages.spoken``)."""
        return spoken_languages(self.languages, self.japanese_level)


# Every form's record, and those that feed the sales pipeline (all but registrations).
SUBMISSION_MODELS = (Inquiry, MaterialRequest, OnboardingRequest, ParticipantRegistration)
LEAD_MODELS = (Inquiry, MaterialRequest, OnboardingRequest)


def claim_expiry() -> timedelta:
    """How long a worker may hold an email it is sending before others may take it.

    One send is a few SMTP exchanges (connect, EHLO, MAIL, RCPT per recipient, DATA),
    each bounded by the socket timeout (EMAIL_TIMEOUT); a claim ten timeouts old
    belongs to a worker that died (killed, host lost) in the middle of the send.
    """
    return timedelta(seconds=10 * max(settings.EMAIL_TIMEOUT or 10, 1))


class OutboundEmailQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=OutboundEmail.Status.PENDING)

    def abandoned(self, before):
        """Emails a worker took to send before ``before`` and never finished: it died."""
        return self.filter(status=OutboundEmail.Status.SENDING, claimed_at__lt=before)

    def failed(self):
        return self.filter(status=OutboundEmail.Status.FAILED)

    def retryable(self):
        """Emails staff may send again: failed, or cancelled before they went."""
        return self.filter(status__in=[OutboundEmail.Status.FAILED, OutboundEmail.Status.CANCELLED])

    def cancellable(self):
        """Emails staff may stop: not sent yet, and not being sent this moment."""
        return self.filter(status__in=[OutboundEmail.Status.PENDING, OutboundEmail.Status.FAILED])

    def visible_to(self, user):
        """The emails about the kinds of record ``user`` may see: an email names its
        record's company or person, so who may read the record decides who may read it.
        A digest (no kind of its own) lists at most what its reader's role may see, so
        only a user who may see every kind may read any digest."""
        kinds = [
            model.form_kind
            for model in SUBMISSION_MODELS
            if user.has_perm(f"{model._meta.app_label}.view_{model._meta.model_name}")
        ]
        if len(kinds) == len(SUBMISSION_MODELS):
            kinds.append("")
        return self.filter(form_kind__in=kinds)


class OutboundEmail(models.Model):
    """An email the site owes someone, written in the same transaction as its cause.

    The row is the outbox: the task that sends it may run late, be retried or run
    twice, and the row says whether the email went. Its Message-ID is fixed when the
    row is written, so a retried send is recognisable as the same message.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed; retries exhausted")
        CANCELLED = "cancelled", _("Cancelled by staff")

    class Purpose(models.TextChoices):
        STAFF = "staff", _("Staff notification")
        CONFIRMATION = "confirmation", _("Confirmation to the sender")
        DIGEST = "digest", _("Daily digest to staff")
        PAIR_PROPOSAL = "pair_proposal", _("Pair proposed to a participant")
        PAIR_ACCEPTED = "pair_accepted", _("Pair accepted by both")
        PAIR_INTRODUCTION = "pair_introduction", _("Pair introduction")
        ACTIVITY_ASSIGNMENT = "activity_assignment", _("One-off activity offered to a volunteer")
        ACTIVITY_CONFIRMED = "activity_confirmed", _("One-off activity confirmed")
        CHECK_IN = "check_in", _("Check-in asked of a pair's member")
        CHECK_IN_REMINDER = "check_in_reminder", _("Check-in reminder")
        REPORT_LINK = "report_link", _("Company report sent to a member company")
        SURVEY = "survey", _("Awareness survey asked of a volunteer")

    message_id = models.CharField(_("Message-ID"), max_length=200, unique=True)
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    # Empty for a digest, which is about the day's records of several forms.
    form_kind = models.CharField(_("form"), max_length=30, choices=FormKind.choices, blank=True)
    record_id = models.PositiveBigIntegerField(_("record"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10)
    to = models.TextField(_("to"))
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # When a worker took the email to send it (status "sending"); see tasks.claim().
    claimed_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = OutboundEmailQuerySet.as_manager()

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} #{self.pk}"  # no personal data: it is logged

    @property
    def recipients(self) -> list[str]:
        """One address per line, as written: a staff list was split into lines when
        the email was written, a visitor's address is one line. Never split on commas
        or anything else, so a stored visitor address is sent to as that one value."""
        return [line for line in self.to.split("\n") if line]

    @property
    def is_stuck(self) -> bool:
        """Taken by a worker that stopped (killed, host lost) before it finished the send;
        ``send_pending_emails`` hands it to another worker."""
        return (
            self.status == self.Status.SENDING
            and self.claimed_at is not None
            and self.claimed_at < timezone.now() - claim_expiry()
        )

    def delivery(self) -> str:
        """The status as staff read it, saying so when an email is stuck."""
        if self.is_stuck:
            return str(_("Stuck: the worker sending it stopped; it will be sent again"))
        return self.get_status_display()

    delivery.short_description = _("status")


class PrivacyAuditEntry(models.Model):
    """What a retention purge or an individual's request did, without personal data.

    The person is identified only by a keyed hash of their email address, so the
    entry can prove that a request was handled without keeping who made it.
    """

    class Action(models.TextChoices):
        PURGE = "purge", _("Retention purge")
        EXPORT = "export", _("Staff export")
        DISCLOSURE = "disclosure", _("Disclosure (export)")
        ERASURE = "erasure", _("Erasure")

    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    subject_hash = models.CharField(_("person (hash)"), max_length=64, blank=True)
    counts = models.JSONField(_("records"), default=dict)
    actor = models.CharField(_("by"), max_length=150, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("privacy audit entry")
        verbose_name_plural = _("privacy audit entries")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.created_at:%Y-%m-%d %H:%M}"


class IdempotencyKey(models.Model):
    """One ``Idempotency-Key`` of the intake API and the answer it got.

    The same key with the same body gets the first answer again; with another body,
    422; while the first request is still being handled, 409.
    """

    key = models.CharField(max_length=200, unique=True)
    request_hash = models.CharField(max_length=64)
    done = models.BooleanField(default=False)
    response_status = models.PositiveSmallIntegerField(null=True, blank=True)
    response_body = models.JSONField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self) -> str:
        return f"{self.key[:12]}… {'done' if self.done else 'in flight'}"


class RateLimitCounter(models.Model):
    """Requests per client and window, in the database so every worker shares it.

    The key is a hash: no address is stored. Old windows are deleted as new ones
    are counted.
    """

    key = models.CharField(max_length=64)
    window_start = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "window_start"], name="ratelimit_unique_window")
        ]

    def __str__(self) -> str:
        return f"{self.key[:8]}… {self.window_start:%Y-%m-%d %H:%M} ×{self.count}"


def consent_version() -> str:
    return settings.INTAKE_CONSENT_VERSION
