"""WSGI entry point for gunicorn: `gunicorn ocp.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ocp.settings.production")

application = get_wsgi_application()
