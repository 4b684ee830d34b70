"""Measures: the cue words around a figure that say what happened to what it counts."""

from __future__ import annotations

from ..contract import MUNITIONS
from .agents import agent_before, combined_after, combined_agent
from .clause import Clause
from .fillers import past_filler
from .lists import governs, list_since
from .parts import casualties_together, life_taken
from .phrases import noun_phrase
from .records import Candidate, Cue, Phrase
from .targets import attacked_a_target, in_instrumental, struck_a_target, verb_of_striking

WEAPON_MEASURES = frozenset({"launched", "shot_down", "jammed", "neutralized", "hit", "lost"})
PEOPLE_MEASURES = frozenset({"killed", "injured"})
AIRCRAFT_MEASURES = frozenset({"shot_down", "lost"})
LAUNCHED = frozenset({"launched"})


def compatible(weapon: str | None) -> frozenset[str]:
    """The measures a figure of this weapon may have (people are killed or injured, aircraft downed or lost)."""
    if weapon == "people":
        return PEOPLE_MEASURES
    if weapon == "aircraft":
        return AIRCRAFT_MEASURES
    if weapon is None:
        return WEAPON_MEASURES | PEOPLE_MEASURES
    return WEAPON_MEASURES


def consistent(cand: Candidate) -> bool:
    """People are killed or injured and nothing else is; a weapon named before takes the measure's side."""
    if cand.measure in PEOPLE_MEASURES:
        if cand.weapon is None:
            cand.weapon = "people"
        return cand.weapon == "people"
    if cand.weapon == "people" and cand.measure is None and cand.group:
        return True  # "including three children": the measure of the count it is part of (reading.mark_parts)
    return cand.weapon != "people"


def post_cue(c: Clause, k: int, allow_chain: bool = True, people: bool = False) -> Cue | None:
    """The measure stated after a figure that ends before token k ("... were shot down")."""
    start = k
    while k < c.n:
        nxt = past_filler(c, k, start, allow_chain, people)
        if isinstance(nxt, tuple):
            return nxt
        if nxt is None:
            break
        k = nxt
    if k >= c.n:
        return None
    if c.skips(k, "post") or _negated_cue(c, k):
        return ("skip", k)
    found = c.cues(k, ("any", "post"))
    if found and casualties_together(c, k, found[0]):
        return ("skip", k)
    if not found:
        return None
    if found[0] == "killed" and c.low(k) in c.words["life_nouns"] and not life_taken(c, start, k):
        return ("skip", k)  # "saved 500 lives", "a family of five lives": no verb of taking lives before the count
    if people and found[0] in ("jammed", "lost"):
        return ("skip", k)  # "15 others remain unaccounted for": missing people, no casualty figure
    if found[0] in ("shot_down", "jammed") and combined_after(c, k):
        return ("neutralized", k)  # "уничтожены силами ПВО и РЭБ": one figure of both
    if found[0] == "shot_down" and _or_jammed(c, k + 1):
        return ("neutralized", k)  # "збиті або перехоплені засобами РЕБ", "сбиты или подавлены": one or the other
    if (found[0] == "shot_down" or (found[0] == "neutralized" and " " not in c.low(k))) and (
            agent := c.phrase_starting(k + 1, "jamming_agents")) and not (
            c.word(k + 1 + agent, "and") or c.low(k + 1 + agent) == ","
            or c.phrase_starting(k + 1 + agent, "coordinators")):
        return ("jammed", k + 1)  # "уничтожены силами РЭБ": the verb's agent is electronic warfare (alone; not
        # after a pair of verbs, "shot down or suppressed by electronic warfare": neutralized)
    return (found[0], k)


def _or_jammed(c: Clause, k: int) -> bool:
    """Is token k "or" before a verb of jamming or of neutralizing, or before a verb whose agent is electronic
    warfare ("або перехоплені засобами РЕБ", "or intercepted by electronic warfare", "downed or neutralized")?"""
    if not (c.word(k, "or") or c.low(k) == "/"):
        return False
    verb = c.cues(k + 1, ("any", "post"))
    return bool(verb) and (verb[0] in ("jammed", "neutralized") or (verb[0] == "shot_down" and c.phrase_starting(
        k + 2, "jamming_agents") > 0))


