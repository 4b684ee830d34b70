"""Import plus check of the full reference dataset: how long each stage takes (target: under 10 s in all).

    python bench/gate.py [missile_attacks_daily.csv] [--repeat N] [--compare-masking]

The dataset is "Massive Missile Attacks on Ukraine" by Petro Ivaniuk (Kaggle, CC BY-NC-SA 4.0); by default
it is read from shared/data/ in the nearest folder above the repository that has it. Stages, each timed in
this process (best of N): import (read, map, validate), write figures.csv, read + validate it, run the
rules, and each report format.
Then the two commands end to end in fresh processes (`attack-stats import`, `attack-stats check`), which adds
interpreter start-up and imports. --compare-masking also times how the CSV lines of every check were found
before (one boolean mask of the whole table per check) against the look-up used now.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from stats.checks import load_rules, run_checks
from stats.checks.reference import _Figures
from stats.csvio import read_figures, write_csv
from stats.importers import import_massive_missile_attacks
from stats.report_formats import FileReport, format_github, format_json, format_junit, format_text
from stats.schema import validate

ROOT = Path(__file__).resolve().parent.parent
# ../shared/data/ of the repository, or of a folder above it (a git worktree lives deeper)
DEFAULT = next((p / "shared" / "data" / "missile_attacks_daily.csv" for p in ROOT.parents
                if (p / "shared" / "data" / "missile_attacks_daily.csv").exists()),
               ROOT.parent / "shared" / "data" / "missile_attacks_daily.csv")


def best_of(repeat: int, job: Callable[[], Any]) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = job()
        times.append(time.perf_counter() - start)
    return min(times), result


def masking_lines(table: _Figures, checks: list[Any]) -> float:
    """The former way: for every check, mask the whole table to find the rows of its group."""
    rows = table.rows
    start = time.perf_counter()
    for check in checks:
        mask = (rows["doc_id"] == check.doc_id) & (rows["event"] == check.event) & (rows["attacker"] == check.attacker)
        sub = rows[mask]
        sub[(sub["weapon"] == check.weapon) & (sub["measure"] == check.measure)]
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dataset", nargs="?", default=str(DEFAULT), help="missile_attacks_daily.csv")
    parser.add_argument("--repeat", type=int, default=3, help="runs per in-process stage (best is shown)")
    parser.add_argument("--compare-masking", action="store_true", help="also time the former per-check masking")
    args = parser.parse_args()
    dataset = Path(args.dataset)
    if not dataset.exists():
        print(f"no dataset at {dataset}", file=sys.stderr)
        return 2
    rows = sum(1 for _ in dataset.open(encoding="utf-8")) - 1
    rules = load_rules()
    timings: list[tuple[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.csv"
        seconds, figures = best_of(args.repeat, lambda: import_massive_missile_attacks(dataset))
        timings.append(("import (read, map, validate)", seconds))
        seconds, _ = best_of(args.repeat, lambda: write_csv(figures, out))
        timings.append(("write figures.csv", seconds))
        seconds, (valid, failures) = best_of(args.repeat, lambda: validate(read_figures(out)))
        timings.append(("read + validate figures.csv", seconds))
        seconds, checks = best_of(args.repeat, lambda: run_checks(valid, rules))
        timings.append(("run the rules", seconds))
        report = [FileReport(str(out), checks, failures)]
        for name, job in [("text", lambda: list(format_text(report))), ("json", lambda: format_json(report)),
                          ("github", lambda: list(format_github(report))), ("junit", lambda: format_junit(report))]:
            seconds, _ = best_of(args.repeat, job)
            timings.append((f"format {name}", seconds))
        in_process = sum(t for name, t in timings if not name.startswith("format") or name == "format text")
        command = [str(Path(sys.executable).parent / "attack-stats")]
        start = time.perf_counter()
        subprocess.run([*command, "import", str(dataset), "--from", "massive-missile-attacks", "-o", str(out)],
                       check=True, capture_output=True)
        cli_import = time.perf_counter() - start
        start = time.perf_counter()
        done = subprocess.run([*command, "check", str(out), "-q"], capture_output=True, text=True)
        cli_check = time.perf_counter() - start
        masking = masking_lines(_Figures(valid, rules.tolerance), checks) if args.compare_masking else None

    counts = Counter((c.rule, c.status) for c in checks)
    failed = [c for c in checks if c.status == "fail" and c.severity == "error"]
    print(f"dataset: {dataset} ({rows} rows) -> {len(figures)} figures, {len(checks)} checks")
    print(pd.DataFrame(timings, columns=["stage", "seconds"]).to_string(index=False, float_format="%.3f"))
    print(f"in process, import + check (text report): {in_process:.2f} s")
    print(f"commands end to end: attack-stats import {cli_import:.2f} s + attack-stats check {cli_check:.2f} s "
          f"= {cli_import + cli_check:.2f} s (check exit code {done.returncode})")
    if masking is not None:
        print(f"CSV lines of {len(checks)} checks by masking the table per check (before): {masking:.2f} s")
    print("checks per rule: " + ", ".join(f"{rule} {status} {n}" for (rule, status), n in sorted(counts.items())))
    print(f"inconsistent rows (failed error checks): {len(failed)}")
    for check in failed:
        print(f"  {check.rule}: {check.message}; {check.evidence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
