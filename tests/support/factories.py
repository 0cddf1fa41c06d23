"""Factories (factory_boy) for every model the tests build, so a test makes a valid row in
a line and says only what matters to it.

Each factory makes a row that passes ``full_clean()``; a ``language`` parameter ("ja",
"en", "ne") picks the locale and sample text in that language where a model has one.
Pages are added below their parent in Wagtail's tree and published. The site's own
content (``load_site_content``) is there in every test, so the factories point at it
where a row needs it: the intake page of a form, the materials of a language.

The tests that check the intake itself send the real forms (``tests.support.intake``);
these factories are for everything else.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import uuid

import factory
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.users.models import UserProfile

from accounts.models import NotificationPreference, SignInFailure
from faq.models import FAQCategory, FAQItem
from home.models import HomePage, SiteSettings, StandardPage
from inquiries import choices
from inquiries.models import (
    FormKind,
    IdempotencyKey,
    Inquiry,
    InquiryTopic,
    IntakeFormPage,
    MaterialDownload,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
    ParticipantStatus,
    PrivacyAuditEntry,
    RateLimitCounter,
)
from leads.choices import Source, Stage, TimelineKind
from leads.models import Contact, LeadNote, NoteRevision, Organization, TimelineEntry
from participants.models import (
    CheckIn,
    CheckInKind,
    CheckInSide,
    FlagReason,
    FollowUp,
    FollowUpAction,
    HoursKind,
    MeetingFormat,
    Pair,
    PairFlag,
    PairKind,
    PairSetting,
    PairStatus,
    ReportSend,
    SurveyAnswer,
    SurveyMoment,
    SurveyQuestion,
    VolunteerHours,
)
from programs.models import Material, ProgramIndexPage, ProgramPage

PASSWORD = "not-a-real-password-1"  # noqa: S105 - every factory-made user's password

# Sample text per language, as visitors and staff write it.
COMPANY = {"ja": "株式会社みどり電機", "en": "Brightwater Logistics", "ne": "हिमालय प्रविधि सेवा"}
PERSON = {"ja": "山田 花子", "en": "Olivia Hartley", "ne": "सीता गुरुङ"}
MESSAGE = {
    "ja": "外国人社員の受け入れについて相談させてください。",
    "en": "We would like to hear how the program works for our staff.",
    "ne": "हाम्रा कर्मचारीहरूका लागि कार्यक्रमबारे जान्न चाहन्छौं।",
}
TITLE = {"ja": "お知らせ", "en": "News", "ne": "सूचना"}


def locale_of(language: str) -> Locale:
    return Locale.objects.get(language_code=language)


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# -- users ----------------------------------------------------------------------------


class UserFactory(factory.django.DjangoModelFactory):
    """A staff member; ``groups=[...]`` or a trait (``editor``, ``moderator``,
    ``lead_staff``, ``coordinator``, ``privacy_officer``, ``superuser``) gives the role,
    ``language`` the admin's language (Wagtail's user profile)."""

    class Meta:
        model = get_user_model()

    class Params:
        editor = factory.Trait(groups=["Editors"])
        moderator = factory.Trait(groups=["Moderators"])
        lead_staff = factory.Trait(groups=["Lead staff"])
        coordinator = factory.Trait(groups=["Coordinators"])
        privacy_officer = factory.Trait(groups=["Privacy officer"])
        superuser = factory.Trait(is_superuser=True, is_staff=True)

    username = factory.Sequence(lambda n: f"staff-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@jii.example")
    first_name = "Hana"
    last_name = "Sato"
    password = factory.django.Password(PASSWORD)

    groups: tuple[str, ...] = ()  # by name, as the migrations create them
    language = None  # the admin's language ("" is the site's default, Japanese)

    @classmethod
    def _build(cls, model_class, *args, groups=(), language=None, **kwargs):
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, groups=(), language=None, **kwargs):
        user = super()._create(model_class, *args, **kwargs)
        if groups:
            user.groups.set(Group.objects.filter(name__in=groups))
            missing = set(groups) - set(user.groups.values_list("name", flat=True))
            assert not missing, f"no such group: {missing}"
        if language is not None:
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save()
        return user


# -- Wagtail's images and documents -----------------------------------------------------


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Image {n}")
    file = factory.LazyFunction(lambda: ContentFile(png_bytes(), name="image.png"))
    collection = factory.LazyFunction(Collection.get_first_root_node)


class DocumentFactory(factory.django.DjangoModelFactory):
    """A public document; the ``private`` trait puts it in the private materials
    collection, where only a signed link reaches it."""

    class Meta:
        model = get_document_model()

    class Params:
        private = factory.Trait(
            collection=factory.LazyFunction(
                lambda: Collection.objects.get(name=settings.PRIVATE_MATERIALS_COLLECTION)
            )
        )

    title = factory.Sequence(lambda n: f"Leaflet {n}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(f"%PDF-1.4 {o.title}".encode(), name="leaflet.pdf")
    )
    collection = factory.LazyFunction(Collection.get_first_root_node)


# -- content --------------------------------------------------------------------------


class PageFactory(factory.django.DjangoModelFactory):
    """A page added below ``parent`` (by default the home page of ``language``) and
    published; ``publish=False`` leaves it a draft."""

    class Meta:
        abstract = True

    class Params:
        language = "ja"

    parent = factory.LazyAttribute(lambda o: HomePage.objects.get(locale__language_code=o.language))
    locale = factory.LazyAttribute(lambda o: o.parent.locale)
    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.Sequence(lambda n: f"page-{n}")

    publish = True

    @classmethod
    def _build(cls, model_class, *args, parent, publish, **kwargs):
        return model_class(*args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, parent, publish, **kwargs):
        page = model_class(*args, live=publish, **kwargs)
        parent.add_child(instance=page)
        if publish:
            page.save_revision().publish()
        else:
            page.save_revision()
        return page


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.LazyAttributeSequence(lambda o, n: f"{TITLE[o.language]} {n}")
    intro = factory.LazyAttribute(lambda o: MESSAGE[o.language])


class ProgramPageFactory(PageFactory):
    """A program page below the program index of ``language`` (or ``parent``)."""

    class Meta:
        model = ProgramPage

    parent = factory.LazyAttribute(
        lambda o: ProgramIndexPage.objects.get(locale__language_code=o.language)
    )
    title = factory.Sequence(lambda n: f"Program {n}")
    slug = factory.Sequence(lambda n: f"program-{n}")
    intro = factory.Sequence(lambda n: f"Intro {n}")


class FAQItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQItem

    locale = factory.LazyFunction(Locale.get_default)
    question = factory.Sequence(lambda n: f"Question {n}?")
    answer = factory.Sequence(lambda n: f"<p>Answer {n}.</p>")
    category = factory.Iterator(FAQCategory.values)
    sort_order = factory.Sequence(lambda n: 100 + n)


class MaterialFactory(factory.django.DjangoModelFactory):
    """A published material that is sent only on request, its file in the private
    collection; the ``public`` trait makes it one anyone may download."""

    class Meta:
        model = Material

    class Params:
        language = "ja"
        public = factory.Trait(request_required=False, document=factory.SubFactory(DocumentFactory))

    locale = factory.LazyAttribute(lambda o: locale_of(o.language))
    title = factory.LazyAttributeSequence(lambda o, n: f"{COMPANY[o.language]} {n}")
    description = factory.LazyAttribute(lambda o: MESSAGE[o.language])
    document = factory.SubFactory(DocumentFactory, private=True)
    request_required = True
    sort_order = factory.Sequence(lambda n: 100 + n)


class SiteSettingsFactory(factory.django.DjangoModelFactory):
    """The site settings of ``language`` changed as given: a language has one row (the
    site's own), so the factory updates it, and makes it only where there is none."""

    class Meta:
        model = SiteSettings
        django_get_or_create = ("locale",)

    class Params:
        language = "ja"

    locale = factory.LazyAttribute(lambda o: locale_of(o.language))

    @classmethod
    def _get_or_create(cls, model_class, *args, locale, **changes):
        settings_row, _created = model_class.objects.update_or_create(
            locale=locale, defaults=changes, create_defaults={"organisation_name": "JII", **changes}
        )
        return settings_row


# -- the pipeline ---------------------------------------------------------------------


class OrganizationFactory(factory.django.DjangoModelFactory):
    """A new lead; ``stage=...`` and ``created_at=...`` place it in the pipeline."""

    class Meta:
        model = Organization

    class Params:
        language = "ja"
        lost = factory.Trait(stage=Stage.LOST, lost_reason="Budget")

    name = factory.LazyAttributeSequence(lambda o, n: f"{COMPANY[o.language]} {n}")
    email_domain = ""  # as the intake leaves it until a contact's address gives one
    stage = Stage.NEW
    source = Source.INQUIRY
    locale = factory.LazyAttribute(lambda o: locale_of(o.language))
    created_at = factory.LazyFunction(timezone.now)
    touched_at = factory.SelfAttribute("created_at")


class ContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contact

    class Params:
        language = "ja"

    organization = factory.SubFactory(
        OrganizationFactory, language=factory.SelfAttribute("..language")
    )
    name = factory.LazyAttribute(lambda o: PERSON[o.language])
    email = factory.Sequence(lambda n: f"person{n}@company.example")
    phone = "03-1234-5678"


class TimelineEntryFactory(factory.django.DjangoModelFactory):
    """An entry of a lead's timeline, by default a submission; a trait per kind gives
    the data its sentence needs (``leads.timeline``)."""

    class Meta:
        model = TimelineEntry

    class Params:
        stage = factory.Trait(kind=TimelineKind.STAGE, data={"from": "new", "to": "contacted"})
        assignment = factory.Trait(kind=TimelineKind.ASSIGNMENT, data={"assignee": "hana"})
        follow_up = factory.Trait(kind=TimelineKind.FOLLOW_UP, data={"date": "2030-01-10"})
        notes = factory.Trait(kind=TimelineKind.NOTES, data={})
        merged = factory.Trait(kind=TimelineKind.MERGED, data={"name": "Sample Holdings"})
        split = factory.Trait(kind=TimelineKind.SPLIT, data={"name": "Sample Co Ltd"})
        note = factory.Trait(kind=TimelineKind.NOTE, data={"text": "Called, will send a proposal"})
        email_sent = factory.Trait(kind=TimelineKind.EMAIL_SENT, data={"purpose": "confirmation"})
        email_failed = factory.Trait(kind=TimelineKind.EMAIL_FAILED, data={"purpose": "staff"})
        download = factory.Trait(kind=TimelineKind.DOWNLOAD, data={"title": "OCP brochure"})
        enrolment_code = factory.Trait(kind=TimelineKind.ENROLMENT_CODE, data={"code": "K7QM2XRT"})
        report_sent = factory.Trait(
            kind=TimelineKind.REPORT_SENT,
            data={"from": "2026-04-01", "to": "2026-09-30", "language": "en", "send": 1},
        )
        report_download = factory.Trait(
            kind=TimelineKind.REPORT_DOWNLOAD,
            data={"from": "2026-04-01", "to": "2026-09-30", "language": "ja", "send": 1},
        )

    organization = factory.SubFactory(OrganizationFactory)
    kind = TimelineKind.SUBMISSION
    data = factory.LazyAttribute(lambda o: {"form": o.record_kind or FormKind.INQUIRY})
    record_kind = ""
    record_id = None


class LeadNoteFactory(factory.django.DjangoModelFactory):
    """A note of a lead's log, written by a lead staff member."""

    class Meta:
        model = LeadNote

    organization = factory.SubFactory(OrganizationFactory)
    author = factory.SubFactory(UserFactory, lead_staff=True)
    body = "Called; they will send the numbers next week."


class NoteRevisionFactory(factory.django.DjangoModelFactory):
    """The text a note had before its author edited it."""

    class Meta:
        model = NoteRevision

    note = factory.SubFactory(LeadNoteFactory)
    body = "Called; no answer."
    editor = factory.SelfAttribute("note.author")


# Every kind of timeline entry, by the trait that makes it (the default is a submission).
TIMELINE_TRAITS = {
    TimelineKind.SUBMISSION: None,
    **{kind: kind.value for kind in TimelineKind if kind != TimelineKind.SUBMISSION},
}


# -- the intake's records -------------------------------------------------------------


class SubmissionFactory(factory.django.DjangoModelFactory):
    """What every intake record shares: a fresh form token, the language, the site's
    page of its form, the consent text in force; the ``spam`` trait marks a bot's."""

    class Meta:
        abstract = True

    class Params:
        language = "ja"
        form = None  # the form's kind, set by each record's factory
        spam = factory.Trait(is_spam=True, spam_reason="honeypot")

    token = factory.LazyFunction(uuid.uuid4)
    locale = factory.LazyAttribute(lambda o: locale_of(o.language))
    source_page = factory.LazyAttribute(
        lambda o: IntakeFormPage.objects.filter(locale=o.locale, form_kind=o.form).first()
    )
    submitted_at = factory.LazyFunction(timezone.now)
    consent_version = factory.LazyFunction(lambda: settings.INTAKE_CONSENT_VERSION)
    fingerprint = factory.LazyAttribute(lambda o: sha256(str(o.token)))
    is_spam = False
    spam_reason = ""


class LeadSubmissionFactory(SubmissionFactory):
    """A company's record, attached to a lead and a contact made from its answers as
    the intake attaches it (a spam record is attached to none)."""

    class Meta:
        abstract = True

    class Params:
        spam = factory.Trait(is_spam=True, spam_reason="honeypot", organization=None, contact=None)

    company = factory.LazyAttributeSequence(lambda o, n: f"{COMPANY[o.language]} {n}")
    name = factory.LazyAttribute(lambda o: PERSON[o.language])
    email = factory.Sequence(lambda n: f"visitor{n}@company.example")
    organization = factory.SubFactory(
        OrganizationFactory,
        name=factory.SelfAttribute("..company"),
        source=factory.SelfAttribute("..form"),
        locale=factory.SelfAttribute("..locale"),
    )
    contact = factory.SubFactory(
        ContactFactory,
        organization=factory.SelfAttribute("..organization"),
        name=factory.SelfAttribute("..name"),
        email=factory.SelfAttribute("..email"),
    )


class InquiryFactory(LeadSubmissionFactory):
    class Meta:
        model = Inquiry

    class Params:
        form = FormKind.INQUIRY

    department = "HR"
    phone = "03-1234-5678"
    topic = InquiryTopic.INTRODUCTION
    message = factory.LazyAttribute(lambda o: MESSAGE[o.language])


class MaterialRequestFactory(LeadSubmissionFactory):
    """A request for materials, by default for the site's published materials of its
    language; ``materials=[...]`` names others."""

    class Meta:
        model = MaterialRequest
        skip_postgeneration_save = True

    class Params:
        form = FormKind.MATERIAL_REQUEST

    role = "HR"
    company_size = choices.CompanySize.UNDER_300
    foreign_employees = choices.ForeignEmployees.FEW
    heard_from = choices.HeardFrom.SEARCH

    @factory.post_generation
    def materials(record, create, extracted, **kwargs):
        if not create:
            return
        if extracted is None:
            extracted = Material.objects.for_locale(record.locale)
        record.materials.set(extracted)


class MaterialDownloadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MaterialDownload

    request = factory.SubFactory(MaterialRequestFactory)
    material = factory.LazyAttribute(lambda o: o.request.materials.first())
    downloaded_at = factory.LazyFunction(timezone.now)


def in_two_months() -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=60)


