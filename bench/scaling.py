"""Speed-up of `attack-stats extract --jobs N` (and `--engine dask`) over one process, same output.

Writes the labelled attack reports (tests/corpus/en_*.jsonl), repeated to --mb megabytes, as one .txt file
per report, then times `attack-stats extract FOLDER -o OUT` with --jobs 1, 2, ... up to the cores of the
machine, and with --engine dask, and checks that every run wrote the same CSV.

Run: python bench/scaling.py [--mb 6] [--dask]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted((ROOT / "tests" / "corpus").glob("en_*.jsonl"))


def build(folder: Path, megabytes: float) -> int:
    texts = [json.loads(line)["text"] for path in CORPUS for line in path.read_text(encoding="utf-8").splitlines()]
    size = files = 0
    while size < megabytes * 1e6:
        text = texts[files % len(texts)]
        (folder / f"{files:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
        files += 1
    return files


def timed(folder: Path, out: Path, *options: str) -> tuple[float, str]:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "stats", "extract", str(folder), "-o", str(out), *options], check=True)
    seconds = time.perf_counter() - start
    return seconds, hashlib.sha256(out.read_bytes()).hexdigest()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=6.0)
    parser.add_argument("--dask", action="store_true", help="also time --engine dask (LocalCluster)")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="attack-stats-scaling-"))
    try:
        folder = base / "corpus"
        folder.mkdir()
        files = build(folder, args.mb)
        runs = [("--jobs 1", ["--jobs", "1"])]
        runs += [(f"--jobs {n}", ["--jobs", str(n)]) for n in range(2, (os.cpu_count() or 1) + 1)]
        if args.dask:
            runs.append((f"--engine dask --jobs {os.cpu_count()}", ["--engine", "dask", "--jobs", str(os.cpu_count())]))
        rows, digests = [], set()
        base_seconds = None
        for i, (name, options) in enumerate(runs):
            seconds, digest = timed(folder, base / f"out{i}.csv", *options)
            digests.add(digest)
            base_seconds = base_seconds or seconds
            rows.append(f"| {name} | {seconds:.1f} s | {args.mb / seconds:.2f} | {base_seconds / seconds:.2f}x |")
    finally:
        shutil.rmtree(base, ignore_errors=True)
    report = "\n".join(["| run | wall time | MB/s | speed-up |", "|---|---:|---:|---:|", *rows, "",
                        f"{files} files, {args.mb} MB of attack reports, {os.cpu_count()} cores; "
                        f"identical CSV from every run: {len(digests) == 1}"])
    print(report)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "scaling.md").write_text(report + "\n", encoding="utf-8")
    return 0 if len(digests) == 1 else 1


if __name__ == "__main__":
    sys.exit(main())
