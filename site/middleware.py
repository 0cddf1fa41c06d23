"""Request-wide behaviour that Django's defaults get wrong for this site."""

import logging

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.translation import gettext

from home.database import is_unavailable
from home.parsing import BadInput, parse_int
from ocp.views import bad_request

logger = logging.getLogger(__name__)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware without its redirect of unprefixed paths.

    Django redirects a 404 for ``/x/`` to ``/<language>/x/`` whenever that prefixed
    path matches a URL pattern. Wagtail's page route matches *every* path, so that
    rule would turn any unknown path (``/fr/``, ``/api/nothing``) into a redirect
    instead of a 404. The one unprefixed public URL, ``/``, has its own negotiating
    view (:func:`ocp.views.root_redirect`); everything else stays as routed.
    """

    def process_response(self, request, response):
        language = translation.get_language()
        language_from_path = translation.get_language_from_path(request.path_info)
        if not language_from_path:
            patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", language)
        return response


class ApiCacheMiddleware:
    """Public reads of the API are cacheable and revalidate cheaply.

    A successful GET under /api/ gets ``Cache-Control: public, max-age=…`` (unless the
    view set its own) and an ETag; a client or CDN that sends the ETag back in
    If-None-Match gets a 304 without the body.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/api/")
            and request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.streaming
        ):
            if not response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
            set_response_etag(response)
            return get_conditional_response(request, etag=response["ETag"], response=response)
        return response


# The project's own endpoints mounted on Wagtail's v3 API (frontends.api), which answer
# in the project's shape as their document says.
PROJECT_ENDPOINTS_UNDER_V3 = ("/api/v3/preview/",)


class HostileInputMiddleware:
    """Refuses, before any view runs, request input that no view can use.

    A NUL anywhere in the path or a query parameter: no address or parameter of the
    site holds one, and PostgreSQL refuses it in every query (``?locale=%00`` was a
    500). The answer is the site's 400 page in the visitor's language, JSON under
    ``/api/``.

    An API parameter that should be a number but is not one we hold: Wagtail's read
    API reads ``offset``, ``limit`` and page ids as Python does, so ``9_999…``,
    ``+1``, `` 1`` and Arabic-Indic digits pass, and so do numbers larger than any
    database integer, on which the query then fails (SQLite: "datatype mismatch").
    Every such parameter is read by :func:`home.parsing.parse_int` instead (ASCII
    digits, at most 2**63 - 1; page references may also be ``root``), and anything
    else gets the API's own 400 problem answer.
    """

    INTEGERS = ("offset", "limit", "id", "ancestor_of")
    PAGE_REFERENCES = ("child_of", "descendant_of", "translation_of")  # or "root"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        api = request.path_info.startswith("/api/")
        parameters = list(request.GET.lists())
        if "\x00" in request.path_info or any(
            "\x00" in name or any("\x00" in value for value in values)
            for name, values in parameters
        ):
            if api:
                return self.problem(request, "The address holds a NUL character.")
            return bad_request(request, None)
        if api:
            for name, values in parameters:
                if name not in self.INTEGERS and name not in self.PAGE_REFERENCES:
                    continue
                for value in values:
                    if name in self.PAGE_REFERENCES and value == "root":
                        continue
                    try:
                        parse_int(value, name=name)
                    except BadInput as error:
                        return self.problem(request, str(error))
        return self.get_response(request)

    @staticmethod
    def problem(request, detail: str) -> JsonResponse:
        """The 400 in the shape of the API asked: Wagtail's problem document under
        /api/v3/, the site's own ``{"status", "detail"}`` elsewhere (the project's
        endpoints mounted under /api/v3/ included)."""
        path = request.path_info
        if not path.startswith("/api/v3/") or path.startswith(PROJECT_ENDPOINTS_UNDER_V3):
            return JsonResponse({"status": 400, "detail": detail}, status=400)
        return JsonResponse(
            {"type": "about:blank", "title": "Bad Request", "status": 400, "detail": detail},
            status=400,
            content_type="application/problem+json",
        )


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware with a second, looser policy for the Wagtail admin.

    The public site runs no inline script or style, so its policy
    (``CONTENT_SECURITY_POLICY``) allows only the site's own files. Wagtail's admin
    still writes inline scripts and styles and loads its previews in a frame of its
    own origin, so paths under ``/admin/`` get ``CONTENT_SECURITY_POLICY_ADMIN``
    instead: inline code, but still nothing from elsewhere and no ``eval``.

    A page's preview is rendered by Wagtail through the middleware again, for a dummy
    request at the page's own address (``request.is_dummy``): it gets the public
    policy, except that the admin's preview panel may frame it.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if getattr(request, "is_dummy", False):
            directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
            parts.config = default_config({**directives, "frame-ancestors": ["'self'"]})
        elif request.path_info.startswith("/admin/"):
            parts.config = default_config(settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"])
        return parts


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set, on every response.

    ``Permissions-Policy`` switches off browser features the site never uses, so an
    injected script or a framed page cannot ask for them. Admin answers carry staff
    and personal data, so no browser or proxy may keep a copy (``no-store``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if request.path_info.startswith("/admin/"):
            add_never_cache_headers(response)
        return response


class DatabaseUnavailableMiddleware:
    """A database that is down, or locked past its timeout, answers 503, not 500.

    It is a passing state (a restart, a failover, a long write elsewhere), so the
    visitor is told to try again in a minute, in their language, and nothing they
    sent is lost: a form post comes back as a form holding the same fields (its
    one-time token included, so sending it again stores it once). The API answers
    JSON. Rendering needs no database: no site chrome, no session.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_unavailable(exception):
            return None
        logger.warning("database unavailable: %s %s", request.method, request.path)
        if request.path.startswith("/api/"):
            detail = gettext("The service is briefly unavailable. Please try again in a minute.")
            response = JsonResponse(
                {"status": 503, "detail": detail},
                status=503,
                json_dumps_params={"ensure_ascii": False},
            )
        else:
            fields = []
            if request.method == "POST":
                fields = [
                    (name, value) for name, values in request.POST.lists() for value in values
                ]
            context = {
                "language": translation.get_language(),
                "fields": fields,
                "shown": [(n, v) for n, v in fields if n not in HIDDEN_FIELDS and v.strip()],
                "action": request.get_full_path(),
            }
            response = HttpResponse(render_to_string("503.html", context), status=503)
        add_never_cache_headers(response)
        response["Retry-After"] = "30"
        return response


# Posted fields that mean nothing to the visitor: sent back, not shown.
HIDDEN_FIELDS = {"csrfmiddlewaretoken", "form_token", "website", "consent", "role"}
