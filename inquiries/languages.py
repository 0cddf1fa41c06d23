"""Reading the languages people wrote as free text, before the form offered a list.

Registrations from before the list hold text such as "Nepali (native), English
(business), 日本語（日常会話）". :func:`parse` turns what it recognises into the list's rows,
so matching can use them at once; the text itself is always kept beside them for a
coordinator to confirm, because a guess about someone's languages must not silently
become a fact.
"""

from __future__ import annotations

import re
import unicodedata

from inquiries import choices

# Names as people write them in the three site languages (lower case, NFKC).
NAMES = {
    "ja": ("japanese", "日本語", "जापानी"),
    "en": ("english", "英語", "अंग्रेजी", "अङ्ग्रेजी"),
    "ne": ("nepali", "nepalese", "ネパール語", "नेपाली"),
    "vi": ("vietnamese", "ベトナム語", "भियतनामी"),
    "zh": ("chinese", "mandarin", "中国語", "चिनियाँ"),
    "ko": ("korean", "韓国語", "कोरियाली"),
    "tl": ("tagalog", "filipino", "タガログ語", "フィリピノ語", "तागालोग"),
    "pt": ("portuguese", "ポルトガル語", "पोर्तुगाली"),
    "id": ("indonesian", "インドネシア語", "इन्डोनेसियाली"),
    "my": ("burmese", "myanmar", "ミャンマー語", "ビルマ語", "बर्मेली"),
    "hi": ("hindi", "ヒンディー語", "हिन्दी", "हिंदी"),
    "si": ("sinhala", "sinhalese", "シンハラ語", "सिंहाली"),
    "es": ("spanish", "スペイン語", "स्पेनी"),
    "th": ("thai", "タイ語", "थाई"),
    "bn": ("bengali", "bangla", "ベンガル語", "बंगाली"),
    "mn": ("mongolian", "モンゴル語", "मंगोल"),
    "ur": ("urdu", "ウルドゥー語", "उर्दू"),
    "km": ("khmer", "クメール語", "खमेर"),
}

# Level words, checked in this order (so "business" is read before "basic").
LEVELS = (
    ("native", ("native", "mother tongue", "ネイティブ", "母語", "母国語", "मातृभाषा")),
    ("fluent", ("fluent", "business", "advanced", "流暢", "ビジネス", "上級", "धाराप्रवाह")),
    (
        "conversational",
        ("conversational", "daily", "intermediate", "日常会話", "会話", "中級", "दैनिक"),
    ),
    ("basic", ("basic", "beginner", "a little", "少し", "初級", "基本", "आधारभूत")),
)

SEPARATORS = re.compile(r"[,、，;；/／\n]+")
# A row as the way back (migration 0014 reversed) writes it: "ne (native)".
CODE_ROW = re.compile(r"^\s*([a-z]{2})\s*[(（]")


def parse(text: str) -> list[dict[str, str]]:
    """The rows recognised in ``text``: one per language named with a level, first
    mention wins; a language named without a level, or a part naming none, is left to
    the coordinator (the text is kept)."""
    rows: dict[str, str] = {}
    for part in SEPARATORS.split(unicodedata.normalize("NFKC", text or "").lower()):
        language = next(
            (code for code, names in NAMES.items() if any(name in part for name in names)),
            None,
        )
        if language is None and (found := CODE_ROW.match(part)) and found[1] in NAMES:
            language = found[1]
        level = next(
            (level for level, words in LEVELS if any(word in part for word in words)), None
        )
        if language and level and language not in rows:
            rows[language] = level
    return [{"language": code, "level": level} for code, level in rows.items()]


# The Japanese question on the languages' scale, as plain strings (matching reads it for
# thousands of rows: no enum lookups per call).
JAPANESE_LEVELS = {
    key: str(level.value) for key, level in choices.JAPANESE_AS_LANGUAGE_LEVEL.items()
}


def spoken(languages, japanese_level: str) -> dict[str, str]:
    """Every language someone speaks, with the level: ``{"ne": "native", "ja":
    "conversational"}``. Japanese comes from the Japanese question; the list's rows are
    the others (a damaged row is skipped)."""
    found = {
        row["language"]: str(row["level"])
        for row in (languages if isinstance(languages, list) else [])
        if isinstance(row, dict) and row.get("language") and row.get("level")
    }
    japanese = JAPANESE_LEVELS.get(japanese_level)
    if japanese:
        found["ja"] = japanese
    return found
