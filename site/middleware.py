"""Request-wide behaviour that Django's defaults get wrong for this site."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)


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
