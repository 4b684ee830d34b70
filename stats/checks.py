"""Consistency checks of a validated figures table, driven by the rules in schemas/rules.toml.

Every rule is evaluated over figures read as intervals (see the head of rules.toml). Most shapes
compare the figures of one document, event and attacker; ``cross_source`` compares the figures of
different documents about the same attack, and ``matches_reference`` compares a table with a
reference table. The arithmetic runs on whole columns at once, through pint quantities, so adding
drones to missiles gives munitions and adding people to drones raises.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .contract import MEASURES, MUNITIONS, PARENT, WEAPONS
from .errors import VocabularyError
from .rules_file import rules_data
from .units import quantity

GROUP = ["doc_id", "event", "attacker"]
CELL = [*GROUP, "weapon", "measure"]
ATTACK = ["date", "attacker", "weapon", "measure"]
SHAPES: dict[str, set[str]] = {
    "sum_of_parts": {"whole", "parts", "complete", "measures"},
    "measures_le": {"weapons", "left", "right"},
    "measures_sum": {"weapons", "whole", "parts"},
    "models_le_class": {"weapons", "measures"},
    "cross_source": {"weapons", "measures"},
    "matches_reference": {"weapons", "measures"},
}
RULE_KEYS = {"id", "description", "severity", "shape"}
OPTIONAL: dict[str, set[str]] = {"measures_le": {"require"}}
CHECK_COLUMNS = ["rule", "severity", "status", "doc_id", "event", "attacker", "weapon", "measure", "message",
                 "lines", "evidence"]
# Shapes that compare a table with another one: evaluated by compare_with_reference only.
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


NCELLS = len(WEAPONS) * len(MEASURES)


def _cell(weapon: str, measure: str) -> int:
    return WEAPONS.index(weapon) * len(MEASURES) + MEASURES.index(measure)


class _Table:
    """Figures aggregated per group (document, event, attacker) and cell (weapon, measure), as arrays.

    Keys are factorized to integers once, so building the table and evaluating every rule is a handful of
    vectorised passes however many rows there are.
    """

    def __init__(self, frame: pd.DataFrame, tolerance: Tolerance) -> None:
        munitions = (frame["weapon"] != "people").to_numpy()
        f = frame.loc[munitions]
        self.frame = frame
        self.labels = f.index.to_numpy()
        lo, hi = intervals(f, tolerance)
        doc_codes, doc_uniques = pd.factorize(f["doc_id"], sort=False)
        events = f["event"].to_numpy(dtype="int64")
        att_codes, att_uniques = pd.factorize(f["attacker"], sort=False)
        combined = (doc_codes.astype("int64") * (int(events.max(initial=0)) + 1) + events) * max(
            len(att_uniques), 1) + att_codes
        self.gid, first = _factorize_first(combined)
        self.ngroups = len(first)
        self.group_doc = np.asarray(doc_uniques, dtype=object)[doc_codes[first]] if len(first) else np.array([])
        self.group_event = events[first]
        self.group_attacker = np.asarray(att_uniques, dtype=object)[att_codes[first]] if len(first) else np.array([])
        weapon_codes = pd.Categorical(f["weapon"], categories=list(WEAPONS)).codes.astype("int64")
        measure_codes = pd.Categorical(f["measure"], categories=list(MEASURES)).codes.astype("int64")
        self.cell = weapon_codes * len(MEASURES) + measure_codes
        has_model = (f["model"].to_numpy(dtype=object) != "").astype("int64")
        key = (self.gid * NCELLS + self.cell) * 2 + has_model
        sums = pd.DataFrame({"key": key, "lo": lo, "hi": hi}).groupby("key", sort=False).sum()
        keys = sums.index.to_numpy()
        g, c, m = keys // (NCELLS * 2), (keys // 2) % NCELLS, keys % 2
        self.columns = {cell: col for col, cell in enumerate(sorted(set(c.tolist())))}
        shape = (self.ngroups, len(self.columns))
        self.cls_lo, self.cls_hi = np.full(shape, np.nan), np.full(shape, np.nan)
        self.mod_lo, self.mod_hi = np.full(shape, np.nan), np.full(shape, np.nan)
        cols = np.array([self.columns[x] for x in c.tolist()], dtype="int64")
        is_class = m == 0
        self.cls_lo[g[is_class], cols[is_class]] = sums["lo"].to_numpy()[is_class]
        self.cls_hi[g[is_class], cols[is_class]] = sums["hi"].to_numpy()[is_class]
        self.mod_lo[g[~is_class], cols[~is_class]] = sums["lo"].to_numpy()[~is_class]
        self.mod_hi[g[~is_class], cols[~is_class]] = sums["hi"].to_numpy()[~is_class]
        # the class total where stated, else the figures per model summed
        self.lo = np.where(np.isnan(self.cls_lo), self.mod_lo, self.cls_lo)
        self.hi = np.where(np.isnan(self.cls_hi), self.mod_hi, self.cls_hi)
        self._order: np.ndarray | None = None

    def column(self, weapon: str, measure: str) -> tuple[np.ndarray, np.ndarray]:
        col = self.columns.get(_cell(weapon, measure))
        if col is None:
            empty = np.full(self.ngroups, np.nan)
            return empty, empty
        return self.lo[:, col], self.hi[:, col]

    def model_columns(self, weapon: str, measure: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        col = self.columns.get(_cell(weapon, measure))
        if col is None:
            empty = np.full(self.ngroups, np.nan)
            return empty, empty, empty
        return self.mod_lo[:, col], self.cls_lo[:, col], self.cls_hi[:, col]

    def rows(self, group: int, cells: Sequence[tuple[str, str]]) -> np.ndarray:
        """Row labels of the figures of one group in the given cells."""
        if self._order is None:
            self._order = np.argsort(self.gid, kind="stable")
            self._sorted = self.gid[self._order]
        start, end = np.searchsorted(self._sorted, [group, group + 1])
        positions = self._order[start:end]
        wanted = np.array([_cell(w, m) for w, m in cells], dtype="int64")
        return np.sort(self.labels[positions[np.isin(self.cell[positions], wanted)]])


def _factorize_first(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Codes of values in order of first appearance, and the position of each first appearance."""
    codes, _ = pd.factorize(values, sort=False)
    codes = codes.astype("int64")
    first = np.full(codes.max(initial=-1) + 1, len(codes), dtype="int64")
    np.minimum.at(first, codes, np.arange(len(codes)))
    return codes, first


