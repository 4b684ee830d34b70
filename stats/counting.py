"""The counting rule of the figures contract: which figures make up a count, so that nothing is counted twice.

The consistency checks, the charts, the report, the notebooks and the reference import all count with
these two functions.

Within one attack (document, event, attacker), the figures of one weapon class and measure (a *cell*) are
a total (no model, region or group) and its parts (per model, per region, per group):

- a total wins over its parts: the parts never add to it. Several totals of one cell are summed (the
  text gives them as separate figures, e.g. two waves of one night);
- where no total is given, the parts are summed: in each region (and among the figures without a region)
  the total when given, else the figures per model or group summed; then the regions are summed;
- where the figures without a region give only parts (per model) and figures with a region are given
  too, neither stands for the whole: the larger of the two sums does.

Across documents (:func:`counted_across`): on one date, for one attacker and measure, the count of a
document placed in a region (a regional air command's post, a governor's post) is a part of the documents
that give the whole attack (the national report), which speak for the whole date: it is left out wherever
a document of the whole gives that measure on that date for any class of the same tree (aerial weapons
and their classes; aircraft; people). Where none does, the regional counts are added. Attacks without a
date are never compared.

Classes form a tree (contract.PARENT); how a total splits into its classes is the charts' business
(stats.charts), how classes must add up is the checks' (schemas/rules.toml).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .contract import WEAPONS, ancestry

#: The scope of a count made of several regions' figures (no single region, and not the whole).
SEVERAL = -1


def dense(*codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense codes (0..n-1, in order of first appearance) of the combination of integer code arrays, and the
    position of each code's first appearance."""
    combined = np.zeros(len(codes[0]), dtype="int64")
    dense_already = True  # all zeros are dense codes
    for c in codes:
        c = np.asarray(c, dtype="int64")
        low, high = (int(c.min()), int(c.max())) if len(c) else (0, 0)
        if low == high and dense_already:
            continue  # a constant adds nothing to the combination
        combined = combined * (high + 1) + c
        combined, _ = pd.factorize(combined, sort=False)
        combined = combined.astype("int64")
        dense_already = True
    first = np.full(int(combined.max(initial=-1)) + 1, len(combined), dtype="int64")
    np.minimum.at(first, combined, np.arange(len(combined)))
    return combined, first


def codes_of(values: Sequence[object] | pd.Series | np.ndarray, empty: object = "") -> tuple[np.ndarray, np.ndarray]:
    """Integer codes of values with `empty` as 0, and the values by code (code 0 is `empty`)."""
    codes, uniques = pd.factorize(values if isinstance(values, pd.Series) else pd.Series(values, dtype=object),
                                  sort=False)
    uniques = list(uniques)
    names = np.asarray([empty, *(u for u in uniques if u != empty)], dtype=object)
    lookup = {name: i for i, name in enumerate(names)}
    remap = np.array([lookup[u] for u in uniques], dtype="int64")
    return (remap[codes] if len(codes) else np.zeros(0, dtype="int64")), names


@dataclass(frozen=True)
class Counted:
    """The counting rule applied to figures grouped into cells (see the module docstring).

    Per cell (in order of first appearance): ``cell`` (its key), ``lo`` and ``hi`` (the count), ``scope``
    (0: the whole, the figures without a region; r > 0: all of region code r; SEVERAL), ``whole_lo`` and
    ``whole_hi`` (the total without a region, NaN when none) and ``regions_lo``, ``regions_hi`` (the
    regions' counts summed, NaN when no figure has a region).
    Per region of a cell (a *bucket*): ``bucket_cell`` (the cell's position), ``bucket_region``,
    ``total_lo``, ``total_hi`` (its total, NaN when none), ``parts_lo``, ``parts_hi`` (its parts summed,
    NaN when none), ``largest_part_lo`` (the largest single part) and ``bucket_lo``, ``bucket_hi`` (its
    count: the total, else the parts).
    Per figure: ``of`` (its cell's position), ``bucket`` and ``used`` (whether it makes up the count).
    """

    cell: np.ndarray
    lo: np.ndarray
    hi: np.ndarray
    scope: np.ndarray
    whole_lo: np.ndarray
    whole_hi: np.ndarray
    regions_lo: np.ndarray
    regions_hi: np.ndarray
    bucket_cell: np.ndarray
    bucket_region: np.ndarray
    total_lo: np.ndarray
    total_hi: np.ndarray
    parts_lo: np.ndarray
    parts_hi: np.ndarray
    largest_part_lo: np.ndarray
    bucket_lo: np.ndarray
    bucket_hi: np.ndarray
    of: np.ndarray
    bucket: np.ndarray
    used: np.ndarray


def _sums(codes: np.ndarray, n: int, values: np.ndarray, where: np.ndarray) -> np.ndarray:
    return np.bincount(codes, weights=np.where(where, values, 0.0), minlength=n)


