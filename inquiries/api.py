"""The intake as JSON, for static pages and other front ends: ``/api/intake/<form>/``,
a router of the site's API (``ocp.api``).

The same forms (``inquiries.forms``) validate, and the same services store and notify,
as on the site's own pages: consent, eligibility, spam, rate limits, one-time tokens and
emails behave identically. On top, an ``Idempotency-Key`` header makes a retried request
safe, cross-origin requests are answered only for ``INTAKE_ALLOWED_ORIGINS``, and only
``application/json`` is accepted. Messages are in the language asked for (a ``locale``
field, else Accept-Language).

The body is read here, strictly (``decode_json``, then ``as_form_data``), and handed to
the form: nothing validates or converts it before the form does. The request schema of
each form in the OpenAPI document is generated from the form's own fields
(:func:`request_schema`): names, required flags, choices and lengths.
"""

from __future__ import annotations

import hashlib
import json

from django import forms
from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from ninja import Router, Schema

from home.api import LocaleCode, Problem, selected_locale
from home.database import is_unavailable
from home.headless import PageLink, rich_html
from home.parsing import BadInput, TooLarge, decode_json
from inquiries import choices, ratelimit, services
from inquiries.choices import FORM_KINDS, FormKind
from inquiries.fields import JSON_TRUE, MAX_LANGUAGES, JSONFormData, LanguagesField, NotText
from inquiries.forms import FORMS, MaterialRequestForm, RegistrationForm, RoleChoiceForm, form_for
from inquiries.http import LANGUAGES, origin_refused
from inquiries.models import IdempotencyKey, IntakeFormOut, IntakeFormPage, IntakeFormValue

