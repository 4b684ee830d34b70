"""Whose attack a figure belongs to: the modifier of its noun, its models, or the side cues around it."""

from __future__ import annotations

import re

from ..contract import MUNITIONS, OUTCOMES
from ..lexicon import Lexicon
from ..models import side_of
from ..regions import region_by_name
from ..text import Sentence
from .records import Candidate

SideCue = tuple[int, str]  # (position in the text, "ukraine" | "ukraine_over" | "russia" | "<side>_enemy")
SIDES = ("russia", "ukraine")


def speaker(text: str, lex: Lexicon, lowered: bool = False, attacked_by: str | None = None) -> str:
    """The side that tells the story (whose "enemy" is the other): the side its cues name more often; where
    none do, the side a lead that names the attacker is told by (`attacked_by`: "Украина атаковала Ростовскую
    область" is told by Russia), else Ukraine (most reports are of attacks on Ukraine). (`lowered`: the text
    is lower case.)"""
    counts = {side: 0 for side in SIDES}
    for m in (lex.speaker_low_re if lowered else lex.speaker_re).finditer(text):
        counts[m.lastgroup or "ukraine"] += 1
    if not any(counts.values()) and attacked_by is not None:
        return opposite(attacked_by)
    return "russia" if counts["russia"] > counts["ukraine"] else "ukraine"


def story_teller(text: str, first: Sentence | None, lex: Lexicon, lowered: bool) -> str:
    """The side that tells the story (see `speaker`): where no source is named, the other side than the attacker
    the first sentence names, else than the one most attacks the text names are of ("В результате атак ВСУ ...
    враг ударил дроном": the enemy is Ukraine)."""
    named = [_base(side) for _, side in side_cues(text, first, lex, "ukraine", lowered)
             if _base(side) in SIDES] if first is not None else []
    if not named:
        named = [m.lastgroup for m in (lex.attacker_low_re if lowered else lex.attacker_re).finditer(text)
                 if m.lastgroup in SIDES]
        named = [side for side in SIDES if named.count(side) > len(named) / 2]
    return speaker(text, lex, lowered, named[0] if named else None)


def lead_speaker(text: str, lex: Lexicon, end: int, start: int = 0, lowered: bool = False) -> str | None:
    """The side a text's lead (or the sentence from `start` to `end`) names as its source, if it names one:
    the story is then of the other side's attack ("Nine drones were brought down over Crimea,
    Russian-appointed official Sergey Aksyonov said")."""
    m = (lex.speaker_low_re if lowered else lex.speaker_re).search(text, start, end)
    return m.lastgroup if m is not None else None


def opposite(side: str) -> str:
    return "ukraine" if side == "russia" else "russia"
_LAST_WORDS = re.compile(r"([\w-]+)\W{0,3}$")
_LAST_WORDS_ALL = re.compile(r"[\w-]+")


def side_cues(text: str, sent: Sentence, lex: Lexicon, teller: str = "ukraine", lowered: bool = False
               ) -> list[SideCue]:
    """Where the sentence names a side, and which ("the enemy" is the other side than the teller's);
    "F-16 Воздушных сил Украины" names the jet's owner. (`lowered`: the text is lower case.)"""
    out = []
    for m in (lex.attacker_low_re if lowered else lex.attacker_re).finditer(text, sent.start, sent.end):
        side = m.lastgroup or "russia"
        if side == "enemy":
            side = opposite(teller) + "_enemy"  # (the teller's enemy: a place in Russia may say otherwise)
        if _base(side) in ("ukraine", "ukraine_over") and _after_a_source(text, sent.start, m.start(), lex) and \
                not _names_a_weapon(m.group(0), lex):
            continue  # "launched from Chauda in occupied Crimea": where the weapons came from, not whose they are
            # (but "сброс взрывчатки с беспилотника ВСУ": the owner of the weapon it came from)
        if _base(side) == "russia":
            last = _LAST_WORDS.search(text, max(sent.start, m.start() - 24), m.start())
            sense = lex.lookup(last.group(1)) if last is not None else None
            if sense is not None and (sense.head == "aircraft" or (
                    sense.model is not None and lex.models[sense.model].weapon == "aircraft")):
                continue  # the aircraft's owner, not who speaks
        out.append((m.start(), side))
    return out


_WORDS_BEFORE = re.compile(r"[^\W\d_][\w'’-]*|[,.;:!?()]")


def _names_a_weapon(cue: str, lex: Lexicon) -> bool:
    """Does the side cue's text hold a weapon's noun ("беспилотника ВСУ", "a Ukrainian drone")?"""
    return any((sense := lex.lookup(word)) is not None and sense.head not in (None, "people")
               for word in _LAST_WORDS_ALL.findall(cue))


def _after_a_source(text: str, start: int, at: int, lex: Lexicon) -> bool:
    """Does a word that names where weapons came from ("from", "з", "из") stand among the four words before
    `at`, with no mark between?"""
    words = _WORDS_BEFORE.findall(text, max(start, at - 60), at)[-4:]
    for word in reversed(words):
        if not word[0].isalnum():
            return False
        if word.lower() in lex.words["from_places"]:
            return True
    return False


def side_of_place(name: str, cand: Candidate, teller: str) -> str | None:
    """The attacker a figure's place tells: "26 – над Тульською областю": downed over Russia, so Ukraine's; the
    Russian side downs Ukraine's over Kharkiv. Casualties only in Russia and the land it holds whole: a
    Ukrainian oblast may be partly held (Horlivka in Donetsk Oblast), so there the story's side decides."""
    region = region_by_name().get(name)
    if region is not None and region.attacked_by is not None and cand.weapon != "aircraft" and (
            region.attacked_by == "ukraine" or (teller == "ukraine" and cand.weapon != "people")):
        return region.attacked_by
    return None


