"""Reading and writing the project's CSV files: atomic writes, spreadsheet-safe text cells."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pandas as pd

from .contract import ADDED_COLUMNS, COLUMNS
from .errors import InputError

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


def _temporary(path: Path) -> tuple[int, str]:
    """A temporary file next to ``path`` with the mode the output should end with: the old file's, else
    0644 (mkstemp makes it 0600, which would leave every output readable by its owner only)."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, mode)
    return fd, tmp


def atomic_write(path: Path, write: object) -> None:
    """Write through a temporary file in the same folder, then rename over the target."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _temporary(path)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            write(handle)  # type: ignore[operator]
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


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


def read_csv(path: str | Path, nrows: int | None = None) -> pd.DataFrame:
    """A CSV written by attack-stats (or by hand), every cell as text, empty cells as ""."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"expected a CSV file, got a folder: {path}")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False, encoding="utf-8-sig",
                            nrows=nrows)
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"empty CSV file: {path}") from exc
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"not a readable CSV file: {path} ({str(exc).splitlines()[0]})") from exc
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
        raise InputError(f"{path} is not a figures table: " + "; ".join(parts))
    return frame


class CsvAppender:
    """A CSV written in pieces through a temporary file, renamed over the target only by commit()."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.columns = columns
        fd, self.tmp = _temporary(self.path)
        self.handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
        pd.DataFrame(columns=columns).to_csv(self.handle, index=False, lineterminator=LINE_END)
        self.rows = 0

    def append(self, frame: pd.DataFrame) -> None:
        safe = neutralised(frame.loc[:, self.columns])
        safe.to_csv(self.handle, index=False, header=False, lineterminator=LINE_END)
        self.rows += len(frame)

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)