class OnboardingRequestFactory(LeadSubmissionFactory):
    class Meta:
        model = OnboardingRequest

    class Params:
        form = FormKind.ONBOARDING

    industry = choices.Industry.MANUFACTURING
    prefecture = choices.Prefecture.AICHI
    employees = choices.CompanySize.UNDER_1000
    foreign_employees = choices.ForeignEmployees.MANY
    main_languages = "Vietnamese, Nepali"
    goals = factory.LazyFunction(lambda: [choices.Goal.RETENTION, choices.Goal.ENGAGEMENT])
    interests = factory.LazyFunction(
        lambda: [choices.Interest.LONG_TERM, choices.Interest.INFO_SESSION]
    )
    expected_supported = 12
    expected_volunteers = 15
    preferred_start = factory.LazyFunction(in_two_months)
    department = "HR"
    phone = "052-000-0000"
    message = factory.LazyAttribute(lambda o: MESSAGE[o.language])


class ParticipantRegistrationFactory(SubmissionFactory):
    """An employee registering, by default one who would like support (with family
    and needs); the ``volunteer`` trait makes a Japanese volunteer."""

    class Meta:
        model = ParticipantRegistration

    class Params:
        form = FormKind.REGISTRATION
        language = "ne"
        supported = factory.Trait(role=choices.Role.SUPPORTED)
        volunteer = factory.Trait(
            role=choices.Role.VOLUNTEER,
            name="鈴木 太郎",
            contact_language=choices.ContactLanguage.JAPANESE,
            languages=factory.LazyFunction(
                lambda: [{"language": "en", "level": choices.LanguageLevel.CONVERSATIONAL}]
            ),
            help_with=factory.LazyFunction(
                lambda: [choices.Need.HOSPITAL, choices.Need.PROCEDURES]
            ),
            japanese_level=choices.JapaneseLevel.NATIVE,
            nationality=choices.Nationality.JAPAN,
            origin=choices.Origin.JAPAN,
            years_in_japan=30,
            family=[],
            needs=[],
        )
        flagged = factory.Trait(
            years_in_japan=12, needs_review=True, review_reason="In Japan for 10 years or more"
        )

    role = choices.Role.SUPPORTED
    name = factory.LazyAttribute(lambda o: PERSON[o.language])
    email = factory.Sequence(lambda n: f"participant{n}@example.com")
    phone = "090-0000-0000"
    company = "OCP-1234"
    contact_language = factory.LazyAttribute(lambda o: o.language)
    languages = factory.LazyFunction(
        lambda: [
            {"language": "ne", "level": choices.LanguageLevel.NATIVE},
            {"language": "en", "level": choices.LanguageLevel.FLUENT},
        ]
    )
    japanese_level = choices.JapaneseLevel.DAILY
    nationality = choices.Nationality.NEPAL
    years_in_japan = 3
    prefecture = choices.Prefecture.TOKYO
    municipality = "Shinjuku"
    family = factory.LazyFunction(
        lambda: [{"relation": "spouse", "age": None}, {"relation": "child", "age": 5}]
    )
    needs = factory.LazyFunction(lambda: [choices.Need.HOSPITAL, choices.Need.ENROLMENT])
    activity_type = choices.ActivityType.LONG_TERM
    activity_format = choices.ActivityFormat.BOTH
    pair_preference = choices.PairPreference.NO_PREFERENCE
    availability = factory.LazyFunction(lambda: [choices.Availability.WEEKEND_DAYTIME])
    interests = factory.LazyFunction(lambda: [choices.Hobby.COOKING, choices.Hobby.OUTDOORS])
    hobbies = "Mountain photography"
    agrees_to_screening = True


