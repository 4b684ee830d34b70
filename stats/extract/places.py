"""Where the text places a figure: the region named beside it ("64 над Брянской областью", "in the Kharkiv
region, two people were killed"), one figure per region after "по" ("по два — над Волгоградской и
Рязанской областями"), none for a total that opens a list or a figure spread over several regions."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..lexicon import Lexicon
from ..regions import load_regions, region_by_name
from .attacker import side_of_place
from .clause import Clause
from .records import Candidate

CAPITAL = "@"  # a place read as the capital of the country attacked, until its side is known (capital_of)
_LIST_GLUE = (",",)  # what may stand between the regions of one list, besides "and" and "over"
_BREAKS = (",", ";", ":", ".", "(")  # what keeps a region from the figure across it
_OPEN_QUOTES = ("«", "„", "“", '"', "'", "‘")
_CLOSE_QUOTES = ("»", "“", "”", '"', "'", "’")


@dataclass
class _Group:
    first: int
    last: int
    regions: list[str]


def place(c: Clause, cands: list[Candidate]) -> list[Candidate]:
    """The candidates with their regions; a distributive figure over several regions becomes one each."""
    if not cands:
        return cands
    groups = _groups(c)
    if not groups:
        return cands
    figures = sorted(cands, key=lambda cand: cand.index)
    owned: dict[int, list[str]] = {}
    for group in groups:
        owner = _owner(c, group, figures)
        if owner is not None:
            for cand in [owner, *_joined_before(c, owner, figures)] if owner.index < group.first else [owner]:
                owned.setdefault(id(cand), []).extend(group.regions)
    leading = groups[0] if groups[0].last < figures[0].index and not any(
        _relative_clause(c, m) or c.role(m, "boundary") for m in range(groups[0].last + 1, figures[0].index)) else None
    # the one place a sentence names is where its casualties were ("a drone attack on Odesa killed five people")
    named = {name for group in groups for name in group.regions}
    only = groups[0].regions[0] if len(named) == 1 else None
    out: list[Candidate] = []
    for cand in cands:
        regions = list(dict.fromkeys(owned.get(id(cand), [])))
        if not regions and only is not None and cand.weapon == "people":
            regions = [only]
        if not regions and leading is not None and len(set(leading.regions)) == 1 and not _opens_list(c, cand) \
                and not (c.low(cand.index - 1) in ("—", "–", "-") and gapped_place(c, cand.index - 2)):
            regions = leading.regions[:1]  # "In the Kharkiv region, two people were killed and five injured"
        if len(regions) == 1:
            cand.region = regions[0]
            out.append(cand)
        elif len(regions) > 1 and _distributive(c, cand):
            out += [dataclasses.replace(cand, region=region) for region in regions]
        else:
            cand.shared = regions if len(regions) > 1 else []  # (each, if its break-down needs: repeats.split_shared)
            out.append(cand)
    return out


@functools.cache
def _region_names() -> tuple[str, ...]:
    return tuple(r.name for r in load_regions())


@functools.cache
def _seas() -> frozenset[int]:
    return frozenset(i for i, r in enumerate(load_regions()) if r.open_water)


@functools.cache
def _sea_names() -> frozenset[str]:
    return frozenset(_region_names()[i] for i in _seas())


@functools.lru_cache(maxsize=16)
def _glue(coordinators: frozenset[str]) -> frozenset[str]:
    return frozenset(word for phrase in coordinators for word in phrase.split())


def _groups(c: Clause) -> list[_Group]:
    """Runs of regions named together ("над Брянской, Курской и Орловской областями"), not where weapons
    came from ("из Курской области") nor a capital speaking for its government ("Kyiv says"); read once per
    sentence (place, and the sentences after that look back at it, ask)."""
    if c.place_groups is None:
        c.place_groups = _read_groups(c)
    return c.place_groups


def _read_groups(c: Clause) -> list[_Group]:
    names = _region_names()
    groups: list[_Group] = []
    own: dict[int, int] = {k: t.sense.region for k, t in enumerate(c.toks) if t.sense is not None
                           and t.sense.region is not None}
    own.update({k: -1 for k in _capitals(c)})
    region_nouns = _region_nouns(c.lex)
    plural = [k for k, t in enumerate(c.toks) if t.kind == "W" and k > 0 and t.low[:3] in region_nouns]
    if not own and not plural:
        return groups
    shared = _sharing_the_noun(c, own, plural)
    skipped = -1  # the last region skipped: the names listed with it are skipped too ("from A and B regions")
    for k in sorted(own.keys() | shared.keys()):
        region = shared.get(k, own.get(k))
        if region is None:
            continue
        if region in _seas() and c.tok(k + 1) is not None and c.toks[k + 1].kind == "W" and c.low(k + 1).isalpha() \
                and not c.word(k + 1, "place_prepositions"):
            continue  # "the Black Sea port", "the Black Sea Fleet": the sea names something on it, no place
        if _after_counted_regions(c, k):
            continue  # "над десятью регионами и Черным морем", "over ten regions and the Black Sea": one of many places
        if _source(c, k) or _speaking(c, k) or _dateline(c, k, region) or _quoted(c, k) or c.word(
                k - 1 - (c.low(k - 1) == "."), "street_words") or (  # a street named after a place ("улица Сумская")
                skipped >= 0 and k - skipped <= 3 and all(c.low(m) in _LIST_GLUE or c.word(m, "and")
                                                          or c.word(m, "determiners") for m in range(skipped + 1, k))):
            skipped = k
            continue
        name = names[region] if region >= 0 else CAPITAL
        between = range(groups[-1].last + 1, k) if groups else range(0)
        if groups and groups[-1].regions[-1] in _sea_names() and k - groups[-1].last <= 6 and any(
                c.word(m, "place_prepositions") for m in between) and all(
                c.toks[m].kind not in ("NUM", "P") and not c.word(m, "and") for m in between):
            groups[-1].last = k  # "над Чёрным морем у Крыма", "over the Black Sea off Crimea": where the sea is
            continue
        glue = _glue(c.lex.words["coordinators"])
        if groups and all(c.low(m) in _LIST_GLUE or c.word(m, "and") or c.low(m) in glue or c.role(m, "over")
                          or c.role(m, "adv") or c.toks[m].kind == "W" or (
                              c.word(m, "place_prepositions") and c.word(m - 1, "and")) for m in between) \
                and k - groups[-1].last <= 6:
            groups[-1].last = k
            groups[-1].regions.append(name)
        else:
            groups.append(_Group(k, k, [name]))
    _name_the_capital(groups)
    if len(groups) > 1 and c.low(groups[0].last + 1) == ":" and all(
            c.toks[m].kind == "P" for m in range(groups[0].first)):
        groups.pop(0)  # "Kyiv: at least 50 were killed in Poltava": a label; alone ("Харьков: ...") it is the place
    return groups


def _name_the_capital(groups: list[_Group]) -> None:
    """"killed in Kyiv ... a massive attack on the capital": a capital the sentence names is the capital;
    else the capital of the country its other places are in ("3 над Київщиною, 22 над столицею": Kyiv); the
    capital listed with other places is none of them ("над столицей и Подмосковьем": Moscow Oblast)."""
    for g in groups:
        if CAPITAL in g.regions and len(set(g.regions)) > 1:
            g.regions = [name for name in g.regions if name != CAPITAL]  # "над столицей и Подмосковьем": the region
    names = {name for g in groups for name in g.regions if name != CAPITAL}
    if CAPITAL not in {name for g in groups for name in g.regions} or not names:
        return
    named = sorted(names & _capital_names())
    countries = {region_by_name()[name].country for name in names} - {""}
    capital = named[0] if named else _capital_in(countries.pop()) if len(countries) == 1 else None
    for g in groups:
        g.regions = [capital if name == CAPITAL and capital else name for name in g.regions]
        if capital is None:
            g.regions = [name for name in g.regions if name != CAPITAL]  # places of several countries: no capital
    groups[:] = [g for g in groups if g.regions]


def _capital_in(country: str) -> str:
    return next(r.name for r in load_regions() if r.capital and r.country == country)


@functools.cache
def _capital_names() -> frozenset[str]:
    return frozenset(r.name for r in load_regions() if r.capital)


def _capitals(c: Clause) -> list[int]:
    """Tokens naming "the capital" as a place ("над столицею", "over the capital"), not a capital named
    after it ("the Ukrainian capital Kyiv": the name places it) nor a region's ("the capital of the Kharkiv
    region", "в столице региона")."""
    words = c.lex.words["capital_words"]
    named = [k for k, t in enumerate(c.toks) if k and t.low in words]  # (most sentences name none)
    if not named:
        return named
    nouns = _region_nouns(c.lex)
    return [k for k in named if c.word(b := c.before_mods(k - 1), "capital_before")
            and not c.region_at(k + 1) and not c.role(k + 1, "of") and c.low(k + 1)[:3] not in nouns
            and not (c.word(b, "determiners") and not c.word(b - 1, "capital_before"))]


