"""Read one sentence: run the rules over its tokens, then tie parts to their wholes."""

from __future__ import annotations

import itertools
import re

from ..contract import OUTCOMES, is_part_of
from ..terms import APOSTROPHES, whole_phrases
from . import numbers, pronouns, words  # noqa: F401 - importing the rule modules registers their rules
from .clause import Clause
from .cues import PEOPLE_MEASURES, WEAPON_MEASURES, consistent, post_cue, pre_cue
from .lists import class_of_bracketed_parts
from .not_counts import is_number
from .phrases import noun_phrase
from .records import Candidate
from .registry import RULES, Match

NUMBER_RULES = tuple(r for r in RULES.values() if r.trigger is is_number)
WORD_RULES = tuple(r for r in RULES.values() if r.trigger is not is_number)
_STRAIGHT = str.maketrans(dict.fromkeys(APOSTROPHES, "'"))


def read_clause(c: Clause) -> list[Candidate]:
    """The candidate figures of a sentence, in the order they appear (dropped ones marked)."""
    out: list[Candidate] = []
    i = 0
    toks, n, listed = c.toks, c.n, c.inherited is not None
    while i < n:
        t = toks[i]
        if t.kind != "NUM" and (t.sense is None or (t.sense.head is None and t.sense.model is None and not listed
                                                    and not (t.roles & WORD_TRIGGERS))):
            i += 1  # neither a number nor a word that can stand for one (a noun, a model, "all", an article, ...)
            continue
        match = _read_number(c, i) if t.kind == "NUM" else _read_word(c, i)
        if match is None or not match.cands:
            i += 1
            continue
        out.extend(cand for cand in match.cands if consistent(cand))
        i = max(match.end, i + 1)
    if out and c.lex.tally_re.search(c.text, c.sent.start, c.sent.end):
        return []  # "418 aircraft, 230 helicopters, 4,027 drones, 9,014 tanks ...": a tally of losses
    _drop_loss_tallies(c, out)
    _drop_hypotheticals(c, out)
    if out and whole_phrases(c.lex.words["other_wars"]).search(c.text[c.sent.start:c.sent.end].lower()):
        placed = any(c.region_at(k) for k in range(c.n))  # (not "40 drones at Kyiv on the eve of the World War II
        for cand in out:  # anniversary") "Iran fired 200 missiles at Israel": another war's (the attacker is Russia
            cand.dropped = cand.dropped or not (placed or cand.hint)  # or Ukraine)
    out = _ranges(c, out)
    _colon_list(c, out)
    mark_parts(c, out)
    class_of_bracketed_parts(c, out)
    _placed_people_parts(c, out)
    _parts_of_them(out)
    _drop_day_tolls(c, out)  # (after the parts: a group of such a toll is none either)
    # people of no measure are no figure, but for a group of the people counted before ("Three of them were
    # children."), whose measure the sentence before gives
    out = [cand for cand in out if cand.measure is not None or cand.weapon != "people" or (
        cand.group and (cand.rule == "of-them" or _opens_with_of_them(c, cand.index)))]
    includes = [k for k, t in enumerate(c.toks) if "including" in t.roles]
    for cand in out:
        if cand.weapon != "people":
            continue
        cand.age = _age_before(c, cand.index)
        if c.ground_fire(cand.index):
            cand.dropped = True  # "three people were wounded by shelling": no air attack
        including = [k for k in includes if k < cand.index]
        if cand.rule == "bare" and cand.part and c.place_at(cand.index + 1):
            continue  # "including 3 in Kyiv": a part by place, no subset
        if including and not any(
                c.phrase_ending(k, "coordinators") for k in range(including[-1] + 1, cand.index)) and not \
                _own_verb_after(c, including[-1], cand.index):
            cand.subset = True  # "Among the dead were two children" (not past "а також 70 осіб")
        elif _among_after(c, cand.index):
            cand.subset = cand.among = True  # "A 12-year-old girl was among the dead": one of those counted before
    return out