def _z(values: np.ndarray) -> np.ndarray:
    """Missing (NaN) as 0, infinity kept (np.nan_to_num would make it a huge finite number)."""
    return np.where(np.isnan(values), 0.0, values)


def _fmt(lo: float, hi: float) -> str:
    if math.isnan(lo):
        return "?"
    if lo == hi:
        return f"{int(lo)}"
    if math.isinf(hi):
        return f">={int(lo)}"
    return f"{int(lo)}-{int(hi)}"


def _munitions(values: np.ndarray, weapon: str) -> np.ndarray:
    """Values of a weapon class in munitions, through pint (people here would raise)."""
    return np.asarray(quantity(values, weapon).to("munition").magnitude)


@dataclass
class _Outcome:
    """One rule evaluated for one weapon and measure over every group where it applies."""

    rule: Rule
    weapon: str
    measure: str
    groups: np.ndarray  # group numbers where the rule applies
    passed: np.ndarray  # bool per applicable group
    message: Callable[[int], str]  # the numbers, for one group number
    cells: Callable[[int], list[tuple[str, str]]]  # the cells whose figures it read, for one group number


def run_checks(frame: pd.DataFrame, rules: RuleSet | None = None, include_passes: bool = True) -> list[CheckResult]:
    """Evaluate every rule over a validated figures frame (passes too, unless include_passes is False).
    Rules comparing with a reference table are left to compare_with_reference."""
    ruleset = rules or load_rules()
    if frame.empty:
        return []
    table = _Table(frame, ruleset.tolerance)
    if table.ngroups == 0:
        return []
    found: list[tuple[_Outcome, int, bool, np.ndarray]] = []
    for rule in ruleset.rules:
        for outcome in _evaluate(rule, table):
            report = np.ones(len(outcome.groups), dtype=bool) if include_passes else ~outcome.passed
            for group, ok in zip(outcome.groups[report].tolist(), outcome.passed[report].tolist(), strict=True):
                found.append((outcome, group, ok, table.rows(group, outcome.cells(group))))
    # the evidence of every reported figure, fetched in one pass
    labels = np.unique(np.concatenate([rows for *_, rows in found])) if found else np.array([], dtype="int64")
    positions = frame.index.get_indexer(labels)
    evidence = dict(zip(labels.tolist(), frame["evidence"].take(positions).tolist(), strict=True))
    within = [_result(o, table, group, ok, rows, evidence) for o, group, ok, rows in found]
    return within + _across_documents(frame, table, ruleset, include_passes)


