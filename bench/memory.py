"""Peak memory of `attack-stats run` on a large corpus of many files: it must stay flat with corpus size.

Builds a corpus folder of --gb gigabytes (many .txt files of background news with attack reports mixed in at
--attack-share of the bytes, as bench/throughput.py does), runs `attack-stats run FOLDER -o OUT -q` in a
child process, and reports its wall time and peak resident memory (ru_maxrss of the child), together with
the same numbers for a corpus ten times smaller, so the growth can be read off.

Run: python bench/memory.py [--gb 1.0] [--attack-share 0.1] [--jobs 1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from throughput import CORPUS, background_texts, load_texts, news_archive  # noqa: E402


def build(folder: Path, gigabytes: float, share: float) -> tuple[int, int]:
    """Write the corpus as files of about 5 KB (several documents joined), 1,000 per sub-folder."""
    attack = [t for path in CORPUS for t in load_texts(path)]
    background = background_texts()
    block = news_archive(attack, background, share, 50.0)  # a 50 MB block, written again and again
    files = size = 0
    target = gigabytes * 1e9
    while size < target:
        for i in range(0, len(block), 3):
            if size >= target:
                break
            text = "\n\n".join(block[i:i + 3])
            sub = folder / f"{files // 1000:05d}"
            if files % 1000 == 0:
                sub.mkdir(parents=True, exist_ok=True)
            data = text.encode()
            (sub / f"{files:07d}.txt").write_bytes(data)
            files += 1
            size += len(data)
    return files, size


def measure(folder: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    command = [sys.executable, "-m", "stats", "run", str(folder), "-o", str(out), "-q", "--jobs", str(jobs)]
    proc = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=False)
    seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode not in (0, 1):
        raise SystemExit(f"attack-stats run failed ({proc.returncode}): {proc.stderr[-2000:]}")
    figures = sum(1 for _ in (out / "figures.csv").open(encoding="utf-8")) - 1
    return seconds, max(peak_kb, before) / 1024, figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=1.0)
    parser.add_argument("--attack-share", type=float, default=0.1)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    args = parser.parse_args(argv)
    base = args.keep or Path(tempfile.mkdtemp(prefix="attack-stats-memory-"))
    rows = []
    try:
        # the small run first: ru_maxrss of children is a running maximum over all of them
        for gigabytes in (args.gb / 10, args.gb):
            folder = base / f"corpus-{gigabytes:g}GB"
            files, size = build(folder, gigabytes, args.attack_share)
            seconds, peak_mb, figures = measure(folder, base / f"out-{gigabytes:g}GB", args.jobs)
            rows.append(f"| {size / 1e9:.2f} GB | {files} | {figures} | {seconds:.0f} s | {size / 1e6 / seconds:.1f} "
                        f"| {peak_mb:.0f} MB |")
            if not args.keep:
                shutil.rmtree(folder)
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    report = "\n".join(["| corpus | files | figures | wall time | MB/s | peak RSS |", "|---|---:|---:|---:|---:|---:|",
                        *rows, "", f"attack reports {args.attack_share:.0%} of the bytes; --jobs {args.jobs}"])
    print(report)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "memory.md").write_text(report + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
