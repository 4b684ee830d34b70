"""Checks within one attack: the figures of one document, event and attacker compared with each other.

Every rule reads the counts of stats.counting (a class total wins over its parts; parts are summed only
where no total is given); ``parts_within_total`` compares the parts themselves with their total. The
arithmetic runs on whole columns at once, through pint quantities, so adding drones to missiles gives
munitions and adding people to drones raises.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numpy as np

from ..contract import children
from ..units import quantity
from .rules import Rule, fmt, z
from .table import Table, cell_of


def _munitions(values: np.ndarray, weapon: str) -> np.ndarray:
    """Values of a weapon class in munitions, through pint (people here would raise)."""
    return np.asarray(quantity(values, weapon).to("munition").magnitude)


@dataclass
class Outcome:
    """One rule evaluated for one weapon and measure: one item per place where it applies (an attack, or
    one region of an attack's cell), each with its attack (group), whether it passed, its numbers and the
    row labels of the figures it read."""

    rule: Rule
    weapon: str
    measure: str
    groups: np.ndarray  # the attack (group number) of each item
    passed: np.ndarray  # bool per item
    message: Callable[[int], str]  # the numbers, for one item
    rows: Callable[[int], np.ndarray]  # the row labels of the figures it read, for one item


def _per_group(rule: Rule, t: Table, weapon: str, measure: str, groups: np.ndarray, passed: np.ndarray,
               message: Callable[[int], str], cells: Callable[[int], list[tuple[str, str]]]) -> Outcome:
    """An outcome whose items are whole attacks: message and cells are functions of the group number."""
    return Outcome(rule, weapon, measure, groups, passed, lambda i: message(int(groups[i])),
                   lambda i: t.rows(int(groups[i]), cells(int(groups[i]))))


def evaluate(rule: Rule, t: Table) -> Iterable[Outcome]:
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
    elif rule.shape == "parts_within_total":
        for weapon in rule.weapons():
            for measure in p["measures"]:
                if p["parts"] == "region":
                    yield from _regions_within_total(rule, t, weapon, measure)
                else:
                    yield from _parts_within_total(rule, t, weapon, measure, p["parts"])


def _sum_of_parts(rule: Rule, t: Table, whole: str, parts: list[str], complete: list[str], measure: str
                  ) -> Iterable[Outcome]:
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
        lo, hi = z(lo), z(hi)
        used.append((part, present))
        # a part not given may be given by its own parts (missiles as cruise + ballistic missiles)
        for child in children(part):
            c_lo, c_hi = t.column(child, measure)
            fill = ~present & ~np.isnan(c_lo)
            lo = lo + np.where(fill, z(c_lo), 0.0)
            hi = hi + np.where(fill, z(c_hi), 0.0)
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
    whole_lo, whole_hi = _munitions(z(w_lo), whole), _munitions(z(w_hi), whole)
    equal = (total_lo <= whole_hi) & (whole_lo <= total_hi)
    passed = np.where(all_complete, equal, whole_hi >= total_lo)
    groups = np.flatnonzero(applicable)

    def message(g: int) -> str:
        terms = [f"{w} {fmt(*(float(x[g]) for x in t.column(w, measure)))}" for w, mask in used if mask[g]]
        op = "=" if all_complete[g] else "<="
        return (f"{measure}: {' + '.join(terms)} = {fmt(total_lo[g], total_hi[g])} {op} "
                f"{whole} {fmt(float(w_lo[g]), float(w_hi[g]))}")

    def cells(g: int) -> list[tuple[str, str]]:
        return [(whole, measure)] + [(w, measure) for w, mask in used if mask[g]]

    yield _per_group(rule, t, whole, measure, groups, passed[groups], message, cells)


def _measures_le(rule: Rule, t: Table, weapon: str, left: list[str], right: str, require: list[str]
                 ) -> Iterable[Outcome]:
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
        total += z(lo)
        any_left |= ~np.isnan(lo)
    applicable = ~np.isnan(r_lo) & any_left & required
    if not applicable.any():
        return
    passed = _munitions(total, weapon) <= _munitions(z(r_hi), weapon)
    groups = np.flatnonzero(applicable)

    def message(g: int) -> str:
        terms = []
        for measure in left:
            lo, hi = t.column(weapon, measure)
            if not math.isnan(lo[g]):
                terms.append(f"{measure} {fmt(float(lo[g]), float(hi[g]))}")
        return f"{weapon}: {' + '.join(terms)} = {fmt(total[g], total[g])} <= {right} {fmt(r_lo[g], r_hi[g])}"

    def cells(g: int) -> list[tuple[str, str]]:
        return [(weapon, right)] + [(weapon, m) for m in left if not math.isnan(t.column(weapon, m)[0][g])]

    yield _per_group(rule, t, weapon, right, groups, passed[groups], message, cells)


def _measures_sum(rule: Rule, t: Table, weapon: str, whole: str, parts: list[str]) -> Iterable[Outcome]:
    w_lo, w_hi = t.column(weapon, whole)
    present = ~np.isnan(w_lo)
    lo_sum = np.zeros(t.ngroups)
    hi_sum = np.zeros(t.ngroups)
    for measure in parts:
        lo, hi = t.column(weapon, measure)
        present &= ~np.isnan(lo)
        lo_sum, hi_sum = lo_sum + z(lo), hi_sum + z(hi)
    if not present.any():
        return
    passed = (lo_sum <= w_hi) & (w_lo <= hi_sum)
    groups = np.flatnonzero(present)

    def message(g: int) -> str:
        terms = [f"{m} {fmt(*(float(x[g]) for x in t.column(weapon, m)))}" for m in parts]
        return (f"{weapon}: {' + '.join(terms)} = {fmt(lo_sum[g], hi_sum[g])} = "
                f"{whole} {fmt(float(w_lo[g]), float(w_hi[g]))}")

    def cells(g: int) -> list[tuple[str, str]]:
        return [(weapon, whole)] + [(weapon, m) for m in parts]

    yield _per_group(rule, t, weapon, whole, groups, passed[groups], message, cells)


def _cell_positions(t: Table, weapon: str, measure: str) -> np.ndarray:
    """Positions in t.counted of the cells of one weapon and measure."""
    col = t.columns.get(cell_of(weapon, measure))
    if col is None:
        return np.zeros(0, dtype="int64")
    return np.flatnonzero(t.cell_column == col)


def _where(t: Table, region: int) -> str:
    return f" over {t.region_names[region]}" if region else ""


def _parts_within_total(rule: Rule, t: Table, weapon: str, measure: str, kind: str) -> Iterable[Outcome]:
    """Per attack and region: the figures per model (summed: models do not overlap) or each group (alone:
    groups may overlap) within the total of the same cell."""
    c = t.counted
    positions = _cell_positions(t, weapon, measure)
    if not len(positions):
        return
    buckets = np.flatnonzero(np.isin(c.bucket_cell, positions) & ~np.isnan(c.total_lo) & ~np.isnan(c.parts_lo))
    if not len(buckets):
        return
    parts = c.parts_lo if kind == "model" else c.largest_part_lo
    passed = parts[buckets] <= c.total_hi[buckets]
    groups = t.cell_group[c.bucket_cell[buckets]]
    word = "per model" if kind == "model" else "largest group"

    def message(i: int) -> str:
        b = int(buckets[i])
        where = _where(t, int(c.bucket_region[b]))
        total = "class total" if kind == "model" else "total"
        return (f"{weapon} {measure}{where}: {word} {fmt(parts[b], parts[b])} <= {total} "
                f"{fmt(c.total_lo[b], c.total_hi[b])}")

    def rows(i: int) -> np.ndarray:
        b = int(buckets[i])
        return t.rows(int(groups[i]), [(weapon, measure)], int(c.bucket_region[b]))

    yield Outcome(rule, weapon, measure, groups, passed, message, rows)


def _regions_within_total(rule: Rule, t: Table, weapon: str, measure: str) -> Iterable[Outcome]:
    """Per attack: the counts of the regions summed within the total without a region (64+35+25+35 <= 159)."""
    c = t.counted
    positions = _cell_positions(t, weapon, measure)
    cells = positions[~np.isnan(c.whole_lo[positions]) & ~np.isnan(c.regions_lo[positions])]
    if not len(cells):
        return
    passed = c.regions_lo[cells] <= c.whole_hi[cells]
    groups = t.cell_group[cells]

    def message(i: int) -> str:
        p = int(cells[i])
        terms = [f"{t.region_names[c.bucket_region[b]]} {fmt(c.bucket_lo[b], c.bucket_hi[b])}"
                 for b in t.buckets_of(p).tolist() if c.bucket_region[b]]
        return (f"{measure}: {' + '.join(terms)} = {fmt(c.regions_lo[p], c.regions_hi[p])} <= {weapon} total "
                f"{fmt(c.whole_lo[p], c.whole_hi[p])}")

    def rows(i: int) -> np.ndarray:
        return t.rows(int(groups[i]), [(weapon, measure)])

    yield Outcome(rule, weapon, measure, groups, passed, message, rows)
