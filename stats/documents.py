"""Input documents: one :class:`Document` per file, record or message read (or that could not be read),
and the :class:`InputOptions` every reader takes."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

#: A file (or record) larger than this is listed as an error, not read: memory stays bounded.
MAX_DOCUMENT_BYTES = 64 * 2**20


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
    size limit of one document; files and folders not to read (``(st_dev, st_ino)``: a run's outputs); the
    language of every document (empty: told from each text)."""

    text_field: str = "text"
    id_field: str = "id"
    date_field: str = "date"
    date: str = ""
    max_bytes: int = MAX_DOCUMENT_BYTES
    skip: frozenset[tuple[int, int]] = field(default_factory=frozenset)
    language: str = ""


def _mb(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n:,} bytes"


def _valid_date(text: str) -> bool:
    try:
        datetime.date.fromisoformat(text)
    except ValueError:
        return False
    return True
