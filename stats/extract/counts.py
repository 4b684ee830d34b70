"""A number a count word leads to: "the number of drones shot down stood at 40", "кількість загиблих зросла
до 12": what is counted and its measure are named before the number; and a part of the figure before by its
model ("of which 300 were Shaheds", "в том числе семь – «Ольха»")."""

from __future__ import annotations

from .clause import Clause
from .cues import PEOPLE_MEASURES, WEAPON_MEASURES, post_cue, pre_cue
from .lists import placed
from .phrases import QUOTES, noun_phrase
from .records import Candidate, Phrase
from .registry import Match, make, qualifier


def count_before(c: Clause, i: int) -> tuple[str, list[str], str] | None:
    """"the number of drones shot down stood at 40", "кількість збитих дронів становить 40" (or a dash for the
    verb), "кількість загиблих ... зросла до 40": the weapon (or people), models and measure named after a count
    word, before the rise word that leads to the number."""
    pronoun = _pronoun_before(c, i)
    if pronoun is not None:
        return _told_count(c, pronoun)
    back = i - 1
    rise = c.phrase_ending(back, "rise_words")
    if not rise and c.qualifier_at(back):
        back -= 1  # "rose to more than 40"
        rise = c.phrase_ending(back, "rise_words")
    worded = rise > 0  # a word of rise, not a dash
    if not rise and c.low(back) in ("—", "–", ":"):
        rise = 1  # "кількість збитих за ніч шахедів — 40": a dash between the count's words and its number
    if not rise:
        return None
    back -= rise - 1  # the rise phrase's first token
    for k in range(back - 1, max(-1, back - 25), -1):
        if c.role(k, "boundary") or c.low(k) in (";", ":", ","):
            return None
        # the dead or injured opening the sentence, then their count: "Загиблих ... уже 23"
        opener = worded and k == 0 and any(m in PEOPLE_MEASURES for m in c.cues(k, ("any", "pre")))
        if c.word(k, "count_words") or opener:
            found = _counted(c, k + (not opener), back)
            if found is not None and found[2] is None and rise == 1 and c.low(back) in ("—", "–", ":") and (
                    verb := pre_cue(c, k, WEAPON_MEASURES, near=3)) is not None and verb[0] != "skip" and not any(
                    c.low(m) == "," or c.is_num(m) for m in range(verb[1] + 1, k)):
                # "fired a record number of drones: more than 700": the verb before the count word is the measure
                return (found[0], found[1], verb[0])
            if found is not None and found[2] is None:
                skip = pre_cue(c, k, WEAPON_MEASURES, near=4)
                # "кількість дронів — щонайменше 61": the weapons used; not a forecast ("может довести число ...")
                # nor a stock ("количество ракет на складах — около 1500")
                stock = (skip is not None and skip[0] == "skip") or any(c.skips(m, "pre") for m in range(k, i))
                return None if stock else (found[0], found[1], "launched")
            return None if found is None or found[2] is None else (found[0], found[1], found[2])
    return None


def _counted(c: Clause, m: int, back: int) -> tuple[str, list[str], str | None] | None:
    """What a count word names, read from token m up to the rise word at `back`: people by their measure
    ("загиблих"), or a weapon with a participle before it ("сбитых за ночь БПЛА") or a measure after it
    ("drones shot down", "people killed")."""
    while m < back and (c.role(m, "of") or c.word(m, "determiners")):
        m += 1
    people = [found for found in c.cues(m, ("any", "pre")) if found in PEOPLE_MEASURES]
    if people:
        return ("people", [], people[0])  # "the number of dead", "кількість загиблих"
    attr = [found for found in c.cues(m, ("attr",)) if found in WEAPON_MEASURES]
    if attr:  # "сбитых (над Курской областью) БПЛА": the noun a few words on
        m = next((k for k in range(m + 1, min(back, m + 7)) if c.weapon_at(k)), back)
    np = noun_phrase(c, m, max_mods=3)
    if np is None or np.weapon is None or np.excluded or np.end > back:
        return None
    found = attr[0] if attr else np.measure if np.weapon != "people" else None
    if found is None:  # "the number of drones shot down", "the number of people killed"
        post = post_cue(c, np.end, allow_chain=False, people=np.weapon == "people")
        found = post[0] if post is not None and post[1] < back else None
    if found is None and np.weapon != "people":
        return (np.weapon, list(np.models), None)  # no measure of its own (count_before may find the verb's)
    allowed = PEOPLE_MEASURES if np.weapon == "people" else WEAPON_MEASURES
    return (np.weapon, list(np.models), found) if found in allowed else None


def _pronoun_before(c: Clause, i: int) -> int | None:
    """The pronoun of a count right before the number at i, past adverbs ("на зараз їх 14", "их уже 30")."""
    k = i - 1
    while k >= 0 and (c.role(k, "adv") or c.low(k) in ("—", "–")):
        k -= 1
    return k if k >= 0 and c.word(k, "count_pronouns") else None


def _told_count(c: Clause, pronoun: int) -> tuple[str, list[str], str] | None:
    """"Кількість постраждалих зросла – на зараз їх 14", "Число пострадавших растет. На данный момент их 30":
    the pronoun stands for what the nearest count word before it names, in its sentence or the one before."""
    for clause, end in ((c, pronoun), (c.previous(), None)):
        if clause is None:
            continue
        end = clause.n if end is None else end
        for m in range(end - 1, -1, -1):
            if clause.word(m, "count_words"):
                found = _counted(clause, m + 1, end)
                return (found[0], found[1], found[2]) if found is not None and found[2] is not None else None
    return None


