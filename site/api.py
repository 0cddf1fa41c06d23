"""The site's API: one NinjaAPI at ``/api/`` that mounts each room's router.

- ``/api/content/``: FAQ items (``faq.api``), materials and public documents
  (``programs.api``), images (``home.api``);
- ``/api/intake/<form>/``: the intake forms, and ``/api/intake/pages/`` the pages
  around them (``inquiries.api``);
- ``/api/site/``: the navigation and site settings of each language (``home.site_api``);
- ``/api/check-ins/<token>/``: a pair's check-in, through its emailed link, and
  ``/api/surveys/<token>/``: a volunteer's awareness survey (``participants.api``).

Every error is the one problem shape ``{"status", "detail"}`` (a form's field errors
are ``{"status", "errors"}``); any other address under ``/api/`` is a JSON 404. The
whole OpenAPI document is at ``/api/openapi.json`` (browsable at ``/api/docs/``); each
part keeps its own at ``/api/content/openapi.json`` (with ``/api/content/docs/``),
``/api/intake/openapi.json``, ``/api/site/openapi.json``,
``/api/check-ins/openapi.json`` and ``/api/surveys/openapi.json``. Wagtail's page API
at ``/api/v3/`` is Wagtail's own, with the pages' content (``home.headless``) and find
by localized path (``ocp.page_find``).
"""

from __future__ import annotations

import json

from django.http import Http404, HttpRequest, JsonResponse
from django.urls import path
from django.utils import translation
from ninja import NinjaAPI, Swagger
from ninja.errors import HttpError
from ninja.responses import NinjaJSONEncoder, Response

from faq.api import router as faq_router
from home.api import router as images_router
from home.site_api import router as site_router
from inquiries.api import router as intake_router
from participants.api import router as check_in_router
from participants.api import survey_router
from programs.api import router as programs_router

SECTIONS = {
    "content": {
        "title": "OCP content API",
        "description": (
            "FAQ items, materials, and public images and documents of the Otonari-san "
            "Corporate Program site, by language. Pages are served by the Wagtail API at "
            "/api/v3/."
        ),
    },
    "intake": {
        "title": "OCP intake API",
        "description": "The four intake forms as JSON, and the intake pages around them "
        "(see README, API).",
    },
    "site": {
        "title": "OCP site API",
        "description": "The main navigation and the site settings of each language: what "
        "every page shows besides its content.",
    },
    "check-ins": {
        "title": "OCP check-in API",
        "description": "A pair's check-in through its emailed link (see README, Follow-up).",
    },
    "surveys": {
        "title": "OCP awareness survey API",
        "description": "A volunteer's awareness survey through its emailed link (see "
        "README, Follow-up).",
    },
}


class SiteAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """The document in English whoever asks (labels come from the forms, which
        translate them), as plain JSON data."""
        with translation.override("en"):
            schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
            return json.loads(json.dumps(schema, cls=NinjaJSONEncoder))


api = SiteAPI(
    title="OCP API",
    version="1.0.0",
    description=" ".join(section["description"] for section in SECTIONS.values()),
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
api.add_router("/content/", faq_router)
api.add_router("/content/", programs_router)
api.add_router("/content/", images_router)
api.add_router("/intake/", intake_router)
api.add_router("/check-ins/", check_in_router)
api.add_router("/surveys/", survey_router)
api.add_router("/site/", site_router)


@api.exception_handler(Exception)
def unexpected(request: HttpRequest, exc: Exception):
    """Django answers the rest, in DEBUG too: the error mail, the 503 of a database
    that is down (``DatabaseUnavailableMiddleware``), the JSON 500."""
    raise exc


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError):
    return api.create_response(
        request, {"status": exc.status_code, "detail": exc.message}, status=exc.status_code
    )


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404):
    detail = str(exc) or "Not found."
    return api.create_response(request, {"status": 404, "detail": detail}, status=404)


def api_not_found(request: HttpRequest, path: str = ""):
    """Anything else under /api/: a JSON 404, never a redirect into a language prefix."""
    return JsonResponse(
        {"status": 404, "detail": "There is no API endpoint at this address."}, status=404
    )


def _references(node) -> set[str]:
    """The component names that ``node`` refers to (``#/components/schemas/<name>``)."""
    if isinstance(node, dict):
        found = set()
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value.rsplit("/", 1)[-1])
            else:
                found |= _references(value)
        return found
    if isinstance(node, list):
        return set().union(*(_references(item) for item in node))
    return set()


def section_schema(section: str) -> dict:
    """The part of the whole document under ``/api/<section>/``, with the components
    it uses."""
    document = api.get_openapi_schema()
    prefix = f"/api/{section}/"
    paths = {url: item for url, item in document["paths"].items() if url.startswith(prefix)}
    schemas = document["components"]["schemas"]
    used, todo = set(), _references(paths)
    while todo:
        name = todo.pop()
        if name not in used and name in schemas:
            used.add(name)
            todo |= _references(schemas[name])
    return {
        **document,
        "info": {**document["info"], **SECTIONS[section]},
        "paths": paths,
        "components": {
            **document["components"],
            "schemas": {name: schemas[name] for name in schemas if name in used},
        },
    }


def section_openapi(request: HttpRequest, section: str) -> Response:
    return Response(section_schema(section))


class SectionDocs(Swagger):
    """Swagger UI over one part's document."""

    def __init__(self, section: str):
        super().__init__()
        self.section = section

    def get_openapi_url(self, api, path_params) -> str:
        return f"/api/{self.section}/openapi.json"


def content_docs(request: HttpRequest):
    return SectionDocs("content").render_page(request, api)


# The parts' own documents, beside the API's addresses (site/urls.py, under api/).
urlpatterns = [
    path("content/openapi.json", section_openapi, {"section": "content"}),
    path("content/docs/", content_docs),
    path("intake/openapi.json", section_openapi, {"section": "intake"}),
    path("check-ins/openapi.json", section_openapi, {"section": "check-ins"}),
    path("surveys/openapi.json", section_openapi, {"section": "surveys"}),
    path("site/openapi.json", section_openapi, {"section": "site"}),
]