def _placed_people_parts(c: Clause, out: list[Candidate]) -> None:
    """"The attack wounded 17 people, including 3 in Kyiv and 14 in Dnipro", "поранено 17 людей, з них 3 у Києві",
    "поранено 5 людей: 3 у Чугуєві, 2 в Куп'янську": bare counts placed after "including", "of them" or a colon
    under a count of people are its parts by place (D8)."""
    whole: Candidate | None = None
    for cand in out:
        if whole is not None and cand.rule == "bare" and cand.weapon in (None, "people") and c.place_at(
                cand.index + 1) and any(c.role(k, "including") or c.role(k, "of_them") or c.low(k) == ":"
                                        for k in range(whole.index + 1, cand.index)):
            cand.weapon, cand.measure, cand.person, cand.part = "people", whole.measure, True, True
        elif cand.weapon == "people" and cand.measure and not cand.group:
            whole = cand
        elif cand.weapon is not None:
            whole = None


def _drop_hypotheticals(c: Clause, out: list[Candidate]) -> None:
    """Figures in a clause that a word of `hypotheticals` opens ("If Russia fires 100 missiles in one night, ...",
    "Якщо Росія випустить 100 ракет"): something that did not happen (but not a contrast with a figure of the same
    measure outside it: "Якщо минулої ночі запустили 150 дронів, то цієї – вже понад 300"); and figures after a
    word of exercises or tests in their clause ("At the drills, crews shot down 12 targets"). The clause runs from
    the word (a hypothetical's first in the sentence or after a mark) to a comma, semicolon or colon. One weapon
    launched or stopped in a sentence of money is a price, no figure."""
    hypothetical = {cand.index for cand in out if _opened_by(c, cand.index, "hypotheticals", True)}
    outside = {o.measure for o in out if o.index not in hypothetical}
    for cand in out:
        if cand.index in hypothetical:
            told = cand.index not in c.defaulted and _contrast_after(c, cand.index)  # a verb of its own, "..., то"
            cand.dropped = not told and cand.measure not in outside
    if any(t.kind == "MONEY" for t in c.toks):  # a price of one weapon, or of stopping one: "для перехвата одного
        # Шахеда нужно два-три перехватчика ... от $3 тыс." (not one that struck: "a drone hit a shop, $10,000 damage")
        for cand in out:
            cand.dropped = cand.dropped or (cand.value == 1 and cand.weapon not in (None, "people")
                                            and cand.measure != "hit")
    for cand in out:
        if cand.weapon != "people" and cand.measure != "hit" and _opened_by(c, cand.index, "drill_words", False):
            cand.dropped = True  # (past a comma too: "At the drills near Minsk, crews shot down 14 targets"; not
            # what struck people at an exercise: "где проходили учения спасателей, погибли 4 человека")


def _age_before(c: Clause, i: int) -> str:
    """The age told among the modifiers just before a people noun ("54-летний мужчина", "a 54-year-old man"), else
    "" (not a number of another noun: "у 12-поверховому будинку постраждала жінка")."""
    for k in range(i - 1, max(-1, i - 4), -1):
        if c.toks[k].kind == "HYPH" and c.low(k)[:1].isdigit():
            return c.low(k)
        if not c.role(k, "mod"):
            break
    return ""


def _contrast_after(c: Clause, i: int) -> bool:
    """Does a comma after token i lead to a word of `hypothesis_ends` ("..., то цієї ночі ...")?"""
    comma = next((k for k in range(i + 1, c.n) if c.low(k) == ","), None)
    return comma is not None and c.word(comma + 1, "hypothesis_ends")


def _opened_by(c: Clause, i: int, key: str, first: bool) -> bool:
    """Does a word of `key` stand before token i in its clause (first in the sentence or after a mark, and before
    any comma, if `first`; else before any semicolon or colon)?"""
    for k in range(i - 1, -1, -1):
        if (c.low(k) == "," and first) or c.low(k) in (";", ":") or c.role(k, "boundary"):
            return False
        if c.word(k, key) and (not first or k == 0 or c.toks[k - 1].kind == "P"):
            return True
    return False


def _among_after(c: Clause, i: int) -> bool:
    """Are the people counted at token i told, after their phrase, to be among those counted before (`subset_after`:
    "A ten-year-old boy was among the dead")? Looks past the phrase's words and hyphens, not past a comma."""
    for k in range(i + 1, min(c.n, i + 9)):
        if c.phrase_starting(k, "subset_after"):
            return True
        if c.toks[k].kind == "P" and c.low(k) not in ("-", "‑"):
            return False
    return False


