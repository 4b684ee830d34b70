"""Lists: "ЗБИТО/ПОДАВЛЕНО – 451, у тому числі:" over its items, break-down lines under a total."""

from __future__ import annotations

import re

from ..contract import is_part_of
from ..text import Sentence, starts_line
from .clause import Clause
from .records import Candidate

BULLETS = ("-", "–", "—", "•", "*", "·", "▪", "▫", "◦", "►", "+")
LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪▫◦►]\ufe0f?\s*)?\d[\d\s]*\s*[-–—:]")  # ("▫️ 8 – над ...": a bullet emoji)
NAMED_ITEM = re.compile(r"[^\d\n]{2,60}?\s[-–—:]\s*\d[\d\s]*[,.;]?\s*$")  # a line "Сумщина – 12"


def carry_measure(c: Clause, cands: list[Candidate], previous: list[Candidate]) -> None:
    """Regional parts told over several sentences take the measure of the break-down before them: "30 were
    shot down over Bryansk. 26 over Tula, 7 over the Black Sea." (no cue of their own: launched no more), or
    of the total just before them: "ППО знищило 8 дронів. 6 безпілотників у Миколаївській області; ..."."""
    stated = [p for p in previous
              if p.measure not in (None, "launched") and p.weapon != "people" and p.rule != "mention"]
    told = [p for p in stated if p.region or p.part]  # a break-down by region goes on
    parts = [cand for cand in cands if cand.index in c.defaulted and cand.weapon not in (None, "people")]
    if parts and any(c.role(k, "including") for k in range(min(2, c.n))):  # "Those included nine ballistic and 13
        whole = [p for p in stated if p.value == sum(cand.value for cand in parts)]  # cruise missiles": parts of
        for cand in parts if whole and whole[-1].rule != "all" else []:  # the count before they make up (22 downed
            # of 35 launched; "all 12 were downed" lists its parts both launched and downed)
            cand.measure, cand.part = whole[-1].measure, True
    for cand in cands:
        unstated = (cand.index in c.defaulted and cand.measure == "launched") or (
            cand.breakdown and cand.measure is None)
        if not unstated:
            continue
        if placed(c, cand.index) or _placed_before(c, cand.index):
            total = [p for p in stated if not p.region and cand.weapon in (None, p.weapon) and p.value >= cand.value]
            source = told[-1] if told else total[-1] if total else None
        elif c.role(cand.index - 1, "more"):  # "Еще пять БПЛА" (a post cut off before its verb): more of the same
            same = [p for p in stated if p.weapon == cand.weapon]
            source = same[-1] if same else None
        elif cand.weapon is None and cand.breakdown and (dash := dash_before(c, cand.index)) is not None and \
                gapped_period(c, dash - 1) and not any(c.low(m) in (",", ";") for m in range(dash)):
            # "...понад 40 тисяч шахедів. Лише за останню ніч — 140.": the count before, of another period
            before = [p for p in previous if p.measure is not None and p.rule != "mention"]
            if before:
                cand.measure, cand.weapon, cand.models = before[-1].measure, before[-1].weapon, list(before[-1].models)
                cand.hint = cand.hint or (before[-1].attacker if cand.weapon != "people" else None)
            continue
        else:
            continue
        if source is not None:
            cand.measure = source.measure
            cand.hint = cand.hint or source.attacker  # the break-down's side, also over a sea
            cand.part = True


def placed(c: Clause, i: int) -> bool:
    """Is a place named within a few words after the number at i ("26 – над Тульською областю")?"""
    for k in range(i + 1, min(c.n, i + 7)):
        if c.is_num(k) or c.low(k) in (",", ";", "."):
            return False
        if c.place_at(k):
            return True
    return False


def dash_before(c: Clause, i: int) -> int | None:
    """The dash just before the number at i, past "ещё", "по" and "также" ("над Калужской — 42", "а над Брянской
    – ещё 3", "над Орловской и Тверской областями — также по два")."""
    dash = i - 1
    while dash > 0 and i - dash <= 3 and (c.role(dash, "more") or c.word(dash, "distributive_before")
                                          or c.word(dash, "additive_words")):
        dash -= 1
    if c.word(dash, "and") and c.is_num(dash - 1) and i - dash == 1:
        return dash_before(c, dash - 1)  # "— 31 и 33": the second of the numbers after one dash
    return dash if c.low(dash) in ("—", "–", "-") else None


