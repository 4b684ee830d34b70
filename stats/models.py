"""Weapon models (schemas/models.toml), read and checked once per process."""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass

from .contract import WEAPONS
from .errors import VocabularyError
from .resources import read_text

MODEL_KEYS = frozenset({"name", "weapon", "side", "aliases"})
OPTIONAL_KEYS = frozenset({"launcher"})  # launcher: the guided rockets of a rocket launcher (D17)
SIDES = ("russia", "ukraine")


@dataclass(frozen=True)
class Model:
    """A named weapon type: its canonical name, the class it implies and who fields it."""

    name: str
    weapon: str
    side: str
    aliases: tuple[str, ...]  # spellings in any script; a trailing * allows inflection endings
    launcher: bool = False  # rockets of a rocket launcher: casualties of their fire are no figures (D17)


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
        if not MODEL_KEYS <= set(entry) <= MODEL_KEYS | OPTIONAL_KEYS:
            raise VocabularyError(f"models.toml: model #{i + 1} needs exactly the keys {sorted(MODEL_KEYS)} "
                                  f"(and may have {sorted(OPTIONAL_KEYS)})")
        if not isinstance(entry.get("launcher", False), bool):
            raise VocabularyError(f"models.toml: {entry['name']!r} launcher must be true or false")
        if entry["weapon"] not in WEAPONS or entry["side"] not in SIDES:
            raise VocabularyError(f"models.toml: {entry['name']!r} has an unknown weapon or side")
        aliases = entry["aliases"]
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise VocabularyError(f"models.toml: {entry['name']} aliases must be a list of non-empty strings")
        models.append(Model(str(entry["name"]), str(entry["weapon"]), str(entry["side"]), tuple(aliases),
                            bool(entry.get("launcher", False))))
    return tuple(models)


@functools.cache
def side_of(name: str) -> str:
    """Who fields the model of this canonical name (russia for a name not in the file)."""
    return next((m.side for m in load_models() if m.name == name), "russia")
