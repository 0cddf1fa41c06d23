"""Registers the programs app's admin screens."""

from wagtail.snippets.models import register_snippet

from programs.viewsets import MaterialViewSet

register_snippet(MaterialViewSet)
