"""The pint unit registry of figures, defined as data in schemas/units.txt."""

from __future__ import annotations

import functools
from typing import Any

import pint

from .contract import UNIT_OF
from .resources import read_text


@functools.cache
def registry() -> pint.UnitRegistry[float]:
    """A registry with only the units of schemas/units.txt: munitions (one dimension) and people."""
    ureg: pint.UnitRegistry[float] = pint.UnitRegistry(None)
    ureg.load_definitions(read_text("units.txt").splitlines())
    return ureg


def unit_of(weapon: str) -> str:
    """The unit written to the `unit` column for a weapon class."""
    return UNIT_OF[weapon]


def quantity(value: object, weapon: str) -> pint.Quantity[Any]:
    """A value (a number or a numpy array) of a weapon class as a pint quantity."""
    return registry().Quantity(value, UNIT_OF[weapon])
