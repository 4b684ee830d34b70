"""Give anaphoric figures ("76 of them", "all but one") the weapon counted before, and definite ones
("of the missiles") the more specific weapon named before."""

from __future__ import annotations

import dataclasses

from ..contract import is_part_of
from .classes import common
from .cues import AIRCRAFT_MEASURES
from .records import Candidate

History = list[list[Candidate]]  # figures and mentions of the sentences read so far, one list per sentence


def resolve(cand: Candidate, cands: list[Candidate], mentions: list[Candidate], history: History, text: str = ""
            ) -> list[Candidate]:
    """Complete one candidate of a sentence from the figures and mentions before it; returns the figures it
    stands for besides itself ("all of them were shot down" after a list of launches: one per item, D4)."""
    if cand.weapon == "people" and cand.group and cand.measure is None:
        _people_before(cand, history)
        return []
    if cand.weapon is not None and not cand.relative:
        if cand.definite:
            _refine(cand, cands, mentions, history)
        elif cand.same_as is not None and not cand.models:
            _share_model_with_whole(cand, cands, history)
        return []
    pool = _antecedents(cand, cands, mentions, history, text)
    if not pool:
        cand.weapon = cand.fallback  # "12 влучань" with no weapon counted before: of the attack's weapons, or None
        return []
    wholes = [c for c in pool if not c.part] or pool
    if cand.flying and wholes[-1].measure not in (None, "launched"):
        cand.measure = wholes[-1].measure  # "16 были уничтожены ..., из них 13 летели на Москву": 13 destroyed (D8)
    launched = [c for c in wholes if c.measure == "launched"] or wholes
    if cand.rule == "both" and cand.measure == "launched" and any(
            c.value == 2 and c.measure == "launched" for c in launched):
        cand.dropped = True  # "two Kh-59 missiles; both were intercepted": launched once
    told = [c for c in wholes if cand.rule == "the-plural" and c.measure == cand.measure and c.weapon is not None
            and (cand.weapon is None or c.weapon == cand.weapon or is_part_of(c.weapon, cand.weapon))]
    if told:  # "destroyed 12 out of 13 drones. The drones were destroyed over Sumy": the 12, told again
        cand.relative, cand.value, cand.qualifier = False, told[-1].value, told[-1].qualifier
        cand.weapon, cand.models = told[-1].weapon, list(told[-1].models)
        return []
    if cand.relative:
        same = [c for c in launched
                if cand.weapon is None or c.weapon == cand.weapon or is_part_of(c.weapon, cand.weapon)]
        if not same:
            cand.weapon = None
            return []
        items = [c for c in same if c.rule != "mention"]
        if cand.rule == "all" and cand.value == 0 and len({(c.weapon, tuple(c.models)) for c in items}) > 1:
            return _one_each(cand, items)  # "2 ballistic and 29 cruise missiles. All of them were shot down."
        cand.value = sum(c.value for c in same) + cand.value  # "all but one of them": value is -1 until here
        cand.qualifier = same[0].qualifier if len(same) == 1 else "exact"
        launched = same
    # several totals of different weapons ("100 drones and 10 missiles ... 90 of them"): all aerial weapons
    cand.weapon = common(*[c.weapon for c in launched if c.weapon])
    if cand.weapon == "aircraft" and cand.measure not in (None, *AIRCRAFT_MEASURES):
        cand.dropped = True  # "six aircraft were destroyed and another eight damaged": damaged jets are no figure
    models = {tuple(c.models) for c in launched}
    if len(models) == 1 and len({c.weapon for c in launched}) == 1:
        cand.models = list(models.pop())
    cand.hint = cand.hint or launched[0].hint
    if launched[0].rule != "mention":
        cand.side_of = launched[0]  # "76 of them were shot down": the side of the weapons counted before
    return []


def _one_each(cand: Candidate, items: list[Candidate]) -> list[Candidate]:
    """"All of them were shot down" after launches of several weapons: each launch's count with the measure
    (D4); the candidate stands for the first, the others are returned."""
    copies = [dataclasses.replace(cand, value=item.value, qualifier=item.qualifier, weapon=item.weapon,
                                  models=list(item.models), relative=False, side_of=item, hint=cand.hint or item.hint)
              for item in items]
    first = copies[0]
    cand.value, cand.qualifier, cand.weapon, cand.models = first.value, first.qualifier, first.weapon, first.models
    cand.relative, cand.side_of, cand.hint = False, first.side_of, first.hint
    return copies[1:]


