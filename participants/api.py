"""A pair's check-in as JSON: ``/api/check-ins/<token>/`` (and the awareness survey,
``/api/surveys/<token>/``, alike), a router of the site's API
(``ocp.api``), for front ends other than the page of the emailed link.

GET describes the form (its fields, labels and choices, as the intake API describes
its forms) in the person's contact language; POST sends the answers as a JSON object,
validated by the same form (``participants.forms.CheckInForm``) and stored by the same
service as the page. Errors have the intake's shapes: ``{"status", "detail"}``, or
``{"status": 400, "errors": {field: [messages]}}`` for the answers, in the person's
language (a link that does not work: the language asked for with ``locale`` or
Accept-Language). A link that was changed is a 404, one that expired a 410, one
already used a 409; nothing is stored unless the answers are all acceptable.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.utils import translation
from django.utils.translation import gettext
from django.views.decorators.debug import sensitive_variables
from ninja import Router, Schema

from home.api import Problem
from inquiries.api import Errors, FieldOut, _json, _language, as_form_data, describe
from inquiries.api import parse_json_body as _parse_json_body
from participants import checkins, emails, survey
from participants.forms import CheckInForm, SurveyForm
from participants.link_views import (
    check_in_context,
    find_check_in,
    find_survey,
    save_check_in,
    save_survey,
    survey_context,
)
from participants.links import BadLink, LinkProblem
from participants.models import SurveyMoment

router = Router(tags=["check-ins"])


class CheckInOut(Schema):
    kind: str
    kind_label: str
    due_on: str
    locale: str
    title: str
    message: str
    fields: list[FieldOut]


class Answered(Schema):
    status: str


def _bad_link(request: HttpRequest, problem: LinkProblem) -> HttpResponse:
    with translation.override(_language(request)):
        if problem == LinkProblem.EXPIRED:
            return _json({"status": 410, "detail": gettext("This link has expired")}, 410)
        return _json({"status": 404, "detail": gettext("This link does not work")}, 404)


def _already(language: str) -> HttpResponse:
    with translation.override(language):
        detail = gettext("This check-in has already been answered.")
    return _json({"status": 409, "detail": detail}, 409)


@sensitive_variables()
def check_in_endpoint(request: HttpRequest, token: str) -> HttpResponse:
    if request.method not in ("GET", "POST"):
        return _json({"status": 405, "detail": "Use GET for the form, POST to answer."}, 405)
    if len(token) > 500:
        return _bad_link(request, LinkProblem.FORGED)
    try:
        check_in = find_check_in(token)
    except BadLink as bad:
        return _bad_link(request, bad.problem)
    language = emails.language_of(check_in.person)
    if not checkins.can_answer(check_in):
        return _already(language)
    with translation.override(language):
        if request.method == "GET":
            form = CheckInForm()
            return _json(
                {
                    "kind": check_in.kind,
                    "kind_label": str(check_in.get_kind_display()),
                    "due_on": check_in.due_on.isoformat(),
                    "locale": language,
                    **{k: str(v) for k, v in check_in_context(check_in).items()},
                    "fields": describe(form),
                }
            )
        if request.content_type != "application/json":
            return _json({"status": 415, "detail": "Send the answers as application/json."}, 415)
        data = _parse_json_body(request)
        if isinstance(data, HttpResponse):
            return data
        form = CheckInForm(as_form_data(data))
        if form.is_valid() and save_check_in(check_in, form):
            return _json({"status": "answered"}, 201)
        if not checkins.can_answer(type(check_in).objects.get(pk=check_in.pk)):
            return _already(language)
        errors = {field: [str(m) for m in messages] for field, messages in form.errors.items()}
        return _json({"status": 400, "errors": errors}, 400)


ANSWER_SCHEMA = {
    "type": "object",
    "properties": {
        "meetings": {"type": "integer", "minimum": 0, "maximum": checkins.MAX_MEETINGS},
        "hours": {"type": "string", "maxLength": 10, "examples": ["1.5"]},
        "meeting_format": {"type": "string", "enum": ["in_person", "online", "both", ""]},
        "satisfaction": {"type": "integer", "minimum": 1, "maximum": 5},
        "went_well": {"type": "string", "maxLength": checkins.TEXT_MAX},
        "concern": {"type": "string", "maxLength": checkins.TEXT_MAX},
        "contact_me": {"type": "boolean"},
        "may_quote": {"type": "boolean"},
    },
    "required": ["meetings", "hours", "satisfaction"],
}


def add_form_operations(
    router: Router, endpoint, *, out, schema: dict, name: str, form: str, answer: str
) -> None:
    """A signed link's form at ``/{token}/``: GET describes it, POST answers it (with
    ``schema`` as the request body), and the other methods answer 405 undocumented."""
    router.add_api_operation(
        "/{token}/",
        ["GET"],
        endpoint,
        response={200: out, 404: Problem, 409: Problem, 410: Problem},
        summary=form,
        operation_id=f"{name}_form",
        url_name=f"{name}_api",
    )
    router.add_api_operation(
        "/{token}/",
        ["POST"],
        endpoint,
        response={
            201: Answered,
            400: Errors | Problem,
            404: Problem,
            409: Problem,
            410: Problem,
            413: Problem,
            415: Problem,
        },
        summary=answer,
        operation_id=f"{name}_answer",
        url_name=f"{name}_api",
        openapi_extra={
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}}
        },
    )
    router.add_api_operation(
        "/{token}/",
        ["PUT", "PATCH", "DELETE"],
        endpoint,
        include_in_schema=False,
        url_name=f"{name}_api",
    )


add_form_operations(
    router,
    check_in_endpoint,
    out=CheckInOut,
    schema=ANSWER_SCHEMA,
    name="check_in",
    form="A check-in's form: fields, choices and labels in the person's language",
    answer="Answer a check-in",
)


# -- the awareness survey: /api/surveys/<token>/ --------------------------------------

survey_router = Router(tags=["surveys"])


class SurveyOut(Schema):
    moment: str
    moment_label: str
    locale: str
    title: str
    message: str
    fields: list[FieldOut]


def _survey_already(language: str) -> HttpResponse:
    with translation.override(language):
        detail = gettext("This survey has already been answered.")
    return _json({"status": 409, "detail": detail}, 409)


@sensitive_variables()
def survey_endpoint(request: HttpRequest, token: str) -> HttpResponse:
    """The survey of the emailed link as JSON, like the check-in's: GET describes the
    statements (``q<id>``, each 1–5) in the volunteer's language, POST rates them."""
    if request.method not in ("GET", "POST"):
        return _json({"status": 405, "detail": "Use GET for the form, POST to answer."}, 405)
    if len(token) > 500:
        return _bad_link(request, LinkProblem.FORGED)
    try:
        pair, moment = find_survey(token)
    except BadLink as bad:
        return _bad_link(request, bad.problem)
    language = emails.language_of(pair.volunteer)
    if survey.answered(pair, moment):
        return _survey_already(language)
    with translation.override(language):
        if request.method == "GET":
            form = SurveyForm(questions=survey.questions())
            return _json(
                {
                    "moment": moment,
                    "moment_label": str(dict(SurveyMoment.choices)[moment]),
                    "locale": language,
                    **{k: str(v) for k, v in survey_context(moment).items()},
                    "fields": describe(form),
                }
            )
        if request.content_type != "application/json":
            return _json({"status": 415, "detail": "Send the answers as application/json."}, 415)
        data = _parse_json_body(request)
        if isinstance(data, HttpResponse):
            return data
        form = SurveyForm(as_form_data(data), questions=survey.questions())
        if form.is_valid() and save_survey(pair, moment, form):
            return _json({"status": "answered"}, 201)
        if survey.answered(pair, moment):
            return _survey_already(language)
        errors = {field: [str(m) for m in messages] for field, messages in form.errors.items()}
        return _json({"status": 400, "errors": errors}, 400)


SURVEY_SCHEMA = {
    "type": "object",
    "description": "One rating per statement the GET lists, named by its field (q<id>).",
    "additionalProperties": {"type": "integer", "minimum": 1, "maximum": 5},
    "examples": [{"q1": 4, "q2": 3, "q3": 5}],
}

add_form_operations(
    survey_router,
    survey_endpoint,
    out=SurveyOut,
    schema=SURVEY_SCHEMA,
    name="survey",
    form="An awareness survey's statements, labels and scale in the volunteer's language",
    answer="Answer an awareness survey",
)
