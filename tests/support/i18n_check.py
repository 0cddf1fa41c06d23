"""The translation gate: every UI message translated in every catalogue.

`make check-messages` regenerates the catalogues first, so a string added to a
template or module without a translation fails here, and a catalogue that was not
regenerated shows up as a diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

LANGUAGES = ("ja", "en", "ne")  # the same as settings.LANGUAGES
LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"


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


def main() -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"translation gate: {len(found)} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
