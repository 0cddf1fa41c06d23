"""How an intake page answers: the form, its errors, the thank-you page.

Post/Redirect/Get: a valid POST stores (``services.submit``) and redirects to the
page's thank-you address, so reloading never sends twice. The session remembers
which submissions this browser made, so only the sender sees that thank-you page
(and, for a material request, the download links).
"""

from __future__ import annotations

import logging
import uuid

from django.db import InterfaceError, OperationalError
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from inquiries import ratelimit, services
from inquiries.forms import RoleChoiceForm, form_for, issue_token
from inquiries.models import FormKind

SESSION_KEY = "ocp_intake_sent"
logger = logging.getLogger(__name__)


def serve_intake_page(page, request):
    context = page.get_context(request)
    status = 200
    if request.method == "POST":
        role = request.POST.get("role")
        form = form_for(page, request.POST, role=role)
        if form is None:  # a registration posted without a valid role
            context["role_form"] = RoleChoiceForm()
            status = 400
        elif (outcome := _store(request, page, form)) is DATABASE_UNAVAILABLE:
            context.update(form=form, database_unavailable=True)
            status = 503
        elif outcome is RATE_LIMITED:
            context.update(form=form_for(page, role=role), rate_limited=True)
            status = 429
        elif outcome is not None:
            sent = request.session.get(SESSION_KEY, [])
            request.session[SESSION_KEY] = [*sent, str(outcome.record.token)][-20:]
            return HttpResponseRedirect(f"{page.url}?sent={outcome.record.token}")
        else:
            if "form_token" in form.errors:  # unreadable token: a fresh one to try again
                token_errors = form.errors["form_token"]
                data = request.POST.copy()
                data["form_token"] = issue_token()
                form = form_for(page, data, role=role)
                form.is_valid()
                form.add_error(None, token_errors)
            context["form"] = form
            status = 400
    elif (record := _own_submission(request, page)) is not None:
        context.update(sent=True, record=record, downloads=services.material_links(record))
    else:
        form = form_for(page, role=request.GET.get("role"))
        if form is None:
            context["role_form"] = RoleChoiceForm()
        else:
            context["form"] = form
    response = TemplateResponse(request, page.get_template(request), context, status=status)
    add_never_cache_headers(response)
    if status == 503:
        response["Retry-After"] = "30"
    return response


RATE_LIMITED = object()
DATABASE_UNAVAILABLE = object()


def _store(request, page, form):
    """Counts the post and stores a valid form: its outcome, None when the form is
    invalid, or RATE_LIMITED / DATABASE_UNAVAILABLE.

    A database that is down or locked past its timeout is a temporary state, not a
    server error: the visitor gets the form back with their answers and a 503, and
    sending it again (the same one-time token) stores it once the database is back.
    """
    try:
        if not ratelimit.hit(request, page.form_kind):
            return RATE_LIMITED
        if not form.is_valid():
            return None
        return services.submit(form, page)
    except (OperationalError, InterfaceError):
        logger.warning("database unavailable: form %s not stored", page.form_kind)
        return DATABASE_UNAVAILABLE


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
