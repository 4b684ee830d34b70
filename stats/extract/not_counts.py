"""Numbers that are no figure: years, ranges, differences, ages, durations, "no one" (the first rule tried on
every number)."""

from __future__ import annotations

import re

from .clause import Clause
from .phrases import noun_phrase
from .registry import Match, rule


def is_number(c: Clause, i: int) -> bool:
    return c.toks[i].kind == "NUM"


def _numbered(c: Clause, i: int) -> bool:
    """Is the number a name's: after a number sign ("School No. 12", "школу № 12", "ліцей №5"), or a house's?"""
    return c.word(i - 1, "number_signs") or (c.low(i - 1) == "." and c.word(i - 2, "number_signs")) or _address(c, i)


def _address(c: Clause, i: int) -> bool:
    """Is the number a house's: after a street word and the street's name ("по вулиці Героїв, 17", "ул. Сумская 72")?"""
    for k in range(i - 1, max(-1, i - 6), -1):
        if c.word(k, "street_words"):
            return k < i - 1
        t = c.toks[k]
        if not (t.low in (",", ".") or (t.kind in ("W", "V") and c.text[t.start].isupper())):
            return False
    return False


@rule("not-a-count", is_number)
def not_a_count(c: Clause, i: int) -> Match | None:
    """Numbers that are no figure: a year ("in 2024"), "no one", the 69 of "Kh-59/69", debris "of one of
    the missiles", an hour or a duration ("within 3 hours"), the ends of a range ("between 40 and 90").

    Examples::

        In 2024 Russia launched drones every night.
        => (none)
        No one was hurt when Kh-59/69 missiles were fired.
        => (none)
        Russia again sent Shahed-136 and 131 drones.
        => (none)
        Within 3 hours drones were shot down over the city.
        => (none)
        On quieter nights Russia launched between 40 and 90 drones.
        => (none)
    """
    t = c.toks[i]
    if _is_year(c, i) or _designation(c, i) or _population(c, i) or _numbered(c, i):
        return Match([], i + 1)
    if t.sense is not None and c.role(i - 1, "not_before") and noun_phrase(c, i + 1) is None and not (
            c.role(i + 1, "of_them") or c.role(i + 1, "of") or _said_that(c, i - 1)):
        return Match([], i + 1)  # "the one that struck", "no one" (not "said that one of those killed ...",
        # "said that one injury had been recorded")
    if _negated(c, i):
        return Match([], i + 1)  # "did not launch a single Shahed", "ни одного БПЛА": none
    if (c.low(i - 1) == "/" and c.model_at(i - 2)) or _variant_of_model(c, i):
        return Match([], i + 1)  # Kh-59/69, "Shahed-136 and 131 drones"
    if c.role(i - 1, "all_but"):
        return Match([], i + 1)  # "shot down all but 10 of the drones": what was not shot down
    if c.word(i + 1, "time_units") or c.word(i + 1, "wave_words"):
        return Match([], i + 1)  # "на 23 часа", "within 3 hours": an hour or a duration; "two waves of drones"
    if _difference(c, i):
        return Match([], i + 1)  # "broke the record by over 100 drones", "на 20 дронів більше": a difference
    if c.role(i - 1, "debris"):
        return Match([], i + 1)  # "обломки одной из ракет упали": what broke up was counted before
    if _in_a_range(c, i):
        return Match([], i + 1)  # "from 40 to 80 drones", "від 40 до 80 дронів": a range is no count
    if c.word(i - 1, "age_words") or c.word(i + 1, "age_words") or (
            (c.word(i + 1, "and") or c.low(i + 1) == ",") and c.is_num(i + 2) and c.word(i + 3, "age_words")) or (
            (c.word(i - 1, "and") or c.low(i - 1) == ",") and c.is_num(i - 2) and c.word(i - 3, "age_words")) or (
            c.word(i - 1, "range_to") and c.is_num(i - 2) and (c.word(i - 3, "age_words") or (
                c.word(i - 3, "range_from") and c.word(i - 4, "age_words")))):
        return Match([], i + 1)  # an age: "two men aged 41 and 49", "чоловіки 41 і 49 років", "aged 19 to 67"
    if c.word(i - 1, "age_links") and i >= 2 and (t := c.toks[i - 2]).sense is not None \
            and t.sense.head == "people" and t.has("singular"):
        return Match([], i + 1)  # "a man of 62": his age
    return None


_TRAILING_NUMBER = re.compile(r"\d+$")
_DESIGNATION = re.compile(r"[^\W\d_]{1,2}\d")  # letters glued to digits: the "M38" of "9M38", the "Н6" of "48Н6"


