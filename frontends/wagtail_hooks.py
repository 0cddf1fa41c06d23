"""Registers the front ends with the admin: the webhook delivery log (under Settings),
the dashboard panel, and the preview modes that open a draft on a front end."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from frontends.admin_views import SEND_AGAIN_ACTION
from frontends.panels import dashboard_panels
from frontends.preview import preview_modes, serve_preview
from frontends.viewsets import WebhookDeliveryViewSet
from home.base import PREVIEW_MODES_HOOK, SERVE_PREVIEW_HOOK


@hooks.register("register_admin_viewset")
def register_webhook_deliveries():
    return WebhookDeliveryViewSet()


@hooks.register("construct_homepage_panels")
def add_frontends_panel(request, panels):
    panels.extend(dashboard_panels(request.user))


hooks.register(PREVIEW_MODES_HOOK, preview_modes)
hooks.register(SERVE_PREVIEW_HOOK, serve_preview)


@hooks.register("register_log_actions")
def register_webhook_actions(actions):
    actions.register_action(
        SEND_AGAIN_ACTION, _("Send a webhook again"), _("Webhook queued to send again")
    )
