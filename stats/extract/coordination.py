"""Class adjectives joined before one noun: "40 ballistic and cruise missiles", "127 крилатих і балістичних
ракет" count missiles of both classes together."""

from __future__ import annotations

from ..contract import common_class
from .clause import Clause
from .records import Phrase


def coordinated_classes(c: Clause, j: int) -> Phrase | None:
    """From token j: class adjectives joined by "and", "or" or commas, then a noun phrase of one class whose
    noun, after each adjective, names a class too ("ballistic" + "missiles"): one phrase of the class they
    share (missile for ballistic and cruise). None where any adjective names no class with the noun."""
    adjectives: list[int] = []
    k = j
    while k < c.n and c.role(k, "mod"):
        adjectives.append(k)
        k += 1
        if c.word(k, "and") or c.word(k, "or") or c.low(k) == ",":
            k += 1
            if c.word(k, "and") or c.word(k, "or"):
                k += 1  # "cruise, ballistic, and ..."
    if len(adjectives) == 1 and k > adjectives[0] + 1 and c.is_num(k):
        return _gapped(c, adjectives[0], k + 1)
    if len(adjectives) < 2 and not (adjectives and k > adjectives[-1] + 1):
        return None
    head = c.tok(k)
    if head is None or head.sense is None or head.sense.head in (None, "people", "aircraft") or k == adjectives[-1] + 1:
        return None
    noun = head.low.rsplit(" ", 1)[-1]
    classes = [head.sense.head]
    for m in adjectives:
        sense = c.lex.lookup(f"{c.low(m)} {noun}")
        if sense is None or sense.head in (None, "people", "aircraft"):
            return None
        classes.append(sense.head)
    weapon = common_class(classes)
    if weapon is None or len(set(classes)) < 2:
        return None
    return Phrase(weapon, [], k + 1, k, None, False, False, "singular" in head.roles)


def _gapped(c: Clause, adjective: int, k: int) -> Phrase | None:
    """"12 ballistic and 20 cruise missiles", "2 балістичні та 40 крилатих ракет": the first count's noun is left
    out; its adjective with the noun of the next count (read from token k, past its adjectives) names its class."""
    while k < c.n and c.role(k, "mod"):
        k += 1
    head = c.tok(k)
    if head is None or head.sense is None or head.sense.head in (None, "people", "aircraft"):
        return None
    sense = c.lex.lookup(f"{c.low(adjective)} {head.low.rsplit(' ', 1)[-1]}")
    if sense is None or sense.head in (None, "people", "aircraft"):
        return None
    return Phrase(sense.head, [], adjective + 1, adjective, None, False, False, False)
