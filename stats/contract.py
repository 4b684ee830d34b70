"""The tidy figures table: its columns and the values they may take (see schemas/)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

#: Columns of the figures table, in order.
COLUMNS: Final = (
    "doc_id",
    "event",
    "date",
    "attacker",
    "weapon",
    "model",
    "region",
    "group",
    "measure",
    "value",
    "qualifier",
    "unit",
    "start",
    "end",
    "surface",
    "evidence",
    "rule",
)

#: Columns added after the first release: a table without them is read with them empty.
ADDED_COLUMNS: Final = ("region", "group", "surface")

ATTACKERS: Final = ("russia", "ukraine", "unknown")
WEAPONS: Final = (
    "aerial_weapon",
    "drone",
    "missile",
    "cruise_missile",
    "ballistic_missile",
    "guided_bomb",
    "aircraft",
    "people",
)
MUNITIONS: Final = tuple(w for w in WEAPONS if w != "people")
MEASURES: Final = (
    "launched",
    "shot_down",
    "jammed",
    "neutralized",
    "hit",
    "lost",
    "killed",
    "injured",
)
PEOPLE_MEASURES: Final = ("killed", "injured")
#: What stopped weapons: shot down, jammed, or either (neutralized).
OUTCOMES: Final = ("shot_down", "jammed", "neutralized")
QUALIFIERS: Final = ("exact", "more_than", "at_least", "about", "up_to")
#: Subgroups a casualty figure may count (the `group` column; empty for all people).
GROUPS: Final = ("children", "rescuers", "medics", "police", "journalists")

#: The columns that make a figure a part of another figure of the same attack, weapon and measure: a figure
#: with a model, a region or a group is a part of the figure without it (see stats.counting, the counting
#: rule: parts never add to their total; they are summed only where no total is given).
PART_COLUMNS: Final = ("model", "region", "group")


def lineage(weapon: str) -> frozenset[str]:
    """The classes a figure of this class overlaps: itself, the classes it belongs to and its own classes
    (the weapon tree is PARENT below)."""
    return frozenset((*ancestry(weapon), *descendants(weapon)))


#: The pint unit (schemas/units.txt) of each weapon class.
UNIT_OF: Final = {w: ("person" if w == "people" else "munition" if w == "aerial_weapon" else w) for w in WEAPONS}

#: Parent of each weapon class: the class is a part of its parent.
PARENT: Final = {
    "drone": "aerial_weapon",
    "missile": "aerial_weapon",
    "guided_bomb": "aerial_weapon",
    "cruise_missile": "missile",
    "ballistic_missile": "missile",
}


def ancestry(weapon: str) -> tuple[str, ...]:
    """The class and the classes it is part of, nearest first: cruise_missile, missile, aerial_weapon."""
    chain = [weapon]
    while chain[-1] in PARENT:
        chain.append(PARENT[chain[-1]])
    return tuple(chain)


def is_part_of(child: str | None, parent: str | None) -> bool:
    """Is `child` a class strictly inside `parent` (cruise_missile inside missile and aerial_weapon)?"""
    return child is not None and parent is not None and child != parent and parent in ancestry(child)


def children(weapon: str) -> tuple[str, ...]:
    """The classes directly inside a class (missile: cruise_missile, ballistic_missile)."""
    return tuple(child for child, parent in PARENT.items() if parent == weapon)


def descendants(weapon: str) -> tuple[str, ...]:
    """Every class inside a class, at any depth."""
    return tuple(d for child in children(weapon) for d in (child, *descendants(child)))


def common_class(weapons: Iterable[str]) -> str | None:
    """The nearest class every given class belongs to (missile for cruise + ballistic), or None (people,
    or aircraft with a munition)."""
    chains = [ancestry(w) for w in dict.fromkeys(weapons)]
    if not chains:
        return None
    return next((c for c in chains[0] if all(c in chain for chain in chains[1:])), None)
