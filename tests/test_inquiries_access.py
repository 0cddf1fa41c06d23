"""Who may open which admin screen of the intake: every URL, every role.

The matrix below is the access policy. The test walks every admin URL of the intake's
models and asserts each role's answer; a URL the matrix does not list fails the test,
so a new screen cannot ship without deciding who may see it.
"""

from __future__ import annotations

import csv
import datetime
import io

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone
from openpyxl import load_workbook

from inquiries.models import (
    FormKind,
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    OutboundEmail,
    ParticipantRegistration,
)
from leads.models import Organization
from participants import activities, pairs
from participants.models import OneOffActivity, Pair, SurveyQuestion
from tests.support.factories import ReadyVolunteerFactory, UserFactory
from tests.support.intake import send
from tests.test_inquiries_onboarding_registration import ONBOARDING, SUPPORTED, in_two_months

pytestmark = pytest.mark.django_db

LEAD, COORD, PRIVACY, EDITOR = "Lead staff", "Coordinators", "Privacy officer", "Editors"
VIEW = {"index", "index_results", "inspect"}
HISTORY = {"history", "history_results"}  # for those who may change or delete


def screens(view, change, delete, **extra):
    """Who may open each screen of a viewset, from who may view, change and delete."""
    return {
        **{name: view for name in VIEW},
        **{name: change | delete for name in HISTORY},
        "usage": change,
        "edit": change,
        "delete": delete,
        "add": set(),
        **extra,
    }


# An outbox email is shown to whoever may see its record (Privacy officer: all), and they
# may retry or cancel it (POST only); no one edits an email, so it has no edit screen.
EMAIL_READERS = {
    "inquiry": {LEAD, PRIVACY},
    "material_request": {LEAD, PRIVACY},
    "onboarding": {LEAD, PRIVACY},
    "registration": {COORD, PRIVACY},
}
EVERY_READER = set().union(*EMAIL_READERS.values())  # the listing opens for each of them
OUTBOX = {
    kind: screens(
        readers,
        readers,
        {PRIVACY},
        index=EVERY_READER,
        index_results=EVERY_READER,
        edit=set(),
        retry=readers,
        cancel=readers,
    )
    for kind, readers in EMAIL_READERS.items()
}

# namespace -> {url name -> roles that may open it}; every other role is refused.
# The outbox row checked here is an inquiry's email (see OUTBOX for the other kinds).
MATRIX = {
    "inquiries_lead": screens({LEAD, PRIVACY}, {LEAD}, {PRIVACY}, merge={LEAD}, split={LEAD}),
    **{
        namespace: screens({LEAD, PRIVACY}, {LEAD}, {PRIVACY})
        for namespace in (
            "inquiries_inquiry",
            "inquiries_materialrequest",
            "inquiries_onboardingrequest",
        )
    },
    # Suggestions and the draft for everyone waiting are read by both; only
    # Coordinators may propose from them (POST).
    "inquiries_participantregistration": screens(
        {COORD, PRIVACY},
        {COORD},
        {PRIVACY},
        suggestions={COORD, PRIVACY},
        suggest_all={COORD, PRIVACY},
        certificate={COORD},  # a volunteer's certificate of hours is made by Coordinators
    ),
    "inquiries_outboundemail": OUTBOX["inquiry"],
    # Pairs and one-off activities change only through their screens' actions (the
    # Coordinators'); no generic form adds, edits or deletes them.
    "participants_pair": screens({COORD, PRIVACY}, set(), set()),
    "participants_oneoffactivity": screens({COORD, PRIVACY}, set(), set()),
    # The survey's statements: Coordinators add and edit them, nobody deletes one.
    "participants_surveyquestion": screens({COORD, PRIVACY}, {COORD}, set(), add={COORD}),
}
MODELS = {
    "inquiries_lead": Organization,
    "inquiries_inquiry": Inquiry,
    "inquiries_materialrequest": MaterialRequest,
    "inquiries_onboardingrequest": OnboardingRequest,
    "inquiries_participantregistration": ParticipantRegistration,
    "inquiries_outboundemail": OutboundEmail,
    "participants_pair": Pair,
    "participants_oneoffactivity": OneOffActivity,
    "participants_surveyquestion": SurveyQuestion,
}
POST_ONLY = {"split", "retry", "cancel"}
# A lead's edit view only takes the actions' form of its screen: opened, it sends there.
TO_THE_SCREEN = {("inquiries_lead", "edit")}