def _negated_cue(c: Clause, k: int) -> bool:
    """A negation, then (auxiliaries and) a measure's verb: "30 дронов не было сбито", "were not shot down": the
    number is what did not happen, no figure. (A hit denied, "не достигла цели", is left to the cue lists.)"""
    if not c.word(k, "verb_negations"):
        return False
    m = c.past_aux(k + 1)
    return any(found != "hit" for found in c.cues(m, ("any", "post")))  # "did not reach its target": EW, perhaps


def pre_cue(c: Clause, b: int, allowed: frozenset[str], near: int | None = None, number: int | None = None
            ) -> Cue | None:
    """The nearest measure stated before token b in the same clause; a word of a forecast, stock or
    production rate just before the number (token b, or `number`) makes it no figure ("could launch 1,000")."""
    number = b if number is None else number
    lowest = -1 if near is None else b - near - 1
    describes: Cue | None = None  # a participle after a weapon's noun ("117 drones launched by Ukraine, 37 over")
    for k in range(b - 1, max(lowest, -1), -1):
        t = c.toks[k]
        if t.low == ";" or t.has("boundary"):
            return describes
        if c.skips(k, "pre") and (number - k <= 4 or list_since(c, k, number)):
            return ("skip", k)  # "could launch 1,000", "produces 2,700" (and the list after it: "..., 2,500 decoys
            # and 40 Iskander-M missiles a month")
        if _modifies_a_weapon(c, k):
            continue  # "downed 12 attack drones and two cruise missiles": "attack" names the drones' kind
        for measure in c.cues(k, ("any", "pre")):
            if measure == "jammed" and "neutralized" in allowed and _agent_of_either(c, k):
                return ("neutralized", k)
            if measure in ("jammed", "shot_down") and "neutralized" in allowed and (
                    paired_with(c, k, measure) or combined_agent(c, k) or combined_after(c, k, number + 1)):
                return ("neutralized", k)  # "downing and jamming every one of the 12 drones", "ППО та РЕБ придушили
                # три": one or the other
            if measure in ("shot_down", "neutralized") and "jammed" in allowed and agent_before(c, k):
                return ("jammed", k)  # "силами РЭБ были нейтрализованы два беспилотника"
            if describes is None and measure == "launched" and measure in allowed and _after_its_noun(c, k):
                describes = (measure, k)  # what the noun's own count was told with comes first, if told
                break
            if measure in ("killed", "injured") and _of_no_one(c, k):
                return None  # "Although no one was injured, 600 residents were left without power"
            if measure in allowed or (measure == "lost" and "jammed" in allowed):
                return ("skip", k) if casualties_together(c, k, measure) else (measure, k)
    return describes


def _of_no_one(c: Clause, k: int) -> bool:
    """Is the verb of a casualty at k denied: after a negation ("ніхто не постраждав", "were not hurt") or of
    no one ("no one was injured": a number after a word that makes it none)?"""
    m = k - 1
    while m > 0 and (c.role(m, "aux") or c.role(m, "adv")):
        m -= 1
    return c.word(m, "verb_negations") or (c.is_num(m) and c.role(m - 1, "not_before"))


def _after_its_noun(c: Clause, k: int) -> bool:
    """Is the cue at k a participle right after a weapon's noun, of which a count stands before ("117 drones
    launched by Ukraine", "six attack drones launched by the enemy")?"""
    noun = c.tok(k - 1)  # (or a model's name: "3 Kinzhals fired from MiG-31K jets")
    return noun is not None and noun.sense is not None and (
        noun.sense.head not in (None, "people") or noun.sense.model is not None) and any(
        c.is_num(m) for m in range(max(0, k - 5), k - 1))


def paired_with(c: Clause, k: int, measure: str) -> bool:
    """Is the verb at k (of shooting down or of jamming) the second of a pair joined by "and", "or" or "/" whose
    first is the other ("збили та подавили", "shooting down and suppressing")?"""
    other = "jammed" if measure == "shot_down" else "shot_down"
    joined = c.word(k - 1, "and") or c.word(k - 1, "or") or c.low(k - 1) == "/"
    return joined and any(other in c.cues(m, ("any", "pre")) and (c.phrase_starting(
        m + 1, "agents") == k - 2 - m or all(c.role(n, "adv") for n in range(m + 1, k - 1)))
        for m in range(max(0, k - 5), k - 1))  # (past the first's agent: "сбиты силами ПВО и подавлены средствами РЭБ")


