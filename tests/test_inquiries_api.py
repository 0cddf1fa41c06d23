"""The intake as JSON: the same rules as the pages, plus idempotency keys, CORS and 415."""

from __future__ import annotations

import json
import threading
import urllib.request

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from inquiries.models import Inquiry, MaterialRequest, OutboundEmail, ParticipantRegistration
from programs.models import Material
from tests.support.factories import IdempotencyKeyFactory
from tests.test_inquiries_onboarding_registration import SUPPORTED

pytestmark = pytest.mark.django_db

INQUIRY = {
    "company": "API Co.",
    "name": "Ann",
    "email": "ann@api.example",
    "topic": "costs",
    "message": "Hello from another front end",
    "consent": True,
}


def schema(client, form, **params):
    response = client.get(f"/api/intake/{form}/", params)
    assert response.status_code == 200, response.content
    return response.json()


def token(client, form="inquiry", **params):
    fields = schema(client, form, **params)["fields"]
    return next(field["value"] for field in fields if field["name"] == "form_token")


def post(client, form, body, **headers):
    return client.post(
        f"/api/intake/{form}/", json.dumps(body), content_type="application/json", **headers
    )


def test_schema_lists_fields_with_choices_in_the_locale_and_a_fresh_token(client):
    ja = schema(client, "inquiry", locale="ja")
    topic = next(field for field in ja["fields"] if field["name"] == "topic")
    assert topic["type"] == "choice" and topic["required"]
    assert {c["value"] for c in topic["choices"]} == {
        "introduction",
        "costs",
        "content",
        "volunteering",
        "press",
        "other",
    }
    assert next(f["label"] for f in ja["fields"] if f["name"] == "email") == "メールアドレス"
    assert ja["thank_you_url"].endswith("/ja/contact/")
    assert token(client) != token(client)
    assert schema(client, "registration")["needs"] == "role"
    supported = schema(client, "registration", role="supported")
    assert any(field["name"] == "needs" for field in supported["fields"])


@pytest.mark.parametrize("language", ["ja", "en", "ne"])
def test_a_valid_inquiry_is_stored_once_with_its_emails(client, language):
    body = {**INQUIRY, "locale": language, "form_token": token(client)}
    response = post(client, "inquiry", body)
    assert response.status_code == 201, response.content
    record = Inquiry.objects.get()
    assert response.json()["id"] == str(record.token)
    assert record.locale.language_code == language
    assert OutboundEmail.objects.filter(purpose="confirmation").count() == 1
    again = post(client, "inquiry", body)  # the same one-time token
    assert again.status_code == 200 and again.json()["id"] == str(record.token)
    assert Inquiry.objects.count() == 1


def test_material_request_returns_the_download_links(client):
    material = Material.objects.get(locale__language_code="en")
    body = {
        "company": "API Co.",
        "name": "Ann",
        "email": "ann@api.example",
        "role": "HR",
        "company_size": "1-49",
        "foreign_employees": "1-9",
        "heard_from": "search",
        "materials": [material.pk],
        "consent": True,
        "locale": "en",
        "form_token": token(client, "material-request", locale="en"),
    }
    response = post(client, "material-request", body)
    assert response.status_code == 201, response.content
    (download,) = response.json()["downloads"]
    assert download["title"] == material.title and "/downloads/" in download["url"]
    assert MaterialRequest.objects.count() == 1


def test_registration_applies_the_eligibility_rules(client):
    body = {
        **SUPPORTED,
        "role": "volunteer",
        "origin": "abroad",
        "nationality": "VN",
        "years_in_japan": 9,
        "japanese_level": "fluent",
        "consent": True,
        "agrees_to_screening": True,
        "locale": "ja",
        "form_token": token(client, "registration", role="volunteer"),
    }
    response = post(client, "registration", body)
    assert response.status_code == 400
    assert "10年以上" in " ".join(response.json()["errors"]["__all__"])
    assert ParticipantRegistration.objects.count() == 0