# -- what the intake leaves behind ----------------------------------------------------


class OutboundEmailFactory(factory.django.DjangoModelFactory):
    """A confirmation waiting to be sent; ``record=...`` makes it an email about that
    record, the ``staff``, ``sent`` and ``failed`` traits the other states."""

    class Meta:
        model = OutboundEmail

    class Params:
        record = None
        staff = factory.Trait(
            purpose=OutboundEmail.Purpose.STAFF, to="office@jii.example", language="ja"
        )
        sent = factory.Trait(
            status=OutboundEmail.Status.SENT, attempts=1, sent_at=factory.LazyFunction(timezone.now)
        )
        failed = factory.Trait(
            status=OutboundEmail.Status.FAILED, attempts=5, last_error="SMTPRecipientsRefused"
        )

    message_id = factory.Sequence(lambda n: f"<{n}.{uuid.uuid4().hex}@jii.example>")
    purpose = OutboundEmail.Purpose.CONFIRMATION
    form_kind = factory.LazyAttribute(
        lambda o: o.record.form_kind if o.record else FormKind.INQUIRY
    )
    record_id = factory.LazyAttributeSequence(lambda o, n: o.record.pk if o.record else n + 1)
    language = factory.LazyAttribute(lambda o: o.record.locale.language_code if o.record else "en")
    to = factory.LazyAttribute(lambda o: o.record.email if o.record else "visitor@company.example")
    subject = "We have received your inquiry"
    body = "Thank you for your inquiry. We will answer within two business days."