def _modifies_a_weapon(c: Clause, k: int) -> bool:
    """Is token k a modifier of the weapon noun right after it ("attack" of "attack drones")?"""
    nxt = c.tok(k + 1)
    return c.role(k, "mod") and nxt is not None and nxt.sense is not None and nxt.sense.head not in (None, "people")


def _agent_of_either(c: Clause, k: int) -> bool:
    """Is token k electronic warfare, the agent of the second of two verbs "shot down or ..." ("збиті або
    перехоплені засобами РЕБ"): the measure of the parts told after it is the pair's, neutralized?"""
    return c.phrase_starting(k, "jamming_agents") > 0 and k >= 3 and "shot_down" in c.cues(k - 3, ("any", "post")) \
        and _or_jammed(c, k - 2)


def later_cue(c: Clause, k: int, allowed: frozenset[str], limit: int = 10) -> Cue | None:
    """The first measure other than launched after token k in the same clause ("launched ... were shot down")."""
    for m in range(k, min(c.n, k + limit)):
        t = c.toks[m]
        if t.low == ";" or t.has("boundary") or t.kind == "NUM":
            return None
        if c.skips(m, "post"):
            return ("skip", m)
        for measure in c.cues(m, ("any", "post")):
            if measure != "launched" and (measure in allowed or measure == "lost") and (
                    c.role(m - 1, "aux") or c.role(m - 1, "adv") or m == k or (
                        m == k + 1 and (c.low(k) == "," or c.word(k, "and")))):
                return (measure, m)  # (a list of verbs after the launched one: "обнаружен, подавлен РЭБ")
    return None


def composition(c: Clause, k: int) -> Phrase | None:
    """"... were Kh-55s": an auxiliary and a model after a figure (a launched participle phrase may precede)."""
    m = k
    if c.cues(m, ("any", "post")) == ["launched"]:
        m += 1
        while m < c.n and m < k + 8 and not c.role(m, "aux") and c.toks[m].kind != "NUM" and \
                c.toks[m].low not in (",", ";"):
            m += 1
    if not c.role(m, "aux"):
        return None
    np = noun_phrase(c, m + 1, max_mods=2)
    if np is None or not np.models or np.weapon in (None, "people", "aerial_weapon"):
        return None
    return np


def made_by_producer(c: Clause, start: int) -> bool:
    """Is the figure at `start` a factory's output: a launch verb close before it, and a word of `producers`
    ("завод", "підприємство", "plant") a few words before the verb, in the same clause ("Предприятие выпустило
    1200 дронов", "Цехи заводу за рік випустили 4 тисячі «Шахедів»")?"""
    if not any(c.word(k, "producers") for k in range(max(0, start - 10), start)):
        return False  # (most figures have none: the verb is looked for only then)
    pre = pre_cue(c, start, LAUNCHED, near=3)
    for k in range(pre[1] - 1, max(-1, pre[1] - 7), -1) if pre is not None else ():
        if (c.toks[k].kind in ("NUM", "P") and not c.word(k + 1, "year_words")) or c.role(k, "boundary"):
            return False  # (past a year: "концерн в 2024 году выпустил")
        if c.word(k, "producers"):
            return True
    return False


def agent(c: Clause, k: int) -> bool:
    """Does a weapon follow the cue at k as its object, so that the noun before the cue did the shooting?"""
    m = k + 1
    while c.role(m, "adv") or c.is_num(m) or c.role(m, "article") or c.role(m, "mod"):
        m += 1
    np = noun_phrase(c, m, max_mods=3)
    return np is not None and np.weapon not in (None, "people")


def number_after(c: Clause, k: int) -> bool:
    """Does a number follow at token k, after adverbs and a qualifier ("сбиты лишь две")?"""
    while k < c.n and (c.role(k, "adv") or c.role(k, "aux") or c.qualifier_at(k)):
        k += 1
    return c.is_num(k)


