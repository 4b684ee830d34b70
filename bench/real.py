#!/usr/bin/env python3
"""Accuracy on real text nobody on the project wrote (see tests/real_sources.py for the sources).

    python bench/real.py                       # every source: corpus (both splits), cards, MoD rows
    python bench/real.py --split development   # the development split alone (tuning never prints validation)
    python bench/real.py --misses              # and every miss of the development split
    python bench/real.py --misses --split validation   # only when reporting: the validation split's misses
    python bench/real.py --lang ru --kind mod_statement --misses

The corpus is scored strictly, as `attack-stats score` does (weapon, measure, value, qualifier, attacker
and model must all agree): precision, recall and F1 overall, per language, per kind and per measure, and
how many documents without figures got some. Tune on the development split only; the validation split
is read to report. Writes the tables to bench/out/real.md too.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stats.extract import Figure, extract_text  # noqa: E402
from stats.score import Score, fact_key, format_fact  # noqa: E402
from tests.real_sources import (  # noqa: E402
    REAL,
    REBUILD,
    cache_dir,
    cache_present,
    real_documents,
    score_cards,
    score_mod,
)


def prf(s: Score) -> str:
    p, r, f = s.overall()
    gold = sum(s.tp.values()) + sum(s.fn.values())
    return f"{gold:>5} | {p:.3f} | {r:.3f} | {f:.3f}"


def corpus(args: argparse.Namespace, out: list[str]) -> None:
    if not cache_present():
        out.append(f"cache absent ({cache_dir()}): rebuild with {REBUILD}")
        return
    for split in (args.split,) if args.split else ("development", "validation"):
        docs = real_documents(split, args.lang)
        if args.kind:
            docs = [(e, d) for e, d in docs if e["kind"] == args.kind or args.kind in e["tags"]]
        groups: dict[str, Score] = defaultdict(Score)
        full = Score()  # with region and group too
        empty = {"docs": 0, "with": 0}
        started = time.perf_counter()
        for entry, doc in docs:
            figures = extract_text(doc.text)
            predicted = [fact_key(_row(f)) for f in figures]
            gold = [fact_key(f) for f in doc.facts]
            rnd = f"round {entry.get('round', 1)}"
            for key in ("all", f"language {entry['language']}", f"kind {entry['kind']}", rnd,
                        f"{rnd} language {entry['language']}"):
                groups[key].add(doc.id, predicted, gold)
            full.add(doc.id, [_placed(_row(f), f) for f in figures],
                     [tuple(str(f.get(k) or "") for k in PLACED) for f in doc.facts])
            if not gold:
                empty["docs"] += 1
                empty["with"] += bool(predicted)
        seconds = time.perf_counter() - started
        out.append(f"\n### {split}: {len(docs)} documents ({seconds:.1f} s)\n")
        out.append("| group | gold facts | precision | recall | F1 |\n|---|---:|---:|---:|---:|")
        for key in sorted(groups, key=lambda k: (k != "all", k)):
            out.append(f"| {key} | {prf(groups[key])} |")
        table = groups["all"].table()
        out.append("\n| measure | gold | precision | recall | F1 |\n|---|---:|---:|---:|---:|")
        for row in table.to_dict("records"):
            out.append(f"| {row['measure']} | {row['gold']} | {row['precision']:.3f} | {row['recall']:.3f} "
                       f"| {row['f1']:.3f} |")
        out.append(f"\nall facts with region and group too: F1 {full.overall()[2]:.3f}")
        out.append(f"\nno-figure documents with figures: {empty['with']} of {empty['docs']}")
        if args.misses and split == (args.split or "development"):
            out.append("\nmisses (gold not read) and spurious (read, not gold):")
            out += [f"- miss {d}: {format_fact(f)}" for d, f in groups["all"].misses]
            out += [f"- spurious {d}: {format_fact(f)}" for d, f in groups["all"].spurious]


PLACED = ("weapon", "measure", "value", "qualifier", "attacker", "model", "region", "group")


def _placed(row: dict[str, object], figure: Figure) -> tuple[str, ...]:
    values = {**row, "region": figure.region, "group": figure.group}
    return tuple(str(values[k] or "") for k in PLACED)


def _row(figure: object) -> dict[str, object]:
    return {k: getattr(figure, k) for k in ("weapon", "measure", "value", "qualifier", "attacker", "model")}


def real_sources(args: argparse.Namespace, out: list[str]) -> None:
    if not REAL.exists():
        out.append(f"\n{REAL} absent: the Air Force cards and the MoD rows are not scored")
        return
    cards = score_cards()
    out.append(f"\n### Air Force cards 2023: {cards.cards} cards, F1 {cards.f1:.3f} "
               f"(correct {cards.tp}, spurious {cards.fp}, missed {cards.fn})")
    if args.misses:
        out += [f"- {m}" for m in cards.misses]
    exact, judged, misses = score_mod()
    out.append(f"\n### MoD posts, judged rows: {exact} of {judged} drone totals exact ({exact / judged:.1%})")
    if args.misses:
        out += [f"- {m}" for m in misses]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--split", choices=("development", "validation"),
                        help="score this split alone (default: both; misses of the development split)")
    parser.add_argument("--lang")
    parser.add_argument("--kind", help="a kind or a tag of the manifest")
    parser.add_argument("--only", choices=("corpus", "sources"))
    args = parser.parse_args()
    out: list[str] = ["## Accuracy on real text"]
    if args.only != "sources":
        corpus(args, out)
    if args.only != "corpus":
        real_sources(args, out)
    text = "\n".join(out) + "\n"
    sys.stdout.write(text)
    (ROOT / "bench" / "out").mkdir(parents=True, exist_ok=True)
    (ROOT / "bench" / "out" / "real.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
