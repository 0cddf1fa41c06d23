"""The export folder: full builds and incremental refreshes, the manifest beside the
files, atomic writes, and one build at a time per folder."""

from __future__ import annotations

import contextlib
import fcntl
import gzip
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import brotli
from django.conf import settings
from django.utils import timezone
from wagtail.models import Site

from home.seo import public_live_pages
from inquiries.tokens import shared_token_start
from staticsite import assets, render
from staticsite.changes import affected_pages, changes_since, form_pages
from staticsite.render import File, Target

MANIFEST = "static-site-manifest.json"
LOCK = ".static-site.lock"
HISTORY = 20  # runs the manifest remembers


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


# Files a web server sends compressed when the browser accepts it: nginx's gzip_static
# and brotli_static pick ``name.gz`` / ``name.br`` beside them (deploy/nginx/).
COMPRESSED_SUFFIXES = (".html", ".xml", ".txt", ".json")


def compressed_forms(path: Path) -> list[Path]:
    if path.suffix not in COMPRESSED_SUFFIXES:
        return []
    return [path.with_name(path.name + ".gz"), path.with_name(path.name + ".br")]


def write_compressed(path: Path, content: bytes) -> None:
    """``path.gz`` and ``path.br`` beside ``path``: the pages carry no secret per visitor
    (the forms' baked tokens are the same for everyone), so compression exposes none."""
    gz, br = compressed_forms(path)
    write_atomic(gz, gzip.compress(content, compresslevel=9, mtime=0))
    write_atomic(br, brotli.compress(content, quality=9))


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
            raise render.ExportError(f"{self.output} is not a folder.")
        if self.output.exists() and self.manifest() is None and any(self.output.iterdir()):
            raise render.ExportError(
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
        assets.ensure_collected_static()
        with self.locked():
            previous = self.manifest() or {}
            report = Report(mode="full", trigger=trigger)
            self.token_start = shared_token_start()
            renderer = render.Renderer(self.target)
            with renderer.active():
                pages = list(public_live_pages(default_site()))
                files: list[File] = []
                for page in pages:
                    files += render.page_files(renderer, page, "page")
                files += self.site_files(renderer, "site file")
                files.append(render.root_file("site file"))
                known = {file.path for file in files}
                files += assets.asset_files(renderer, files, known)
                files += assets.document_files(renderer, known | {file.path for file in files})
            report.pages = len(pages)
            produced = {file.path for file in files}
            stale = {
                path: "no longer part of the site"
                for path in previous.get("files", {})
                if path not in produced
            }
            self.commit(files, previous, report, remove=stale, replace_all=True)
        return report

    def site_files(self, renderer: render.Renderer, reason: str) -> list[File]:
        languages = [code for code, _name in settings.LANGUAGES]
        return [
            File("sitemap.xml", renderer.get("/sitemap.xml"), "sitemap", reason),
            File("robots.txt", renderer.get("/robots.txt"), "robots", reason),
            # browsers ask the root for these whatever the page links (ocp.views.ROOT_ICONS)
            File("favicon.ico", renderer.get("/favicon.ico"), "icon", reason),
            File("apple-touch-icon.png", renderer.get("/apple-touch-icon.png"), "icon", reason),
            *render.not_found_files(renderer, languages, reason),
        ]

    # Incremental refresh -----------------------------------------------------------

    def refresh(self, changes: list[dict], trigger: str) -> Report:
        """Re-renders what ``changes`` affect (see ``staticsite.changes.affected_pages``);
        a full build when there is no previous build for this target."""
        previous = self.manifest()
        if previous is None or previous.get("target") != self.target_dict():
            return self.build(trigger=f"{trigger} (no previous build for this target)")
        with self.locked():
            previous = self.manifest() or previous
            report = Report(mode="incremental", trigger=trigger)
            self.token_start = shared_token_start()
            renderer = render.Renderer(self.target)
            with renderer.active():
                live = {page.pk: page for page in public_live_pages(default_site())}
                current = {
                    pk: render.file_for_url(render.page_url(page)) for pk, page in live.items()
                }
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
                        files += render.page_files(renderer, live[pk], reason)
                files.append(
                    File("sitemap.xml", renderer.get("/sitemap.xml"), "sitemap", "sitemap")
                )
                if whole_locales:
                    files += render.not_found_files(
                        renderer, sorted(whole_locales), "menu or settings"
                    )
                if settings.LANGUAGE_CODE in whole_locales:  # the root page names the site
                    files.append(render.root_file("menu or settings"))
                known = set(previous.get("files", {})) | {file.path for file in files}
                files += assets.asset_files(renderer, files, known)
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
        return self.refresh(changes_since(since), trigger=f"changed since {since.isoformat()}")

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
            siblings = compressed_forms(target)
            if (
                old.get(file.path, {}).get("sha256") == digest
                and target.exists()
                and all(sibling.exists() for sibling in siblings)
            ):
                report.unchanged += 1
                continue
            write_atomic(target, file.content)
            if siblings:
                write_compressed(target, file.content)
            report.written[file.path] = file.reason
        produced = {file.path for file in files}
        for path, why in sorted(remove.items()):
            if path in produced:
                continue
            entries.pop(path, None)
            for sibling in compressed_forms(self.output / path):
                with contextlib.suppress(FileNotFoundError):
                    sibling.unlink()
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


def default_site() -> Site:
    return Site.objects.get(is_default_site=True)
