"""Records: the lines of a JSONL file, the rows of a CSV file and the messages of a Telegram Desktop export,
each a Document. JSONL and CSV files are read record by record, so a bad record costs only itself and memory
does not grow with the file."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from typing import IO, Any

from .contract import ADDED_COLUMNS, COLUMNS
from .decoding import _BOMS, _SURROGATE, _clean, _detect
from .documents import Document, InputOptions, _mb, _valid_date
from .errors import InputError

#: After this many unreadable records a CSV file is not read further (the rest is one error row).
MAX_CSV_ERRORS = 100
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
_FIGURES_HEADERS = (COLUMNS, tuple(c for c in COLUMNS if c not in ADDED_COLUMNS))


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


def _loads(data: str) -> tuple[Any, str]:
    """A JSON value, or None and why it is not one."""
    try:
        return json.loads(data), ""
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg}"
    except RecursionError:
        return None, "not readable: JSON nested too deeply"


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

    def field(self, value: str) -> str:
        """A CSV field read with its stray bytes kept (surrogate escapes): those bytes decoded like a record."""
        if not _SURROGATE.search(value):
            return value
        text, _ = self(value.encode("utf-8", "surrogateescape"))
        return _clean(text if text is not None else value)


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
    """The documents of a CSV file: one per record, its text in the column ``options.text_field``."""
    reader, lines, codec = _text_lines(handle, head, options.max_bytes)
    decoder = _Decoder()
    rows = csv.reader(_csv_lines(lines, options.max_bytes))
    read_row = _FieldLimit(options.max_bytes)
    try:
        header = read_row(rows)
    except csv.Error as exc:
        yield Document(name, source, None, reader.read, "error", f"unreadable CSV header: {exc}", nbytes=reader.read)
        return
    columns = [decoder.field(c) for c in header or []]
    refusal = _refusal(columns, source, options, alone)
    if refusal is not None:
        status, reason = refusal
        rest = sum(len(line or b"") for line in lines)
        yield Document(name, source, None, reader.read + rest, status, reason, nbytes=reader.read + rest)
        return
    places = _Places(columns, options)
    number, errors, before = 0, 0, reader.read
    while True:
        number += 1
        where = f"{source}#{number}"
        try:
            row = read_row(rows)
        except csv.Error as exc:
            nbytes, before = reader.read - before, reader.read
            errors += 1
            problem, last = _record_problem(str(exc), errors, options.max_bytes)
            yield Document(f"{name}#{number}", where, None, nbytes, "error", problem, nbytes=nbytes)
            if last:
                return
            continue
        except (UnicodeDecodeError, OSError) as exc:
            yield Document(f"{name}#{number}", where, None, 0, "error",
                           f"not readable from record {number} on ({_reason(exc, codec)})")
            return
        if row is None:
            return
        nbytes, before = reader.read - before, reader.read
        doc = places.document(row, decoder, f"{name}#{number}", where, date)
        doc.nbytes = nbytes
        yield doc


def _csv_lines(lines: Iterator[bytes | None], limit: int) -> Iterator[str]:
    """A CSV file's lines as text for csv.reader; a line over the limit is a csv.Error."""
    for line in lines:
        if line is None:
            raise csv.Error(f"field larger than field limit ({limit})")
        yield line.decode("utf-8", "surrogateescape")  # a stray byte is kept, and read per field (_Decoder.field)


def _refusal(columns: list[str], source: str, options: InputOptions, alone: bool) -> tuple[str, str] | None:
    """The status and reason of a CSV file whose header has no text column (None when it has one). Raises
    InputError when the file is the only input."""
    if tuple(columns) in _FIGURES_HEADERS and options.text_field not in columns:
        return "skipped", "a figures table (an output of attack-stats), not text"
    if options.text_field not in columns:
        reason = (f"no column {options.text_field!r} (columns: {', '.join(columns) or 'none'}); "
                  "name the text column with --text-field")
        if alone:
            raise InputError(f"{source}: {reason}")
        return "error", reason
    return None


def _record_problem(message: str, errors: int, limit: int) -> tuple[str, bool]:
    """Why a CSV record could not be read (csv's `message`; `errors` such records so far), and whether the rest
    of the file is left unread."""
    if "field larger than field limit" in message:
        return f"a field over {_mb(limit)}: the rest of the file is not read", True
    if errors > MAX_CSV_ERRORS:
        return f"more than {MAX_CSV_ERRORS} unreadable records: the rest of the file is not read", True
    return f"unreadable CSV record: {message}", False


class _Places:
    """Where the text, the id and the date are in the rows of a CSV file (the id and date may be missing)."""

    def __init__(self, columns: list[str], options: InputOptions) -> None:
        self.options = options
        self.text = columns.index(options.text_field)
        self.id = columns.index(options.id_field) if options.id_field in columns else None
        self.date = columns.index(options.date_field) if options.date_field in columns else None

    def document(self, row: list[str], decoder: _Decoder, doc_id: str, where: str, date: str) -> Document:
        """The document of one row (`doc_id` when the row has no id of its own)."""
        options = self.options
        text = decoder.field(row[self.text]) if self.text < len(row) else None
        record: dict[str, Any] = {options.text_field: text}
        if self.id is not None and self.id < len(row):
            record[options.id_field] = decoder.field(row[self.id])
        if self.date is not None and self.date < len(row):
            record[options.date_field] = row[self.date]
        size = len(text.encode("utf-8", "surrogatepass")) if text is not None else 0
        return _record(record, doc_id, where, size, options, date)


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
