"""The static export's app: connects the signals that keep the export current."""

from django.apps import AppConfig


class StaticSiteConfig(AppConfig):
    name = "staticsite"

    def ready(self):
        # The handlers use the pages' models: importable only once every app is loaded.
        from staticsite import signals

        signals.connect()
