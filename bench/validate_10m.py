"""Validation and consistency checks of a 10-million-row figures table (target: under 30 s).

Generates a synthetic but realistic figures table in memory (one million attacks of ten figures each:
aerial weapons, drones, missiles, cruise and ballistic missiles launched, shot down and jammed, and people
killed; a few per mille made inconsistent on purpose), then times `stats.schema.validate` (pandera, lazy)
and `stats.checks.run_checks` (every rule of schemas/rules.toml, failures only, as `check -q` prints).

Run: python bench/validate_10m.py [--rows 10000000]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.checks import load_rules, run_checks  # noqa: E402
from stats.contract import COLUMNS, UNIT_OF  # noqa: E402
from stats.schema import validate  # noqa: E402

TEMPLATE = [  # weapon, measure, share of the attack's size
    ("aerial_weapon", "launched", 1.0), ("drone", "launched", 0.9), ("missile", "launched", 0.1),
    ("cruise_missile", "launched", 0.06), ("ballistic_missile", "launched", 0.04),
    ("aerial_weapon", "shot_down", 0.7), ("aerial_weapon", "jammed", 0.2), ("drone", "shot_down", 0.65),
    ("missile", "shot_down", 0.05), ("people", "killed", 0.01),
]


def synthetic(rows: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    attacks = rows // len(TEMPLATE)
    size = rng.integers(50, 800, attacks)
    doc = np.repeat(np.arange(attacks), len(TEMPLATE))
    weapon = np.tile([t[0] for t in TEMPLATE], attacks)
    measure = np.tile([t[1] for t in TEMPLATE], attacks)
    share = np.tile([t[2] for t in TEMPLATE], attacks)
    value = np.floor(np.repeat(size, len(TEMPLATE)) * share).astype("int64")
    # cruise + ballistic = missile; drone + missile = aerial weapon
    value[(weapon == "missile") & (measure == "launched")] = (
        value[(weapon == "cruise_missile")] + value[(weapon == "ballistic_missile")])
    for m in ("launched", "shot_down"):
        value[(weapon == "aerial_weapon") & (measure == m)] = (
            value[(weapon == "drone") & (measure == m)] + value[(weapon == "missile") & (measure == m)])
    broken = rng.random(len(value)) < 0.002
    value[broken] += 7
    n = len(value)
    frame = pd.DataFrame({
        "doc_id": pd.Series(np.char.add("report-", doc.astype(str))), "event": 0, "date": "2025-07-09",
        "attacker": "russia", "weapon": weapon, "model": "", "measure": measure, "value": value,
        "qualifier": "exact", "unit": pd.Series(weapon).map(UNIT_OF).to_numpy(), "start": 0, "end": 3,
        "evidence": "Synthetic figure for the benchmark.", "rule": "bench",
        "region": "", "group": "", "surface": "",
    })
    frame = frame[list(COLUMNS)]
    if list(frame.columns) != list(COLUMNS) or len(frame) != n:
        raise SystemExit("the synthetic table does not have the contract's columns")
    return frame


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    frame = synthetic(args.rows)
    t1 = time.perf_counter()
    valid, failures = validate(frame)
    t2 = time.perf_counter()
    results = run_checks(valid, load_rules(), include_passes=False)
    t3 = time.perf_counter()
    report = "\n".join([
        "| step | rows | seconds |", "|---|---:|---:|",
        f"| generate (not timed against the target) | {len(frame):,} | {t1 - t0:.1f} |",
        f"| validate (pandera, lazy) | {len(frame):,} | {t2 - t1:.1f} |",
        f"| consistency checks (all rules) | {len(valid):,} | {t3 - t2:.1f} |",
        f"| validate + checks | | **{t3 - t1:.1f}** |",
        "", f"schema failures: {len(failures)}; failed checks: {len(results)}",
    ])
    print(report)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "validate_10m.md").write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
