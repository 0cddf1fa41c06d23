"""The public site as plain files, for any static host or CDN.

``build_static_site`` renders every live public page of every locale through Django's
own request handling (the same templates, context and URLs as the live site), so the
files are exactly what a visitor of the live site would get, with three differences:
canonical and alternate links use the export's base URL; the forms post to the API
origin (``inquiries.views.static_form_post`` without JavaScript, the JSON intake API
with it); and nothing per-visitor (CSRF or form tokens) is written into a page, so the
same content always renders to the same bytes. The one exception is dated, and the
same for every visitor: each form carries the shared token of the current period
(``inquiries.forms.shared_token``), for visitors without JavaScript; the script the
pages load replaces it with a one-time token fetched from the backend. A refresh in a
new period re-renders the form pages, so their baked tokens stay young as long as the
worker (or cron) refreshes the export at least once a period (a quarter of
INTAKE_MAX_AGE_SECONDS): a no-JavaScript visitor always has three quarters of the
token's lifetime left to send the form.

That last property is what makes the incremental refresh simple and safe: a change
re-renders every file it could affect (the page in every locale, its parent, pages
that link to it, the whole locale when the menu may have changed, the sitemap) and
writes only the files whose bytes differ. The manifest next to the files records
each file's hash and source, and what the last run wrote, removed and why.

Every file is written to a temporary name and renamed into place, and a build renders
everything before it writes anything, so a visitor never sees a half-written page and
a failed build leaves the previous output serving.
"""

from __future__ import annotations

import contextlib
import contextvars
import fcntl
import hashlib
import json
import logging
import os
import posixpath
import re
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.template.loader import render_to_string
from django.test import Client, override_settings
from django.utils import timezone
from wagtail.models import Locale, Page, PageLogEntry, ReferenceIndex, Site

from home.seo import public_live_pages
from inquiries.forms import shared_token_start
from programs.documents import public_documents

MANIFEST = "static-site-manifest.json"
LOCK = ".static-site.lock"
NOT_FOUND = "404.html"
HISTORY = 20  # runs the manifest remembers

# Snippets shown on pages: a change to one re-renders these page types in its locale.
# Site settings appear in every page's header and footer.
SHOWN_ON = {
    "faq.faqitem": ("faq.FAQIndexPage", "home.HomePage"),
    "programs.material": ("programs.MaterialsPage", "inquiries.IntakeFormPage"),
    "home.sitesettings": ("*",),
}

_exporting: contextvars.ContextVar[Target | None] = contextvars.ContextVar(
    "static_site_target", default=None
)


class ExportError(Exception):
    """The export cannot be made; nothing has been written."""


@dataclass(frozen=True)
class Target:
    """Where the files will be served (``base_url``) and where their forms post."""

    base_url: str
    api_origin: str

    @classmethod
    def from_options(cls, base_url: str | None, api_origin: str | None) -> Target:
        base_url = (base_url or settings.STATIC_EXPORT_BASE_URL or settings.BASE_URL).rstrip("/")
        api_origin = (api_origin or settings.STATIC_EXPORT_API_ORIGIN or settings.BASE_URL).rstrip(
            "/"
        )
        for name, value in (("base URL", base_url), ("API origin", api_origin)):
            parts = urlsplit(value)
            if parts.scheme not in ("http", "https") or not parts.netloc or parts.path:
                raise ExportError(
                    f"The {name} must be an origin such as https://www.example.org "
                    f"(the site is exported for the root of its host), not {value!r}."
                )
        return cls(base_url, api_origin)


def current_target() -> Target | None:
    """The export being rendered, for the templates (see ``home.context_processors``)."""
    return _exporting.get()


@dataclass
class File:
    path: str  # relative, POSIX: "ja/faq/index.html"
    content: bytes
    source: str  # "page:12", "page:12:thanks", "404:ja", "sitemap", "static", ...
    reason: str


