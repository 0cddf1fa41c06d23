"""The intake as JSON, for static pages and other front ends: ``/api/intake/``.

The same forms (``inquiries.forms``) validate, and the same services store and notify,
as on the site's own pages: consent, eligibility, spam, rate limits, one-time tokens and
emails behave identically. On top, an ``Idempotency-Key`` header makes a retried request
safe, cross-origin requests are answered only for ``INTAKE_ALLOWED_ORIGINS``, and only
``application/json`` is accepted. Messages are in the language asked for (a ``locale``
field, else Accept-Language).
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import IntegrityError, InterfaceError, OperationalError, transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from home.database import is_unavailable
from home.parsing import BadInput, TooLarge, decode_json
from inquiries import ratelimit, services
from inquiries.forms import JSON_TRUE, JSONFormData, NotText, form_for
from inquiries.models import FormKind, IdempotencyKey, IntakeFormPage

FORMS = {
    "inquiry": FormKind.INQUIRY,
    "material-request": FormKind.MATERIAL_REQUEST,
    "onboarding": FormKind.ONBOARDING,
    "registration": FormKind.REGISTRATION,
}
FORM_NAMES = {kind: name for name, kind in FORMS.items()}
LANGUAGES = [code for code, _name in settings.LANGUAGES]
UNAVAILABLE = gettext_noop(
    "The service is briefly unavailable and nothing was stored. Please send the same "
    "request again in a minute."
)


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


def origin_refused(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin")
    own = request.build_absolute_uri("/").rstrip("/")
    return bool(origin) and origin != own and origin not in settings.INTAKE_ALLOWED_ORIGINS


def _language(request: HttpRequest, data: dict | None = None) -> str:
    asked = (data or {}).get("locale") or request.GET.get("locale")
    if asked in LANGUAGES:
        return asked
    return translation.get_language_from_request(request, check_path=False) or "ja"


def published_form_page(kind: str, language: str) -> IntakeFormPage | None:
    return (
        IntakeFormPage.objects.live().filter(form_kind=kind, locale__language_code=language).first()
    )


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
                "checkbox": "boolean",
                "numberinput": "integer",
                "dateinput": "date",
                "textarea": "text",
                "hidden": "hidden",
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
        if bound.name == "form_token":
            entry["value"] = form.initial.get("form_token") or form["form_token"].initial
        if widget.attrs.get("autocomplete"):
            entry["autocomplete"] = widget.attrs["autocomplete"]
        fields.append(entry)
    return fields


@csrf_exempt
@sensitive_post_parameters()
@sensitive_variables()
def form_endpoint(request: HttpRequest, form_name: str) -> HttpResponse:
    kind = FORMS.get(form_name)
    if kind is None:
        return _json({"status": 404, "detail": "There is no such form."}, 404)
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
    page = published_form_page(kind, language)
    if page is None:
        return _json({"status": 404, "detail": "This form is not published."}, 404)
    with translation.override(language):
        form = form_for(page, role=request.GET.get("role"))
        if form is None:
            from inquiries.forms import RoleChoiceForm

            return _json(
                {
                    "form": kind,
                    "locale": language,
                    "needs": "role",
                    "fields": describe(RoleChoiceForm()),
                }
            )
        return _json(
            {
                "form": kind,
                "locale": language,
                "fields": describe(form),
                "thank_you_url": settings.BASE_URL + page.url,
            }
        )


@sensitive_variables()
def submit(request: HttpRequest, kind: str, data: dict) -> HttpResponse:
    language = _language(request, data)
    page = published_form_page(kind, language)
    if page is None:
        return _json({"status": 404, "detail": "This form is not published."}, 404)
    with translation.override(language):
        fields = as_form_data(data)
        form = form_for(page, fields, role=fields.get("role"))
        if form is None:
            return _json({"status": 400, "errors": {"role": [str(_role_again())]}}, 400)
        if not ratelimit.hit(request, page.form_kind):
            return _json({"status": 429, "detail": str(_too_many())}, 429)
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


def _too_many():
    from django.utils.translation import gettext

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


def _role_again():
    from django.utils.translation import gettext

    return gettext("Please choose your role again.")


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


FIELD_SCHEMAS = {
    "text": {"type": "string"},
    "email": {"type": "string", "format": "email"},
    "integer": {"type": "integer"},
    "date": {"type": "string", "format": "date"},
    "boolean": {"type": "boolean"},
    "hidden": {"type": "string"},
}


def _field_schema(field: dict) -> dict:
    if field["type"] == "multiple_choice":
        items = {"type": "string"}
        if field.get("choices") and field["name"] != "materials":
            items["enum"] = [choice["value"] for choice in field["choices"]]
        return {"type": "array", "items": items, "description": field["label"]}
    schema = dict(FIELD_SCHEMAS.get(field["type"], {"type": "string"}))
    if field["type"] == "choice" and field.get("choices"):
        schema["enum"] = [choice["value"] for choice in field["choices"]]
    if field.get("max_length"):
        schema["maxLength"] = field["max_length"]
    schema["description"] = field["label"]
    return schema


def openapi(request: HttpRequest) -> JsonResponse:
    """The intake API's OpenAPI document, built from the forms themselves."""
    paths, schemas = {}, {}
    problem = {
        "type": "object",
        "properties": {"status": {"type": "integer"}, "detail": {"type": "string"}},
    }
    errors = {
        "type": "object",
        "properties": {
            "status": {"type": "integer"},
            "errors": {
                "type": "object",
                "additionalProperties": {"type": "array", "items": {"type": "string"}},
            },
        },
    }
    received = {
        "type": "object",
        "required": ["status", "id", "thank_you_url"],
        "properties": {
            "status": {"type": "string"},
            "id": {"type": "string"},
            "thank_you_url": {"type": "string"},
            "downloads": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {"title": {"type": "string"}, "url": {"type": "string"}},
                },
            },
        },
    }
    with translation.override("en"):
        for name, kind in FORMS.items():
            page = published_form_page(kind, "en")
            if page is None:
                continue
            role = "supported" if kind == FormKind.REGISTRATION else None
            fields = describe(form_for(page, role=role))
            properties = {f["name"]: _field_schema(f) for f in fields}
            properties["locale"] = {"type": "string", "enum": LANGUAGES}
            if kind == FormKind.REGISTRATION:
                properties["role"] = {"type": "string", "enum": ["supported", "volunteer"]}
            schemas[f"{name}-form"] = {
                "type": "object",
                "properties": properties,
                "required": [f["name"] for f in fields if f["required"]],
            }
            json_of = {"application/json": {"schema": {"$ref": "#/components/schemas/Problem"}}}
            paths[f"/api/intake/{name}/"] = {
                "get": {
                    "summary": f"The {name} form: fields, choices, labels and a fresh token",
                    "parameters": [
                        {
                            "name": "locale",
                            "in": "query",
                            "schema": {"type": "string", "enum": LANGUAGES},
                        },
                        {"name": "role", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": "The form",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        "400": {"description": "A NUL in a parameter", "content": json_of},
                        "404": {"description": "Not published", "content": json_of},
                    },
                },
                "post": {
                    "summary": f"Send the {name} form",
                    "parameters": [
                        {
                            "name": "Idempotency-Key",
                            "in": "header",
                            "schema": {"type": "string", "maxLength": 200},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": f"#/components/schemas/{name}-form"}
                            }
                        },
                    },
                    "responses": {
                        "201": {
                            "description": "Stored",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Received"}
                                }
                            },
                        },
                        "200": {
                            "description": "Already stored (same token or key)",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Received"}
                                }
                            },
                        },
                        "400": {
                            "description": "Invalid, with messages per field",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Errors"}
                                }
                            },
                        },
                        "403": {"description": "Origin not allowed", "content": json_of},
                        "409": {"description": "Key still in flight", "content": json_of},
                        "413": {"description": "Body too large", "content": json_of},
                        "415": {"description": "Not JSON", "content": json_of},
                        "422": {"description": "Key used for another body", "content": json_of},
                        "429": {"description": "Too many posts", "content": json_of},
                    },
                },
            }
    schemas.update({"Problem": problem, "Errors": errors, "Received": received})
    document = {
        "openapi": "3.1.0",
        "info": {
            "title": "OCP intake API",
            "version": "1.0.0",
            "description": "The four intake forms as JSON (see README, API).",
        },
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return JsonResponse(document, json_dumps_params={"ensure_ascii": False})
