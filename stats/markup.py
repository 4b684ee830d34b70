"""Markup read through: Telegram markdown, markdown links, HTML tags and entities are taken out of a text
before it is read, and so are the invisible characters and layout of copied text (zero-width spaces, soft
hyphens, a byte-order mark, Windows line ends, indentation, runs of spaces); every position of the clean text
maps back to the original, so figures keep spans that point into the text as it was given. Words in two
alphabets are then unmixed and odd spaces, line ends, apostrophes and hyphens made plain, one character for
one."""

from __future__ import annotations

import bisect
import html
import re

# emoji and pictographs with their variation selector (not bullets such as "•", which open list items)
_PICTURES = "\u2300-\u23ff\u2600-\u27bf\u2b00-\u2bff\ufe0f\U0001f000-\U0001faff"
_SPACE = " \t\u00a0\u2000-\u200a\u202f\u3000"  # (character-class ranges)
_BREAK = "\n\r\x0b\x0c\x85\u2028\u2029"
_ODD_BREAK = _BREAK.replace("\n", "")  # the line ends that are no line feed
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width spaces and joiners, BOM
_HIDDEN = "".join(sorted(_INVISIBLE))
_MARKS = "*_~`\\[<&"  # (the first characters of markup, for a character class)
_MARKUP = re.compile(r"""
    (?=[<*_~`\]\[&\r{_SPACE}{_HIDDEN}{_PICTURES}])  # (a first character)
    (?:<image>[^<>]{0,200000}</image>         # an image as a page's text dump gives it: its data and alt text, no prose
    | \*\*|__|~~|`(?<![^\W\d_]`)|`(?![^\W\d_])  # bold, italic, strike-through, code (Telegram markdown; not in a word)
    | \]\([^()\s]{0,500}\)               # the target of a link "[label](https://...)"
    | \[(?=[^\[\]\n]{1,300}\]\()         # the bracket opening such a link's label
    | <[A-Za-z/!][^<>]{0,500}>           # an HTML tag
    | &(?:\#\d{1,7}|\#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});  # an HTML entity
    | (?:^|(?<=[{_BREAK}]))[{_SPACE}{_HIDDEN}{_PICTURES}]+  # a line's indentation, and emoji opening it ("⚡️", "🔴")
    | (?<=[{_SPACE}])[{_SPACE}{_HIDDEN}]+  # spaces after a space (and hidden characters among them)
    | [{_HIDDEN}]+                       # soft hyphens, zero-width spaces and joiners, a byte-order mark
    | \r(?=\n)                            # the carriage return of a Windows line end
    )""".replace("{_SPACE}", _SPACE).replace("{_HIDDEN}", _HIDDEN).replace("{_PICTURES}", _PICTURES).replace(
    "{_BREAK}", _BREAK), re.VERBOSE)
# one character for one: a tab or any other space is a space, a lone carriage return (old Mac) or a Unicode
# line or paragraph separator ends a line, the non-breaking hyphens of a "Х‑101" are the plain ones
_PLAIN = {**dict.fromkeys("\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
                          "\u202f\u205f\u3000", " "),
          **dict.fromkeys(_ODD_BREAK, "\n"), **dict.fromkeys("\u2010\u2011", "-")}
_SPACES = str.maketrans(_PLAIN)
_ODD_SPACE = re.compile(f"[{''.join(_PLAIN)}]")
_ASCII_ODD = "".join(ch for ch in _PLAIN if ch.isascii())  # tab, CR, vertical tab, form feed
_ASCII_ODD_SPACE = re.compile(f"[{_ASCII_ODD}]")
# what may need taking out or making plain, looked for fast: a character of markup, a hidden or odd space, an emoji,
# a line separator (then _MARKUP says what; runs of spaces and indentation are looked for as substrings)
_HINT = re.compile(f"[{_MARKS}{_HIDDEN}{_SPACE[1:]}{_PICTURES}{_ODD_BREAK}]")  # (_SPACE[1:]: no plain space)
_ASCII_HINT = re.compile(f"[{_MARKS}{_ASCII_ODD}]")  # the same, in a text of ASCII alone
# an apostrophe inside a word, typed as a right quote, a modifier letter, a backtick (see _MARKUP) or an accent
_APOSTROPHE = re.compile(r"[’ʼ`´](?<=[^\W\d_].)(?=[^\W\d_])")


