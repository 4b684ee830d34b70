"""What became of the weapons of an attack the text tells: a repelled attack's weapons were launched and
neutralized, weapons that flew "and were downed" were launched and downed (D4), and the Russian side's plain
neutralise verb."""

from __future__ import annotations

from ..contract import OUTCOMES
from .clause import Clause
from .cues import paired_with, pre_cue
from .records import Candidate


def neutralize_verb(c: Clause, cand: Candidate) -> bool:
    """Is the nearest "neutralized" cue of the figure a plain neutralise verb ("нейтрализованы", "repelled"),
    not a pair such as "shot down or suppressed"?"""
    words = _nearest_words(c, cand, [k for k in range(c.n) if "neutralized" in c.cues(k, ("any", "pre", "post")) or any(
        m in ("jammed", "shot_down") and paired_with(c, k, m) for m in c.cues(k, ("any", "pre")))])
    # one word, or a noun of neutralizing after its preposition ("о нейтрализации"); not a pair ("сбиты или
    # нейтрализованы": its words join two verbs)
    return bool(words) and words[-1].startswith(c.lex.neutralize_verbs) and (len(words) == 1 or not any(
        c.lex.word("and", w) or c.lex.word("or", w) or w == "/" for w in words))


def kept_neutralized(c: Clause, cand: Candidate) -> bool:
    """Is the figure's nearest verb of neutralizing one that keeps a count told alone neutralized (D23,
    `neutralize_kept`: "нейтрализовали 37 беспилотников"), not the side's word for shot down?"""
    words = _nearest_words(c, cand, [k for k in range(c.n) if "neutralized" in c.cues(k, ("any", "pre", "post"))])
    return any(w.startswith(tuple(c.lex.words["neutralize_kept"])) for w in words)


def _nearest_words(c: Clause, cand: Candidate, spots: list[int]) -> list[str]:
    """The words of the token among `spots` nearest the figure; none where there is none."""
    return c.low(min(spots, key=lambda k: abs(k - cand.index))).split(" ") if spots else []


def repelled_attack(c: Clause, cand: Candidate) -> bool:
    """"repelled an attack by two UAVs", "отражена атака четырех беспилотников", "an attack using 33 drones was
    stopped": the weapons of an attack the text says was repelled were launched and neutralized (D4)."""
    if cand.weapon in (None, "people") or cand.measure not in ("launched", "neutralized", "shot_down"):
        return False
    # (past the attack's target when a word of means leads to the count: "an attack on Crimea using 20 drones")
    reach = 8 if c.word(cand.index - 1, "instrument_words") else 4
    before = range(cand.index - 1, max(-1, cand.index - reach), -1)
    attack = next((k for k in before if c.role(k, "attack_word") or _first_word_attack(c, k)), None)
    if attack is None or any(c.toks[m].kind in ("NUM", "P") or any(
            found in OUTCOMES for found in c.cues(m, ("any", "pre", "post"))) for m in range(attack + 1, cand.index)):
        return False  # (nor "під час відбиття атаки знешкоджено 40 дронів": a verb of its own counts them)
    return any("neutralized" in c.cues(k, ("any", "pre", "post")) and c.low(k).startswith(c.lex.neutralize_verbs)
               for k in range(c.n))




def launched_and_downed(c: Clause, cand: Candidate) -> tuple[str, bool] | None:
    """"more than 40 drones flew at the city and were downed": weapons that a verb says were launched and,
    after "and", what became of them, are both (D4). The outcome measure and whether the weapons were launched
    too (not when the verb only found them: "three drones were detected and neutralized" is neutralized only, as
    "detected and destroyed", one cue, is); None if no such pair."""
    if cand.weapon in (None, "people", "aircraft") or cand.measure not in ("launched", *OUTCOMES):
        return None
    if (fate := _relative_fate(c, cand)) is not None:
        return fate, True
    launch = None
    for k in range(cand.index + 1, min(c.n, cand.index + 20)):
        if c.toks[k].kind == "NUM" or (c.toks[k].kind == "P" and not (launch is not None and c.low(k) == ",")):
            return None  # (past the commas of a list of places: "detected over Moscow, Bryansk and Kursk regions and
            # destroyed")
        if launch is None and "launched" in c.cues(k, ("any", "pre", "post")) and not c.cues(k, ("attr",)):
            launch = k
        elif launch is not None and c.word(k, "and"):
            ahead = range(k + 1, min(c.n, k + 4))
            if any(c.is_num(j) for j in ahead):
                return None  # "40 drones were launched at Kyiv and 30 were downed": the outcome has its own count
            found = [m for j in ahead for m in c.cues(j, ("any", "post")) if m in OUTCOMES]
            if not found:
                continue  # the "and" of a list of places: "over the Moscow, Bryansk and Kursk regions and destroyed"
            detected = c.low(launch).split(" ")[-1] in c.words["detection_words"]  # (in "were detected" too)
            return (found[0], not detected) if cand.measure in ("launched", found[0]) else None
    return None


def _relative_fate(c: Clause, cand: Candidate) -> str | None:
    """"Russia fired nine Shahed drones at Odesa, which were shot down", "launched four missiles that were
    intercepted": a count a verb before it says was launched, then a passive relative clause of what became of
    it, is both (D4). The outcome, or None."""
    for k in range(cand.index + 1, min(c.n, cand.index + 12)):
        if c.toks[k].kind == "NUM" or (c.toks[k].kind == "P" and c.low(k) != ",") or c.role(k, "all") or c.role(
                k, "both"):
            return None  # (or "..., all of which were destroyed": the rule of "all")
        if c.word(k, "relatives"):
            j, passive = k + 1, False
            while c.role(j, "aux") or c.role(j, "adv"):
                if c.role(j, "all") or c.role(j, "both"):
                    return None  # "which were all shot down": the rule of "all"
                passive = passive or c.role(j, "aux")
                j += 1  # "which were later shot down", "які згодом були збиті"
            # (a passive: "two missiles that destroyed grain stores" tells what the missiles hit)
            found = [m for m in c.cues(j, ("any", "post")) if m in OUTCOMES]
            if not (found and passive):
                return None
            pre = pre_cue(c, cand.index, frozenset({"launched"}))  # (looked for last: the walk back costs most)
            return found[0] if pre is not None and pre[0] == "launched" else None
    return None


def _first_word_attack(c: Clause, k: int) -> bool:
    """"attack by", "attack using": a phrase that opens with an attack word."""
    first = c.low(k).split(" ")[0]
    sense = c.lex.lookup(first) if first != c.low(k) else None
    return sense is not None and "attack_word" in sense.roles


def merge_launched(cands: list[Candidate], launched: list[Candidate]) -> list[Candidate]:
    """The launched figures of repelled attacks, each before its figure, unless the sentence tells it."""
    told = {(c.weapon, c.value) for c in cands if c.measure == "launched"}
    new = [c for c in launched if (c.weapon, c.value) not in told]
    return sorted(cands + new, key=lambda c: (c.start, 0 if c.measure == "launched" else 1))
