"""Checks across documents: the documents of one table that give the same attack (date, attacker, weapon,
measure).

A document's count of an attack is the count of each of its events (stats.counting) of that date,
summed; events without a date are left out: nothing says which attack they are about. Its *scope* is
where the counts are placed: the whole (no region), one region, or several.

- ``cross_source``: documents of the same scope (the whole, or the same region) agree.
- ``regions_within_whole``: the documents placed in regions (a regional air command's post, a governor's
  post), summed, give no more than the documents of the whole (the national report) of the same date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from ..counting import SEVERAL, dense
from .rules import CheckResult, Rule, RuleSet, fmt
from .table import NCELLS, Table, cell_of, weapon_measure


@dataclass
class Across:
    """The dated counts of a table, one item per attack (group) and cell, with the look-ups the messages
    need."""

    t: Table
    item_group: np.ndarray
    item_cell: np.ndarray  # cell code (weapon, measure)
    item_scope: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    gdate: np.ndarray  # date code of each group
    date_names: np.ndarray
    docs: np.ndarray  # document code of each group
    doc_names: np.ndarray
    attackers: np.ndarray  # attacker code of each group
    attacker_names: np.ndarray
    sorted_keys: np.ndarray  # document * dates + date of the groups, sorted
    order: np.ndarray  # groups in that order

    def rows(self, doc: int, date: int, weapon: str, measure: str) -> list[int]:
        key = doc * len(self.date_names) + date
        start, end = np.searchsorted(self.sorted_keys, [key, key + 1])
        found = [self.t.rows(int(g), [(weapon, measure)]) for g in self.order[start:end]]
        return sorted(int(r) for rows in found for r in rows)

    def what(self, item: int) -> tuple[str, str, str]:
        weapon, measure = weapon_measure(int(self.item_cell[item]))
        return weapon, measure, f"{weapon} {measure} on {self.date_names[self.gdate[self.item_group[item]]]}"

    def doc(self, item: int) -> str:
        return str(self.doc_names[self.docs[self.item_group[item]]])

    def place(self, item: int) -> str:
        scope = int(self.item_scope[item])
        return "" if scope == 0 else "several regions" if scope == SEVERAL else str(self.t.region_names[scope])


def across_documents(t: Table, ruleset: RuleSet, include_passes: bool) -> list[CheckResult]:
    """The checks of the rules that compare documents (cross_source, regions_within_whole)."""
    rules = [r for r in ruleset.rules if r.shape in ("cross_source", "regions_within_whole")]
    if not rules or t.ngroups < 2:
        return []
    index = _index(t)
    if index is None:
        return []
    out: list[CheckResult] = []
    for rule in rules:
        found = _cross_source(rule, index, include_passes) if rule.shape == "cross_source" else \
            _regions_within_whole(rule, index, include_passes)
        out.extend(_with_evidence(t, found))
    return out


def _index(t: Table) -> Across | None:
    date_codes, date_names = pd.factorize(t.frame["date"], sort=True)  # "" sorts first: max is "" only if all are
    gdate = np.zeros(t.ngroups, dtype="int64")
    np.maximum.at(gdate, t.gid, date_codes.astype("int64"))
    date_names = np.asarray(date_names, dtype=object)
    dated = date_names[gdate] != ""
    c = t.counted
    cells = c.cell % NCELLS
    keep = dated[t.cell_group] & ~np.isnan(c.lo)
    if not keep.any():
        return None
    docs, doc_names = pd.factorize(t.group_doc, sort=False)
    attackers, attacker_names = pd.factorize(t.group_attacker, sort=False)
    by_doc_date = docs.astype("int64") * len(date_names) + gdate
    order = np.argsort(by_doc_date, kind="stable")
    return Across(t, t.cell_group[keep], cells[keep], c.scope[keep], c.lo[keep], c.hi[keep], gdate, date_names,
                  docs.astype("int64"), np.asarray(doc_names, dtype=object), attackers.astype("int64"),
                  np.asarray(attacker_names, dtype=object), by_doc_date[order], order)


@dataclass
class _Documents:
    """One count per document and attack: the items of its events summed."""

    attack: np.ndarray  # attack code per document count
    lo: np.ndarray
    hi: np.ndarray
    item: np.ndarray  # an item of each document count (its first)


def _per_document(x: Across, items: np.ndarray, attack: np.ndarray) -> _Documents:
    per_doc, first = dense(attack, x.docs[x.item_group[items]])
    lo = np.bincount(per_doc, weights=x.lo[items])
    hi = np.bincount(per_doc, weights=x.hi[items])
    return _Documents(attack[first], lo, hi, items[first])


def _attack_of(x: Across, items: np.ndarray) -> np.ndarray:
    g = x.item_group[items]
    attack = (x.gdate[g] * len(x.attacker_names) + x.attackers[g]) * NCELLS + x.item_cell[items]
    return np.asarray(attack, dtype="int64")


def _cells(rule: Rule, x: Across) -> np.ndarray:
    wanted = [cell_of(w, m) for w in rule.weapons() for m in rule.params["measures"]]
    return np.asarray(np.isin(x.item_cell, wanted), dtype=bool)


Found = list[tuple[CheckResult, list[int]]]


def _check(rule: Rule, x: Across, item: int, ok: bool, message: str, rows: list[int]) -> tuple[CheckResult, list[int]]:
    g = int(x.item_group[item])
    weapon, measure, _ = x.what(item)
    return (CheckResult(rule.id, rule.severity, "pass" if ok else "fail", x.doc(item), int(x.t.group_event[g]),
                        str(x.attacker_names[x.attackers[g]]), weapon, measure, message,
                        " ".join(str(r + 2) for r in rows), ""), rows)


def _rows_of(x: Across, items: list[int]) -> list[int]:
    out: set[int] = set()
    for i in items:
        weapon, measure, _ = x.what(i)
        g = int(x.item_group[i])
        out.update(x.rows(int(x.docs[g]), int(x.gdate[g]), weapon, measure))
    return sorted(out)


def _cross_source(rule: Rule, x: Across, include_passes: bool) -> Found:
    """Documents of the same scope that give the same attack: fail where no value lies inside every
    document's interval."""
    items = np.flatnonzero(_cells(rule, x) & (x.item_scope != SEVERAL))
    if not len(items):
        return []
    attack, _ = dense(_attack_of(x, items), x.item_scope[items])
    d = _per_document(x, items, attack)
    a_code, _ = dense(d.attack)
    count = np.bincount(a_code)
    by_attack = np.argsort(a_code, kind="stable")  # documents of each attack, in order of appearance
    starts = np.searchsorted(a_code[by_attack], np.arange(len(count)))
    high = np.lexsort((-d.lo, a_code))  # per attack, the largest lower bound first
    low = np.lexsort((d.hi, a_code))  # per attack, the smallest upper bound first
    found: Found = []
    for k in np.flatnonzero(count >= 2).tolist():
        a, b, n = int(high[starts[k]]), int(low[starts[k]]), int(count[k])
        ok = bool(d.lo[a] <= d.hi[b])
        if ok and not include_passes:
            continue
        first = int(d.item[a])
        place = x.place(first)
        what = x.what(first)[2] + (f" over {place}" if place else "")
        if ok:
            shown = by_attack[starts[k]:starts[k] + min(n, 3)].tolist()
            more = f", and {n - 3} more" if n > 3 else ""
            values = ", ".join(f"{x.doc(int(d.item[i]))} {fmt(d.lo[i], d.hi[i])}" for i in shown)
            message = f"{what}: {n} documents agree ({values}{more})"
        else:
            shown = [a, b]
            more = f" ({n} documents give it)" if n > 2 else ""
            message = (f"{what}: {x.doc(first)} gives {fmt(d.lo[a], d.hi[a])} but "
                       f"{x.doc(int(d.item[b]))} gives {fmt(d.lo[b], d.hi[b])}{more}")
        found.append(_check(rule, x, first, ok, message, _rows_of(x, [int(d.item[i]) for i in shown])))
    return found


