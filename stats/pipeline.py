"""The main job: extract, validate, check and write the outputs of a set of documents."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import language
from .checks import CheckResult, RuleSet, load_rules, results_frame, run_checks
from .contract import COLUMNS
from .csvio import write_csv, write_text
from .extract import extract_text
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
    return [
        {
            "doc_id": doc.doc_id, "event": f.event, "date": f.date, "attacker": f.attacker, "weapon": f.weapon,
            "model": f.model, "measure": f.measure, "value": f.value, "qualifier": f.qualifier,
            "unit": unit_of(f.weapon), "start": f.start, "end": f.end, "evidence": f.evidence, "rule": f.rule,
        }
        for f in figures
    ]


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
    figures: pd.DataFrame
    failures: list[Failure]
    checks: list[CheckResult]
    documents: pd.DataFrame

    @property
    def ok(self) -> bool:
        return not self.failures and not any(c.status == "fail" and c.severity == "error" for c in self.checks)


def run(docs: Iterable[Document], outdir: Path, rules: RuleSet | None = None) -> RunResult:
    """Extract, validate and check, then write figures.csv, checks.csv, documents.csv and report.html."""
    from .report import render_report

    frame, seen = extract_documents(docs)
    valid, failures = validate(frame)
    checks = run_checks(valid, rules or load_rules())
    documents = documents_frame(seen, frame)
    outdir.mkdir(parents=True, exist_ok=True)
    write_csv(valid, outdir / "figures.csv")
    write_csv(results_frame(checks), outdir / "checks.csv")
    write_csv(documents, outdir / "documents.csv")
    write_text(render_report(valid, checks, documents, failures), outdir / "report.html")
    return RunResult(valid, failures, checks, documents)
