"""The records extraction passes hand each other: a noun phrase, a candidate figure, a figure."""

from __future__ import annotations

from dataclasses import dataclass, field

Cue = tuple[str, int]  # a measure (or "skip") and the token that says it


@dataclass(slots=True)
class Figure:
    """One attack figure with its provenance (a row of the tidy table, before the document id)."""

    event: int
    date: str
    attacker: str
    weapon: str
    model: str
    measure: str
    value: int
    qualifier: str
    start: int
    end: int
    evidence: str
    rule: str
    surface: str = ""  # text[start:end]
    region: str = ""  # where the text places the figure, or empty
    group: str = ""  # people only: the subgroup counted, or empty


@dataclass(slots=True, frozen=True)
class Phrase:
    """A noun phrase a number counts: "25 Iskander-M/KN-23 ballistic missiles"."""

    weapon: str | None
    models: list[str]
    end: int  # token index after the phrase
    head: int  # token index of the noun (or of the last model)
    hint: str | None  # the side a modifier names ("Ukrainian drones")
    excluded: bool  # a noun that is no weapon here ("debris of drones")
    platform: bool  # a launch platform ("from 11 Tu-95MS bombers")
    singular: bool
    measure: str | None = None  # from a participle before the noun: "18 downed drones", "18 сбитых БПЛА"
    group: str = ""  # people: the subgroup the noun names ("children")


@dataclass(slots=True)
class Candidate:
    """A figure as a rule read it from one sentence, before the document passes complete it.

    A rule sets the reading (value, span, weapon, models, qualifier, measure and what it noticed about the
    phrase); the document passes set `sentence`, `event` and `attacker`, give an anaphoric figure
    (weapon None) its weapon, and may drop it. Links to other candidates are explicit: `same_as` (the whole
    of a partitive: "21 out of 24 drones") and `part_of` (the figure a break-down list splits).
    """

    value: int
    start: int
    end: int
    index: int  # token index of the number in its sentence
    weapon: str | None  # None: the weapon counted before (anaphora)
    models: list[str]
    qualifier: str
    rule: str
    measure: str | None = None
    hint: str | None = None
    # what the rule noticed
    part: bool = False  # a part listed after "including"
    more: bool = False  # "another 20", "two more": not a restatement of an equal figure
    toll: bool = False  # where a count rose to ("зросла до 38"): a running total
    relative: bool = False  # the value is added to the antecedent's ("all of them": 0, "all but one": -1)
    of_which: bool = False  # "of which 40": a part of the figure just before
    flying: bool = False  # "из них 13 летели на Москву": a part whose only cue is where it flew
    definite: bool = False  # "of the missiles", "all 14 drones": the weapon named before, more specific
    subset: bool = False  # people after "among the dead": a subset of a count given before
    among: bool = False  # people told after their phrase to be "among the dead": a figure even with no count before
    person: bool = False  # one person told apart ("a 71-year-old woman was killed")
    age: str = ""  # a person's age told before the noun ("54-летний"): persons of other ages are others
    breakdown: bool = False  # a list line "17 – over the Bryansk region": its measure is the list's
    after_colon: bool = False  # a break-down right after "...: " or one of its items
    whole: bool = False  # the whole of a partitive: "Из четырёх ракет сбиты две"
    item: bool = False  # read on a line of a list ("- 3 ударні БПЛА «Ланцет»"): no restatement of another item
    debris: bool = False  # "обломки сбитого беспилотника": one downed weapon told by its debris
    gendered: bool = False  # people counted as women or men ("four women and one man"): a part of a count
    of_them: bool = False  # "из них — 19 — над областью": a part of the figure before, placed apart from it
    fired: bool = False  # a weapon named with no count, told as fired ("launched Vampire rockets at Belgorod")
    shared: list[str] = field(default_factory=list)  # "8 over Tula and Kaluga": the regions it is over
    neutral_kept: bool = False  # told by a verb that keeps a count neutralized ("нейтрализовали", D23, repeats)
    ordinal: bool = False  # "the first missile hit ...", "the second was destroyed": one of a count (D1)
    fallback: str | None = None  # the weapon when none was counted before ("12 влучань" of a "ракетна атака")
    same_as: Candidate | None = None  # the whole of a partitive ("21 out of 24 drones")
    part_of: Candidate | None = None  # the figure a break-down ("38 drones: 26 over Crimea, 12 ...") splits
    # set by the document passes
    sentence: int = 0
    event: int = 0
    attacker: str = "russia"
    side_by_story: bool = False  # the attacker is the story's side: the sentence gave no cue, place or model
    single_ok: bool = False  # "the missile": an antecedent of one launched missile was found
    side_of: Candidate | None = None  # what an anaphoric figure refers to: its side where the sentence names none
    dropped: bool = False
    region: str = ""
    group: str = ""
