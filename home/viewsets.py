"""The site settings' admin screen, one row per language, under Settings."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import SiteSettings
from home.views import TranslatableSnippetEditView


class SiteSettingsViewSet(SnippetViewSet):
    edit_view_class = TranslatableSnippetEditView
    model = SiteSettings
    icon = "cog"
    menu_label = _("Site settings")
    menu_order = 800
    add_to_settings_menu = True
    list_display = ["organisation_name", "locale"]