def measure(c: Clause, i: int, end: int, weapon: str | None, allow_chain: bool = True,
            partitive_whole: bool = False) -> str | None:
    """The measure of a figure at token i whose phrase ends before `end`: the cue after it, else the cue
    before it, else launched (weapons only; people and aircraft need a cue); weapons launched at a target of
    their own hit it (D19: "два дрона атаковали автомобиль")."""
    found = _measure(c, i, end, weapon, allow_chain, partitive_whole)
    if found == "hit" and verb_of_striking(c, i) is not None and not struck_a_target(c, i):
        return "launched"  # "Russia hits Kyiv with 40 drones": a city named alone (D12)
    if found == "launched" and made_by_producer(c, i):
        return "skip"  # a factory's output: "Предприятие выпустило 1200 дронов"
    if (found == "launched" or (found == "shot_down" and ((c.word(end, "attack_target_verbs") and not (
            (c.toks[i].value or 0) > 1 and c.word(end, "singular_verbs"))) or in_instrumental(c, end)))) and \
            weapon not in (None, "people", "aircraft") and not partitive_whole and attacked_a_target(
            c, i - 1 if c.qualifier_at(i - 1) else i, end):
        return "hit"  # (a verb that also says downed, with a target of its own: "два дрони уразили установку",
        # "уразили нафтобазу 15 дронами": the weapons are its means)
    return found


def _vague_part(c: Clause, start: int) -> bool:
    """Is the count at `start` the whole of a vague part before it: "most of the 40 drones", "nearly all of the
    56 drones", "почти все из 56 дронов" (a qualifier before "all")?"""
    of = c.role(start - 1, "of")
    if of and c.word(start - 2 - c.role(start - 2, "definite_article"), "vague_parts"):
        return True
    k = start - 1 - of
    return c.role(k, "all") and c.qualifier_at(k - 1) is not None


def _measure(c: Clause, i: int, end: int, weapon: str | None, allow_chain: bool, partitive_whole: bool
             ) -> str | None:
    allowed = compatible(weapon)
    start = i - 1 if c.qualifier_at(i - 1) else i
    if weapon == "people":
        near = pre_cue(c, start, allowed, near=1)
        if near is not None and near[0] != "skip":
            return near[0]  # "постраждали 17 людей, чотири людини загинули": the verb just before is theirs
    if weapon != "people" and _vague_part(c, start):
        return "launched"  # "shot down most of the nearly 40 incoming drones": a vague part of the launch
    post = post_cue(c, end, allow_chain=allow_chain, people=weapon == "people")
    looked, pre = False, None  # the cue before, once looked for
    if post is not None and post[0] != "skip":
        chained = allow_chain and post_cue(c, end, allow_chain=False) is None  # the verb after ends a list
        caused = post[0] in PEOPLE_MEASURES and weapon not in ("people", None)  # weapons, then a casualty verb
        if chained or caused:
            looked, pre = True, pre_cue(c, start, allowed)
            if pre is not None and pre[0] != "skip" and governs(c, pre[1], i) and (
                    (chained and pre[0] != post[0]) or (
                        caused and pre[0] == "launched" and c.opens_with(pre[1], "attack_word"))):
                # "уничтожили 20 ракет и четыре дрона, 8 ракет не достигли целей": the verb after is the last
                # figure's, those before it take the verb before them; "an attack with 20 drones and 6 missiles
                # killed four": what the attack did, not the missiles
                post = None
    if post is not None:
        found = _measure_after(c, i, end, weapon, post, partitive_whole)
        if found == "injured" and died_later(c, post[1]):
            return "killed"
        if found is not None:
            return found
    if partitive_whole:
        return "launched"
    if not looked:
        pre = pre_cue(c, start, allowed)
    if pre is not None:
        # (a launch verb, or one that also says shot down: "destroyed the depot with two missiles")
        return "hit" if pre[0] in ("launched", "shot_down") and "hit" in allowed and struck_a_target(c, start) \
            else pre[0]
    if post is None and weapon not in ("people", None) and (past := past_description(c, end, allowed)):
        return past  # "Два БПЛА, летящих в направлении Москвы, уничтожены"
    if c.inherited in allowed:
        return c.inherited  # an item under "ЗНИЩЕНО:"
    if weapon in ("people", "aircraft") or weapon is None:
        return None
    if struck_a_target(c, start):
        return "hit"
    c.defaulted.add(i)
    return "launched"


