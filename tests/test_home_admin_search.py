"""Every search box of the admin, as staff use it: in Japanese, English and Nepali
admin languages, by text in each of the three languages (Japanese without spaces: a
word from the middle of a sentence), and never a 500 whatever is typed into it.

The listings are found from the admin's own URLs (every listing that shows a search
box), so a listing added later is tested without being named here.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import MATCH_ALL
from wagtail.search.utils import parse_query_string
from wagtail.users.models import UserProfile

from home.models import HomePage
from programs.models import Material, ProgramPage
from tests.support.factories import (
    ContactFactory,
    DocumentFactory,
    FAQItemFactory,
    ImageFactory,
    MaterialFactory,
    StandardPageFactory,
    UserFactory,
)
from tests.support.fuzz import examples
from tests.support.intake import run_worker, send
from tests.test_inquiries_onboarding_registration import ONBOARDING, SUPPORTED, in_two_months

pytestmark = pytest.mark.django_db

LANGUAGES = ["ja", "en", "ne"]

# Per script: what is stored, and a piece of it staff would type (for Japanese a word
# from the middle of the run of text, for the others part of a word).
COMPANY = {
    "ja": ("東京都北区の株式会社みどり電機工業", "みどり電機"),
    "en": ("Brightwater Logistics", "WATER logi"),
    "ne": ("हिमालय प्रविधि सेवा", "प्रविधि से"),
}
PERSON = {
    "ja": ("みどり山田花子", "山田花"),
    "en": ("Olivia Hartley", "artle"),
    "ne": ("सीता गुरुङ", "गुरु"),
}
EMAIL = {"ja": "hanako@midori.example", "en": "olivia@bright.example", "ne": "sita@himal.example"}
BODY = {
    "ja": ("外国人社員の孤独を減らすくすのき交流会を毎月開きます。", "くすのき交流"),
    "en": ("We meet every month at the Quillfeather community hall.", "quillfeath"),
    "ne": ("हामी हरेक महिना चौतारी भेटघाट गर्छौं।", "चौतारी भेट"),
}
ANSWER = {
    "ja": ("<p>説明会はさざんか会館の二階で行います。</p>", "さざんか会館"),
    "en": ("<p>The session is held in Marigoldshire.</p>", "marigolds"),
    "ne": ("<p>सत्र धुलिखेल सभाहलमा हुन्छ।</p>", "धुलिखेल"),
}

# What people type that the FTS parsers read as syntax, or that breaks a database
# driver: quotes, operators, column filters, brackets, prefixes, NUL and controls,
# unicode separators and bidi, surrogates, and sizes.
HOSTILE = [
    '"',
    '"unbalanced',
    "a'b\\",
    "a* *a",
    "(a",
    "a (b OR c)",
    "NEAR(a b)",
    "a AND NOT b OR",
    "-a -",
    "title:x",
    "{title body}: x",
    "live:yes",
    "^a",
    "a & b | !c <->",
    "a:*",
    "a%b_c",
    "\x00",
    "a\x00b",
    "\x01\x1f\x7f",
    "\x85\u2028\u2029",
    "\u202e\u200b\ufeff",
    "\ud800",
    "a\udfffb",
    "😀",
    "ＡＮＤ（）＊",
    "日本" * 2000,
    "a " * 3000,
    '"(' * 500,
    "   ",
]


def query_string(value: str) -> str:
    """``q=`` as a browser would send it, lone surrogates included (as the bytes a
    broken client sends for them)."""
    return "q=" + quote(value, safe="", errors="surrogatepass")


def is_listing(callback) -> bool:
    """A listing, a chooser or the page views' router: views that may show a search
    box (other admin views are left alone; some of them fail on purpose)."""
    view_class = getattr(callback, "view_class", None)
    if view_class is None:
        return "view_router" in getattr(callback, "__qualname__", "")
    return issubclass(view_class, BaseListingView) or "chooser" in view_class.__module__


def no_argument_admin_urls() -> list[str]:
    """Every admin listing URL that takes no argument, from the URL configuration."""
    found = []

    def walk(patterns, prefix=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + str(entry.pattern))
            elif isinstance(entry, URLPattern) and is_listing(entry.callback):
                route = prefix + str(entry.pattern)
                if route.startswith("admin/") and "<" not in route and "(" not in route:
                    found.append("/" + route.replace("^", "").replace("$", ""))

    walk(get_resolver().url_patterns)
    return sorted(set(found))


def has_search_box(response) -> bool:
    body = response.content.decode(errors="replace")
    return 'name="q"' in body or 'name=\\"q\\"' in body


@pytest.fixture
def staff(admin_user) -> Client:
    client = Client(raise_request_exception=False)
    client.force_login(admin_user)
    return client


def searchable_listings(client: Client) -> list[str]:
    """The admin listings (and choosers) that show a search box, plus the page
    explorer of a home page."""
    listings = []
    for url in no_argument_admin_urls():
        if "logout" in url:
            continue
        response = client.get(url)
        if response.status_code == 200 and has_search_box(response):
            listings.append(url)
    home = HomePage.objects.get(locale__language_code="ja")
    listings.append(reverse("wagtailadmin_explore", args=[home.pk]))
    listings.append(reverse("wagtailadmin_explore", args=[Page.get_first_root_node().pk]))
    return listings


EXPECTED_LISTINGS = {
    "/admin/pages/search/",
    "/admin/snippets/faq/faqitem/",
    "/admin/snippets/programs/material/",
    "/admin/documents/",
    "/admin/images/",
    "/admin/users/",
    "/admin/inquiries_lead/",
    "/admin/inquiries_inquiry/",
    "/admin/inquiries_materialrequest/",
    "/admin/inquiries_onboardingrequest/",
    "/admin/inquiries_participantregistration/",
    "/admin/inquiries_outboundemail/",
}


# Every listing is asked a third of the table, a different third for each neighbour,
# so every value reaches a third of the listings (each of the search paths: Wagtail's
# backend for pages, snippets, documents, images and users, and our viewsets' word
# search) and every listing meets each class of value. The backend itself is asked the
# whole table and random text below (test_the_search_backend_answers_any_text), the word
# search its own table (test_home_search_words).
SHARE = 3


def test_no_search_string_answers_500_in_any_admin_search(staff):
    listings = searchable_listings(staff)
    assert set(listings) >= EXPECTED_LISTINGS, sorted(EXPECTED_LISTINGS - set(listings))
    failures = []
    for n, url in enumerate(listings):
        for value in HOSTILE[n % SHARE :: SHARE]:
            response = staff.get(f"{url}?{query_string(value)}")
            if response.status_code >= 500:
                failures.append((url, value[:30], response.status_code))
    assert not failures, failures


def set_admin_language(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def records(client):
    """One of each intake record per script (forms sent as visitors do)."""
    material = Material.objects.filter(locale__language_code="en").first()
    for script in LANGUAGES:
        company, person, email = COMPANY[script][0], PERSON[script][0], EMAIL[script]
        send(
            client,
            "/en/contact/",
            {
                "company": company,
                "name": person,
                "email": email,
                "topic": "press",
                "message": "Hello",
                "consent": "on",
            },
        )
        send(
            client,
            "/en/request-materials/",
            {
                "company": company,
                "name": person,
                "email": email,
                "role": "HR",
                "company_size": "1-49",
                "foreign_employees": "1-9",
                "heard_from": "search",
                "materials": [material.pk],
                "consent": "on",
            },
        )
        send(
            client,
            "/en/onboarding/",
            {
                **ONBOARDING,
                "company": company,
                "name": person,
                "email": email,
                "preferred_start": in_two_months(),
            },
        )
        send(
            client,
            "/en/register/?role=supported",
            {**SUPPORTED, "company": company, "name": person, "email": email},
        )


def results_of(client: Client, url: str, typed: str) -> str:
    response = client.get(url, {"q": typed})
    assert response.status_code == 200, (url, typed, response.status_code)
    return response.content.decode()


def assert_finds_only(client, url, typed, shown, others, language):
    """Searching ``typed`` at ``url`` shows ``shown`` and none of ``others``."""
    body = results_of(client, url, typed)
    assert f'lang="{language}"' in body[:500], f"the admin is not in {language}"
    assert shown in body, f"{url} ?q={typed!r} did not find {shown!r}"
    for other in others:
        assert other not in body, f"{url} ?q={typed!r} also showed {other!r}"


RECORD_LISTINGS = [
    "inquiries_lead",
    "inquiries_inquiry",
    "inquiries_materialrequest",
    "inquiries_onboardingrequest",
    "inquiries_participantregistration",
]


@pytest.mark.parametrize("language", LANGUAGES)
def test_intake_listings_find_by_company_and_name_in_every_language(
    staff, admin_user, records, language
):
    set_admin_language(admin_user, language)
    for namespace in RECORD_LISTINGS:
        url = reverse(f"{namespace}:index")
        for script in LANGUAGES:
            others = [COMPANY[s][0] for s in LANGUAGES if s != script]
            assert_finds_only(staff, url, COMPANY[script][1], COMPANY[script][0], others, language)
            # by the person (on leads: the contact's name), shown as the company's row
            assert_finds_only(staff, url, PERSON[script][1], COMPANY[script][0], others, language)
    # a lead with several matching contacts is one row
    from leads.models import Organization

    lead = Organization.objects.get(name=COMPANY["ja"][0])
    ContactFactory(organization=lead, name=PERSON["ja"][0] + "二", email="second@midori.example")
    assert lead.contacts.filter(name__contains=PERSON["ja"][1]).count() >= 2
    body = results_of(staff, reverse("inquiries_lead:index"), PERSON["ja"][1])
    assert body.count(f'id="lead_{lead.pk}_title"') == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_outbox_is_searched_by_subject_and_recipient(staff, admin_user, records, language):
    from inquiries.models import OutboundEmail

    set_admin_language(admin_user, language)
    url = reverse("inquiries_outboundemail:index")
    for script in LANGUAGES:
        email = OutboundEmail.objects.filter(to__icontains=EMAIL[script]).first()
        assert email is not None
        assert email.subject in results_of(staff, url, EMAIL[script][:8])
        typed = email.subject[len(email.subject) // 3 : len(email.subject) // 3 + 4]
        assert email.subject in results_of(staff, url, typed)
    assert email.subject not in results_of(staff, url, "zzqq-nothing-sent")


@pytest.mark.parametrize("language", LANGUAGES)
def test_content_listings_find_by_the_text_editors_see(staff, admin_user, language):
    set_admin_language(admin_user, language)
    made = {}
    for script in LANGUAGES:
        locale = Locale.objects.get(language_code=script)
        made[script] = {
            "faq": FAQItemFactory(
                question=f"{BODY[script][0]} ({script})", answer=ANSWER[script][0], locale=locale
            ),
            "material": MaterialFactory(
                title=f"{COMPANY[script][0]} (material)",
                description=BODY[script][0],
                locale=locale,
                document=None,
            ),
            "image": ImageFactory(title=f"{COMPANY[script][0]} (image)"),
            "document": DocumentFactory(title=f"{COMPANY[script][0]} (document)"),
        }
    run_worker()  # the index is updated by background tasks, as in production

    for script in LANGUAGES:
        other_scripts = [s for s in LANGUAGES if s != script]
        faq = made[script]["faq"]
        others = [made[s]["faq"].question for s in other_scripts]
        url = "/admin/snippets/faq/faqitem/"
        assert_finds_only(staff, url, BODY[script][1], faq.question, others, language)
        assert_finds_only(staff, url, ANSWER[script][1], faq.question, others, language)

        url = "/admin/snippets/programs/material/"
        others = [made[s]["material"].title for s in other_scripts]
        material = made[script]["material"]
        assert_finds_only(staff, url, COMPANY[script][1], material.title, others, language)
        assert_finds_only(staff, url, BODY[script][1], material.title, others, language)

        for kind, url in (("image", "/admin/images/"), ("document", "/admin/documents/")):
            others = [made[s][kind].title for s in other_scripts]
            shown = made[script][kind].title
            assert_finds_only(staff, url, COMPANY[script][1], shown, others, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_users_are_found_by_name_and_email(staff, admin_user, language):
    set_admin_language(admin_user, language)
    for script in LANGUAGES:
        UserFactory(
            username=f"staff-{script}",
            email=EMAIL[script],
            first_name=PERSON[script][0],
            last_name="",
        )
    for script in LANGUAGES:
        others = [f"staff-{s}" for s in LANGUAGES if s != script]
        url = "/admin/users/"
        assert_finds_only(staff, url, PERSON[script][1], f"staff-{script}", others, language)
        assert_finds_only(staff, url, EMAIL[script][:9], f"staff-{script}", others, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_page_search_finds_pages_by_their_body_and_intro(staff, admin_user, language):
    set_admin_language(admin_user, language)
    made = {}
    for script in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=script)
        made[script] = StandardPageFactory(
            parent=home,
            title=f"Search test {script}",
            slug=f"search-test-{script}",
            intro=ANSWER[script][0][3:-4],
            body=[
                {
                    "type": "section",
                    "value": {"heading": "Section", "body": f"<p>{BODY[script][0]}</p>"},
                }
            ],
        )
    run_worker()

    for script in LANGUAGES:
        others = [made[s].title for s in LANGUAGES if s != script]
        url = "/admin/pages/search/"
        shown = made[script].title
        assert_finds_only(staff, url, BODY[script][1], shown, others, language)  # body
        assert_finds_only(staff, url, ANSWER[script][1], shown, others, language)  # intro
        # whole words of the body, as the full-text index has them
        word = BODY["en"][0].split()[2] if script == "en" else BODY[script][1]
        assert shown in results_of(staff, url, word)


def test_the_loaded_content_is_searchable_without_a_worker(staff):
    """``load_site_content`` builds the index: a fresh site's search finds its pages."""
    for script in LANGUAGES:
        page = ProgramPage.objects.filter(locale__language_code=script).exclude(intro="").first()
        intro = page.intro.strip()
        typed = intro[len(intro) // 3 : len(intro) // 3 + 4].strip() or intro[:4]
        assert page.title in results_of(staff, "/admin/pages/search/", typed), (script, typed)


ANY_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=()),  # surrogates and controls included
    max_size=300,
)


@pytest.mark.parametrize("how", ["search", "autocomplete"])
@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(typed=st.one_of(ANY_TEXT, st.sampled_from(HOSTILE)))
def test_the_search_backend_answers_any_text(how, typed):
    """What any search box passes on, straight to the backend, on every indexed kind
    of thing the admin lists: results or none, never a database error."""
    from faq.models import FAQItem

    backend = get_search_backend()
    for queryset in (
        Page.objects.all(),
        FAQItem.objects.all(),
        get_image_model().objects.all(),
        get_document_model().objects.all(),
    ):
        results = getattr(backend, how)(typed, queryset)
        list(results[:5])
        results.count()
    filters, query = parse_query_string(typed, operator="and", zero_terms=MATCH_ALL)
    list(backend.autocomplete(query, Page.objects.all())[:5])
