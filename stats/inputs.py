"""Input documents: text and HTML files, JSONL and CSV records, Telegram exports and standard input.

Every input is accounted for: each file or record becomes a Document, and one that cannot be read is a
Document with status ``error`` (or ``skipped``) and the reason, never a crash of the run. Folders are
walked holding one folder open at a time (any depth, any path length); every entry is named, including
broken links, link loops, pipes, devices and folders that cannot be read. JSONL and CSV files are read
record by record, so a bad record costs only itself and memory does not grow with the file.
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import io
import json
import math
import os
import re
import stat
import sys
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import IO, Any, BinaryIO

from .contract import ADDED_COLUMNS, COLUMNS
from .errors import InputError
from .outputs import printable, shown
from .walk import DIR_FLAGS, folder_error, walk

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *RECORD_SUFFIXES, ".json")
STDIN = "-"
STDIN_ID = "stdin"
#: A file (or record) larger than this is listed as an error, not read: memory stays bounded.
MAX_DOCUMENT_BYTES = 64 * 2**20
#: After this many unreadable records a CSV file is not read further (the rest is one error row).
MAX_CSV_ERRORS = 100
# encodings tried when a file is not UTF-8 (charset-normalizer picks among them)
# Windows-1251 and KOI8-U are what Ukrainian and Russian text outside UTF-8 is written in; KOI8-R and
# Mac Cyrillic are close relatives charset-normalizer confuses with them (they lose on plausibility);
# Windows-1252 covers Western European text.
CANDIDATE_ENCODINGS = ["cp1251", "koi8_u", "koi8_r", "mac_cyrillic", "cp1252"]
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_FIGURES_HEADERS = (COLUMNS, tuple(c for c in COLUMNS if c not in ADDED_COLUMNS))
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


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
    nbytes: int = 0  # bytes of input this document accounts for (progress)


@dataclass(frozen=True)
class InputOptions:
    """Where records keep their text, id and date (JSONL, CSV); the date of documents without one; the
    size limit of one document; files and folders not to read (``(st_dev, st_ino)``: a run's outputs)."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    date: str = ""
    max_bytes: int = MAX_DOCUMENT_BYTES
    skip: frozenset[tuple[int, int]] = field(default_factory=frozenset)


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n:,} bytes"


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


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text with lone surrogates (JSON "\\ud800" escapes, bytes that were not UTF-8) made U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _scalar(value: object) -> str | None:
    """A record field as text when it is a string or a number; None otherwise."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, bool | int | float):
        return str(value)
    return None


def _record_date(value: object) -> str:
    match = _ISO_DATE.search(_scalar(value) or "")
    return match.group(1) if match and _valid_date(match.group(1)) else ""


def _valid_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True


def date_from_name(path: str) -> str:
    """The date a file's name (or, failing that, one of its folders' names) gives: ``2025-06-03-kyiv.txt``,
    ``kyiv_2025_06_03.md``, ``2025-06-03/kyiv.txt``; empty when none does."""
    for part in reversed(path.replace("\\", "/").split("/")):
        for match in _NAME_DATE.finditer(part):
            text = "-".join(match.groups())
            if _valid_date(text):
                return text
    return ""


def _loads(data: str) -> tuple[Any, str]:
    """A JSON value, or None and why it is not one."""
    try:
        return json.loads(data), ""
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg}"
    except RecursionError:
        return None, "not readable: JSON nested too deeply"


# -- records ---------------------------------------------------------------------------------------

class _Reader:
    """The bytes of one open file, read in lines of at most `limit` bytes, counting what was read."""

    def __init__(self, handle: IO[bytes], limit: int) -> None:
        self.handle = handle
        self.limit = limit
        self.read = 0

    def lines(self) -> Iterator[bytes | None]:
        """Each line with its line break; None for a line longer than the limit (read past, not kept)."""
        while True:
            line = self.handle.readline(self.limit + 1)
            if not line:
                return
            self.read += len(line)
            if len(line) > self.limit and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = self.handle.readline(1 << 20)
                    self.read += len(line)
                yield None
            else:
                yield line


class _Decoder:
    """Text of one record's bytes: UTF-8, else the legacy encoding the first such record was found in."""

    def __init__(self) -> None:
        self.encoding = ""

    def __call__(self, data: bytes) -> tuple[str | None, str]:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        if self.encoding:
            try:
                return data.decode(self.encoding), self.encoding
            except UnicodeDecodeError:
                pass
        text, how = _detect(data)
        if text is not None:
            self.encoding = how
        return text, how


