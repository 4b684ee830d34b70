"""The tokens of one sentence and the small questions rules ask about them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from ..contract import PEOPLE_MEASURES
from ..lexicon import Lexicon
from ..text import Sentence, Token, starts_line, tokenize
from .records import Phrase


class Clause:
    """One sentence's tokens with its language; rules read figures off it (see rules.py)."""

    def __init__(self, text: str, sent: Sentence, lex: Lexicon, inherited: str | None = None,
                 lowered: str | None = None) -> None:
        self.text = text
        self.sent = sent
        self.lex = lex
        self.words = lex.words  # the [grammar] word sets, asked for at nearly every token
        self.inherited = inherited  # the measure of the list header above this item line ("ЗНИЩЕНО:")
        self.toks = tokenize(text, sent.start, sent.end, lex, lowered)
        self.n = len(self.toks)
        self.defaulted: set[int] = set()  # numbers whose measure is launched for want of any cue
        self.skipped_until = 0  # end of the last phrase read as a forecast, stock or production rate
        self.phrases: dict[tuple[int, int], Phrase | None] = {}  # noun_phrase's readings, by (start, max_mods)
        self.previous: Callable[[], Clause | None] = _none  # the sentence before (the document sets it)
        self.place_groups: list[Any] | None = None  # places.py's reading of the places it names, once asked

    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < self.n else None

    def qualifier_at(self, i: int) -> str | None:
        t = self.tok(i)
        return t.sense.qualifier if t is not None and t.sense is not None else None

    def model_at(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and t.sense.model is not None

    def role(self, i: int, role: str) -> bool:
        return 0 <= i < self.n and role in self.toks[i].roles

    def word(self, i: int, key: str) -> bool:
        """Is token i one of the words of the vocabulary's [grammar] list `key`?"""
        return 0 <= i < self.n and self.toks[i].low in self.words[key]

    def risen(self, k: int) -> bool:
        """Is token k the verb of a rise whose "до" stands before the number just before it ("До семи зросла"), or
        before the number and its people noun ("до 15 людей зросла")?"""
        t = self.tok(k - 1)
        n = k - 1 - (t is not None and t.sense is not None and t.sense.head == "people")
        return self.is_num(n) and f"{self.low(k)} {self.low(n - 1)}" in self.words["rise_words"]

    def phrase_ending(self, i: int, key: str) -> int:
        """How many tokens, ending at token i, spell one of the entries of the [grammar] list `key` ("rose to",
        "а також"); 0 where none does."""
        words = self.lex.words[key]
        for n in range(min(4, i + 1), 0, -1):  # the longest: "has risen to" before "to"
            if " ".join(self.toks[m].low for m in range(i - n + 1, i + 1)) in words:
                return n
        return 0

    def phrase_starting(self, i: int, key: str) -> int:
        """How many tokens, from token i on, spell one of the entries of the [grammar] list `key` ("сили
        оборони"); 0 where none does."""
        words = self.lex.words[key]
        if i >= self.n or self.toks[i].low.split(" ", 1)[0] not in _first_words(words):
            return 0
        for n in range(min(4, self.n - i), 0, -1):
            if " ".join(self.toks[m].low for m in range(i, i + n)) in words:
                return n
        return 0

    def participles_agent(self, k: int) -> int:
        """How many tokens, ending at token k, spell the agent of a participle before them ("збитої силами ППО
        ракети", "сбитого средствами ПВО беспилотника"); 0 where none does."""
        if not any(self.cues(m, ("attr",)) for m in range(max(0, k - 4), k)):
            return 0  # (the participle first: most tokens have none before them)
        n = self.phrase_ending(k, "fire_agents") or self.phrase_ending(k, "jamming_agents")
        return n if n and self.cues(k - n, ("attr",)) else 0

    def low(self, i: int) -> str:
        return self.toks[i].low if 0 <= i < self.n else ""

    def past_aux(self, k: int, step: int = 1) -> int:
        """The first token from k on (or back, `step` -1) that is no auxiliary or adverb ("were not", "были
        атакованы": the word the auxiliaries lead to)."""
        while self.role(k, "aux") or self.role(k, "adv"):
            k += step
        return k

    def before_mods(self, k: int) -> int:
        """The token before the modifiers that end at token k ("over the Russian capital": the article; "сбит
        вражеский БПЛА": the verb); k itself where it is none."""
        while k > 0 and self.role(k, "mod"):
            k -= 1
        return k

    def hyphened(self, i: int) -> bool:
        """Is token i a number joined by a hyphen to the noun after it ("a 415-drone attack")?"""
        return self.is_num(i) and i + 1 < self.n and self.text[self.toks[i].end:self.toks[i + 1].start] in (
            "-", "‐", "‑")

    def is_num(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "NUM"

    def cues(self, i: int, positions: tuple[str, ...]) -> list[str]:
        t = self.tok(i)
        if t is None or t.sense is None or not t.sense.cues:
            return []
        return [m for m, pos in t.sense.cues if pos in positions]

    def skips(self, i: int, position: str) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and position in t.sense.skip

    def opens_with(self, k: int, role: str) -> bool:
        """Does token k (a phrase of the vocabulary or one word) open with a word of that role ("attack with")?"""
        t = self.tok(k)
        sense = self.lex.lookup(t.low.split(" ", 1)[0]) if t is not None else None
        return sense is not None and role in sense.roles

    def last_word(self, k: int, key: str) -> bool:
        """Is the last word of token k (one word, or a term of several: "кількість загиблих зросла") in the word
        set `key`?"""
        return self.low(k).rsplit(" ", 1)[-1] in self.lex.words[key]

    def others_counted(self, head: int, i: int, measure: str | None) -> bool:
        """Does "others" at `head` (after the number at i) count weapons: with no measure ("three others over
        Kursk"), or with a weapon's measure unless the noun counted last before it names people ("nine others
        were jammed"; not "killed 30 people, with 40 others unaccounted for")?"""
        if not self.word(head, "others") or measure in PEOPLE_MEASURES:
            return False
        last = next((t.sense.head for t in reversed(self.toks[:i]) if t.sense is not None and t.sense.head), None)
        return measure is None or last != "people"

    def region_at(self, k: int) -> bool:
        t = self.tok(k)
        return t is not None and t.sense is not None and t.sense.region is not None

    def place_at(self, k: int) -> bool:
        """Does a place start at token k: "over", or a region right there or after a preposition?"""
        if self.role(k, "over") or self.region_at(k):
            return True
        if self.tok(k) is None or self.toks[k].kind not in ("W", "V"):
            return False
        for m in range(k + 1, min(self.n, k + 4)):  # "в Ростовской", "на территории Новой Москвы"
            if self.region_at(m) or (m == k + 1 and self.word(k, "capital_before") and self.word(m, "capital_words")):
                # (or "у столиці": the capital of the country attacked)
                return True
            t = self.toks[m]
            if t.kind in ("NUM", "P") or (t.sense is not None and t.sense.cues):
                return False
        return False

    def weapon_at(self, k: int) -> bool:
        t = self.tok(k)
        return t is not None and t.sense is not None and t.sense.head not in (None, "people")

    def model_or_mod(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and (t.sense.model is not None or "mod" in t.sense.roles)

    def names_weapon(self) -> bool:
        return any(t.sense is not None and (t.sense.model is not None or t.sense.head not in (None, "people"))
                   for t in self.toks)

    def names_people(self) -> bool:
        return any(t.sense is not None and t.sense.head == "people" for t in self.toks)

    def names_air_attack_word(self) -> bool:
        """Does the sentence name a weapon or a word of attack (not only a hit or a shelling)?"""
        return self.names_weapon() or any(t.has("attack_word") for t in self.toks)

    def names_attack(self) -> bool:
        """Does the sentence name a weapon or an attack ("the strike killed three people")?"""
        return self.names_weapon() or any(t.has("attack_word") or (
            t.sense is not None and any(m in ("launched", "hit") for m, _ in t.sense.cues)) for t in self.toks)

    def names_air_attack(self) -> bool:
        """Does the sentence name a weapon, or an attack by one ("після ракетного удару": a phrase of the
        attack class whose head word is a weapon's)?"""
        return self.names_weapon() or any(t.has("attack_word") and t.sense is not None and "excluded" in t.sense.roles
                                          for t in self.toks)

    def names_ground_fire(self) -> bool:
        """Does the sentence name shelling or ground fire ("artillery", "mortars"), with air weapons or not?"""
        return any(t.has("ground_fire") or (t.has("shelling") and not (self.air_before or self.names_munition()))
                   for t in self.toks)  # ("обстріляв Харків КАБами": the shelling of an air attack)

    def counts_strikes(self) -> bool:
        """Does the sentence count strikes or attacks of no weapon it names, a day's tally of every kind of fire
        ("завдали 350 ударів по громадах", "48 attacks on seven communities")?"""
        return not self.names_munition() and any(
            self.is_num(k) and (self.toks[k].value or 0) >= 5 and self.role(k + 1, "attack_word")
            for k in range(self.n))

    def attack_kind(self, i: int) -> str | None:
        """The weapon the attack the sentence names (nearest token i first) is made with ("ракетної атаки",
        "missile attack": missile), else any aerial weapon; None when it names no attack ("69 прилётов и 64
        вылета" of an airport): what a count of hits with nothing counted before is of."""
        attacks = [k for k in sorted(range(self.n), key=lambda k: abs(k - i))
                   if self.toks[k].has("attack_word") and not self.toks[k].has("hit_noun")]
        for k in attacks:
            words = self.toks[k].low.split(" ")  # "ракетної атаки" one term; "missile attack" two tokens
            before = self.lex.lookup(words[0]) if len(words) > 1 else self.toks[k - 1].sense if k else None
            if before is not None and before.head not in (None, "people") and before.model is None:
                return before.head
        return "aerial_weapon" if attacks else None

    def hospital_word(self, i: int) -> bool:
        """Does token i hold a word of `hospital_words` ("госпитализированы", "were hospitalized")?"""
        return 0 <= i < self.n and any(w in self.lex.words["hospital_words"] for w in self.toks[i].low.split(" "))

    def names_munition(self) -> bool:
        """Does the sentence name a drone, missile, bomb or a model (not a bare "target" or "aerial weapon")?"""
        return any(t.sense is not None and (t.sense.model is not None or t.sense.head not in (
            None, "people", "aerial_weapon", "aircraft")) for t in self.toks)

    @functools.cached_property
    def air_before(self) -> bool:
        """Does the nearest sentence before that names weapons, fire or a place (up to three back, not past the
        first of a line) name air weapons and no ground fire (its "обстрелы" are an air attack's: "Окупанти вдарили
        КАБами. Загинули двоє. Унаслідок обстрілу поранена жінка")?"""
        before = self.previous()
        for _ in range(3):
            if before is None:
                return False
            if before.names_munition():
                return not before.names_ground_fire()
            # a line's (an event's) first sentence, fire of its own, or a place of another event
            if starts_line(self.text, before.sent.start) or any(
                    t.has("ground_fire") or t.has("shelling") or before.region_at(k)
                    for k, t in enumerate(before.toks)):
                return False
            before = before.previous()
        return False

    def fire_before(self) -> bool:
        """Does this sentence name ground fire, or else the nearest before it that names fire (weapons or ground
        fire; three at most, not past a line's first sentence) name ground fire other than "shelling" ("...дронами
        та артилерією. Тероризували Нікополь і три громади. Постраждали двоє": the casualties are the shelling's)?"""
        if self.names_ground_fire():
            return True
        clause = self
        for _ in range(3):
            if clause.names_munition() or starts_line(self.text, clause.sent.start):
                return False
            previous = clause.previous()
            if previous is None:
                return False
            clause = previous
            if any(t.has("ground_fire") for t in clause.toks):
                return True
        return False

    def ground_fire(self, i: int) -> bool:
        """Is a casualty figure at token i due to shelling or ground fighting rather than an air attack?"""
        weapons = [k for k, t in enumerate(self.toks) if t.sense is not None and (
            t.sense.model is not None or t.sense.head not in (None, "people"))]
        ground = [k for k, t in enumerate(self.toks) if t.has("ground_fire") and not (
            weapons and self._counted_here(i, k))]  # (who was hit, where a weapon is named)
        if not ground:
            ground = [k for k, t in enumerate(self.toks) if t.has("shelling")]
            if ground and self.air_before:
                return False  # "обстрелы" of the air attack the sentence before tells
        if not ground:
            return False
        if not weapons:
            return True
        # the nearest cause after the figure in its clause decides: "two men were injured by artillery fire"
        after = [k for k in weapons + ground if i < k <= i + 10]
        if not after:  # no cause after it: fire of both kinds named together before it ("shelled the district with
            # artillery and FPV drones, wounding two": D5; not "a drone and missile attack ... killed five", nor a jet)
            munitions = [w for w in weapons if w < i and getattr(self.toks[w].sense, "head", None) not in (
                None, "aircraft") and not any(self.role(m, "attack_word") for m in range(w, w + 4))]
            return any(k < i and abs(k - w) <= 16 for k in ground for w in munitions)
        return min(after) in ground

    def _counted_here(self, i: int, k: int) -> bool:
        """Is token k the people noun the figure at i counts ("three soldiers were killed in a drone strike": who was
        hit, not a word of ground fighting), its modifiers only between?"""
        t = self.toks[k]
        return t.sense is not None and t.sense.head == "people" and 0 < k - i <= 3 and all(
            self.role(m, "mod") or self.qualifier_at(m) for m in range(i + 1, k))

    def hint(self, low: str) -> str | None:
        """The side a modifier names ("Ukrainian-made", "ворожі"), from the vocabulary's hints."""
        return next((side for prefix, side in self.lex.hints if low.startswith(prefix)), None)


@functools.lru_cache(maxsize=128)
def _first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words the phrases of a list begin with: a token that is none of them begins no phrase."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


def _none() -> Clause | None:
    return None