@dataclass
class Report:
    mode: str
    trigger: str
    written: dict[str, str] = field(default_factory=dict)
    removed: dict[str, str] = field(default_factory=dict)
    rendered: int = 0
    unchanged: int = 0
    pages: int = 0
    started: float = field(default_factory=time.perf_counter)
    seconds: float = 0.0

    def as_dict(self) -> dict:
        self.seconds = time.perf_counter() - self.started
        return {
            "mode": self.mode,
            "trigger": self.trigger,
            "at": timezone.now().isoformat(),
            "seconds": round(self.seconds, 3),
            "rendered": self.rendered,
            "unchanged": self.unchanged,
            "pages": self.pages,
            "written": self.written,
            "removed": self.removed,
        }


# -- Rendering -----------------------------------------------------------------------


class Renderer:
    """Renders URLs of the site as the live site would, for one export ``target``."""

    def __init__(self, target: Target):
        self.target = target
        self.host = urlsplit(target.base_url).hostname or "localhost"
        self.client = Client(HTTP_HOST=self.host, HTTP_X_FORWARDED_PROTO="https")

    @contextlib.contextmanager
    def active(self):
        overrides = {
            "BASE_URL": self.target.base_url,
            "DEBUG": False,
            "ALLOWED_HOSTS": [*settings.ALLOWED_HOSTS, self.host],
        }
        token = _exporting.set(self.target)
        requests_log = logging.getLogger("django.request")
        level = requests_log.level
        requests_log.setLevel(logging.ERROR)  # the 404 pages are rendered on purpose
        try:
            with override_settings(**overrides):
                yield self
        finally:
            requests_log.setLevel(level)
            _exporting.reset(token)

    def get(self, url: str, expect: int = 200) -> bytes:
        response = self.client.get(url, secure=True)
        if response.status_code != expect:
            raise ExportError(f"{url} answered {response.status_code}, not {expect}.")
        if getattr(response, "streaming", False):
            return b"".join(response.streaming_content)
        return response.content


def page_url(page: Page) -> str:
    """The page's path on the site, with its language prefix: ``/en/faq/``."""
    return page.specific_deferred.get_url_parts()[2]


def file_for_url(url: str) -> str:
    """``/en/faq/`` -> ``en/faq/index.html``."""
    path = unquote(urlsplit(url).path).lstrip("/")
    if not path or path.endswith("/"):
        return f"{path}index.html"
    return path


def page_files(renderer: Renderer, page: Page, reason: str) -> list[File]:
    """A page's file and, for a page with steps (an intake form), theirs."""
    url = page_url(page)
    files = [File(file_for_url(url), renderer.get(url), f"page:{page.pk}", reason)]
    steps = page.specific.steps() if hasattr(page.specific_class, "steps") else []
    for step in steps:
        step_url = f"{url}{step}/"
        files.append(
            File(file_for_url(step_url), renderer.get(step_url), f"page:{page.pk}:{step}", reason)
        )
    return files


def not_found_files(renderer: Renderer, languages: Iterable[str], reason: str) -> list[File]:
    """The 404 page of each language; the default language's also at the root."""
    files = []
    for language in languages:
        # Requested at the file's own address, so the page names no random path.
        content = renderer.get(f"/{language}/{NOT_FOUND}", expect=404)
        files.append(File(f"{language}/{NOT_FOUND}", content, f"404:{language}", reason))
        if language == settings.LANGUAGE_CODE:
            files.append(File(NOT_FOUND, content, "404", reason))
    return files


def root_file(reason: str) -> File:
    """``/``: a page that sends the visitor to their language (JavaScript) or Japanese."""
    from home.models import SiteSettings

    site_settings = SiteSettings.objects.for_locale(Locale.get_default())
    content = render_to_string(
        "static_site/root.html",
        {
            "site_settings": site_settings,
            "languages": settings.LANGUAGES,
            "default_language": settings.LANGUAGE_CODE,
            "base_url": settings.BASE_URL,
        },
    )
    return File("index.html", content.encode(), "root", reason)


# -- Assets referenced by the pages ---------------------------------------------------

REFERENCE = re.compile(rb"""(?:href|src|content|action)=["']([^"']+)["']""")
SRCSET = re.compile(rb"""srcset=["']([^"']+)["']""")
CSS_URL = re.compile(rb"""url\(\s*["']?([^"')]+)["']?\s*\)""")