def admin_urls() -> list[tuple[str, str, URLPattern]]:
    """(namespace, name, pattern) of every URL in the intake's admin namespaces."""
    found = []

    def walk(patterns, namespace=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and namespace.startswith(
                ("inquiries_", "participants_")
            ):
                found.append((namespace, entry.name, entry))

    walk(get_resolver().url_patterns)
    return found


@pytest.fixture
def records(client):
    from programs.models import Material

    send(
        client,
        "/en/contact/",
        {
            "company": "Sample",
            "name": "Ann",
            "email": "ann@sample.example",
            "topic": "press",
            "message": "Hi",
            "consent": "on",
        },
    )
    send(
        client,
        "/en/request-materials/",
        {
            "company": "Sample",
            "name": "Ann",
            "email": "ann@sample.example",
            "role": "HR",
            "company_size": "1-49",
            "foreign_employees": "1-9",
            "heard_from": "search",
            "materials": [Material.objects.get(locale__language_code="en").pk],
            "consent": "on",
        },
    )
    send(client, "/en/onboarding/", {**ONBOARDING, "preferred_start": in_two_months()})
    send(client, "/en/register/?role=supported", SUPPORTED)
    supported = ParticipantRegistration.objects.get()
    supported.status = "ready"
    supported.save()
    pairs.propose(supported, ReadyVolunteerFactory(email="volunteer@sample.example"), by=None)
    activities.record(
        supported,
        need="hospital",
        date=timezone.localdate() + datetime.timedelta(days=3),
        starts_at=datetime.time(10),
        ends_at=datetime.time(11),
        prefecture="tokyo",
        language="ne",
    )
    objects = {namespace: model.objects.first() for namespace, model in MODELS.items()}
    objects["inquiries_outboundemail"] = OutboundEmail.objects.filter(form_kind="inquiry").first()
    assert all(objects.values()), objects
    return objects


def client_for(role: str | None) -> Client:
    client = Client()
    if role:
        client.force_login(UserFactory(username=role.replace(" ", "_"), groups=[role]))
    return client


def test_every_intake_admin_url_is_in_the_matrix():
    urls = {(namespace, name) for namespace, name, _p in admin_urls()}
    listed = {(namespace, name) for namespace, names in MATRIX.items() for name in names}
    assert urls, "no intake admin URLs found"
    assert urls <= listed, f"not in the access matrix: {sorted(urls - listed)}"


@pytest.mark.parametrize("role", [LEAD, COORD, PRIVACY, EDITOR, None])
def test_each_role_gets_exactly_what_the_matrix_says(records, role):
    client = client_for(role)
    checked = 0
    for namespace, name, pattern in admin_urls():
        obj = records[namespace]
        kwargs = {}
        if "pk" in pattern.pattern.converters:
            kwargs["pk"] = obj.pk
        if "kind" in pattern.pattern.converters:
            kwargs = {"kind": "inquiry", "pk": records["inquiries_inquiry"].pk}
        url = reverse(f"{namespace}:{name}", kwargs=kwargs)
        allowed = role in MATRIX[namespace][name]
        response = client.get(url)
        where = f"{role} GET {url}"
        if role is None:
            assert response.status_code == 302 and "/admin/login/" in response["Location"], where
        elif allowed and name in POST_ONLY:
            assert response.status_code == 405, where
        elif allowed and (namespace, name) in TO_THE_SCREEN:
            screen = reverse(f"{namespace}:inspect", kwargs=kwargs)
            assert (response.status_code, response["Location"]) == (302, screen), where
        elif allowed:
            assert response.status_code == 200, where
        else:
            refused = response.status_code == 403 or (
                response.status_code == 302 and "/login/" not in response["Location"]
            )
            assert refused, f"{where}: {response.status_code}"
            assert "ann@sample.example" not in response.content.decode(), where
        checked += 1
    assert checked == len(admin_urls())


@pytest.mark.parametrize("role", [LEAD, COORD, PRIVACY, EDITOR, None])
def test_exports_and_bulk_actions_follow_the_matrix(records, role):
    client = client_for(role)
    for namespace in (namespace for namespace in MATRIX if namespace.startswith("inquiries_")):
        response = client.get(reverse(f"{namespace}:index"), {"export": "csv"})
        if role in MATRIX[namespace]["index"]:
            assert response.status_code == 200 and response["Content-Type"].startswith(
                "text/csv"
            ), namespace
        else:
            assert response.status_code in (302, 403), (role, namespace)
    lead = records["inquiries_lead"]
    for action in ("assign", "move_stage", "mark_spam"):
        url = f"/admin/bulk/leads/organization/{action}/?id={lead.pk}"
        response = client.get(url)
        if role in MATRIX["inquiries_lead"]["edit"]:
            assert response.status_code == 200, (role, action)
        else:
            assert response.status_code in (302, 403), (role, action)
            assert lead.name not in response.content.decode() or response.status_code == 302


ROLES = [LEAD, COORD, PRIVACY, EDITOR]


def email_screens() -> list[str]:
    """The outbox's screens that show one email."""
    return [
        name
        for namespace, name, pattern in admin_urls()
        if namespace == "inquiries_outboundemail" and "pk" in pattern.pattern.converters
    ]


def refused(response) -> bool:
    return response.status_code in (403, 404) or (
        response.status_code == 302 and "/login/" not in response["Location"]
    )


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_only_the_outbox_rows_of_its_own_records(records, role):
    """Lead staff the emails about inquiries, material requests and onboarding (never a
    registration's), Coordinators the registrations': in the listing, the export and
    by direct URL to every screen of one email."""
    for kind in EMAIL_READERS:
        assert OutboundEmail.objects.filter(form_kind=kind).exists(), kind
    client = client_for(role)
    screens_of_one = email_screens()
    assert {"inspect", "delete", "history", "retry", "cancel"} <= set(screens_of_one)
    assert "edit" not in screens_of_one  # an email is never edited
    for email in OutboundEmail.objects.all():
        for name in set(screens_of_one) - POST_ONLY:
            url = reverse(f"inquiries_outboundemail:{name}", kwargs={"pk": email.pk})
            response = client.get(url)
            where = f"{role} GET {url} ({email.form_kind})"
            if role in OUTBOX[email.form_kind][name]:
                assert response.status_code == 200, where
            else:
                assert refused(response), f"{where}: {response.status_code}"
                assert email.subject not in response.content.decode(), where
        # a crafted POST (delete, retry, cancel) to another kind's email is refused too
        if role not in OUTBOX[email.form_kind]["cancel"]:
            url = reverse("inquiries_outboundemail:cancel", kwargs={"pk": email.pk})
            assert refused(client.post(url)), (role, email.form_kind)
            assert OutboundEmail.objects.get(pk=email.pk).status == email.status
        if role not in OUTBOX[email.form_kind]["delete"]:
            url = reverse("inquiries_outboundemail:delete", kwargs={"pk": email.pk})
            assert refused(client.post(url)), (role, email.form_kind)
            assert OutboundEmail.objects.filter(pk=email.pk).exists()

    expected = {
        (email.form_kind, str(email.record_id))
        for email in OutboundEmail.objects.all()
        if role in EMAIL_READERS[email.form_kind]
    }
    index = client.get(reverse("inquiries_outboundemail:index"))
    if not expected:
        assert refused(index)
        return
    html = index.content.decode()
    for email in OutboundEmail.objects.all():
        link = reverse("inquiries_outboundemail:inspect", kwargs={"pk": email.pk})
        shown = f'href="{link}"' in html or email.subject in html
        assert shown == (role in EMAIL_READERS[email.form_kind]), (role, email.form_kind)
    for export_format in ("csv", "xlsx"):
        rows = exported_rows(client, "inquiries_outboundemail", export_format)
        kinds = {row[2] for row in rows}
        readable = {str(choice.label) for choice in FormKind if choice.value in dict(expected)}
        assert kinds == readable, (role, export_format, kinds)


def exported_rows(client, namespace: str, export_format: str, **filters) -> list[list[str]]:
    """The data rows of a listing's export (without the heading)."""
    response = client.get(reverse(f"{namespace}:index"), {"export": export_format, **filters})
    assert response.status_code == 200, (namespace, response.status_code)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))[1:]
    sheet = load_workbook(io.BytesIO(content)).active
    return [
        ["" if cell.value is None else str(cell.value) for cell in row]
        for row in sheet.iter_rows(min_row=2)
    ]


