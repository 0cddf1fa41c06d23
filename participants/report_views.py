"""The company report's admin screen: choose a company (or every company) and a period,
read the report in the language chosen (with its charts), download it as PDF or CSV,
and send it to one of the company's contacts.

Who sees reports holds ``participants.view_reportsend`` (Lead staff, Coordinators, the
Privacy officer); who sends them, ``participants.add_reportsend`` (Lead staff). A report
holds only aggregates with k-anonymity (``participants.reports``), never a check-in's
answers, which stay with the registrations' permission.
"""

from __future__ import annotations

import codecs
import datetime
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from inquiries.choices import ContactLanguage
from participants import report_render, report_sends, reports
from participants.forms import ReportForm, SendReportForm
from participants.models import ReportSend, name_of

VIEW_PERMISSION = "participants.view_reportsend"
SEND_PERMISSION = "participants.add_reportsend"
URL_NAME = "participants_company_report"
SEND_URL_NAME = "participants_company_report_send"


def may_see(user) -> bool:
    return user.has_perm(VIEW_PERMISSION)


def _admin_language() -> str:
    code = (translation.get_language() or "ja")[:2]
    return code if code in ContactLanguage.values else "ja"


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "participants/admin/report.html"
    page_title = gettext_lazy("Company reports")
    header_icon = "doc-full"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.get_page_title()}]

    def dispatch(self, request, *args, **kwargs):
        if not may_see(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def form(self) -> ReportForm:
        today = timezone.localdate()
        initial = {
            "start": today.replace(day=1) - datetime.timedelta(days=335),
            "end": today,
            "language": _admin_language(),
        }
        data = self.request.GET if "company" in self.request.GET else None
        form = ReportForm(data, initial=initial, companies=reports.member_companies())
        return form

    def get(self, request, *args, **kwargs):
        form = self.form
        if not form.is_bound:
            return self.render_to_response(self.get_context_data())
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(), status=400)
        data = form.cleaned_data
        figures = reports.figures(form.organization, data["start"], data["end"])
        language, kind = data["language"], request.GET.get("format", "html")
        if kind == "pdf":
            response = HttpResponse(report_render.pdf(figures, language), "application/pdf")
        elif kind == "csv":
            text = report_render.csv_text(figures, language)
            response = HttpResponse(
                codecs.BOM_UTF8 + text.encode(), content_type="text/csv; charset=utf-8"
            )
        else:
            return self.render_to_response(self.get_context_data(figures=figures))
        name = report_render.filename(figures, language, kind)
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def get_context_data(self, figures=None, send_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        if figures is None:
            return context
        data = self.form.cleaned_data
        language = data["language"]
        with translation.override(language):
            shown = report_render.context(figures, language)
            body = render_to_string("participants/reports/_body.html", shown)
        query = urlencode(
            {
                "company": data["company"],
                "start": data["start"].isoformat(),
                "end": data["end"].isoformat(),
                "language": language,
            }
        )
        organization = self.form.organization
        context.update(
            report=shown,
            report_body=mark_safe(body),  # noqa: S308 (rendered by the template engine)
            language=language,
            query=query,
            pdf_url=f"?{query}&format=pdf",
            csv_url=f"?{query}&format=csv",
            organization=organization,
        )
        if organization is not None:
            context["sends"] = [
                {
                    "sent": send,
                    "by": name_of(send.sent_by),
                    "language": ContactLanguage(send.language).label
                    if send.language in ContactLanguage.values
                    else send.language,
                }
                for send in ReportSend.objects.filter(organization=organization)
                .select_related("sent_by", "contact")
                .order_by("-sent_at", "-pk")[:20]
            ]
            contacts = list(organization.contacts.order_by("name", "pk"))
            if self.request.user.has_perm(SEND_PERMISSION) and contacts:
                initial = {"language": report_sends.contact_language(contacts[0])}
                context["send_form"] = send_form or SendReportForm(
                    initial=initial, contacts=contacts
                )
                context["send_url"] = reverse(SEND_URL_NAME) + f"?{query}"
            context["no_contacts"] = not contacts
        return context


class SendReportView(ReportView):
    """POST: sends the report the screen shows (the query names it) to the contact."""

    http_method_names = ["post"]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(SEND_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        form = self.form
        back = reverse(URL_NAME) + "?" + request.GET.urlencode()
        if not form.is_bound or not form.is_valid() or form.organization is None:
            messages.error(request, _("Choose a company and a period to send its report."))
            return HttpResponseRedirect(reverse(URL_NAME))
        organization = form.organization
        contacts = list(organization.contacts.order_by("name", "pk"))
        send_form = SendReportForm(request.POST, contacts=contacts)
        if not send_form.is_valid():
            messages.error(request, _("Choose the contact and the language to send it in."))
            return HttpResponseRedirect(back)
        data = form.cleaned_data
        try:
            report_sends.send(
                organization,
                send_form.chosen_contact,
                data["start"],
                data["end"],
                send_form.cleaned_data["language"],
                by=request.user,
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return HttpResponseRedirect(back)
        messages.success(
            request,
            _("The report is on its way to %(name)s, with a link that works for %(days)s days.")
            % {"name": send_form.chosen_contact.name, "days": settings.REPORT_LINK_DAYS},
        )
        return HttpResponseRedirect(back)
