"""The production settings for a test server that runs without ``collectstatic``.

Only the static files' storage differs (no manifest of hashed names to look up), so
what a test of these settings sees is what production answers."""

from ocp.settings.production import *  # noqa: F403

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