def _joined_before(c: Clause, owner: Candidate, figures: list[Candidate]) -> list[Candidate]:
    """The counts joined to the figure a place follows by "and", each with its own weapon's noun and nothing else
    between ("11 drones and two missiles over the Bryansk region": both over it)."""
    joined: list[Candidate] = []
    last = owner
    for cand in reversed([f for f in figures if f.index < owner.index]):
        if cand.region or not c.word(last.index - 1, "and") or not all(
                (t := c.toks[k]).sense is not None and not t.sense.cues and (t.sense.head not in (None, "people") or (
                    t.sense.model is not None) or "mod" in t.roles) for k in range(cand.index + 1, last.index - 1)):
            break
        joined.append(cand)
        last = cand
    return joined


def capital_of(attacker: str) -> str:
    """The capital of the country an attacker's weapons strike (regions.toml: `capital`, `country`)."""
    return _capital_in("russia" if attacker == "ukraine" else "ukraine")


def _sharing_the_noun(c: Clause, own: dict[int, int], plural: list[int]) -> dict[int, int]:
    """Names of a list that share the region noun after its last name ("over the Kursk and Belgorod regions",
    "the Bryansk, Oryol and Tula region"): {token: region}, for each name that is a region with
    that noun. `own`: the regions tokens name; `plural`: the tokens that may be a region noun's plural."""
    found: dict[int, int] = {}
    region_nouns = _region_nouns(c.lex)
    for k in sorted([k for k in own if c.toks[k].low.count(" ") == 1] + plural):
        t = c.toks[k]
        if k in own and t.low.count(" ") == 1:
            nouns, glue = [t.low.split(" ")[1]], True  # "smolensk region": the names before it share "region"
        else:
            # "belgorod regions": the name before the plural noun, and the names before that one
            nouns = [stem for e in c.lex.words["region_plural_endings"] if t.low.endswith(e) and (
                (stem := t.low[:-len(e)]) in region_nouns or any(n.startswith(stem) for n in region_nouns if n[3:]))]
            # (or the stem of the singular's forms: "областями" of "области")
            glue = False
        m = k - 1
        while m >= 0:
            if glue and not (c.low(m) in _LIST_GLUE or c.word(m, "and")):
                break
            m -= 1 if glue else 0
            region = own.get(m) if " " not in c.low(m) else None  # (a name that is a region alone: "Владимирской")
            region = _region_with(c, m, nouns) if region is None else region
            if region is None:
                break
            found[m] = region
            m, glue = m - 1, True
    return found


