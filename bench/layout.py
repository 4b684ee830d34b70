#!/usr/bin/env python3
"""Robustness to copied text: how many real texts read differently when copying changes only their layout.

    python bench/layout.py                 # every cached real text (both splits), every layout
    python bench/layout.py --split development --show 3   # and three development ids per layout

Each layout of tests/layouts.py (zero-width spaces, soft hyphens, Windows or old-Mac line ends, runs of spaces,
indentation, emoji opening lines, other apostrophes and hyphens...) is applied to every cached text of the
real corpus, and the figures read (weapon, measure, value, qualifier, attacker, model, region, group) are
compared with those of the text as it is. A text whose figures change is a text a user would get a different
answer for by pasting it from another program. No label is read: this measures consistency, not accuracy
(so it may run over the validation split; its ids are never shown). Writes the table to bench/out/layout.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.layouts import LAYOUTS, facts  # noqa: E402
from tests.real_sources import REBUILD, cache_dir, cache_present, manifest  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("development", "validation"))
    parser.add_argument("--show", type=int, default=0, help="list this many development ids per layout")
    args = parser.parse_args()
    if not cache_present():
        print(f"cache absent ({cache_dir()}): rebuild with {REBUILD}")
        return 0
    texts = []
    for entry in manifest():
        path = cache_dir() / "texts" / f"{entry['id']}.txt"
        if path.exists() and (args.split is None or entry["split"] == args.split):
            texts.append((str(entry["id"]), str(entry["split"]), path.read_text(encoding="utf-8")))
    started = time.perf_counter()
    plain = [Counter(facts(text)) for _, _, text in texts]
    changed: dict[str, list[tuple[str, str]]] = {}
    for name, layout in LAYOUTS.items():
        changed[name] = [(doc_id, split) for (doc_id, split, text), base in zip(texts, plain, strict=True)
                         if (copied := layout(text)) != text and Counter(facts(copied)) != base]
    out = [f"## Layout of copied text: {len(texts)} real texts, {time.perf_counter() - started:.0f} s", "",
           "| layout | texts whose figures change |", "|---|---:|"]
    out += [f"| {name} | {len(ids)} |" for name, ids in changed.items()]
    if args.show:
        for name, ids in changed.items():
            shown = [doc_id for doc_id, split in ids if split == "development"][:args.show]
            if shown:
                out.append(f"- {name}: {', '.join(shown)}")
    print("\n".join(out))
    (ROOT / "bench" / "out").mkdir(exist_ok=True)
    (ROOT / "bench" / "out" / "layout.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
