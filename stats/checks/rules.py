"""The rules of schemas/rules.toml, the result of one check, and the intervals figures are read as."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..contract import MEASURES, MUNITIONS, WEAPONS
from ..errors import VocabularyError
from ..rules_file import rules_data

SHAPES: dict[str, set[str]] = {
    "sum_of_parts": {"whole", "parts", "complete", "measures"},
    "measures_le": {"weapons", "left", "right"},
    "measures_sum": {"weapons", "whole", "parts"},
    "parts_within_total": {"weapons", "measures", "parts"},
    "cross_source": {"weapons", "measures"},
    "regions_within_whole": {"weapons", "measures"},
    "matches_reference": {"weapons", "measures"},
}
#: Former shape names, read as the shape they became (with the keys they imply).
RENAMED: dict[str, tuple[str, dict[str, Any]]] = {"models_le_class": ("parts_within_total", {"parts": "model"})}
PART_KINDS = ("model", "region", "group")
RULE_KEYS = {"id", "description", "severity", "shape"}
OPTIONAL: dict[str, set[str]] = {"measures_le": {"require"}}
CHECK_COLUMNS = ["rule", "severity", "status", "doc_id", "event", "attacker", "weapon", "measure", "message",
                 "lines", "evidence"]
#: Shapes that compare the documents of one table, and one that compares a table with a reference table.
ACROSS_SHAPES = {"cross_source", "regions_within_whole"}
REFERENCE_SHAPES = {"matches_reference"}


@dataclass(frozen=True)
class Rule:
    id: str
    description: str
    severity: str
    shape: str
    params: dict[str, Any]

    def weapons(self) -> list[str]:
        listed = self.params.get("weapons", ["*"])
        return list(MUNITIONS) if listed == ["*"] else list(listed)


@dataclass(frozen=True)
class Tolerance:
    about_share: float = 0.1
    about_min: int = 1


@dataclass
class RuleSet:
    rules: list[Rule]
    tolerance: Tolerance = field(default_factory=Tolerance)


def load_rules(path: str | Path | None = None) -> RuleSet:
    """The rules of schemas/rules.toml, or of another file of the same form."""
    where = str(path) if path else "rules.toml"
    data = rules_data(path)  # any file that is not a rules file is a VocabularyError (stats.rules_file)
    unknown = set(data) - {"rule", "tolerance"}
    if unknown:
        raise VocabularyError(f"{where}: unknown section(s) {sorted(unknown)}")
    try:
        tolerance = Tolerance(**data.get("tolerance", {}))
    except TypeError as exc:
        raise VocabularyError(f"{where}: [tolerance] takes about_share and about_min only") from exc
    rules: list[Rule] = []
    ids: set[str] = set()
    for entry in data.get("rule", []):
        rule = _rule(dict(entry), where)
        if rule.id in ids:
            raise VocabularyError(f"{where}: rule id {rule.id!r} is used twice")
        ids.add(rule.id)
        rules.append(rule)
    return RuleSet(rules, tolerance)


def _rule(entry: dict[str, Any], where: str) -> Rule:
    rule_id = entry.get("id", "?")
    shape = entry.get("shape")
    if shape in RENAMED:
        shape, implied = RENAMED[shape]
        entry = {**implied, **entry, "shape": shape}
    if shape not in SHAPES:
        raise VocabularyError(f"{where}: rule {rule_id!r} has unknown shape {shape!r}; known: {sorted(SHAPES)}")
    keys = set(entry)
    if not RULE_KEYS | SHAPES[shape] <= keys <= RULE_KEYS | SHAPES[shape] | OPTIONAL.get(shape, set()):
        wrong = sorted(keys ^ (RULE_KEYS | SHAPES[shape]) - OPTIONAL.get(shape, set()))
        raise VocabularyError(f"{where}: rule {rule_id!r} ({shape}) has missing or unknown keys: {wrong}")
    if entry["severity"] not in ("error", "warning"):
        raise VocabularyError(f"{where}: rule {rule_id!r}: severity must be error or warning")
    if "parts" in entry and shape == "parts_within_total" and entry["parts"] not in PART_KINDS:
        raise VocabularyError(f"{where}: rule {rule_id!r}: parts must be one of {', '.join(PART_KINDS)}")
    params = {k: v for k, v in entry.items() if k not in RULE_KEYS}
    _check_names(params, where, rule_id, shape)
    return Rule(rule_id, entry["description"], entry["severity"], shape, params)


def _check_names(params: dict[str, Any], where: str, rule_id: str, shape: str) -> None:
    for key in ("whole", "parts", "complete", "weapons"):
        if key in params and not (key == "parts" and shape == "parts_within_total"):
            names = params[key] if isinstance(params[key], list) else [params[key]]
            for name in names:
                if name != "*" and name not in WEAPONS and name not in MEASURES:
                    raise VocabularyError(f"{where}: rule {rule_id!r}: unknown name {name!r} in {key}")
    for key in ("left", "right", "measures", "require"):
        if key in params:
            names = params[key] if isinstance(params[key], list) else [params[key]]
            for name in names:
                if name not in MEASURES:
                    raise VocabularyError(f"{where}: rule {rule_id!r}: unknown measure {name!r} in {key}")


@dataclass(frozen=True)
class CheckResult:
    rule: str
    severity: str
    status: str  # pass or fail
    doc_id: str
    event: int
    attacker: str
    weapon: str
    measure: str
    message: str
    lines: str  # CSV lines of the figures involved
    evidence: str


def intervals(frame: pd.DataFrame, tolerance: Tolerance) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper bounds of each figure from its value and qualifier."""
    value = frame["value"].to_numpy(dtype="float64")
    qualifier = frame["qualifier"].to_numpy(dtype=object)
    slack = np.maximum(tolerance.about_min, np.round(value * tolerance.about_share))
    lo = np.select(
        [qualifier == "more_than", qualifier == "up_to", qualifier == "about"],
        [value + 1, np.zeros_like(value), np.maximum(value - slack, 0)], value)
    hi = np.select(
        [np.isin(qualifier, ["more_than", "at_least"]), qualifier == "about"],
        [np.full_like(value, np.inf), value + slack], value)
    return lo, hi


