"""Layouts of copied text: what a web page, a Telegram export or a Windows file adds to a text and takes
nothing from its meaning (tests/test_layout.py asserts they change no figure; bench/layout.py counts the real
texts whose figures they change)."""

from __future__ import annotations

import re
from collections.abc import Callable

from stats.extract import extract_text

# what a figure says, where it stands aside (the fields the layouts must leave as they are)
KEY = ("weapon", "measure", "value", "qualifier", "attacker", "model", "region", "group")


def facts(text: str) -> list[tuple[object, ...]]:
    """The figures of a text as KEY's fields, in order; every span points into the text as given."""
    out = []
    for f in extract_text(text):
        assert text[f.start:f.end] == f.surface
        out.append(tuple(getattr(f, k) for k in KEY))
    return out


def every_nth(pattern: str, n: int, insert: Callable[[str], str]) -> Callable[[str], str]:
    """Change every n-th match of `pattern` (deterministic, so a failure repeats)."""
    def change(text: str) -> str:
        count = 0

        def one(m: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return insert(m.group()) if count % n == 0 else m.group()
        return re.sub(pattern, one, text)
    return change


LAYOUTS: dict[str, Callable[[str], str]] = {
    "windows line ends": lambda t: t.replace("\n", "\r\n"),
    "old Mac line ends": lambda t: t.replace("\n", "\r"),
    "Unicode line separators": lambda t: t.replace("\n", "\u2028"),
    "indented lines": lambda t: t.replace("\n", "\n\t  "),
    "a byte-order mark": lambda t: "\ufeff" + t,
    "zero-width spaces after spaces": every_nth(" ", 3, lambda s: s + "\u200b"),
    "zero-width spaces opening lines": lambda t: t.replace("\n", "\n\u200b"),
    "soft hyphens inside long words": every_nth(r"[^\W\d_]{9,}", 2, lambda w: w[:5] + "\u00ad" + w[5:]),
    "no-break spaces between words": every_nth(r"(?<=\w) (?=\w)", 2, lambda s: "\u00a0"),
    "narrow no-break spaces": every_nth(r"(?<=\w) (?=\w)", 2, lambda s: "\u202f"),
    "two spaces between words": lambda t: t.replace(" ", "  "),
    "apostrophes as modifier letters": lambda t: re.sub(r"(?<=\w)['’](?=\w)", "\u02bc", t),
    "apostrophes as backticks": lambda t: re.sub(r"(?<=\w)['’](?=\w)", "`", t),
    "non-breaking hyphens": lambda t: re.sub(r"(?<=\w)-(?=\w)", "\u2011", t),
    "emoji opening lines": lambda t: re.sub(r"(?m)^(?=\S)", "\U0001f534 ", t),
    "HTML line breaks": lambda t: t.replace("\n", "<br>\n"),
    "sentences run together": every_nth(r"(?<=[^\W_]{2})\. (?=[^\W\d_])", 2, lambda s: "."),
}
