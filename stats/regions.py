"""Regions a figure can be placed in (schemas/regions.toml), read and checked once per process."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass

from .errors import VocabularyError
from .resources import read_text

REGION_KEYS = frozenset({"name", "kind", "country", "en", "uk", "ru"})
OPTIONAL_KEYS = frozenset({"occupied", "capital", "officials"})
KINDS = ("oblast", "republic", "krai", "autonomous_oblast", "autonomous_okrug", "federal_city", "crimea", "sea",
         "air_command")
COUNTRIES = ("ukraine", "russia", "")


@dataclass(frozen=True)
class Region:
    """A region by its canonical English name, with the forms each language names it by."""

    name: str
    kind: str
    country: str
    forms: dict[str, tuple[str, ...]]  # language -> forms (vocabulary terms: * allows any ending)
    occupied: bool = False  # held by Russia as a whole (Crimea, Sevastopol)
    capital: bool = False  # a country's capital: also its government, and the dateline of national news
    officials: tuple[str, ...] = ()  # its governor's or mayor's surname in every case form ("Gladkov", "Гладкова")

    @property
    def open_water(self) -> bool:
        """A sea: its name may qualify what is on it ("the Black Sea port")."""
        return self.kind == "sea"

    @property
    def attacked_by(self) -> str | None:
        """Whose weapons are downed or strike here: Ukraine's over Russia and the regions Russia holds,
        Russia's over the rest of Ukraine; None for seas and commands."""
        if self.country == "russia" or self.occupied:
            return "ukraine"
        return "russia" if self.country == "ukraine" else None


@functools.cache
def load_regions() -> tuple[Region, ...]:
    """Every region of schemas/regions.toml, in file order; a malformed file raises VocabularyError."""
    try:
        data = tomllib.loads(read_text("regions.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"regions.toml: {exc}") from exc
    if set(data) != {"region"}:
        raise VocabularyError("regions.toml: only [[region]] tables are allowed")
    out: list[Region] = []
    names: set[str] = set()
    for i, entry in enumerate(data["region"]):
        if not REGION_KEYS <= set(entry) <= REGION_KEYS | OPTIONAL_KEYS:
            raise VocabularyError(f"regions.toml: region #{i + 1} needs the keys {sorted(REGION_KEYS)} "
                                  f"(and may have {sorted(OPTIONAL_KEYS)})")
        if entry["kind"] not in KINDS or entry["country"] not in COUNTRIES:
            raise VocabularyError(f"regions.toml: {entry['name']!r} has an unknown kind or country")
        if entry["name"] in names:
            raise VocabularyError(f"regions.toml: {entry['name']!r} is listed twice")
        names.add(entry["name"])
        forms: dict[str, tuple[str, ...]] = {}
        for language in ("en", "uk", "ru"):
            terms = entry[language]
            if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
                raise VocabularyError(f"regions.toml: {entry['name']} {language} must be a list of non-empty strings")
            forms[language] = tuple(terms)
        officials = entry.get("officials", [])
        if not isinstance(officials, list) or not all(isinstance(t, str) and t.strip() for t in officials):
            raise VocabularyError(f"regions.toml: {entry['name']} officials must be a list of non-empty strings")
        out.append(Region(str(entry["name"]), str(entry["kind"]), str(entry["country"]), forms,
                          bool(entry.get("occupied", False)), bool(entry.get("capital", False)), tuple(officials)))
    return tuple(out)


@functools.cache
def region_by_name() -> dict[str, Region]:
    return {r.name: r for r in load_regions()}


@functools.cache
def region_names() -> frozenset[str]:
    """The canonical names the `region` column may hold."""
    return frozenset(r.name for r in load_regions())


@functools.cache
def _officials() -> dict[str, str]:
    """Each official's surname form -> the region's name."""
    by_form: dict[str, str] = {}
    for region in load_regions():
        for form in region.officials:
            if by_form.setdefault(form, region.name) != region.name:
                raise VocabularyError(f"regions.toml: the official {form!r} is listed under two regions")
    return by_form


_WORD = re.compile(r"[^\W\d_]+")


def officials_named(text: str, start: int = 0, end: int | None = None) -> set[str]:
    """The regions whose officials text[start:end] names ("Gladkov said", "повідомив Лисак"), each word looked
    up as written (case-sensitive: the forms are capitalised, so "гладков" names no one)."""
    by_form = _officials()
    return {by_form[m.group()] for m in _WORD.finditer(text, start, len(text) if end is None else end)
            if m.group() in by_form}