def count_cells(cell: np.ndarray, region: np.ndarray, part: np.ndarray, lo: np.ndarray, hi: np.ndarray
                ) -> Counted:
    """Apply the counting rule to figures: `cell` keys the cell of each figure (any integers), `region` and
    `part` are integer codes with 0 for none (part: the model, or the group of a casualty figure), `lo` and
    `hi` the figure's interval (both its value when it is exact)."""
    lo, hi = np.asarray(lo, dtype="float64"), np.asarray(hi, dtype="float64")
    region, part = np.asarray(region, dtype="int64"), np.asarray(part, dtype="int64")
    of, cell_first = dense(np.asarray(cell, dtype="int64"))
    bucket, bucket_first = dense(of, region)
    coordinate, coordinate_first = dense(bucket, part)
    ncells, nbuckets = len(cell_first), len(bucket_first)
    is_total = part == 0
    n_total = np.bincount(bucket, weights=is_total.astype("float64"), minlength=nbuckets)
    n_parts = np.bincount(bucket, weights=(~is_total).astype("float64"), minlength=nbuckets)
    total_lo = np.where(n_total > 0, _sums(bucket, nbuckets, lo, is_total), np.nan)
    total_hi = np.where(n_total > 0, _sums(bucket, nbuckets, hi, is_total), np.nan)
    parts_lo = np.where(n_parts > 0, _sums(bucket, nbuckets, lo, ~is_total), np.nan)
    parts_hi = np.where(n_parts > 0, _sums(bucket, nbuckets, hi, ~is_total), np.nan)
    largest = np.full(nbuckets, np.nan)
    coordinate_lo = np.bincount(coordinate, weights=lo, minlength=len(coordinate_first))
    is_part = part[coordinate_first] != 0
    np.fmax.at(largest, bucket[coordinate_first][is_part], coordinate_lo[is_part])
    has_total = n_total > 0
    bucket_lo = np.where(has_total, total_lo, parts_lo)
    bucket_hi = np.where(has_total, total_hi, parts_hi)
    bucket_cell = of[bucket_first]
    bucket_region = region[bucket_first]
    whole = bucket_region == 0
    # the whole: the bucket without a region; the regions: the other buckets summed
    a_lo, a_hi = np.full(ncells, np.nan), np.full(ncells, np.nan)
    a_lo[bucket_cell[whole]], a_hi[bucket_cell[whole]] = bucket_lo[whole], bucket_hi[whole]
    a_total = np.zeros(ncells, dtype=bool)
    a_total[bucket_cell[whole]] = has_total[whole]
    n_regions = np.bincount(bucket_cell, weights=(~whole).astype("float64"), minlength=ncells)
    r_lo = np.where(n_regions > 0, _sums(bucket_cell, ncells, bucket_lo, ~whole), np.nan)
    r_hi = np.where(n_regions > 0, _sums(bucket_cell, ncells, bucket_hi, ~whole), np.nan)
    has_a = ~np.isnan(a_lo)
    choose_a = has_a & (a_total | (n_regions == 0) | (a_lo >= np.where(np.isnan(r_lo), -np.inf, r_lo)))
    one_region = np.zeros(ncells, dtype="int64")
    one_region[bucket_cell[~whole]] = bucket_region[~whole]
    scope = np.where(choose_a, 0, np.where(n_regions == 1, one_region, SEVERAL))
    chosen = np.where(whole, choose_a[bucket_cell], ~choose_a[bucket_cell])
    used = chosen[bucket] & (is_total == has_total[bucket])
    return Counted(
        cell=np.asarray(cell, dtype="int64")[cell_first], lo=np.where(choose_a, a_lo, r_lo),
        hi=np.where(choose_a, a_hi, r_hi), scope=scope, whole_lo=np.where(a_total, a_lo, np.nan),
        whole_hi=np.where(a_total, a_hi, np.nan), regions_lo=r_lo, regions_hi=r_hi, bucket_cell=bucket_cell,
        bucket_region=bucket_region, total_lo=total_lo, total_hi=total_hi, parts_lo=parts_lo, parts_hi=parts_hi,
        largest_part_lo=largest, bucket_lo=bucket_lo, bucket_hi=bucket_hi, of=of, bucket=bucket, used=used)


def _tree_table() -> pd.DataFrame:
    """Pairs (weapon, covered): a figure of the whole for `weapon` covers counts of `covered` (same tree)."""
    return pd.DataFrame([(w, c) for w in WEAPONS for c in WEAPONS if ancestry(w)[-1] == ancestry(c)[-1]],
                        columns=["weapon", "covered"])


def counted_across(counts: pd.DataFrame) -> np.ndarray:
    """Which counts of attacks add to a sum over documents: a frame with one row per count and the columns
    date, attacker, weapon, measure and scope (0 for the whole). A count placed in a region (scope != 0) of
    a dated attack is left out where a count of the whole on the same date, for the same attacker and
    measure, gives a class of the same tree. Returns a boolean per row."""
    keys = ["date", "attacker", "measure"]
    if counts.empty:
        return np.zeros(0, dtype=bool)
    wholes = counts.loc[(counts["scope"] == 0) & (counts["date"] != ""), [*keys, "weapon"]].drop_duplicates()
    covered = wholes.merge(_tree_table(), on="weapon")[[*keys, "covered"]].drop_duplicates()
    covered = covered.rename(columns={"covered": "weapon"}).assign(_covered=True)
    parts = counts[[*keys, "weapon"]].merge(covered, on=[*keys, "weapon"], how="left")["_covered"]
    is_covered = parts.fillna(False).to_numpy(dtype=bool)
    left_out = (counts["scope"].to_numpy() != 0) & (counts["date"].to_numpy() != "") & is_covered
    return np.asarray(~left_out, dtype=bool)
