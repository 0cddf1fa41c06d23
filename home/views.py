"""The editors' translation work in the admin (a dashboard panel and the full list), the
admin's record searches, and the public site search."""

from __future__ import annotations

from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.search.index import class_is_indexed
from wagtail.snippets.views.snippets import EditView

from home.localization import active_locale
from home.search import records_matching
from home.seo import Alternate, language_name
from home.site_search import search_site
from home.translation_work import may_translate, translation_actions, translation_work

#: The panel shows this many items per language; the full list shows them all.
PANEL_ITEMS = 8


class TranslationWorkPanel(Component):
    """The admin home's list of translations that are out of date, unfinished or
    missing, per language, each with the wagtail-localize view that does the work."""

    name = "translation_work"
    order = 60
    template_name = "home/admin/translation_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"work": translation_work(self.user), "limit": PANEL_ITEMS, "panel": True}


class TranslationWorkView(WagtailAdminTemplateMixin, TemplateView):
    """Every item of the panel, without the limit."""

    template_name = "home/admin/translation_work.html"
    page_title = _("Translation work")
    header_icon = "wagtail-localize-language"

    def dispatch(self, request, *args, **kwargs):
        if not may_translate(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(work=translation_work(self.request.user), limit=None, panel=False)
        return context


class TranslatableSnippetEditView(EditView):
    """A snippet's edit view with its translation actions in the header, where an
    editor who has just changed the Japanese text looks for them (wagtail-localize
    puts them only in the listing's "…" menu)."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        for label, url in translation_actions(self.object, self.request.user, self.request.path):
            buttons.append(HeaderButton(label, url=url, icon_name="wagtail-localize-language"))
        return buttons


class WordSearchMixin:
    """For an admin listing of records (not in the search index): its search box finds
    every word typed, in any of ``search_fields``, as staff see it (``records_matching``:
    substrings, choice labels, phone numbers whatever the separators)."""

    def search_queryset(self, queryset):
        if not self.is_searching or (class_is_indexed(queryset.model) and self.search_backend_name):
            return super().search_queryset(queryset)
        return records_matching(queryset, self.search_query, list(self.search_fields or []))


def site_search(request):
    """``/<lang>/search/?q=``: the visitor's language's pages and FAQ (``home.site_search``).
    The language links keep the query; nothing found suggests the FAQ and the contact
    form. Never cached: the answer depends on the query."""
    typed = request.GET.get("q", "")
    query, hits = search_site(active_locale(request), typed if isinstance(typed, str) else "")
    suffix = f"?{urlencode({'q': query})}" if query else ""
    current = request.LANGUAGE_CODE
    alternates = [
        Alternate(code, language_name(code), f"/{code}/search/{suffix}", code == current)
        for code, _name in settings.LANGUAGES
    ]
    context = {"query": query, "hits": hits, "_language_alternates": alternates}
    response = TemplateResponse(request, "home/search.html", context)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
