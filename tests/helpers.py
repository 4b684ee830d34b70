"""Small builders shared by the tests."""

from __future__ import annotations

import csv
from pathlib import Path

from stats.contract import COLUMNS, UNIT_OF


def figure_row(**overrides: object) -> dict[str, object]:
    row: dict[str, object] = {
        "doc_id": "doc.txt", "event": 0, "date": "", "attacker": "russia", "weapon": "drone", "model": "",
        "measure": "launched", "value": 10, "qualifier": "exact", "unit": "drone", "start": 0, "end": 2,
        "evidence": "Some sentence.", "rule": "test",
    }
    row.update(overrides)
    if "unit" not in overrides and str(row["weapon"]) in UNIT_OF:
        row["unit"] = UNIT_OF[str(row["weapon"])]
    return row


def write_figures(path: Path, rows: list[dict[str, object]], columns: tuple[str, ...] = COLUMNS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path
