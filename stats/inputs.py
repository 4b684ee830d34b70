"""Input documents: text and HTML files, JSONL and CSV records, Telegram exports and standard input.

Every input is accounted for: each file or record becomes a Document, and one that cannot be read is
a Document with status ``error`` (or ``skipped``) and the reason, never a crash of the run.
"""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *RECORD_SUFFIXES, ".json")
STDIN = "-"
# encodings tried when a file is not UTF-8 (charset-normalizer picks among them)
# Windows-1251 and KOI8-U are what Ukrainian and Russian text outside UTF-8 is written in; KOI8-R and
# Mac Cyrillic are close relatives charset-normalizer confuses with them (they lose on plausibility);
# Windows-1252 covers Western European text.
CANDIDATE_ENCODINGS = ["cp1251", "koi8_u", "koi8_r", "mac_cyrillic", "cp1252"]
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


@dataclass
class Document:
    """One input document. ``text`` is None when it could not be read (``status`` says why)."""

    doc_id: str
    source: str
    text: str | None
    size: int
    status: str = "ok"  # ok, no_figures, skipped, error
    reason: str = ""
    date: str = ""
    language: str = ""


@dataclass(frozen=True)
class InputOptions:
    """Where records keep their text, id and date (JSONL, CSV)."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"


# -- bytes to text ---------------------------------------------------------------------------------

def decode(data: bytes) -> tuple[str | None, str]:
    """Text of a file's bytes and the encoding used, or None and why it is not text."""
    if not data:
        return "", "empty"
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                       (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
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


# -- formats ---------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
           "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "figcaption", "hr", "td", "th"}
_DROPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}


def html_text(markup: str) -> str:
    """The visible text of an HTML page: scripts and styles dropped, block elements on lines of their own."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:  # bytes: lxml refuses a str with an XML declaration ("<?xml ... encoding=...?>", XHTML pages)
        root = lxml.html.document_fromstring(markup.encode("utf-8", errors="replace"), parser=parser)
    except etree.ParserError:  # nothing but white space
        return ""
    fatal = [e for e in parser.error_log if e.level_name == "FATAL"]
    if fatal:  # libxml2 stopped early (e.g. nesting deeper than 256): the rest of the page would be lost
        raise InputError(f"not fully readable as HTML ({fatal[0].message.strip()})")
    title = root.findtext(".//title") or ""
    for element in list(root.iter(*_DROPPED)):
        element.drop_tree()
    parts: list[str] = [title.strip(), "\n"] if title.strip() else []

    def walk(element: Any) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if element.text and tag:
            parts.append(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS:
            parts.append("\n")

    body = root.find("body")
    walk(body if body is not None else root)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _no_surrogates(value: Any) -> Any:
    """A JSON value with lone surrogates ("\\ud800" escapes, not encodable as UTF-8) made U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    return value


def _record_date(value: object) -> str:
    match = _ISO_DATE.search(str(value or ""))
    return match.group(1) if match else ""


def _jsonl(path: Path, name: str, text: str, options: InputOptions) -> Iterator[Document]:
    for number, line in enumerate(text.split("\n"), 1):  # not splitlines: U+2028 may sit inside a string
        if not line.strip():
            continue
        size = len(line.encode())
        try:
            record = _no_surrogates(json.loads(line))
        except json.JSONDecodeError as exc:
            yield Document(f"{name}:{number}", f"{path}:{number}", None, size, "error", f"not JSON: {exc.msg}")
            continue
        if not isinstance(record, dict):
            yield Document(f"{name}:{number}", f"{path}:{number}", None, size, "error", "not a JSON object")
            continue
        yield _record(record, f"{name}:{number}", f"{path}:{number}", size, options)


def _csv_records(path: Path, name: str, text: str, options: InputOptions, alone: bool) -> Iterator[Document]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    if options.text_field not in columns:
        reason = (f"no column {options.text_field!r} (columns: {', '.join(columns) or 'none'}); "
                  "name the text column with --text-field")
        if alone:
            raise InputError(f"{path}: {reason}")
        yield Document(name, str(path), None, len(text.encode()), "error", reason)
        return
    try:
        for number, record in enumerate(reader, 1):
            size = len(str(record.get(options.text_field) or "").encode())
            yield _record(record, f"{name}#{number}", f"{path}#{number}", size, options)
    except csv.Error as exc:
        yield Document(f"{name}#error", str(path), None, 0, "error", f"unreadable CSV: {exc}")


def _record(record: dict[str, Any], fallback_id: str, source: str, size: int, options: InputOptions) -> Document:
    raw_id = record.get(options.id_field)
    doc_id = str(raw_id) if raw_id not in (None, "") else fallback_id
    text = record.get(options.text_field)
    if not isinstance(text, str):
        reason = f"no text in field {options.text_field!r}" if text is None else (
            f"field {options.text_field!r} is not text")
        return Document(doc_id, source, None, size, "error", reason)
    return Document(doc_id, source, text, size, date=_record_date(record.get(options.date_field)))


