"""Consistency checks of a validated figures table, driven by the rules in schemas/rules.toml.

Every rule is evaluated over figures read as intervals (see the head of rules.toml) and counted by the
counting rule of stats.counting (a total wins over its parts; parts are summed only where no total is
given). The checks are split by what they compare: the figures of one attack (``within``), the documents of
one table (``across``) and a table with a reference table (``reference``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .across import across_documents
from .reference import Comparison, compare_with_reference
from .rules import (
    CHECK_COLUMNS,
    REFERENCE_SHAPES,
    RULE_KEYS,
    SHAPES,
    CheckResult,
    Rule,
    RuleSet,
    Tolerance,
    count_checks,
    intervals,
    load_rules,
    results_frame,
    summary,
)
from .table import Table
from .within import Outcome, evaluate

__all__ = [
    "CHECK_COLUMNS", "REFERENCE_SHAPES", "RULE_KEYS", "SHAPES", "CheckResult", "Comparison", "Rule", "RuleSet",
    "Tolerance", "compare_with_reference", "count_checks", "intervals", "load_rules", "results_frame", "run_checks",
    "summary",
]


def run_checks(frame: pd.DataFrame, rules: RuleSet | None = None, include_passes: bool = True) -> list[CheckResult]:
    """Evaluate every rule over a validated figures frame (passes too, unless include_passes is False).
    Rules comparing with a reference table are left to compare_with_reference."""
    ruleset = rules or load_rules()
    if frame.empty:
        return []
    table = Table(frame, ruleset.tolerance)
    if table.ngroups == 0:
        return []
    found: list[tuple[Outcome, int, bool, np.ndarray]] = []
    for rule in ruleset.rules:
        for outcome in evaluate(rule, table):
            report = np.ones(len(outcome.groups), dtype=bool) if include_passes else ~outcome.passed
            for i in np.flatnonzero(report).tolist():
                found.append((outcome, i, bool(outcome.passed[i]), outcome.rows(i)))
    rows = [r for *_, r in found]
    evidence = table.evidence(np.concatenate(rows) if rows else np.array([], dtype="int64"))
    within = [_result(o, table, i, ok, r, evidence) for o, i, ok, r in found]
    return within + across_documents(table, ruleset, include_passes)


def _result(o: Outcome, t: Table, item: int, ok: bool, rows: np.ndarray, evidence: dict[int, object]
            ) -> CheckResult:
    group = int(o.groups[item])
    lines = " ".join(str(int(label) + 2) for label in rows)
    quoted = " | ".join(dict.fromkeys(str(evidence[int(label)]) for label in rows))
    return CheckResult(o.rule.id, o.rule.severity, "pass" if ok else "fail", str(t.group_doc[group]),
                       int(t.group_event[group]), str(t.group_attacker[group]), o.weapon, o.measure,
                       o.message(item), lines, quoted)
