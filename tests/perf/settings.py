"""`make bench`: production-like (no debug, hashed static files) on a throw-away database."""

from ocp.settings.base import *  # noqa: F403

SECRET_KEY = "bench-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SERVE_MEDIA = True
# As in production: emails are queued for the worker (none runs during the bench).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
