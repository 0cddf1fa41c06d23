"""The draft a preview token shows, in Wagtail's v3 page API: ``/api/v3/preview/``.

Mounted on Wagtail's own v3 API (``install``, called by ``ocp.urls``) so that the
answer is the v3 page detail's schema, the same fields and shape a front end already
renders for a live page (``/api/v3/pages/<id>/``), and the OpenAPI document describes
it. The token is the only credential (``frontends.preview``); an invalid, tampered or
expired one is the project's problem answer ``{"status", "detail"}``, never Wagtail's.
The answer is private: no cache may keep a draft (``Cache-Control: no-store``).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from ninja import Router
from wagtail.api.v3.routers.pages import PageDetailSchema
from wagtail.api.v3.urls import api as wagtail_api

from frontends.preview import PreviewError, read_token
from home.api import Problem

router = Router(tags=["pages"])
MAX_TOKEN_LENGTH = 1000  # a token is about 130 characters


@router.get(
    "/",
    response={200: PageDetailSchema, 400: Problem, 404: Problem, 410: Problem},
    url_name="preview_page",
    summary="A page's draft, for a front end's preview",
    description="The revision a preview token names (from an editor's preview on a "
    "configured front end), in the page detail's shape. Tokens expire after minutes.",
    operation_id="pages_preview",
    auth=None,
)
def preview_page(
    request: HttpRequest,
    response: HttpResponse,
    token: str = "",
):
    response["Cache-Control"] = "private, no-store"
    try:
        if len(token) > MAX_TOKEN_LENGTH:
            raise PreviewError(400, "This is not a valid preview token.")
        revision = read_token(token)
    except PreviewError as error:
        answer = JsonResponse({"status": error.status, "detail": error.detail}, status=error.status)
        answer["Cache-Control"] = "private, no-store"
        return answer
    return revision.as_object()


def install() -> None:
    """Mount the preview on Wagtail's v3 API, before its URLs are built (``ocp.urls``)."""
    if all(mounted is not router for _prefix, mounted in wagtail_api._routers):
        wagtail_api.add_router("/preview/", router)
