"""The translation gate: every UI message translated in every catalogue.

`make check-messages` regenerates the catalogues first, so a string added to a
template or module without a translation fails here, and a catalogue that was not
regenerated shows up as a diff.

It also covers the packages' strings the admin shows: every message of Wagtail's,
wagtail-localize's and taggit's own catalogues must have a translation in each admin
language other than English, in the package's catalogue or in ours for the packages
(``locales/_packages``, kept by hand: makemessages never regenerates it). So a
Wagtail upgrade that brings untranslated strings fails here until we add them.
"""

from __future__ import annotations

import importlib.util
import subprocess  # nosec B404 - msgfmt, on our own files
import sys
from pathlib import Path

import polib

LANGUAGES = ("ja", "en", "ne")  # the same as settings.LANGUAGES
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
PACKAGES_DIR = LOCALES_DIR / "_packages"
#: The admin's languages besides English (settings.WAGTAILADMIN_PERMITTED_LANGUAGES):
#: Wagtail has no Nepali admin, so the packages' strings need Japanese only.
ADMIN_LANGUAGES = ("ja",)
#: The installed packages whose strings the admin shows.
ADMIN_PACKAGES = (
    "wagtail",
    "wagtail.admin",
    "wagtail.contrib.redirects",
    "wagtail.documents",
    "wagtail.embeds",
    "wagtail.images",
    "wagtail.locales",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.snippets",
    "wagtail.users",
    "wagtail_localize",
    "wagtail_localize.locales",
    "taggit",
)
DOMAINS = ("django", "djangojs")


def problems(locales_dir: Path = LOCALES_DIR) -> list[str]:
    found = []
    for code in LANGUAGES:
        path = locales_dir / code / "LC_MESSAGES" / "django.po"
        if not path.exists():
            found.append(f"{path}: missing")
            continue
        catalogue = polib.pofile(str(path))
        for entry in catalogue:
            if entry.obsolete:
                continue
            where = f"{code}: {entry.msgid[:70]!r}"
            if "fuzzy" in entry.flags:
                found.append(f"{where} is marked fuzzy")
            elif entry.msgid_plural:
                if not all(entry.msgstr_plural.values()):
                    found.append(f"{where} has an untranslated plural form")
            elif not entry.msgstr:
                found.append(f"{where} is not translated")
        if not path.with_suffix(".mo").exists():
            found.append(f"{path.with_suffix('.mo')}: not compiled")
    return found


def _translated(path: Path) -> set[tuple[str | None, str]]:
    if not path.exists():
        return set()
    return {
        (entry.msgctxt, entry.msgid)
        for entry in polib.pofile(str(path))
        if entry.translated() and "fuzzy" not in entry.flags and not entry.obsolete
    }


def compiled(po_path: Path, mo_path: Path) -> bool:
    """Does ``mo_path`` hold exactly the translations of ``po_path``? Compared by content,
    not by the files' times, which a fresh checkout sets in any order."""
    if not mo_path.exists():
        return False

    def entries(catalogue, usable) -> set:
        return {
            (e.msgctxt, e.msgid, e.msgstr, tuple(sorted(e.msgstr_plural.items())))
            for e in catalogue
            if e.msgid and usable(e)
        }

    source = entries(
        polib.pofile(str(po_path)),
        lambda e: e.translated() and not e.obsolete and "fuzzy" not in e.flags,
    )
    return source == entries(polib.mofile(str(mo_path)), lambda e: True)


def package_locale_dir(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    return Path(next(iter(spec.submodule_search_locations))) / "locale"


def package_problems(packages_dir: Path = PACKAGES_DIR, packages=ADMIN_PACKAGES) -> list[str]:
    """Package strings with no translation in an admin language, and our catalogues
    for the packages that are not compiled, not valid for msgfmt or have gaps."""
    found = []
    for code in ADMIN_LANGUAGES:
        for domain in DOMAINS:
            ours_path = packages_dir / code / "LC_MESSAGES" / f"{domain}.po"
            if ours_path.exists():
                catalogue = polib.pofile(str(ours_path))
                plural_forms = catalogue.metadata.get("Plural-Forms", "").replace(" ", "")
                if not plural_forms.startswith("nplurals=1;"):
                    found.append(f"{ours_path}: Japanese has one plural form (nplurals=1)")
                for entry in catalogue:
                    if not entry.obsolete and (not entry.translated() or "fuzzy" in entry.flags):
                        found.append(f"{ours_path}: {entry.msgid[:70]!r} is not translated")
                mo = ours_path.with_suffix(".mo")
                if not compiled(ours_path, mo):
                    found.append(f"{mo}: not compiled (make messages)")
                check = subprocess.run(  # nosec B603 B607 - fixed arguments
                    ["msgfmt", "--check", "-o", "/dev/null", str(ours_path)],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if check.returncode:
                    found.append(f"{ours_path}: msgfmt --check: {check.stderr.strip()[:300]}")
            ours = _translated(ours_path)
            theirs = set()
            sources = []
            for package in packages:
                locale_dir = package_locale_dir(package)
                theirs |= _translated(locale_dir / code / "LC_MESSAGES" / f"{domain}.po")
                source = locale_dir / "en" / "LC_MESSAGES" / f"{domain}.po"
                if source.exists():
                    sources.append((package, source))
            for package, source in sources:
                for entry in polib.pofile(str(source)):
                    key = (entry.msgctxt, entry.msgid)
                    if entry.obsolete or key in theirs or key in ours:
                        continue
                    found.append(
                        f"{code}: {package} ({domain}) {entry.msgid[:70]!r} has no "
                        f"translation: add it to {ours_path}"
                    )
    return found


def main() -> int:
    found = problems() + package_problems()
    for line in found:
        print(line)
    print(f"translation gate: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