def telegram_text(value: object) -> str:
    """The text of a Telegram Desktop message: a string, or a list of strings and entities."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                       else "" for part in value)
    return ""


def _telegram(path: Path, name: str, text: str) -> Iterator[Document]:
    try:
        export = _no_surrogates(json.loads(text))
    except json.JSONDecodeError as exc:
        yield Document(name, str(path), None, len(text.encode()), "error", f"not JSON: {exc.msg}")
        return
    messages = export.get("messages") if isinstance(export, dict) else None
    if not isinstance(messages, list):
        yield Document(name, str(path), None, len(text.encode()), "skipped",
                       "a JSON file that is no Telegram Desktop export (no 'messages' list)")
        return
    for position, message in enumerate(messages):
        if not isinstance(message, dict):
            yield Document(f"{name}#{position}", str(path), None, 0, "error", "a message that is no JSON object")
            continue
        doc_id = f"{name}#{message.get('id', position)}"
        body = telegram_text(message.get("text"))
        size = len(body.encode())
        if message.get("type") != "message":
            yield Document(doc_id, str(path), None, size, "skipped", f"a {message.get('type', 'unknown')} message")
        elif not body.strip():
            yield Document(doc_id, str(path), None, size, "skipped", "a message without text")
        else:
            yield Document(doc_id, str(path), body, size, date=_record_date(message.get("date")))


def read_path(path: Path, doc_id: str, options: InputOptions, alone: bool = False) -> Iterator[Document]:
    """The documents of one file (one for a text or HTML file, one per record otherwise)."""
    suffix = path.suffix.lower()
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Document(doc_id, str(path), None, 0, "error", f"cannot read: {exc.strerror or exc}")
        return
    text, how = decode(data)
    if text is None:
        yield Document(doc_id, str(path), None, len(data), "error", how)
        return
    if suffix in HTML_SUFFIXES:
        try:
            yield Document(doc_id, str(path), html_text(text), len(data))
        except InputError as exc:
            yield Document(doc_id, str(path), None, len(data), "error", str(exc))
    elif suffix == ".jsonl":
        yield from _jsonl(path, doc_id, text, options)
    elif suffix == ".csv":
        yield from _csv_records(path, doc_id, text, options, alone)
    elif suffix == ".json":
        yield from _telegram(path, doc_id, text)
    else:
        yield Document(doc_id, str(path), text, len(data))


def read_stdin(stream: BinaryIO | None = None) -> Document:
    data = (stream or sys.stdin.buffer).read()
    text, how = decode(data)
    if text is None:
        return Document(STDIN, "standard input", None, len(data), "error", how)
    return Document(STDIN, "standard input", text, len(data))


def iter_documents(paths: Sequence[str | Path], options: InputOptions | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents of files, folders (searched for supported files) and standard input (``-``).

    Raises InputError for a missing path, a folder with no readable files, and input without any text.
    """
    opts = options or InputOptions()
    if not paths:
        raise InputError("no input paths given")
    for raw in paths:
        if str(raw) != STDIN and not Path(raw).exists():
            raise InputError(f"no such file or folder: {raw}")
    texts = 0
    for doc in _documents(paths, opts, stdin):
        if doc.text is not None and doc.text.strip():
            texts += 1
        yield doc
    if texts == 0:
        raise InputError("no text in the input" + (" (standard input is empty)" if list(map(str, paths)) == [STDIN]
                                                   else ""))


def _documents(paths: Sequence[str | Path], options: InputOptions, stdin: BinaryIO | None) -> Iterator[Document]:
    alone = len(paths) == 1
    for raw in paths:
        if str(raw) == STDIN:
            yield read_stdin(stdin)
            continue
        path = Path(raw)
        if path.is_dir():
            if not any(name.lower().endswith(SUPPORTED) for _, name in _walk(path)):
                raise InputError(f"no readable files ({', '.join(SUPPORTED)}) in folder: {raw}")
            for file, doc_id in _walk(path):
                if file.suffix.lower() in SUPPORTED:
                    yield from read_path(file, doc_id, options)
                else:
                    yield Document(doc_id, str(file), None, file.stat().st_size, "skipped",
                                   f"not a supported file type ({file.suffix or 'no suffix'})")
        else:
            yield from read_path(path, path.name, options, alone=alone)


def _walk(root: Path, prefix: str = "") -> Iterator[tuple[Path, str]]:
    """The files under `root` (hidden ones left out) with their paths relative to it, depth first in name
    order, the same order as sorting all paths by their parts. Lazy: memory holds one folder's listing at a
    time, not the whole tree (a corpus can have millions of files). Links to folders are not followed."""
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = f"{prefix}{entry.name}"
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), relative + "/")
        elif entry.is_file():
            yield Path(entry.path), relative


def seed_documents() -> Iterator[Document]:
    """The bundled seed articles."""
    folder = resources.files("stats.seeds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            data = entry.read_bytes()
            text, _ = decode(data)
            yield Document(entry.name, f"seeds/{entry.name}", text, len(data))

