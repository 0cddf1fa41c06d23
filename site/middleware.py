"""Request-wide behaviour that Django's defaults get wrong for this site."""

from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers


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
