"""The materials' admin screen: downloadable materials as snippets, by language."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from home.views import TranslatableSnippetEditView
from programs.models import Material


class MaterialViewSet(SnippetViewSet):
    edit_view_class = TranslatableSnippetEditView
    model = Material
    icon = "doc-full"
    menu_label = _("Materials")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["title", "request_required", "sort_order", "locale"]
    list_filter = ["request_required", "locale"]
    search_fields = ["title", "description"]
    ordering = ["sort_order", "pk"]