def _ranges(c: Clause, cands: list[Candidate]) -> list[Candidate]:
    """"four or five civilians", "два или три человека", "троє-четверо поранених": a range of two numbers, one figure
    of at least the lower (the higher number's reading, with the lower value)."""
    out: list[Candidate] = []
    for cand in cands:
        k = cand.index - 2
        joined = cand.index >= 2 and (c.word(cand.index - 1, "or") or (
            c.low(cand.index - 1) in ("-", "–") and not c.text[c.toks[k].start].isdigit()))  # (words, not "3-4")
        low = c.toks[k] if joined else None
        if low is not None and low.kind == "NUM" and low.value is not None and \
                low.value < cand.value <= 2 * low.value + 1:
            cand.value, cand.qualifier = low.value, "at_least"
            out = [o for o in out if o.index != cand.index - 2]  # (the lower number read on its own)
        out.append(cand)
    return out


_LOSSES = (*OUTCOMES, "lost")  # a side's losses ("ВСУ потеряли ... БПЛА")


_CLAUSE_MARK = re.compile(r"[;:]|,(?!\d)")  # what ends a clause (not the comma of "16,000")


def _drop_loss_tallies(c: Clause, cands: list[Candidate]) -> None:
    """"Air defences have destroyed over 4,000 drones since the start of the operation", "Since the beginning of
    the war, our forces shot down 2,120 drones": a running tally of the enemy's losses, no figure (D9); so is a
    war-long count of the dead or injured ("С начала войны погибли 900 мирных жителей": ANNOTATION.md's
    cumulative totals). A count launched over that period is one ("Russia has launched 28,000 Shaheds since the
    start of the invasion")."""
    periods = c.lex.words["loss_tally_periods"]
    if not periods or not any(_tallied(c, cand) for cand in cands) or any(
            c.word(k, "record_words") for k in range(c.n)):
        return  # (a record or a first since the war began: one night's figure)
    line = _straight_line(c)
    found = _tally_periods(line, periods)
    if not found and c.word(0, "additive_words") and (prev := c.previous()) is not None and _tally_periods(
            _straight_line(prev), periods):
        found = [(0, "")]  # "З 24 лютого ... знищили 370 літаків. Також ... «приземлили» 331 гелікоптер": one tally
    for cand in cands:
        if not _tallied(c, cand):
            continue
        start, end = cand.start - c.sent.start, cand.end - c.sent.start
        for at, phrase in found:
            # after the count, within its clause; before it, opening the sentence or in the count's own clause
            after = at + len(phrase)
            # (opening the sentence: at most two words before it, "Всего с начала спецоперации уничтожено ...")
            if (at >= end and not _CLAUSE_MARK.search(line, end, at) and not (
                    cand.weapon == "people" and _attack_between(c, cand, at))) or (
                    after <= start and (
                    len(line[:at].strip(" \"'«“„(").split()) <= 2 or _leads(c, at)
                    or not _CLAUSE_MARK.search(line, after, start))):
                cand.dropped = True


def _leads(c: Clause, at: int) -> bool:
    """Does the period at offset `at` of the sentence stand before all its verbs ("За словами президента, за час
    війни льотчики здійснили 14 тис. вильотів, збили 3,5 тис. ракет": it governs every count)?"""
    return not any(c.cues(k, ("any", "pre", "post")) for k in range(c.n) if c.toks[k].start - c.sent.start < at)


def _tally_periods(line: str, periods: frozenset[str]) -> list[tuple[int, str]]:
    """Where a sentence's line names a period of a running tally (`loss_tally_periods`), and which."""
    return [(at, phrase) for phrase in periods if (at := line.find(phrase)) >= 0]


def _straight_line(c: Clause) -> str:
    """The sentence lower-cased, its apostrophes straight ("Russia’s" as the list's "Russia's")."""
    return c.text[c.sent.start:c.sent.end].lower().translate(_STRAIGHT)


def _tallied(c: Clause, cand: Candidate) -> bool:
    """May the figure be a count of a running tally: losses, people, or weapons told with no verb at all ("Russia's
    losses since the start of the invasion include 75,000 UAVs")?"""
    return cand.measure in _LOSSES or cand.weapon == "people" or cand.index in c.defaulted


