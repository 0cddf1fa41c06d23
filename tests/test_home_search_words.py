"""Search by the words staff see: leads, registrations and submissions by what their
screens show (contacts' phones whatever the separators, stage, prefecture and
nationality by their labels in any language, several words at once, full-width
input), and the FAQ and pages by the text of their translations, in Japanese (a word
from the middle of a run of text), English and Nepali, in either admin language.
"""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page

from faq.models import FAQItem
from home.search import records_matching
from inquiries.choices import Nationality, Prefecture
from inquiries.models import ParticipantRegistration
from leads.choices import Stage
from leads.models import Organization
from tests.support.factories import (
    ContactFactory,
    InquiryFactory,
    OrganizationFactory,
    ParticipantRegistrationFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

ADMIN_LANGUAGES = ["ja", "en"]


def staff_client(language: str) -> Client:
    client = Client()
    client.force_login(UserFactory(superuser=True, language=language))
    return client


def shown(client: Client, url: str, typed: str) -> str:
    response = client.get(url, {"q": typed})
    assert response.status_code == 200, (url, typed)
    return response.content.decode()


def check(client, url, table):
    """Each row: (typed, shown, not shown)."""
    failures = []
    for typed, wanted, unwanted in table:
        body = shown(client, url, typed)
        if wanted not in body:
            failures.append(f"{typed!r} did not find {wanted!r}")
        for other in unwanted:
            if other in body:
                failures.append(f"{typed!r} also found {other!r}")
    assert not failures, failures


@pytest.fixture
def leads():
    """A lead per script, each with a contact whose phone is written its own way."""
    made = {}
    for script, company, person, phone, stage in (
        ("ja", "株式会社みどり電機工業", "山田花子", "090-1234-5678", Stage.PROPOSAL),
        ("en", "Brightwater Logistics", "Olivia Hartley", "+81 3 5555 0101", Stage.MEETING),
        ("ne", "हिमालय प्रविधि सेवा", "सीता गुरुङ", "(080) 7777-2222", Stage.CONTACTED),
    ):
        lead = OrganizationFactory(name=company, stage=stage, language=script)
        ContactFactory(organization=lead, name=person, phone=phone, language=script)
        made[script] = lead
    return made


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_leads_are_found_by_contact_phone_stage_label_and_several_words(leads, language):
    client = staff_client(language)
    ja, en, ne = leads["ja"].name, leads["en"].name, leads["ne"].name
    table = [
        # phone: digits as typed, separators or not, full-width, a part of it
        ("09012345678", ja, [en, ne]),
        ("090-1234-5678", ja, [en, ne]),
        ("０９０ー１２３４", ja, [en, ne]),
        ("1234-5678", ja, [en, ne]),
        ("35555", en, [ja, ne]),
        ("+81-3-5555-0101", en, [ja, ne]),
        ("080-7777", ne, [ja, en]),
        ("77772222", ne, [ja, en]),
        # the stage by its label, in each language
        ("提案済み", ja, [en, ne]),
        ("Proposal", ja, [en, ne]),
        ("面談予定", en, [ja, ne]),
        ("Contacted", ne, [ja, en]),
        # several words: each anywhere (company and contact), all of them
        ("みどり電機 山田", ja, [en, ne]),
        ("logistics hartley", en, [ja, ne]),
        ("प्रविधि सीता", ne, [ja, en]),
        # Japanese without spaces: a word from the middle
        ("みどり電機", ja, [en, ne]),
        ("電機工", ja, [en, ne]),
        # full-width latin as an IME types it
        ("ｂｒｉｇｈｔｗａｔｅｒ", en, [ja, ne]),
    ]
    check(client, reverse("inquiries_lead:index"), table)
    # a word that matches nothing, and words that match different leads: nothing
    body = shown(client, reverse("inquiries_lead:index"), "みどり Olivia")
    assert ja not in body and en not in body


def test_a_lead_with_several_matching_contacts_is_one_row(leads):
    lead = leads["ja"]
    ContactFactory(organization=lead, name="山田太郎", phone="090-1234-9999")
    client = staff_client("ja")
    body = shown(client, reverse("inquiries_lead:index"), "090-1234")
    assert body.count(f'id="lead_{lead.pk}_title"') == 1


@pytest.fixture
def registrations():
    made = {}
    for script, name, company, municipality, prefecture, nationality, phone in (
        ("ja", "ぐえん・ばん・あん", "さくら精密工業", "川口市", Prefecture.SAITAMA,
         Nationality.VIETNAM, "048-111-2222"),
        ("en", "Maria Santos", "Harbourview Foods", "Naka-ku", Prefecture.KANAGAWA,
         Nationality.PHILIPPINES, "045 333 4444"),
        ("ne", "राम थापा", "सगरमाथा ट्रेडिङ", "कितानाकामी", Prefecture.IWATE,
         Nationality.NEPAL, "019-555-6666"),
    ):  # fmt: skip
        made[script] = ParticipantRegistrationFactory(
            language=script,
            name=name,
            company=company,
            municipality=municipality,
            prefecture=prefecture,
            nationality=nationality,
            phone=phone,
        )
    return made


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_registrations_are_found_by_company_place_nationality_and_phone(registrations, language):
    client = staff_client(language)
    ja, en, ne = (registrations[s].name for s in ("ja", "en", "ne"))
    table = [
        ("さくら精密", ja, [en, ne]),
        ("精密工", ja, [en, ne]),
        ("harbourview", en, [ja, ne]),
        ("सगरमाथा", ne, [ja, en]),
        ("川口", ja, [en, ne]),
        ("naka-ku", en, [ja, ne]),
        ("कितानाकामी", ne, [ja, en]),
        ("埼玉", ja, [en, ne]),
        ("Saitama", ja, [en, ne]),
        ("神奈川県", en, [ja, ne]),
        ("Iwate", ne, [ja, en]),
        ("ベトナム", ja, [en, ne]),
        ("Philippines", en, [ja, ne]),
        ("नेपाल", ne, [ja, en]),
        ("0481112222", ja, [en, ne]),
        ("045-333", en, [ja, ne]),
        ("ばん・あん", ja, [en, ne]),
        ("थापा", ne, [ja, en]),
        ("川口 ベトナム", ja, [en, ne]),
    ]
    check(client, reverse("inquiries_participantregistration:index"), table)


def test_inquiries_are_found_by_phone_and_department():
    ours = InquiryFactory(company="株式会社あおば", phone="03-9876-5432", department="人事部")
    other = InquiryFactory(company="株式会社つばき", phone="06-1111-2222", department="総務部")
    client = staff_client("ja")
    check(
        client,
        reverse("inquiries_inquiry:index"),
        [("0398765432", ours.company, [other.company]), ("人事", ours.company, [other.company])],
    )


HOSTILE = ["", " ", "\x00", "%", "_", "%%__", "'", '"', "\\", "a" * 5000, "😀", "\u202e", "--"]


@pytest.mark.parametrize("typed", HOSTILE)
def test_records_matching_takes_any_text(leads, typed):
    """Wildcards are literal, controls dropped, nothing typed leaves the list alone."""
    fields = ["name", "contacts__name", "contacts__phone", "stage"]
    result = list(records_matching(Organization.objects.all(), typed, fields))
    if typed.strip() in ("", "\x00", "\u202e"):
        assert result in ([], list(Organization.objects.all()))
    else:
        assert result == [] or all(isinstance(lead, Organization) for lead in result)
    if typed in ("%", "_", "%%__"):
        assert result == []
    assert list(records_matching(ParticipantRegistration.objects.all(), typed, ["phone"])) in (
        [],
        list(ParticipantRegistration.objects.all()),
    )


# -- content: the loaded FAQ and pages, translated through wagtail-localize -----------


def faq_by_language() -> dict[str, FAQItem]:
    first = FAQItem.objects.filter(locale__language_code="ja").order_by("pk").first()
    return {
        code: first.get_translation(Locale.objects.get(language_code=code))
        for code in ("ja", "en", "ne")
    }


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_faq_translations_are_found_by_their_own_text(language):
    items = faq_by_language()
    client = staff_client(language)
    url = "/admin/snippets/faq/faqitem/"
    edit = {
        code: reverse("wagtailsnippets_faq_faqitem:edit", args=[i.pk]) for code, i in items.items()
    }
    ja_q, en_q, ne_q = items["ja"].question, items["en"].question, items["ne"].question
    table = [
        (ja_q[2:7], edit["ja"] + '"', [edit["en"] + '"', edit["ne"] + '"']),
        (en_q.split()[3], edit["en"] + '"', [edit["ja"] + '"', edit["ne"] + '"']),
        (en_q.split()[3][1:-1], edit["en"] + '"', [edit["ja"] + '"', edit["ne"] + '"']),
        (ne_q.split()[1][:5], edit["ne"] + '"', [edit["ja"] + '"', edit["en"] + '"']),
    ]
    check(client, url, table)


@pytest.mark.parametrize("language", ADMIN_LANGUAGES)
def test_translated_pages_are_found_in_every_language(language):
    client = staff_client(language)
    url = "/admin/pages/search/"
    failures = []
    for code in ("ja", "en", "ne"):
        for page in Page.objects.filter(locale__language_code=code, depth__gt=2).specific()[:6]:
            title = page.title
            typed = title[1:5] if code == "ja" else max(title.split(), key=len)[:6]
            body = shown(client, url, typed)
            if reverse("wagtailadmin_pages:edit", args=[page.pk]) not in body:
                failures.append((code, title, typed))
    assert not failures, failures
