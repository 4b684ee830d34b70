"""What may stand between a figure and the cue after it: another figure of a list, an auxiliary, a parenthetical,
a place, clock times, whose it is, a phrase of what it carries ("a drone with explosives hit a bus stop")."""

from __future__ import annotations

from ..contract import PEOPLE_MEASURES
from .clause import Clause
from .phrases import QUOTES, noun_phrase
from .records import Cue


def past_filler(c: Clause, k: int, start: int, allow_chain: bool, people: bool) -> int | Cue | None:
    """The token after what may stand between a figure and its cue at k (another figure of a list, an
    auxiliary, a parenthetical, a place); a cue found on the way; None where the filler ends."""
    t = c.toks[k]
    if allow_chain and (t.low == "," or c.word(k, "and") or t.has("joiner")) and (
            c.is_num(k + 1) or (c.tok(k + 1) is not None and c.toks[k + 1].sense is not None
                                and (c.qualifier_at(k + 1) or c.role(k + 1, "all")) and c.is_num(k + 2))):
        j = k + 1 + (0 if c.is_num(k + 1) else 1)
        np = noun_phrase(c, j + 1)
        if np is not None and np.weapon is not None:
            return np.end
    if allow_chain and c.word(k, "and") and not c.is_num(k + 1):
        # "две авиабомбы и один беспилотник уничтожены", "two missiles and a fixed-wing drone were downed":
        # one more weapon of the list
        article = c.role(k + 1, "article")
        np = noun_phrase(c, k + 1 + article, max_mods=3)
        if np is not None and np.weapon not in (None, "people") and (np.singular or np.models or article) and \
                np.measure is None and not c.word(np.end, "singular_verbs"):
            return np.end  # (not "... and a missile was shot down": a verb of the last noun alone)
    if (t.has("of_them") and k == start) or t.has("aux") or t.has("adv") or (t.low == "," and c.role(k + 1, "aux")):
        return k + 1
    if t.low in ("–", "—", "-") and k == start and (c.role(k + 1, "adv") or c.role(k + 1, "aux") or c.cues(
            k + 1, ("any", "post")) or c.skips(k + 1, "post") or _past_clock(c, k + 1) > k + 1):
        return k + 1  # "найбільше шахедів – 40 – начебто було знищено", "— 17 — с 20:00 до 23:20 уничтожили";
        # "22 – разыскиваются": missing, no casualties
    if k == start and (agent := c.phrase_starting(k, "agents")):
        return k + agent  # "1 ракету оборонці приземлили", "один дрон сили оборони збили"
    if people and k == start and (names := _proper_names(c, k)) > k:
        return names  # "троє жителів Нового Села загинули", "residents of Kharkiv": where they lived
    if k == start and not people and (owner := c.phrase_starting(k, "owners_after")):
        return k + owner  # "беспилотник противника сбит над полем", "дрон ВСУ ... уничтожен": whose it is
    if t.kind == "TIME" or (t.low in c.lex.clock_span and c.tok(k + 1) is not None and c.toks[k + 1].kind == "TIME"):
        return _past_clock(c, k)  # "17 — с 20:00 до 23:20 мск уничтожили", "five between 02:00 and 04:00 were"
    if (c.word(k, "relatives") and (k == start + 1 or (k == start and (
            c.role(k + 1, "aux") or c.skips(k + 1, "post"))))) or (
            t.kind == "P" and t.low in QUOTES):
        return k + 1  # "76 which were shot down", "12 drones that were shot down"; eight were "lost locationally"
    if t.low in (",", "(", "—", "–") and k < c.n - 2:
        # a parenthetical: "Three people, among them a baby, were hurt"
        close = _close_parenthetical(c, k)
        if close is not None:
            return close
    if people and t.low == "," and k == start and c.word(k + 1, "relatives"):
        return k + 1  # "22 людини, які постраждали": a relative clause tells what happened to them (of a weapon,
        # it only describes it: "збили дрон, що атакував місто")
    if people and t.low == "," and k == start and _people_participle(c, k + 1):
        return k + 1  # "15 осіб, травмованих унаслідок атаки": so does a participle in the case of the count
    if t.low == "," and k == start and c.cues(k + 1, ("attr",)):
        return (c.cues(k + 1, ("attr",))[0], k + 1)  # "о двух беспилотниках, сбитых на подлете"
    if (t.has("over") or c.place_at(k)) and k == start and not people:
        # "одну из ракет над областью удалось сбить": the place, then the measure
        m = k + 1
        while m < c.n and m - k < 5 and c.toks[m].kind not in ("NUM", "P") and not (
                c.cues(m, ("any", "post")) or c.role(m, "aux") or c.role(m, "boundary")):
            m += 1
        if c.cues(m, ("any", "post")) or c.role(m, "aux"):
            return m
    if not people and k == start and c.word(k, "instrument_words"):
        m = k + 1  # "an Iskander missile with cluster munitions hit a park": what it carries, then its verb
        while m < c.n and m - k < 5 and c.toks[m].kind in ("W", "V") and not (
                c.cues(m, ("any", "post", "pre")) or c.role(m, "aux") or c.role(m, "boundary")):
            m += 1
        if m > k + 1 and c.cues(m, ("any", "post")):
            return m
    if people and c.word(k, "age_words") and k - start < 2:
        m = k + 1  # "two men aged 41 and 49 were injured"
        while m < c.n and (c.is_num(m) or c.word(m, "and") or c.low(m) == ","):
            m += 1
        return m if m > k + 1 else None
    if people and k == start and c.word(k, "age_links") and c.is_num(k + 1):
        return k + 2  # "a man of 62 was wounded": his age
    if people and c.word(k, "people_prepositions") and k - start < 2:
        # "three workers at an industrial site were injured", "a man in his sixties was killed"
        m = k + 1
        while m < c.n and m - k < 6 and c.toks[m].kind not in ("NUM", "P") and not (
                c.cues(m, ("any", "pre", "post")) or c.role(m, "aux") or c.role(m, "joiner")):
            m += 1
        if c.role(m, "aux") or c.cues(m, ("any", "post")):
            return m
    return None


