"""One reading of the municipality a participant writes, for matching.

The form takes the ward or city as free text, so the same place arrives as
"Shinjuku-ku", "shinjuku ku", "ＳＨＩＮＪＵＫＵ", "新宿区" or "新宿". :func:`place` folds
width, case, spacing, macrons and long vowels, drops a leading "Tokyo" and one trailing
ward/city/town/village suffix, and looks the rest up in a table of Tokyo's 23 wards and
its larger cities (romanised and in kanji), so all of these are one place, shown in the
reader's language. Anything else still compares folded, as written. Never raises: a
value is cut to a sane length and control characters fold away.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from django.utils.translation import get_language

LONGEST = 100  # no municipality is longer; a longer value is cut, not refused

# (romanised, kanji without the suffix, is a ward)
TOKYO = (
    ("Chiyoda", "千代田", True),
    ("Chuo", "中央", True),
    ("Minato", "港", True),
    ("Shinjuku", "新宿", True),
    ("Bunkyo", "文京", True),
    ("Taito", "台東", True),
    ("Sumida", "墨田", True),
    ("Koto", "江東", True),
    ("Shinagawa", "品川", True),
    ("Meguro", "目黒", True),
    ("Ota", "大田", True),
    ("Setagaya", "世田谷", True),
    ("Shibuya", "渋谷", True),
    ("Nakano", "中野", True),
    ("Suginami", "杉並", True),
    ("Toshima", "豊島", True),
    ("Kita", "北", True),
    ("Arakawa", "荒川", True),
    ("Itabashi", "板橋", True),
    ("Nerima", "練馬", True),
    ("Adachi", "足立", True),
    ("Katsushika", "葛飾", True),
    ("Edogawa", "江戸川", True),
    ("Hachioji", "八王子", False),
    ("Tachikawa", "立川", False),
    ("Musashino", "武蔵野", False),
    ("Mitaka", "三鷹", False),
    ("Fuchu", "府中", False),
    ("Chofu", "調布", False),
    ("Machida", "町田", False),
)

WARD_SUFFIXES = ("区", "-ku", " ku", " ward", "-ward")
OTHER_SUFFIXES = ("市", "町", "村", "-shi", " shi", " city", "-machi", "-cho", "-mura")
PREFIXES = ("東京都", "tokyo-to ", "tokyo to ", "tokyo, ", "tokyo ")


@dataclass(frozen=True)
class Place:
    """A municipality as matching compares it (``key``), whether it is a ward, and the
    known entry if the table has it."""

    key: str
    ward: bool
    romanised: str = ""
    kanji: str = ""

    def name(self, written: str = "") -> str:
        """The place in the active language: kanji with its suffix in Japanese, the
        romanised name otherwise; as written when the table does not know it."""
        if not self.romanised:
            return written
        if (get_language() or "").startswith("ja"):
            return self.kanji + ("区" if self.ward else "市")
        return self.romanised


def _plain(text: str) -> str:
    """Macrons and long vowels folded ("Chūō", "Chuuou", "Chuo" alike), no separators."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    letters = "".join(c for c in letters if c.isalnum())
    for long, short in (("ou", "o"), ("oo", "o"), ("uu", "u")):
        letters = letters.replace(long, short)
    return letters


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")[: LONGEST * 2])
    text = "".join(c if c.isprintable() else " " for c in text)
    return " ".join(text.casefold().split())[:LONGEST]


KNOWN = {}
for _romanised, _kanji, _ward in TOKYO:
    KNOWN[_plain(_romanised.casefold())] = (_romanised, _kanji, _ward)
    KNOWN[_kanji] = (_romanised, _kanji, _ward)


def place(text: str) -> Place:
    """The municipality ``text`` as compared; see the module's docstring."""
    folded = _fold(text)
    for prefix in PREFIXES:
        if folded.startswith(prefix) and len(folded) > len(prefix):
            folded = folded[len(prefix) :].lstrip(" ,-")
            break
    ward = False
    for suffixes, is_ward in ((WARD_SUFFIXES, True), (OTHER_SUFFIXES, False)):
        stripped = next(
            (folded[: -len(s)] for s in suffixes if folded.endswith(s) and len(folded) > len(s)),
            None,
        )
        if stripped is not None:
            folded, ward = stripped.rstrip(" -"), is_ward
            break
    else:
        # "shinjukuku": a ward's suffix written without a separator
        if folded.endswith("ku") and _plain(folded[:-2]) in KNOWN:
            folded, ward = folded[:-2], True
    known = KNOWN.get(folded) or KNOWN.get(_plain(folded))
    if known:
        romanised, kanji, is_ward = known
        return Place(f"tokyo:{romanised.casefold()}", is_ward, romanised, kanji)
    return Place(folded, ward)