class PrivacyAuditEntryFactory(factory.django.DjangoModelFactory):
    """A retention purge's entry; the ``erasure`` trait one person's erasure request."""

    class Meta:
        model = PrivacyAuditEntry

    class Params:
        erasure = factory.Trait(
            action=PrivacyAuditEntry.Action.ERASURE,
            subject_hash=factory.LazyFunction(lambda: sha256(uuid.uuid4().hex)),
            counts={"inquiry": 1, "contact": 1},
            actor="privacy-officer",
        )

    action = PrivacyAuditEntry.Action.PURGE
    counts = factory.LazyFunction(lambda: {"inquiry": 2, "idempotencykey": 3})
    created_at = factory.LazyFunction(timezone.now)


class IdempotencyKeyFactory(factory.django.DjangoModelFactory):
    """A key whose first request is still being handled; ``answered`` has its answer."""

    class Meta:
        model = IdempotencyKey

    class Params:
        answered = factory.Trait(
            done=True, response_status=201, response_body={"status": "created"}
        )

    key = factory.Sequence(lambda n: f"key-{n}")
    request_hash = factory.LazyAttribute(lambda o: sha256(o.key))
    done = False
    created_at = factory.LazyFunction(timezone.now)


class RateLimitCounterFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RateLimitCounter

    key = factory.Sequence(lambda n: sha256(f"client-{n}"))
    window_start = factory.LazyFunction(lambda: timezone.now().replace(second=0, microsecond=0))
    count = 1


class SignInFailureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SignInFailure

    key = factory.Sequence(lambda n: sha256(f"username-{n}"))
    at = factory.LazyFunction(timezone.now)


class NotificationPreferenceFactory(factory.django.DjangoModelFactory):
    """A staff member's choice of notification emails (default: the daily digest)."""

    class Meta:
        model = NotificationPreference

    user = factory.SubFactory(UserFactory, lead_staff=True)
    frequency = NotificationPreference.Frequency.DAILY


# -- matching (participants.matching, participants.assignment) -------------------------


class ReadySupportedFactory(ParticipantRegistrationFactory):
    """A supported participant ready for matching (screening done), in Tokyo."""

    status = ParticipantStatus.READY


class ReadyVolunteerFactory(ParticipantRegistrationFactory):
    """A Japanese volunteer ready for matching (native Japanese, conversational English),
    in Shinjuku, Tokyo, free at weekends, helping with hospital visits and procedures."""

    role = choices.Role.VOLUNTEER
    name = "鈴木 太郎"
    contact_language = choices.ContactLanguage.JAPANESE
    languages = factory.LazyFunction(
        lambda: [{"language": "en", "level": choices.LanguageLevel.CONVERSATIONAL}]
    )
    help_with = factory.LazyFunction(lambda: [choices.Need.HOSPITAL, choices.Need.PROCEDURES])
    japanese_level = choices.JapaneseLevel.NATIVE
    nationality = choices.Nationality.JAPAN
    years_in_japan = 30
    family = factory.LazyFunction(list)
    needs = factory.LazyFunction(list)
    status = ParticipantStatus.READY
    interests = factory.LazyFunction(lambda: [choices.Hobby.COOKING])