def past_description(c: Clause, end: int, allowed: frozenset[str], relative: bool = True) -> str | None:
    """The measure after a comma that closes a short description of the weapons ("летящих в направлении
    города Москвы, уничтожены") or a relative clause after them ("ракети, які летіли на Київ, збили"), where
    nothing else tells one; or, if `relative`, the verb of that relative clause ("про 2 ракети, які збили")."""
    limit = end + 9
    m = end
    def outcome_at(k: int) -> str | None:  # the measure of a verb past its auxiliaries, other than launched
        return next((cue for cue in c.cues(c.past_aux(k), ("any", "post")) if cue in allowed and cue != "launched"),
                    None)

    while m < min(c.n - 1, limit):
        t = c.toks[m]
        if t.kind == "NUM" or t.low in (";", ".", ":") or t.has("boundary"):
            return None
        if t.low == "," and m == end and c.word(m + 1, "relatives"):
            if relative and (own := outcome_at(m + 2)) is not None:
                return own  # "про 2 ракети, які збили над Київщиною": the relative clause's verb, nothing else told
            limit, m = m + 14, m + 2  # the relative clause's own comma is not the one that closes it
            continue
        m += 1
        if t.low == ",":
            k = c.past_aux(m + c.phrase_starting(m, "agents"))  # "..., сили ППО збили"
            n = k + 1 + bool(c.qualifier_at(k + 1))
            counted = noun_phrase(c, n + 1) if c.is_num(n) else None
            if counted is not None and counted.weapon not in (None, "people"):
                return None  # "120 БпЛА та 3 ракети, збито 98 дронів": the verb of the next count
            return outcome_at(k)
    return None


def outcome_before(c: Clause, start: int, allowed: frozenset[str], near: int | None) -> str | None:
    """The measure other than launched stated just before the figure starting at `start`, when a launched
    participle after its noun only says the weapons were launched ("shot down 10 missiles fired at ...")."""
    cue = _outcome_cue_before(c, start, allowed, near)
    return cue[0] if cue is not None else None


def _outcome_cue_before(c: Clause, start: int, allowed: frozenset[str], near: int | None) -> Cue | None:
    """The cue of outcome_before, with where it stands."""
    pre = pre_cue(c, start, allowed - {"launched"}, near=near)
    return pre if pre is not None and pre[0] != "skip" else None


def _measure_after(c: Clause, i: int, end: int, weapon: str | None, post: Cue, partitive_whole: bool) -> str | None:
    allowed = compatible(weapon)
    of = i - (2 if c.qualifier_at(i - 1) else 1)
    if (partitive_whole or (c.role(of, "of") and not c.word(of - 1, "count_words"))) and number_after(c, post[1] + 1):
        return "launched"  # "Из четырёх ракет сбиты две": the cue is the part's ("a total of": no whole)
    if post[0] == "launched" and not partitive_whole and not _finite(c, end, post[1]):
        # "shot down 10 missiles fired at Sevastopol": the participle only says they were launched; a verb
        # just before the number beats a "headed" further on ("intercepted 150 threats, including 13 headed")
        start = i - 1 if c.qualifier_at(i - 1) else i
        if (pre := _outcome_cue_before(c, start, allowed, near=None if post[1] <= end + 1 else 2)) is not None:
            whole = any(c.role(k, "of") and not c.role(k, "of_them") and c.is_num(k + 1) and (
                c.weapon_at(k - 1) or c.is_num(k - 1)) for k in range(pre[1] + 1, start))
            return "launched" if whole else pre[0]  # ("downed 12 missiles and 140 drones out of 152 drones and 20
            # missiles fired": the count after "out of" is the whole, launched)
    if post[0] == "launched" and (later := later_cue(c, post[1] + 1, allowed)) is not None and (
            later[0] == "skip" or not _finite(c, end, post[1])):
        post = later  # "a drone flying to Moscow was shot down" (not "20 drones were launched at Odesa, all of which
        # were destroyed": their own verb; but "44 were launched every day": a rate)
    if post[0] == "skip" or post[0] in allowed or (post[0] == "lost" and weapon in MUNITIONS):
        return post[0]
    if post[0] in PEOPLE_MEASURES and weapon in MUNITIONS and weapon != "aircraft":
        return "hit"  # "two ballistic missiles kill 35": the missiles hit
    return None


