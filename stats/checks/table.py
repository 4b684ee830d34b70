"""Figures of a table counted per attack (document, event, attacker) and cell (weapon, measure), as arrays.

Keys are factorized to integers once, so building the table and evaluating every rule is a handful of
vectorised passes however many rows there are. Counts follow the counting rule (stats.counting).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from ..contract import MEASURES, WEAPONS
from ..counting import codes_of, count_cells, dense
from .rules import Tolerance, intervals

GROUP = ["doc_id", "event", "attacker"]
NCELLS = len(WEAPONS) * len(MEASURES)


def cell_of(weapon: str, measure: str) -> int:
    return WEAPONS.index(weapon) * len(MEASURES) + MEASURES.index(measure)


def weapon_measure(cell: int) -> tuple[str, str]:
    return WEAPONS[cell // len(MEASURES)], MEASURES[cell % len(MEASURES)]


def part_codes(frame: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """The part a figure is (its model, or the group of a casualty figure) as codes, 0 for none."""
    model, group = frame["model"], frame["group"]
    return codes_of(model.where(model != "", group))


class Table:
    """The counts of every attack and cell: ``lo``/``hi`` of shape (attacks, cells present), NaN where the
    attack gives no figure of the cell; ``counted`` keeps the whole stats.counting.Counted result, with the
    buckets (the regions of a cell) the rules on parts read."""

    def __init__(self, frame: pd.DataFrame, tolerance: Tolerance) -> None:
        self.frame = frame
        self.labels = frame.index.to_numpy()
        lo, hi = intervals(frame, tolerance)
        doc_codes, doc_uniques = pd.factorize(frame["doc_id"], sort=False)
        att_codes, att_uniques = pd.factorize(frame["attacker"], sort=False)
        events = frame["event"].to_numpy(dtype="int64")
        self.gid, first = dense(doc_codes, events, att_codes)
        self.ngroups = len(first)
        self.group_doc = np.asarray(doc_uniques, dtype=object)[doc_codes[first]] if len(first) else np.array([])
        self.group_event = events[first]
        self.group_attacker = np.asarray(att_uniques, dtype=object)[att_codes[first]] if len(first) else np.array([])
        weapon_codes = pd.Categorical(frame["weapon"], categories=list(WEAPONS)).codes.astype("int64")
        measure_codes = pd.Categorical(frame["measure"], categories=list(MEASURES)).codes.astype("int64")
        self.cell = weapon_codes * len(MEASURES) + measure_codes
        self.region, self.region_names = codes_of(frame["region"])
        part, self.part_names = part_codes(frame)
        self.counted = c = count_cells(self.gid * NCELLS + self.cell, self.region, part, lo, hi)
        self.cell_group, cells = c.cell // NCELLS, c.cell % NCELLS
        present = np.unique(cells)
        self.columns = {int(x): col for col, x in enumerate(present.tolist())}
        lookup = np.zeros(NCELLS, dtype="int64")
        lookup[present] = np.arange(len(present))
        self.cell_column = lookup[cells]
        shape = (self.ngroups, len(self.columns))
        self.lo, self.hi = np.full(shape, np.nan), np.full(shape, np.nan)
        self.lo[self.cell_group, self.cell_column] = c.lo
        self.hi[self.cell_group, self.cell_column] = c.hi
        self.scope = np.zeros(shape, dtype="int64")
        self.scope[self.cell_group, self.cell_column] = c.scope
        self._order: np.ndarray | None = None
        self._bucket_order: np.ndarray | None = None

    def column(self, weapon: str, measure: str) -> tuple[np.ndarray, np.ndarray]:
        col = self.columns.get(cell_of(weapon, measure))
        if col is None:
            empty = np.full(self.ngroups, np.nan)
            return empty, empty
        return self.lo[:, col], self.hi[:, col]

    def rows(self, group: int, cells: Sequence[tuple[str, str]], region: int | None = None) -> np.ndarray:
        """Row labels of the figures of one group in the given cells (of one region code, when given)."""
        if self._order is None:
            self._order = np.argsort(self.gid, kind="stable")
            self._sorted = self.gid[self._order]
        start, end = np.searchsorted(self._sorted, [group, group + 1])
        positions = self._order[start:end]
        wanted = np.array([cell_of(w, m) for w, m in cells], dtype="int64")
        keep = np.isin(self.cell[positions], wanted)
        if region is not None:
            keep &= self.region[positions] == region
        return np.sort(self.labels[positions[keep]])

    def buckets_of(self, position: int) -> np.ndarray:
        """The buckets (regions) of one cell position of ``counted``, in order of first appearance."""
        if self._bucket_order is None:
            self._bucket_order = np.argsort(self.counted.bucket_cell, kind="stable")
            self._bucket_sorted = self.counted.bucket_cell[self._bucket_order]
        start, end = np.searchsorted(self._bucket_sorted, [position, position + 1])
        return self._bucket_order[start:end]

    def evidence(self, labels: np.ndarray) -> dict[int, object]:
        """The evidence of the given row labels, fetched in one pass."""
        labels = np.unique(labels) if len(labels) else np.array([], dtype="int64")
        positions = self.frame.index.get_indexer(labels)
        return dict(zip(labels.tolist(), self.frame["evidence"].take(positions).tolist(), strict=True))