def test_field_errors_come_back_per_field_in_the_language_asked(client):
    body = {**INQUIRY, "email": "nope", "consent": False, "form_token": token(client)}
    ja = post(client, "inquiry", body, HTTP_ACCEPT_LANGUAGE="ja").json()
    assert set(ja["errors"]) == {"email", "consent"}
    assert "個人情報の取り扱いに同意" in ja["errors"]["consent"][0]
    en = post(client, "inquiry", {**body, "locale": "en"}).json()
    assert en["errors"]["consent"] == ["Please agree to the privacy policy to send the form."]
    assert Inquiry.objects.count() == 0


def test_only_json_is_accepted(client):
    response = client.post("/api/intake/inquiry/", {**INQUIRY, "form_token": token(client)})
    assert response.status_code == 415
    assert (
        client.post(
            "/api/intake/inquiry/", "{not json", content_type="application/json"
        ).status_code
        == 400
    )
    assert Inquiry.objects.count() == 0


def test_cors_for_allowed_origins_only(client, settings):
    settings.INTAKE_ALLOWED_ORIGINS = ["https://partner.example"]
    allowed = client.options(
        "/api/intake/inquiry/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert allowed.status_code == 204
    assert allowed["Access-Control-Allow-Origin"] == "https://partner.example"
    assert "Idempotency-Key" in allowed["Access-Control-Allow-Headers"]
    denied = client.options("/api/intake/inquiry/", HTTP_ORIGIN="https://evil.example")
    assert denied.status_code == 403 and not denied.has_header("Access-Control-Allow-Origin")
    response = post(
        client,
        "inquiry",
        {**INQUIRY, "form_token": token(client)},
        HTTP_ORIGIN="https://evil.example",
    )
    assert response.status_code == 403
    assert Inquiry.objects.count() == 0


def test_idempotency_key_replays_refuses_another_body_and_a_key_in_flight(client):

    body = {**INQUIRY, "form_token": token(client)}
    first = post(client, "inquiry", body, HTTP_IDEMPOTENCY_KEY="key-1")
    again = post(client, "inquiry", body, HTTP_IDEMPOTENCY_KEY="key-1")
    assert first.status_code == 201 and again.status_code == 201
    assert again.json() == first.json()
    other = post(client, "inquiry", {**body, "message": "changed"}, HTTP_IDEMPOTENCY_KEY="key-1")
    assert other.status_code == 422
    IdempotencyKeyFactory(key="key-2")  # still in flight
    busy = post(
        client, "inquiry", {**INQUIRY, "form_token": token(client)}, HTTP_IDEMPOTENCY_KEY="key-2"
    )
    assert busy.status_code in (409, 422)
    assert Inquiry.objects.count() == 1


def test_two_concurrent_requests_with_one_key_store_one_record(running_site):
    base = running_site.url
    with urllib.request.urlopen(f"{base}/api/intake/inquiry/?locale=en", timeout=10) as r:  # noqa: S310
        fields = json.load(r)["fields"]
    form_token = next(f["value"] for f in fields if f["name"] == "form_token")
    marker = "concurrent-api-request"
    body = json.dumps({**INQUIRY, "message": marker, "form_token": form_token}).encode()
    answers: list[tuple[int, str]] = []
    barrier = threading.Barrier(2)

    def send():
        request = urllib.request.Request(  # noqa: S310 - loopback only
            f"{base}/api/intake/inquiry/",
            data=body,
            method="POST",
            headers={"Content-Type": "application/json", "Idempotency-Key": "same-key"},
        )
        barrier.wait()
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                answers.append((response.status, json.load(response).get("id", "")))
        except urllib.error.HTTPError as error:
            answers.append((error.code, ""))

    threads = [threading.Thread(target=send) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    statuses = sorted(status for status, _id in answers)
    assert statuses in ([201, 201], [201, 409]), answers
    [(count,)] = running_site.query(
        "SELECT COUNT(*) FROM inquiries_inquiry WHERE message = %s", marker
    )
    assert count == 1


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=10), children, max_size=3)
    ),
    max_leaves=10,
)