def _share_model_with_whole(cand: Candidate, cands: list[Candidate], history: History) -> None:
    """The whole of a partitive restates an earlier figure with a model: both take its model."""
    whole = cand.same_as
    if whole is None:
        return
    earlier = [c for c in cands if c.index < cand.index] + [c for p in history[-3:] for c in p]
    for c in reversed(earlier):
        if c.rule != "mention" and c.value == whole.value and c.weapon == whole.weapon and c.models:
            cand.models = whole.models = list(c.models)
            break


def _antecedents(cand: Candidate, cands: list[Candidate], mentions: list[Candidate], history: History,
                 text: str = "") -> list[Candidate]:
    """The figures an anaphoric figure may refer to: in its sentence, else in the three before, else the
    weapon last named."""
    earlier = [c for c in cands if c.index < cand.index and c.weapon not in (None, "people")]
    if cand.part_of is not None:
        return [cand.part_of]
    if cand.of_which and earlier:
        # "41 drones and two missiles, 30 of which ...": the last count that can hold the part
        return [next((c for c in reversed(earlier) if c.value >= cand.value), earlier[-1])]
    if (cand.more or cand.after_colon) and earlier:
        return [earlier[-1]]  # "277 дронів збито, ще 129 локаційно втрачено": 129 more of the same
    if earlier:
        return earlier
    # (in the count's own clause: "As in previous missile attacks, 55 were shot down" counts no missiles)
    own = [c for c in mentions if c.index < cand.index and c.weapon not in (None, "people")
           and "," not in text[c.end:cand.start]][-1:]
    closer = False
    for back, past in enumerate(reversed(history[-3:]), start=1):
        pool = [c for c in past if c.weapon not in (None, "people") and c.value > 0]
        if pool:
            if own and not cand.relative and not any(_kin(own[0], c) for c in pool):
                return own  # "із 13 балістичних ... збили 8. «Калібрів» вдалося збити менше - 10 із 22"
            if cand.rule == "all" and cand.value == 0 and _launches(pool):
                earlier_run = _launch_run(history[:len(history) - back])
                return [c for c in earlier_run if not any(_same_count(c, d) for d in pool)] + pool
            return pool
        named = [c for c in past if c.rule == "mention" and c.weapon not in (None, "people")]
        if any(c.fired for c in named) and not cand.relative and not any(c.index < cand.index for c in mentions) \
                and not closer:
            # "Kyiv launched Vampire rockets at Belgorod. All 8 were intercepted": the weapons fired (their models
            # may follow: "налет дронов-камикадзе «Shahed-136»")
            told = [c for c in named if c.fired][-1]
            return named[-1:] if _kin(named[-1], told) else [told]
        closer = closer or bool(named)  # (weapons named since, not told as fired: the last named, as before)
    if cand.relative:
        return []
    # no figure before: the weapon last named ("relied on glide bombs ... dropped 5,000 of them")
    named = [c for c in mentions if c.index < cand.index] or [c for p in history[-2:] for c in p
                                                               if c.rule == "mention"]
    return named[-1:]


def _launch_run(history: History, limit: int = 8) -> list[Candidate]:
    """"18 missiles were launched. These included ... Six Shahed drones were also launched. All of them were
    destroyed": the launches told in the sentences right before the last one, back to a sentence with any other
    figure (the weapons an "all" covers; one sentence with no figure may stand between two of them)."""
    run: list[Candidate] = []
    gap = 0
    for past in reversed(history[-limit:]):
        figures = [c for c in past if c.rule != "mention" and c.weapon is not None]
        if not figures:
            gap += 1
            if gap > 1:
                break
            continue
        if not _launches(figures):
            break
        gap = 0
        run = [c for c in figures if not any(_same_count(c, d) for d in run)] + run
    return run


def _launches(figures: list[Candidate]) -> bool:
    return all(c.measure == "launched" and c.weapon != "people" and c.value > 0 for c in figures if c.rule != "mention")


def _same_count(a: Candidate, b: Candidate) -> bool:
    """One launch told twice ("2,277 drones" in a headline and again in the body)."""
    return (a.weapon, a.value, a.models) == (b.weapon, b.value, b.models)