def _record(record: dict[str, Any], fallback_id: str, source: str, size: int, options: InputOptions,
            date: str) -> Document:
    raw_id = _scalar(record.get(options.id_field))
    doc_id = raw_id if raw_id else fallback_id
    text = record.get(options.text_field)
    if not isinstance(text, str):
        reason = f"no text in field {options.text_field!r}" if text is None else (
            f"field {options.text_field!r} is not text")
        return Document(doc_id, source, None, size, "error", reason)
    if len(text) > options.max_bytes:
        return Document(doc_id, source, None, size, "error", f"too large to read ({_mb(size)}; the limit is "
                                                             f"{_mb(options.max_bytes)})")
    return Document(doc_id, source, _clean(text), size, date=_record_date(record.get(options.date_field)) or date)


def _text_lines(handle: IO[bytes], head: bytes, limit: int) -> tuple[_Reader, Iterator[bytes | None], str]:
    """Lines of a record file as UTF-8 bytes (a UTF-16/32 file with a byte order mark is re-encoded)."""
    reader = _Reader(handle, limit)
    codec = next((c for bom, c in _BOMS if head.startswith(bom)), "")
    if codec in ("", "utf-8-sig"):
        if codec:
            handle.read(3)
            reader.read += 3
        return reader, reader.lines(), ""

    def recoded() -> Iterator[bytes | None]:
        text = io.TextIOWrapper(handle, encoding=codec, newline="\n")
        for line in text:
            reader.read += len(line) * 2
            yield line.encode("utf-8", "surrogatepass")

    return reader, recoded(), codec


def _jsonl(handle: IO[bytes], head: bytes, name: str, source: str, options: InputOptions,
           date: str) -> Iterator[Document]:
    reader, lines, codec = _text_lines(handle, head, options.max_bytes)
    decoder = _Decoder()
    number = 0
    before = reader.read
    try:
        for number, line in enumerate(lines, 1):  # lines end at \n only: U+2028 may sit inside a string
            nbytes, before = reader.read - before, reader.read
            where = f"{source}:{number}"
            if line is None:
                yield Document(f"{name}:{number}", where, None, nbytes, "error",
                               f"too large to read (a line over {_mb(options.max_bytes)})", nbytes=nbytes)
                continue
            if not line.strip():
                continue
            size = len(line.rstrip(b"\r\n"))
            text, how = decoder(line)
            if text is None:
                yield Document(f"{name}:{number}", where, None, size, "error", how, nbytes=nbytes)
                continue
            record, problem = _loads(text)
            if problem:
                yield Document(f"{name}:{number}", where, None, size, "error", problem, nbytes=nbytes)
            elif not isinstance(record, dict):
                yield Document(f"{name}:{number}", where, None, size, "error", "not a JSON object", nbytes=nbytes)
            else:
                doc = _record(record, f"{name}:{number}", where, size, options, date)
                doc.nbytes = nbytes
                yield doc
    except (UnicodeDecodeError, OSError) as exc:
        yield Document(f"{name}:{number + 1}", f"{source}:{number + 1}", None, 0, "error",
                       f"not readable from line {number + 1} on ({_reason(exc, codec)})")