@functools.lru_cache(maxsize=16)
def _region_nouns(lex: Lexicon) -> frozenset[str]:
    """The second words of the regions' two-word names ("region" of "smolensk region"), and their first three
    letters (a quick test before a plural is taken apart)."""
    nouns = {key.split(" ")[1] for key, sense in lex.senses.items() if sense.region is not None and key.count(" ") == 1}
    return frozenset(nouns | {noun[:3] for noun in nouns})


def _after_counted_regions(c: Clause, k: int) -> bool:
    """Is the region at k joined by "and" to a count of regions before it ("ten regions and the Black Sea")?"""
    m = k - 1 - c.word(k - 1, "determiners")
    if not c.word(m, "and"):
        return False
    nouns = _region_nouns(c.lex)
    return any(c.toks[n].kind == "W" and any(c.low(n).startswith(noun) for noun in nouns if noun[3:]) and any(
        c.is_num(p) for p in range(max(0, n - 3), n)) for n in range(max(0, m - 3), m))


def _region_with(c: Clause, m: int, nouns: list[str]) -> int | None:
    """The region token m names with one of the region nouns ("belgorod" + "region"), if any; the noun in
    any of its case forms ("Курским и Орловским регионами": "курским" with "регионом")."""
    t = c.tok(m)
    if t is None or t.kind != "W" or not t.low.isalpha():
        return None
    for noun in nouns:
        sense = c.lex.lookup(f"{t.low} {noun}")
        if sense is not None and sense.region is not None:
            return sense.region
    return next((region for noun in nouns for second, region in _second_words(c.lex).get(t.low, ())
                 if second.startswith(noun)), None)


