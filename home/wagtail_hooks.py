"""Registers the home app's admin screens: the site settings, and the editors'
translation work (a dashboard panel and its full list)."""

from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.admin.staticfiles import versioned_static
from wagtail.snippets.models import register_snippet

from home.translation_work import may_translate
from home.views import TranslationWorkPanel, TranslationWorkView
from home.viewsets import SiteSettingsViewSet

register_snippet(SiteSettingsViewSet)


@hooks.register("register_admin_urls")
def register_translation_work_url():
    return [path("translation-work/", TranslationWorkView.as_view(), name="home_translation_work")]


@hooks.register("construct_homepage_panels")
def add_translation_work_panel(request, panels):
    if may_translate(request.user):
        panels.append(TranslationWorkPanel(request.user))


@hooks.register("insert_editor_js")
def translation_editor_js():
    """Fixes to wagtail-localize's translation editor (see the script)."""
    return format_html(
        '<script src="{}"></script>', versioned_static("home/admin/translation-editor.js")
    )


@hooks.register("insert_global_admin_css")
def admin_css():
    """Contrast fixes to the admin's own colours (see the stylesheet)."""
    return format_html(
        '<link rel="stylesheet" href="{}">', versioned_static("home/admin/admin.css")
    )
