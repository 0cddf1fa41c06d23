"""Production: every secret comes from the environment and a missing one stops start-up."""

from django.core.exceptions import ImproperlyConfigured

from ocp.config import env_bool, env_int, env_list

from .base import *  # noqa: F403
from .base import SECRET_KEY

DEBUG = False

if not SECRET_KEY:
    raise ImproperlyConfigured(
        "SECRET_KEY must be set in production: generate one with "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'` and put it in "
        "the environment of the web server and the worker."
    )

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the site's host names in production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Marks the header as eligible for the browsers' preload list; the domain joins the list
# only when its operator submits it (hstspreload.org). 0 if a subdomain must stay http.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Cookies only over https, and with the __Host- prefix: the browser then refuses them
# unless they are secure, for the whole site and set by this host itself (no Domain),
# so a sibling subdomain cannot plant or overwrite them.
SESSION_COOKIE_SECURE = True
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_NAME = "__Host-csrftoken"
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_NAME = "__Host-django_language"