def _finite(c: Clause, end: int, cue: int) -> bool:
    """Is the cue at `cue` the finite verb of the phrase that ends before `end` ("a block was destroyed as 12
    missiles were fired": "were fired" is the missiles' own verb, not a participle after them)?"""
    between = range(end, cue)
    if not all(c.role(k, "aux") or c.role(k, "adv") for k in between):
        return False
    first, _, rest = c.low(cue).partition(" ")
    sense = c.lex.lookup(first) if rest else None  # a cue of the vocabulary may hold its auxiliary: "were fired"
    return any(c.role(k, "aux") for k in between) or (sense is not None and "aux" in sense.roles)


def measure_around(c: Clause, start: int, end: int, weapon: str | None, participle_yields: bool = True) -> str | None:
    """A measure after the phrase, else right before it (skipping adverbs): for all/both phrases."""
    allowed = compatible(weapon)
    post = post_cue(c, end, allow_chain=False)
    if post is not None and post[0] == "launched":
        later = later_cue(c, post[1] + 1, allowed)  # "both missiles fired by ... were shot down"
        outcome = outcome_before(c, start, allowed, near=3) if (
            participle_yields and later is None and post[1] <= end + 1) else None
        if outcome is not None:
            return outcome  # "intercepted all four missiles fired at the capital": the participle only says so
        post = later or post
    if post is not None:
        return post[0] if post[0] == "skip" or post[0] in allowed or post[0] == "lost" else None
    pre = pre_cue(c, start, allowed)
    if pre is not None:
        return pre[0]
    later = later_cue(c, end, allowed)  # "all 23 drones that Russia launched overnight were shot down"
    return later[0] if later is not None else None


def died_later(c: Clause, k: int) -> bool:
    """Does the sentence go on, past the injury told at k, to say the same people died ("водитель получил
    тяжелые ранения и позже скончался", "was injured and later died in hospital")? Not past another number or person."""
    for m in range(k + 1, c.n):
        t = c.toks[m]
        if t.kind == "NUM" or t.low == ";" or (t.sense is not None and t.sense.head == "people"):
            return False
        if "killed" in c.cues(m, ("any", "post")):
            after = m + 1
            while c.role(after, "adv") or c.role(after, "aux"):
                after += 1
            subject = c.tok(after)  # "получили ранения, погиб ребенок": the dead are others, told after the verb
            return not (subject is not None and (subject.kind == "NUM" or (
                subject.sense is not None and (subject.sense.head == "people" or subject.sense.number is not None))))
    return False


def before_place(c: Clause, k: int) -> int:
    """The token before a place that ends at k ("уничтожил в районе н.п. Соломино БпЛА": the verb before "в
    районе ..."), or -1: a place preposition, then up to five words and dots, a region or a name among them."""
    for m in range(k, max(0, k - 7), -1):
        t = c.toks[m]
        if c.word(m, "place_prepositions"):
            named = any(c.region_at(n) or c.text[c.toks[n].start].isupper() for n in range(m + 1, k + 1))
            return m - 1 if m < k and named else -1  # a place names one ("в ходе разведки" is none)
        if t.kind == "NUM" or (t.kind == "P" and t.low != ".") or (t.sense is not None and (
                t.sense.cues or t.sense.head)):
            return -1
    return -1


def coordinated(c: Clause, i: int) -> bool:
    """Is token i joined to a list before it ("... and a Kh-59 missile", ", а також ворожий гелікоптер")?"""
    return any(c.low(k) == "," or c.word(k, "and") or c.phrase_ending(k, "coordinators") or c.role(k, "joiner")
               for k in range(max(0, i - 3), i))


def shooters(c: Clause, np: Phrase) -> bool:
    """Are the aircraft counted the subject of a verb of downing whose object is a weapon?"""
    post = post_cue(c, np.end, allow_chain=False)
    return post is not None and post[0] in ("shot_down", "neutralized") and post[1] <= np.end + 1 and agent(c, post[1])
