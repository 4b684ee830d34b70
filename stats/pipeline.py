"""The main job: extract, validate, check and write the outputs of a set of documents."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import language
from .checks import CHECK_COLUMNS, CheckResult, RuleSet, count_checks, load_rules, results_frame, run_checks
from .contract import COLUMNS
from .csvio import CsvAppender, read_csv, write_text
from .extract import Figure, extract_text
from .inputs import Document
from .lexicon import LANGUAGES
from .schema import Failure, empty_frame, validate
from .units import unit_of

DOCUMENT_COLUMNS = ["doc_id", "source", "status", "reason", "size", "figures", "language"]


def figures_of(doc: Document) -> list[dict[str, object]]:
    """Rows of the figures table for one document (sets the document's status)."""
    if doc.text is None:
        return []
    doc.language = language.detect(doc.text)
    if doc.language not in LANGUAGES:
        doc.status, doc.reason = "skipped", f"language {doc.language!r} is not supported yet"
        return []
    figures = extract_text(doc.text, language=doc.language, doc_date=doc.date or None)
    if not figures and doc.status == "ok":
        doc.status = "no_figures"
        doc.reason = "no attack figures found" if doc.text.strip() else "empty document"
    return [figure_row(doc.doc_id, f) for f in figures]


def figure_row(doc_id: str, figure: Figure) -> dict[str, object]:
    """A row of the figures table: the figure's fields in the contract's column order."""
    fields = {"doc_id": doc_id, "unit": unit_of(figure.weapon)}
    return {column: fields[column] if column in fields else getattr(figure, column) for column in COLUMNS}


def extract_documents(docs: Iterable[Document]) -> tuple[pd.DataFrame, list[Document]]:
    rows: list[dict[str, object]] = []
    seen: list[Document] = []
    for doc in docs:
        rows.extend(figures_of(doc))
        seen.append(doc)
    frame = pd.DataFrame(rows, columns=list(COLUMNS)) if rows else empty_frame()
    return frame, seen


def documents_frame(docs: list[Document], frame: pd.DataFrame) -> pd.DataFrame:
    counts = frame["doc_id"].value_counts() if len(frame) else pd.Series(dtype="int64")
    return pd.DataFrame(
        [{"doc_id": d.doc_id, "source": d.source, "status": d.status, "reason": d.reason, "size": d.size,
          "figures": int(counts.get(d.doc_id, 0)), "language": d.language} for d in docs],
        columns=DOCUMENT_COLUMNS,
    )


@dataclass
class RunResult:
    """What a run wrote to `outdir`, with the checks and schema failures (figures and documents on demand)."""

    outdir: Path
    failures: list[Failure]
    checks: list[CheckResult]  # every failed check, and the first passed ones (all are in checks.csv)
    status_counts: dict[str, int]
    figure_count: int
    check_counts: Counter[tuple[str, str, str]] = field(default_factory=Counter)  # per (rule, severity, status)

    @property
    def ok(self) -> bool:
        return not self.failures and not any(c.status == "fail" and c.severity == "error" for c in self.checks)

    @property
    def figures(self) -> pd.DataFrame:
        return validate(read_csv(self.outdir / "figures.csv"))[0]

    @property
    def documents(self) -> pd.DataFrame:
        return read_csv(self.outdir / "documents.csv")


FLUSH_ROWS = 10_000  # figures validated and checked together (always whole documents)
REPORT_FIGURES = 25_000  # the report's charts draw at most this many figures (and say so)
REPORT_ROWS = 2_000  # figures and passed checks listed in the report with their whole evidence
HOVER_EVIDENCE = 320  # beyond those, the report keeps the evidence as long as a chart's hover box shows it
REPORT_DOCUMENTS = 1_000  # the report lists every document that was not read, and this many others


def _manifest_row(doc: Document, figures: int) -> dict[str, object]:
    return {"doc_id": doc.doc_id, "source": doc.source, "status": doc.status, "reason": doc.reason,
            "size": doc.size, "figures": figures, "language": doc.language}


def run(docs: Iterable[Document], outdir: Path, rules: RuleSet | None = None, jobs: int = 1,
        engine: str = "local", scheduler: str | None = None, progress: bool = False) -> RunResult:
    """Extract, validate and check, then write figures.csv, checks.csv, documents.csv and report.html.

    Figures are validated, checked and written in batches of whole documents as they come, and the
    manifest and the checks are written as they come too, so memory does not grow with the corpus;
    every output is renamed into place only when it is complete.
    """
    from .engine import extract_stream
    from .report import render_report

    ruleset = rules or load_rules()
    _system_allocator()
    outdir.mkdir(parents=True, exist_ok=True)
    sinks = {
        "figures": CsvAppender(outdir / "figures.csv", list(COLUMNS)),
        "checks": CsvAppender(outdir / "checks.csv", list(CHECK_COLUMNS)),
        "documents": CsvAppender(outdir / "documents.csv", DOCUMENT_COLUMNS),
    }
    checks: list[CheckResult] = []
    tally: Counter[tuple[str, str, str]] = Counter()
    report_parts: list[pd.DataFrame] = []
    failures: list[Failure] = []
    buffer: list[dict[str, object]] = []
    manifest: list[dict[str, object]] = []
    shown_documents: list[dict[str, object]] = []
    counts: dict[str, int] = {}
    produced = 0

    def flush() -> None:
        nonlocal produced
        if manifest:
            sinks["documents"].append(pd.DataFrame(manifest, columns=DOCUMENT_COLUMNS))
            manifest.clear()
        if not buffer:
            return
        frame = pd.DataFrame(buffer, columns=list(COLUMNS))
        valid, bad = validate(frame)
        failures.extend(Failure(None if f.row is None else f.row + produced, f.column, f.check, f.value) for f in bad)
        produced += len(frame)
        figures_written = sinks["figures"].rows
        valid.index = pd.RangeIndex(figures_written, figures_written + len(valid))  # CSV lines of checks
        batch = run_checks(valid, ruleset)
        sinks["checks"].append(results_frame(batch))
        # every check is in checks.csv; memory keeps the failed ones, the first passed ones and the counts
        tally.update(count_checks(batch))
        passes = sum(c.status == "pass" for c in checks)
        for check in batch:
            if check.status == "fail" or passes < REPORT_ROWS:
                checks.append(check)
                passes += check.status == "pass"
        sinks["figures"].append(valid)
        _keep_for_report(report_parts, valid, figures_written)
        buffer.clear()
        _release_memory()

    try:
        stream = extract_stream(docs, jobs=jobs, engine=engine, scheduler=scheduler)
        for doc, rows in _with_progress(stream, progress):
            row = _manifest_row(doc, len(rows))
            manifest.append(row)
            counts[doc.status] = counts.get(doc.status, 0) + 1
            if doc.status in ("error", "skipped") or len(shown_documents) < REPORT_DOCUMENTS:
                shown_documents.append(row)
            buffer.extend(rows)
            if len(buffer) >= FLUSH_ROWS or len(manifest) >= FLUSH_ROWS:
                flush()
        flush()
        for sink in sinks.values():
            sink.commit()
    except BaseException:
        for sink in sinks.values():
            sink.abort()
        raise
    total = sinks["figures"].rows
    figures = pd.concat(report_parts) if report_parts else empty_frame()
    report_parts.clear()
    _release_memory()
    documents = pd.DataFrame(shown_documents, columns=DOCUMENT_COLUMNS)
    write_text(render_report(figures, checks, documents, failures, max_rows=REPORT_ROWS, tally=tally,
                             total_figures=total),
               outdir / "report.html")
    return RunResult(outdir, failures, checks, counts, total, tally)


REPORT_TEXT = ("doc_id", "date", "attacker", "weapon", "model", "measure", "qualifier", "unit", "evidence", "rule")


def _keep_for_report(parts: list[pd.DataFrame], valid: pd.DataFrame, first_line: int) -> None:
    """Keep the figures the report draws (the first REPORT_FIGURES), their evidence cut to what a hover box
    shows beyond the first REPORT_ROWS, which the report lists whole."""
    room = REPORT_FIGURES - first_line
    if room <= 0 or valid.empty:
        return
    part = valid.iloc[:room].copy()
    cut = part.index >= REPORT_ROWS
    if cut.any():
        part.loc[cut, "evidence"] = part.loc[cut, "evidence"].str.slice(0, HOVER_EVIDENCE)
    # plain Python strings: the charts group and join them many times, and Arrow-backed strings leave
    # far more memory behind after that
    parts.append(part.astype({c: object for c in part.columns if c in REPORT_TEXT}))


def _system_allocator() -> None:
    """Let Arrow (pandas' string columns) allocate with malloc, whose freed memory _release_memory hands
    back; Arrow's own allocator keeps what a batch freed, so a long run would hold every batch's peak."""
    try:
        import pyarrow

        pyarrow.set_memory_pool(pyarrow.system_memory_pool())
    except (ImportError, AttributeError):
        pass


def _release_memory() -> None:
    """Give freed heap back to the operating system (glibc keeps it otherwise, and the resident size of a
    long run creeps up with every batch). A no-op where there is no glibc."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _with_progress(stream: Iterable[tuple[Document, list[dict[str, object]]]], show: bool
                   ) -> Iterable[tuple[Document, list[dict[str, object]]]]:
    """A progress bar on standard error, only when asked for and standard error is a terminal."""
    if not show or not sys.stderr.isatty():
        return stream
    from tqdm import tqdm

    bar: Iterable[tuple[Document, list[dict[str, object]]]] = tqdm(stream, unit="doc", desc="attack-stats",
                                                                   file=sys.stderr, mininterval=0.5)
    return bar
