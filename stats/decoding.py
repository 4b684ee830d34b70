"""From bytes to text: byte order marks, UTF-8 and the legacy Cyrillic code pages, and the visible text of an
HTML page."""

from __future__ import annotations

import math
import re

from .errors import InputError

# encodings tried when a file is not UTF-8 (charset-normalizer picks among them)
# Windows-1251 and KOI8-U are what Ukrainian and Russian text outside UTF-8 is written in; KOI8-R and
# Mac Cyrillic are close relatives charset-normalizer confuses with them (they lose on plausibility);
# Windows-1252 covers Western European text.
CANDIDATE_ENCODINGS = ["cp1251", "koi8_u", "koi8_r", "mac_cyrillic", "cp1252"]
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of a file's bytes and the encoding used, or None and why it is not text."""
    if not data:
        return "", "empty"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None, f"undecodable ({codec} byte order mark, invalid content)"
    if b"\x00" in data[:8192]:
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data)


def _detect(data: bytes) -> tuple[str | None, str]:
    """A legacy encoding (Windows-1251, KOI8-U, ...): of the readings charset-normalizer accepts, the most
    plausible one (charset-normalizer's own order breaks ties); not text when it is mostly unprintable."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS, preemptive_behaviour=False)
    readings = [(str(m), m.encoding) for m in matches]
    if not readings:
        return None, "undecodable (not text in any known encoding)"
    _, _, text, encoding = max((_plausibility(t), -i, t, e) for i, (t, e) in enumerate(readings))
    if sum(ch.isprintable() or ch in "\n\r\t" for ch in text) < 0.9 * len(text):
        return None, "undecodable (not text in any known encoding)"
    return text, encoding


# Letter frequencies of Ukrainian and Russian news text together (percent, rounded): a wrong Cyrillic
# code page maps common letters to rare ones.
_LETTER_PERCENT = {
    "о": 10.2, "а": 7.6, "и": 6.7, "е": 6.8, "н": 6.6, "т": 5.6, "в": 4.9, "р": 4.8, "с": 4.8, "л": 4.0,
    "к": 3.6, "м": 3.2, "д": 3.1, "у": 3.0, "п": 2.9, "і": 2.5, "я": 2.2, "з": 2.0, "ь": 1.7, "г": 1.6,
    "б": 1.6, "ч": 1.3, "й": 1.2, "ы": 1.0, "х": 1.0, "ж": 0.9, "ш": 0.8, "ю": 0.7, "ц": 0.6, "є": 0.4,
    "щ": 0.4, "ї": 0.35, "ф": 0.3, "э": 0.15, "ъ": 0.02, "ё": 0.02, "ґ": 0.01,
}
_LETTER_WEIGHT = {letter: max(0.0, 1.0 + math.log(percent / sum(_LETTER_PERCENT.values()) * len(_LETTER_PERCENT)))
                  for letter, percent in _LETTER_PERCENT.items()}
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")
_TYPOGRAPHY = frozenset("«»“”„‘’‚–—…№•·°€\xa0")


def _plausibility(text: str, sample: int = 20_000) -> float:
    """How much a decoding looks like real Ukrainian, Russian or Latin-script text (higher is better).

    A Ukrainian/Russian word earns the weight of its letters (common letters more, rare ones nothing) and
    loses 3 for each lowercase-to-uppercase step inside it (a wrong KOI8 reading flips case); a Latin word is
    neutral; any other word (mixed scripts, Serbian letters, symbols read as letters) loses 2 a letter, and
    so does a symbol outside ASCII and common typography. Cyrillic words in a text that is mostly Latin lose
    2 a letter too (a stray byte read as a Cyrillic letter). Windows-1251 read as Mac Cyrillic keeps the
    lower case but turns capitals into symbols; KOI8 read as Windows-1251 swaps case and letters.
    """
    chunk = text[:sample]
    words = _WORD.findall(chunk)
    cyrillic = [w for w in words if all(c.lower() in _LETTER_WEIGHT for c in w)]
    latin_letters = sum(len(w) for w in words if _LATIN_WORD.fullmatch(w))
    latin_context = latin_letters > 4 * sum(len(w) for w in cyrillic)
    score = 0.0
    for word in words:
        if _LATIN_WORD.fullmatch(word):
            continue
        if latin_context or not all(c.lower() in _LETTER_WEIGHT for c in word):
            score -= 2 * len(word)
            continue
        previous_lower = False
        for char in word:
            lower = char.lower()
            score += _LETTER_WEIGHT[lower]
            if char != lower and previous_lower:
                score -= 3
            previous_lower = char == lower
    score -= 2 * sum(1 for c in _WORD.sub("", chunk) if not c.isascii() and c not in _TYPOGRAPHY)
    return score


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text with lone surrogates (JSON "\\ud800" escapes, bytes that were not UTF-8) made U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


# -- HTML ------------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
           "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "figcaption", "hr", "td", "th"}
_DROPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}


class _VisibleText:
    """An lxml parser target: collects the visible text as the page is parsed, without building a tree (memory
    stays proportional to the text, and a page nested thousands deep is read whole)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.title: list[str] = []
        self.in_title = 0
        self.titles = 0
        self.dropped = 0

    def start(self, tag: str, attrib: object) -> None:
        if tag == "title":
            self.in_title += 1
            self.titles += 1
        if tag in _DROPPED:
            self.dropped += 1
        elif not self.dropped and tag in _BLOCKS:
            self.parts.append("\n")

    def end(self, tag: str) -> None:
        if tag == "title":
            self.in_title = max(0, self.in_title - 1)
        if tag in _DROPPED:
            self.dropped = max(0, self.dropped - 1)
        elif not self.dropped and tag in _BLOCKS:
            self.parts.append("\n")

    def data(self, text: str) -> None:
        if self.in_title and self.titles == 1:  # the page's title (it sits in <head>, which is not shown)
            self.title.append(text)
        if not self.dropped:
            self.parts.append(text)

    def close(self) -> None:
        return None


def html_text(markup: str) -> str:
    """The visible text of an HTML page: its title, then the text with scripts, styles and the head left out and
    block elements on lines of their own."""
    from lxml import etree

    target = _VisibleText()
    parser = etree.HTMLParser(target=target, encoding="utf-8")
    try:  # bytes: lxml refuses a str with an XML declaration ("<?xml ... encoding=...?>", XHTML pages)
        etree.fromstring(markup.encode("utf-8", errors="replace"), parser)
    except etree.XMLSyntaxError as exc:
        if markup.strip():
            raise InputError(f"not readable as HTML ({exc})") from exc
    title = "".join(target.title).strip()
    text = "".join([title, "\n", *target.parts] if title else target.parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