def fmt(lo: float, hi: float) -> str:
    """An interval as a reader writes it: 40, >=41, 36-44 (? when missing)."""
    if math.isnan(lo):
        return "?"
    if lo == hi:
        return f"{int(lo)}"
    if math.isinf(hi):
        return f">={int(lo)}"
    return f"{int(lo)}-{int(hi)}"


def z(values: np.ndarray) -> np.ndarray:
    """Missing (NaN) as 0, infinity kept (np.nan_to_num would make it a huge finite number)."""
    return np.where(np.isnan(values), 0.0, values)


def results_frame(results: Sequence[CheckResult]) -> pd.DataFrame:
    return pd.DataFrame([r.__dict__ for r in results], columns=CHECK_COLUMNS)


def count_checks(checks: Iterable[CheckResult]) -> Counter[tuple[str, str, str]]:
    """How many checks there are per (rule, severity, status): what a run keeps when the checks themselves are
    too many to keep (they are all in checks.csv)."""
    return Counter((c.rule, c.severity, c.status) for c in checks)


def summary(checks: Sequence[CheckResult], schema_failures: int = 0,
            counts: Mapping[tuple[str, str, str], int] | None = None) -> Mapping[str, int]:
    """Counts of passed checks, failed errors, failed warnings and schema failures (from `counts` when given:
    then `checks` may hold only some of the checks)."""
    tally = count_checks(checks) if counts is None else counts
    return {
        "passed": sum(n for (_, _, status), n in tally.items() if status == "pass"),
        "failed": sum(n for (_, severity, status), n in tally.items() if status == "fail" and severity == "error"),
        "warnings": sum(n for (_, severity, status), n in tally.items()
                        if status == "fail" and severity == "warning"),
        "schema_failures": schema_failures,
    }
