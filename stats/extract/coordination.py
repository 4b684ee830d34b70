"""Class adjectives joined before one noun: "40 ballistic and cruise missiles", "127 крилатих і балістичних
ракет" count missiles of both classes together; "both X and Y" joins, it counts no two."""

from __future__ import annotations

from ..contract import common_class
from ..text import Token
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
    if not adjectives or k == adjectives[-1] + 1:
        return None  # no joiner after the last adjective: the noun's own phrase
    if len(adjectives) == 1 and c.is_num(k):
        return _gapped(c, adjectives[0], k + 1)
    head = c.tok(k)
    if head is None or _weapon(head) is None:
        return None
    classes = [_weapon(head)] + [_class_with(c, m, head) for m in adjectives]
    if None in classes or len(set(classes)) < 2:
        return None
    weapon = common_class(cls for cls in classes if cls is not None)
    return Phrase(weapon, [], k + 1, k, None, False, False, "singular" in head.roles) if weapon else None


def _gapped(c: Clause, adjective: int, k: int) -> Phrase | None:
    """"12 ballistic and 20 cruise missiles", "2 балістичні та 40 крилатих ракет": the first count's noun is left
    out; its adjective with the noun of the next count (read from token k, past its adjectives) names its class."""
    while k < c.n and c.role(k, "mod"):
        k += 1
    head = c.tok(k)
    weapon = _class_with(c, adjective, head) if _weapon(head) is not None else None
    return Phrase(weapon, [], adjective + 1, adjective, None, False, False, False) if weapon else None


def _weapon(t: Token | None) -> str | None:
    """The munition class a token names, if it does."""
    if t is None or t.sense is None or t.sense.head in (None, "people", "aircraft"):
        return None
    return t.sense.head


def _class_with(c: Clause, adjective: int, head: Token | None) -> str | None:
    """The munition class the adjective at `adjective` names with the noun of the token `head` ("ballistic"
    and "cruise missiles": "ballistic missiles")."""
    if head is None:
        return None
    sense = c.lex.lookup(f"{c.low(adjective)} {head.low.rsplit(' ', 1)[-1]}")
    return sense.head if sense is not None and sense.head not in (None, "people", "aircraft") else None


def correlative(c: Clause, j: int) -> bool:
    """Does "and" follow "both" within its phrase, before a verb, a number or a stop ("both X and Y")?"""
    if c.weapon_at(j) and not any(c.lex.word("and", w) for w in c.low(j).split(" ")[1:]):
        return False  # "both missiles and the drone were shot down": both counts the missiles
    for m in range(j, min(c.n, j + 6)):
        if c.word(m, "and") or any(c.lex.word("and", w) for w in c.low(m).split(" ")[1:]):
            return True  # (or inside one term that joins two weapons)
        if c.toks[m].kind in ("P", "NUM") or c.role(m, "aux") or c.cues(m, ("any", "post")):
            return False
    return False
