"""Which language a document is written in: English, Ukrainian or Russian."""

from __future__ import annotations

import re

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_CYRILLIC = re.compile(r"[а-яА-ЯіїєґІЇЄҐёЁ]")
_LATIN = re.compile(r"[a-zA-Z]")


def detect(text: str, sample: int = 20_000) -> str:
    """"en", "uk" or "ru", from the letters of the text (Ukrainian and Russian by their own letters)."""
    chunk = text[:sample]
    if _CYRILLIC.search(chunk) is None:
        return "en"  # the common case of a news archive, without counting every letter
    cyrillic = len(_CYRILLIC.findall(chunk))
    latin = len(_LATIN.findall(chunk))
    if cyrillic <= latin:
        return "en"
    uk = len(_UK_ONLY.findall(chunk))
    ru = len(_RU_ONLY.findall(chunk))
    return "uk" if uk >= ru else "ru"
