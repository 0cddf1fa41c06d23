"""`make bench`: production-like (no debug, hashed static files) on a throw-away database."""

from .base import *  # noqa: F403

SECRET_KEY = "bench-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
SERVE_MEDIA = True
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