def _kin(a: Candidate, b: Candidate) -> bool:
    """Do two figures or mentions name the same weapon, or one a kind of the other?"""
    assert a.weapon is not None
    assert b.weapon is not None
    return a.weapon == b.weapon or is_part_of(a.weapon, b.weapon) or is_part_of(b.weapon, a.weapon)


def _refine(cand: Candidate, cands: list[Candidate], mentions: list[Candidate], history: History) -> None:
    """"four of the missiles" after "the Kalibr strike": the missiles are Kalibr cruise missiles."""
    own = sorted((c for c in cands if c.index < cand.index and c is not cand), key=lambda c: c.index)
    own_mentions = sorted((c for c in mentions if c.index < cand.index), key=lambda c: c.index)
    pools = [own, own_mentions]
    for past in reversed(history[-3:]):
        pools.append([c for c in past if c.rule != "mention"])
        pools.append([c for c in past if c.rule == "mention"])
    if cand.rule == "np" and not cand.whole and not _one_missile_named(pools):
        return  # a bare "ракети" refers back only when every missile named before is of one class and model
    for pool in pools:
        matches = [c for c in reversed(pool) if _refines(cand, c)]
        if not matches:
            continue
        if cand.rule in ("all", "both", "the-single") or len({(c.weapon, tuple(c.models)) for c in matches}) == 1:
            matches = matches[:1]
        cand.single_ok = True
        if cand.rule in ("all", "both") and cand.measure == "launched" and matches[0].measure == "launched" \
                and matches[0].rule not in ("mention", "all", "both"):
            cand.dropped = True  # "four Kh-59 missiles ... all four missiles were intercepted": launched once
        # "34 of the cruise missiles" after 31 Kh-101 and 8 Kalibr: cruise missiles, no single model
        cand.weapon = common(*[c.weapon for c in matches if c.weapon])
        beside = _beside_its_model(matches)
        kept = [c for c in matches if id(c) not in beside]  # (a class named beside its model is that model)
        if not cand.models and len(kept) == 1:
            cand.models = list(kept[0].models)
        if len({c.attacker for c in matches if c.rule != "mention"}) == 1 and matches[0].rule != "mention":
            cand.side_of = matches[0]  # "six of the drones": the side of those drones
        return


def _one_missile_named(pools: list[list[Candidate]]) -> bool:
    beside = _beside_its_model([c for pool in pools for c in pool])
    named = {(c.weapon, tuple(c.models)) for pool in pools for c in pool
             if c.weapon in ("missile", "cruise_missile", "ballistic_missile") and id(c) not in beside}
    # "Искандер-М/KN-23" is named once as a pair and once per model: the pair covers its parts
    named = {(w, m) for w, m in named if not (m and any(w2 == w and set(m) < set(m2) for w2, m2 in named))}
    return len(named) == 1


def _beside_its_model(cands: list[Candidate]) -> set[int]:
    """The mentions of a class right before a mention of its model ("крылатыми ракетами «Калибр»": the class and
    the model named apart, one weapon): their ids."""
    mentions = [c for c in cands if c.rule == "mention"]
    return {id(a) for a in mentions if not a.models and any(
        b.models and b.weapon == a.weapon and 0 <= b.start - a.end <= 3 for b in mentions)}


def _refines(cand: Candidate, c: Candidate) -> bool:
    """May the earlier figure or mention c be what the definite figure cand refers to?"""
    if c.weapon in (None, "people") or (c.weapon == "aerial_weapon" and cand.weapon != "aerial_weapon"):
        return False
    if not (c.weapon == cand.weapon or is_part_of(c.weapon, cand.weapon)):
        return False
    if cand.rule in ("all", "both", "the-single") and c.value != cand.value:
        return False
    if cand.rule == "the-single" and (c.measure != "launched" or c.rule == "mention"):
        return False
    return not (cand.models and c.models and set(c.models) != set(cand.models))


def _people_before(cand: Candidate, history: History) -> None:
    """"17 people died. Four of them were children.": a group of the people counted in the sentence before
    takes their measure and place; with none there, it is no figure."""
    before = [c for c in (history[-1] if history else []) if c.weapon == "people" and not c.group and c.measure]
    if before:
        cand.measure = before[-1].measure
        cand.region = cand.region or before[-1].region  # where they were counted
    else:
        cand.dropped = True
