"""The admin's JavaScript catalogues with our additions for the packages' strings.

Django's ``JavaScriptCatalog`` reads only the catalogues of the packages it is given,
never ``LOCALE_PATHS``, so the Japanese we add in ``locales/_packages`` for Wagtail's
and wagtail-localize's scripts (the page editor, wagtail-localize's translation editor)
would not reach the browser. These views serve the same catalogues with ours merged
last, so ours fill what the packages leave untranslated, in the admin user's language.
"""

from __future__ import annotations

from django.conf import settings
from django.views.i18n import JavaScriptCatalog
from wagtail.admin.localization import get_localized_response


class PackageJavaScriptCatalog(JavaScriptCatalog):
    def get_paths(self, packages):
        return [*super().get_paths(packages), *map(str, settings.LOCALE_PATHS[1:])]


_wagtail_admin = PackageJavaScriptCatalog.as_view(packages=["wagtail.admin"])
_wagtail_localize = PackageJavaScriptCatalog.as_view(packages=["wagtail_localize"])


def wagtail_admin_catalog(request, *args, **kwargs):
    return get_localized_response(_wagtail_admin, request, *args, **kwargs)


def wagtail_localize_catalog(request, *args, **kwargs):
    return get_localized_response(_wagtail_localize, request, *args, **kwargs)