def local_references(html: bytes, base_url: str) -> set[str]:
    """The site's own paths that ``html`` refers to (links, assets, absolute links to
    ``base_url`` included)."""
    found = set(REFERENCE.findall(html))
    for srcset in SRCSET.findall(html):
        found.update(part.strip().split(b" ")[0] for part in srcset.split(b","))
    paths = set()
    for raw in found:
        url = raw.decode("utf-8", "replace").replace("&amp;", "&")
        if url.startswith(base_url + "/"):
            url = url[len(base_url) :]
        if url.startswith("/") and not url.startswith("//"):
            paths.add(urlsplit(url).path)
    return paths


def static_file(name: str) -> bytes | None:
    """A collected static file by its (hashed) name, or the source file."""
    if staticfiles_storage.exists(name):
        with staticfiles_storage.open(name) as handle:
            return handle.read()
    found = finders.find(name)
    return Path(found).read_bytes() if found else None


def asset_files(renderer: Renderer, pages: Iterable[File], known: set[str]) -> list[File]:
    """Static files, images and public documents the pages use and ``known`` lacks.

    CSS is followed for the files it refers to (fonts, images), so only what the
    public pages use is exported, never the admin's files.
    """
    static_url, media_url = settings.STATIC_URL, settings.MEDIA_URL
    queue = sorted(
        {
            path
            for file in pages
            for path in local_references(file.content, renderer.target.base_url)
        }
    )
    files, seen = [], set(known)
    while queue:
        path = queue.pop()
        relative = path.lstrip("/")
        if relative in seen:
            continue
        seen.add(relative)
        content, source = None, ""
        if path.startswith(static_url):
            content, source = static_file(path[len(static_url) :]), "static"
        elif path.startswith(media_url):
            name = path[len(media_url) :]
            # Images only, as /media/ serves them (ocp.media): a link to documents/
            # or out of the image folders must not publish a gated file.
            folder = name.split("/", 1)[0]
            public = folder in ("images", "original_images") and "\\" not in name
            if public and posixpath.normpath(name) == name and default_storage.exists(name):
                with default_storage.open(name) as handle:
                    content, source = handle.read(), "media"
        elif path.startswith("/documents/"):
            with contextlib.suppress(ExportError):
                content, source = renderer.get(path), "document"
        if content is None:
            continue
        files.append(File(relative, content, source, f"used by the pages ({source})"))
        if path.endswith(".css"):
            directory = posixpath.dirname(path)
            for ref in CSS_URL.findall(content):
                ref = ref.decode()
                if ref.startswith(("data:", "http:", "https:", "#")):
                    continue
                target = ref if ref.startswith("/") else posixpath.join(directory, ref)
                queue.append(posixpath.normpath(urlsplit(target).path))
    return files


def document_files(renderer: Renderer, known: set[str]) -> list[File]:
    """Every public document (``programs.documents``), fetched through the document view,
    which applies the same rule and Wagtail's collection privacy: the export can never
    publish more than the site does."""
    files = []
    for document in public_documents().order_by("pk"):
        url = document.url
        relative = file_for_url(url)
        if relative in known:
            continue
        response = renderer.client.get(url, secure=True)
        if response.status_code != 200:
            continue
        content = b"".join(response.streaming_content) if response.streaming else response.content
        files.append(File(relative, content, f"document:{document.pk}", "public document"))
    return files


# -- Writing ---------------------------------------------------------------------------


