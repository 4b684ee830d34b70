"""Checks against a reference table (`attack-stats check FIGURES.csv --against REFERENCE.csv`).

Each figure cell of the table (document, event, attacker, weapon, measure and region: its total; and each
model it names) is compared with the reference documents' counts (stats.counting) of the same date,
attacker, weapon, measure and place (a figure over a region with reference documents placed in that region,
a figure of the whole with documents of the whole), and model when it names one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..contract import children, descendants
from ..counting import SEVERAL
from .rules import CheckResult, RuleSet, Tolerance, fmt, intervals, load_rules
from .table import NCELLS, Table, weapon_measure

KEYS = ["date", "attacker", "weapon", "model", "measure", "region"]


@dataclass(frozen=True)
class Comparison:
    """The checks of a figures table against a reference, and how many of its figures had no counterpart."""

    checks: list[CheckResult]
    compared: int
    unmatched: int


class _Figures:
    """A table's figures (``rows``: one per figure, with its interval, CSV row and event date) and its
    counts (``cells``: per attack, weapon, measure and region; the count of the region, with its rows)."""

    def __init__(self, frame: pd.DataFrame, tolerance: Tolerance) -> None:
        t = Table(frame, tolerance)
        c = t.counted
        self.frame, self.t = frame, t
        date_codes, date_names = pd.factorize(frame["date"], sort=True)
        gdate = np.zeros(t.ngroups, dtype="int64")
        np.maximum.at(gdate, t.gid, date_codes.astype("int64"))
        self.group_date = np.asarray(date_names, dtype=object)[gdate] if len(frame) else np.array([], dtype=object)
        rows = frame[["doc_id", "event", "attacker", "weapon", "model", "region", "measure"]].copy()
        rows["lo"], rows["hi"] = intervals(frame, tolerance)
        rows["date"] = self.group_date[t.gid]
        rows["row"] = frame.index
        rows["group"] = t.gid
        # the figures that make up their region's count: its totals, else its parts
        is_total = ((frame["model"] == "") & (frame["group"] == "")).to_numpy()
        rows["in_count"] = is_total == ~np.isnan(c.total_lo[c.bucket])
        self.rows = rows
        bucket_group = t.cell_group[c.bucket_cell]
        weapons, measures = zip(*(weapon_measure(int(x)) for x in c.cell[c.bucket_cell] % NCELLS), strict=True) \
            if len(c.bucket_cell) else ((), ())
        self.buckets = pd.DataFrame({
            "doc_id": t.group_doc[bucket_group], "event": t.group_event[bucket_group],
            "date": self.group_date[bucket_group], "attacker": t.group_attacker[bucket_group],
            "weapon": list(weapons), "model": "", "measure": list(measures),
            "region": t.region_names[c.bucket_region], "lo": c.total_lo, "hi": c.total_hi, "group": bucket_group,
            "region_code": c.bucket_region})
        self._evidence: dict[Any, str] | None = None

    def document_counts(self) -> pd.DataFrame:
        """One count per document, date, attacker, weapon, measure and place: the counts of its events of
        that date summed (place: the region, "" for the whole, "several regions")."""
        t, c = self.t, self.t.counted
        groups = t.cell_group
        weapons, measures = zip(*(weapon_measure(int(x)) for x in c.cell % NCELLS), strict=True) \
            if len(c.cell) else ((), ())
        names = np.append(t.region_names, "several regions")
        counts = pd.DataFrame({
            "doc_id": t.group_doc[groups], "event": t.group_event[groups], "date": self.group_date[groups],
            "attacker": t.group_attacker[groups], "weapon": list(weapons), "measure": list(measures),
            "region": names[np.where(c.scope == SEVERAL, len(names) - 1, c.scope)], "lo": c.lo, "hi": c.hi})
        counts = counts[(counts["date"] != "") & counts["lo"].notna()]
        return counts.groupby(["date", "attacker", "weapon", "measure", "region", "doc_id"], sort=False).agg(
            lo=("lo", "sum"), hi=("hi", "sum"), event=("event", "min")).reset_index()

    def lines_and_evidence(self, rows: Sequence[Any]) -> tuple[str, str]:
        """The CSV lines of the given rows and their evidence, each quoted once."""
        if self._evidence is None:
            self._evidence = dict(zip(self.frame.index, self.frame["evidence"].astype(str), strict=True))
        lines = " ".join(str(int(r) + 2) for r in rows)
        evidence = " | ".join(dict.fromkeys(self._evidence[r] for r in rows))
        return lines, evidence


def _reference_cells(ref: _Figures, weapons: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    """Reference counts per document and attack: per class and place (stats.counting), per parent class
    summed from its classes where the document gives no figure of it, and per model."""
    per_class = ref.document_counts()
    per_class["model"], per_class["derived"] = "", ""
    derived = [per_class]
    keys = ["date", "attacker", "measure", "region", "doc_id"]
    for parent in ("missile", "aerial_weapon"):  # children first: missiles feed aerial weapons
        current = pd.concat(derived, ignore_index=True)
        kids = current[current["weapon"].isin(children(parent))]
        if kids.empty:
            continue
        # the reference gives a row per named type, never a class total: a row of the parent class itself
        # ("Iskander-M/S-300", "C-300/C-400": models of no common narrower class) is one more part of it
        own = current[(current["weapon"] == parent) & (current["derived"] == "")]
        parts = pd.concat([kids, own[own.set_index(keys).index.isin(kids.set_index(keys).index)]])
        summed = parts.groupby(keys, sort=False).agg(
            lo=("lo", "sum"), hi=("hi", "sum"), event=("event", "min"),
            derived=("weapon", lambda w: "sum of " + " + ".join(sorted(set(w))))).reset_index()
        summed["weapon"], summed["model"] = parent, ""
        replaced = summed.set_index(keys).index
        derived = [d[~((d["weapon"] == parent) & d.set_index(keys).index.isin(replaced))] for d in derived]
        derived.append(summed)
    models = _model_cells(ref.rows[ref.rows["date"] != ""], ["date", "attacker", "weapon", "model", "measure",
                                                               "region", "doc_id"])
    models["derived"] = ""
    cells = pd.concat([*derived, models], ignore_index=True)
    return cells[cells["weapon"].isin(weapons) & cells["measure"].isin(measures)]


def _model_cells(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    named = rows[rows["model"] != ""]
    extra = {} if "event" in keys else {"event": ("event", "min")}
    return named.groupby(keys, sort=False).agg(lo=("lo", "sum"), hi=("hi", "sum"), rows=("row", list),
                                               **extra).reset_index()


def _my_cells(mine: _Figures, weapons: Sequence[str], measures: Sequence[str]) -> pd.DataFrame:
    """Each figure of the table to compare: per attack, class and region its total (a class given only per
    model is compared model by model), and per model named."""
    b = mine.buckets
    b = b[b["weapon"].isin(weapons) & b["measure"].isin(measures) & b["lo"].notna()].copy()
    rows = mine.rows
    by_bucket = rows[rows["in_count"]].groupby(["group", "weapon", "measure", "region"], sort=False)["row"].agg(list)
    b["rows"] = [by_bucket.get((g, w, m, r), []) for g, w, m, r in
                 zip(b["group"], b["weapon"], b["measure"], b["region"], strict=True)]
    models = _model_cells(rows[rows["weapon"].isin(weapons) & rows["measure"].isin(measures)],
                          ["doc_id", "event", "date", "attacker", "weapon", "model", "measure", "region"])
    cells = pd.concat([b.drop(columns=["group", "region_code"]), models], ignore_index=True)
    cells = cells[cells["rows"].map(len) > 0]
    first = cells["rows"].map(min).to_numpy()
    cells = cells.iloc[np.argsort(first, kind="stable")].reset_index(drop=True)  # in the order of the table
    cells["cell"] = np.arange(len(cells))
    return cells


def compare_with_reference(frame: pd.DataFrame, reference: pd.DataFrame, rules: RuleSet | None = None,
                           include_passes: bool = True) -> Comparison:
    """Compare each count of a validated table (see the module docstring) with the counts a validated
    reference table gives for the same date, attacker, weapon, measure and place (and model, when the figure
    names one). A count agrees when its interval meets the count of at least one reference document;
    otherwise it is reported with the closest reference count. Counts without a date or without a reference
    count are counted as unmatched, not checked."""
    ruleset = rules or load_rules()
    wanted = [r for r in ruleset.rules if r.shape == "matches_reference"]
    if not wanted or frame.empty or reference.empty:
        return Comparison([], 0, 0)
    mine, theirs = _Figures(frame, ruleset.tolerance), _Figures(reference, ruleset.tolerance)
    ref_rows = theirs.rows.groupby(["date", "attacker", "weapon", "measure", "doc_id"], sort=False)["row"].agg(list)
    model_rows = theirs.rows.groupby(["date", "attacker", "weapon", "model", "measure", "doc_id"],
                                     sort=False)["row"].agg(list)
    checks: list[CheckResult] = []
    compared = unmatched = 0
    for rule in wanted:
        weapons, measures = rule.weapons(), list(rule.params["measures"])
        cells = _my_cells(mine, weapons, measures)
        ref = _reference_cells(theirs, weapons, measures)
        pairs = cells[cells["date"] != ""].merge(ref.drop(columns=["rows"], errors="ignore"), on=KEYS,
                                                 suffixes=("", "_ref"))
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
            lines, evidence = mine.lines_and_evidence(sorted(c.rows))
            if c.model:
                found = list(model_rows.get((c.date, c.attacker, c.weapon, c.model, c.measure, c.doc_id_ref), []))
            else:
                classes = [c.weapon, *descendants(c.weapon)] if c.derived else [c.weapon]
                found = [r for w in classes for r in ref_rows.get((c.date, c.attacker, w, c.measure, c.doc_id_ref), [])]
            ref_lines, ref_evidence = theirs.lines_and_evidence(sorted(found))
            what = (f"{c.weapon}{' ' + c.model if c.model else ''} {c.measure}"
                    f"{' over ' + c.region if c.region else ''} on {c.date}")
            source = f"reference {c.doc_id_ref} (reference lines {ref_lines}{', ' + c.derived if c.derived else ''})"
            if ok:
                message = f"{what}: {fmt(c.lo, c.hi)} agrees with {fmt(c.lo_ref, c.hi_ref)} in {source}"
            else:
                message = f"{what}: {fmt(c.lo, c.hi)} here but {fmt(c.lo_ref, c.hi_ref)} in {source}"
            checks.append(CheckResult(rule.id, rule.severity, "pass" if ok else "fail", str(c.doc_id), int(c.event),
                                      str(c.attacker), str(c.weapon), str(c.measure), message, lines,
                                      f"{evidence} | reference: {ref_evidence}"))
    return Comparison(checks, compared, unmatched)
