from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.api.v3.urls import api as wagtail_api
from wagtail.documents import urls as wagtaildocs_urls

from frontends import api as frontends_api
from home import views as home_views
from inquiries import views as intake_views
from inquiries.downloads import material_download
from ocp import api, i18n, page_find, views
from participants import link_views

page_find.install()  # find by path with the language prefix (ocp.page_find)
frontends_api.install()  # a preview's draft at /api/v3/preview/ (frontends.api)

urlpatterns = [
    # Before the admin's own: the same catalogues with our Japanese added (ocp.i18n).
    path("admin/jsi18n/", i18n.wagtail_admin_catalog),
    path("admin/localize/jsi18n/", i18n.wagtail_localize_catalog),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("downloads/<str:token>/", material_download, name="material_download"),
    path("api/v3/", wagtail_api.urls),
    path("api/", api.api_not_found),  # the API's root is no endpoint
    path("api/", include(api.urlpatterns)),
    path("api/", api.api.urls),
    re_path(r"^api/(?P<path>(?s:.*))\Z", api.api_not_found),  # any path, newlines too
    path("intake/<slug:form_name>/", intake_views.static_form_post, name="static_form_post"),
    path("sitemap.xml", views.sitemap_xml, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path(
        "share/<int:page_id>/<str:digest>.png",
        views.share_image,
        name="share_image",
    ),
    path("favicon.ico", views.root_icon, {"name": "favicon.ico"}, name="favicon"),
    path("apple-touch-icon.png", views.root_icon, {"name": "apple-touch-icon.png"}),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("", views.root_redirect, name="root"),
    # The links emailed to participants, in the language they were emailed in.
    re_path(
        r"^(?P<lang>ja|en|ne)/pair/(?P<token>[^/]{1,500})/\Z",
        link_views.pair_answer,
        name="pair_answer",
    ),
    re_path(
        r"^(?P<lang>ja|en|ne)/one-off/(?P<token>[^/]{1,500})/\Z",
        link_views.activity_answer,
        name="activity_answer",
    ),
    re_path(
        r"^(?P<lang>ja|en|ne)/ask-for-help/(?P<token>[^/]{1,500})/\Z",
        link_views.activity_request,
        name="activity_request",
    ),
    re_path(
        r"^(?P<lang>ja|en|ne)/check-in/(?P<token>[^/]{1,500})/\Z",
        link_views.check_in,
        name="check_in",
    ),
    re_path(
        r"^(?P<lang>ja|en|ne)/survey/(?P<token>[^/]{1,500})/\Z",
        link_views.survey_page,
        name="survey",
    ),
    # The link to a company report's PDF emailed to the company's contact.
    re_path(
        r"^(?P<lang>ja|en|ne)/report/(?P<token>[^/]{1,500})/\Z",
        link_views.company_report,
        name="company_report",
    ),
]

if settings.SERVE_MEDIA:
    from ocp.media import serve_image

    # Images only (ocp.media): documents are served through their views, which apply
    # the restrictions on gated materials; their files are never public.
    urlpatterns.append(path("media/<path:path>", serve_image, name="media_image"))

# Every public page carries its language prefix: /ja/, /en/, /ne/.
urlpatterns += i18n_patterns(
    path("search/", home_views.site_search, name="site_search"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler400 = "ocp.views.bad_request"
handler403 = "ocp.views.permission_denied"
handler500 = "ocp.views.server_error"
