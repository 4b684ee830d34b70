"""Real texts nobody on the project wrote, and how the extractor is scored on them.

Three sources (none of their texts is in the repository):
- the real-reporting corpus: manifest and gold facts in tests/corpus/real/, texts in the cache folder
  ($ATTACK_STATS_REAL_CACHE, else real-cache/ beside the repository; bench/realcache.py rebuilds it);
- the Ukrainian Air Force's "ЗНИЩЕНО" cards of 2023 with their gold (../shared/real/kpszsu_cards_2023*);
- the Russian defence ministry's Telegram posts with 208 rows a person judged
  (../shared/real/mod_russia_2023_2024*).
bench/real.py prints the scores; tests/test_real.py asserts them where the sources are present.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from stats.extract import Figure, extract_text
from stats.score import GoldDoc

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "real"
CORPUS = ROOT / "tests" / "corpus" / "real"
REBUILD = "python bench/realcache.py verify  (it lists each missing text with the search that finds it)"


def cache_dir() -> Path:
    return Path(os.environ.get("ATTACK_STATS_REAL_CACHE") or ROOT.parent / "real-cache")


def manifest() -> list[dict[str, object]]:
    return [json.loads(line) for line in (CORPUS / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]


def real_documents(split: str | None = None, language: str | None = None) -> list[tuple[dict[str, object], GoldDoc]]:
    """(manifest entry, gold document with its text) of every cached text of the corpus, by split and language
    (a text added to the manifest and not labelled yet has no gold and is left out)."""
    gold = {item["id"]: item["facts"] for item in map(json.loads, (CORPUS / "gold.jsonl").read_text(
        encoding="utf-8").splitlines()) if item}
    out = []
    for entry in manifest():
        if (split and entry["split"] != split) or (language and entry["language"] != language):
            continue
        path = cache_dir() / "texts" / f"{entry['id']}.txt"
        if path.exists() and entry["id"] in gold:
            out.append((entry, GoldDoc(str(entry["id"]), path.read_text(encoding="utf-8"), gold[entry["id"]])))
    return out


def cache_present() -> bool:
    return (cache_dir() / "texts").is_dir() and any((cache_dir() / "texts").glob("*.txt"))


# -- the Air Force cards -------------------------------------------------------------------------------

BUCKETS = {"drone": "drone", "cruise_missile": "cruise", "ballistic_missile": "ballistic", "missile": "missile",
           "aircraft": "aircraft"}
# the cards' gold names models as the source repository's parse does; ours are models.toml's
CARD_MODELS = {"Orlan-10": "Orlan", "Su-24": "Su-24M", "Su-30": "Su-30SM", "Merlin-VR": "Merlin", "ZALA": "Zala"}
UNNAMED = {"other", "generic", "helicopter"}  # the gold's names for a figure of no named model
MIXED_CRUISE = "Kh-101/mixed"  # the gold's name for cruise missiles of several models given as one number
CardFact = tuple[str, str, int]  # bucket, model as the gold names it, count


@dataclass
class CardScore:
    cards: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 2 * p * r / (p + r) if p + r else 0.0


def cards() -> list[tuple[str, str, str, list[CardFact]]]:
    """(msg_id, date, text, gold facts) of every card with gold."""
    gold: dict[str, list[CardFact]] = {}
    with open(REAL / "kpszsu_cards_2023_gold.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            facts = []
            for part in filter(None, (p.strip() for p in row["gold"].split(";"))):
                label, count = part.rsplit("=", 1)
                bucket, model = label.split(":", 1)
                facts.append((bucket, "" if model in UNNAMED else model, int(count)))
            gold[row["msg_id"]] = facts
    with open(REAL / "kpszsu_cards_2023.csv", newline="", encoding="utf-8") as fh:
        return [(row["msg_id"], row["date"], row["text"], gold[row["msg_id"]])
                for row in csv.DictReader(fh) if row["msg_id"] in gold]


def card_facts(figures: Iterable[Figure]) -> list[CardFact]:
    """Our figures as the cards' gold writes them: what was destroyed (shot down), by bucket and model."""
    out = []
    for f in figures:
        if f.measure != "shot_down" or f.weapon not in BUCKETS:
            continue
        models = [m for m in f.model.split("/") if m]
        if f.weapon == "cruise_missile" and (len(models) > 1 or models[:1] in (["Kh-101"], ["Kh-555"])):
            label = MIXED_CRUISE
        elif len(models) > 1:
            label = ""  # several models of other classes as one number: the gold names none
        else:
            label = CARD_MODELS.get(models[0], models[0]) if models else ""
        out.append((BUCKETS[f.weapon], label, f.value))
    return out


def score_cards() -> CardScore:
    result = CardScore()
    for msg_id, date, text, gold in cards():
        predicted = Counter(card_facts(extract_text(text, doc_date=date)))
        expected = Counter(gold)
        result.cards += 1
        result.tp += sum((predicted & expected).values())
        result.fp += sum((predicted - expected).values())
        result.fn += sum((expected - predicted).values())
        if predicted != expected:
            result.misses.append(f"card {msg_id}: gold {sorted(expected.elements())} "
                                 f"read {sorted(predicted.elements())}")
    return result


# -- the defence ministry's posts -----------------------------------------------------------------------

def mod_judged() -> list[tuple[str, str, int]]:
    """(row, snippet, drones downed as a person read them) of the 208 judged posts."""
    judged = {}
    with open(REAL / "mod_russia_2023_2024_judged.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            judged[row["row"]] = int(row["drones_downed"])
    csv.field_size_limit(1 << 30)
    with open(REAL / "mod_russia_2023_2024.csv", newline="", encoding="utf-8") as fh:
        return [(row["row"], row["text_snippet"], judged[row["row"]]) for row in csv.DictReader(fh)
                if row["row"] in judged]


STOPPED = ("shot_down", "jammed", "neutralized")


def drones_downed(figures: Iterable[Figure]) -> int:
    """Ukrainian drones stopped, as the judged rows count them: the totals (figures without a region) of
    each measure, else the sum of the regional parts; a part never adds to its total."""
    drones = [f for f in figures if f.attacker == "ukraine" and f.weapon == "drone" and f.measure in STOPPED]
    total = 0
    for measure in STOPPED:
        of_measure = [f for f in drones if f.measure == measure]
        # an item of a break-down after regional items of its sentence is a part, its region cut off with the post
        # ("51 над Крымом, 44 на..."); a figure without a region is otherwise a total
        totals = [f.value for f in of_measure if not f.region and not any(
            p.region and p.evidence == f.evidence and p.start < f.start for p in of_measure)]
        total += max(totals) if totals else sum(f.value for f in of_measure)
    return total


def score_mod() -> tuple[int, int, list[str]]:
    """(exact, judged, misses) of the drone totals of the judged posts."""
    exact, misses = 0, []
    rows = mod_judged()
    for row, text, expected in rows:
        got = drones_downed(extract_text(text))
        if got == expected:
            exact += 1
        else:
            misses.append(f"row {row}: judged {expected}, read {got}")
    return exact, len(rows), misses
