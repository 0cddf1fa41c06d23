"""Site-wide views that are not Wagtail pages."""

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from wagtail.models import Page, Site

from home import share_images
from home.seo import alternates_by_translation_key, public_live_pages


@require_GET
def root_redirect(request: HttpRequest) -> HttpResponse:
    """Send ``/`` to the home page in the visitor's language.

    The language comes from the language cookie, then Accept-Language; Japanese when
    nothing matches. The answer varies on both, so caches keep one per language.
    """
    language = translation.get_language_from_request(request, check_path=False)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


# The icons browsers ask for at the site's root whatever the page says (no hashed
# static URL can answer there); the files are the site's own mark (static/img/).
ROOT_ICONS = {
    "favicon.ico": ("img/favicon.ico", "image/x-icon"),
    "apple-touch-icon.png": ("img/apple-touch-icon.png", "image/png"),
}


@require_GET
def root_icon(request: HttpRequest, name: str) -> HttpResponse:
    from django.contrib.staticfiles import finders

    static_name, content_type = ROOT_ICONS[name]
    with open(finders.find(static_name), "rb") as handle:
        response = HttpResponse(handle.read(), content_type=content_type)
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def share_image(request: HttpRequest, page_id: int, digest: str) -> HttpResponse:
    """A page's default share image (``home.share_images``). The address names what it
    shows, so it is cached for a year; an old address (the title changed since it was
    shared) is sent on to the current picture."""
    page = share_images.public_page(page_id)
    if page is None:
        raise Http404
    site_name = share_images.site_name_for(page.locale)
    current = share_images.share_path(page, site_name)
    if current != request.path:
        return HttpResponseRedirect(current)
    png = share_images.render(page.locale.language_code, share_images.share_title(page), site_name)
    response = HttpResponse(png, content_type="image/png")
    response["Cache-Control"] = "public, max-age=31536000, immutable"
    return response


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        "",
        f"Sitemap: {settings.BASE_URL}/sitemap.xml",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def sitemap_xml(request: HttpRequest) -> HttpResponse:
    """Every live public page of every locale, each with its language alternates."""
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    pages: list[Page] = list(public_live_pages(site))
    alternates = alternates_by_translation_key(pages, request)
    entries = [
        {
            "page": page,
            "loc": settings.BASE_URL + page.get_url(request=request),
            "alternates": alternates[page.translation_key],
        }
        for page in pages
    ]
    body = render_to_string("sitemap.xml", {"entries": entries, "base_url": settings.BASE_URL})
    return HttpResponse(body, content_type="application/xml; charset=utf-8")


def healthz(request: HttpRequest) -> HttpResponse:
    """Liveness: the process answers. Touches nothing else, so it never flaps."""
    response = JsonResponse({"status": "ok"})
    response["Cache-Control"] = "no-store"
    return response


def readyz(request: HttpRequest) -> HttpResponse:
    """Readiness: the database answers and the task queue is being worked through.

    A task due for longer than READYZ_MAX_TASK_AGE seconds means no worker is running
    (emails would wait): the answer is then 503, so a load balancer or monitor notices.
    """
    from django.db import DatabaseError, connection
    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult, get_date_max

    checks: dict[str, str] = {}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        checks["database"] = "ok"
        oldest = (
            DBTaskResult.objects.ready()
            .order_by("run_after", "enqueued_at")
            .values_list("enqueued_at", "run_after")
            .first()
        )
        if oldest is None:
            checks["tasks"] = "ok"
        else:
            enqueued_at, run_after = oldest
            # A task enqueued without a delay carries the largest date as run_after.
            due = enqueued_at if run_after >= get_date_max() else max(enqueued_at, run_after)
            age = (timezone.now() - due).total_seconds()
            checks["tasks"] = (
                "ok" if age <= settings.READYZ_MAX_TASK_AGE else (f"a task has waited {int(age)} s")
            )
    except DatabaseError:
        checks["database"] = "unavailable"
    ready = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )
    response["Cache-Control"] = "no-store"
    return response


# The error pages. They name no path, exception or setting, and render without the
# database or context processors (a 500 may be the database failing): a standalone
# template with the site's stylesheet, in the language of the address's prefix, else
# the visitor's cookie or Accept-Language. Under /api/ errors are JSON, as everywhere
# there.
_FALLBACK_ERROR_PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Error</title></head>'
    "<body><main><h1>Sorry, something went wrong.</h1>"
    "<p>Please try again in a few minutes.</p></main></body></html>"
)


def _error_language(request: HttpRequest) -> str:
    language = translation.get_language_from_path(request.path_info)
    if not language:
        language = translation.get_language_from_request(request, check_path=False)
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def error_page(request: HttpRequest, status: int, title: str, message: str) -> HttpResponse:
    from django.templatetags.static import static

    language = _error_language(request)
    if request.path_info.startswith("/api/"):
        with translation.override(language):
            return JsonResponse(
                {"status": status, "detail": f"{title} {message}"},
                status=status,
                json_dumps_params={"ensure_ascii": False},
            )
    try:
        with translation.override(language):
            body = render_to_string(
                "error.html",
                {
                    "language": language,
                    "title": title,
                    "message": message,
                    "stylesheet": static("css/site.css"),
                },
            )
    except Exception:  # the error page itself must never fail
        body = _FALLBACK_ERROR_PAGE
    response = HttpResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    return error_page(
        request,
        500,
        _("Sorry, something went wrong."),
        _("Please try again in a few minutes."),
    )


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error_page(
        request,
        400,
        _("Sorry, we could not understand this request."),
        _("Please go back, reload the page and try again."),
    )


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    return error_page(
        request,
        403,
        _("Sorry, you may not see this page."),
        _("If you followed a link from us, please contact us."),
    )


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form sent from an expired page, or without its cookie: say how to resend it."""
    return error_page(
        request,
        403,
        _("Your form could not be sent."),
        _(
            "The page was open for too long, or your browser blocks cookies from this "
            "site. Please reload the page and send the form again."
        ),
    )
