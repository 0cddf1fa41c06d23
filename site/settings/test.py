"""The test suite's settings: fast, isolated, and as close to production as that allows."""

from pathlib import Path

from ocp.config import env_int, env_str

from .base import *  # noqa: F403
from .base import BASE_DIR

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks go to the database as in production; tests run the worker to process them.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
INTAKE_MIN_SECONDS = 0
# Templates resolve {% static %} without a collectstatic run.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test servers (tests/servers.py) each get a media folder of their own.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / ".test-media")))
SERVE_MEDIA = True
# Served by a real gunicorn in the browser tests, without a collectstatic run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# No page cache unless a test turns it on: most tests change content inside a
# transaction that never commits, so the cache would never hear of the change.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 0)
# Each test process keeps its pages to itself (its own database), unless CACHE_URL
# names a Redis that a test's servers share.
if not CACHE_IS_SHARED:  # noqa: F405
    CACHES["pages"] = {  # noqa: F405
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "pages",
    }
# Renditions are not cached between tests: a test's image is rolled back with its
# transaction, and the next test's image may take the same id (and another size).
CACHES["renditions"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
# Every error mailed, so a test sees the mail of the error it provokes whatever ran
# before it in the same process; the throttle's tests turn it on.
ERROR_MAIL_THROTTLE_SECONDS = env_int("ERROR_MAIL_THROTTLE_SECONDS", 0)
LOGGING = {
    **LOGGING,  # noqa: F405
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        **LOGGING["loggers"],  # noqa: F405
        "django": {"handlers": ["mail_admins"], "level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
    },
}
