"""Pathological inputs: time and peak memory at a size and at twice that size (linear: the ratio is about 2).

Time is the CPU time of the process (one core), so other work on the machine does not distort it. Each
case runs in a fresh process (`attack-stats extract` on a generated input, or the extractor alone for
the extractor's own cases), so the peak resident memory is that case's. Prints a markdown table and writes
it to bench/out/pathological.md.

Run: python bench/pathological.py [--quick] [--case NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
REPORT = "Russia launched 40 drones overnight; air defence shot down 35 of them. "


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def long_line(where: Path, n: int) -> list[str]:
    """One line of attack words, no sentence end: the extractor reads it in pieces."""
    unit = "drones shot down 12 missiles launched "
    return [str(_write(where / "line.txt", unit * (n // len(unit))))]


def attack_reports(where: Path, n: int) -> list[str]:
    return [str(_write(where / "reports.txt", REPORT * (n // len(REPORT))))]


def cp1251(where: Path, n: int) -> list[str]:
    unit = "Противник атакував 93 ударними БпЛА. Збито 76 ворожих безпілотників. "
    return [str(_write(where / "uk.txt", (unit * (n // len(unit.encode("cp1251")))).encode("cp1251")))]


def jsonl_records(where: Path, n: int) -> list[str]:
    line = json.dumps({"id": "x", "text": REPORT}) + "\n"
    return [str(_write(where / "feed.jsonl", "".join(line.replace('"x"', f'"r{i}"') for i in range(n // len(line)))))]


def jsonl_deep(where: Path, n: int) -> list[str]:
    good = json.dumps({"id": "a", "text": REPORT}) + "\n"
    return [str(_write(where / "deep.jsonl", good + '{"x": ' + "[" * (n // 2) + "]" * (n // 2) + "}\n" + good))]


def csv_big_field(where: Path, n: int) -> list[str]:
    return [str(_write(where / "posts.csv", f"id,text\r\n1,{'x' * n}\r\n2,{REPORT}\r\n"))]


def html_nested(where: Path, n: int) -> list[str]:
    return [str(_write(where / "page.html", "<p>" + "<b>x</b> " * (n // 9) + REPORT + "</p>"))]


def many_files(where: Path, n: int) -> list[str]:
    folder = where / "many"
    folder.mkdir()
    for i in range(n // len(REPORT)):
        _write(folder / f"{i:07d}.txt", REPORT)
    return [str(folder)]


def deep_folders(where: Path, n: int) -> list[str]:
    """A chain of n folders, one file at the bottom."""
    folder = where / "deep"
    folder.mkdir()
    n = min(n, 100_000)
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(n):
        os.mkdir("d", dir_fd=fd)
        child = os.open("d", os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = child
    out = os.open("a.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, REPORT.encode())
    os.close(out)
    os.close(fd)
    return [str(folder)]


# The extractor's own classes (stats.extract, another developer's): measured on extract_text directly.
EXTRACTOR = {
    "million digits": lambda n: "Russia launched " + "9" * n + " drones.",
    "separators 1,000,...": lambda n: "1," * (n // 2) + "000 drones were shot down",
    "spaced separators": lambda n: "1 000 " * (n // 6) + "drones",
    "dots": lambda n: "." * n + " 5 drones",
    "newlines": lambda n: "\n" * n + "5 drones were shot down",
    "Kh- chain": lambda n: "Kh-" * (n // 3) + "101 missiles",
    "Shahed-Shahed-... chain": lambda n: "Shahed-" * (n // 7) + "136 drones",
    "Shahed_Shahed_... chain": lambda n: "Shahed_" * (n // 7) + "136 drones",
}

# Input classes (attack-stats extract, the whole path: reading, decoding, extraction, writing).
INPUTS: dict[str, tuple[Callable[[Path, int], list[str]], int, list[str]]] = {
    "one 5 MB line of attack words": (long_line, 5_000_000, []),
    "attack reports, one file": (attack_reports, 2_000_000, []),
    "Windows-1251 text": (cp1251, 2_000_000, []),
    "JSONL records": (jsonl_records, 2_000_000, []),
    "JSON nested in a JSONL record": (jsonl_deep, 2_000_000, []),
    "CSV field of many MB": (csv_big_field, 8_000_000, ["--max-size", "64"]),
    "HTML with many inline tags": (html_nested, 4_000_000, []),
    "many small files in one folder": (many_files, 400_000, []),
    "folders nested n deep": (deep_folders, 1000, []),
}
SLOW_EXTRACTOR = {"Shahed-Shahed-... chain": 10_000, "Shahed_Shahed_... chain": 10_000, "Kh- chain": 200_000}


def _child(case: str, size: int) -> None:
    """Run one case in this process; print seconds and peak RSS (MB) as JSON."""
    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        if case in EXTRACTOR:
            from stats.extract import extract_text

            extract_text(REPORT, language="en")  # warm: the vocabulary is loaded once per process
            text = EXTRACTOR[case](size)
            started = time.process_time()
            found = len(extract_text(text, language="en"))
        else:
            make, _, options = INPUTS[case]
            from stats.cli import main

            (where / "warm").mkdir()
            main(["extract", *make(where / "warm", 100), "-o", str(where / "warm.csv"), "-q", *options])  # warm
            paths = make(where, size)
            started = time.process_time()
            found = main(["extract", *paths, "-o", str(where / "f.csv"), "-q", *options])
        seconds = time.process_time() - started  # CPU time: what the input costs, whatever else the machine does
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if case == "folders nested n deep":
            limit = sys.getrecursionlimit()
            sys.setrecursionlimit(100_000)
            shutil.rmtree(where / "deep", ignore_errors=True)
            sys.setrecursionlimit(limit)
    print(json.dumps({"seconds": seconds, "rss_mb": rss, "result": found}))


def measure(case: str, size: int) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, "--child", case, str(size)], capture_output=True, text=True,
                          check=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--quick", action="store_true", help="a quarter of the sizes")
    parser.add_argument("--case", nargs="*", help="only these cases")
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], int(args.child[1]))
        return
    rows = ["| input | n | CPU time | 2n | CPU time | ratio | peak RSS at n / 2n (MB) |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    cases = [(c, INPUTS[c][1]) for c in INPUTS] + [(c, SLOW_EXTRACTOR.get(c, 1_000_000)) for c in EXTRACTOR]
    for case, size in cases:
        if args.case and case not in args.case:
            continue
        size = max(1, size // 4) if args.quick else size
        one, two = measure(case, size), measure(case, 2 * size)
        unit = "levels" if case == "folders nested n deep" else "chars" if case in EXTRACTOR else "bytes"
        ratio = two["seconds"] / one["seconds"] if one["seconds"] > 0 else float("nan")
        rows.append(f"| {case} | {size:,} {unit} | {one['seconds']:.2f} s | {2 * size:,} | {two['seconds']:.2f} s | "
                    f"{ratio:.1f}x | {one['rss_mb']:.0f} / {two['rss_mb']:.0f} |")
        print(rows[-1], flush=True)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "pathological.md").write_text("\n".join(rows) + "\n", encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