def _placed_before(c: Clause, i: int) -> bool:
    """Is a region named just before a dash before the number at i ("Из них над Белгородской — 32")?"""
    dash = dash_before(c, i)
    return dash is not None and any(c.region_at(k) for k in range(max(0, dash - 3), dash))


NAME_WORDS = 4  # the name of a place on a list's line is no longer than this


def named_item(c: Clause, i: int) -> bool:
    """Is the number at i the count of a list line that names a place the vocabulary may not know, by a place
    noun, the number at the line's end after the name ("· Мещовский район 3", "· город Обнинск – 1", "• Kursk
    region: 28"; not "· Выбитых окон 12")?"""
    line = c.text[c.sent.start:c.sent.end].lstrip()
    if not line.startswith(BULLETS) or i != c.n - 1 - (c.n > 1 and c.low(c.n - 1) in (".", ";", ",")):
        return False
    end = i - (c.low(i - 1) in ("—", "–", "-", ":"))
    words = [k for k in range(end) if c.toks[k].kind != "P"]
    return 0 < len(words) <= NAME_WORDS and words == list(range(words[0], end)) and all(
        c.toks[k].kind in ("W", "V") and ((sense := c.toks[k].sense) is None or not (sense.cues or sense.model or (
            sense.head not in (None, "people")))) for k in words) and any(
        c.text[c.toks[k].start].isupper() for k in words) and any(c.word(k, "place_nouns") or c.region_at(k)
                                                                   for k in words)  # a place: "район", "город"


def gapped_time(c: Clause, i: int, j: int) -> bool:
    """Does a count after "and" (or a comma) stand before a span of time with no verb of its own ("94 drones were
    destroyed overnight and 45 more between 08:00 and 13:50", "21 before midnight and 17 after midnight"): one more
    figure of the measure before?"""
    k = i - 1 - c.role(i - 1, "adv")
    t, after = c.tok(j), c.tok(j + 1)
    return (c.word(k, "and") or c.low(k) == ",") and t is not None and (t.kind == "TIME" or (
        t.low in c.lex.clock_span and after is not None and (after.kind == "TIME" or c.word(j + 1, "day_parts"))))


def gapped_more(c: Clause, i: int, j: int) -> bool:
    """Does a count after "and" (or a comma) end in "more" with no noun nor verb of its own ("94 drones were
    destroyed overnight and 45 more by noon", "shot down 20 drones, and 5 more later"): one more figure of the
    measure before, the verb and noun left out?"""
    k = i - 1 - c.role(i - 1, "adv")
    return (c.word(k, "and") or c.low(k) == "," or c.word(i - 1, "speech_verbs")) and j > i + 1 and c.role(
        j - 1, "more") and not c.cues(j, ("any", "post"))  # (or told by another: "..., the region reported six more")


def gapped_period(c: Clause, k: int) -> bool:
    """Does a gapped clause's time end at token k: a joiner (or a comma) and up to three words of a time phrase
    (`[time]`, or adverbs of time) before a dash ("запустив 600 дронів, а цієї ночі – 95", "сбито 40 беспилотников,
    а сегодня — 25"), the verb and noun left out as told before?"""
    spans = [m.span() for m in c.lex.time_re.finditer(c.text, c.sent.start, c.sent.end)]

    def timed(m: int) -> bool:  # a clock time, or a token inside a [time] phrase
        return c.toks[m].kind == "TIME" or any(a <= c.toks[m].start and c.toks[m].end <= b for a, b in spans)

    m = k
    while m >= 0 and k - m < 6 and (c.role(m, "adv") or timed(m)):
        m -= 1
    if m == -1 and k >= 0:  # the sentence opens with the time: "...40 тисяч шахедів. Лише за останню ніч — 140."
        return any(timed(t) for t in range(k + 1))
    return 0 <= m < k and k - m <= 3 and (c.low(m) == "," or c.word(m, "gap_joiners"))


def placed_after_dash(c: Clause, i: int, j: int) -> bool:
    """Is the number at i an item placed after a dash, by a place preposition at j and a name ("та ще 2 – у
    Дніпрі": a town is no region of the vocabulary), or by any place after a comma when a count of weapons
    stands before it in the sentence, the item's verb and noun left out ("2 КАБ влучили у прибережній зоні, 2 —
    у північній частині"; not "влучили у 3 будинки, 2 — у центрі": buildings are no weapons)?"""
    if c.low(j - 1) not in ("—", "–", "-") or not c.word(j, "place_prepositions") or j + 1 >= c.n:
        return False
    return c.text[c.toks[j + 1].start].isupper() or (c.low(i - 1) in (",", ":") and any(
        c.is_num(k) and any(c.weapon_at(m) for m in range(k + 1, min(i, k + 4))) for k in range(i - 1)))