def whole_before_part(c: Clause, i: int) -> Candidate | None:
    """"сумели перехватить из 12 семь «Кинжалов»", "збили з 22 дев'ятнадцять дронів": a whole after "of", then
    the part's number and the noun of both: the whole, launched (the part is read on its own), else None."""
    if not (c.role(i - 1, "of") and not c.role(i - 1, "of_them") and c.is_num(i + 1)):
        return None
    np = noun_phrase(c, i + 2)
    if np is None or np.weapon in (None, "people") or np.excluded:
        return None
    cand = make(c, i, np.weapon, list(np.models), qualifier(c, i)[0], "partitive", np.hint)
    cand.measure = "launched"
    return cand


def part_by_model(c: Clause, i: int, q: str) -> Match | None:
    """"(of which about 300 were Shaheds)": a part of the figure before, by model; "в том числе семь – «Ольха»
    ..., а также 26 – HIMARS": parts by a dash, with the whole's measure."""
    j = i + 1
    back = i - (2 if q != "exact" else 1)
    dash = c.low(j) in ("-", "–", "—")
    if not ((c.role(j, "aux") or dash) and (c.role(back, "of_them") or c.role(back, "including") or (
            dash and any(c.role(k, "including") for k in range(back))))):
        return None
    k = j + 1 + (c.low(j + 1) in QUOTES)
    np = noun_phrase(c, k, max_mods=2)
    if np is not None and np.weapon not in (None, "people", "aerial_weapon") and (
            dash or c.tok(np.end) is None or c.toks[np.end].kind == "P" or c.word(np.end, "and")) and (
            np.models or not dash):
        cand = make(c, i, np.weapon, np.models, q, "of-them", np.hint)
        cand.measure = "launched"
        if dash:
            c.defaulted.add(i)  # the whole's measure (mark_parts)
        cand.part = True
        return Match([cand], np.end)
    return None


def among_count(c: Clause, i: int) -> str | None:
    """The measure of the count the people at token i (or their noun) are told to be among, after them ("four
    children were among the 31 wounded"): they are a group of it."""
    for k in range(i + 1, min(c.n, i + 5)):
        if (n := c.phrase_starting(k, "among_counted")) and c.is_num(k + n):
            return next((m for j in range(k + n + 1, min(c.n, k + n + 4)) for m in c.cues(j, ("any", "post"))
                         if m in PEOPLE_MEASURES), None)
        if c.toks[k].kind == "P":
            return None
    return None


def people_gapped(c: Clause, i: int, dash: int | None = None) -> tuple[str, int] | None:
    """"19 people were injured in Kharkiv and four in Sumy", "загинули 3 людини: 2 — у Києві, 1 — на Київщині",
    "у Дніпрі поранено 6 людей, у Павлограді — 3": a count after a joiner (or after a place and a dash after one),
    with a place and no verb of its own, whose nearest cue before is a people measure told of a count of people (the
    list's first), counts people of that measure."""
    k = i - 1 - (c.role(i - 1, "more") or c.role(i - 1, "adv"))  # (past "ещё": "и ещё трое в Шебекино")
    if dash is not None:  # the joiner before the place before the dash
        k = next((m for m in range(dash - 1, max(-1, dash - 6), -1) if c.word(m, "and") or c.low(m) in (",", ":")), -1)
    found = pre_cue(c, k + 1, WEAPON_MEASURES | PEOPLE_MEASURES) if k >= 0 and (
        c.word(k, "and") or c.low(k) in (",", ":")) else None
    if found is None or found[0] not in PEOPLE_MEASURES:
        return None
    counts = [m for m in range(max(0, found[1] - 6), k) if c.is_num(m)]
    first = counts[-1] if counts else None  # the count just before the joiner, or the list's first after its cue
    listed = first is not None and (dash is not None or c.low(k) == ":" or c.low(i + 1) in ("—", "–", "-") or (
        c.place_at(first + 1)))  # items of a list: "3 людини: 2 — у Києві, 1 — на Київщині"
    if listed and first is not None and noun_phrase(c, first + 1) is None:
        first = next((m for m in counts if m > found[1]), first)
    np = noun_phrase(c, first + 1) if first is not None else None
    bare = first is not None and np is None and 0 < first - found[1] <= 2 + bool(c.qualifier_at(first - 1))
    return found if bare or (np is not None and np.weapon == "people") else None  # (bare: "killed 42 in A and 5 in B")


def placed_part(c: Clause, i: int) -> bool:
    """Is the count at i ("3 of them", "3 з них") placed ("at Kyiv", "— по Києву"), and the count before it in its
    sentence one of weapons (not "five regions, one of which was Voronezh")? A part placed is a figure (D8)."""
    whole = next((k for k in range(i - 1, -1, -1) if c.is_num(k)), None)
    np = noun_phrase(c, whole + 1) if whole is not None else None
    return np is not None and np.weapon not in (None, "people") and placed(c, i) and not any(
        c.word(m, "from_places") for m in range(i + 1, min(c.n, i + 6)))  # (not "20 из них — из Крыма": whence)


def toll_after(c: Clause, np: Phrase) -> str | None:
    """The measure of a count of people told before the toll it brings up: "до 15 людей зросла кількість жертв", "до
    15 человек выросло число погибших" (a word of change, a count word, then a people noun of a measure)."""
    k = np.end
    if np.weapon != "people" or not c.word(k, "change_words") or not c.word(k + 1, "count_words"):
        return None
    return next((m for m in c.cues(k + 2, ("any", "pre", "post", "attr")) if m in PEOPLE_MEASURES), None)
