"""The measure of one weapon or person told with no numeral ("a cruise missile was shot down", "Водій загинув")."""

from __future__ import annotations

from ..contract import MUNITIONS
from .clause import Clause
from .cues import (
    AIRCRAFT_MEASURES,
    PEOPLE_MEASURES,
    WEAPON_MEASURES,
    agent,
    before_place,
    compatible,
    coordinated,
    died_later,
    later_cue,
    outcome_before,
    past_description,
    post_cue,
    pre_cue,
)
from .phrases import noun_phrase
from .records import Candidate, Phrase
from .targets import attacked_a_target, struck_a_target


def measure_of_one(c: Clause, np: Phrase, start: int, allow_chain: bool) -> str | None:
    """The measure of a figure of 1 read from a noun alone (article or singular noun) starting at `start`:
    the cue after it (past a launched participle), else one close before it; None when there is none."""
    found = _measure_of_one(c, np, start, allow_chain)
    if found is not None and c.phrase_ending(start - 1, "dropped_from") and np.weapon != "aircraft" and (
            "hit" in compatible(np.weapon)):
        return "hit"  # "a grenade dropped from a drone destroyed a car": the drone carried it to its target (D19)
    return found


def _measure_of_one(c: Clause, np: Phrase, start: int, allow_chain: bool) -> str | None:
    allowed = compatible(np.weapon)
    if np.weapon == "people" and "killed" in c.cues(np.head, ("any",)):
        return "killed"  # "Поранених уже 7, є загиблий": the noun says its measure (not the injured's verb before)
    post = post_cue(c, np.end, allow_chain=allow_chain, people=np.weapon == "people")
    if post is None and np.weapon == "people" and c.word(np.end, "and") and (c.role(np.end + 1, "article") or c.role(
            np.end + 1, "not_before")) and (other := noun_phrase(c, np.end + 2, max_mods=3)) is not None and \
            other.weapon == "people":
        post = post_cue(c, other.end, allow_chain=allow_chain, people=True)  # "A man and a woman were killed"
    if post is not None and post[0] == "launched":
        # "сбили баллистическую ракету, запущенную ...", "shot down a missile launched from Crimea": the
        # participle only says it was launched; an outcome verb just before the noun says what became of it
        outcome = outcome_before(c, start, allowed, near=None if coordinated(c, start) else 3) if (
            post[1] <= np.end + 1) else None
        if outcome is not None:
            return outcome if np.weapon != "aircraft" or outcome in AIRCRAFT_MEASURES else None
        post = later_cue(c, post[1] + 1, allowed) or post
    if post is None and c.word(np.end, "relatives"):
        # "a drone that tried to attack Moscow was shot down": the verb after the relative clause
        post = later_cue(c, np.end + 1, allowed, limit=12)
    if post is None and np.weapon not in ("people", None) and (
            past := past_description(c, np.end, allowed, relative=False)):
        post = (past, np.end)  # "Безпілотник, що летів у напрямку Москви, знищено": after the clause's comma
    found: str | None = None
    if post is not None and post[0] in ("shot_down", "neutralized") and post[1] <= np.end + 1 and \
            np.weapon == "aircraft" and agent(c, post[1]):
        return None  # "a Ukrainian fighter shot down a cruise missile": the fighter is no figure (a weapon is no
        # shooter: "беспилотник сбит истребителем Су-30" names the jet that downed it)
    if post is not None and post[0] != "skip" and (post[0] in allowed or post[0] == "lost"):
        found = post[0]
    elif post is not None and post[0] in PEOPLE_MEASURES and post[1] == np.end and np.weapon in MUNITIONS and \
            np.weapon != "aircraft" and "hit" in allowed and c.word(post[1], "casualty_verbs"):
        found = "hit"  # "a missile killed three villagers": the weapon that killed reached them
    elif post is None or (post[0] in PEOPLE_MEASURES and np.weapon in MUNITIONS and np.weapon != "aircraft"):
        # "от попадания ракеты погиб человек": the people's measure is theirs; the cue before is the weapon's
        pre = pre_cue(c, start, allowed, near=None if coordinated(c, start) else 8 if c.word(
            start - 1, "instrument_words") else 3)  # (past the object: "attacked the Sumy community with a drone")
        if pre is None and (place := before_place(c, start - 1)) >= 0:
            pre = pre_cue(c, place + 1, allowed, near=1)  # "уничтожил в районе н.п. Соломино БпЛА"
        if pre is not None and np.weapon == "aircraft" and pre[0] == "shot_down" and _object_before(c, pre[1]):
            return None  # "одну з ракет збив український винищувач": the fighter after the verb is its subject
        found = pre[0] if pre is not None else c.inherited if c.inherited in allowed else None
        if found in (None, "launched", "shot_down") and "hit" in allowed and struck_a_target(c, start):
            found = "hit"  # "hit the hospital with a cruise missile", "destroyed a launcher with an Iskander missile"
    striking = found is None and c.word(np.end, "attack_target_verbs")  # "беспилотник влетел в жилой дом": no cue
    if (found in (None, "skip") and not striking) or (np.weapon == "aircraft" and found not in AIRCRAFT_MEASURES):
        return None
    struck = found == "shot_down" and post is not None and (c.word(post[1], "attack_target_verbs") or c.word(
        post[1], "attack_target_participles"))  # "ракета уничтожила склад", "ракетой поражено предприятие"
    if (found == "launched" or struck or striking) and np.weapon in MUNITIONS and np.weapon != "aircraft" and (
            attacked_a_target(c, start, np.end) or (c.low(np.end) == "," and c.word(np.end + 1, "relatives") and
                                                    "hit" in c.cues(np.end + 2, ("any", "post")))):
        return "hit"  # "дрон атаковал автомобиль", "удар дрона по автомобилю" (D19); "атакував Харків КАБом, який
        # влучив у дитячий майданчик" (what became of it, told after)
    if found == "injured" and post is not None and died_later(c, post[1]):
        return "killed"  # "a man was badly injured ... but could not be saved"
    return found


