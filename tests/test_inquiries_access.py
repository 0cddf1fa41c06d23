"""Who may open which admin screen of the intake: every URL, every role.

The matrix below is the access policy. The test walks every admin URL of the intake's
models and asserts each role's answer; a URL the matrix does not list fails the test,
so a new screen cannot ship without deciding who may see it.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from inquiries.models import (
    Inquiry,
    MaterialRequest,
    OnboardingRequest,
    Organization,
    OutboundEmail,
    ParticipantRegistration,
)
from tests.intake import send
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


# namespace -> {url name -> roles that may open it}; every other role is refused.
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
    "inquiries_participantregistration": screens({COORD, PRIVACY}, {COORD}, {PRIVACY}),
    "inquiries_outboundemail": screens({LEAD, PRIVACY}, set(), {PRIVACY}),
}
MODELS = {
    "inquiries_lead": Organization,
    "inquiries_inquiry": Inquiry,
    "inquiries_materialrequest": MaterialRequest,
    "inquiries_onboardingrequest": OnboardingRequest,
    "inquiries_participantregistration": ParticipantRegistration,
    "inquiries_outboundemail": OutboundEmail,
}
POST_ONLY = {"split"}


def admin_urls() -> list[tuple[str, str, URLPattern]]:
    """(namespace, name, pattern) of every URL in the intake's admin namespaces."""
    found = []

    def walk(patterns, namespace=""):
        for entry in patterns:
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, entry.namespace or namespace)
            elif isinstance(entry, URLPattern) and namespace.startswith("inquiries_"):
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
    objects = {namespace: model.objects.first() for namespace, model in MODELS.items()}
    assert all(objects.values()), objects
    return objects


def client_for(role: str | None, django_user_model) -> Client:
    client = Client()
    if role:
        user = django_user_model.objects.create_user(
            username=role.replace(" ", "_"), password="x" * 16
        )
        user.groups.add(Group.objects.get(name=role))
        client.force_login(user)
    return client


def test_every_intake_admin_url_is_in_the_matrix():
    urls = {(namespace, name) for namespace, name, _p in admin_urls()}
    listed = {(namespace, name) for namespace, names in MATRIX.items() for name in names}
    assert urls, "no intake admin URLs found"
    assert urls <= listed, f"not in the access matrix: {sorted(urls - listed)}"


@pytest.mark.parametrize("role", [LEAD, COORD, PRIVACY, EDITOR, None])
def test_each_role_gets_exactly_what_the_matrix_says(records, django_user_model, role):
    client = client_for(role, django_user_model)
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
def test_exports_and_bulk_actions_follow_the_matrix(records, django_user_model, role):
    client = client_for(role, django_user_model)
    for namespace in MATRIX:
        response = client.get(reverse(f"{namespace}:index"), {"export": "csv"})
        if role in MATRIX[namespace]["index"]:
            assert response.status_code == 200 and response["Content-Type"].startswith(
                "text/csv"
            ), namespace
        else:
            assert response.status_code in (302, 403), (role, namespace)
    lead = records["inquiries_lead"]
    for action in ("assign", "move_stage", "mark_spam"):
        url = f"/admin/bulk/inquiries/organization/{action}/?id={lead.pk}"
        response = client.get(url)
        if role in MATRIX["inquiries_lead"]["edit"]:
            assert response.status_code == 200, (role, action)
        else:
            assert response.status_code in (302, 403), (role, action)
            assert lead.name not in response.content.decode() or response.status_code == 302
