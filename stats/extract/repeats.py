"""Figures told twice: a headline restated in the body, people told one by one after their count."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from ..contract import OUTCOMES, is_part_of
from ..text import Sentence
from .records import Candidate


def drop_headline_singles(cands: list[Candidate], sentences: list[Sentence]) -> list[Candidate]:
    """A headline's one weapon told with no article ("Ukrainian drone downed over Belgorod region", in a language
    with articles) is inside the body's count of the same weapons and measure (D1): no figure of its own."""
    return [c for c in cands if not (c.rule == "singular" and sentences[c.sentence].title and any(
        o.sentence > c.sentence and o.weapon == c.weapon and o.measure == c.measure for o in cands))]


def drop_restated_people(cands: list[Candidate], earlier: list[Candidate], in_hospital: bool = False
                         ) -> list[Candidate]:
    """People told apart after a count of people are no new figures ("a 71-year-old woman was killed",
    "two of them seriously", "23 of them in a serious condition"), but a group of them is: "including
    three children", "among the dead are two children" (group children), and so is a smaller count of a
    group after a count of all ("19 were killed ... the attack took the lives of nine children"); a group of
    no count before is a figure of that group ("two children were killed", D16). In a sentence of those in
    hospital or in a condition (`in_hospital`), fewer injured than counted before in the same place are some of
    them ("12 were injured ... nine were hospitalized", "... four are still in hospital")."""
    out: list[Candidate] = []
    for cand in cands:
        if cand.weapon != "people":
            out.append(cand)
            continue
        before = [c for c in earlier[-8:] + out if c.weapon == "people" and c.measure == cand.measure
                  and not c.person and not c.group]
        subset = cand.part or cand.subset or cand.rule in ("of-them", "partitive")
        if cand.person and cand.group and any(c.group == cand.group and c.measure == cand.measure
                                              for c in earlier[-8:] + out):
            continue  # "including five children, the youngest a girl aged four": one of the five
        if cand.person and cand.subset and not before and not cand.among:
            continue  # "deaths and injuries, including a child": one of people never counted (but "A journalist
            # was among those killed" with no count before is one killed, D7)
        if before and not cand.group and before[-1].value > cand.value and (
                (in_hospital and cand.measure == "injured" and _same_place(cand, before[-1]))
                or (cand.gendered and _told_apart(cand, before[-1]))):
            continue  # "six were hurt ... Three women and two men were wounded": the five told apart (not "nine
            # injured in Kyiv, five of whom are in hospital, and three more in Zaporizhzhia": more, elsewhere)
        if cand.group and before and not subset and (cand.person or before[-1].value <= cand.value):
            cand.group = ""  # "two were injured, a woman and a boy" (D7); "12 injured ... 12 children": the same
        elsewhere = bool(cand.region) and cand.region != before[-1].region if before else False
        if (cand.person or subset) and before and not cand.group and not (
                elsewhere and (cand.part or (cand.person and bool(before[-1].region)))):
            continue  # (a part by place: D8; a person of another place than the count: "Separately, a man was
            # killed in Ochakiv" after Odesa's toll)
        out.append(cand)
    return out


def _told_apart(cand: Candidate, count: Candidate) -> bool:
    """Is the count before a people figure in its sentence or the one before, and of its place (no other)?"""
    return cand.sentence - count.sentence <= 1 and _same_place(cand, count)


def _same_place(cand: Candidate, count: Candidate) -> bool:
    return not cand.region or not count.region or cand.region == count.region


