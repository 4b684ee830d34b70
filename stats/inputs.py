"""Input documents: text and HTML files, JSONL and CSV records, Telegram exports and standard input.

Every input is accounted for: each file or record becomes a Document, and one that cannot be read is a
Document with status ``error`` (or ``skipped``) and the reason, never a crash of the run. Folders are
walked holding one folder open at a time (any depth, any path length); every entry is named, including
broken links, link loops, pipes, devices and folders that cannot be read. JSONL and CSV files are read
record by record, so a bad record costs only itself and memory does not grow with the file.

Files, folders and standard input are read here; records in stats.input_records, bytes become text in
stats.decoding, and Document and InputOptions are in stats.documents (all re-exported here).
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import IO, BinaryIO

from .decoding import _BOMS, CANDIDATE_ENCODINGS, decode, html_text
from .documents import MAX_DOCUMENT_BYTES, Document, InputOptions, _mb, _valid_date
from .errors import InputError
from .input_records import MAX_CSV_ERRORS, _csv_records, _jsonl, _telegram, telegram_text
from .lexicon import LANGUAGES
from .paths import printable, shown
from .walk import DIR_FLAGS, folder_error, walk

__all__ = [
    "CANDIDATE_ENCODINGS", "HTML_SUFFIXES", "MAX_CSV_ERRORS", "MAX_DOCUMENT_BYTES", "RECORD_SUFFIXES", "STDIN",
    "STDIN_ID", "SUPPORTED", "TEXT_SUFFIXES", "Document", "InputOptions", "date_from_name", "decode", "html_text",
    "input_bytes", "iter_documents", "read_documents", "read_stdin", "seed_documents", "telegram_text", "with_date",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
RECORD_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = (*TEXT_SUFFIXES, *HTML_SUFFIXES, *RECORD_SUFFIXES, ".json")
STDIN = "-"
STDIN_ID = "stdin"
_NAME_DATE = re.compile(r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?!\d)")
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def date_from_name(path: str) -> str:
    """The date a file's name (or, failing that, one of its folders' names) gives: ``2025-06-03-kyiv.txt``,
    ``kyiv_2025_06_03.md``, ``2025-06-03/kyiv.txt``; empty when none does."""
    for part in reversed(path.replace("\\", "/").split("/")):
        for match in _NAME_DATE.finditer(part):
            text = "-".join(match.groups())
            if _valid_date(text):
                return text
    return ""


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
                       f"not a supported file type ({printable(suffix) or 'no suffix'})")
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
        if opts.language and doc.text is not None:
            doc.language = opts.language  # (told, not guessed: a short post has few words to tell it by)
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
                   date_field: str = "date", date: str = "", stdin: BinaryIO | None = None,
                   language: str = "") -> Iterator[Document]:
    """The documents of files, folders and standard input (``-``): the public reader (see iter_documents).
    `date` (YYYY-MM-DD) is given to documents that carry none, in a record field or in their file name;
    `language` (en, uk, ru) to every document, instead of telling it from the text."""
    if date and not _valid_date(date):
        raise InputError(f"not a date (YYYY-MM-DD): {date!r}")
    if language and language not in LANGUAGES:
        raise InputError(f"not a language of attack-stats ({', '.join(LANGUAGES)}): {language!r}")
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    return iter_documents(given, InputOptions(text_field, id_field, date_field, date, language=language), stdin)


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
