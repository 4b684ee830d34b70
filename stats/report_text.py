"""Check results as lines of text for a terminal or a log."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .checks import CheckResult
from .schema import Failure

EVIDENCE_WIDTH = 160


def _short(text: str, width: int = EVIDENCE_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_checks(failures: Sequence[Failure], checks: Sequence[CheckResult], include_passes: bool = True
                  ) -> Iterator[str]:
    """One line per schema failure and per check, then a summary line."""
    for failure in failures:
        yield f"FAIL schema {failure.message()}"
    for check in checks:
        if check.status == "pass" and not include_passes:
            continue
        status = "PASS" if check.status == "pass" else "FAIL" if check.severity == "error" else "WARN"
        yield (f"{status} {check.rule} [{check.doc_id} event {check.event}, {check.attacker}] {check.message}"
               f" (lines {check.lines}) evidence: \"{_short(check.evidence)}\"")
    failed = sum(c.status == "fail" and c.severity == "error" for c in checks)
    warned = sum(c.status == "fail" and c.severity == "warning" for c in checks)
    passed = sum(c.status == "pass" for c in checks)
    yield (f"{passed} passed, {failed} failed, {warned} warnings, {len(failures)} schema failures")
