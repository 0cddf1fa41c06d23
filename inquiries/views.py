"""How an intake page answers: the form, its errors, the thank-you page.

Post/Redirect/Get: a valid POST stores (``services.submit``) and redirects to the
page's thank-you address, so reloading never sends twice. The session remembers
which submissions this browser made, so only the sender sees that thank-you page
(and, for a material request, the download links).
"""

from __future__ import annotations

import uuid

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.debug import sensitive_variables

from inquiries import ratelimit, services
from inquiries.forms import RoleChoiceForm, form_for, issue_token
from inquiries.models import FormKind

SESSION_KEY = "ocp_intake_sent"


@sensitive_variables()  # what the visitor sent stays out of error reports
def serve_intake_page(page, request):
    context = page.get_context(request)
    status = 200
    if request.method == "POST":
        role = request.POST.get("role")
        form = form_for(page, request.POST, role=role)
        if form is None:  # a registration posted without a valid role
            context["role_form"] = RoleChoiceForm()
            status = 400
        elif not ratelimit.hit(request, page.form_kind):
            context.update(form=form_for(page, role=role), rate_limited=True)
            status = 429
        elif form.is_valid():
            outcome = services.submit(form, page)
            sent = request.session.get(SESSION_KEY, [])
            request.session[SESSION_KEY] = [*sent, str(outcome.record.token)][-20:]
            response = HttpResponseRedirect(f"{page.url}?sent={outcome.record.token}")
            add_never_cache_headers(response)
            return response
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
    return response


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
