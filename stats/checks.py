"""Consistency checks of a validated figures table, driven by the rules in schemas/rules.toml.

Every rule is evaluated per document, event and attacker, over figures read as intervals (see the
head of rules.toml). The arithmetic runs on whole columns at once, through pint quantities, so
adding drones to missiles gives munitions and adding people to drones raises.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .contract import MEASURES, MUNITIONS, PARENT, WEAPONS
from .errors import VocabularyError
from .resources import read_text
from .units import quantity

GROUP = ["doc_id", "event", "attacker"]
SHAPES: dict[str, set[str]] = {
    "sum_of_parts": {"whole", "parts", "complete", "measures"},
    "measures_le": {"weapons", "left", "right"},
    "measures_sum": {"weapons", "whole", "parts"},
    "models_le_class": {"weapons", "measures"},
}
RULE_KEYS = {"id", "description", "severity", "shape"}
OPTIONAL: dict[str, set[str]] = {"measures_le": {"require"}}
CHECK_COLUMNS = ["rule", "severity", "status", "doc_id", "event", "attacker", "weapon", "measure", "message",
                 "lines", "evidence"]


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
    try:
        text = Path(path).read_text(encoding="utf-8") if path else read_text("rules.toml")
        data = tomllib.loads(text)
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{where}: {exc}") from exc
    unknown = set(data) - {"rule", "tolerance"}
    if unknown:
        raise VocabularyError(f"{where}: unknown section(s) {sorted(unknown)}")
    tolerance = Tolerance(**data.get("tolerance", {}))
    rules: list[Rule] = []
    ids: set[str] = set()
    for entry in data.get("rule", []):
        rule_id = entry.get("id", "?")
        shape = entry.get("shape")
        if shape not in SHAPES:
            raise VocabularyError(f"{where}: rule {rule_id!r} has unknown shape {shape!r}; known: {sorted(SHAPES)}")
        keys = set(entry)
        if not RULE_KEYS | SHAPES[shape] <= keys <= RULE_KEYS | SHAPES[shape] | OPTIONAL.get(shape, set()):
            wrong = sorted(keys ^ (RULE_KEYS | SHAPES[shape]) - OPTIONAL.get(shape, set()))
            raise VocabularyError(f"{where}: rule {rule_id!r} ({shape}) has missing or unknown keys: {wrong}")
        if entry["severity"] not in ("error", "warning"):
            raise VocabularyError(f"{where}: rule {rule_id!r}: severity must be error or warning")
        if rule_id in ids:
            raise VocabularyError(f"{where}: rule id {rule_id!r} is used twice")
        ids.add(rule_id)
        params = {k: v for k, v in entry.items() if k not in RULE_KEYS}
        _check_names(params, where, rule_id)
        rules.append(Rule(rule_id, entry["description"], entry["severity"], shape, params))
    return RuleSet(rules, tolerance)


def _check_names(params: dict[str, Any], where: str, rule_id: str) -> None:
    for key in ("whole", "parts", "complete", "weapons"):
        if key in params:
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


class _Table:
    """Figures aggregated per group, weapon and measure, with the rows behind each cell."""

    def __init__(self, frame: pd.DataFrame, tolerance: Tolerance) -> None:
        df = frame.loc[frame["weapon"] != "people", [*GROUP, "weapon", "model", "measure"]].copy()
        lo, hi = intervals(frame.loc[df.index], tolerance)
        df["lo"], df["hi"] = lo, hi
        df["row"] = df.index
        df["has_model"] = df["model"].astype(str) != ""
        keys = [*GROUP, "weapon", "measure"]
        agg = df.groupby([*keys, "has_model"], sort=False, observed=True).agg(
            lo=("lo", "sum"), hi=("hi", "sum"), row=("row", "min"))
        agg = agg.reset_index()
        classes = agg[~agg["has_model"]].set_index(keys)
        per_model = agg[agg["has_model"]].set_index(keys)
        best = pd.concat([classes, per_model[~per_model.index.isin(classes.index)]])
        self.frame = frame
        self.rows_df = df
        self.best = best
        self.classes = classes
        self.per_model = per_model
        self.wide_lo = best["lo"].unstack(["weapon", "measure"])
        self.wide_hi = best["hi"].unstack(["weapon", "measure"])
        self.wide_row = best["row"].unstack(["weapon", "measure"])

    def column(self, weapon: str, measure: str) -> tuple[pd.Series, pd.Series]:
        key = (weapon, measure)
        if key in self.wide_lo.columns:
            return self.wide_lo[key], self.wide_hi[key]
        empty = pd.Series(np.nan, index=self.wide_lo.index)
        return empty, empty


def _fmt(lo: float, hi: float) -> str:
    if math.isnan(lo):
        return "?"
    if lo == hi:
        return f"{int(lo)}"
    if math.isinf(hi):
        return f">={int(lo)}"
    return f"{int(lo)}-{int(hi)}"


def _to_munitions(lo: pd.Series, weapon: str) -> np.ndarray:
    """Values of a weapon class in munitions, through pint (people here would raise)."""
    return np.asarray(quantity(lo.to_numpy(dtype="float64"), weapon).to("munition").magnitude)


def run_checks(frame: pd.DataFrame, rules: RuleSet | None = None, include_passes: bool = True) -> list[CheckResult]:
    """Evaluate every rule over a validated figures frame."""
    ruleset = rules or load_rules()
    if frame.empty:
        return []
    table = _Table(frame, ruleset.tolerance)
    found: list[tuple[Rule, pd.Index, str, str, list[str], np.ndarray, list[list[tuple[str, str]]]]] = []
    results: list[CheckResult] = []
    for rule in ruleset.rules:
        for weapon, measure, passed, messages, cells in _evaluate(rule, table):
            for group, ok, message, involved in zip(passed.index, passed.to_numpy(), messages, cells, strict=True):
                if ok and not include_passes:
                    continue
                results.append(_result(rule, table, group, bool(ok), weapon, measure, message, involved))
    del found
    return results


def _evaluate(rule: Rule, t: _Table) -> Iterable[tuple[str, str, pd.Series, list[str], list[list[tuple[str, str]]]]]:
    p = rule.params
    if rule.shape == "sum_of_parts":
        for measure in p["measures"]:
            yield from _sum_of_parts(t, p["whole"], list(p["parts"]), list(p["complete"]), measure)
    elif rule.shape == "measures_le":
        for weapon in rule.weapons():
            yield from _measures_le(t, weapon, list(p["left"]), p["right"], list(p.get("require", [])))
    elif rule.shape == "measures_sum":
        for weapon in rule.weapons():
            yield from _measures_sum(t, weapon, p["whole"], list(p["parts"]))
    elif rule.shape == "models_le_class":
        for weapon in rule.weapons():
            for measure in p["measures"]:
                yield from _models_le_class(t, weapon, measure)


def _children(weapon: str) -> list[str]:
    return [child for child, parent in PARENT.items() if parent == weapon]


def _sum_of_parts(t: _Table, whole: str, parts: list[str], complete: list[str], measure: str
                  ) -> Iterable[tuple[str, str, pd.Series, list[str], list[list[tuple[str, str]]]]]:
    w_lo, w_hi = t.column(whole, measure)
    total_lo = pd.Series(0.0, index=w_lo.index)
    total_hi = pd.Series(0.0, index=w_lo.index)
    present_any = pd.Series(False, index=w_lo.index)
    all_complete = pd.Series(True, index=w_lo.index)
    used: list[tuple[str, pd.Series]] = []  # (weapon, present mask)
    for part in parts:
        lo, hi = t.column(part, measure)
        present = lo.notna()
        # a missing part may be given by its own parts (missiles as cruise + ballistic)
        for child in _children(part):
            c_lo, c_hi = t.column(child, measure)
            fill = ~present & c_lo.notna()
            lo = lo.where(~fill, 0.0).add(c_lo.where(fill, 0.0), fill_value=0.0).where(present | fill)
            hi = hi.where(~fill, 0.0).add(c_hi.where(fill, 0.0), fill_value=0.0).where(present | fill)
            if fill.any():
                used.append((child, fill))
            present = present | fill
        used.append((part, lo.notna() & t.column(part, measure)[0].notna()))
        total_lo = total_lo + np.where(present, _to_munitions(lo.fillna(0.0), part), 0.0)
        total_hi = total_hi + np.where(present, _to_munitions(hi.fillna(0.0), part), 0.0)
        present_any |= present
        if part in complete:
            all_complete &= present
    applicable = w_lo.notna() & present_any
    if not applicable.any():
        return
    whole_lo = _to_munitions(w_lo.fillna(0.0), whole)
    whole_hi = _to_munitions(w_hi.fillna(0.0), whole)
    equal = (total_lo <= whole_hi) & (whole_lo <= total_hi)
    at_least = whole_hi >= total_lo
    passed = pd.Series(np.where(all_complete, equal, at_least), index=w_lo.index)[applicable]
    messages: list[str] = []
    cells: list[list[tuple[str, str]]] = []
    for group in passed.index:
        terms = []
        involved = [(whole, measure)]
        for weapon, mask in used:
            if mask.get(group, False):
                lo, hi = t.column(weapon, measure)
                terms.append(f"{weapon} {_fmt(lo[group], hi[group])}")
                involved.append((weapon, measure))
        op = "=" if all_complete[group] else "<="
        messages.append(f"{measure}: {' + '.join(terms)} = {_fmt(total_lo[group], total_hi[group])} {op} "
                        f"{whole} {_fmt(w_lo[group], w_hi[group])}")
        cells.append(involved)
    yield whole, measure, passed, messages, cells


def _measures_le(t: _Table, weapon: str, left: list[str], right: str, require: list[str]
                 ) -> Iterable[tuple[str, str, pd.Series, list[str], list[list[tuple[str, str]]]]]:
    r_lo, r_hi = t.column(weapon, right)
    total = pd.Series(0.0, index=r_lo.index)
    present_any = pd.Series(False, index=r_lo.index)
    required = pd.Series(True, index=r_lo.index)
    for measure in require:
        required &= t.column(weapon, measure)[0].notna()
    for measure in left:
        lo, _ = t.column(weapon, measure)
        total = total + lo.fillna(0.0)
        present_any |= lo.notna()
    applicable = r_lo.notna() & present_any & required
    if not applicable.any():
        return
    left_q = _to_munitions(total, weapon)
    right_q = _to_munitions(r_hi.fillna(0.0), weapon)
    passed = pd.Series(left_q <= right_q, index=r_lo.index)[applicable]
    messages, cells = [], []
    for group in passed.index:
        terms, involved = [], [(weapon, right)]
        for measure in left:
            lo, hi = t.column(weapon, measure)
            if not math.isnan(lo[group]):
                terms.append(f"{measure} {_fmt(lo[group], hi[group])}")
                involved.append((weapon, measure))
        messages.append(f"{weapon}: {' + '.join(terms)} = {_fmt(total[group], total[group])} <= "
                        f"{right} {_fmt(r_lo[group], r_hi[group])}")
        cells.append(involved)
    yield weapon, right, passed, messages, cells


def _measures_sum(t: _Table, weapon: str, whole: str, parts: list[str]
                  ) -> Iterable[tuple[str, str, pd.Series, list[str], list[list[tuple[str, str]]]]]:
    w_lo, w_hi = t.column(weapon, whole)
    lo_sum = pd.Series(0.0, index=w_lo.index)
    hi_sum = pd.Series(0.0, index=w_lo.index)
    present_all = w_lo.notna()
    for measure in parts:
        lo, hi = t.column(weapon, measure)
        present_all &= lo.notna()
        lo_sum, hi_sum = lo_sum + lo.fillna(0.0), hi_sum + hi.fillna(0.0)
    if not present_all.any():
        return
    passed = ((lo_sum <= w_hi) & (w_lo <= hi_sum))[present_all]
    messages, cells = [], []
    for group in passed.index:
        terms = [f"{m} {_fmt(t.column(weapon, m)[0][group], t.column(weapon, m)[1][group])}" for m in parts]
        messages.append(f"{weapon}: {' + '.join(terms)} = {_fmt(lo_sum[group], hi_sum[group])} = "
                        f"{whole} {_fmt(w_lo[group], w_hi[group])}")
        cells.append([(weapon, whole)] + [(weapon, m) for m in parts])
    yield weapon, whole, passed, messages, cells


def _models_le_class(t: _Table, weapon: str, measure: str
                     ) -> Iterable[tuple[str, str, pd.Series, list[str], list[list[tuple[str, str]]]]]:
    keys = t.classes.index.intersection(t.per_model.index)
    if keys.empty:
        return
    sel = [k for k in keys if k[3] == weapon and k[4] == measure]
    if not sel:
        return
    index = pd.MultiIndex.from_tuples(sel, names=t.classes.index.names)
    cls = t.classes.loc[index]
    mod = t.per_model.loc[index]
    ok = mod["lo"].to_numpy() <= cls["hi"].to_numpy()
    groups = pd.MultiIndex.from_tuples([k[:3] for k in sel], names=GROUP)
    passed = pd.Series(ok, index=groups)
    messages = [f"{weapon} {measure}: per model {_fmt(m_lo, m_lo)} <= class total {_fmt(c_lo, c_hi)}"
                for m_lo, c_lo, c_hi in zip(mod["lo"], cls["lo"], cls["hi"], strict=True)]
    yield weapon, measure, passed, messages, [[(weapon, measure)] for _ in sel]


def _result(rule: Rule, t: _Table, group: Any, ok: bool, weapon: str, measure: str, message: str,
            involved: Sequence[tuple[str, str]]) -> CheckResult:
    doc_id, event, attacker = group
    rows = t.rows_df
    mask = (rows["doc_id"] == doc_id) & (rows["event"] == event) & (rows["attacker"] == attacker)
    wanted = {(w, m) for w, m in involved}
    sub = rows[mask]
    picked = sub[[(w, m) in wanted for w, m in zip(sub["weapon"], sub["measure"], strict=True)]]
    lines = " ".join(str(int(r) + 2) for r in sorted(picked["row"]))
    evidence_rows = t.frame.loc[picked["row"], "evidence"] if len(picked) else pd.Series([], dtype=str)
    evidence = " | ".join(dict.fromkeys(str(e) for e in evidence_rows))
    return CheckResult(rule.id, rule.severity, "pass" if ok else "fail", str(doc_id), int(event), str(attacker),
                       weapon, measure, message, lines, evidence)


def results_frame(results: Sequence[CheckResult]) -> pd.DataFrame:
    return pd.DataFrame([r.__dict__ for r in results], columns=CHECK_COLUMNS)