def _drop_day_tolls(c: Clause, cands: list[Candidate]) -> None:
    """"За сутки в результате атак погибли двое", "за добу загинули двоє": a day's toll of the dead or
    injured (`day_tally_periods`), of every kind of fire not told apart, is no figure (D5, D21), as the labellers
    left out every such count of the development part; so is a month's or a year's toll in a sentence that names
    no weapon (`toll_periods`, a year after `year_periods`: "219 civilians were killed in July", "в 2024 году
    погибли 5 человек", D22). Weapons counted over a period stay figures."""
    if not any(cand.weapon == "people" for cand in cands):
        return
    if _day_tally(c) or (not any(c.weapon_at(k) or c.model_at(k) or c.role(k, "attack_word") for k in range(
            c.n)) and (prev := c.previous()) is not None and _day_tally(prev) and not any(
            prev.weapon_at(k) or prev.model_at(k) for k in range(prev.n))):
        # (or the sentence before told the day's fire, naming no weapon: "За добу ворог обстріляв 35 населених
        # пунктів. Загинули троє")
        for cand in cands:
            cand.dropped = cand.dropped or cand.weapon == "people"
        return
    if any(c.weapon_at(k) or c.model_at(k) for k in range(c.n)):
        return
    periods = _periods(c)
    carried = not periods and _carries_toll(c)
    for cand in cands:  # (carried: "Еще 76 человек получили ранения" after "С начала года погибли 14")
        if carried or (cand.weapon == "people" and any(_counts_over(c, cand.index, k) for k in periods)):
            cand.dropped = True


def _day_tally(c: Clause) -> bool:
    line = " ".join(c.text[c.sent.start:c.sent.end].lower().split())
    return any(phrase in line for phrase in c.lex.words["day_tally_periods"])


def _periods(c: Clause) -> list[int]:
    return [k for k in range(c.n) if c.phrase_starting(k, "toll_periods") or _year_period(c, k + 1)]


def _carries_toll(c: Clause, depth: int = 2) -> bool:
    """Does a sentence (or clause) of no period, weapon or attack of its own go on with the toll over a period
    just before it, one that names no weapon (its people left out, D22): "С начала года погибли 14. Еще 76
    человек, из которых пятеро – дети, получили ранения"?"""
    prev = c.previous()  # (the sentence itself names no period: the caller asks that first)
    if prev is None or any(c.role(k, "attack_word") or c.weapon_at(k) or c.model_at(k) for k in range(c.n)):
        return False
    if _periods(prev):
        return not any(prev.weapon_at(k) or prev.model_at(k) for k in range(prev.n)) and any(
            m in PEOPLE_MEASURES for k in range(prev.n) for m in prev.cues(k, ("any", "pre", "post")))
    return depth > 1 and _carries_toll(prev, depth - 1)  # (prev names no period: just asked)


_PERIOD_BREAKS = re.compile(r"[;:]")  # what keeps a period before a count from it ("Построенный в 2005 году дом
# разрушен; погибли трое": the year dates the house)


def _counts_over(c: Clause, i: int, k: int) -> bool:
    """Does the period starting at token k count the people figure at token i: before it with no relative word,
    semicolon or colon between ("In July, 219 civilians were killed"), or after it in its clause, no comma
    between ("219 civilians were killed in July"; not "... injured in the house, which was hit in March",
    "ранены жители дома, построенного в 2005 году")?"""
    first, last = min(i, k), max(i, k)
    if any(c.word(m, "relatives") for m in range(first, last)):
        return False
    between = c.text[c.toks[first].end:c.toks[last].start]
    return not (_PERIOD_BREAKS.search(between) if k < i else _CLAUSE_MARK.search(between))


def _year_period(c: Clause, k: int) -> bool:
    """Is token k a year after a word that makes it a period ("in 2024", "в 2024 году", "с начала 2026 г."; not
    "born in 2009")?"""
    t = c.tok(k)
    return t is not None and t.value is not None and 1990 <= t.value <= 2100 and len(t.low) == 4 and c.word(
        k - 1, "year_periods") and not c.word(k - 2, "birth_words")


