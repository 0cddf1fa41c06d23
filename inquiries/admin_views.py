"""Admin views of the intake: the outbox's views, which show each user only the emails
about the records they may see, and its two actions (retry, cancel), the only ways an
email's status changes by hand."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.views import generic
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from home.clock import EMPTY, staff_datetime
from inquiries.models import OutboundEmail
from inquiries.tasks import schedule_send
from leads.exports import SafeExportIndexView

RETRY_ACTION = "ocp.email_retry"
CANCEL_ACTION = "ocp.email_cancel"


class VisibleEmailsMixin:
    """Outbox views show only the emails about records the user may see (see
    ``OutboundEmailQuerySet.visible_to``): Lead staff the leads', Coordinators the
    registrations'. Another email's URL is refused, whatever the view."""

    def get_object(self, *args, **kwargs):
        email = super().get_object(*args, **kwargs)
        if not OutboundEmail.objects.visible_to(self.request.user).filter(pk=email.pk).exists():
            raise PermissionDenied
        return email


class OutboundEmailIndexView(SafeExportIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().visible_to(self.request.user)


class OutboundEmailInspectView(VisibleEmailsMixin, generic.InspectView):
    """The email as it was written, its body included (readable by whoever may see
    the email at all), with the retry and cancel buttons its status allows."""

    url_namespace = "inquiries_outboundemail"

    def get_created_at_display_value(self):
        return staff_datetime(self.object.created_at)

    def get_sent_at_display_value(self):
        return staff_datetime(self.object.sent_at)

    def get_language_display_value(self):
        try:
            return get_language_info(self.object.language)["name_translated"]
        except KeyError:  # a code Django does not know: as stored
            return self.object.language

    def get_record_id_display_value(self):
        return self.object.record_id or EMPTY

    def get_last_error_display_value(self):
        return self.object.last_error or EMPTY

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        email = self.object
        may_act = self.permission_policy.user_has_permission(self.request.user, "change")
        context["email"] = email
        context["labels"] = {
            name: OutboundEmail._meta.get_field(name).verbose_name for name in ("subject", "to")
        }
        context["retry_url"] = reverse(f"{self.url_namespace}:retry", args=[email.pk])
        context["cancel_url"] = reverse(f"{self.url_namespace}:cancel", args=[email.pk])
        context["can_retry"] = may_act and email.status in RETRYABLE
        context["can_cancel"] = may_act and email.status in CANCELLABLE
        return context


RETRYABLE = {OutboundEmail.Status.FAILED, OutboundEmail.Status.CANCELLED}
CANCELLABLE = {OutboundEmail.Status.PENDING, OutboundEmail.Status.FAILED}


class OutboundEmailDeleteView(VisibleEmailsMixin, generic.DeleteView):
    pass


class OutboundEmailHistoryView(VisibleEmailsMixin, generic.HistoryView):
    pass


class OutboundEmailUsageView(VisibleEmailsMixin, generic.UsageView):
    pass


class OutboxActionView(View):
    """A POST that moves one email from the statuses ``allowed`` to another, in one
    UPDATE filtered on those statuses, so it cannot race a worker: an email a worker
    took to send meanwhile is left as the worker leaves it. Needs the outbox's change
    permission and an email the user may see."""

    http_method_names = ["post"]
    inspect_url_name = ""
    action = ""

    def dispatch(self, request, *args, **kwargs):
        # who may not act is refused before the method is looked at
        policy = policy_registry.get_by_type(OutboundEmail)
        if not policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        email = get_object_or_404(OutboundEmail, pk=kwargs["pk"])
        if not OutboundEmail.objects.visible_to(request.user).filter(pk=email.pk).exists():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, pk):
        email = get_object_or_404(OutboundEmail, pk=pk)
        changed = self.change(email)
        if changed:
            log(instance=email, action=self.action, user=request.user)
            # in the user's admin language now: the message is stored after the view
            messages.success(request, str(self.done_message))
        else:
            messages.warning(request, str(self.refused_message))
        return redirect(self.inspect_url_name, pk=email.pk)


class OutboundEmailRetryView(OutboxActionView):
    """Sends a failed (or cancelled) email again, with its attempts counted afresh."""

    action = RETRY_ACTION
    done_message = _("The email will be sent again.")
    refused_message = _("Only a failed or cancelled email can be sent again.")

    def change(self, email: OutboundEmail) -> bool:
        changed = (
            OutboundEmail.objects.retryable()
            .filter(pk=email.pk)
            .update(status=OutboundEmail.Status.PENDING, attempts=0, last_error="", claimed_at=None)
        )
        if changed:
            schedule_send(email.pk)
        return bool(changed)


class OutboundEmailCancelView(OutboxActionView):
    """Stops an email that has not gone: a worker that picks it up later skips it."""

    action = CANCEL_ACTION
    done_message = _("The email is cancelled; it will not be sent.")
    refused_message = _("This email can no longer be cancelled: it is sent or being sent.")

    def change(self, email: OutboundEmail) -> bool:
        return bool(
            OutboundEmail.objects.cancellable()
            .filter(pk=email.pk)
            .update(status=OutboundEmail.Status.CANCELLED, claimed_at=None)
        )
