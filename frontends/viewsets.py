"""The delivery log in the admin: every event posted to a front end, filterable on
the failed ones, each with what changed and the last problem in the reader's
language. A delivery is a record of what was sent: the worker changes it, and staff
only send a failed one again (``frontends.admin_views``)."""

from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from frontends.admin_views import CHANGE_PERMISSION, SendAgainView
from frontends.models import WebhookDelivery
from home.clock import EMPTY, staff_datetime


class WebhookDeliveryInspectView(generic.InspectView):
    """Times in Japan time as staff read them, "–" for what has not happened."""

    def get_field_display_value(self, field_name, field):
        value = getattr(self.object, field_name, None)
        if field_name.endswith("_at"):
            return staff_datetime(value)
        if value in (None, ""):
            return EMPTY
        return super().get_field_display_value(field_name, field)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["can_send_again"] = (
            self.object.status == WebhookDelivery.Status.FAILED
            and self.request.user.has_perm(CHANGE_PERMISSION)
        )
        context["send_again_url"] = reverse(
            "frontends_webhookdelivery:send_again", args=[self.object.pk]
        )
        return context


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "frontends_webhookdelivery"
    icon = "globe"
    menu_label = _("Front end webhooks")
    add_to_settings_menu = True
    list_display = ["what_changed", "frontend", "status", "attempts", "problem_text", "created_at"]
    list_filter = ["status", "frontend", "problem"]
    search_fields = ["frontend", "body"]
    inspect_view_enabled = True
    inspect_view_class = WebhookDeliveryInspectView
    inspect_template_name = "frontends/admin/delivery_inspect.html"
    copy_view_enabled = False
    form_fields = []  # never used: there is no edit or add view (see get_urlpatterns)
    inspect_view_fields = [
        "frontend",
        "url",
        "what_changed",
        "status",
        "attempts",
        "problem_text",
        "created_at",
        "last_attempt_at",
        "next_attempt_at",
        "delivered_at",
        "event_id",
        "body",
    ]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            **{"edit_url_name": None, "add_url_name": None, "delete_url_name": None, **kwargs}
        )

    def get_urlpatterns(self):
        conv = self.pk_path_converter
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path(f"inspect/<{conv}:pk>/", self.inspect_view, name="inspect"),
            path(f"send-again/<{conv}:pk>/", SendAgainView.as_view(), name="send_again"),
        ]
