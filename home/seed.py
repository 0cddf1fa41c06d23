"""Builds the whole site from :mod:`home.content`: pages, snippets, files, translations.

The Japanese pages and snippets are created from the content's ``ja`` text; English
and Nepali are then made through wagtail-localize exactly as an editor's translation
would be (a translation source, a translation per language, one string translation
per segment), so the admin shows them as translations of the Japanese source that can
be synced and edited. Everything happens in one transaction: a failed load leaves the
database as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from io import StringIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings as django_settings
from django.core.files import File
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    SegmentOverride,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import extract_strings

from home.content import faq, materials, pages, settings
from home.content.text import LANGUAGES, T
from home.models import HomePage, SiteSettings

SOURCE_LANGUAGE = "ja"
TARGET_LANGUAGES = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
FILES_DIR = Path(__file__).resolve().parent / "content" / "files"
MATERIALS_COLLECTION = "Materials"
# The other apps' snippets the content holds, looked up in the app registry like the
# page types of the specs: ``home`` imports no other app.
FAQ_ITEM = "faq.FAQItem"
MATERIAL = "programs.Material"


class ContentError(Exception):
    """The content modules are inconsistent (a missing or conflicting translation)."""


@dataclass
class LoadReport:
    created: bool
    pages: int = 0
    snippets: int = 0
    translations: int = 0
    messages: list[str] = field(default_factory=list)


# -- translation memory --------------------------------------------------------------


def iter_texts(value: Any) -> Iterator[T]:
    if isinstance(value, T):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from iter_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from iter_texts(item)


def _segments(text: str) -> list[str]:
    """The strings wagtail-localize extracts from a piece of (rich) text."""
    if "<" not in text:
        return [text.strip()] if text.strip() else []
    _template, strings = extract_strings(text)
    return [string.data for string, _attrs in strings]


def build_translation_memory(specs: Iterable[Any]) -> dict[str, dict[str, str]]:
    """``{language: {japanese segment: translated segment}}`` from every ``T`` in specs.

    Rich text is split into segments the way wagtail-localize splits it, and the
    translations are aligned with the source segment by segment.
    """
    memory: dict[str, dict[str, str]] = {code: {} for code in TARGET_LANGUAGES}
    for text in iter_texts(list(specs)):
        source = _segments(text.ja)
        for code in TARGET_LANGUAGES:
            target = _segments(text[code])
            if len(source) != len(target):
                raise ContentError(
                    f"{code}: {len(target)} segments for {len(source)} Japanese ones in "
                    f"{text.ja[:60]!r}"
                )
            for ja, translated in zip(source, target, strict=True):
                known = memory[code].setdefault(ja, translated)
                if known != translated:
                    raise ContentError(
                        f"{code}: two translations of {ja[:60]!r}: {known!r} / {translated!r}"
                    )
    return memory


def all_specs() -> list[Any]:
    return [pages.HOME, *pages.PAGES, faq.FAQ_ITEMS, materials.MATERIALS, settings.SITE_SETTINGS]


# -- building the Japanese source -------------------------------------------------


def _ja(value: Any) -> Any:
    """The content with every ``T`` replaced by its Japanese text."""
    if isinstance(value, T):
        return value.ja
    if isinstance(value, dict):
        return {key: _ja(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_ja(item) for item in value]
    return value


def _stream(blocks: list[tuple[str, dict]], resolve) -> list[tuple[str, Any]]:
    """StreamField data with page paths replaced by pages."""

    def convert(value: Any, key: str | None = None) -> Any:
        if key == "page" and isinstance(value, str):
            return resolve(value)
        if isinstance(value, dict):
            return {k: convert(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [convert(v) for v in value]
        if value is None:
            return ""
        return value

    return [(block_type, convert(_ja(value))) for block_type, value in blocks]


PAGE_FIELDS = ("intro", "form_kind", "thank_you_text")


def _page_model(spec: dict):
    return apps.get_model(spec["type"])


def _parent_path(path: str) -> str | None:
    if path == "":
        return None
    parts = path.strip("/").split("/")
    return "/".join(parts[:-1]) + "/" if len(parts) > 1 else ""


def _slug(path: str) -> str:
    return path.strip("/").split("/")[-1] if path else "home"


def _file(name: str) -> File:
    path = FILES_DIR / name
    if not path.exists():
        raise ContentError(f"missing content file {path}")
    return File(path.open("rb"), name=name)


class SiteBuilder:
    def __init__(self) -> None:
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
        }
        self.source_locale = self.locales[SOURCE_LANGUAGE]
        self.pages_by_path: dict[str, Page] = {}
        self.report = LoadReport(created=True)

    # Files -------------------------------------------------------------------------

    def collection(self, name: str = MATERIALS_COLLECTION) -> Collection:
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name=name).first()
        return existing or root.add_child(name=name)

    def document(self, name: str, title: str, private: bool):
        """A material's file; request-only files go to the private collection."""
        document_model = get_document_model()
        collection = self.collection(
            django_settings.PRIVATE_MATERIALS_COLLECTION if private else MATERIALS_COLLECTION
        )
        with _file(name) as file:
            return document_model.objects.create(title=title, file=file, collection=collection)

    def image(self, name: str, title: str):
        image_model = get_image_model()
        with _file(name) as file:
            return image_model.objects.create(title=title, file=file, collection=self.collection())

    # Pages --------------------------------------------------------------------------

    def remove_default_page(self) -> None:
        """Wagtail's install creates a "Welcome" page; the site's home replaces it."""
        for page in Page.objects.filter(depth=2, content_type__model="page"):
            page.delete()

    def create_pages(self, specs: list[dict]) -> None:
        root = Page.get_first_root_node()
        for spec in specs:  # pass 1: the tree, so that links can point anywhere
            model = _page_model(spec)
            parent_path = _parent_path(spec["path"])
            parent = root if parent_path is None else self.pages_by_path[parent_path]
            page = model(
                title=spec["title"].ja,
                slug=_slug(spec["path"]),
                locale=self.source_locale,
                search_description=spec["search_description"].ja,
                show_in_menus=spec.get("show_in_menus", False),
                live=False,
            )
            for name in PAGE_FIELDS:
                if name in spec:
                    setattr(page, name, _ja(spec[name]))
            parent.add_child(instance=page)
            self.pages_by_path[spec["path"]] = page
        for spec in specs:  # pass 2: bodies, then publish
            page = self.pages_by_path[spec["path"]]
            if "body" in spec:
                page.body = _stream(spec["body"], self.resolve)
            page.save_revision().publish()
            self.report.pages += 1

    def resolve(self, path: str) -> Page:
        try:
            return self.pages_by_path[path]
        except KeyError:
            raise ContentError(f"a link points at {path!r}, which is not a page") from None

    def point_site_at_home(self) -> None:
        """The default site serves the home page, at the host and port of BASE_URL."""
        home = self.pages_by_path[""]
        address = urlsplit(django_settings.BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
        site.hostname, site.port = address.hostname or "localhost", port
        site.root_page, site.site_name = home, "OCP"
        site.save()

    # Snippets -----------------------------------------------------------------------

    def create_snippets(self) -> list[Any]:
        faq_item_model, material_model = apps.get_model(FAQ_ITEM), apps.get_model(MATERIAL)
        created: list[Any] = []
        spec = settings.SITE_SETTINGS
        created.append(
            SiteSettings.objects.create(
                locale=self.source_locale,
                organisation_name=spec["organisation_name"].ja,
                legal_name=spec["legal_name"].ja,
                footer_text=spec["footer_text"].ja,
                address=spec["address"].ja,
                contact_email=spec["contact_email"],
                phone=spec["phone"],
                notification_recipients="\n".join(spec["notification_recipients"]),
            )
        )
        for order, item in enumerate(faq.FAQ_ITEMS, start=1):
            created.append(
                faq_item_model.objects.create(
                    locale=self.source_locale,
                    question=item["question"].ja,
                    answer=item["answer"].ja,
                    category=item["category"],
                    sort_order=order,
                )
            )
        self.material_documents: dict[int, dict[str, Any]] = {}
        for order, item in enumerate(materials.MATERIALS, start=1):
            documents = {
                code: self.document(
                    item["files"][code],
                    f"{item['title'][code]} ({code})",
                    private=item["request_required"],
                )
                for code in LANGUAGES
            }
            material = material_model.objects.create(
                locale=self.source_locale,
                title=item["title"].ja,
                description=item["description"].ja,
                cover_image=self.image(item["cover"], item["title"].ja),
                document=documents[SOURCE_LANGUAGE],
                request_required=item["request_required"],
                sort_order=order,
            )
            material.save_revision().publish()
            self.material_documents[material.pk] = documents
            created.append(material)
        self.report.snippets = len(created)
        return created

    # Translations -------------------------------------------------------------------

    def translate(self, instance, memory: dict[str, dict[str, str]]) -> None:
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        for code in TARGET_LANGUAGES:
            locale = self.locales[code]
            translation, _ = Translation.objects.update_or_create(
                source=source, target_locale=locale, defaults={"enabled": True}
            )
            po = translation.export_po()
            missing = []
            for entry in po:
                translated = memory[code].get(entry.msgid)
                if translated is None:
                    missing.append(entry.msgid)
                else:
                    entry.msgstr = translated
            if missing:
                raise ContentError(
                    f"{code}: no translation for {len(missing)} segment(s) of "
                    f"{instance!r}, e.g. {missing[0][:80]!r}"
                )
            translation.import_po(po)
            documents = getattr(self, "material_documents", {}).get(instance.pk)
            if documents and instance._meta.model_name == "material":
                segment = source.overridablesegment_set.get(context__path="document")
                SegmentOverride.objects.update_or_create(
                    locale=locale,
                    context=segment.context,
                    defaults={"data_json": json.dumps(documents[code].pk)},
                )
            self.localise_links(source, code)
            translation.save_target(publish=True)
            self.report.translations += 1

    def localise_links(self, source, code: str) -> None:
        """A link the Japanese copy makes to one of the site's pages (``/ja/contact/``)
        leads to the same page in the translation's language (``/en/contact/``):
        wagtail-localize keeps a link's address from the source unless overridden."""
        prefix = f"/{SOURCE_LANGUAGE}/"
        for segment in source.overridablesegment_set.all():
            href = json.loads(segment.data_json)
            if isinstance(href, str) and href.startswith(prefix):
                SegmentOverride.objects.update_or_create(
                    locale=self.locales[code],
                    context=segment.context,
                    defaults={"data_json": json.dumps(f"/{code}/{href[len(prefix) :]}")},
                )

    def synchronise_locales(self) -> None:
        """New Japanese pages appear in English and Nepali, ready to translate."""
        for code in TARGET_LANGUAGES:
            LocaleSynchronization.objects.get_or_create(
                locale=self.locales[code], sync_from=self.source_locale
            )


def site_content_loaded() -> bool:
    return HomePage.objects.exists()


def reset_site_content() -> None:
    """Removes every page but the tree's root, the snippets and the content's files."""
    LocaleSynchronization.objects.all().delete()
    TranslationSource.objects.all().delete()
    for page in Page.objects.filter(depth=2):
        page.delete()
    apps.get_model(FAQ_ITEM).objects.all().delete()
    apps.get_model(MATERIAL).objects.all().delete()
    SiteSettings.objects.all().delete()
    names = [MATERIALS_COLLECTION, django_settings.PRIVATE_MATERIALS_COLLECTION]
    for collection in Collection.get_first_root_node().get_children().filter(name__in=names):
        for model in (get_document_model(), get_image_model()):
            for item in model.objects.filter(collection=collection):
                item.file.delete(save=False)
                item.delete()


def load_site_content(reset: bool = False) -> LoadReport:
    """Builds the site unless it is there already (or rebuilds it with ``reset``).

    The Japanese source is built in one transaction; each translation is then saved
    in a transaction of its own, as the admin does, because wagtail-localize
    publishes a translated page when its transaction commits (a single transaction
    around everything would publish the parents last, from stale copies that no
    longer count their children). If anything fails, what was built is removed, so
    a failed load leaves no half-built site behind.
    """
    if not reset and site_content_loaded():
        return LoadReport(created=False, messages=["The site content is already loaded."])

    memory = build_translation_memory(all_specs())
    page_specs = [pages.HOME, *pages.PAGES]
    try:
        with transaction.atomic():
            if reset:
                reset_site_content()
            builder = SiteBuilder()
            builder.remove_default_page()
            snippets = builder.create_snippets()
            builder.create_pages(page_specs)
            builder.point_site_at_home()
        sources = [*snippets, *(builder.pages_by_path[spec["path"]] for spec in page_specs)]
        for instance in sources:  # snippets first, then pages, parents before children
            with transaction.atomic():
                builder.translate(instance, memory)
        builder.synchronise_locales()
    except Exception:
        with transaction.atomic():
            reset_site_content()
        raise
    build_search_index()
    return builder.report


def build_search_index() -> None:
    """Indexes what was just built, now rather than when a worker gets to the queued
    indexing tasks: the admin's search boxes find the content from the first sign-in."""
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