def deduplicate(cands: list[Candidate], sentences: list[Sentence],
                joined: Callable[[Candidate, Candidate], bool] = lambda a, b: True,
                additive: Callable[[int], bool] = lambda index: False) -> list[Candidate]:
    """A figure restated in another sentence with the same meaning is kept once (the body's wording); `joined`
    tells whether the second of two figures of one sentence is joined to a list before it ("40 drones and 40
    decoys", "один уничтожен и один перехвачен": two figures, not one told twice), `additive` whether a
    sentence tells of more ("also")."""
    kept: list[Candidate] = []
    seen: dict[tuple[object, ...], int] = {}
    for cand in cands:
        key = (cand.event, cand.attacker, cand.weapon, cand.measure, cand.value)
        earlier = seen.get(key)
        if earlier is not None and (not cand.more or _more_than_another_measure(
                kept[earlier], cand, kept, cands, sentences)) and not _distinct(kept[earlier], cand):
            first = kept[earlier]
            if first.sentence == cand.sentence and set(first.models) == set(cand.models) and (
                    first.models or (cand.value > 1 and _plain(first) and not (first.region or cand.region)
                                     and not joined(first, cand))):
                continue  # "Ten Shahed drones shot down ... ten Shahed drones were shot down": one entry, told twice
                # (a headline run into its body with no mark between: "ПВО сбили 22 дрона над Россией Средства ПВО
                # уничтожили 22 беспилотника"; but "40 drones and 40 decoys", "один уничтожен и один
                # перехвачен" are two)
            if first.sentence != cand.sentence:
                if first.qualifier == "exact" and cand.qualifier in ("at_least", "about", "more_than"):
                    # "5 killed" then "at least 5 killed", or the other way round: the count with its qualifier
                    # (D15)
                    first.qualifier = cand.qualifier
                if sentences[first.sentence].title and not sentences[cand.sentence].title:
                    if cand.qualifier == "exact":
                        cand.qualifier = first.qualifier  # ("At least 3 killed" over "Three were killed": D15)
                    cand.models = cand.models or first.models
                    cand.region = cand.region or first.region
                    kept[earlier] = cand
                else:
                    first.models = first.models or cand.models
                    first.region = first.region or cand.region  # where the restatement places it
                continue
        seen[key] = len(kept)
        kept.append(cand)
    # a headline's "две ракеты" restated in the body as "две баллистические ракеты": the body's weapon
    body = [c for c in kept if not sentences[c.sentence].title]
    kept = [c for c in kept if not (sentences[c.sentence].title and c.weapon is not None and any(
        (b.event, b.attacker, b.measure, b.value) == (c.event, c.attacker, c.measure, c.value)
        and b.weapon is not None and is_part_of(b.weapon, c.weapon) for b in body))]
    # a headline's "20 БпЛА" restated in the body as "20 повітряних цілей": the headline's weapon, the body's place
    for c in [c for c in kept if sentences[c.sentence].title and c.weapon is not None]:
        told = [b for b in body
                if (b.event, b.attacker, b.measure, b.value) == (c.event, c.attacker, c.measure, c.value)
                and b.weapon is not None and b.weapon != c.weapon and is_part_of(c.weapon, b.weapon)]
        if len(told) == 1:
            told[0].weapon, told[0].models = c.weapon, told[0].models or c.models
            kept.remove(c)
    # a headline's "destroyed" restated in the body as "shot down or suppressed": the body's measure
    for c in [c for c in kept if sentences[c.sentence].title and c.measure in ("shot_down", "neutralized")]:
        told = [b for b in body if (b.event, b.attacker, b.weapon, b.value) == (c.event, c.attacker, c.weapon, c.value)
                and b.measure in OUTCOMES and b.measure != c.measure]
        if told:
            told[0].models = told[0].models or c.models  # (with the headline's models: "20 шахедів" ... "20 БпЛА")
            kept.remove(c)
    # a headline's figure restated in the body with another side ("В Каховке двое ранены" over "Украинские
    # боевики ... ранены две женщины"): the body's, which names the side
    kept = [c for c in kept if not (sentences[c.sentence].title and any(
        (b.event, b.weapon, b.measure, b.value) == (c.event, c.weapon, c.measure, c.value) and b.attacker != c.attacker
        for b in body))]
    kept = _drop_restated_headlines(kept, sentences)
    kept = _drop_restated_as_a_kind(kept, sentences, additive)
    kept = _one_weapon_told_twice(_one_weapon_repelled_then_downed(kept))
    kept = _drop_rounded_restatements(kept)
    kept.sort(key=lambda c: (c.start, 0 if c.measure == "launched" else 1))
    return kept