def _result(o: _Outcome, t: _Table, group: int, ok: bool, rows: np.ndarray, evidence: dict[int, object]
            ) -> CheckResult:
    lines = " ".join(str(int(label) + 2) for label in rows)
    quoted = " | ".join(dict.fromkeys(str(evidence[int(label)]) for label in rows))
    return CheckResult(o.rule.id, o.rule.severity, "pass" if ok else "fail", str(t.group_doc[group]),
                       int(t.group_event[group]), str(t.group_attacker[group]), o.weapon, o.measure,
                       o.message(group), lines, quoted)


def _evaluate(rule: Rule, t: _Table) -> Iterable[_Outcome]:
    p = rule.params
    if rule.shape == "sum_of_parts":
        for measure in p["measures"]:
            yield from _sum_of_parts(rule, t, p["whole"], list(p["parts"]), list(p["complete"]), measure)
    elif rule.shape == "measures_le":
        for weapon in rule.weapons():
            yield from _measures_le(rule, t, weapon, list(p["left"]), p["right"], list(p.get("require", [])))
    elif rule.shape == "measures_sum":
        for weapon in rule.weapons():
            yield from _measures_sum(rule, t, weapon, p["whole"], list(p["parts"]))
    elif rule.shape == "models_le_class":
        for weapon in rule.weapons():
            for measure in p["measures"]:
                yield from _models_le_class(rule, t, weapon, measure)


def _children(weapon: str) -> list[str]:
    return [child for child, parent in PARENT.items() if parent == weapon]


def _sum_of_parts(rule: Rule, t: _Table, whole: str, parts: list[str], complete: list[str], measure: str
                  ) -> Iterable[_Outcome]:
    w_lo, w_hi = t.column(whole, measure)
    if np.isnan(w_lo).all():
        return
    total_lo = np.zeros(t.ngroups)
    total_hi = np.zeros(t.ngroups)
    any_part = np.zeros(t.ngroups, dtype=bool)
    all_complete = np.ones(t.ngroups, dtype=bool)
    used: list[tuple[str, np.ndarray]] = []  # (weapon, where it was used)
    for part in parts:
        lo, hi = t.column(part, measure)
        present = ~np.isnan(lo)
        lo, hi = _z(lo), _z(hi)
        used.append((part, present))
        # a part not given may be given by its own parts (missiles as cruise + ballistic missiles)
        for child in _children(part):
            c_lo, c_hi = t.column(child, measure)
            fill = ~present & ~np.isnan(c_lo)
            lo = lo + np.where(fill, _z(c_lo), 0.0)
            hi = hi + np.where(fill, _z(c_hi), 0.0)
            used.append((child, fill))
            present = present | fill
        total_lo += np.where(present, _munitions(lo, part), 0.0)
        total_hi += np.where(present, _munitions(hi, part), 0.0)
        any_part |= present
        if part in complete:
            all_complete &= present
    applicable = ~np.isnan(w_lo) & any_part
    if not applicable.any():
        return
    whole_lo, whole_hi = _munitions(_z(w_lo), whole), _munitions(_z(w_hi), whole)
    equal = (total_lo <= whole_hi) & (whole_lo <= total_hi)
    passed = np.where(all_complete, equal, whole_hi >= total_lo)
    groups = np.flatnonzero(applicable)

    def message(g: int) -> str:
        terms = [f"{w} {_fmt(*(float(x[g]) for x in t.column(w, measure)))}" for w, mask in used if mask[g]]
        op = "=" if all_complete[g] else "<="
        return (f"{measure}: {' + '.join(terms)} = {_fmt(total_lo[g], total_hi[g])} {op} "
                f"{whole} {_fmt(float(w_lo[g]), float(w_hi[g]))}")

    def cells(g: int) -> list[tuple[str, str]]:
        return [(whole, measure)] + [(w, measure) for w, mask in used if mask[g]]

    yield _Outcome(rule, whole, measure, groups, passed[groups], message, cells)


