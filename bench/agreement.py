#!/usr/bin/env python3
"""Agreement of two independent labellings of the real corpus (before reconciliation).

    python bench/agreement.py LABELS_A.jsonl LABELS_B.jsonl [...more pairs]

Per pair: documents labelled identically, Cohen's kappa of "the document has figures", and fact F1 of
one labeller against the other, strict (weapon, measure, value, qualifier, attacker, model, as the scorer
counts) and with region and group too.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

STRICT = ("weapon", "measure", "value", "qualifier", "attacker", "model")
FULL = (*STRICT, "region", "group")


def read(path: str) -> dict[str, list[dict[str, object]]]:
    out = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out[item["id"]] = item["facts"]
    return out


def key(fact: dict[str, object], keys: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(str(fact.get(k) or "") for k in keys)


def compare(a: dict[str, list[dict[str, object]]], b: dict[str, list[dict[str, object]]]) -> dict[str, float]:
    ids = sorted(set(a) & set(b))
    same = 0
    tp = {k: 0 for k in ("strict", "full")}
    na = nb = 0
    table = Counter()
    for i in ids:
        for name, keys in (("strict", STRICT), ("full", FULL)):
            ca, cb = Counter(key(f, keys) for f in a[i]), Counter(key(f, keys) for f in b[i])
            tp[name] += sum((ca & cb).values())
            if name == "full" and ca == cb:
                same += 1
        na += len(a[i])
        nb += len(b[i])
        table[(bool(a[i]), bool(b[i]))] += 1
    n = len(ids)
    po = (table[(True, True)] + table[(False, False)]) / n
    pa, pb = sum(v for (x, _), v in table.items() if x) / n, sum(v for (_, y), v in table.items() if y) / n
    pe = pa * pb + (1 - pa) * (1 - pb)
    out = {"documents": n, "identical": same / n, "kappa_has_figures": (po - pe) / (1 - pe) if pe < 1 else 1.0,
           "facts_a": na, "facts_b": nb}
    for name in ("strict", "full"):
        p, r = tp[name] / na if na else 1, tp[name] / nb if nb else 1
        out[f"f1_{name}"] = 2 * p * r / (p + r) if p + r else 0
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("labels", nargs="+", metavar="LABELS.jsonl", help="labels files, in pairs: A B [A B ...]")
    args = parser.parse_args(argv)
    if len(args.labels) % 2:
        parser.error("the labels files come in pairs (A B)")
    missing = [p for p in args.labels if not Path(p).is_file()]
    if missing:
        parser.error(f"no such labels file: {', '.join(missing)}")
    for a, b in zip(args.labels[::2], args.labels[1::2], strict=True):
        result = compare(read(a), read(b))
        print(Path(a).stem, "vs", Path(b).stem, " ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
