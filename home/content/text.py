"""A piece of site copy in the three languages the site is published in."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGES = ("ja", "en", "ne")


@dataclass(frozen=True)
class T:
    """One piece of copy with its translations, kept side by side.

    Japanese is the source language: pages and snippets are built from ``ja`` and
    the English and Nepali versions are imported through wagtail-localize as
    translations of it, so editors see and maintain them as such. Rich text is
    written as HTML; its translations must keep the same block structure (the
    same number of paragraphs and list items, in the same order), because
    wagtail-localize translates rich text one block at a time.
    """

    ja: str
    en: str
    ne: str

    def __post_init__(self) -> None:
        for language in LANGUAGES:
            if not isinstance(getattr(self, language), str):
                raise TypeError(f"T.{language} must be a string")

    def __getitem__(self, language: str) -> str:
        if language not in LANGUAGES:
            raise KeyError(language)
        return getattr(self, language)
