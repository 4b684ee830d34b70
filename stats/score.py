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
    """The labelled documents of a JSONL file: {"id", "text", "facts": [{weapon, measure, value, qualifier,
    attacker, model}, ...]} per line. Anything else is an InputError naming the line."""
    docs: list[GoldDoc] = []
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"no such file: {path}") from exc
    except IsADirectoryError as exc:
        raise InputError(f"expected a JSONL file, got a folder: {path}") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        where = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{where}: not UTF-8 (byte {data[exc.start]:#04x})") from exc
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            docs.append(GoldDoc(str(item["id"]), str(item["text"]), [_gold_fact(f) for f in item["facts"]]))
        except RecursionError as exc:
            raise InputError(f"{path}:{number}: not a labelled document (JSON nested too deeply)") from exc
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            reason = exc.msg if isinstance(exc, json.JSONDecodeError) else (
                f"no {exc.args[0]}" if isinstance(exc, KeyError) else str(exc))
            raise InputError(f"{path}:{number}: not a labelled document ({reason})") from exc
    return docs


def _gold_fact(fact: object) -> dict[str, object]:
    """A gold fact, checked: every key of a fact, a whole value of at least 0, text everywhere else."""
    if not isinstance(fact, dict):
        raise TypeError(f"a fact is not a JSON object: {str(fact)[:40]}")
    for key in FACT_KEYS:
        if key == "model":
            if not isinstance(fact.get(key, ""), str | type(None)):
                raise TypeError(f"fact model is not text: {fact.get(key)!r}")
            continue
        if key not in fact:
            raise KeyError(f"fact key {key!r}")
        value = fact[key]
        if key == "value":
            if isinstance(value, bool) or not isinstance(value, int | str) or not str(value).isdigit():
                raise ValueError(f"fact value is not a whole number >= 0: {value!r}")
        elif not isinstance(value, str):
            raise TypeError(f"fact {key} is not text: {value!r}")
    return fact


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
