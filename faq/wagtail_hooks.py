"""Registers the faq app's admin screens."""

from wagtail.snippets.models import register_snippet

from faq.viewsets import FAQItemViewSet

register_snippet(FAQItemViewSet)
