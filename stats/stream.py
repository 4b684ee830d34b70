"""The one streaming path from documents to tables, used by ``extract`` and by ``run``.

:func:`batches` reads the documents through an engine and hands them on in batches of whole documents
with their figure rows, so nothing grows with the corpus; :func:`extract_to` writes the figures (and the
manifest of documents) of such a stream. ``run`` (:mod:`stats.pipeline`) validates and checks each batch
before it writes it. Neither pandera nor plotly is imported here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import pandas as pd

from .contract import COLUMNS
from .csvio import TableWriter
from .documents import Document
from .engine import extract_stream
from .output_file import OutputFile, StreamOutput
from .rows import DOCUMENT_COLUMNS, Row, manifest_row

FLUSH_ROWS = 10_000  # figures handed on together (always whole documents)
FLUSH_DOCUMENTS = 10_000  # documents handed on together, whatever their figures

Output = OutputFile | StreamOutput


@dataclass
class Batch:
    """Some documents in input order with their figure rows (whole documents, in the same order)."""

    documents: list[Document] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)  # figure rows of each document
    rows: list[Row] = field(default_factory=list)

    def figures(self) -> pd.DataFrame:
        return pd.DataFrame(self.rows, columns=list(COLUMNS))

    def manifest(self, counts: Sequence[int] | None = None) -> pd.DataFrame:
        """documents.csv rows of the batch (with `counts` as the figures written, when given)."""
        figures = self.counts if counts is None else counts
        return pd.DataFrame([manifest_row(d, n) for d, n in zip(self.documents, figures, strict=True)],
                            columns=DOCUMENT_COLUMNS)


def batches(docs: Iterable[Document], jobs: int = 1, engine: str = "local", scheduler: str | None = None,
            rows: int = FLUSH_ROWS, documents: int = FLUSH_DOCUMENTS,
            on_document: Callable[[Document], None] | None = None) -> Iterator[Batch]:
    """The documents with their figure rows in batches of about `rows` figures or `documents` documents."""
    current = Batch()
    for doc, found in extract_stream(docs, jobs=jobs, engine=engine, scheduler=scheduler):
        if on_document is not None:
            on_document(doc)
        current.documents.append(doc)
        current.counts.append(len(found))
        current.rows.extend(found)
        if len(current.rows) >= rows or len(current.documents) >= documents:
            yield current
            current = Batch()
    if current.documents:
        yield current


@dataclass
class Extraction:
    """What an extraction wrote: documents per status and the number of figures."""

    status_counts: Counter[str] = field(default_factory=Counter)
    figures: int = 0

    @property
    def documents(self) -> int:
        return sum(self.status_counts.values())


def commit_all(outputs: Sequence[Output]) -> None:
    """Flush every output to disk, then rename each into place (a full disk shows before any is renamed)."""
    for output in outputs:
        if isinstance(output, OutputFile):
            output.finish()
    for output in outputs:
        output.commit()


def extract_to(docs: Iterable[Document], figures: Output, documents: Output | None = None, form: str = "csv",
               documents_form: str = "csv", jobs: int = 1, engine: str = "local", scheduler: str | None = None,
               on_document: Callable[[Document], None] | None = None) -> Extraction:
    """Write the figures of the documents (CSV or JSON Lines) and, when asked, their manifest; the outputs
    are renamed into place together at the end (standard output is written as it goes)."""
    outputs = [figures] if documents is None else [figures, documents]
    result = Extraction()
    try:
        figure_writer = TableWriter(figures, list(COLUMNS), form)
        document_writer = TableWriter(documents, DOCUMENT_COLUMNS, documents_form) if documents is not None else None
        for batch in batches(docs, jobs=jobs, engine=engine, scheduler=scheduler, on_document=on_document):
            figure_writer.append(batch.figures())
            if document_writer is not None:
                document_writer.append(batch.manifest())
            result.status_counts.update(d.status for d in batch.documents)
            result.figures += len(batch.rows)
        commit_all(outputs)
    except BaseException:
        for output in outputs:
            output.abort()
        raise
    return result