def _drop_restated_headlines(kept: list[Candidate], sentences: list[Sentence]) -> list[Candidate]:
    """A headline's figure that its body tells with another value ("downs 36 out of 42" over a body of
    "36 out of 43"): the body's value. The body is what follows the headline up to the next headline
    that tells figures; the body's figure is the same weapon, measure and attacker, of no other region
    or model, told once (a body telling several such figures, "two more" after "seven", is summed up by
    its headline)."""
    titled = sorted({c.sentence for c in kept if sentences[c.sentence].title})
    out = []
    for c in kept:
        if c.sentence not in titled or c.item:  # a line of a list is no headline
            out.append(c)
            continue
        later = [t for t in titled if t > c.sentence]
        end = later[0] if later else len(sentences)
        told = [b for b in kept if c.sentence < b.sentence < end and not sentences[b.sentence].title and not b.item
                and (b.event, b.attacker, b.weapon, b.measure) == (c.event, c.attacker, c.weapon, c.measure)
                and (b.region or "") == (c.region or "") and not (b.part or b.subset or b.of_which or b.breakdown)
                and (not b.models or not c.models or set(b.models) == set(c.models))]
        if len(told) != 1 or told[0].value == c.value or told[0].more:  # several: the headline sums them
            out.append(c)
    return out


def _drop_restated_as_a_kind(kept: list[Candidate], sentences: list[Sentence],
                             additive: Callable[[int], bool]) -> list[Candidate]:
    """A body figure told again in a later sentence by its kind ("дві ракети" then "двома ракетами
    «Калібр»", "two missiles" then "two Kh-59 cruise missiles"): one figure, the later one's weapon and
    models, the earlier one's place. Both of one event, side, measure and value, neither a part of a
    total or an item of a list, the later not told as one more ("also", "також": `additive`); the earlier
    names no model."""
    gone: set[int] = set()
    for c in kept:
        if c.models or id(c) in gone or sentences[c.sentence].title or not _plain(c):
            continue
        key = (c.event, c.attacker, c.measure, c.value)
        told = [b for b in kept if (b.event, b.attacker, b.measure, b.value) == key and b.sentence > c.sentence
                and id(b) not in gone and is_part_of(b.weapon, c.weapon) and not sentences[b.sentence].title
                and _plain(b) and (not b.region or not c.region or b.region == c.region) and not additive(b.sentence)]
        if len(told) == 1:
            told[0].region = told[0].region or c.region
            gone.add(id(c))
    return [c for c in kept if id(c) not in gone]


SINGLES = ("article", "singular", "the-single")


def _one_weapon_told_twice(kept: list[Candidate]) -> list[Candidate]:
    """One weapon told with no numeral in one sentence as used and in another as what became of it ("ракета
    попала в вокзал ... по городу была выпущена баллистическая ракета «Искандер-М»", "после атаки дрона
    ранен водитель ... дрон ударил по автомобилю"): one figure, its fate, of the more specific
    weapon and with the models either names (D20). Only where the event tells of that one weapon of the kind
    launched and of one such outcome (no count of it, no other single), in no two places. The figures of use so
    told again are dropped."""
    used = [c for c in kept if c.rule in SINGLES and c.value == 1 and c.measure == "launched" and _plain(c)]
    gone: set[int] = set()
    for c in used:
        kind = _of_its_kind(c, kept)
        fates = [b for b in kind if b.rule in SINGLES and b.value == 1 and b.measure == "hit"
                 and b.sentence != c.sentence and _plain(b) and (not b.models or not c.models or b.models == c.models)
                 and (not b.region or not c.region or b.region == c.region)]
        if len(fates) != 1 or len(kind) != 1:
            continue
        fate = fates[0]
        if is_part_of(c.weapon, fate.weapon):
            fate.weapon = c.weapon
        fate.models = fate.models or c.models
        gone.add(id(c))
    return [c for c in kept if id(c) not in gone]


