"""Registers the home app's admin screens."""

from wagtail.snippets.models import register_snippet

from home.viewsets import SiteSettingsViewSet

register_snippet(SiteSettingsViewSet)