def _measures_le(rule: Rule, t: _Table, weapon: str, left: list[str], right: str, require: list[str]
                 ) -> Iterable[_Outcome]:
    r_lo, r_hi = t.column(weapon, right)
    if np.isnan(r_lo).all():
        return
    total = np.zeros(t.ngroups)
    any_left = np.zeros(t.ngroups, dtype=bool)
    required = np.ones(t.ngroups, dtype=bool)
    for measure in require:
        required &= ~np.isnan(t.column(weapon, measure)[0])
    for measure in left:
        lo = t.column(weapon, measure)[0]
        total += _z(lo)
        any_left |= ~np.isnan(lo)
    applicable = ~np.isnan(r_lo) & any_left & required
    if not applicable.any():
        return
    passed = _munitions(total, weapon) <= _munitions(_z(r_hi), weapon)
    groups = np.flatnonzero(applicable)

    def message(g: int) -> str:
        terms = []
        for measure in left:
            lo, hi = t.column(weapon, measure)
            if not math.isnan(lo[g]):
                terms.append(f"{measure} {_fmt(float(lo[g]), float(hi[g]))}")
        return f"{weapon}: {' + '.join(terms)} = {_fmt(total[g], total[g])} <= {right} {_fmt(r_lo[g], r_hi[g])}"

    def cells(g: int) -> list[tuple[str, str]]:
        return [(weapon, right)] + [(weapon, m) for m in left if not math.isnan(t.column(weapon, m)[0][g])]

    yield _Outcome(rule, weapon, right, groups, passed[groups], message, cells)


def _measures_sum(rule: Rule, t: _Table, weapon: str, whole: str, parts: list[str]) -> Iterable[_Outcome]:
    w_lo, w_hi = t.column(weapon, whole)
    present = ~np.isnan(w_lo)
    lo_sum = np.zeros(t.ngroups)
    hi_sum = np.zeros(t.ngroups)
    for measure in parts:
        lo, hi = t.column(weapon, measure)
        present &= ~np.isnan(lo)
        lo_sum, hi_sum = lo_sum + _z(lo), hi_sum + _z(hi)
    if not present.any():
        return
    passed = (lo_sum <= w_hi) & (w_lo <= hi_sum)
    groups = np.flatnonzero(present)

    def message(g: int) -> str:
        terms = [f"{m} {_fmt(*(float(x[g]) for x in t.column(weapon, m)))}" for m in parts]
        return (f"{weapon}: {' + '.join(terms)} = {_fmt(lo_sum[g], hi_sum[g])} = "
                f"{whole} {_fmt(float(w_lo[g]), float(w_hi[g]))}")

    def cells(g: int) -> list[tuple[str, str]]:
        return [(weapon, whole)] + [(weapon, m) for m in parts]

    yield _Outcome(rule, weapon, whole, groups, passed[groups], message, cells)


def _models_le_class(rule: Rule, t: _Table, weapon: str, measure: str) -> Iterable[_Outcome]:
    mod_lo, cls_lo, cls_hi = t.model_columns(weapon, measure)
    applicable = ~np.isnan(mod_lo) & ~np.isnan(cls_lo)
    if not applicable.any():
        return
    passed = _z(mod_lo) <= _z(cls_hi)
    groups = np.flatnonzero(applicable)

    def message(g: int) -> str:
        return (f"{weapon} {measure}: per model {_fmt(mod_lo[g], mod_lo[g])} <= class total "
                f"{_fmt(cls_lo[g], cls_hi[g])}")

    def cells(g: int) -> list[tuple[str, str]]:
        return [(weapon, measure)]

    yield _Outcome(rule, weapon, measure, groups, passed[groups], message, cells)