def _of_its_kind(c: Candidate, kept: list[Candidate], *besides: Candidate) -> list[Candidate]:
    """The other figures of c's event and attacker whose weapon is c's, or a part or a whole of it (not `besides`)."""
    return [b for b in kept if b is not c and not any(b is o for o in besides) and b.event == c.event and
            b.attacker == c.attacker and b.weapon is not None and c.weapon is not None and (
                b.weapon == c.weapon or is_part_of(b.weapon, c.weapon) or is_part_of(c.weapon, b.weapon))]


def _one_weapon_repelled_then_downed(kept: list[Candidate]) -> list[Candidate]:
    """One weapon of an attack told as repelled (launched and neutralized 1, D4: "an attempt to carry out an attack
    by an aircraft-type drone was foiled") and, in another sentence, what became of it ("the drone was destroyed
    over the Smolensk region"): the one weapon's fate alone, as the labellers count it. Only where the event tells
    of that one outcome of the kind (no other single, no count)."""
    gone: set[int] = set()
    for c in kept:
        twin = [b for b in kept if b is not c and b.start == c.start and b.measure == "neutralized" and b.value == 1]
        if not (c.rule in SINGLES and c.value == 1 and c.measure == "launched" and twin and _plain(c)):
            continue
        kind = _of_its_kind(c, kept, twin[0])
        fates = [b for b in kind if b.value == 1 and b.measure in ("shot_down", "jammed", "neutralized")
                 and b.sentence != c.sentence and _plain(b)]
        if len(fates) == 1 and len(kind) == 1:
            gone.update((id(c), id(twin[0])))
    return [c for c in kept if id(c) not in gone]


# how far a stated count may lie from a rounded figure that restates it: "about 300" of 297, "nearly 500" of
# 472, "more than 2,000" of 2,023, "more than two dozen" of 26
_ROUNDED = {"about": (0.9, 1.1), "more_than": (1.0, 1.15), "at_least": (1.0, 1.15)}


def _drop_rounded_restatements(kept: list[Candidate]) -> list[Candidate]:
    """A weapon's rounded figure ("nearly 300 drones" in a lead) that one stated count of the same attack,
    side, weapon, measure and place restates in another sentence ("297 drones"): one figure, the stated
    count (D11: the body's value; its own models: "more than 2,000 Shaheds and other drones" names some). Not of
    people: a toll told as "more than 20" and "23" is read at two moments (D2)."""
    gone: set[int] = set()
    for c in kept:
        span = _ROUNDED.get(c.qualifier)
        if span is None or c.weapon in (None, "people") or c.value < 10 or not _plain(c) or c.of_them:
            continue
        told = [b for b in kept if b.qualifier in ("exact", "at_least") and b.sentence != c.sentence
                and id(b) not in gone and b is not c
                and (b.event, b.attacker, b.weapon, b.measure) == (c.event, c.attacker, c.weapon, c.measure)
                and (b.region == c.region or not (b.region and c.region)) and _plain(b) and b.value != c.value
                and span[0] * c.value <= b.value <= span[1] * c.value]
        if len(told) == 1:
            gone.add(id(c))
    return [c for c in kept if id(c) not in gone]


def _plain(c: Candidate) -> bool:
    """Is a figure none of a total's parts, a list's items or a break-down's?"""
    return not (c.part or c.subset or c.of_which or c.breakdown or c.item or c.more)


def _more_than_another_measure(first: Candidate, cand: Candidate, kept: list[Candidate], told: list[Candidate],
                               sentences: list[Sentence]) -> bool:
    """Is the "more" of a figure that restates an earlier one about a figure of another measure, not another
    figure like it: a headline's "14 injured" over "two were killed, another 14 injured"; people's "three
    wounded" then "one was killed and four more wounded", where the people told just before (in its
    sentence or the one before) are of another measure?"""
    if sentences[first.sentence].title and not sentences[cand.sentence].title:
        return not any(k.sentence == cand.sentence and k.start < cand.start and k.measure == cand.measure
                       for k in kept)
    people = [k for k in told if k.weapon == "people" and k.start < cand.start]
    return cand.weapon == "people" and bool(people) and people[-1].measure != cand.measure \
        and cand.sentence - people[-1].sentence <= 1


