"""Paths to the data contracts shipped as the ``stats.schemas`` package."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable


def schema_file(*parts: str) -> Traversable:
    """A file of schemas/, wherever the package is installed (wheel or editable)."""
    node = resources.files("stats.schemas")
    for part in parts:
        node = node / part
    return node


def read_text(*parts: str) -> str:
    return schema_file(*parts).read_text(encoding="utf-8")
