"""Registers the front ends with the admin: the webhook delivery log (under Settings)
and the dashboard panel."""

from wagtail import hooks

from frontends.panels import dashboard_panels
from frontends.viewsets import WebhookDeliveryViewSet


@hooks.register("register_admin_viewset")
def register_webhook_deliveries():
    return WebhookDeliveryViewSet()


@hooks.register("construct_homepage_panels")
def add_frontends_panel(request, panels):
    panels.extend(dashboard_panels(request.user))
