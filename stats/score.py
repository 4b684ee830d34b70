"""Score extracted figures against a labelled corpus (JSONL, one document per line).

A predicted figure matches a gold fact when weapon, measure, value, qualifier, attacker and model
agree; models are compared as sets of canonical names ("X-101/Kh-555" equals "Kh-555/Kh-101").
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .contract import MEASURES
from .errors import InputError
from .lexicon import load
from .terms import term_key

FACT_KEYS = ("weapon", "measure", "value", "qualifier", "attacker", "model")
Fact = tuple[str, str, int, str, str, str]


@dataclass
class GoldDoc:
    id: str
    text: str
    facts: list[dict[str, object]]


def read_gold(path: str | Path) -> list[GoldDoc]:
    docs: list[GoldDoc] = []
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such file: {path}")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            docs.append(GoldDoc(str(item["id"]), str(item["text"]), list(item["facts"])))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a labelled document ({exc})") from exc
    return docs


def canonical_model(model: object) -> str:
    """Canonical, order-free form of a model string: "Kh-59/69" -> "Kh-59/Kh-69"."""
    if not isinstance(model, str) or not model.strip():
        return ""
    lex = load("en")
    names: list[str] = []
    prefix = ""
    for part in model.split("/"):
        part = part.strip()
        if part.isdigit() and prefix:
            part = prefix + part
        sense = lex.senses.get(term_key(part))
        name = lex.models[sense.model].name if sense is not None and sense.model is not None else part
        prefix = name.rstrip("0123456789").rstrip("PMK") if any(ch.isdigit() for ch in name) else ""
        names.append(name)
    return "/".join(sorted(set(names)))


def fact_key(fact: Mapping[str, object]) -> Fact:
    return (str(fact["weapon"]), str(fact["measure"]), int(str(fact["value"])), str(fact["qualifier"]),
            str(fact["attacker"]), canonical_model(fact.get("model")))


@dataclass
class Score:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    misses: list[tuple[str, Fact]] = field(default_factory=list)
    spurious: list[tuple[str, Fact]] = field(default_factory=list)
    empty_docs_with_figures: list[str] = field(default_factory=list)

    def add(self, doc_id: str, predicted: Iterable[Fact], gold: Iterable[Fact]) -> None:
        pred_c, gold_c = Counter(predicted), Counter(gold)
        for fact in (pred_c & gold_c).elements():
            self.tp[fact[1]] += 1
        for fact in (pred_c - gold_c).elements():
            self.fp[fact[1]] += 1
            self.spurious.append((doc_id, fact))
        for fact in (gold_c - pred_c).elements():
            self.fn[fact[1]] += 1
            self.misses.append((doc_id, fact))
        if not gold_c and pred_c:
            self.empty_docs_with_figures.append(doc_id)

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def overall(self) -> tuple[float, float, float]:
        return self.prf(sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values()))

    def table(self) -> pd.DataFrame:
        rows = []
        for measure in [*MEASURES, "all"]:
            if measure == "all":
                tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
            else:
                tp, fp, fn = self.tp[measure], self.fp[measure], self.fn[measure]
            if tp + fp + fn == 0:
                continue
            p, r, f = self.prf(tp, fp, fn)
            rows.append({"measure": measure, "gold": tp + fn, "predicted": tp + fp, "correct": tp,
                         "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)})
        return pd.DataFrame(rows)


def score(predicted: Mapping[str, Iterable[Mapping[str, object]]], gold: Iterable[GoldDoc]) -> Score:
    """Score predictions (document id -> figures) against gold documents."""
    result = Score()
    for doc in gold:
        result.add(doc.id, [fact_key(f) for f in predicted.get(doc.id, [])], [fact_key(f) for f in doc.facts])
    return result


def predictions_from_csv(frame: pd.DataFrame) -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for row in frame.to_dict("records"):
        out.setdefault(str(row["doc_id"]), []).append(row)
    return out


def format_fact(fact: Fact) -> str:
    weapon, measure, value, qualifier, attacker, model = fact
    q = "" if qualifier == "exact" else f" ({qualifier})"
    m = f" [{model}]" if model else ""
    a = "" if attacker == "russia" else f" <{attacker}>"
    return f"{measure} {value}{q} {weapon}{m}{a}"