def by_story(cand: Candidate, cues: list[SideCue]) -> bool:
    """Does the figure take the story's side for want of anything else (no cue in its sentence, no place, no
    side its modifiers or models name, no figure it refers to but one that took the story's side itself)?"""
    return not cues and not cand.hint and not cand.models and not cand.region and (
        cand.side_of is None or cand.side_of.side_by_story) and cand.measure != "lost" and cand.weapon != "aircraft"


def strong(cues: list[SideCue]) -> list[str]:
    """The sides the cues name outright ("over the Belgorod region" says where, not whose)."""
    return [_base(side) for _, side in cues if side != "ukraine_over"]


def _base(side: str) -> str:
    return side.removesuffix("_enemy")


def attacker(cand: Candidate, cues: list[SideCue], context: str, teller: str = "ukraine") -> str:
    """The attacker of a figure: russia or ukraine."""
    if cand.measure == "lost":
        return _by_cues(cand, cues, context, teller)  # an own aircraft lost while repelling the attack
    if cand.hint == "enemy":
        # "над Белгородской областью перехвачен вражеский БПЛА": over Russia (or the land it holds) the enemy
        # can only be Ukraine, whoever tells it
        region = region_by_name().get(cand.region)
        return "ukraine" if region is not None and region.attacked_by == "ukraine" else opposite(teller)
    if cand.hint and cand.weapon == "people":
        return opposite(cand.hint)  # "three Russian soldiers were killed": the people's side is the attacked one
    if cand.hint:
        return cand.hint
    if cand.weapon in MUNITIONS and cand.weapon != "aircraft" and cand.models:
        # a Ukrainian or Western model (ATACMS, Storm Shadow, Neptune) is a Ukrainian attack
        sides = {side_of(m) for m in cand.models}
        if sides == {"ukraine"}:
            return "ukraine"
        if sides == {"russia"}:
            return "russia"
        return _by_cues(cand, cues, context, teller)
    if cand.weapon == "aircraft" and cand.measure == "shot_down" and cand.models and all(
            side_of(m) == "ukraine" for m in cand.models):
        return "ukraine"
    return _by_cues(cand, cues, context, teller)


def _by_cues(cand: Candidate, cues: list[SideCue], context: str, teller: str = "ukraine") -> str:
    # "over the Belgorod region" tells where weapons were downed; for launched ones it is a launch area
    usable = [(pos, "ukraine" if side == "ukraine_over" else side) for pos, side in cues
              if side != "ukraine_over" or cand.measure != "launched"]
    before = [side for pos, side in usable if pos <= cand.start]  # "БпЛА ВСУ": a cue that starts at the noun
    region = region_by_name().get(cand.region)
    if region is not None and region.attacked_by == "ukraine" and cand.measure in OUTCOMES and cand.weapon not in (
            "aircraft", "people") and before and before[-1] == "russia":
        return "ukraine"  # weapons stopped over Russia after a count over Ukraine's land ("12 over Crimea, 31 over the
        # Kherson region and eight over the Kursk region"): the place cue before is the other count's
    if before:
        if before[-1].endswith("_enemy") and region is not None and region.attacked_by == "ukraine" and \
                cand.measure != "launched" and cand.weapon != "aircraft":
            return "ukraine"  # "враг ударил дроном ... в Курской области": over Russia the enemy is Ukraine (not
            # where weapons were launched from, nor whose aircraft were lost)
        return _base(before[-1])
    usable = [(pos, _base(side)) for pos, side in usable]
    if (side := side_of_place(cand.region, cand, teller)) is not None:
        return side
    if usable:
        return usable[0][1]
    return cand.side_of.attacker if cand.side_of is not None else context


def side_of_the_lead(figures: list[Candidate]) -> None:
    """Figures that took the story's side before any figure of the text named one take the side all the named
    ones share: "один из беспилотников атаковал автомобиль ... Ранее ... автомобиль которого атаковал дрон ВСУ"
    (the side is told once, later on)."""
    named = [c for c in figures if not c.side_by_story]
    sides = {c.attacker for c in named}
    if len(sides) != 1:
        return
    side, first = sides.pop(), min(c.sentence for c in named)
    for cand in figures:
        if cand.side_by_story and cand.sentence < first:
            cand.attacker = side


def share_side(cands: list[Candidate], cues: list[SideCue]) -> None:
    """Weapons of one list that a side's adjective or a side's own model names for one of them ("shot down six
    Russian Kinzhal missiles and 12 other missiles", "сбиты четыре авиабомбы JDAM и 96 беспилотников"): where the
    sentence names no side itself, the others of that measure share it (aircraft only with aircraft)."""
    if strong(cues):
        return
    for cand in cands:
        if cand.hint or cand.weapon == "people":
            continue
        named = [o for o in cands if o is not cand and o.measure == cand.measure and (o.weapon == "aircraft") == (
            cand.weapon == "aircraft") and (o.hint in SIDES or _fielded_by_ukraine(o))]
        if named:
            cand.attacker = named[-1].attacker


def _fielded_by_ukraine(cand: Candidate) -> bool:
    """Is the figure's side fixed by its models, all Ukraine's or its allies' (HIMARS, JDAM, Storm Shadow)?"""
    return bool(cand.models) and cand.weapon != "aircraft" and all(side_of(m) == "ukraine" for m in cand.models)
