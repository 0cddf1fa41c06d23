"""The project's own app: wires the page cache to the change notices of the static
export (``staticsite.signals.site_changed``) and the cached sites to their saves, which
every process needs, the worker too."""

from django.apps import AppConfig


class OcpConfig(AppConfig):
    name = "ocp"
    label = "ocp"
    verbose_name = "OCP site"

    def ready(self):
        # The page cache reads the pages' models: importable only once every app is loaded.
        from ocp import pagecache, routing

        pagecache.connect()
        routing.connect()
