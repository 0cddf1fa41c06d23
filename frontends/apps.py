"""The front ends' app: connects the signals that announce changes to them."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontEndsConfig(AppConfig):
    name = "frontends"
    verbose_name = _("Front ends")

    def ready(self):
        # The handlers use the pages' models: importable only once every app is loaded.
        from frontends import signals

        signals.connect()