def _object_before(c: Clause, verb: int) -> bool:
    """Does a count of weapons other than aircraft stand just before the outcome verb at `verb`, as its object
    ("одну з ракет збив ...")? (A weapon word that only names a unit, "ракетними підрозділами", "drone
    operators", has no number.)"""
    first = max(0, verb - 6)
    numbers = [k for k in range(first, verb) if c.is_num(k)]
    heads = [t.sense.head for t in c.toks[numbers[0] + 1:verb] if t.sense is not None] if numbers else []
    return any(head not in (None, "people", "aircraft") for head in heads)


def told_as_also(c: Clause, first: int, end: int) -> bool:
    """Is a person told as also befallen, by an additive word beside the phrase with no mark or verb of saying
    between ("a woman, 90, was also injured", "поранень зазнав також 56-річний чоловік"; not "the mayor also
    said a man was wounded", where the saying is what is added)? Then it is another person, not one told
    before."""
    def stop(k: int) -> bool:
        return c.toks[k].kind == "P" or c.word(k, "speech_verbs")
    before = next((k for k in range(first - 1, max(-1, first - 4), -1) if stop(k)), -1)
    after = next((k for k in range(end, min(c.n, end + 4)) if stop(k)), min(c.n, end + 4))
    return any(c.word(k, "additive_words") for k in (*range(before + 1, first), *range(end, after)))


def debris(c: Clause, i: int, np: Phrase, name: str) -> Candidate:
    """One downed weapon told by its debris: a figure of 1 where no other figure of the document counts its
    kind stopped (the debris of one drone of "20 drones shot down" is inside that count, ANNOTATION.md)."""
    t = c.toks[i]
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models,
                     qualifier="exact", rule=name, measure=np.measure, hint=np.hint)
    cand.debris = True
    return cand


def generic(c: Clause, start: int) -> bool:
    """Does a word of `generic_words` stand before the noun phrase at `start`, past one adverb, participle or
    unknown word: any one of its kind ("кожен збитий дрон", "кожен успішний збитий безпілотник")?"""
    if c.word(start - 1, "generic_words"):
        return True
    past = c.tok(start - 1) is not None and (c.toks[start - 1].kind == "W" or c.role(start - 1, "adv") or bool(
        c.cues(start - 1, ("any", "attr"))))
    return past and c.word(start - 2, "generic_words")


def plural_head(c: Clause, k: int) -> bool:
    if c.model_at(k):
        return False  # "a HIMARS rocket", "an ATACMS": a model's name ends as it will
    low = c.low(k)
    endings = c.lex.words["plural_endings"]
    return bool(low) and low.endswith(tuple(endings)) and not low.endswith(tuple(c.lex.words["singular_endings"]))


def join_coordinated_people(c: Clause, cands: list[Candidate]) -> list[Candidate]:
    """"загинули чоловік та жінка", "поранено чоловіка та жінку", "A man and a woman were killed": persons told
    one by one in one coordinated phrase under one verb are one figure, their count (as the labellers count them);
    persons told apart ("a man was killed, and a woman was injured") or by their ages ("чоловіки 38 і 40 років")
    stay figures of 1 each (D7)."""
    out: list[Candidate] = []
    for cand in sorted(cands, key=lambda x: x.index):
        last = out[-1] if out else None
        if last is not None and _joined(c, last, cand):
            last.value += cand.value
            last.end = cand.end
            continue
        out.append(cand)
    return out


def _joined(c: Clause, a: Candidate, b: Candidate) -> bool:
    if a.weapon != "people" or b.weapon != "people" or (a.measure, a.group, a.region) != (b.measure, b.group, b.region):
        return False
    if a.rule != b.rule or a.rule not in ("singular", "article") or b.value != 1 or a.qualifier != "exact":
        return False
    between = range(a.index + 1, b.index)
    return 0 < len(between) <= 3 and sum(c.word(k, "and") for k in between) == 1 and all(
        c.word(k, "and") or (c.toks[k].kind != "P" and ((s := c.toks[k].sense) is None or s.head == "people"))
        for k in between)


def one_more(c: Clause, i: int, placed: bool) -> Candidate | None:
    """"Four drones were brought down over one region and another over the next", "killed two and injured another":
    one more of the count before (its weapon, as a bare number's; or a person), with the measure before it; or, not
    `placed`, with a verb of its own after it, that verb's ("a man was killed and another was wounded")."""
    post = post_cue(c, i + 1, allow_chain=False) if not placed else None
    cue = post if post is not None and post[0] not in ("skip", "launched") else pre_cue(
        c, i, WEAPON_MEASURES | PEOPLE_MEASURES) if placed else None
    if cue is None or cue[0] == "skip":
        return None
    t = c.toks[i]
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon="people" if cue[0] in PEOPLE_MEASURES else None,
                     models=[], qualifier="exact", rule="article", measure=cue[0])
    cand.more = True
    return cand