def _attack_between(c: Clause, cand: Candidate, at: int) -> bool:
    """Does an attack word stand between a count of people and a period after it ("killed 20 in the deadliest
    attack since the start of the war": the period dates the attack, not a tally)?"""
    return any(c.toks[k].has("attack_word") for k in range(cand.index + 1, c.n)
               if c.toks[k].start - c.sent.start < at)


def _parts_of_them(cands: list[Candidate]) -> None:
    """A part "of them" that states no measure of its own ("збито чотири літаки (два з них Су-25)", "12 drones
    were shot down, six of them Shaheds") has the measure of the figure it is part of: the last one before it
    in the sentence, of its weapon or a wider class."""
    for k, cand in enumerate(cands):
        if cand.rule != "of-them" or cand.measure is not None or cand.weapon in (None, "people"):
            continue
        wholes = [w for w in cands[:k] if w.rule != "of-them" and w.weapon is not None and w.measure is not None
                  and (w.weapon == cand.weapon or is_part_of(cand.weapon, w.weapon))]
        if wholes:
            cand.measure = wholes[-1].measure


def _opens_with_of_them(c: Clause, i: int) -> bool:
    """Does the sentence open with "among them" before the count at i ("Among them are three children.",
    "Серед них – троє дітей"): a group of the people counted in the sentence before?"""
    k = 0
    while k < i and c.toks[k].kind == "P":
        k += 1
    if not (c.role(k, "of_them") or c.role(k, "including")):
        return False
    return all(c.toks[m].kind == "P" or c.role(m, "aux") or c.qualifier_at(m) for m in range(k + 1, i))


def _colon_list(c: Clause, cands: list[Candidate]) -> None:
    """"были уничтожены: две ОТР над ...; три БПЛА над ...": the items after a colon that ends a measure take
    it when they state none of their own (the semicolons between them end no clause here); so do the items
    after a total that the colon ends ("сбито 120 средств воздушного нападения: 115 БпЛА; пять ракеты")."""
    colon = next((k for k, t in enumerate(c.toks) if t.low == ":"), None)
    if colon is None:
        return
    header = next((m for k in range(colon - 1, max(-1, colon - 4), -1)
                   for m in c.cues(k, ("any", "pre", "post")) if m != "launched"), None)
    total = [cand for cand in cands if cand.index < colon and cand.weapon not in (None, "people", "aircraft")]
    if header is None and total and total[-1].measure not in (None, "launched") and not any(
            c.is_num(k) for k in range(total[-1].index + 1, colon)):
        header = total[-1].measure
    if header is None:
        return
    for cand in cands:
        if cand.index > colon and cand.index in c.defaulted and cand.weapon not in ("people", "aircraft"):
            cand.measure = header


WORD_TRIGGERS = frozenset({"all_but", "all", "both", "article", "not_before", "definite_article", "the_other",
                           "of_them"})


def _read_word(c: Clause, i: int) -> Match | None:
    """The first word rule that fires at token i (read_clause calls it only at a noun, at a word that may
    stand for a number, or on a list's item line)."""
    for r in WORD_RULES:
        if r.trigger(c, i):
            return r.read(c, i)
    return None


def _read_number(c: Clause, i: int) -> Match:
    """The number rules in turn; a number in a forecast, stock or production rate is no figure, nor are the
    numbers that continue one ("making around 2,700 drones a month, plus roughly 2,500 decoys")."""
    match = next((m for r in NUMBER_RULES if (m := r.read(c, i)) is not None), Match([], i + 1))
    if not match.cands and _skipped_context(c, i):
        c.skipped_until = max(c.skipped_until, match.end)
    if match.cands and _follows_skipped(c, i):
        c.skipped_until = max(c.skipped_until, match.end)
        return Match([], match.end)
    return match


def _people_bracket(c: Clause, prev: Candidate, cand: Candidate, k: int) -> bool:
    """A bracket opened after a count of people, over people named by a noun of their own: "21 were killed
    (11 men and 10 women)" lists parts of the 21, as "including" does."""
    if c.low(k) != "(" or prev.weapon != "people" or cand.weapon != "people" or k - prev.index > 8 or any(
            c.low(m) == ")" for m in range(k + 1, cand.index)) or any(c.is_num(m) for m in range(prev.index + 1, k)):
        return False  # (opened in the count's own clause, still open at this one)
    np = noun_phrase(c, cand.index + 1, max_mods=2)
    return np is not None and np.weapon == "people"


