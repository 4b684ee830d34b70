"""People of no count listed by their ages ("постраждали чоловіки 41 і 49 років"): where the ages start and
whether a people noun opens such a list (the rule itself, `words.ages`, reads them)."""

from __future__ import annotations

from .clause import Clause


def ages_trigger(c: Clause, i: int) -> bool:
    t = c.toks[i]
    if t.sense is None or t.sense.head != "people" or c.is_num(i - 1) or c.qualifier_at(i - 1):
        return False  # ("two men aged 41 and 49": the count before is the figure)
    if t.has("singular"):  # a form that is plural too ("мужчины"), before two ages or more
        return c.is_num(j := ages_start(c, i)) and (c.word(j + 1, "and") or c.low(j + 1) == ",") and c.is_num(j + 2)
    return c.is_num(i + 1) or ages_start(c, i) > i + 1


def ages_start(c: Clause, i: int) -> int:
    """The token after an age word that opens the ages of the people noun at i ("aged", "віком", "в
    возрасте"), else the token after the noun."""
    for n in (1, 2):
        if c.word(i + n, "age_words") and c.is_num(i + n + 1) and not c.is_num(i + 1):
            return i + n + 1
    return i + 1
