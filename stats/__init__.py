"""attack-stats: extract, validate, check and chart the figures in reports of aerial attacks.

The public API, for scripts and notebooks (each name is imported on first use, so ``attack-stats
--version`` and ``import stats`` stay fast)::

    import stats
    docs = stats.read_documents("reports/", date="2025-06-03")    # files, folders, JSONL/CSV records
    figures, documents = stats.extract_documents(docs)           # one frame of every figure
    valid, failures = stats.validate(figures)                    # the pandera schema, lazily
    checks = stats.run_checks(valid)                             # the consistency rules
    one = stats.extract_figures("Russia launched 40 drones.", doc_id="note")  # a text: a frame to validate
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "AttackStatsError": "errors", "InputError": "errors", "OutputError": "errors", "SchemaError": "errors",
    "VocabularyError": "errors", "WorkerError": "errors",
    "Figure": "extract", "extract_text": "extract",
    "FiguresSchema": "schema", "validate": "schema",
    "load_rules": "checks", "run_checks": "checks",
    "Document": "inputs", "InputOptions": "inputs", "read_documents": "inputs",
    "extract_documents": "pipeline", "extract_figures": "pipeline", "figures_frame": "pipeline", "run": "pipeline",
    "read_figures": "csvio", "write_csv": "csvio",
}

__all__ = [
    "AttackStatsError", "Document", "Figure", "FiguresSchema", "InputError", "InputOptions", "OutputError",
    "SchemaError", "VocabularyError", "WorkerError", "__version__", "extract_documents", "extract_figures",
    "extract_text", "figures_frame", "load_rules", "read_documents", "read_figures", "run", "run_checks",
    "validate", "write_csv",
]


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'stats' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


if TYPE_CHECKING:  # pragma: no cover
    from .checks import load_rules, run_checks
    from .csvio import read_figures, write_csv
    from .errors import AttackStatsError, InputError, OutputError, SchemaError, VocabularyError, WorkerError
    from .extract import Figure, extract_text
    from .inputs import Document, InputOptions, read_documents
    from .pipeline import extract_documents, extract_figures, figures_frame, run
    from .schema import FiguresSchema, validate