UNAVAILABLE = gettext_noop(
    "The service is briefly unavailable and nothing was stored. Please send the same "
    "request again in a minute."
)
# Every method a form's address answers: GET and POST as documented; OPTIONS for
# CORS preflights; anything else a 405 that says what to use.
OTHER_METHODS = ["OPTIONS", "HEAD", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT"]
ALL_METHODS = ["GET", "POST", *OTHER_METHODS]

router = Router(tags=["intake"])


class Choice(Schema):
    value: str
    label: str


class FieldOut(Schema):
    name: str
    type: str
    required: bool
    label: str
    help_text: str
    max_length: int | None = None
    choices: list[Choice] | None = None
    value: str | None = None  # the form token's
    autocomplete: str | None = None
    levels: list[Choice] | None = None  # languages: each row's level
    max_items: int | None = None  # languages: how many rows at most


class PrivacyNotice(Schema):
    heading: str
    text: str
    link_label: str
    link_url: str | None  # the privacy policy in the form's language


class FormTexts(Schema):
    """What the site's own form page shows around the fields, in the form's language,
    so another front end can show the same."""

    required_marker: str  # after the label of a required field
    choose: str  # a drop-down's empty first option
    submit: str  # the button
    privacy: PrivacyNotice | None = None  # above the consent field


class FormOut(Schema):
    form: str
    locale: str
    fields: list[FieldOut]
    needs: str | None = None  # "role": a registration's first step
    thank_you_url: str | None = None
    texts: FormTexts | None = None


class Download(Schema):
    title: str
    url: str


class Received(Schema):
    status: str
    id: str
    thank_you_url: str
    downloads: list[Download]


class Errors(Schema):
    status: int
    errors: dict[str, list[str]]


def _json(body: dict, status: int = 200) -> JsonResponse:
    response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    response["Cache-Control"] = "no-store"
    return response


def _cors(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    origin = request.headers.get("Origin")
    if origin and origin in settings.INTAKE_ALLOWED_ORIGINS:
        response["Access-Control-Allow-Origin"] = origin
        response["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response["Access-Control-Allow-Headers"] = "Content-Type, Idempotency-Key, Accept-Language"
        response["Access-Control-Max-Age"] = "600"
        response["Vary"] = "Origin"
    return response


def _language(request: HttpRequest, data: dict | None = None) -> str:
    asked = (data or {}).get("locale") or request.GET.get("locale")
    if asked in LANGUAGES:
        return asked
    return translation.get_language_from_request(request, check_path=False) or "ja"


def _published_page(kind: str, language: str) -> IntakeFormPage | None:
    return IntakeFormPage.objects.live().for_form(kind, language).first()


def describe(form) -> list[dict]:
    """The form's fields as data: names, kinds, labels and choices in the active language."""
    fields = []
    for bound in form:
        widget = bound.field.widget
        kind = bound.widget_type
        entry = {
            "name": bound.name,
            "type": {
                "textinput": "text",
                "emailinput": "email",
                "select": "choice",
                "radioselect": "choice",
                "checkboxselectmultiple": "multiple_choice",
                # a single material on offer: nothing to tick on the page, the same field
                "multiplehidden": "multiple_choice",
                "checkbox": "boolean",
                "numberinput": "integer",
                "dateinput": "date",
                "textarea": "text",
                "hidden": "hidden",
                "languagerows": "languages",
            }.get(kind, kind),
            "required": bound.field.required,
            "label": str(bound.label),
            "help_text": str(bound.help_text or ""),
        }
        if getattr(bound.field, "max_length", None):
            entry["max_length"] = bound.field.max_length
        if hasattr(bound.field, "choices") and kind != "hidden":
            entry["choices"] = [
                {"value": str(value), "label": str(label)}
                for value, label in bound.field.choices
                if value != ""
            ]
        if isinstance(bound.field, LanguagesField):
            entry["levels"] = [
                {"value": str(value), "label": str(label)} for value, label in bound.field.levels
            ]
            entry["max_items"] = MAX_LANGUAGES
        if bound.name == "form_token":
            entry["value"] = form.initial.get("form_token") or form["form_token"].initial
        if widget.attrs.get("autocomplete"):
            entry["autocomplete"] = widget.attrs["autocomplete"]
        fields.append(entry)
    return fields


@sensitive_post_parameters()
@sensitive_variables()
def form_endpoint(request: HttpRequest, kind: str) -> HttpResponse:
    """Every request to a form's address, whatever its method."""
    if request.method == "OPTIONS":
        status = 403 if origin_refused(request) else 204
        return _cors(request, HttpResponse(status=status))
    if origin_refused(request):
        return _json({"status": 403, "detail": "This origin may not send the forms."}, 403)
    if request.method == "GET":
        return _cors(request, schema(request, kind))
    if request.method != "POST":
        return _json({"status": 405, "detail": "Use GET for the schema, POST to send."}, 405)
    if request.content_type != "application/json":
        return _cors(
            request, _json({"status": 415, "detail": "Send the form as application/json."}, 415)
        )
    data = parse_json_body(request)
    if isinstance(data, HttpResponse):
        return _cors(request, data)
    key = request.headers.get("Idempotency-Key", "").strip()
    try:
        if not key:
            return _cors(request, submit(request, kind, data))
        return _cors(request, with_idempotency(request, key, kind, data))
    except (OperationalError, InterfaceError) as error:
        if not is_unavailable(error):
            raise
        # down or locked past its timeout: nothing was stored, so the same request
        # (same token, same key) can simply be sent again
        with translation.override(_language(request, data)):
            response = _json({"status": 503, "detail": gettext(UNAVAILABLE)}, 503)
        response["Retry-After"] = "30"
        return _cors(request, response)


def no_such_form(request: HttpRequest, form_name: str) -> HttpResponse:
    return _json({"status": 404, "detail": "There is no such form."}, 404)


@sensitive_variables()
def parse_json_body(request: HttpRequest) -> dict | HttpResponse:
    """The body as a JSON object, or the 4xx answer that says why it is not one.

    :func:`home.parsing.decode_json` refuses, as the client's mistake, what would
    otherwise fail deeper down as a 500: bodies too large or nested too deeply for
    a form, lone surrogates that no database or email can hold, NaN and Infinity.
    """
    try:
        data = decode_json(request.body or b"{}")
    except RequestDataTooBig:  # beyond DATA_UPLOAD_MAX_MEMORY_SIZE
        return _json({"status": 413, "detail": "The body is too large."}, 413)
    except TooLarge as error:
        return _json({"status": 413, "detail": str(error)}, 413)
    except BadInput as error:
        return _json({"status": 400, "detail": str(error)}, 400)
    if not isinstance(data, dict):
        return _json({"status": 400, "detail": "Send a JSON object."}, 400)
    return data


def schema(request: HttpRequest, kind: str) -> HttpResponse:
    language = _language(request)
    page = _published_page(kind, language)
    if page is None:
        return _json({"status": 404, "detail": "This form is not published."}, 404)
    with translation.override(language):
        form = form_for(page, role=request.GET.get("role"))
        if form is None:
            return _json(
                {
                    "form": kind,
                    "locale": language,
                    "needs": "role",
                    "fields": describe(RoleChoiceForm()),
                    "texts": form_texts(page, form=None),
                }
            )
        return _json(
            {
                "form": kind,
                "locale": language,
                "fields": describe(form),
                "thank_you_url": settings.BASE_URL + page.url,
                "texts": form_texts(page, form),
            }
        )


def form_texts(page: IntakeFormPage, form: forms.Form | None) -> dict:
    """The texts of the form page's template (intake_form_page.html, field.html), in
    the active language: the same strings, so the same translations."""
    privacy = None
    if form is not None and "consent" in form.fields:
        policy = page.privacy_page()
        privacy = {
            "heading": gettext("How we use your information"),
            "text": gettext(
                "We use what you send here only to reply to you and to arrange the program "
                "with you. We keep it only as long as needed, never pass it to third "
                "parties without your consent except where the law requires, and you can "
                "ask us to show, correct or delete it at any time."
            ),
            "link_label": gettext("Read our privacy policy"),
            "link_url": policy.url if policy else None,
        }
    return {
        "required_marker": gettext("(required)"),
        "choose": gettext("Please choose"),
        "submit": gettext("Send") if form is not None else gettext("Continue"),
        "privacy": privacy,
    }


@sensitive_variables()
def submit(request: HttpRequest, kind: str, data: dict) -> HttpResponse:
    language = _language(request, data)
    page = _published_page(kind, language)
    if page is None:
        return _json({"status": 404, "detail": "This form is not published."}, 404)
    with translation.override(language):
        fields = as_form_data(data)
        form = form_for(page, fields, role=fields.get("role"))
        if form is None:
            return _json(
                {"status": 400, "errors": {"role": [gettext("Please choose your role again.")]}},
                400,
            )
        if not ratelimit.hit(request, page.form_kind):
            return _json({"status": 429, "detail": _too_many()}, 429)
        if not form.is_valid():
            errors = {
                name: [str(message) for message in messages]
                for name, messages in form.errors.items()
            }
            return _json({"status": 400, "errors": errors}, 400)
        outcome = services.submit(form, page)
    record = outcome.record
    body = {
        "status": "received",
        "id": str(record.token),
        "thank_you_url": f"{settings.BASE_URL}{page.url}",
        "downloads": [
            {"title": material.title, "url": url}
            for material, url in services.material_links(record)
        ],
    }
    return _json(body, 201 if outcome.created else 200)


def _too_many() -> str:
    return gettext(
        "This form has been sent too many times from your connection. "
        "Please wait a while and try again."
    )


@sensitive_variables()
def with_idempotency(request, key: str, kind: str, data: dict) -> HttpResponse:
    """Answers a request carrying an Idempotency-Key (see IdempotencyKey).

    The key, the record and the answer commit in one transaction: a server that dies
    before the commit leaves no trace (the retry is handled afresh), one that dies
    after it leaves the finished answer (the retry gets it). A concurrent request with
    the same key waits for that commit (PostgreSQL's unique index, SQLite's write
    lock) and then gets the answer too; a 409 is left for a first request that is
    still being handled elsewhere.
    """
    digest = request_digest(kind, data)
    key = key[:200]
    with transaction.atomic():
        try:
            with transaction.atomic():
                IdempotencyKey.objects.create(key=key, request_hash=digest)
        except IntegrityError:
            return _answer_again(key, digest)
        response = submit(request, kind, data)
        if response.status_code >= 500:
            transaction.set_rollback(True)
            return response
        IdempotencyKey.objects.filter(key=key).update(
            done=True,
            response_status=response.status_code,
            response_body=json.loads(response.content),
        )
    return response


def _answer_again(key: str, digest: str) -> HttpResponse:
    existing = IdempotencyKey.objects.get(key=key)
    if existing.request_hash != digest:
        return _json(
            {"status": 422, "detail": "This Idempotency-Key was used for another request."}, 422
        )
    if not existing.done:
        return _json(
            {
                "status": 409,
                "detail": "A request with this Idempotency-Key is still being handled.",
            },
            409,
        )
    return _json(existing.response_body, existing.response_status)


@sensitive_variables()
def request_digest(kind: str, data: dict) -> str:
    """What identifies a request's body for its Idempotency-Key."""
    payload = json.dumps([kind, data], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


@sensitive_variables()
def as_form_data(data: dict) -> JSONFormData:
    """JSON values as form data, converted by one strict rule so the forms validate
    them as they validate a browser's POST, and a JSON type never passes for another.

    Strings are text and numbers are their text; ``null`` is an empty answer; an array
    gives its items to a field of several values. ``true`` ticks a checkbox and an
    agreement (``JSON_TRUE``); ``true``/``false`` where text is expected, objects, and
    arrays given to a one-value field are ``NotText``, which text fields refuse with a
    message and no other field accepts: nothing is ``str()``-ed into storage, and no
    other value (``"true"``, ``1``, ``"on"``, ``{}``) counts as consent."""
    form_data = JSONFormData()
    form_data.raw = data
    for key, value in data.items():
        if isinstance(value, list):
            form_data.setlist(key, [_form_value(item) for item in value])
            form_data.arrays.add(key)
        else:
            form_data.setlist(key, [_form_value(value)])
    return form_data


def _form_value(value) -> str | NotText:
    """One JSON value (an array's item or a field's value) as one form value."""
    if value is True:
        return JSON_TRUE
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return str(value)
        except ValueError:  # more digits than Python converts to text
            return NotText("number")
    if value is False:
        return NotText("false")
    return NotText("[array]" if isinstance(value, list) else "{object}")


# -- The OpenAPI document ----------------------------------------------------------


def field_schema(field: forms.Field) -> dict:
    """The JSON Schema of one form field's value, as the form reads it from JSON."""
    result = _value_schema(field)
    if field.label:
        result["description"] = field.label
    return result


def _value_schema(field: forms.Field) -> dict:
    if isinstance(field, LanguagesField):  # rows of a language and its level
        return {
            "type": "array",
            "maxItems": MAX_LANGUAGES,
            "items": {
                "type": "object",
                "properties": {
                    "language": {"type": "string", "enum": [c for c, _l in field.choices]},
                    "level": {"type": "string", "enum": [c for c, _l in field.levels]},
                },
                "required": ["language", "level"],
                "additionalProperties": False,
            },
        }
    if isinstance(field, forms.TypedChoiceField) and field.coerce is int:
        return {"type": "integer", "enum": [int(value) for value, _label in field.choices]}
    if isinstance(field, forms.ModelMultipleChoiceField):  # keys of the rows listed
        return {"type": "array", "items": {"type": "integer"}}
    if isinstance(field, forms.MultipleChoiceField):
        values = [str(value) for value, _label in field.choices if value != ""]
        return {"type": "array", "items": {"type": "string", "enum": values}}
    if isinstance(field, forms.ChoiceField):
        values = [str(value) for value, _label in field.choices if value != ""]
        return {"type": "string", "enum": values}
    if isinstance(field, forms.BooleanField):
        return {"type": "boolean"}
    if isinstance(field, forms.IntegerField):
        result = {"type": "integer"}
        if field.min_value is not None:
            result["minimum"] = field.min_value
        if field.max_value is not None:
            result["maximum"] = field.max_value
        return result
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    result = {"type": "string"}
    if getattr(field.widget, "input_type", None) == "email":
        result["format"] = "email"
    if getattr(field, "max_length", None):
        result["maxLength"] = field.max_length
    return result


def form_variants(kind: str) -> list[forms.Form]:
    """Every shape of the form of ``kind``, unbound: a registration's per role."""
    form_class = FORMS[kind]
    if form_class is RegistrationForm:
        return [form_class(role=role) for role in choices.Role.values]
    if form_class is MaterialRequestForm:
        return [form_class(locale_id=None)]
    return [form_class()]


def request_schema(name: str, kind: str) -> dict:
    """The JSON Schema of a POST to form ``name``, generated from the form's fields: a
    property per field (of any variant of the form), required where every variant
    requires it, and ``locale``, the language to answer in."""
    variants = form_variants(kind)
    properties = {}
    for form in variants:
        for field_name, field in form.fields.items():
            properties.setdefault(field_name, field_schema(field))
    required = [
        field_name
        for field_name in properties
        if all(field_name in form.fields and form.fields[field_name].required for form in variants)
    ]
    properties["locale"] = {"type": "string", "enum": LANGUAGES}
    return {
        "title": f"{name}-form",
        "type": "object",
        "properties": properties,
        "required": required,
    }


QUERY = [
    {
        "name": "locale",
        "in": "query",
        "required": False,
        "schema": {"type": "string", "enum": LANGUAGES},
    },
    {"name": "role", "in": "query", "required": False, "schema": {"type": "string"}},
]
IDEMPOTENCY_KEY = {
    "name": "Idempotency-Key",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "maxLength": 200},
}
GET_RESPONSES = {200: FormOut, 400: Problem, 403: Problem, 404: Problem}
POST_RESPONSES = {
    201: Received,
    200: Received,
    400: Errors | Problem,
    403: Problem,
    404: Problem,
    409: Problem,
    413: Problem,
    415: Problem,
    422: Problem,
    429: Problem,
    503: Problem,
}
POST_DESCRIPTIONS = {
    201: "Stored",
    200: "Already stored (same token or key)",
    400: "Invalid, with messages per field; or not a JSON object",
    403: "Origin not allowed",
    404: "Not published in this language",
    409: "Key still in flight",
    413: "Body too large",
    415: "Not JSON",
    422: "Key used for another body",
    429: "Too many posts",
    503: "Briefly unavailable; nothing stored, send again",
}


def _add_form(name: str, kind: FormKind) -> None:
    def answer(request: HttpRequest) -> HttpResponse:
        return form_endpoint(request, kind)

    path = f"/{name}/"
    url_name = f"intake_{name.replace('-', '_')}"
    router.add_api_operation(
        path,
        ["GET"],
        answer,
        response=GET_RESPONSES,
        summary=f"The {name} form: fields, choices, labels and a fresh token",
        operation_id=f"{url_name}_form",
        url_name=url_name,
        openapi_extra={"parameters": QUERY},
    )
    router.add_api_operation(
        path,
        ["POST"],
        answer,
        response=POST_RESPONSES,
        summary=f"Send the {name} form",
        operation_id=f"{url_name}_send",
        url_name=url_name,
        openapi_extra={
            "parameters": [IDEMPOTENCY_KEY],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": request_schema(name, kind)}},
            },
            "responses": {
                status: {"description": text} for status, text in POST_DESCRIPTIONS.items()
            },
        },
    )
    router.add_api_operation(
        path, OTHER_METHODS, answer, include_in_schema=False, url_name=url_name
    )


class IntakePageOut(Schema):
    """An intake page: where its form lives in the API and what it says around it."""

    locale: str
    page: PageLink
    form: IntakeFormOut
    intro: str  # display HTML
    thank_you_text: str  # display HTML, shown once the form is sent


@router.get(
    "/pages/",
    response={200: list[IntakePageOut], 400: Problem},
    summary="The intake pages of a language",
    description="Each published intake page with its form's API address, introduction "
    "and thank-you text; without a locale, those of every language.",
)
def intake_pages(request: HttpRequest, locale: LocaleCode | None = None):
    found = IntakeFormPage.objects.live().public().select_related("locale").order_by("path")
    if (selected := selected_locale(locale)) is not None:
        found = found.filter(locale=selected)
    result = []
    for page in found:
        with translation.override(page.locale.language_code):  # links in its language
            result.append(
                {
                    "locale": page.locale.language_code,
                    "page": {"id": page.pk, "title": page.title, "url": page.url},
                    "form": IntakeFormValue().to_representation(page),
                    "intro": rich_html(page.intro),
                    "thank_you_text": rich_html(page.thank_you_text),
                }
            )
    return result


for _name, _kind in FORM_KINDS.items():
    _add_form(_name, _kind)
router.add_api_operation("/{slug:form_name}/", ALL_METHODS, no_such_form, include_in_schema=False)