# -- the pairs' follow-up (participants.checkins, participants.followup) ----------------

# Check-in answers are seen by Coordinators and the Privacy officer only: on the pair's
# screen and in the admin home's follow-up panel. The check-in's own link (page and
# API) takes the answers but never shows them back, to anybody.
CHECK_IN_READERS = {COORD, PRIVACY}
CONCERN = "最近、連絡が取れないことがあります（access test）"


@pytest.fixture
def answered_check_in():
    from participants import checkins, links
    from tests.support.factories import CheckInFactory, PairFlagFactory

    check_in = CheckInFactory()
    checkins.answer(
        check_in,
        meetings=1,
        hours="1",
        meeting_format="online",
        satisfaction=1,
        concern=CONCERN,
    )
    PairFlagFactory(pair=check_in.pair)
    return check_in, links.check_in_token(check_in)


@pytest.mark.parametrize("role", [*ROLES, None])
def test_only_coordinators_and_the_privacy_officer_see_check_in_answers(answered_check_in, role):
    check_in, token = answered_check_in
    client = client_for(role)
    pair_screen = client.get(reverse("participants_pair:inspect", args=[check_in.pair_id]))
    home = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")
    readable = role in CHECK_IN_READERS
    assert (pair_screen.status_code == 200) is readable
    assert (CONCERN in pair_screen.content.decode()) is readable
    assert ("Pairs to follow up" in home.content.decode()) is readable
    for url in (f"/ja/check-in/{token}/", f"/api/check-ins/{token}/"):
        response = client.get(url)
        assert response.status_code in (200, 409)
        assert CONCERN not in response.content.decode()