def _reason(exc: BaseException, codec: str = "") -> str:
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid {codec or exc.encoding} bytes"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


class _FieldLimit:
    """csv's field size limit (one setting for the whole interpreter), raised only while a record is read."""

    def __init__(self, limit: int) -> None:
        self.limit = min(limit, 2**31 - 1)

    def __call__(self, reader: Iterator[list[str]]) -> list[str] | None:
        previous = csv.field_size_limit(self.limit)
        try:
            return next(reader, None)
        finally:
            csv.field_size_limit(previous)


def _csv_records(handle: IO[bytes], head: bytes, name: str, source: str, options: InputOptions, alone: bool,
                 date: str) -> Iterator[Document]:
    reader, lines, codec = _text_lines(handle, head, options.max_bytes)
    decoder = _Decoder()

    def text_lines() -> Iterator[str]:
        for line in lines:
            if line is None:
                raise csv.Error(f"field larger than field limit ({options.max_bytes})")
            yield line.decode("utf-8", "surrogateescape")  # a stray byte is kept, and read per field below

    def fix(value: str) -> str:
        if not _SURROGATE.search(value):
            return value
        text, _ = decoder(value.encode("utf-8", "surrogateescape"))
        return _clean(text if text is not None else value)

    rows = csv.reader(text_lines())
    read_row = _FieldLimit(options.max_bytes)
    try:
        header = read_row(rows)
    except csv.Error as exc:
        yield Document(name, source, None, reader.read, "error", f"unreadable CSV header: {exc}", nbytes=reader.read)
        return
    columns = [fix(c) for c in header or []]
    if tuple(columns) in _FIGURES_HEADERS and options.text_field not in columns:
        rest = sum(len(line or b"") for line in lines)
        yield Document(name, source, None, reader.read + rest, "skipped",
                       "a figures table (an output of attack-stats), not text", nbytes=reader.read + rest)
        return
    if options.text_field not in columns:
        reason = (f"no column {options.text_field!r} (columns: {', '.join(columns) or 'none'}); "
                  "name the text column with --text-field")
        if alone:
            raise InputError(f"{source}: {reason}")
        rest = sum(len(line or b"") for line in lines)
        yield Document(name, source, None, reader.read + rest, "error", reason, nbytes=reader.read + rest)
        return
    text_at = columns.index(options.text_field)
    id_at = columns.index(options.id_field) if options.id_field in columns else None
    date_at = columns.index(options.date_field) if options.date_field in columns else None
    number, errors, before = 0, 0, reader.read
    while True:
        number += 1
        where = f"{source}#{number}"
        try:
            row = read_row(rows)
        except csv.Error as exc:
            nbytes, before = reader.read - before, reader.read
            errors += 1
            message = str(exc)
            if "field larger than field limit" in message:
                yield Document(f"{name}#{number}", where, None, nbytes, "error",
                               f"a field over {_mb(options.max_bytes)}: the rest of the file is not read",
                               nbytes=nbytes)
                return
            if errors > MAX_CSV_ERRORS:
                yield Document(f"{name}#{number}", where, None, nbytes, "error",
                               f"more than {MAX_CSV_ERRORS} unreadable records: the rest of the file is not read",
                               nbytes=nbytes)
                return
            yield Document(f"{name}#{number}", where, None, nbytes, "error", f"unreadable CSV record: {message}",
                           nbytes=nbytes)
            continue
        except (UnicodeDecodeError, OSError) as exc:
            yield Document(f"{name}#{number}", where, None, 0, "error",
                           f"not readable from record {number} on ({_reason(exc, codec)})")
            return
        if row is None:
            return
        nbytes, before = reader.read - before, reader.read
        text = fix(row[text_at]) if text_at < len(row) else None
        record: dict[str, Any] = {options.text_field: text}
        if id_at is not None and id_at < len(row):
            record[options.id_field] = fix(row[id_at])
        if date_at is not None and date_at < len(row):
            record[options.date_field] = row[date_at]
        size = len(text.encode("utf-8", "surrogatepass")) if text is not None else 0
        doc = _record(record, f"{name}#{number}", where, size, options, date)
        doc.nbytes = nbytes
        yield doc


