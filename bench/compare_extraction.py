#!/usr/bin/env python3
"""Extract every bundled corpus and compare the figures with a saved run, figure for figure.

    python bench/compare_extraction.py --save bench/out/before.csv     # before a change
    python bench/compare_extraction.py --against bench/out/before.csv  # after it: every difference

Reads tests/corpus/*.jsonl, the seeds and bench/data/news_background.jsonl; with --real the texts of
../shared/real and the cached texts of the real-reporting corpus (tests/corpus/real/, cache as in
bench/realcache.py). A refactoring must print "identical"; a change of behaviour prints each figure that
appeared or went, with its document, so it can be named in a test. Figures of the real corpus's validation
split are compared but never shown: only how many rows changed (tuning reads the development split alone).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from stats.extract import extract_text  # noqa: E402

FIELDS = ("event", "date", "attacker", "weapon", "model", "region", "group", "measure", "value", "qualifier",
          "start", "end", "rule")


def documents(with_real: bool) -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    corpora = [*sorted((REPO / "tests" / "corpus").glob("*.jsonl")), REPO / "bench" / "data" / "news_background.jsonl"]
    for path in corpora:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                docs.append((f"{path.stem}:{item['id']}", item["text"]))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        docs.append((f"seeds:{path.name}", path.read_text(encoding="utf-8")))
    real = REPO.parent / "shared" / "real"
    if with_real and real.exists():
        csv.field_size_limit(1 << 30)
        for name, column, key in (("kpszsu_cards_2023.csv", "text", "msg_id"),
                                  ("mod_russia_2023_2024.csv", "text_snippet", "row")):
            with open(real / name, newline="", encoding="utf-8") as fh:
                for row in csv.DictReader(fh):
                    docs.append((f"{name}:{row[key]}", row[column]))
    if with_real:
        from tests.real_sources import cache_dir, manifest

        for entry in manifest():
            path = cache_dir() / "texts" / f"{entry['id']}.txt"
            if path.exists():
                docs.append((f"real-{entry['split']}:{entry['id']}", path.read_text(encoding="utf-8")))
    return docs


def rows(with_real: bool, only: set[str] | None = None) -> tuple[list[tuple[str, ...]], list[str]]:
    """The figures of every document (or of those named in `only`), and the documents read."""
    out, read = [], []
    for doc_id, text in documents(with_real):
        if only is not None and doc_id not in only:
            continue
        read.append(doc_id)
        for f in extract_text(text):
            out.append((doc_id, *(str(getattr(f, name, "")) for name in FIELDS)))
    return out, read


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--save")
    parser.add_argument("--against")
    parser.add_argument("--real", action="store_true",
                        help="also the texts of ../shared/real and the cached real-reporting corpus")
    parser.add_argument("--ignore", nargs="*", default=[], help="fields left out of the comparison (e.g. region)")
    args = parser.parse_args()
    # the documents of the saved run alone (texts added since, a new collection round, are not compared)
    listed = Path(f"{args.against}.docs") if args.against else None
    only = set(listed.read_text(encoding="utf-8").split()) if listed is not None and listed.exists() else None
    now, read = rows(args.real, only)
    if args.save:
        Path(args.save).parent.mkdir(parents=True, exist_ok=True)
        with open(args.save, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows([("doc_id", *FIELDS), *now])
        Path(f"{args.save}.docs").write_text("\n".join(read) + "\n", encoding="utf-8")
        print(f"{len(now)} figures of {len(read)} documents saved to {args.save} (and the documents' list beside it)")
    if args.against:
        with open(args.against, newline="", encoding="utf-8") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            before = [tuple(r) for r in reader if only is None or r[0] in only]
        keep = [header.index(c) for c in ("doc_id", *FIELDS) if c in header and c not in args.ignore]
        names = [header[i] for i in keep]
        now_cut = [tuple(r[("doc_id", *FIELDS).index(n)] for n in names) for r in now]
        before_cut = [tuple(r[i] for i in keep) for r in before]
        gone = sorted(set(before_cut) - set(now_cut))
        new = sorted(set(now_cut) - set(before_cut))
        hidden = {r for r in (*gone, *new) if r[0].startswith("real-validation:")}
        for sign, group in (("-", gone), ("+", new)):
            for r in group:
                if r not in hidden:
                    print(f"{sign} " + " ".join(r))
        if hidden:
            print(f"validation split: {len(hidden)} rows changed (not shown)")
        print("identical" if not gone and not new and len(now_cut) == len(before_cut)
              else f"{len(gone)} figures gone, {len(new)} new ({len(before_cut)} before, {len(now_cut)} now)")
        return 0 if not gone and not new else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
