"""How an intake page answers: the form, its errors, the thank-you page.

Post/Redirect/Get: a valid POST stores (``services.submit``) and redirects to the
page's thank-you address, so reloading never sends twice. The session remembers
which submissions this browser made, so only the sender sees that thank-you page
(and, for a material request, the download links).

``static_form_post`` receives the same forms from the pages of the static export
(``staticsite``), which are served from another origin and work without
JavaScript: the same form and service store the record, then the visitor goes back
to the static site's thank-you page.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import replace

from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.db import InterfaceError, OperationalError
from django.http import (
    HttpResponse,
    HttpResponseForbidden,
    HttpResponseNotAllowed,
    HttpResponseNotFound,
    HttpResponseRedirect,
)
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from home.database import is_unavailable
from home.exporting import current_target
from home.seo import page_alternates
from inquiries import ratelimit, services
from inquiries.choices import FORM_KINDS, THANKS, Role
from inquiries.forms import NOT_ELIGIBLE, RegistrationForm, RoleChoiceForm, form_for
from inquiries.http import LANGUAGES, origin_refused
from inquiries.models import FormKind, IntakeFormPage
from inquiries.tokens import issue_token, shared_token
from leads.rules import normalise_enrolment_code

SESSION_KEY = "ocp_intake_sent"
logger = logging.getLogger(__name__)


@sensitive_variables()  # what the visitor sent stays out of error reports
def serve_intake_page(page, request, step: str | None = None):
    """The page itself; ``step`` is ``thanks`` or, for registration, a role (see
    ``IntakeFormPage.route``)."""
    context = page.get_context(request)
    status = 200
    if request.method == "POST":
        outcome, updates, status = handle_post(page, request, request.POST)
        if outcome is not None:
            sent = request.session.get(SESSION_KEY, [])
            request.session[SESSION_KEY] = [*sent, str(outcome.record.token)][-20:]
            response = HttpResponseRedirect(f"{page.url}?sent={outcome.record.token}")
            add_never_cache_headers(response)
            return response
        context.update(updates)
    elif step == THANKS:
        context.update(sent=True, emailed_links=page.form_kind == FormKind.MATERIAL_REQUEST)
    elif (record := _own_submission(request, page)) is not None:
        context.update(sent=True, record=record, downloads=services.material_links(record))
    else:
        company_code = request.GET.get("company", "")
        form = form_for(
            page,
            role=step or request.GET.get("role"),
            company_code=company_code,
            material=request.GET.get("material", ""),
        )
        if form is None:
            role_form = RoleChoiceForm(request.GET if "role" in request.GET else None)
            if role_form.is_bound and not role_form.is_valid():
                status = 400  # sent without a role (or with one that is not offered)
            context.update(role_form=role_form, company_code=_code(company_code))
        else:
            if current_target() is not None:  # the same file for everyone: the shared token
                form.initial["form_token"] = shared_token(page.form_kind)
            context["form"] = form
    return form_page_response(request, page, context, status)


def role_step_context(page, request, form: RegistrationForm) -> dict:
    """Step 2 of a registration: the role chosen, the way back to change it (the
    company's link code kept), the language links to the same step in each language,
    and, for a volunteer the rule refuses, where to go instead."""
    code = _code(form["company_code"].value() or "")
    query = f"?company={code}" if code else ""
    alternates = [
        replace(alt, url=f"{alt.url}{form.role}/{query}") for alt in page_alternates(page, request)
    ]
    context = {
        "chosen_role": Role(form.role).label,
        "change_role_url": f"{page.url}{query}",
        "_language_alternates": alternates,
    }
    if form.is_bound and form.has_error(NON_FIELD_ERRORS, NOT_ELIGIBLE):
        language = page.locale.language_code
        contact = IntakeFormPage.objects.live().for_form(FormKind.INQUIRY, language).first()
        context["refused_volunteer"] = {
            "support_url": f"{page.url}{Role.SUPPORTED}/{query}",
            "contact_url": contact.url if contact else "",
        }
    return context


def form_page_response(request, page, context, status):
    if isinstance(context.get("form"), RegistrationForm):
        context.update(role_step_context(page, request, context["form"]))
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    if status == 503:
        response["Retry-After"] = "30"
    return response


@sensitive_variables()
def handle_post(page, request, data):
    """Validates and stores one POST of ``page``'s form.

    Returns ``(outcome, {}, 302)`` when stored, else ``(None, context, status)`` for
    the page to show again with the visitor's input and the reasons.
    """
    role = data.get("role")
    form = form_for(page, data, role=role)
    if form is None:  # a registration posted without a valid role
        company_code = _code(data.get("company_code", ""))
        return None, {"role_form": RoleChoiceForm(), "company_code": company_code}, 400
    try:
        if not ratelimit.hit(request, page.form_kind):
            return None, {"form": form_for(page, role=role), "rate_limited": True}, 429
        if form.is_valid():
            return services.submit(form, page), {}, 302
    except (OperationalError, InterfaceError) as error:
        if not is_unavailable(error):
            raise
        # Down or locked past its timeout: a temporary state, not a server error. The
        # form comes back with the answers and the same one-time token, so sending it
        # again stores it once the database is back.
        logger.warning("database unavailable: form %s not stored", page.form_kind)
        return None, {"form": form, "database_unavailable": True}, 503
    if "form_token" in form.errors:  # unreadable token: a fresh one to try again
        token_errors = form.errors["form_token"]
        data = data.copy()
        data["form_token"] = issue_token(kind=page.form_kind)
        form = form_for(page, data, role=role)
        form.is_valid()
        form.add_error(None, token_errors)
    return None, {"form": form}, 400


def _code(text) -> str:
    """A registration link's company code, kept through the role step ("" if none)."""
    return normalise_enrolment_code(text) if isinstance(text, str) else ""


def _own_submission(request, page):
    """The record this browser sent, named by ``?sent=``; None for anyone else."""
    token = request.GET.get("sent", "")
    try:
        token = str(uuid.UUID(token))
    except ValueError:
        return None
    if token not in request.session.get(SESSION_KEY, []):
        return None
    model = services.RECORD_MODELS[FormKind(page.form_kind)]
    return model.objects.filter(token=token).first()


@csrf_exempt
@sensitive_post_parameters()
@sensitive_variables()
def static_form_post(request, form_name: str) -> HttpResponse:
    """``POST /intake/<form>/``: a form sent without JavaScript from the static site.

    No CSRF cookie can exist for a page on another origin, so the browser's Origin
    header is checked instead: only the site itself and ``INTAKE_ALLOWED_ORIGINS``
    may post. Stored: 303 to the thank-you page of the origin the form came from.
    Refused: the form again, here, with the input kept and the reasons, where the
    visitor can correct it and send it (with a CSRF token from then on).

    The form token is the one the page sent, checked exactly as on the site's own
    pages (``handle_post``): none, unreadable, forged or another form's is refused
    with the form again; too fast, too old or replayed is stored as spam and mails
    nobody. The exported page carries the shared token of its period
    (``inquiries.tokens.shared_token``, kept young by the export's refresh) for
    visitors without JavaScript; ``static/js/intake.js`` replaces it with a one-time
    token from ``GET /api/intake/<form>/``, so a page exported long ago still works.
    """
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    language = request.POST.get("locale")
    if language not in LANGUAGES:
        language = translation.get_language_from_request(request, check_path=False)
    translation.activate(language)
    request.LANGUAGE_CODE = translation.get_language()
    kind = FORM_KINDS.get(form_name)
    page = (
        IntakeFormPage.objects.live().for_form(kind, request.LANGUAGE_CODE).first()
        if kind
        else None
    )
    if page is None:
        return HttpResponseNotFound(
            gettext("This form is not published."), content_type="text/plain; charset=utf-8"
        )
    if origin_refused(request):
        message = gettext("This form cannot be sent from the page you are on.")
        return HttpResponseForbidden(message, content_type="text/plain; charset=utf-8")
    outcome, updates, status = handle_post(page, request, request.POST)
    if outcome is not None:
        origin = request.headers.get("Origin", "")
        base = origin if origin in settings.INTAKE_ALLOWED_ORIGINS else ""
        response = HttpResponseRedirect(f"{base}{page.url}{THANKS}/", status=303)
        add_never_cache_headers(response)
        return response
    if status == 400 and (form := updates.get("form")) is not None and form.is_bound:
        form.data = form.data.copy()
        form.data["form_token"] = issue_token(kind=kind)  # counts from now, as on the page
    context = page.get_context(request)
    context.update(updates)
    return form_page_response(request, page, context, status)