def telegram_text(value: object) -> str:
    """The text of a Telegram Desktop message: a string, or a list of strings and entities."""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return _clean("".join(part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict)
                              and isinstance(part.get("text", ""), str) else "" for part in value))
    return ""


def _telegram(name: str, source: str, text: str, nbytes: int) -> Iterator[Document]:
    export, problem = _loads(text)
    if problem:
        yield Document(name, source, None, nbytes, "error", problem, nbytes=nbytes)
        return
    messages = export.get("messages") if isinstance(export, dict) else None
    if not isinstance(messages, list):
        yield Document(name, source, None, nbytes, "skipped",
                       "a JSON file that is no Telegram Desktop export (no 'messages' list)", nbytes=nbytes)
        return
    if not messages:
        yield Document(name, source, "", nbytes, nbytes=nbytes)  # an export without messages: one empty document
        return
    share = nbytes // len(messages)
    for position, message in enumerate(messages):
        where = f"{source}#{position}"  # the message's place in the export: unique, whatever its id
        if not isinstance(message, dict):
            yield Document(f"{name}#{position}", where, None, 0, "error", "a message that is no JSON object",
                           nbytes=share)
            continue
        doc_id = f"{name}#{_scalar(message.get('id')) or position}"
        body = telegram_text(message.get("text"))
        size = len(body.encode())
        kind = _scalar(message.get("type")) or "unknown"
        if kind != "message":
            yield Document(doc_id, where, None, size, "skipped", f"a {kind} message", nbytes=share)
        elif not body.strip():
            yield Document(doc_id, where, None, size, "skipped", "a message without text", nbytes=share)
        else:
            yield Document(doc_id, where, body, size, date=_record_date(message.get("date")), nbytes=share)


# -- files -----------------------------------------------------------------------------------------

def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a regular file"


def _open_error(exc: OSError) -> str:
    if exc.errno == 40:  # ELOOP
        return "a symbolic link loop"
    if exc.errno == 36:  # ENAMETOOLONG
        return "cannot read: the path is too long"
    if isinstance(exc, FileNotFoundError):
        return "vanished before it could be read"
    return f"cannot read: {exc.strerror or exc}"


def _read_all(handle: IO[bytes], limit: int) -> bytes | None:
    """All of a file's bytes, or None when there are more than `limit`."""
    data = handle.read(limit + 1)
    return None if len(data) > limit else data