@pytest.mark.parametrize("form", ["inquiry", "material-request", "onboarding", "registration"])
def test_any_json_is_answered_without_a_server_error(client, settings, form):
    settings.INTAKE_RATE_LIMIT = (10_000, 3600)
    fields = [
        "company",
        "name",
        "email",
        "topic",
        "message",
        "consent",
        "role",
        "materials",
        "goals",
        "years_in_japan",
        "preferred_start",
        "locale",
        "form_token",
        "website",
    ]

    @hypothesis_settings(
        max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
    )
    @given(body=st.one_of(st.dictionaries(st.sampled_from(fields), json_values), json_values))
    def send_anything(body):
        response = client.post(
            f"/api/intake/{form}/", json.dumps(body), content_type="application/json"
        )
        assert response.status_code in (201, 200, 400, 404), response.content
        assert response.json()

    send_anything()


def test_the_intake_api_has_an_openapi_document_built_from_the_forms(client):
    from inquiries.forms import InquiryForm
    from inquiries.models import InquiryTopic

    document = client.get("/api/intake/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert set(document["paths"]) == {
        f"/api/intake/{name}/"
        for name in ("inquiry", "material-request", "onboarding", "registration", "pages")
    }
    inquiry = body_schema(document, "inquiry")
    assert inquiry["properties"]["topic"]["enum"] == list(InquiryTopic.values)
    required = {name for name, field in InquiryForm.base_fields.items() if field.required}
    assert set(inquiry["required"]) == required
    post_op = document["paths"]["/api/intake/inquiry/"]["post"]
    assert {"201", "400", "409", "415", "422", "429"} <= set(post_op["responses"])
    registration = body_schema(document, "registration")
    assert registration["properties"]["role"]["enum"] == ["supported", "volunteer"]


def body_schema(document: dict, form: str) -> dict:
    post = document["paths"][f"/api/intake/{form}/"]["post"]
    return post["requestBody"]["content"]["application/json"]["schema"]


def variants(kind):
    """Every shape of the form of ``kind``, unbound (a registration's per role)."""
    from inquiries.choices import Role
    from inquiries.forms import FORMS, MaterialRequestForm, RegistrationForm

    form_class = FORMS[kind]
    if form_class is RegistrationForm:
        return [form_class(role=role) for role in Role.values]
    if form_class is MaterialRequestForm:
        return [form_class(locale_id=None)]
    return [form_class()]


@pytest.mark.parametrize("form", ["inquiry", "material-request", "onboarding", "registration"])
def test_each_forms_request_schema_lists_exactly_its_fields(client, form):
    from django import forms

    from inquiries.choices import FORM_KINDS

    body = body_schema(client.get("/api/openapi.json").json(), form)
    assert body == body_schema(client.get("/api/intake/openapi.json").json(), form)
    shapes = variants(FORM_KINDS[form])
    fields = {}
    for shape in shapes:
        fields.update(shape.fields)
    assert set(body["properties"]) == set(fields) | {"locale"}
    required = {
        name
        for name in fields
        if all(s.fields.get(name) and s.fields[name].required for s in shapes)
    }
    assert set(body["required"]) == required
    for name, field in fields.items():
        schema = body["properties"][name]
        assert isinstance(schema.get("description", ""), str), name
        if isinstance(field, forms.ModelChoiceField):
            continue  # rows of the database, not fixed choices
        if isinstance(field, forms.ChoiceField):
            values = [str(value) for value, _label in field.choices if value != ""]
            enum = schema["items"]["enum"] if schema["type"] == "array" else schema["enum"]
            if schema["type"] == "integer":  # a number chosen from a few (pairs at once)
                enum = [str(value) for value in enum]
            assert enum == values, name
        if getattr(field, "max_length", None):
            assert schema["maxLength"] == field.max_length, name


def test_a_field_added_to_a_form_appears_in_its_request_schema(monkeypatch):
    from django import forms

    from inquiries.api import request_schema
    from inquiries.forms import InquiryForm
    from inquiries.models import FormKind

    extra = forms.ChoiceField(choices=[("a", "A"), ("b", "B")])
    monkeypatch.setitem(InquiryForm.base_fields, "preferred_contact", extra)
    schema = request_schema("inquiry", FormKind.INQUIRY)
    assert schema["properties"]["preferred_contact"]["enum"] == ["a", "b"]
    assert "preferred_contact" in schema["required"]
