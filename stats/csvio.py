"""Reading and writing the project's CSV files: atomic writes, spreadsheet-safe text cells."""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO, BinaryIO

import pandas as pd

from .contract import ADDED_COLUMNS, COLUMNS
from .errors import InputError, OutputError
from .output_file import STDOUT, OutputFile, StreamOutput, output_error, stream_error
from .paths import printable

# A text cell starting with one of these is run as a formula by spreadsheets; such cells are written
# with a leading apostrophe, which read_csv takes off again, so the round trip is exact.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Rows end in CRLF (RFC 4180): then a carriage return inside a cell is quoted too, so it survives a round trip.
LINE_END = "\r\n"
TEXT_COLUMNS = ("doc_id", "model", "region", "group", "surface", "evidence", "rule", "message", "source", "reason",
                "lines")


def _neutralise(value: object) -> object:
    if isinstance(value, str) and value.startswith((*FORMULA_STARTS, "'")):
        return "'" + value
    return value


def _restore(value: object) -> object:
    if isinstance(value, str) and value.startswith("'") and value[1:2] and value[1:].startswith(
            (*FORMULA_STARTS, "'")):
        return value[1:]
    return value


def atomic_write(path: Path, write: Callable[[IO[str]], object]) -> None:
    """Write through a temporary file in the same folder, then rename over the target (OutputError if the
    target cannot be written: see stats.output_file)."""
    output = OutputFile(path)
    try:
        write(output.handle)
    except OSError as exc:
        output.abort()
        raise output_error("write", path, exc) from exc
    except BaseException:
        output.abort()
        raise
    output.commit()


def neutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy whose text cells a spreadsheet will not run as formulas (read_csv undoes it)."""
    safe = frame.copy()
    for column in safe.columns:
        if column in TEXT_COLUMNS:
            safe[column] = safe[column].map(_neutralise)
    return safe


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    safe = neutralised(frame)
    atomic_write(path, lambda handle: safe.to_csv(handle, index=False, lineterminator=LINE_END))


def write_text(text: str, path: Path) -> None:
    atomic_write(path, lambda handle: handle.write(text))


STDIN = "-"


def read_csv(path: str | Path, nrows: int | None = None, stdin: BinaryIO | None = None) -> pd.DataFrame:
    """A CSV written by attack-stats (or by hand), every cell as text, empty cells as "" (``-``: standard
    input)."""
    source: object
    if str(path) == STDIN:
        stream = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
        if stream is None:
            raise InputError("standard input is closed")
        try:
            source, name = io.BytesIO(stream.read()), "standard input"
        except OSError as exc:
            raise InputError(f"cannot read standard input: {exc.strerror or exc}") from exc
    else:
        path = Path(path)
        name = printable(path)
        if not path.exists():
            raise InputError(f"no such file: {name}")
        if path.is_dir():
            raise InputError(f"expected a CSV file, got a folder: {name}")
        if not path.is_file():
            raise InputError(f"expected a CSV file, got a device or a pipe: {name}")
        source = path
    try:
        frame = pd.read_csv(source, dtype=str, keep_default_na=False, na_filter=False,
                            encoding="utf-8-sig", nrows=nrows)
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"empty CSV file: {name}") from exc
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as exc:
        raise InputError(f"not a readable CSV file: {name} ({str(exc).splitlines()[0] if str(exc) else exc})"
                         ) from exc
    except OSError as exc:
        raise InputError(f"cannot read {name}: {exc.strerror or exc}") from exc
    for column in frame.columns:
        if column in TEXT_COLUMNS:
            frame[column] = frame[column].map(_restore)
    return frame


def with_added_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """A figures table from before the columns in ADDED_COLUMNS existed gets them, empty, in contract order."""
    absent = [c for c in ADDED_COLUMNS if c not in frame.columns]
    if not absent:
        return frame
    frame = frame.assign(**dict.fromkeys(absent, ""))
    return frame.loc[:, [c for c in COLUMNS if c in frame.columns] + [c for c in frame.columns if c not in COLUMNS]]


def read_figures(path: str | Path) -> pd.DataFrame:
    """A figures CSV, with its columns checked against the contract."""
    frame = with_added_columns(read_csv(path))
    missing = [c for c in COLUMNS if c not in frame.columns]
    extra = [c for c in frame.columns if c not in COLUMNS]
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing column(s): " + ", ".join(missing))
        if extra:
            parts.append("unexpected column(s): " + ", ".join(extra))
        where = "standard input" if str(path) == STDIN else printable(path)
        raise InputError(f"{where} is not a figures table: " + "; ".join(parts))
    return frame


class TableWriter:
    """A table written in pieces to an output (a file or standard output): CSV with a header, or JSON Lines."""

    def __init__(self, output: OutputFile | StreamOutput, columns: list[str], form: str = "csv") -> None:
        if form not in ("csv", "jsonl"):
            raise OutputError(f"unknown table format {form!r}: csv or jsonl")
        self.output = output
        self.columns = columns
        self.form = form
        self.rows = 0
        if form == "csv":
            self.output.write(pd.DataFrame(columns=columns).to_csv(index=False, lineterminator=LINE_END))

    def append(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        part = frame.loc[:, self.columns]
        if self.form == "csv":
            text = neutralised(part).to_csv(index=False, header=False, lineterminator=LINE_END)
        else:
            text = part.to_json(orient="records", lines=True, force_ascii=False)
            text = text if text.endswith("\n") else text + "\n"
        self.output.write(text)
        self.rows += len(frame)

    def commit(self) -> None:
        self.output.commit()

    def abort(self) -> None:
        self.output.abort()


class CsvAppender(TableWriter):
    """A CSV written in pieces through a temporary file, renamed over the target only by commit()."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self.path = Path(path)
        super().__init__(OutputFile(self.path), columns)


def write_table(frame: pd.DataFrame, path: str | Path, form: str = "csv") -> int:
    """Write a whole table to a file or, for ``-``, to standard output; the number of rows."""
    output = StreamOutput() if str(path) == STDOUT else OutputFile(path)
    writer = TableWriter(output, list(frame.columns), form)
    try:
        writer.append(frame)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    return writer.rows


__all__ = ["LINE_END", "CsvAppender", "TableWriter", "neutralised", "read_csv", "read_figures", "stream_error",
           "write_csv", "write_table", "write_text"]