def _people_participle(c: Clause, m: int) -> bool:
    """Is token m a participle of a casualty measure, in a form that agrees with a count before it, that no
    number follows ("15 осіб, травмованих", not "3 загинули, поранених – 15": a count of its own)?"""
    return c.low(m).endswith(tuple(c.lex.words["people_participle_endings"])) and any(
        found in PEOPLE_MEASURES for found in c.cues(m, ("any",))) and not (
        c.is_num(m + 1) or c.low(m + 1) in ("–", "—", "-", ":"))


def _past_clock(c: Clause, k: int) -> int:
    """The token after a span of clock times and the words that join them, from k."""
    while k < c.n and (c.toks[k].kind == "TIME" or (c.toks[k].low in c.lex.clock_span and c.tok(k + 1) is not None
                                                      and c.toks[k + 1].kind == "TIME")):
        k += 1
    return k


def _close_parenthetical(c: Clause, k: int) -> int | None:
    """Index after a short parenthetical opened at k, when an auxiliary or a cue follows it."""
    closer = {"(": ")", ",": ",", "—": "—", "–": "–"}[c.toks[k].low]
    for m in range(k + 1, min(c.n, k + 25)):
        t = c.toks[m]
        if t.low == closer:
            nxt = c.tok(m + 1)
            if nxt is not None and (nxt.has("aux") or (nxt.sense is not None and nxt.sense.cues)):
                return m + 1
            return None
        # a participle may open it: "Two Kh-22 missiles, fired from Tu-22M3 bombers, struck the city"
        # a list of parts between dashes may hold numbers: "185 засобів – 183 дрони і 2 ракети – ..."
        # "Nine residents, including two children, were hurt": a count of a group may stand inside
        counted = t.kind == "NUM" and m > k + 1 and closer not in ("—", "–") and not c.role(k + 1, "including") \
            and not _an_age(c, m)  # (not "Two people, a man aged 35 and a woman aged 61, were injured")
        if t.low in (";", ".") or counted or (t.sense is not None and t.sense.cues and m > k + 1):
            return None
    return None


def _proper_names(c: Clause, k: int, most: int = 3) -> int:
    """The token after a run of up to `most` capitalised words at k with no cue of their own (a town's
    name in the genitive after a people noun); k where there is none."""
    m = k
    while m < c.n and m - k < most and c.toks[m].kind in ("W", "V") and not c.cues(m, ("any", "post", "pre")) \
            and not c.role(m, "aux") and c.text[c.toks[m].start].isupper():
        m += 1
    return m if m < c.n and c.cues(m, ("any", "post")) else k


def _an_age(c: Clause, m: int) -> bool:
    """Is the number at m an age: after or before an age word ("aged 35", "35 років"), or after one and "and"
    ("aged 40 and 52")?"""
    return c.word(m - 1, "age_words") or c.word(m + 1, "age_words") or (
        m >= 2 and (c.word(m - 1, "and") or c.low(m - 1) == ",") and c.is_num(m - 2) and _an_age(c, m - 2))
