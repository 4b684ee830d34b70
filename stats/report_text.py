"""Check results as lines of text for a terminal or a log."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from .checks import CheckResult, summary
from .schema import Failure

EVIDENCE_WIDTH = 160


def short(text: str, width: int = EVIDENCE_WIDTH) -> str:
    """The text cut to `width` characters, with an ellipsis when cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def format_checks(failures: Sequence[Failure], checks: Sequence[CheckResult], include_passes: bool = True,
                  counts: Mapping[tuple[str, str, str], int] | None = None) -> Iterator[str]:
    """One line per schema failure and per check, then a summary line (of `counts` when given: then the
    checks are only those a run kept, and a line says how many more passed)."""
    for failure in failures:
        yield f"FAIL schema {failure.message()}"
    for check in checks:
        if check.status == "pass" and not include_passes:
            continue
        status = "PASS" if check.status == "pass" else "FAIL" if check.severity == "error" else "WARN"
        yield (f"{status} {check.rule} [{check.doc_id} event {check.event}, {check.attacker}] {check.message}"
               f" (lines {check.lines}) evidence: \"{short(check.evidence)}\"")
    totals = summary(checks, len(failures), counts)
    kept = sum(c.status == "pass" for c in checks)
    if include_passes and totals["passed"] > kept:
        yield f"... and {totals['passed'] - kept} more passed checks (all are in checks.csv)"
    yield (f"{totals['passed']} passed, {totals['failed']} failed, {totals['warnings']} warnings, "
           f"{totals['schema_failures']} schema failures")
