"""Paths in messages: printable whatever bytes they hold, and cut short when very long."""

from __future__ import annotations

import os


def printable(path: object) -> str:
    """A path as text that can be printed and written to UTF-8: bytes that are not UTF-8 (kept by Python as
    lone surrogates) are shown as \\xNN escapes."""
    text = os.fspath(path) if isinstance(path, os.PathLike) else str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return text


def shown(path: object, width: int = 200) -> str:
    """A path for a one-line message: printable, and cut in the middle when it is very long."""
    text = printable(path)
    return text if len(text) <= width else f"{text[: width * 2 // 3]}…{text[-(width // 3):]}"
