"""The delivery log's one action: sending a failed delivery again (POST only, by who
may change deliveries), logged with who did it."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.log_actions import log

from frontends.models import WebhookDelivery
from frontends.tasks import send_again

SEND_AGAIN_ACTION = "ocp.webhook_send_again"
CHANGE_PERMISSION = "frontends.change_webhookdelivery"


class SendAgainView(View):
    http_method_names = ["post"]

    def post(self, request, pk):
        if not request.user.has_perm(CHANGE_PERMISSION):
            raise PermissionDenied
        delivery = get_object_or_404(WebhookDelivery, pk=pk)
        if send_again(delivery.pk):
            log(delivery, SEND_AGAIN_ACTION, user=request.user)
            messages.success(request, _("The event will be sent again."))
        else:
            messages.error(request, _("Only a failed delivery can be sent again."))
        return redirect("frontends_webhookdelivery:inspect", delivery.pk)