def _skipped_context(c: Clause, i: int) -> bool:
    pre = pre_cue(c, i, WEAPON_MEASURES, near=4)
    return pre is not None and pre[0] == "skip"


def _follows_skipped(c: Clause, i: int) -> bool:
    if c.skipped_until <= 0:
        return False  # nothing skipped in the sentence so far
    k = i - 1
    if c.qualifier_at(k):
        k -= 1
    while k >= 0 and (c.low(k) == "," or c.word(k, "additive") or c.word(k, "and") or c.skips(k, "post")
                      or c.phrase_ending(k, "coordinators")):
        k -= max(1, c.phrase_ending(k, "coordinators"))
    return c.skipped_until > 0 and k < c.skipped_until and k >= c.skipped_until - 8 and any(
        c.skips(m, "post") or c.skips(m, "pre") for m in range(max(0, k - 6), i))


def mark_parts(c: Clause, cands: list[Candidate]) -> None:
    """Figures listed after "including"/"namely" are parts of the figure before; they take its measure
    when they state none. People so listed ("including three children") are no figures."""
    whole: Candidate | None = None
    measured_whole = False  # the list's whole is the measured part of a partitive ("483 of the 524")
    for prev, cand in itertools.pairwise(cands):
        between = range(prev.index + 1, cand.index)
        including = [k for k in between if c.role(k, "including") or _people_bracket(c, prev, cand, k)]
        cue_between = any(c.cues(k, ("any", "pre", "post")) for k in between)
        broken = any(c.toks[k].has("boundary") or c.toks[k].low == ";" for k in between)
        if including and not broken:
            whole = prev if not prev.part else whole
            measured = [p for p in cands if p.same_as is prev and p.measure not in (None, "launched")]
            measured_whole = bool(measured)
            if measured:  # "neutralized 483 of the 524 threats, including 442 drones": parts of the 483
                whole = measured[-1]
                if cand.measure == "launched" and not any(c.cues(k, ("any", "pre", "post"))
                                                          for k in range(including[-1] + 1, cand.index)):
                    cand.measure = whole.measure
            cand.part = True
            if cand.weapon == "people" and prev.weapon == "people" and cand.index - including[-1] <= 3:
                # "12 injured, including three children" or "including an infant": a group of the 12; other people
                # so listed ("including his mother") are no figure, unless they tell a measure of their own
                # ("74 постраждали, з них 19 загинули": killed 19)
                own = cand.measure is not None and cand.measure != prev.measure
                cand.dropped = not cand.group and not own
                if own:
                    cand.part = False
                cand.measure = prev.measure if cand.group else cand.measure
        elif prev.part and whole is not None and not cue_between and (
                cand.measure == prev.measure or cand.index in c.defaulted or (
                    measured_whole and cand.measure == "launched")):
            cand.part = True
            if measured_whole and cand.measure == "launched":
                cand.measure = whole.measure
            # (a group stays: "including eight women and three children": the children are a group of the count)
            cand.dropped = cand.dropped or (prev.dropped and cand.weapon == "people" and not cand.group)
        else:
            whole = None
            continue
        if whole is not None and cand.index in c.defaulted and whole.measure and cand.weapon != "people":
            cand.measure = whole.measure  # "destroyed 96 UAVs, namely: 61 Shahed drones; 33 Orlan-10"


def _own_verb_after(c: Clause, including: int, i: int) -> bool:
    """Does a people measure stand between "including" and the count at i ("killed 12 people, including two
    children, and injured 40 others"; "debris fell in several districts, including on its zoo, injuring three
    people"): the count is no part of the list?"""
    if any(m in PEOPLE_MEASURES for k in range(including + 1, i) for m in c.cues(k, ("any", "pre"))):
        return True
    # "7 were killed, including 2 children, and 38 were injured": a comma and "and" open a clause of its own verb
    after = post_cue(c, i + 1, allow_chain=False, people=True)
    return after is not None and after[0] in PEOPLE_MEASURES and any(
        c.low(k) == "," and c.word(k + 1, "and") for k in range(including + 1, i))