# -- pairs and one-off activities (participants.pairs, participants.activities) -------


class QueuedSupportedFactory(ParticipantRegistrationFactory):
    """A supported participant through screening, waiting in the queue for a pair."""

    status = "ready"


class ScreenedVolunteerFactory(ParticipantRegistrationFactory):
    """A volunteer through screening (Japanese, speaks English and Nepali well enough,
    in Tokyo at weekends), who can take one pair."""

    class Params:
        form = FormKind.REGISTRATION
        language = "ja"

    role = choices.Role.VOLUNTEER
    status = "ready"
    name = factory.Sequence(lambda n: f"山田 花子{n}")
    contact_language = choices.ContactLanguage.JAPANESE
    languages = factory.LazyFunction(
        lambda: [
            {"language": "en", "level": choices.LanguageLevel.FLUENT},
            {"language": "ne", "level": choices.LanguageLevel.CONVERSATIONAL},
        ]
    )
    help_with = factory.LazyFunction(lambda: [choices.Need.HOSPITAL, choices.Need.PROCEDURES])
    japanese_level = choices.JapaneseLevel.NATIVE
    nationality = choices.Nationality.JAPAN
    years_in_japan = 30
    family = factory.LazyFunction(list)
    needs = factory.LazyFunction(list)
    phone = "080-1111-2222"
    availability = factory.LazyFunction(
        lambda: [choices.Availability.WEEKEND_DAYTIME, choices.Availability.WEEKDAY_EVENING]
    )
    capacity = 1


