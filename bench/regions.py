"""The reference dataset's checks across posts, counted: regional posts within the national ones, and the
sources-agree warnings split by whether the two posts cover the same reporting window.

    python bench/regions.py [missile_attacks_daily.csv]

The figures table keeps only the date a window ends, so two posts of one date are compared as one attack;
this script reads the windows (time_start, time_end) back from the dataset to tell a genuine disagreement
(overlapping windows, different numbers) from two attacks of one day (windows that do not overlap).
The dataset is "Massive Missile Attacks on Ukraine" by Petro Ivaniuk (Kaggle, CC BY-NC-SA 4.0).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from stats.checks import load_rules, run_checks
from stats.csvio import read_csv
from stats.importers import import_massive_missile_attacks

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = next((p / "shared" / "data" / "missile_attacks_daily.csv" for p in ROOT.parents
                if (p / "shared" / "data" / "missile_attacks_daily.csv").exists()),
               ROOT.parent / "shared" / "data" / "missile_attacks_daily.csv")


def windows(raw: pd.DataFrame) -> dict[tuple[str, str], list[tuple[pd.Timestamp, pd.Timestamp]]]:
    """The reporting windows of each (post, date): a date-only start is the day's start, a date-only end its
    end."""
    start = pd.to_datetime(raw["time_start"], format="mixed")
    end = pd.to_datetime(raw["time_end"], format="mixed")
    end = end.where(raw["time_end"].str.len() > 10, end + pd.Timedelta(days=1) - pd.Timedelta(minutes=1))
    out: dict[tuple[str, str], list[tuple[pd.Timestamp, pd.Timestamp]]] = {}
    for source, day, a, b in zip(raw["source"], raw["time_end"].str[:10], start, end, strict=True):
        out.setdefault((source, day), []).append((a, b))
    return out


Spans = list[tuple[pd.Timestamp, pd.Timestamp]]


def kind(a: Spans, b: Spans) -> str:
    """How the windows of two posts of one date relate."""
    if set(a) & set(b):
        return "the same window (a genuine disagreement)"
    if any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b):
        return "overlapping windows (one is a whole day that may or may not hold the other)"
    return "windows that do not overlap (two attacks of one date)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(DEFAULT))
    args = parser.parse_args()
    path = Path(args.dataset)
    if not path.exists():
        print(f"no dataset at {path}", file=sys.stderr)
        return 2
    figures = import_massive_missile_attacks(path)
    checks = run_checks(figures, load_rules())
    tally = Counter((c.rule, c.status) for c in checks)
    for (rule, status), n in sorted(tally.items()):
        print(f"{rule:34} {status:5} {n:6,}")
    spans = windows(read_csv(path))
    kinds: Counter[str] = Counter()
    for check in checks:
        if check.rule != "sources-agree" or check.status != "fail":
            continue
        found = re.search(r" on (\d{4}-\d{2}-\d{2})(?: over .*?)?: (\S+) gives .* but (\S+) gives", check.message)
        assert found, check.message
        day, first, second = found.groups()
        kinds[kind(spans.get((first, day), []), spans.get((second, day), []))] += 1
    for what, n in kinds.most_common():
        print(f"sources-agree warnings, {what}: {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