def _population(c: Clause, i: int) -> bool:
    """Is a count of people how many live in a place: right after a place noun and "of" ("a city of 24,000
    residents") or a word of population ("с населением 24 тысячи человек"), past a qualifier? (Not "in the
    region of 50 drones": about 50 drones.)"""
    k = i - 1 - bool(c.qualifier_at(i - 1))
    if not ((c.role(k, "of") and c.word(k - 1, "place_nouns")) or c.word(k, "population_words")):
        return False
    np = noun_phrase(c, i + 1)
    return np is not None and np.weapon == "people"


def _designation(c: Clause, i: int) -> bool:
    """Is the number the head of a type's designation written as one word with letters and digits after it
    ("a 9M38 missile", "3M14", "48N6")? A count stands apart from its noun."""
    t, after = c.toks[i], c.tok(i + 1)
    return after is not None and after.start == t.end and _DESIGNATION.match(c.text, after.start) is not None


def _variant_of_model(c: Clause, i: int) -> bool:
    """Is the number the second variant of a model named with a number just before ("Shahed-136 and 131
    drones", "Kh-101 or -555", "Shahed-136 та 131"): after "and", "or" or a comma (and a dash), a model's name
    ending in a number whose beginning with this number instead names a model of the vocabulary too?"""
    k = i - 1
    if c.low(k) in ("-", "‐", "‑"):
        k -= 1
    if not (c.model_at(k - 1) and (c.word(k, "and") or c.word(k, "or") or c.low(k) == ",")):
        return False
    surface = c.text[c.toks[k - 1].start:c.toks[k - 1].end]
    number = _TRAILING_NUMBER.search(surface)
    if number is None:
        return False
    other = c.lex.lookup(surface[:number.start()] + c.text[c.toks[i].start:c.toks[i].end])
    return other is not None and other.model is not None


def _in_a_range(c: Clause, i: int) -> bool:
    """Is the number one end of a range: a word of `range_from`, a number, a word of `range_to`, a number or a
    percentage ("between 40 and 80", "от 40 до 80", "від 40 до 70%"), with no word of change before it ("rose
    from 21 to 30": two tolls)?"""
    if c.word(i - 1, "range_from") and c.word(i + 1, "range_to") and (c.is_num(i + 2) or _percent(c, i + 2)):
        first = i
    elif c.word(i - 1, "range_to") and c.is_num(i - 2) and c.word(i - 3, "range_from"):
        first = i - 2
    else:
        return False
    return not any(c.last_word(k, "change_words") or c.phrase_ending(k, "rise_words")
                   for k in range(max(0, first - 4), first - 1))


def _percent(c: Clause, k: int) -> bool:
    """Is token k a percentage ("від 30 до 50%": the range's first end is a share too)?"""
    t = c.tok(k)
    return t is not None and t.kind == "PCT"


def _difference(c: Clause, i: int) -> bool:
    """Is the number a difference: a preposition of difference before it ("by", "на") and a word of change
    close before it ("increased by 40", "broke the record by over 100") or after it ("на 20 дронів більше")?"""
    back = i - (2 if c.qualifier_at(i - 1) else 1)
    if not c.word(back, "difference_prepositions"):
        return False
    return any(c.word(k, "change_words") for k in range(max(0, back - 14), back)) or any(
        c.word(k, "change_words") for k in range(i + 1, min(c.n, i + 4)))


def _is_year(c: Clause, i: int) -> bool:
    t = c.toks[i]
    if t.sense is not None or t.value is None or not (1900 <= t.value <= 2100) or len(t.low) != 4:
        return False
    # a year after "in" or "since", or with no weapon or people noun after it ("– 1953 Shaheds" is a count); not
    # after a count's noun ("a total of 2023 UAVs")
    np = noun_phrase(c, i + 1)
    return np is None or (c.word(i - 1, "year_words") and not (c.word(i - 2, "count_words") and np.weapon is not None))


def _negated(c: Clause, i: int) -> bool:
    """Is the number at i denied: right after a negation ("not one missile", "ни одного"), or a figure of one
    a verb after it ("did not launch a single Shahed")?"""
    k = i - 2 if c.role(i - 1, "article") else i - 1
    sense = c.toks[i].sense
    return c.word(k, "negations") or (sense is not None and sense.number == 1 and c.word(k - 1, "negations")
                                      and c.toks[k].kind not in ("NUM", "P"))


def _said_that(c: Clause, k: int) -> bool:
    """Is token k a conjunction that opens what was said ("said that"), not a determiner ("that one"); before a
    number above one it is never a determiner ("noting that five were shot down")?"""
    return c.word(k, "relatives") and (c.word(k - 1, "speech_verbs") or (c.toks[k + 1].value or 0) > 1)