def _listing(x: Across, d: _Documents, members: list[int], label: Callable[[int], str]) -> str:
    shown = ", ".join(f"{label(int(d.item[i]))}{fmt(d.lo[i], d.hi[i])} ({x.doc(int(d.item[i]))})"
                      for i in members[:3])
    return shown + (f" and {len(members) - 3} more" if len(members) > 3 else "")


def _regions_within_whole(rule: Rule, x: Across, include_passes: bool) -> Found:
    """Per attack: the documents placed in regions, summed, within the documents of the whole."""
    items = np.flatnonzero(_cells(rule, x))
    is_part = x.item_scope[items] != 0
    if not is_part.any() or is_part.all():
        return []
    attack = _attack_of(x, items)
    d = _per_document(x, items, attack * 2 + is_part)
    a_code, _ = dense(d.attack // 2)
    part = (d.attack % 2).astype(bool)
    parts_lo = np.bincount(a_code, weights=np.where(part, d.lo, 0.0))
    whole_hi = np.bincount(a_code, weights=np.where(part, 0.0, d.hi))
    whole_lo = np.bincount(a_code, weights=np.where(part, 0.0, d.lo))
    n_parts = np.bincount(a_code, weights=part.astype("float64"))
    n_wholes = np.bincount(a_code, weights=(~part).astype("float64"))
    applicable = np.flatnonzero((n_parts > 0) & (n_wholes > 0))
    members: dict[int, list[int]] = {}
    for i in np.flatnonzero(np.isin(a_code, applicable)).tolist():
        members.setdefault(int(a_code[i]), []).append(i)
    found: Found = []
    for k in applicable.tolist():
        ok = bool(parts_lo[k] <= whole_hi[k])
        if ok and not include_passes:
            continue
        regional = [i for i in members[k] if part[i]]
        wholes = [i for i in members[k] if not part[i]]
        first = int(d.item[regional[0]])
        regions = _listing(x, d, regional, lambda i: f"{x.place(i)} ")
        nationals = _listing(x, d, wholes, lambda i: "")
        parts_hi = float(sum(d.hi[i] for i in regional))
        message = (f"{x.what(first)[2]}: regions {regions} = {fmt(parts_lo[k], parts_hi)} "
                   f"{'<=' if ok else 'but'} whole {nationals}"
                   f"{'' if len(wholes) == 1 else ' = ' + fmt(whole_lo[k], whole_hi[k])}")
        found.append(_check(rule, x, first, ok, message, _rows_of(x, [int(d.item[i]) for i in members[k]])))
    return found


def _with_evidence(t: Table, found: Found) -> list[CheckResult]:
    """The checks with the evidence of every figure they read, fetched in one pass."""
    evidence = t.evidence(np.array(sorted({r for _, rows in found for r in rows}), dtype="int64"))
    return [replace(check, evidence=" | ".join(dict.fromkeys(str(evidence[r]) for r in rows)))
            for check, rows in found]
