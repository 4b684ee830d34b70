"""Weapon models (schemas/models.toml), read and checked once per process."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from .contract import WEAPONS
from .errors import VocabularyError
from .resources import read_text

MODEL_KEYS = frozenset({"name", "weapon", "side", "aliases"})
SIDES = ("russia", "ukraine")


@dataclass(frozen=True)
class Model:
    """A named weapon type: its canonical name, the class it implies and who fields it."""

    name: str
    weapon: str
    side: str
    aliases: tuple[str, ...]  # spellings in any script; a trailing * allows inflection endings


@functools.cache
def load_models() -> tuple[Model, ...]:
    """Every model of schemas/models.toml, in file order; a malformed file raises VocabularyError."""
    try:
        data = tomllib.loads(read_text("models.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"models.toml: {exc}") from exc
    if set(data) != {"model"}:
        raise VocabularyError("models.toml: only [[model]] tables are allowed")
    models: list[Model] = []
    for i, entry in enumerate(data["model"]):
        if set(entry) != MODEL_KEYS:
            raise VocabularyError(f"models.toml: model #{i + 1} needs exactly the keys {sorted(MODEL_KEYS)}")
        if entry["weapon"] not in WEAPONS or entry["side"] not in SIDES:
            raise VocabularyError(f"models.toml: {entry['name']!r} has an unknown weapon or side")
        aliases = entry["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise VocabularyError(f"models.toml: {entry['name']} aliases must be a list of non-empty strings")
        models.append(Model(str(entry["name"]), str(entry["weapon"]), str(entry["side"]), tuple(aliases)))
    return tuple(models)


@functools.cache
def side_of(name: str) -> str:
    """Who fields the model of this canonical name (russia for a name not in the file)."""
    return next((m.side for m in load_models() if m.name == name), "russia")
