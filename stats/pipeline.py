"""The main job: extract, validate, check and write the outputs of a set of documents."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import __version__
from .checks import CHECK_COLUMNS, CheckResult, RuleSet, count_checks, load_rules, results_frame, run_checks
from .contract import COLUMNS
from .csvio import TableWriter, read_csv
from .documents import Document
from .extract import Figure, extract_text
from .output_file import OutputFile
from .outputs import OutputFolder
from .package import datapackage, dumps
from .rows import DOCUMENT_COLUMNS, figure_row, figures_of, manifest_row
from .schema import Failure, empty_frame, validate
from .stream import Batch, batches, commit_all

__all__ = ["DOCUMENT_COLUMNS", "OUTPUT_NAMES", "RunResult", "documents_frame", "extract_documents", "extract_figures",
           "figure_row", "figures_frame", "figures_of", "run"]

OUTPUT_NAMES = ("figures.csv", "checks.csv", "documents.csv", "report.html", "datapackage.json")


def extract_documents(docs: Iterable[Document], jobs: int = 1) -> tuple[pd.DataFrame, list[Document]]:
    """The figures of the documents as one frame (not validated), and the documents (with their status)."""
    parts: list[pd.DataFrame] = []
    seen: list[Document] = []
    for batch in batches(docs, jobs=jobs):
        if batch.rows:
            parts.append(batch.figures())
        seen.extend(batch.documents)
    frame = pd.concat(parts, ignore_index=True) if parts else empty_frame()
    return frame, seen


def figures_frame(figures: Iterable[Figure], doc_id: str) -> pd.DataFrame:
    """Figures of extract_text as a figures table (with their document's id and units): ready for validate."""
    rows = [figure_row(doc_id, f) for f in figures]
    return pd.DataFrame(rows, columns=list(COLUMNS)) if rows else empty_frame()


def extract_figures(text: str, doc_id: str = "text", language: str | None = None, date: str | None = None
                    ) -> pd.DataFrame:
    """The figures of one text as a figures table (extract_text, then figures_frame); `date` is the date of
    the figures whose text gives none."""
    figures = extract_text(text, language=language, doc_date=date)
    for figure in figures:
        figure.date = figure.date or (date or "")
    return figures_frame(figures, doc_id)


def documents_frame(docs: list[Document], frame: pd.DataFrame) -> pd.DataFrame:
    counts = frame["doc_id"].value_counts() if len(frame) else pd.Series(dtype="int64")
    return pd.DataFrame([manifest_row(d, int(counts.get(d.doc_id, 0))) for d in docs], columns=DOCUMENT_COLUMNS)


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


def run(docs: Iterable[Document], outdir: Path, rules: RuleSet | None = None, jobs: int = 1,
        engine: str = "local", scheduler: str | None = None, inputs: Sequence[Path] = (),
        on_document: Callable[[Document], None] | None = None,
        on_phase: Callable[[str], None] | None = None) -> RunResult:
    """Extract, validate and check, then write figures.csv, checks.csv, documents.csv, report.html and
    datapackage.json into `outdir`.

    Figures are validated, checked and written in batches of whole documents as they come, so memory does
    not grow with the corpus. The outputs are written into a hidden folder beside `outdir` and swapped in
    whole at the end (see stats.outputs): a run that fails or is killed leaves the previous outputs as they
    were. `inputs` are the paths read (the output folder may not hold them); `on_document` is called with
    each document as it is read, `on_phase` with "report" and "write" as the run gets there.
    """
    from .report import render_report

    ruleset = rules or load_rules()
    _system_allocator()
    folder = OutputFolder(outdir, OUTPUT_NAMES, inputs)
    files: dict[str, OutputFile] = {}
    state = _RunState()
    try:
        for name in OUTPUT_NAMES:
            files[name] = folder.file(name)
        sinks = {
            "figures": TableWriter(files["figures.csv"], list(COLUMNS)),
            "checks": TableWriter(files["checks.csv"], list(CHECK_COLUMNS)),
            "documents": TableWriter(files["documents.csv"], DOCUMENT_COLUMNS),
        }
        for batch in batches(docs, jobs=jobs, engine=engine, scheduler=scheduler, rows=FLUSH_ROWS,
                             on_document=on_document):
            _write_batch(batch, sinks, ruleset, state)
        if on_phase is not None:
            on_phase("report")
        total = sinks["figures"].rows
        figures = pd.concat(state.report_parts) if state.report_parts else empty_frame()
        state.report_parts.clear()
        _release_memory()
        documents = pd.DataFrame(state.shown_documents, columns=DOCUMENT_COLUMNS)
        files["report.html"].write(render_report(figures, state.checks, documents, state.failures,
                                                 max_rows=REPORT_ROWS, rules=ruleset, tally=state.tally,
                                                 total_figures=total))
        del figures
        files["datapackage.json"].write(dumps(datapackage(__version__)))
        if on_phase is not None:
            on_phase("write")
        commit_all(list(files.values()))
        folder.commit(list(OUTPUT_NAMES))
    except BaseException:
        for output in files.values():
            output.abort()
        folder.abort()
        raise
    return RunResult(Path(outdir), state.failures, state.checks, dict(state.status_counts), total, state.tally)


@dataclass
class _RunState:
    """What a run keeps between batches: failed checks and the first passed ones, counts, report figures."""

    checks: list[CheckResult] = field(default_factory=list)
    tally: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    failures: list[Failure] = field(default_factory=list)
    report_parts: list[pd.DataFrame] = field(default_factory=list)
    shown_documents: list[dict[str, object]] = field(default_factory=list)
    status_counts: Counter[str] = field(default_factory=Counter)
    produced: int = 0  # figure rows extracted so far (schema failures count their rows among them)


def _write_batch(batch: Batch, sinks: dict[str, TableWriter], ruleset: RuleSet, state: _RunState) -> None:
    """Validate and check a batch of whole documents, write its figures, checks and manifest rows."""
    written: dict[str, int] = {}
    if batch.rows:
        frame = batch.figures()
        valid, bad = validate(frame)
        state.failures.extend(
            Failure(None if f.row is None else f.row + state.produced, f.column, f.check, f.value,
                    "" if f.row is None else str(frame.at[f.row, "doc_id"])) for f in bad)
        state.produced += len(frame)
        first_line = sinks["figures"].rows
        valid.index = pd.RangeIndex(first_line, first_line + len(valid))  # CSV lines of the checks
        checked = run_checks(valid, ruleset)
        sinks["checks"].append(results_frame(checked))
        # every check is in checks.csv; memory keeps the failed ones, the first passed ones and the counts
        state.tally.update(count_checks(checked))
        passes = sum(c.status == "pass" for c in state.checks)
        for check in checked:
            if check.status == "fail" or passes < REPORT_ROWS:
                state.checks.append(check)
                passes += check.status == "pass"
        sinks["figures"].append(valid)
        _keep_for_report(state.report_parts, valid, first_line)
        written = valid["doc_id"].value_counts().to_dict()
    counts = [int(written.get(doc.doc_id, 0)) for doc in batch.documents]
    manifest = batch.manifest(counts)
    sinks["documents"].append(manifest)
    for doc, row in zip(batch.documents, manifest.to_dict("records"), strict=True):
        state.status_counts[doc.status] += 1
        if doc.status in ("error", "skipped") or len(state.shown_documents) < REPORT_DOCUMENTS:
            state.shown_documents.append(row)
    _release_memory()


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
