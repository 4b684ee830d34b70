"""The tidy figures table: its columns and the values they may take (see schemas/)."""

from __future__ import annotations

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
QUALIFIERS: Final = ("exact", "more_than", "at_least", "about", "up_to")
#: Subgroups a casualty figure may count (the `group` column; empty for all people).
GROUPS: Final = ("children", "rescuers", "medics", "police", "journalists")

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