def results_frame(results: Sequence[CheckResult]) -> pd.DataFrame:
    return pd.DataFrame([r.__dict__ for r in results], columns=CHECK_COLUMNS)


class _Figures:
    """The munition figures of a table, one row each, for comparisons across documents and tables.

    ``rows_df`` holds each figure's interval, the CSV row it came from (``row``, the frame's label) and the
    date of its event (``edate``: the latest date any figure of the event gives, else empty); ``best`` the
    class figure of each (document, event, attacker, weapon, measure): its class total, else its figures
    per model summed.
    """

    def __init__(self, frame: pd.DataFrame, tolerance: Tolerance) -> None:
        df = frame.loc[frame["weapon"] != "people", [*GROUP, "date", "weapon", "model", "measure"]].copy()
        df["lo"], df["hi"] = intervals(frame.loc[df.index], tolerance)
        df["row"] = df.index
        df["has_model"] = df["model"].astype(str) != ""
        df["edate"] = df.groupby(GROUP, sort=False, observed=True)["date"].transform("max") if len(df) else ""
        agg = df.groupby([*CELL, "has_model"], sort=False, observed=True).agg(lo=("lo", "sum"), hi=("hi", "sum"))
        agg = agg.reset_index()
        classes = agg[~agg["has_model"]].set_index(CELL)
        per_model = agg[agg["has_model"]].set_index(CELL)
        self.frame = frame
        self.rows_df = df
        self.best = pd.concat([classes, per_model[~per_model.index.isin(classes.index)]])
        self._evidence: dict[Any, str] | None = None

    def lines_and_evidence(self, rows: Sequence[Any]) -> tuple[str, str]:
        """The CSV lines of the given rows and their evidence, each quoted once."""
        if self._evidence is None:
            self._evidence = dict(zip(self.frame.index, self.frame["evidence"].astype(str), strict=True))
        lines = " ".join(str(int(r) + 2) for r in rows)
        evidence = " | ".join(dict.fromkeys(self._evidence[r] for r in rows))
        return lines, evidence


# --- across documents -------------------------------------------------------------------------------------------

def _descendants(weapon: str) -> list[str]:
    return [d for child in _children(weapon) for d in (child, *_descendants(child))]


