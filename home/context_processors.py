"""Template context every public page needs: navigation and site settings.

Both are lazy, so views that never render the site's chrome (the admin, JSON
answers) pay nothing, and a page pays a fixed number of queries however large the
tree grows.
"""

from django.conf import settings
from django.utils.functional import SimpleLazyObject

from home.exporting import current_target
from home.localization import active_locale
from home.models import SiteSettings
from home.navigation import build_navigation


def site_chrome(request):
    if request.path.startswith("/admin/"):
        return {}

    def navigation():
        locale = active_locale(request)
        return build_navigation(request, locale) if locale else None

    def site_settings():
        locale = active_locale(request)
        return SiteSettings.objects.for_locale(locale) if locale else None

    return {
        "base_url": settings.BASE_URL,
        "static_export": current_target(),
        "navigation": SimpleLazyObject(navigation),
        "site_settings": SimpleLazyObject(site_settings),
    }
