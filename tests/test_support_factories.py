"""The test factories make valid rows, and there is one for every model of our apps."""

from __future__ import annotations

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from tests.support import factories as f

pytestmark = pytest.mark.django_db

APPS = ("home", "programs", "faq", "leads", "inquiries", "accounts")

FACTORIES = {
    "home.StandardPage": f.StandardPageFactory,
    "home.SiteSettings": f.SiteSettingsFactory,
    "programs.ProgramPage": f.ProgramPageFactory,
    "programs.Material": f.MaterialFactory,
    "faq.FAQItem": f.FAQItemFactory,
    "leads.Organization": f.OrganizationFactory,
    "leads.Contact": f.ContactFactory,
    "leads.TimelineEntry": f.TimelineEntryFactory,
    "leads.LeadNote": f.LeadNoteFactory,
    "leads.NoteRevision": f.NoteRevisionFactory,
    "inquiries.Inquiry": f.InquiryFactory,
    "inquiries.MaterialRequest": f.MaterialRequestFactory,
    "inquiries.MaterialDownload": f.MaterialDownloadFactory,
    "inquiries.OnboardingRequest": f.OnboardingRequestFactory,
    "inquiries.ParticipantRegistration": f.ParticipantRegistrationFactory,
    "inquiries.OutboundEmail": f.OutboundEmailFactory,
    "inquiries.PrivacyAuditEntry": f.PrivacyAuditEntryFactory,
    "inquiries.IdempotencyKey": f.IdempotencyKeyFactory,
    "inquiries.RateLimitCounter": f.RateLimitCounterFactory,
    "accounts.SignInFailure": f.SignInFailureFactory,
    "accounts.NotificationPreference": f.NotificationPreferenceFactory,
}

# Pages the site has one of per language (``max_count_per_parent = 1`` or the tree's
# single home page): ``load_site_content`` makes them in every test database, and a
# second one could not be added where the first is.
SEEDED = {
    "home.HomePage": "the root of each language's tree, one per locale",
    "programs.ProgramIndexPage": "one per home page (max_count_per_parent)",
    "programs.MaterialsPage": "one per home page (max_count_per_parent)",
    "faq.FAQIndexPage": "one per home page (max_count_per_parent)",
    "inquiries.IntakeFormPage": "one per form and language, each at the URL its form posts to",
}


def test_every_model_of_our_apps_has_a_factory_or_is_seeded():
    models = {m._meta.label for m in apps.get_models() if m._meta.app_label in APPS}
    assert models == set(FACTORIES) | set(SEEDED)
    assert not set(FACTORIES) & set(SEEDED)
    for label, factory in FACTORIES.items():
        assert factory._meta.model is apps.get_model(label), label


@pytest.mark.parametrize("label", list(SEEDED))
def test_seeded_models_have_rows_in_every_language(label):
    model = apps.get_model(label)
    codes = set(model.objects.values_list("locale__language_code", flat=True))
    assert codes == {"ja", "en", "ne"}, label


@pytest.mark.parametrize("label", list(FACTORIES))
def test_each_factory_makes_a_valid_row(label):
    row = FACTORIES[label]()
    row.full_clean()
    assert type(row).objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
@pytest.mark.parametrize(
    "factory",
    [
        f.InquiryFactory,
        f.MaterialRequestFactory,
        f.OnboardingRequestFactory,
        f.ParticipantRegistrationFactory,
    ],
)
def test_intake_records_are_in_their_language_from_their_forms_page(factory, language):
    record = factory(language=language)
    record.full_clean()
    assert record.locale.language_code == language
    assert record.source_page.specific.form_kind == record.form_kind
    assert record.source_page.locale_id == record.locale_id


def test_company_records_are_attached_to_a_lead_unless_spam():
    record = f.InquiryFactory(company="株式会社サンプル", email="ann@sample.example")
    assert record.organization.name == "株式会社サンプル"
    assert record.organization.source == "inquiry"
    assert record.contact.organization == record.organization
    assert record.contact.email == "ann@sample.example"
    spam = f.OnboardingRequestFactory(spam=True)
    assert spam.is_spam and spam.organization is None and spam.contact is None


def test_a_material_request_holds_materials_and_a_download_names_one():
    request = f.MaterialRequestFactory(language="en")
    assert request.materials.exists()
    assert set(request.materials.values_list("locale__language_code", flat=True)) == {"en"}
    download = f.MaterialDownloadFactory(request=request)
    assert download.material in request.materials.all()


@pytest.mark.parametrize("role", ["supported", "volunteer"])
def test_registrations_of_each_role(role):
    registration = f.ParticipantRegistrationFactory(**{role: True})
    registration.full_clean()
    assert registration.role == role
    assert bool(registration.needs) is (role == "supported")


@pytest.mark.parametrize(("kind", "trait"), list(f.TIMELINE_TRAITS.items()))
def test_a_timeline_entry_of_every_kind_says_something(kind, trait):
    entry = f.TimelineEntryFactory(**({trait: True} if trait else {}))
    entry.full_clean()
    assert entry.kind == kind
    assert entry.display_summary.strip()


@pytest.mark.parametrize(
    ("trait", "group"),
    [
        ("editor", "Editors"),
        ("moderator", "Moderators"),
        ("lead_staff", "Lead staff"),
        ("coordinator", "Coordinators"),
        ("privacy_officer", "Privacy officer"),
    ],
)
def test_staff_users_get_their_group_and_can_sign_in(client, trait, group):
    user = f.UserFactory(**{trait: True}, language="en")
    user.full_clean()
    assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user.wagtail_userprofile.preferred_language == "en"
    assert client.login(username=user.username, password=f.PASSWORD)


def test_an_unknown_group_is_refused():
    with pytest.raises(AssertionError, match="no such group"):
        f.UserFactory(groups=["Nobody"])


def test_site_settings_change_the_languages_own_row():
    before = f.SiteSettingsFactory._meta.model.objects.count()
    row = f.SiteSettingsFactory(language="ne", phone="03-1111-2222")
    assert f.SiteSettingsFactory._meta.model.objects.count() == before
    row.refresh_from_db()
    assert row.phone == "03-1111-2222" and row.organisation_name  # the rest is kept


def test_pages_are_published_below_their_parent_in_its_language():
    page = f.StandardPageFactory(language="ne")
    assert page.live and page.locale.language_code == "ne"
    assert page.get_parent().specific_class.__name__ == "HomePage"
    draft = f.ProgramPageFactory(language="en", publish=False)
    assert not draft.live and draft.get_parent().specific_class.__name__ == "ProgramIndexPage"


def test_an_invalid_row_is_refused():
    """The rows above are valid because they pass the model's checks, which do refuse."""
    lead = f.OrganizationFactory(stage="lost", lost_reason="")
    with pytest.raises(ValidationError):
        lead.full_clean()
    assert f.OrganizationFactory(lost=True).full_clean() is None


def test_documents_and_images():
    from programs.documents import is_gated

    assert not is_gated(f.DocumentFactory())
    assert is_gated(f.DocumentFactory(private=True))
    assert is_gated(f.MaterialFactory().document)
    assert not is_gated(f.MaterialFactory(public=True).document)
    assert f.ImageFactory().file.read()