@functools.lru_cache(maxsize=16)
def _second_words(lex: Lexicon) -> dict[str, list[tuple[str, int]]]:
    """The regions' two-word names by their first word: {first: [(second, region)]}."""
    out: dict[str, list[tuple[str, int]]] = {}
    for key, sense in lex.senses.items():
        if sense.region is not None and key.count(" ") == 1:
            first, second = key.split(" ")
            out.setdefault(first, []).append((second, sense.region))
    return out


def gapped_place(c: Clause, k: int) -> bool:
    """Does a gapped clause's place end at token k: a joiner, a place preposition (or a time's: `gap_prepositions`)
    and up to three words ("а в Павлоградському", "and over the south", "and during January"), the verb and noun
    left out as told before?"""
    for m in range(k, max(-1, k - 4), -1):
        t = c.toks[m]
        if c.word(m, "place_prepositions") or c.word(m, "gap_prepositions"):
            j = m - 1
            while j > 0 and c.role(j, "adv"):
                j -= 1  # "а всего над Россией – 86": an adverb between the joiner and the place
            return m < k and (c.low(j) in (",", ":") or c.word(j, "gap_joiners"))  # (":": a list's first item)
        if t.kind not in ("W", "V") or (t.sense is not None and (t.sense.cues or t.sense.head is not None)):
            return False
    return False


def _speaking(c: Clause, k: int) -> bool:
    """A place that opens the sentence and speaks ("Kyiv says it downed 20 drones") is its government; not
    "the governor of the Tula region said". A place before a government word is one too ("the Kiev
    regime"), and so is a wire story's dateline, a place in capitals that opens the sentence before a
    bracket, comma or dash ("KYIV (Reuters) –": where the story was filed)."""
    opens = all(c.toks[m].kind == "P" for m in range(k))
    t = c.toks[k]
    dateline = opens and t.end - t.start > 2 and c.text[t.start:t.end].isupper() and c.low(k + 1) in DATELINE_MARKS
    # "Moscow's military", "Kyiv's regime": a possessive before a government word names an owner, no place (but
    # "Kyiv's city administration" and "the Moscow region's governor" speak for where the figures are)
    possessive = c.low(k + 1) in ("'", "’") and c.low(k + 2) == "s" and c.word(k + 3, "government_words")
    # "Kyiv says ...", "a raid in which Moscow sent 310 drones": its government acts
    verb = k + 1 + (c.role(k + 1, "aux") and not c.role(k + 2, "aux"))  # ("Moscow has intensified"; not "has been hit")
    acts = (opens and c.word(k + 1, "speech_verbs")) or c.word(verb, "agent_verbs")
    return dateline or possessive or acts or _part_of_a_name(c, k) or c.word(k + 1, "government_words")


def _part_of_a_name(c: Clause, k: int) -> bool:
    """A place before a capitalised word of the [grammar] list `place_name_words` is part of a name ("the Kyiv
    Independent reported", "the Moscow Times"), no place."""
    t = c.tok(k + 1)
    return t is not None and c.text[t.start].isupper() and c.word(k + 1, "place_name_words")


DATELINE_MARKS = frozenset({"(", ",", "-", "–", "—"})