# -- follow-up: check-ins, flags, hours, survey, reports (participants, #14) -----------


class ActivePairFactory(factory.django.DjangoModelFactory):
    """A long-term pair that met and is active (written directly, without the
    lifecycle's emails: use ``participants.pairs`` to test the lifecycle itself)."""

    class Meta:
        model = Pair

    supported = factory.SubFactory(ParticipantRegistrationFactory, status=ParticipantStatus.ACTIVE)
    volunteer = factory.SubFactory(ScreenedVolunteerFactory, status=ParticipantStatus.ACTIVE)
    kind = PairKind.LONG_TERM
    setting = PairSetting.EXTERNAL
    status = PairStatus.ACTIVE
    first_meeting = factory.LazyFunction(timezone.localdate)
    supported_accepted_at = factory.LazyFunction(timezone.now)
    volunteer_accepted_at = factory.LazyFunction(timezone.now)


class CheckInFactory(factory.django.DjangoModelFactory):
    """The supported participant's two-week check-in, due today and not yet sent; the
    ``answered`` trait fills in a content answer."""

    class Meta:
        model = CheckIn

    class Params:
        answered = factory.Trait(
            sent_at=factory.LazyFunction(timezone.now),
            answered_at=factory.LazyFunction(timezone.now),
            meetings=2,
            minutes=120,
            meeting_format=MeetingFormat.IN_PERSON,
            satisfaction=4,
            went_well="We went to the ward office together.",
        )

    pair = factory.SubFactory(ActivePairFactory)
    side = CheckInSide.SUPPORTED
    kind = CheckInKind.TWO_WEEKS
    due_on = factory.LazyFunction(timezone.localdate)


class PairFlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PairFlag

    pair = factory.SubFactory(ActivePairFactory)
    reason = FlagReason.CONTACT_ME


class FollowUpFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FollowUp

    pair = factory.SubFactory(ActivePairFactory)
    action = FollowUpAction.NOTE
    note = "Called the volunteer; all is well."


class VolunteerHoursFactory(factory.django.DjangoModelFactory):
    """Two hours of a long-term pair, today."""

    class Meta:
        model = VolunteerHours

    pair = factory.SubFactory(ActivePairFactory)
    volunteer = factory.SelfAttribute("pair.volunteer")
    date = factory.LazyFunction(timezone.localdate)
    minutes = 120
    kind = HoursKind.LONG_TERM


class SurveyQuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SurveyQuestion

    text_ja = factory.Sequence(lambda n: f"質問{n}：外国人住民の状況を理解している。")
    text_en = factory.Sequence(
        lambda n: f"Question {n}: I understand foreign residents' situation."
    )
    text_ne = factory.Sequence(lambda n: f"प्रश्न {n}: म विदेशी बासिन्दाहरूको अवस्था बुझ्छु।")
    sort_order = factory.Sequence(lambda n: n + 100)


class SurveyAnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SurveyAnswer

    pair = factory.SubFactory(ActivePairFactory)
    volunteer = factory.SelfAttribute("pair.volunteer")
    moment = SurveyMoment.START
    question = factory.SubFactory(SurveyQuestionFactory)
    rating = 3


class ReportSendFactory(factory.django.DjangoModelFactory):
    """A report for last month, in Japanese, sent to a member company's contact."""

    class Meta:
        model = ReportSend

    organization = factory.SubFactory(OrganizationFactory, stage=Stage.MEMBER)
    contact = factory.SubFactory(
        ContactFactory, organization=factory.SelfAttribute("..organization")
    )
    period_start = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    period_end = factory.LazyFunction(timezone.localdate)
    language = "ja"
    figures = factory.LazyFunction(lambda: {"participants": "fewer than 5"})