def sha256(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def write_atomic(path: Path, content: bytes) -> None:
    """Writes ``content`` beside ``path`` and renames it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)  # noqa: S103 - public files, read by the web server
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


class StaticSite:
    """One export folder and its manifest."""

    def __init__(self, output: Path | str, target: Target):
        self.output = Path(output)
        self.target = target
        self.token_start: int | None = None  # the shared-token period being rendered

    # The manifest ------------------------------------------------------------------

    @property
    def manifest_path(self) -> Path:
        return self.output / MANIFEST

    def manifest(self) -> dict | None:
        try:
            return json.loads(self.manifest_path.read_text())
        except (FileNotFoundError, ValueError):
            return None

    def check_output(self) -> None:
        """Refuses a folder that holds other files: a build replaces what it wrote."""
        if self.output.exists() and not self.output.is_dir():
            raise ExportError(f"{self.output} is not a folder.")
        if self.output.exists() and self.manifest() is None and any(self.output.iterdir()):
            raise ExportError(
                f"{self.output} is not empty and holds no {MANIFEST}: choose an empty or new "
                "folder, or one a previous build wrote."
            )

    @contextlib.contextmanager
    def locked(self):
        """One build or refresh at a time per folder (the worker and cron may overlap)."""
        self.output.mkdir(parents=True, exist_ok=True)
        with (self.output / LOCK).open("w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    # Full build --------------------------------------------------------------------

    def build(self, trigger: str = "full build") -> Report:
        self.check_output()
        ensure_collected_static()
        with self.locked():
            previous = self.manifest() or {}
            report = Report(mode="full", trigger=trigger)
            self.token_start = shared_token_start()
            renderer = Renderer(self.target)
            with renderer.active():
                pages = list(public_live_pages(default_site()))
                files: list[File] = []
                for page in pages:
                    files += page_files(renderer, page, "page")
                files += self.site_files(renderer, "site file")
                files.append(root_file("site file"))
                known = {file.path for file in files}
                files += asset_files(renderer, files, known)
                files += document_files(renderer, known | {file.path for file in files})
            report.pages = len(pages)
            produced = {file.path for file in files}
            stale = {
                path: "no longer part of the site"
                for path in previous.get("files", {})
                if path not in produced
            }
            self.commit(files, previous, report, remove=stale, replace_all=True)
        return report

    def site_files(self, renderer: Renderer, reason: str) -> list[File]:
        languages = [code for code, _name in settings.LANGUAGES]
        return [
            File("sitemap.xml", renderer.get("/sitemap.xml"), "sitemap", reason),
            File("robots.txt", renderer.get("/robots.txt"), "robots", reason),
            *not_found_files(renderer, languages, reason),
        ]

    # Incremental refresh -----------------------------------------------------------

    def refresh(self, changes: list[dict], trigger: str) -> Report:
        """Re-renders what ``changes`` affect (see ``affected_pages``); a full build when
        there is no previous build for this target."""
        previous = self.manifest()
        if previous is None or previous.get("target") != self.target_dict():
            return self.build(trigger=f"{trigger} (no previous build for this target)")
        with self.locked():
            previous = self.manifest() or previous
            report = Report(mode="incremental", trigger=trigger)
            self.token_start = shared_token_start()
            renderer = Renderer(self.target)
            with renderer.active():
                live = {page.pk: page for page in public_live_pages(default_site())}
                current = {pk: file_for_url(page_url(page)) for pk, page in live.items()}
                reasons, whole_locales = affected_pages(changes, live)
                recorded = recorded_pages(previous)
                for pk in live:
                    # New or moved pages (a move changes every URL below it).
                    if recorded.get(pk) != current[pk]:
                        reasons.setdefault(pk, "new or moved")
                if previous.get("shared_token_start") != self.token_start:
                    for pk in form_pages(live):
                        reasons.setdefault(pk, "form token of a new period")
                files: list[File] = []
                for pk, reason in sorted(reasons.items()):
                    if pk in live:
                        files += page_files(renderer, live[pk], reason)
                files.append(
                    File("sitemap.xml", renderer.get("/sitemap.xml"), "sitemap", "sitemap")
                )
                if whole_locales:
                    files += not_found_files(renderer, sorted(whole_locales), "menu or settings")
                if settings.LANGUAGE_CODE in whole_locales:  # the root page names the site
                    files.append(root_file("menu or settings"))
                known = set(previous.get("files", {})) | {file.path for file in files}
                files += asset_files(renderer, files, known)
            report.pages = len(reasons)
            stale = {}
            for path, entry in previous.get("files", {}).items():
                source = entry.get("source", "")
                if source.startswith("page:"):
                    pk = int(source.split(":")[1])
                    if pk not in live:
                        stale[path] = "unpublished, deleted or made private"
                    elif recorded.get(pk) != current[pk]:
                        stale[path] = "moved"
            self.commit(files, previous, report, remove=stale)
        return report

    def refresh_changed_since(self, since) -> Report:
        """For cron: everything published, unpublished, moved, deleted or edited since
        ``since``, from Wagtail's audit log (pages and snippets)."""
        changes = [
            {"page": entry["page_id"]}
            for entry in PageLogEntry.objects.filter(timestamp__gte=since)
            .values("page_id")
            .distinct()
        ]
        from wagtail.models import ModelLogEntry

        for entry in (
            ModelLogEntry.objects.filter(timestamp__gte=since)
            .select_related("content_type")
            .distinct()
        ):
            model = entry.content_type.model_class()
            label = model._meta.label_lower if model else ""
            if label in SHOWN_ON:
                obj = model._default_manager.filter(pk=entry.object_id).first()
                locale = getattr(obj, "locale_id", None)
                changes.append({"snippet": label, "locale": locale})
        return self.refresh(changes, trigger=f"changed since {since.isoformat()}")

    # Commit ------------------------------------------------------------------------

    def target_dict(self) -> dict:
        return {"base_url": self.target.base_url, "api_origin": self.target.api_origin}

    def commit(self, files, previous, report, remove, replace_all=False) -> None:
        """Writes the files whose bytes changed, removes ``remove``, then the manifest."""
        old = previous.get("files", {})
        entries = {} if replace_all else dict(old)
        report.rendered = len(files)
        for file in files:
            digest = sha256(file.content)
            target = self.output / file.path
            entries[file.path] = {"sha256": digest, "source": file.source}
            if old.get(file.path, {}).get("sha256") == digest and target.exists():
                report.unchanged += 1
                continue
            write_atomic(target, file.content)
            report.written[file.path] = file.reason
        produced = {file.path for file in files}
        for path, why in sorted(remove.items()):
            if path in produced:
                continue
            entries.pop(path, None)
            with contextlib.suppress(FileNotFoundError):
                (self.output / path).unlink()
                report.removed[path] = why
                prune_empty(self.output, (self.output / path).parent)
        run = report.as_dict()
        manifest = {
            "version": 1,
            "target": self.target_dict(),
            "built_at": timezone.now().isoformat(),
            "last_run": run,
            # Several changes in one edit (a deletion also unpublishes) run one after
            # the other: the history keeps what each of the recent runs did.
            "history": [run, *previous.get("history", [])][:HISTORY],
            "shared_token_start": self.token_start,
            "files": dict(sorted(entries.items())),
        }
        if report.mode == "full":
            manifest["full_build_at"] = manifest["built_at"]
        else:
            manifest["full_build_at"] = previous.get("full_build_at")
        write_atomic(
            self.manifest_path, json.dumps(manifest, indent=1, ensure_ascii=False).encode()
        )


def form_pages(live: dict[int, Page]) -> list[int]:
    """The live pages with a form, whose files carry a dated token."""
    form_page = apps.get_model("inquiries", "IntakeFormPage")
    return [pk for pk, page in live.items() if issubclass(page.specific_class, form_page)]


def prune_empty(root: Path, folder: Path) -> None:
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def recorded_pages(manifest: dict) -> dict[int, str]:
    """``{page id: its file}`` as the last build wrote them."""
    pages = {}
    for path, entry in manifest.get("files", {}).items():
        parts = entry.get("source", "").split(":")
        if parts[0] == "page" and len(parts) == 2:
            pages[int(parts[1])] = path
    return pages


def ensure_collected_static() -> None:
    """The pages name hashed static files: collect them first when the site's own
    static files are missing from the manifest or newer than it (a deploy normally
    has collected them already, for the live site)."""
    if not hasattr(staticfiles_storage, "load_manifest"):
        return
    manifest = Path(staticfiles_storage.path(staticfiles_storage.manifest_name))
    collected_at = manifest.stat().st_mtime if manifest.exists() else 0
    hashed = staticfiles_storage.load_manifest()[0]
    for folder in settings.STATICFILES_DIRS:
        for source in Path(folder).rglob("*"):
            name = source.relative_to(folder).as_posix()
            if source.is_file() and (name not in hashed or source.stat().st_mtime > collected_at):
                from django.core.management import call_command

                call_command("collectstatic", interactive=False, verbosity=0)
                staticfiles_storage.hashed_files = staticfiles_storage.load_manifest()[0]
                return


def default_site() -> Site:
    return Site.objects.get(is_default_site=True)


# -- What a change affects ---------------------------------------------------------------


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