def _source(c: Clause, k: int) -> bool:
    """Is the region at k where weapons came from ("from the Kursk region", "from the Russian cities of Kursk
    and Oryol")? A "from" within a few words before it, with no number, mark or verb between."""
    for m in range(k - 1, max(-1, k - 7), -1):
        if c.is_num(m) or c.toks[m].kind == "P" or c.cues(m, ("any", "pre", "post")):
            return False
        if c.word(m, "from_places"):
            return True
    return False


def _owner(c: Clause, group: _Group, figures: list[Candidate]) -> Candidate | None:
    """The figure a group of regions places: the share in brackets after it ("Курской (2 БпЛА)"), else the
    figure just before it with no comma between, else the figure just after it with none between."""
    after = [f for f in figures if f.index > group.last]
    before = [f for f in figures if f.index < group.first]
    last = group.last + c.word(group.last + 1, "place_nouns")  # "Ростовской областями (2)"
    if c.low(last + 1) == "(" and after and after[0].index == last + 2 and not c.role(last + 3, "of_them"):
        return after[0]  # (not "над A и B (два из них летели на Москву)": a part of the count before)
    if c.low(group.last + 1) in ("—", "–") and after and after[0].index == group.last + 2:
        return after[0]  # "над Калужской — 42"
    if before and not _opens_list(c, before[-1]) and (
            not _broken(c, before[-1].index, group.first) or _flying_to(c, before[-1].index, group.first)):
        return before[-1]  # (past a comma to where they flew: "шесть беспилотников, которые летели на Москву")
    if after and not _broken(c, group.last, after[0].index) and not any(
            _relative_clause(c, m) for m in range(group.last + 1, after[0].index)):
        return after[0]  # (not past "which": "the strike in Ternopil was part of an attack in which ... 476 drones")
    return None


def _flying_to(c: Clause, a: int, b: int) -> bool:
    """Does a flight word just before the place at b say where the weapons counted at a flew ("16 drones were
    shot down while approaching Moscow", "семь беспилотников, летевших на Москву")? No number between."""
    flight = [m for m in range(max(a + 1, b - 3), b) if c.word(m, "flight_words")]
    return bool(flight) and not any(c.is_num(m) or c.low(m) in (";", ".") or c.role(m, "including")
                                    for m in range(a + 1, b))  # (nor past a part: "..., including dozens targeting")


def _relative_clause(c: Clause, m: int) -> bool:
    """Does a relative clause of a place open at m ("an attack in which Russia launched ...")? Not what a
    speech verb says ("написав, що ... збили один безпілотник")."""
    return c.word(m, "relatives") and c.word(m - 1, "place_prepositions")


def _broken(c: Clause, a: int, b: int) -> bool:
    return any(c.low(m) in _BREAKS or c.role(m, "boundary") for m in range(a + 1, b))


def _opens_list(c: Clause, cand: Candidate) -> bool:
    """Is the figure a total whose parts follow ("уничтожены 159 БпЛА: 64 над ...")?"""
    m = cand.index + 1
    while m < c.n and c.toks[m].kind != "NUM" and c.low(m) not in (",", ";", "."):
        if c.low(m) == ":":
            return True
        m += 1
    return False


def _distributive(c: Clause, cand: Candidate) -> bool:
    """"по два — над Волгоградской и Рязанской", "two each over A and B", "single drones over A and B": one
    figure per region."""
    before = cand.index - (2 if c.qualifier_at(cand.index - 1) else 1)
    return c.word(before, "distributive_before") or c.word(cand.index, "distributive_numbers") or any(
        c.word(m, "distributive_after") for m in range(cand.index + 1, cand.index + 4))


def sole_region(c: Clause) -> str | None:
    """The one region a sentence names as a place (not a source or a speaker), or None (none or several)."""
    names = _named(c)
    return names.pop() if len(names) == 1 else None


def _named(c: Clause) -> set[str]:
    """The regions a sentence names as places."""
    return {name for group in _groups(c) for name in group.regions}


def names_a_place(c: Clause) -> bool:
    return bool(_groups(c))


def _quoted(c: Clause, k: int) -> bool:
    """A place alone in quotation marks is a name, of a unit, a ship or an operation ("группировки «Днепр»",
    "the 'Kursk' submarine"), and places nothing; but a site named after its town is there (`site_nouns`:
    "аэродром «Энгельс»")."""
    return c.low(k - 1) in _OPEN_QUOTES and c.low(k + 1) in _CLOSE_QUOTES and not (
        c.word(k - 2, "site_nouns") or c.word(k + 2, "site_nouns"))


