"""Input documents: text and HTML files, JSONL and CSV records, Telegram exports and standard input.

Every input is accounted for: each file or record becomes a Document, and one that cannot be read is
a Document with status ``error`` (or ``skipped``) and the reason, never a crash of the run.
"""

from __future__ import annotations

import csv
import io
import json
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
CANDIDATE_ENCODINGS = ["cp1251", "koi8_u", "koi8_r", "utf_16", "cp1252", "iso8859_5", "mac_cyrillic", "latin_1"]
_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_CYRILLIC_LOWER = re.compile(r"[а-яёіїєґ]")
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
    """A legacy encoding (Windows-1251, KOI8-U, ...) told by charset-normalizer, checked for plausibility."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS, preemptive_behaviour=False)
    candidates = [m.encoding for m in matches][:4]
    best: tuple[float, str, str] | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        score = _plausibility(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is None or best[0] < 0.5:
        return None, "undecodable (not text in any known encoding)"
    return best[2], best[1]


def _plausibility(text: str) -> float:
    """How much a decoding looks like prose: printable characters, and Cyrillic mostly lower case.

    KOI8 read as Windows-1251 (or the other way round) turns lower-case letters into upper-case ones, so
    of two decodings the one with more lower-case Cyrillic is the right one.
    """
    if not text:
        return 0.0
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text) / len(text)
    cyrillic = len(_CYRILLIC.findall(text))
    lower = len(_CYRILLIC_LOWER.findall(text)) / cyrillic if cyrillic else 1.0
    return printable * (0.5 + 0.5 * lower)


# -- formats ---------------------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
           "article", "header", "footer", "blockquote", "pre", "title", "dd", "dt", "figcaption", "hr", "td", "th"}
_DROPPED = {"script", "style", "noscript", "template", "svg", "iframe", "object", "head"}


def html_text(markup: str) -> str:
    """The visible text of an HTML page: scripts and styles dropped, block elements on lines of their own."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return ""
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


def _record_date(value: object) -> str:
    match = _ISO_DATE.search(str(value or ""))
    return match.group(1) if match else ""


def _jsonl(path: Path, name: str, text: str, options: InputOptions) -> Iterator[Document]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        size = len(line.encode())
        try:
            record = json.loads(line)
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
        export = json.loads(text)
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
        yield Document(doc_id, str(path), html_text(text), len(data))
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
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            if not any(p.suffix.lower() in SUPPORTED for p in files):
                raise InputError(f"no readable files ({', '.join(SUPPORTED)}) in folder: {raw}")
            for file in files:
                doc_id = file.relative_to(path).as_posix()
                if file.suffix.lower() in SUPPORTED:
                    yield from read_path(file, doc_id, options)
                else:
                    yield Document(doc_id, str(file), None, file.stat().st_size, "skipped",
                                   f"not a supported file type ({file.suffix or 'no suffix'})")
        else:
            yield from read_path(path, path.name, options, alone=alone)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def seed_documents() -> Iterator[Document]:
    """The bundled seed articles."""
    folder = resources.files("stats.seeds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            data = entry.read_bytes()
            text, _ = decode(data)
            yield Document(entry.name, f"seeds/{entry.name}", text, len(data))