def _distinct(first: Candidate, cand: Candidate) -> bool:
    """Are two equal figures told apart: two items of a list, figures of different named models or regions, or
    a part placed in a region ("из них — 19 — над областью") after a whole of no place?"""
    items = first.item and cand.item and first.sentence != cand.sentence  # (not two figures of one line)
    # "из них — 19 — над Волгоградской областью": a part placed, not the whole told again (D8)
    placed_part = cand.of_them and bool(cand.region) and not first.region
    return items or placed_part or bool(first.models and cand.models and set(first.models) != set(cand.models)) \
        or bool(first.region and cand.region and first.region != cand.region) or (
            first.weapon == "people" and (first.group != cand.group or bool(
                first.age and cand.age and first.age != cand.age)))
    # ("троих детей ... ранения получили 3 человека"; "ранен 79-летний мужчина" after "... 54-летний мужчина")


def drop_toll_increments(cands: list[Candidate]) -> list[Candidate]:
    """People told as more ("bodies of two more people were found", "виявлено ще двох загиблих") beside a running
    total of the same measure that has risen to more ("the death toll rose to 38", in that sentence or the next
    one, either way): the rise, told twice, not a figure of its own (D2 keeps each value of the total); so is one
    person told apart beside it ("a third person died, raising the toll to 12", D7)."""
    tolls = [c for c in cands if c.weapon == "people" and c.toll]
    return [c for c in cands if not (c.weapon == "people" and (c.more or c.person) and not c.toll and any(
        t.measure == c.measure and t.value > c.value and (c.more or (t.sentence == c.sentence and not c.among))
        and abs(t.sentence - c.sentence) <= 1 and (
            not c.region or c.region == t.region) for t in tolls))]  # (not "two more were killed in Odesa")


def drop_counted_debris(cands: list[Candidate]) -> list[Candidate]:
    """One downed weapon told by its debris ("обломки сбитого беспилотника", "debris from a downed drone") is a
    figure of 1 only where no other figure of the document counts its kind stopped: else it is one of those."""
    stopped = {c.weapon for c in cands if not c.debris and c.measure in OUTCOMES}
    return [c for c in cands if not c.debris or not any(
        w == c.weapon or is_part_of(w, c.weapon) or is_part_of(c.weapon, w) for w in stopped)]


def drop_one_of_a_count(cands: list[Candidate]) -> list[Candidate]:
    """A figure of 1 told as one of a count just before it (`_one_of_a_count`, within six figures) is inside that
    count (D1): no figure of its own."""
    return [c for k, c in enumerate(cands) if not _one_of_a_count(c, cands[max(0, k - 6):k])]


def _one_of_a_count(cand: Candidate, before: list[Candidate]) -> bool:
    """Is a figure of 1 told as one of a count just before it of its weapon and measure ("Одна з авіабомб
    зруйнувала пошту" after "чотири КАБи поцілили в Ізюм"), or as one of those downed that fell ("One of them fell
    on a house" after "12 drones were shot down")? Then it is inside that count (D1), no figure of its own."""
    if cand.value != 1 or cand.weapon in (None, "people") or not (
            cand.rule.endswith(("of-them", "partitive")) or cand.ordinal):
        return False  # ("The first missile hit a university" after "Two ballistic missiles struck Sumy")
    return any(b.value > 1 and (b.weapon == cand.weapon or (cand.ordinal and b.weapon is not None and is_part_of(
        b.weapon, cand.weapon))) and 0 <= cand.sentence - b.sentence <= 1 and (
        b.measure == cand.measure or (b.measure in OUTCOMES and cand.measure == "hit"))
        and cand.region in ("", b.region) for b in before)  # (a part placed elsewhere is one: D8)