def opens_list(c_text: str) -> bool:
    return c_text.rstrip().endswith(":")


def continue_list(c: Clause, cands: list[Candidate], whole: Candidate | None) -> Candidate | None:
    """Items of a list after "...destroyed 96 UAVs, namely:" take the measure of the figure it opened with;
    returns the figure the next line's items belong to (None: no list goes on)."""
    line = c.text[c.sent.start:c.sent.end]
    item = line.lstrip().startswith(BULLETS) or (c.n > 0 and c.toks[0].kind == "NUM") or any(
        cand.breakdown for cand in cands)
    if whole is not None and item:
        # a count of people opens no list of weapons, nor weapons one of people ("... постраждали двоє.",
        # "застосовано:", "два КАБ;")
        cands = [cand for cand in cands if (cand.weapon in (None, "people") if whole.weapon == "people" else
                                            cand.weapon != "people")]
        for cand in cands:
            if cand.breakdown:
                cand.measure = whole.measure
                cand.part = True
                cand.part_of = whole
        for cand in cands:
            if cand.index in c.defaulted and cand.weapon not in (None, "people", "aircraft"):
                cand.measure = whole.measure
                cand.part = True
        return whole
    if opens_list(line) and cands:
        wholes = [cand for cand in cands if not cand.part and cand.weapon is not None]  # ("Поранено 140 осіб:")
        return wholes[-1] if wholes else None
    return None


def side_of_parts(figures: list[Candidate]) -> None:
    """A total told with no side takes the one side its list's parts name ("downed 40 drones ... • Kursk region:
    28": Ukrainian drones, as its parts over Russia are)."""
    for whole in {id(c.part_of): c.part_of for c in figures if c.part_of is not None}.values():
        sides = {c.attacker for c in figures if c.part_of is whole and not c.side_by_story}
        if whole.side_by_story and len(sides) == 1:
            whole.attacker = sides.pop()


HEADER_LENGTH = 60  # a list's header is a short line
COLON_HEADER_LENGTH = 160  # or a sentence ending in a colon ("According to the Air Force, air defence shot down:")


def header_line(text: str, sent: Sentence) -> bool:
    """May the sentence be a list's header: a short line standing alone, or a line ending in a colon?"""
    line = text[sent.start:sent.end].strip()
    return (len(line) <= HEADER_LENGTH and sent.title) or (len(line) <= COLON_HEADER_LENGTH and line.endswith(":"))


def header_measure(c: Clause) -> str | None:
    """The measure a list's header gives the items below it: a line of a measure cue and no number, ending in
    a colon or short and standing alone ("ЗНИЩЕНО:", "Збито/подавлено:", "Shot down:", "Уничтожены"); the cue
    nearest its end ("Mobile fire groups destroyed:": destroyed, not fire)."""
    if not header_line(c.text, c.sent):
        return None
    if any(t.kind == "NUM" for t in c.toks):
        return None
    return next((m for i in range(c.n - 1, -1, -1) for m in c.cues(i, ("any", "pre", "post"))), None)


_ITEM_START = re.compile(r"\s*(?:[" + re.escape("".join(BULLETS)) + r"]|\d)")


def starts_item(text: str, sent_start: int, sent_end: int) -> bool:
    """Does the line start like an item of a list: a bullet or a number?"""
    return _ITEM_START.match(text, sent_start, sent_end) is not None


def unbulleted_item(text: str, sent: Sentence) -> bool:
    """Is the sentence a short line of its own ending in a semicolon (or a full stop, the last), an item of a
    list with no bullets?"""
    line = text[sent.start:sent.end].strip()
    opens = starts_line(text, sent.start)
    return opens and line.endswith((";", ".")) and len(line) <= HEADER_LENGTH


TALLY_LINES = 3  # items of ground equipment that make a list a running tally of losses


