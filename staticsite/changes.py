"""What a change affects: which pages of the export a published, moved or deleted page,
or an edited snippet or setting, makes stale; and the changes since a moment, from
Wagtail's audit log."""

from __future__ import annotations

import datetime

from django.apps import apps
from wagtail.models import Locale, ModelLogEntry, Page, PageLogEntry, ReferenceIndex

# Snippets shown on pages: a change to one re-renders these page types in its locale.
# Site settings appear in every page's header and footer.
SHOWN_ON = {
    "faq.faqitem": ("faq.FAQIndexPage", "home.HomePage"),
    "programs.material": ("programs.MaterialsPage", "inquiries.IntakeFormPage"),
    "home.sitesettings": ("*",),
}


def changes_since(since: datetime.datetime) -> list[dict]:
    """Every page published, unpublished, moved, deleted or edited since ``since``, and
    every snippet or setting of ``SHOWN_ON`` changed since then (pages and snippets)."""
    changes = [
        {"page": entry["page_id"]}
        for entry in PageLogEntry.objects.filter(timestamp__gte=since).values("page_id").distinct()
    ]
    for entry in (
        ModelLogEntry.objects.filter(timestamp__gte=since).select_related("content_type").distinct()
    ):
        model = entry.content_type.model_class()
        label = model._meta.label_lower if model else ""
        if label in SHOWN_ON:
            obj = model._default_manager.filter(pk=entry.object_id).first()
            locale = getattr(obj, "locale_id", None)
            changes.append({"snippet": label, "locale": locale})
    return changes


def form_pages(live: dict[int, Page]) -> list[int]:
    """The live pages with a form, whose files carry a dated token."""
    form_page = apps.get_model("inquiries", "IntakeFormPage")
    return [pk for pk, page in live.items() if issubclass(page.specific_class, form_page)]


def affected_pages(changes: list[dict], live: dict[int, Page]) -> tuple[dict[int, str], set[str]]:
    """``({page id: why it is re-rendered}, {languages whose every page is})``.

    A page change affects the page in every locale (their language switchers and
    hreflang links name each other), each one's parent (index pages list their
    children), the pages that link to it (Wagtail's reference index) and, for a page
    in the menu or footer (a child of a home page), every page of its locale. A
    snippet affects the page types that show it (``SHOWN_ON``) in its locale.
    """
    reasons: dict[int, str] = {}
    whole_locales: set[str] = set()
    homes = {page.pk for page in live.values() if page.depth == 2}
    language_of = {locale.pk: locale.language_code for locale in Locale.objects.all()}

    def whole_locale(locale_id, why):
        whole_locales.add(language_of.get(locale_id, ""))
        for page in live.values():
            if page.locale_id == locale_id:
                reasons.setdefault(page.pk, why)

    for change in changes:
        if "page" in change:
            pk = change["page"]
            page = Page.objects.filter(pk=pk).first()
            why = change.get("why") or f"page {pk} changed"
            if page is None:  # deleted: its parent lists it, its translations name it
                parent_id = change.get("parent")
                if parent_id in live:
                    reasons.setdefault(parent_id, f"lists page {pk}")
                if parent_id in homes:
                    whole_locale(live[parent_id].locale_id, f"menu: page {pk}")
                for version in live.values():
                    if str(version.translation_key) == change.get("translation_key"):
                        reasons.setdefault(version.pk, f"translation of page {pk}")
                continue
            former_parent = change.get("parent")  # a move: the parent it left
            if former_parent in live:
                reasons.setdefault(former_parent, f"listed page {pk}")
                if former_parent in homes:
                    whole_locale(live[former_parent].locale_id, f"menu: page {pk}")
            translations = list(Page.objects.filter(translation_key=page.translation_key))
            for version in translations:
                reasons.setdefault(version.pk, why)
                parent = version.get_parent()
                if parent is not None and parent.pk in live:
                    reasons.setdefault(parent.pk, f"lists page {version.pk}")
                    if parent.pk in homes:
                        whole_locale(version.locale_id, f"menu: page {version.pk}")
            for ref in ReferenceIndex.get_references_to_in_bulk(translations).filter(
                base_content_type=ReferenceIndex._get_base_content_type(Page)
            ):
                source = int(ref.object_id)
                if source in live:
                    reasons.setdefault(source, f"links to page {pk}")
        elif "snippet" in change:
            label, locale_id = change["snippet"], change.get("locale")
            why = change.get("why") or f"{label} changed"
            shown_on = SHOWN_ON.get(label, ())
            if "*" in shown_on:
                if locale_id is None:
                    for locale in language_of:
                        whole_locale(locale, why)
                else:
                    whole_locale(locale_id, why)
                continue
            models = tuple(apps.get_model(name) for name in shown_on)
            for page in live.values():
                if locale_id is not None and page.locale_id != locale_id:
                    continue
                if issubclass(page.specific_class, models):
                    reasons.setdefault(page.pk, why)
    return reasons, whole_locales


def stale_pages(changes: list[dict], live: dict[int, Page]) -> set[int]:
    """Every page whose cached answer ``changes`` make wrong: what ``affected_pages``
    re-renders, and also the changed pages themselves when they are no longer live
    (unpublished or deleted: their old answer must go) and every page below a moved
    one (their addresses changed with it). The static export finds the last two from
    its manifest; a cache of answers has no manifest, so it asks here."""
    reasons, _whole_locales = affected_pages(changes, live)
    stale = set(reasons)
    for change in changes:
        if "page" not in change:
            continue
        stale.add(change["page"])
        if "parent" in change and "translation_key" not in change:  # a move
            moved = Page.objects.filter(pk=change["page"]).first()
            if moved is not None:
                stale.update(moved.get_descendants().values_list("pk", flat=True))
    return stale