def _dateline(c: Clause, k: int, region: int) -> bool:
    """"28 June – (Kyiv)": a capital alone in brackets, with only a date or marks before it, heads a wire story;
    it places nothing ("the capital (Kyiv)" does)."""
    return load_regions()[region].capital and c.low(k - 1) == "(" and c.low(k + 1) == ")" and all(
        c.toks[m].kind in ("P", "NUM", "DATE", "TIME") or c.lex.months.get(c.low(m)) for m in range(k - 1))


def document_region(clauses: Iterable[tuple[int, Clause]], officials: Mapping[int, set[str]] | None = None
                    ) -> tuple[str, list[int]] | None:
    """The region a document is about, and the sentences that name it: the only region its sentences name as
    a place, named in its headline or lead (the first two sentences), and no capital (a capital also speaks
    for its government and heads national wire copy: "KYIV, Ukraine —"). The regions of the officials a
    sentence names (`officials`, by sentence: "Gladkov said") count as named there. None for any other
    document."""
    named: set[str] = set()
    naming: list[int] = []
    officials = officials or {}
    for index, clause in clauses:  # (the sentences that may name a region, in order)
        here = _named(clause) | officials.get(index, set())
        if here:
            if not naming and index > 1:
                return None  # the headline and the lead name no region: a figure there is not placed by it
            naming.append(index)
        named |= here
        if len(named) > 1:
            return None
    if len(named) != 1:
        return None
    region = named.pop()
    return None if region == CAPITAL or region_by_name()[region].capital else (region, naming)


def region_in_brackets(c: Clause, i: int) -> bool:
    """Is the number a region's share in brackets after "over": "над Брянской (43) и Курской (29)", "(14
    единиц)"?"""
    close = i + 1 + c.word(i + 1, "counter_words")
    if c.low(i - 1) != "(" or c.low(close) != ")" or c.tok(i - 1) is None:
        return False
    k = i - 2
    while k >= 0 and i - k <= 40:  # back past the items listed before ("над Курской (31), Брянской (18), ...")
        if c.role(k, "over") or (c.word(k, "place_prepositions") and c.region_at(k + 1) and sum(
                c.low(m - 1) == "(" and c.is_num(m) and c.low(m + 1) == ")" for m in range(1, c.n - 1)) > 1):
            return True  # (or a list of them after "на": "на Одещині (15), Миколаївщині (12)")
        if not (c.region_at(k) or c.is_num(k) or c.low(k) in ("(", ")", ",") or c.word(k, "and") or (
                c.region_at(k - 1) and c.word(k, "place_nouns")) or (  # "Ростовской областями (2)"
                c.weapon_at(k) and c.low(k - 1) != "(" and c.is_num(k - 1))):  # "над Белгородской (26 БПЛА), ..."
            return i - k <= 11 and any(c.role(m, "over") for m in range(max(0, i - 11), k))
        k -= 1
    return False


def weapons_where_their_people_are(figures: list[Candidate], teller: str) -> None:
    """A weapon of no place in a sentence whose casualties are placed, all in one region (from an earlier
    sentence, D14: "В Харкові пролунали вибухи. Удар ракети поранив двох людей"), is in that region too."""
    for cand in figures:
        if cand.region or cand.weapon in (None, "people"):
            continue
        where = {c.region for c in figures if c.sentence == cand.sentence and c.weapon == "people" and c.region}
        if len(where) == 1:
            settle(cand, where.pop(), teller)


def settle(cand: Candidate, region: str, teller: str) -> None:
    """Place a figure of no place in a region the document tells it is in; in a region of Russia, a figure whose
    side only the story gave is of the side the place tells ("Drones attacked a refinery in the Leningrad region
    ... seven were destroyed"; not Crimea or another held land, often where the drones came from)."""
    cand.region = region
    known = region_by_name().get(region)
    if cand.side_by_story and known is not None and known.country == "russia" and (
            side := side_of_place(region, cand, teller)) is not None:
        cand.attacker = side
