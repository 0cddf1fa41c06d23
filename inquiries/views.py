"""How an intake page answers: the form, its errors, the thank-you page.

Post/Redirect/Get: a valid POST stores (``services.submit``) and redirects to the
page's thank-you address, so reloading never sends twice. The session remembers
which submissions this browser made, so only the sender sees that thank-you page.
"""

from __future__ import annotations

import uuid

from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers

from inquiries import ratelimit, services
from inquiries.forms import InquiryForm, issue_token
from inquiries.models import FormKind

FORMS = {FormKind.INQUIRY: InquiryForm}
SESSION_KEY = "ocp_intake_sent"


def serve_intake_page(page, request):
    form_class = FORMS.get(page.form_kind)
    context = page.get_context(request)
    status = 200
    if form_class is None:  # a form still to come: the page says so
        response = TemplateResponse(request, page.get_template(request), context)
    elif request.method == "POST":
        if not ratelimit.hit(request, page.form_kind):
            form = form_class(initial={"form_token": issue_token()})
            context.update(form=form, rate_limited=True)
            status = 429
        else:
            form = form_class(request.POST)
            if form.is_valid():
                outcome = services.submit(form, page)
                sent = request.session.get(SESSION_KEY, [])
                request.session[SESSION_KEY] = [*sent, str(outcome.record.token)][-20:]
                return HttpResponseRedirect(f"{page.url}?sent={outcome.record.token}")
            if "form_token" in form.errors:  # unreadable token: a fresh one to try again
                token_errors = form.errors["form_token"]
                data = request.POST.copy()
                data["form_token"] = issue_token()
                form = form_class(data)
                form.is_valid()
                form.add_error(None, token_errors)
            status = 400
            context["form"] = form
        response = TemplateResponse(request, page.get_template(request), context, status=status)
    elif _is_own_submission(request):
        context["sent"] = True
        response = TemplateResponse(request, page.get_template(request), context)
    else:
        context["form"] = form_class(initial={"form_token": issue_token()})
        response = TemplateResponse(request, page.get_template(request), context)
    add_never_cache_headers(response)
    return response


def _is_own_submission(request) -> bool:
    token = request.GET.get("sent", "")
    try:
        token = str(uuid.UUID(token))
    except ValueError:
        return False
    return token in request.session.get(SESSION_KEY, [])
