"""The FAQ's admin screen: the FAQ items as snippets, by category and language."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from faq.models import FAQItem
from home.views import TranslatableSnippetEditView


class FAQItemViewSet(SnippetViewSet):
    edit_view_class = TranslatableSnippetEditView
    model = FAQItem
    icon = "help"
    menu_label = _("FAQ")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["question", "category", "sort_order", "locale"]
    list_filter = ["category", "locale"]
    # No search_fields: the search backend searches the question and the answer (the
    # index holds both), and finds a word inside Japanese text too (see home.search).
    ordering = ["sort_order", "pk"]
