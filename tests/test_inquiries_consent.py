"""Consent and agreements are given only by a ticked box: JSON ``true``, or "on" from a
browser. Every other value, of every JSON type, is refused with the field's message;
a value of the wrong type for any field is refused, never ``str()``-ed into storage;
and no JSON value answers 500."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from inquiries.models import Inquiry, OutboundEmail, ParticipantRegistration
from tests.support.intake import form_token, refused_whole
from tests.test_inquiries_onboarding_registration import VOLUNTEER

pytestmark = pytest.mark.django_db

INQUIRY = {
    "company": "Consent Co.",
    "name": "Ann",
    "email": "ann@consent.example",
    "topic": "costs",
    "message": "Hello",
    "consent": True,
}
REGISTRATION = {
    **VOLUNTEER,
    "nationality": "JP",
    "origin": "japan",
    "email": "sita@consent.example",
    "consent": True,
    "agrees_to_screening": True,
}
# Falsy, truthy-looking and wrongly typed: none of them is JSON true.
NOT_TRUE = [
    0,
    "0",
    "off",
    "no",
    "n",
    {},
    0.0,
    "true",
    "True",
    "TRUE",
    1,
    1.0,
    -1,
    "1",
    "yes",
    "y",
    "on",
    "On",
    "checked",
    " on",
    "",
    [],
    [True],
    ["on"],
    {"value": True},
    None,
    False,
    "false",
    "null",
]


def message(field: str, language: str) -> str:
    from django.utils import translation

    from inquiries.forms import RegistrationForm

    with translation.override(language):
        return str(RegistrationForm(role="volunteer").fields[field].error_messages["required"])


def api_token(client, form="inquiry", **params) -> str:
    fields = client.get(f"/api/intake/{form}/", params).json()["fields"]
    return next(field["value"] for field in fields if field["name"] == "form_token")


def post(client, form, body):
    return client.post(f"/api/intake/{form}/", json.dumps(body), content_type="application/json")


def send(client, form, field, value, language="en"):
    if form == "inquiry":
        body = {**INQUIRY, "form_token": api_token(client, locale=language)}
    else:
        token = api_token(client, form, locale=language, role="volunteer")
        body = {**REGISTRATION, "form_token": token}
    return post(client, form, {**body, field: value, "locale": language})


def stored() -> int:
    return Inquiry.objects.count() + ParticipantRegistration.objects.count()


CASES = [
    ("inquiry", "consent"),
    ("registration", "consent"),
    ("registration", "agrees_to_screening"),
]


@pytest.mark.parametrize(("form", "field"), CASES)
@pytest.mark.parametrize("value", NOT_TRUE, ids=repr)
def test_only_json_true_gives_consent(client, form, field, value):
    response = send(client, form, field, value)
    assert response.status_code == 400, response.content
    assert response.json()["errors"][field] == [message(field, "en")]
    assert stored() == 0 and OutboundEmail.objects.count() == 0


@pytest.mark.parametrize(("form", "field"), CASES)
@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_a_refused_agreement_is_explained_in_the_visitors_language(client, form, field, language):
    response = send(client, form, field, "off", language)
    assert response.json()["errors"][field] == [message(field, language)]
    assert stored() == 0


@pytest.mark.parametrize(("form", "field"), CASES)
def test_json_true_gives_consent(client, form, field):
    response = send(client, form, field, True)
    assert response.status_code == 201, response.content
    assert stored() == 1


@pytest.mark.parametrize(
    "value", ["true", "1", "yes", "0", "off", "no", "n", "{}", "True", "checked", "", " on"]
)
def test_a_page_form_is_ticked_only_by_the_checkbox_value(client, value):
    form = {k: v for k, v in INQUIRY.items() if k != "consent"}
    token = form_token(client.get("/en/contact/"))
    response = client.post("/en/contact/", {**form, "consent": value, "form_token": token})
    assert response.status_code == 400
    assert 'id="id_consent-errors"' in response.content.decode()
    assert Inquiry.objects.count() == 0
    token = form_token(client.get("/en/contact/"))
    response = client.post("/en/contact/", {**form, "consent": "on", "form_token": token})
    assert response.status_code == 302 and Inquiry.objects.count() == 1


# -- the type of every other field -------------------------------------------------------

WRONG_TYPES = [
    ["Consent Co.", "Other Co."],
    [],
    {},
    {"name": "Consent Co."},
    True,
    False,
    [["nested"]],
]


@pytest.mark.parametrize("field", ["company", "name", "email", "message", "department"])
@pytest.mark.parametrize("value", WRONG_TYPES, ids=repr)
def test_a_text_field_refuses_a_list_an_object_or_a_boolean(client, field, value):
    response = send(client, "inquiry", field, value)
    assert response.status_code == 400, response.content
    assert field in response.json()["errors"]
    assert Inquiry.objects.count() == 0 and OutboundEmail.objects.count() == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("topic", ["costs", "press"]),
        ("topic", {"costs": True}),
        ("topic", True),
        ("years_in_japan", [3]),
        ("years_in_japan", {"years": 3}),
        ("years_in_japan", True),
        ("years_in_japan", "3 years"),
        ("japanese_level", ["daily"]),
        ("availability", {"weekend_daytime": True}),
        ("availability", [["weekend_daytime"]]),
        ("availability", True),
        ("role", ["volunteer"]),
    ],
)
def test_other_fields_refuse_a_value_of_the_wrong_type(client, field, value):
    form = "inquiry" if field == "topic" else "registration"
    response = send(client, form, field, value)
    assert response.status_code == 400, response.content
    errors = response.json()["errors"]
    assert field in errors
    assert stored() == 0


def test_numbers_are_accepted_as_the_text_of_a_text_field(client):
    response = send(client, "inquiry", "department", 42)
    assert response.status_code == 201, response.content
    assert Inquiry.objects.get().department == "42"


# -- any JSON value ----------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@pytest.mark.parametrize(("form", "field"), CASES)
@hypothesis_settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=JSON_VALUES)
def test_no_json_value_but_true_gives_consent_and_none_answers_500(
    client, settings, form, field, value
):
    settings.INTAKE_RATE_LIMIT = (100000, 3600)
    before = stored()
    response = send(client, form, field, value)
    assert response.status_code < 500
    if value is True:
        assert response.status_code == 201, response.content
        assert stored() == before + 1
    else:
        assert response.status_code == 400, response.content
        if refused_whole(value):
            assert "NUL" in response.json()["detail"]
        else:
            assert response.json()["errors"][field] == [message(field, "en")]
        assert stored() == before


@pytest.mark.parametrize("field", ["company", "name", "email", "phone", "topic", "message"])
@hypothesis_settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=JSON_VALUES.filter(lambda v: not isinstance(v, str | int | float) or v is True))
def test_no_json_value_of_another_type_is_stored_in_a_text_field(client, settings, field, value):
    settings.INTAKE_RATE_LIMIT = (100000, 3600)
    before = Inquiry.objects.count()
    response = send(client, "inquiry", field, value)
    assert response.status_code < 500
    if value is None and field == "phone":
        return  # an empty optional answer
    assert response.status_code == 400, (value, response.content)
    assert Inquiry.objects.count() == before