_LATIN_OF = str.maketrans("АВЕКМНОРСТУХаеорсухіІ", "ABEKMHOPCTYXaeopcyxiI")
_CYRILLIC_OF = str.maketrans("ABEKMHOPCTYXaeopcyxiI", "АВЕКМНОРСТУХаеорсухіІ")
_MIXED = re.compile(r"(?<!\w)\w*(?:[A-Za-z][А-Яа-яІіЇїЄєҐґ]|[А-Яа-яІіЇїЄєҐґ][A-Za-z])\w*")


def unmix_scripts(text: str) -> str:
    """A word typed or read in two alphabets ("Kalіbr" with a Cyrillic і, "Моhajer-6") in the alphabet most
    of its letters are in; one character for one, so positions stay."""
    def fix(m: re.Match[str]) -> str:
        word = m.group()
        latin = sum(ch.isascii() for ch in word if ch.isalpha())
        return word.translate(_LATIN_OF if latin * 2 >= sum(ch.isalpha() for ch in word) else _CYRILLIC_OF)

    return _MIXED.sub(fix, text)


class Positions:
    """Where each character of a clean text (and its end) stands in the original: the runs of text kept, each
    with its start in both, found by bisection (a text of many small cuts needs no list as long as itself)."""

    __slots__ = ("_clean", "_original")

    def __init__(self) -> None:
        self._clean: list[int] = []
        self._original: list[int] = []

    def add(self, clean: int, original: int) -> None:
        """A run starts at `clean` in the clean text and at `original` in the original."""
        self._clean.append(clean)
        self._original.append(original)

    def __getitem__(self, i: int) -> int:
        k = bisect.bisect_right(self._clean, i) - 1
        return self._original[k] + i - self._clean[k]


def strip_markup(text: str) -> tuple[str, Positions | None]:
    """The text without markup, and where each of its characters (and its end) stands in the original;
    None when there was nothing to take out (positions are the same). Words in two alphabets are unmixed, and
    the rest made plain (_plain)."""
    runs = "  " in text or "\n " in text or text[:1] == " "  # (runs of spaces, indentation: found fastest so)
    if not runs and text.isascii() and _ASCII_HINT.search(text) is None:
        return text, None  # (most English text: nothing to take out, nothing to make plain)
    if (not runs and _HINT.search(text) is None) or (first := _MARKUP.search(text)) is None:
        return _plain(text), None
    parts: list[str] = []
    where = Positions()
    size = last = 0
    for m in _MARKUP.finditer(text, first.start()):
        if m.start() > last:
            where.add(size, last)
            parts.append(text[last:m.start()])
            size += m.start() - last
        token = m.group()
        char = None
        if token.startswith("&"):
            char = html.unescape(token)
            char = None if char in _INVISIBLE else char if len(char) == 1 else " "
        elif token.startswith("<") and _BLOCK.match(token) and not (
                _LINE_END_AFTER.match(text, m.end()) or "".join(parts[-1:]).rstrip(" \t").endswith(_LINE_ENDS)):
            char = "\n"  # a paragraph or a line break of HTML ends a line (one the text does not end there)
        if char is not None:
            where.add(size, m.start())
            parts.append(char)
            size += 1
        last = m.end()
    where.add(size, last)  # the rest, and the end
    parts.append(text[last:])
    return _plain("".join(parts)), where


def _plain(text: str) -> str:
    """One character for one: words in two alphabets unmixed, apostrophes inside words, odd spaces, line ends
    and hyphens made plain."""
    if text.isascii():
        text = _APOSTROPHE.sub("'", text) if "`" in text else text
        return text.translate(_SPACES) if _ASCII_ODD_SPACE.search(text) else text
    text = _APOSTROPHE.sub("'", unmix_scripts(text))  # (unmixed after soft hyphens are out: "К\u00adalibr")
    return text.translate(_SPACES) if _ODD_SPACE.search(text) else text


_LINE_ENDS = tuple(_BREAK)
_LINE_END_AFTER = re.compile(f"[ \t]*[{_BREAK}]")
_BLOCK = re.compile(r"</?(?:p|br|div|li|h\d|tr|image)\b", re.IGNORECASE)