def _file_documents(handle: IO[bytes], size_hint: int, suffix: str, doc_id: str, source: str,
                    options: InputOptions, alone: bool, date: str) -> Iterator[Document]:
    """The documents of one open file (one for a text or HTML file, one per record otherwise)."""
    if size_hint > options.max_bytes and suffix not in RECORD_SUFFIXES:
        yield Document(doc_id, source, None, size_hint, "error",
                       f"too large to read ({_mb(size_hint)}; the limit is {_mb(options.max_bytes)})", nbytes=size_hint)
        return
    if suffix in RECORD_SUFFIXES:
        head = handle.peek(8192)[:8192] if hasattr(handle, "peek") else b""
        nuls = head.count(b"\x00")  # a stray NUL in a record costs that record; many make the file binary
        if nuls and not any(head.startswith(bom) for bom, _ in _BOMS) and (
                nuls > max(8, len(head) // 100) or b"\x00" in head.split(b"\n", 1)[0]):
            yield Document(doc_id, source, None, size_hint, "error", "binary file (contains NUL bytes)",
                           nbytes=size_hint)
            return
        reader = _jsonl(handle, head, doc_id, source, options, date) if suffix == ".jsonl" else (
            _csv_records(handle, head, doc_id, source, options, alone, date))
        if not (yield from _counted(reader)):  # a file without records is still an input: one empty document
            yield Document(doc_id, source, "", size_hint, date=date, nbytes=size_hint)
        return
    data = _read_all(handle, options.max_bytes)
    if data is None:
        yield Document(doc_id, source, None, max(size_hint, options.max_bytes + 1), "error",
                       f"too large to read (over {_mb(options.max_bytes)})", nbytes=size_hint)
        return
    text, how = decode(data)
    if text is None:
        yield Document(doc_id, source, None, len(data), "error", how, nbytes=len(data))
        return
    if suffix in HTML_SUFFIXES:
        try:
            yield Document(doc_id, source, html_text(text), len(data), date=date, nbytes=len(data))
        except InputError as exc:
            yield Document(doc_id, source, None, len(data), "error", str(exc), nbytes=len(data))
    elif suffix == ".json":
        yield from _telegram(doc_id, source, text, len(data))
    else:
        yield Document(doc_id, source, text, len(data), date=date, nbytes=len(data))


def _counted(docs: Iterator[Document]) -> Generator[Document, None, int]:
    """Yield the documents; return how many there were."""
    n = 0
    for doc in docs:
        n += 1
        yield doc
    return n


def _open_at(name: str, dir_fd: int | None) -> tuple[IO[bytes], os.stat_result]:
    fd = os.open(name, _OPEN_FLAGS, dir_fd=dir_fd)
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb", buffering=1 << 16), info
    except BaseException:
        os.close(fd)
        raise


def _read_file(name: str, dir_fd: int | None, doc_id: str, source: str, options: InputOptions,
               explicit: bool, alone: bool = False) -> Iterator[Document]:
    """The documents of the file `name` (relative to the folder `dir_fd`, or a path)."""
    suffix = os.path.splitext(name)[1].lower()
    date = date_from_name(doc_id if not explicit else name) or options.date
    try:
        info = os.stat(name, dir_fd=dir_fd)
    except FileNotFoundError:
        broken = os.path.lexists(name) if dir_fd is None else _is_link(name, dir_fd)
        yield Document(doc_id, source, None, 0, "error",
                       "a broken symbolic link (its target does not exist)" if broken else
                       "vanished before it could be read")
        return
    except OSError as exc:
        yield Document(doc_id, source, None, 0, "error", _open_error(exc))
        return
    mode = info.st_mode
    if not explicit and (info.st_dev, info.st_ino) in options.skip:
        return  # an output of this run (a figures table written into the folder read)
    if stat.S_ISDIR(mode):
        yield Document(doc_id, source, None, 0, "skipped", "a link to a folder (not followed)")
        return
    readable = stat.S_ISREG(mode) or (explicit and stat.S_ISFIFO(mode))  # process substitution: <(...)
    if not readable:
        yield Document(doc_id, source, None, 0, "error" if explicit else "skipped",
                       f"not a regular file ({_kind(mode)})")
        return
    if not explicit and suffix not in SUPPORTED:
        yield Document(doc_id, source, None, info.st_size, "skipped",
                       f"not a supported file type ({suffix or 'no suffix'})")
        return
    try:
        handle, info = _open_at(name, dir_fd)
    except OSError as exc:
        yield Document(doc_id, source, None, info.st_size, "error", _open_error(exc), nbytes=info.st_size)
        return
    with handle:
        if not (stat.S_ISREG(info.st_mode) or (explicit and stat.S_ISFIFO(info.st_mode))):
            yield Document(doc_id, source, None, 0, "error" if explicit else "skipped",
                           f"not a regular file ({_kind(info.st_mode)})")
            return
        try:
            yield from _file_documents(handle, info.st_size, suffix if (suffix in SUPPORTED or not explicit) else "",
                                       doc_id, source, options, alone, date)
        except OSError as exc:
            yield Document(doc_id, source, None, info.st_size, "error", _open_error(exc), nbytes=info.st_size)


def _is_link(name: str, dir_fd: int) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(name, dir_fd=dir_fd).st_mode)
    except OSError:
        return False


# -- folders ---------------------------------------------------------------------------------------

def _folder_documents(path: str, options: InputOptions) -> Iterator[Document]:
    display = printable(path)
    short = shown(path)
    try:
        root_fd = os.open(path, DIR_FLAGS)
    except OSError as exc:
        raise InputError(f"{folder_error(exc)}: {short}") from exc
    supported = 0
    problems: list[str] = []
    try:
        try:
            entries = walk(root_fd, options.skip)
            for entry in entries:
                doc_id = printable(entry.relative)
                source = f"{display.rstrip('/')}/{doc_id}"
                if entry.problem:
                    problems.append(f"{doc_id}: {entry.problem}")
                    yield Document(doc_id, source, None, 0, "error", entry.problem)
                    continue
                if entry.name.lower().endswith(SUPPORTED):
                    supported += 1
                yield from _read_file(entry.name, entry.dir_fd, doc_id, source, options, explicit=False)
        except OSError as exc:
            raise InputError(f"{folder_error(exc)}: {short}") from exc
    finally:
        os.close(root_fd)
    if not supported:
        more = f" ({len(problems)} could not be read, first {problems[0]})" if problems else ""
        raise InputError(f"no readable files ({', '.join(SUPPORTED)}) in folder: {short}{more}")


# -- standard input and the whole input ------------------------------------------------------------

def read_stdin(stream: BinaryIO | None = None, options: InputOptions | None = None) -> Document:
    """Standard input as one text document (id ``stdin``)."""
    opts = options or InputOptions()
    source = stream if stream is not None else (sys.stdin.buffer if sys.stdin is not None else None)
    if source is None:
        raise InputError("standard input is closed")
    try:
        data = _read_all(source, opts.max_bytes)
    except OSError as exc:
        raise InputError(f"cannot read standard input: {exc.strerror or exc}") from exc
    if data is None:
        return Document(STDIN_ID, "standard input", None, opts.max_bytes + 1, "error",
                        f"too large to read (over {_mb(opts.max_bytes)})", nbytes=opts.max_bytes)
    text, how = decode(data)
    if text is None:
        return Document(STDIN_ID, "standard input", None, len(data), "error", how, nbytes=len(data))
    return Document(STDIN_ID, "standard input", text, len(data), date=opts.date, nbytes=len(data))


def _check_path(raw: str) -> None:
    try:
        os.stat(raw)
    except FileNotFoundError:
        if os.path.lexists(raw):
            raise InputError(f"a broken symbolic link (its target does not exist): {shown(raw)}") from None
        raise InputError(f"no such file or folder: {shown(raw)}") from None
    except (OSError, ValueError) as exc:
        reason = _open_error(exc) if isinstance(exc, OSError) else str(exc)
        raise InputError(f"{reason}: {shown(raw)}") from None


def _distinct(paths: Sequence[str | Path]) -> list[str]:
    """The paths as text, each file or folder once (the same one given twice is read once)."""
    out: list[str] = []
    seen: set[object] = set()
    for raw in paths:
        text = os.fspath(raw)
        key: object
        try:
            info = os.stat(text) if text != STDIN else None
            key = (info.st_dev, info.st_ino) if info is not None else STDIN
        except OSError:
            key = os.path.normpath(text)
        if key not in seen:
            seen.add(key)
            out.append(text)
    return out


def iter_documents(paths: Sequence[str | Path], options: InputOptions | None = None,
                   stdin: BinaryIO | None = None) -> Iterator[Document]:
    """Documents of files, folders (searched for supported files) and standard input (``-``), each with an
    id no other document has: its path relative to the folder it was found in (a file given directly: its
    name), its record id, or, when another document already has that id, its source (the path that tells
    them apart).

    Raises InputError for a missing path, a folder with no readable files, and input without any text.
    """
    opts = options or InputOptions()
    if not paths:
        raise InputError("no input paths given")
    given = _distinct(paths)
    for raw in given:
        if raw != STDIN:
            _check_path(raw)
    texts = 0
    unread: Document | None = None
    ids = _UniqueIds()
    for doc in _documents(given, opts, stdin):
        ids.assign(doc)
        if doc.text and not doc.text.isspace():
            texts += 1
        elif unread is None and doc.status == "error":
            unread = doc
        yield doc
    if texts == 0:
        if given == [STDIN]:
            if unread is not None:
                raise InputError(f"standard input is not text: {unread.reason}")
            raise InputError("no text in the input (standard input is empty)")
        if unread is not None and len(given) == 1 and not os.path.isdir(given[0]):
            raise InputError(f"no text in the input: {shown(unread.source)}: {unread.reason}")
        raise InputError("no text in the input")


class _UniqueIds:
    """Gives each document an id no earlier one has (about 100 bytes of memory per document)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def assign(self, doc: Document) -> None:
        doc_id = doc.doc_id
        if doc_id in self.seen:
            doc_id = doc.source
            n = 1
            while doc_id in self.seen:
                n += 1
                doc_id = f"{doc.source}~{n}"
            doc.doc_id = doc_id
        self.seen.add(doc_id)


def _documents(paths: Sequence[str], options: InputOptions, stdin: BinaryIO | None) -> Iterator[Document]:
    alone = len(paths) == 1
    for raw in paths:
        if raw == STDIN:
            yield read_stdin(stdin, options)
        elif os.path.isdir(raw):
            yield from _folder_documents(raw, options)
        else:
            name = printable(os.path.basename(os.path.normpath(raw)) or raw)
            yield from _read_file(raw, None, name, printable(raw), options, explicit=True, alone=alone)


def input_bytes(paths: Sequence[str | Path], options: InputOptions | None = None) -> int:
    """The bytes a run will read (the supported files under the folders, the files given): the total of a
    progress bar. Standard input counts nothing."""
    opts = options or InputOptions()
    total = 0
    for raw in _distinct(paths):
        if raw == STDIN:
            continue
        try:
            if not os.path.isdir(raw):
                total += os.stat(raw).st_size
                continue
            root = os.open(raw, DIR_FLAGS)
        except OSError:
            continue
        try:
            for entry in walk(root, opts.skip):
                if not entry.problem and entry.name.lower().endswith(SUPPORTED):
                    with contextlib.suppress(OSError):
                        total += os.stat(entry.name, dir_fd=entry.dir_fd).st_size
        except (OSError, InputError):
            pass
        finally:
            os.close(root)
    return total


def read_documents(paths: str | Path | Sequence[str | Path], *, text_field: str = "text", id_field: str = "id",
                   date_field: str = "date", date: str = "", stdin: BinaryIO | None = None) -> Iterator[Document]:
    """The documents of files, folders and standard input (``-``): the public reader (see iter_documents).
    `date` (YYYY-MM-DD) is given to documents that carry none, in a record field or in their file name."""
    if date and not _valid_date(date):
        raise InputError(f"not a date (YYYY-MM-DD): {date!r}")
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    return iter_documents(given, InputOptions(text_field, id_field, date_field, date), stdin)


def seed_documents() -> Iterator[Document]:
    """The bundled seed articles."""
    folder = resources.files("stats.seeds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            data = entry.read_bytes()
            text, _ = decode(data)
            yield Document(entry.name, f"seeds/{entry.name}", text, len(data), nbytes=len(data))


def with_date(docs: Iterable[Document], date: str) -> Iterator[Document]:
    """The documents, those without a date given `date`."""
    for doc in docs:
        yield doc if doc.date or not date else replace(doc, date=date)