def combined_totals(cands: list[Candidate]) -> list[Candidate]:
    """"11 drones were downed over the region. Seven were shot down by air defence and four suppressed by electronic
    warfare": a total told as downed whose parts, within two sentences after it, split into shot down and jammed and
    sum to it counts the two together (neutralized, ANNOTATION.md)."""
    for k, total in enumerate(cands):
        if total.measure != "shot_down" or total.part or total.weapon in (None, "people", "aircraft"):
            continue
        if any(c is not total and c.weapon == total.weapon and c.sentence == total.sentence for c in cands):
            continue  # (a total with its list in its own sentence, or an item of such a list)
        later = [c for c in cands[k + 1:k + 9] if c.weapon == total.weapon and 0 < c.sentence - total.sentence <= 2]
        shot = {c.value for c in later if c.measure == "shot_down"}
        if any(c.measure == "jammed" and total.value - c.value in shot for c in later):
            total.measure = "neutralized"
    return cands


def parts_of_all(cands: list[Candidate]) -> list[Candidate]:
    """"All 14 missiles fired overnight were intercepted. They included four Kinzhal and ten Kalibr missiles": the
    launches the sentence after an "all" outcome lists, summing to its count, share that outcome (D4, told the other
    way round)."""
    out = list(cands)
    for whole in cands:
        if whole.rule != "all" or whole.measure not in ("shot_down", "jammed", "neutralized") or whole.dropped:
            continue
        parts = [c for c in cands if c.sentence == whole.sentence + 1 and not c.dropped]
        if len(parts) > 1 and all(c.measure == "launched" and c.weapon not in (None, "people", "aircraft")
                                  for c in parts) and sum(c.value for c in parts) == whole.value:
            out += [dataclasses.replace(c, measure=whole.measure) for c in parts]
    return out


def split_shared(cands: list[Candidate]) -> list[Candidate]:
    """"30 drones were destroyed. 14 were shot down over Kursk, while 8 were intercepted over the Tula and Kaluga
    regions": a part over several regions with no "each" told is one part per region when only so its break-down
    sums to the total before it (as "по 8 над A и B" is 8 over each, ANNOTATION.md); else it stays one figure."""
    out: list[Candidate] = []
    for cand in cands:
        out.append(cand)
        if len(cand.shared) < 2 or cand.region or cand.dropped or cand.weapon in (None, "people"):
            continue
        kin = [c for c in cands if c is not cand and not c.dropped and c.weapon == cand.weapon
               and c.measure == cand.measure]
        totals = [t for t in kin if not t.region and not t.shared and not t.part and t.start < cand.start
                  and 0 <= cand.sentence - t.sentence <= 2]
        if not totals:
            continue
        total = totals[-1]
        told = sum(c.value for c in kin if c.region and c.start > total.start and c.sentence <= cand.sentence + 1)
        if told + cand.value != total.value and told + cand.value * len(cand.shared) == total.value:
            cand.region = cand.shared[0]
            out += [dataclasses.replace(cand, region=region) for region in cand.shared[1:]]
    return out


def neutralized_parts(cands: list[Candidate]) -> list[Candidate]:
    """The Russian side's "нейтрализованы": parts under a total told as destroyed ("перехвачены и уничтожены 40
    БПЛА ... 14 нейтрализованы над Брянской областью") take the total's measure, shot down (the third readers'
    ruling of rounds 20 and 38); a count told only so stays neutralized (ANNOTATION.md), as the labellers keep it. A
    total is one of no region and no part ("над Белгородской областью уничтожено 26" is another region's count)."""
    for cand in cands:
        if cand.neutral_kept and not any(
                t is not cand and not t.neutral_kept and t.measure == "shot_down" and t.value >= cand.value
                and not t.region and not t.part
                and t.weapon is not None and cand.weapon is not None and (t.weapon == cand.weapon or is_part_of(
                    cand.weapon, t.weapon)) for t in cands):
            cand.measure = "neutralized"
    return cands