def _per_document(t: _Figures, weapons: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    """One value per document and attack (date, attacker, weapon, measure): the class figure of each event
    (its class total, else the sum of its figures per model), summed over the document's events of that date.
    Events without a date are left out: nothing says which attack they are about."""
    best = t.best.reset_index()
    dates = t.rows_df.groupby(GROUP, sort=False, observed=True)["edate"].first()
    best = best.join(dates.rename("date"), on=GROUP)
    best = best[(best["date"] != "") & best["weapon"].isin(weapons) & best["measure"].isin(measures)]
    return best.groupby([*ATTACK, "doc_id"], sort=False, observed=True).agg(
        lo=("lo", "sum"), hi=("hi", "sum"), event=("event", "min")).reset_index()


def _document_rows(t: _Figures) -> dict[tuple[Any, ...], np.ndarray]:
    """CSV rows of each (date, attacker, weapon, measure, doc_id), dated by their event."""
    df = t.rows_df
    labels = df["row"].to_numpy()
    keys = ["edate", "attacker", "weapon", "measure", "doc_id"]
    return {key: labels[pos] for key, pos in df.groupby(keys, sort=False, observed=True).indices.items()}


def _across_documents(frame: pd.DataFrame, t: _Table, ruleset: RuleSet, include_passes: bool) -> list[CheckResult]:
    """The checks of the cross_source rules: figures of one attack in different documents.

    Runs on the integer arrays of the table: a group's date is the latest date of its figures; a document's
    figure for an attack is the class figure of each of its groups (events) of that date, summed.
    """
    rules = [r for r in ruleset.rules if r.shape == "cross_source"]
    if not rules or t.ngroups < 2:
        return []
    dates = frame["date"][(frame["weapon"] != "people").to_numpy()]
    date_codes, date_names = pd.factorize(dates, sort=True)  # "" sorts first: a group's max is "" only if all are
    gdate = np.zeros(t.ngroups, dtype="int64")
    np.maximum.at(gdate, t.gid, date_codes.astype("int64"))
    dated = np.asarray(date_names, dtype=object)[gdate] != ""
    if not dated.any():
        return []
    docs, doc_names = pd.factorize(t.group_doc, sort=False)
    attackers, attacker_names = pd.factorize(t.group_attacker, sort=False)
    # groups by document and date, for the CSV lines of a reported document
    by_doc_date = docs.astype("int64") * len(date_names) + gdate
    order = np.argsort(by_doc_date, kind="stable")
    index = _Across(frame, t, gdate, np.asarray(date_names, dtype=object), docs.astype("int64"),
                    np.asarray(doc_names, dtype=object), attackers.astype("int64"),
                    np.asarray(attacker_names, dtype=object), dated, by_doc_date[order], order)
    return [c for rule in rules for c in _cross_source(rule, index, include_passes)]


@dataclass
class _Across:
    frame: pd.DataFrame
    t: _Table
    gdate: np.ndarray  # date code of each group
    date_names: np.ndarray
    docs: np.ndarray  # document code of each group
    doc_names: np.ndarray
    attackers: np.ndarray
    attacker_names: np.ndarray
    dated: np.ndarray  # groups with a date
    sorted_keys: np.ndarray  # document * dates + date, sorted
    order: np.ndarray  # groups in that order

    def rows(self, doc: int, date: int, weapon: str, measure: str) -> list[int]:
        key = doc * len(self.date_names) + date
        start, end = np.searchsorted(self.sorted_keys, [key, key + 1])
        found = [self.t.rows(int(g), [(weapon, measure)]) for g in self.order[start:end]]
        return sorted(int(r) for rows in found for r in rows)


def _cross_source(rule: Rule, x: _Across, include_passes: bool) -> list[CheckResult]:
    """Documents that give the same attack: fail where no value lies inside every document's interval."""
    t = x.t
    groups, cells, lows, highs = [], [], [], []
    for weapon in rule.weapons():
        for measure in rule.params["measures"]:
            col = t.columns.get(_cell(weapon, measure))
            if col is None:
                continue
            g = np.flatnonzero(x.dated & ~np.isnan(t.lo[:, col]))
            groups.append(g)
            cells.append(np.full(len(g), _cell(weapon, measure), dtype="int64"))
            lows.append(t.lo[g, col])
            highs.append(t.hi[g, col])
    if not groups:
        return []
    g, cell, lo, hi = (np.concatenate(a) for a in (groups, cells, lows, highs))
    # one value per document and attack (date, attacker, weapon, measure): its events of that date summed
    attack = (x.gdate[g] * len(x.attacker_names) + x.attackers[g]) * NCELLS + cell
    per_doc, first = _factorize_first(attack * len(x.doc_names) + x.docs[g])
    d_lo, d_hi = np.bincount(per_doc, weights=lo), np.bincount(per_doc, weights=hi)
    d_attack, d_group = attack[first], g[first]
    a_code, _ = _factorize_first(d_attack)
    count = np.bincount(a_code)
    by_attack = np.argsort(a_code, kind="stable")  # documents of each attack, in order of appearance
    starts = np.searchsorted(a_code[by_attack], np.arange(len(count)))
    high = np.lexsort((-d_lo, a_code))  # per attack, the largest lower bound first
    low = np.lexsort((d_hi, a_code))  # per attack, the smallest upper bound first
    found: list[tuple[CheckResult, list[int]]] = []
    for k in np.flatnonzero(count >= 2).tolist():
        a, b, n = int(high[starts[k]]), int(low[starts[k]]), int(count[k])
        ok = bool(d_lo[a] <= d_hi[b])
        if ok and not include_passes:
            continue
        ga = int(d_group[a])
        c = int(cell[first[a]])
        weapon, measure = WEAPONS[c // len(MEASURES)], MEASURES[c % len(MEASURES)]
        date = int(x.gdate[ga])
        what = f"{weapon} {measure} on {x.date_names[date]}"
        if ok:
            shown = by_attack[starts[k]:starts[k] + min(n, 3)].tolist()
            more = f", and {n - 3} more" if n > 3 else ""
            values = ", ".join(f"{x.doc_names[x.docs[d_group[i]]]} {_fmt(d_lo[i], d_hi[i])}" for i in shown)
            message = f"{what}: {n} documents agree ({values}{more})"
        else:
            shown = [a, b]
            more = f" ({n} documents give it)" if n > 2 else ""
            message = (f"{what}: {x.doc_names[x.docs[ga]]} gives {_fmt(d_lo[a], d_hi[a])} but "
                       f"{x.doc_names[x.docs[d_group[b]]]} gives {_fmt(d_lo[b], d_hi[b])}{more}")
        rows = sorted(r for i in shown for r in x.rows(int(x.docs[d_group[i]]), date, weapon, measure))
        found.append((CheckResult(rule.id, rule.severity, "pass" if ok else "fail", str(x.doc_names[x.docs[ga]]),
                                  int(t.group_event[ga]), str(x.attacker_names[x.attackers[ga]]), weapon, measure,
                                  message, " ".join(str(r + 2) for r in rows), ""), rows))
    # the evidence of every reported figure, fetched in one pass
    labels = sorted({r for _, rows in found for r in rows})
    evidence = dict(zip(labels, x.frame["evidence"].take(x.frame.index.get_indexer(labels)).tolist(), strict=True))
    return [replace(check, evidence=" | ".join(dict.fromkeys(str(evidence[r]) for r in rows)))
            for check, rows in found]


# --- against a reference table ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Comparison:
    """The checks of a figures table against a reference, and how many of its figures had no counterpart."""

    checks: list[CheckResult]
    compared: int
    unmatched: int


def _reference_cells(ref: _Figures, weapons: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    """Reference values per document and attack: per model, per class (its total, else the sum of its
    models), and per parent class summed from its classes where the document gives no figure of it."""
    everything = list(MUNITIONS)
    per_class = _per_document(ref, everything, measures)
    per_class["model"] = ""
    per_class["derived"] = ""
    derived = [per_class]
    for parent in ("missile", "aerial_weapon"):  # children first: missiles feed aerial weapons
        current = pd.concat(derived, ignore_index=True)
        kids = current[current["weapon"].isin(_children(parent))]
        if kids.empty:
            continue
        keys = ["date", "attacker", "measure", "doc_id"]
        summed = kids.groupby(keys, sort=False, observed=True).agg(
            lo=("lo", "sum"), hi=("hi", "sum"), event=("event", "min"),
            derived=("weapon", lambda w: "sum of " + " + ".join(sorted(set(w))))).reset_index()
        have = current.loc[current["weapon"] == parent, keys]
        summed = summed.merge(have.drop_duplicates(), on=keys, how="left", indicator=True)
        summed = summed[summed["_merge"] == "left_only"].drop(columns="_merge")
        summed["weapon"], summed["model"] = parent, ""
        derived.append(summed)
    cells = pd.concat(derived, ignore_index=True)
    df = ref.rows_df[ref.rows_df["has_model"] & (ref.rows_df["edate"] != "")]
    models = df.groupby(["edate", "attacker", "weapon", "model", "measure", "doc_id"], sort=False,
                        observed=True).agg(lo=("lo", "sum"), hi=("hi", "sum"), event=("event", "min")).reset_index()
    models = models.rename(columns={"edate": "date"})
    models["derived"] = ""
    cells = pd.concat([cells, models], ignore_index=True)
    return cells[cells["weapon"].isin(weapons) & cells["measure"].isin(measures)]


def compare_with_reference(frame: pd.DataFrame, reference: pd.DataFrame, rules: RuleSet | None = None,
                           include_passes: bool = True) -> Comparison:
    """Compare each figure cell (document, event, weapon, model, measure) of a validated table with the
    figures a validated reference table gives for the same date, attacker, weapon and measure (and model,
    when the figure names one). A cell agrees when its interval meets the value of at least one reference
    document; otherwise it is reported with the closest reference value. Cells without a date or without a
    reference figure are counted as unmatched, not checked."""
    ruleset = rules or load_rules()
    wanted = [r for r in ruleset.rules if r.shape == "matches_reference"]
    if not wanted or frame.empty or reference.empty:
        return Comparison([], 0, 0)
    mine, theirs = _Figures(frame, ruleset.tolerance), _Figures(reference, ruleset.tolerance)
    refs = _document_rows(theirs)
    model_rows = theirs.rows_df.groupby(["edate", "attacker", "weapon", "model", "measure", "doc_id"], sort=False,
                                        observed=True).indices
    labels = theirs.rows_df["row"].to_numpy()
    checks: list[CheckResult] = []
    compared = unmatched = 0
    for rule in wanted:
        weapons, measures = rule.weapons(), list(rule.params["measures"])
        df = mine.rows_df[mine.rows_df["weapon"].isin(weapons) & mine.rows_df["measure"].isin(measures)]
        keys = ["doc_id", "event", "edate", "attacker", "weapon", "model", "measure"]
        cells = df.groupby(keys, sort=False, observed=True).agg(lo=("lo", "sum"), hi=("hi", "sum"),
                                                                rows=("row", list)).reset_index()
        cells = cells.rename(columns={"edate": "date"})
        cells["cell"] = np.arange(len(cells))
        ref = _reference_cells(theirs, weapons, measures)
        on = ["date", "attacker", "weapon", "model", "measure"]
        pairs = cells[cells["date"] != ""].merge(ref, on=on, suffixes=("", "_ref"))
        matched = set(pairs["cell"])
        unmatched += len(cells) - len(matched)
        compared += len(matched)
        if pairs.empty:
            continue
        pairs["gap"] = np.maximum.reduce([np.zeros(len(pairs)), (pairs["lo"] - pairs["hi_ref"]).to_numpy(),
                                          (pairs["lo_ref"] - pairs["hi"]).to_numpy()])
        closest = pairs.sort_values(["cell", "gap"], kind="stable").drop_duplicates("cell")
        for c in closest.itertuples(index=False):
            ok = bool(c.gap == 0)
            if ok and not include_passes:
                continue
            rows = sorted(c.rows)
            lines, evidence = mine.lines_and_evidence(rows)
            if c.model:
                ref_rows = list(labels[model_rows[(c.date, c.attacker, c.weapon, c.model, c.measure, c.doc_id_ref)]])
            else:
                classes = [c.weapon, *_descendants(c.weapon)] if c.derived else [c.weapon]
                ref_rows = [r for w in classes for r in refs.get((c.date, c.attacker, w, c.measure, c.doc_id_ref), ())]
            ref_lines, ref_evidence = theirs.lines_and_evidence(sorted(ref_rows))
            what = f"{c.weapon}{' ' + c.model if c.model else ''} {c.measure} on {c.date}"
            source = f"reference {c.doc_id_ref} (reference lines {ref_lines}{', ' + c.derived if c.derived else ''})"
            if ok:
                message = f"{what}: {_fmt(c.lo, c.hi)} agrees with {_fmt(c.lo_ref, c.hi_ref)} in {source}"
            else:
                message = f"{what}: {_fmt(c.lo, c.hi)} here but {_fmt(c.lo_ref, c.hi_ref)} in {source}"
            checks.append(CheckResult(rule.id, rule.severity, "pass" if ok else "fail", str(c.doc_id), int(c.event),
                                      str(c.attacker), str(c.weapon), str(c.measure), message, lines,
                                      f"{evidence} | reference: {ref_evidence}"))
    return Comparison(checks, compared, unmatched)


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
