"""Rows of the figures table and of documents.csv, made from documents: what every engine runs.

A document longer than WINDOW characters is read in pieces of about WINDOW characters, cut at a blank
line, else a line break, else a sentence end, else a space, so time and memory stay linear in its length
(a 50 MB text on one line costs what fifty 1 MB documents cost). Spans are positions in the whole text;
each piece's events are numbered after the previous piece's. A figure whose text gives no date takes its
document's date (from a record's date field, the file name or --date), if it has one.
"""

from __future__ import annotations

from collections.abc import Iterator

from . import language
from .contract import COLUMNS, UNIT_OF
from .documents import Document
from .extract import Figure, extract_text
from .lexicon import LANGUAGES

Row = dict[str, object]
DOCUMENT_COLUMNS = ["doc_id", "source", "status", "reason", "size", "figures", "language"]
WINDOW = 1_000_000
_CUTS = ("\n\n", "\n", ". ", " ")


def figure_row(doc_id: str, figure: Figure) -> Row:
    """A row of the figures table: the figure's fields in the contract's column order."""
    fields = {"doc_id": doc_id, "unit": UNIT_OF[figure.weapon]}
    return {column: fields[column] if column in fields else getattr(figure, column) for column in COLUMNS}


def pieces(text: str, window: int = WINDOW) -> Iterator[tuple[int, str]]:
    """The text in pieces of at most `window` characters with their offsets, cut at the best break in the
    second half of each window."""
    start = 0
    while len(text) - start > window:
        end = start + window
        cut = -1
        for mark in _CUTS:
            cut = text.rfind(mark, start + window // 2, end)
            if cut >= 0:
                cut += len(mark)
                break
        cut = cut if cut > start else end
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def figures_of(doc: Document, window: int = WINDOW) -> list[Row]:
    """Rows of the figures table for one document (sets the document's language and status)."""
    if doc.text is None:
        return []
    doc.language = doc.language or language.detect(doc.text)
    if doc.language not in LANGUAGES:
        doc.status, doc.reason = "skipped", f"language {doc.language!r} is not supported yet"
        return []
    figures: list[Figure] = []
    if len(doc.text) <= window:
        figures = extract_text(doc.text, language=doc.language, doc_date=doc.date or None)
    else:
        next_event = 0
        for offset, piece in pieces(doc.text, window):
            found = extract_text(piece, language=doc.language, doc_date=doc.date or None)
            for figure in found:
                figure.start += offset
                figure.end += offset
                figure.event += next_event
            if found:
                next_event = max(f.event for f in found) + 1
            figures.extend(found)
    if doc.date:  # the document's own date (record field, file name, --date) where the text gives none
        for figure in figures:
            figure.date = figure.date or doc.date
    if not figures and doc.status == "ok":
        doc.status = "no_figures"
        doc.reason = "no attack figures found" if doc.text and not doc.text.isspace() else "empty document"
    return [figure_row(doc.doc_id, f) for f in figures]


def manifest_row(doc: Document, figures: int) -> Row:
    """The row of documents.csv for a document with `figures` figures."""
    return {"doc_id": doc.doc_id, "source": doc.source, "status": doc.status, "reason": doc.reason,
            "size": doc.size, "figures": figures, "language": doc.language}