def tally_items(text: str, sentences: list[Sentence], items: list[int], tally_re: re.Pattern[str]) -> list[int]:
    """The item lines of lists that are running tallies of losses: a list whose items count ground equipment,
    three or more of them ("- 1092 танки, - 2651 ББМ, - 499 артилерійських систем, ... - 312 БПЛА"), as one
    sentence of them is (D9); one item of tanks or boats in a night's list makes none. `items`: the sentences
    that start like an item, in order."""
    runs: list[list[int]] = []
    for index in items:  # runs of consecutive item lines
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return [k for run in runs if sum(bool(tally_re.search(text, sentences[m].start, sentences[m].end)) for m in run)
            >= TALLY_LINES for k in run]


def models_only(c: Clause) -> list[str]:
    """The models of a line that names nothing but models ("Х-101/Х-555, «Калібр»" under "- 18 крилатих
    ракет"); empty when the line holds anything else."""
    names: list[str] = []
    for i, t in enumerate(c.toks):
        if t.sense is not None and t.sense.model is not None:
            names.append(c.lex.models[t.sense.model].name)
        elif not (t.kind == "P" or c.word(i, "and") or c.word(i, "type_markers")):
            return []
    return list(dict.fromkeys(names))


def governs(c: Clause, verb: int, i: int) -> bool:
    """Is the figure at token i in the list right after the verb at `verb`: no comma, colon or "of which" between
    ("launched 20 missiles and 50 drones, of which 18 missiles and 45 drones were destroyed": the 18 are not)?"""
    return not c.role(i - 1, "of") and not any(  # (nor the whole after "out of": "shot down 186 out of 194 ...")
        c.low(m) in (",", ";", ":") or c.role(m, "of_them") or c.role(m, "including") for m in range(verb + 1, i))


def list_since(c: Clause, k: int, number: int) -> bool:
    """Does a list of counted weapons start right after token k and run to the number at `number`: numbers and
    their qualifiers, weapons' nouns, models and modifiers, commas, "and", "including" ("produces 2,700 Shahed
    drones, 2,500 Gerbera decoys and 40 ..."; not "missiles supplied by Britain and France, two ...")?"""
    if number - k > 30:
        return False
    # a list of counted things, weapons or not, after the verb's other words, of weapons at the number
    # ("передадуть Україні пакет ..., зокрема 6 систем ППО, 100 ракет": supplies; not "missiles supplied by ...")
    noun = number
    while noun < c.n and (c.is_num(noun) or c.qualifier_at(noun) or c.role(noun, "mod")):
        noun += 1
    loose = c.weapon_at(noun) and not c.weapon_at(k - 1) and any(c.is_num(m) for m in range(k + 1, number))
    if not (loose or c.is_num(k + 1) or c.qualifier_at(k + 1)):
        return False
    for m in range(k + 1, number):
        t = c.toks[m]
        if t.kind == "NUM" or c.qualifier_at(m) or c.word(m, "and") or t.low in (",", "(", ")", "«", "»", '"'):
            continue
        s = t.sense
        if loose and t.kind == "W" and s is None:
            continue
        if s is None or s.cues or t.has("boundary") or t.has("attack_word") or not (
                s.head is not None or s.model is not None or t.has("mod") or t.has("compound") or t.has(
                    "including") or t.has("article") or t.has("more") or (loose and not s.roles - {"bare"})):
            return False
    return True


def class_of_bracketed_parts(c: Clause, cands: list[Candidate]) -> None:
    """"28 ракет (2 «Кинжала» и 26 «Искандер-М»)": a count of missiles (or of aerial weapons) whose parts in brackets
    right after its noun are all of one narrower class and sum to it is of that class (its models stay unnamed, D10)."""
    for k, whole in enumerate(cands):
        if whole.weapon not in ("missile", "aerial_weapon") or whole.value < 2:
            continue
        opening = next((m for m in range(whole.index + 1, min(c.n, whole.index + 12)) if c.low(m) == "("), None)
        closing = next((m for m in range(opening + 1, c.n) if c.low(m) == ")"), None) if opening is not None else None
        if opening is None or closing is None or any(c.is_num(m) for m in range(whole.index + 1, opening)):
            continue
        parts = [p for p in cands[k + 1:] if opening < p.index < closing]
        classes = {p.weapon for p in parts}
        narrower = classes.pop() if len(classes) == 1 else None
        if len(parts) >= 2 and narrower and narrower != whole.weapon and is_part_of(narrower, whole.weapon) and sum(
                p.value for p in parts) == whole.value:
            whole.weapon = narrower
