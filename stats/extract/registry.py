"""Rules by name: each reads figures off the tokens of a sentence where its trigger fires.

A rule is a small record (Duckling's shape): a name, a trigger (does the rule start at this token?), the
function that reads the figures, and examples of what it reads. ``read_clause`` runs them over a
sentence: at each token the first rule whose trigger fires and that claims the token reads it.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from dataclasses import dataclass

from ..lexicon import Lexicon
from .clause import Clause
from .records import Candidate


@dataclass(frozen=True, slots=True)
class Match:
    """What a rule read at a token: its candidates (none: the token is no figure) and the next token."""

    cands: list[Candidate]
    end: int


Reader = Callable[[Clause, int], Match | None]


@dataclass(frozen=True)
class Rule:
    """A named rule: where it fires, how it reads, and examples (sentence -> figures it gives)."""

    name: str
    trigger: Callable[[Clause, int], bool]
    read: Reader
    examples: tuple[tuple[str, str], ...]
    doc: str


RULES: dict[str, Rule] = {}


def rule(name: str, trigger: Callable[[Clause, int], bool]) -> Callable[[Reader], Reader]:
    """Register a rule under its name (in the order of registration, which is the order they are tried);
    its examples are the ``Examples::`` of its docstring: a sentence, then ``=> `` and the figures it gives."""
    def register(read: Reader) -> Reader:
        if name in RULES:
            raise ValueError(f"rule {name!r} is registered twice")
        doc = inspect.getdoc(read) or ""
        RULES[name] = Rule(name, trigger, read, examples_of(doc), doc)
        return read
    return register


def examples_of(doc: str) -> tuple[tuple[str, str], ...]:
    """(sentence, figures) pairs of a docstring's ``Examples::`` block; "(none)" is no figure, and a
    backslash-n in a sentence is a line break."""
    _, marker, block = doc.partition("Examples::")
    lines = [line.strip() for line in block.splitlines() if line.strip()] if marker else []
    pairs = []
    for text, figures in zip(lines[::2], lines[1::2], strict=True):
        if not figures.startswith("=> "):
            raise ValueError(f"an example needs a line '=> figures' after it: {text!r}")
        expected = figures[3:]
        pairs.append((text.replace("\\n", "\n"), "" if expected == "(none)" else expected))
    return tuple(pairs)


def make(c: Clause, i: int, weapon: str | None, models: list[str], qualifier: str, name: str,
         hint: str | None) -> Candidate:
    """A candidate for the number at token i."""
    t = c.toks[i]
    if t.value is None:
        raise ValueError(f"token {i} is no number")
    cand = Candidate(value=t.value, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                     qualifier=qualifier, rule=name, hint=hint)
    cand.toll = _rise_ends(c, i - 1) or (  # "зросла до 38", "rose to more than 30"
        bool(c.qualifier_at(i - 1)) and _rise_ends(c, i - 2)) or _gapped_rise(c, i - 1)
    return cand


def _gapped_rise(c: Clause, k: int) -> bool:
    """Does a rise whose verb stands apart from its "to" end at token k ("bringing the death toll from the strike
    on Dnipro to 7")?"""
    if k < 1 or c.phrase_ending(k, "rise_words") != 1:  # (one word of the list, "to", and no longer rise)
        return False
    for m in range(k - 1, max(-1, k - 15), -1):
        if c.toks[m].kind == "NUM" or c.low(m) in (",", ";", ":", "(", ")"):
            return False
        if c.word(m, "rise_openers"):
            return m < k - 1
    return False


def _rise_ends(c: Clause, k: int) -> bool:
    """Does a rise of several words end at token k ("rose to", or a term that ends so: "кількість жертв зросла
    до")?"""
    return c.phrase_ending(k, "rise_words") > 1 or (k >= 0 and c.low(k).endswith(_long_rises(c.lex)))


@functools.lru_cache(maxsize=8)
def _long_rises(lex: Lexicon) -> tuple[str, ...]:
    """The rise words of several words ("зросла до", "has risen to")."""
    return tuple(w for w in lex.words["rise_words"] if " " in w)


def qualifier(c: Clause, i: int) -> tuple[str, bool]:
    """The qualifier before token i, and whether "more"/"another" marks an additional figure."""
    more = c.role(i - 1, "more") or c.role(i + 1, "more")
    found = c.qualifier_at(i - 1)
    if c.role(i, "RANGE"):
        return ("more_than" if found == "more_than" else "at_least"), more  # "12-15 ракет", "близько 100–170" (D18)
    if found and (c.phrase_ending(i - 1, "rise_words") > 1 or c.risen(i + 1) or c.risen(i + 2)):
        return "exact", more  # "зросла до 40", "До п'яти зросла": where a count rose to, no bound
    if found == "up_to" and c.low(i - 2) in ("—", "–", "-") and any(_rise_ends(c, k) for k in range(i - 2)):
        return "exact", more  # "число раненых увеличилось до 51, а погибших — до пяти": the rise told again
    if found == "up_to" and _changed_before(c, i - 1):
        return "exact", more  # "зросла кількість поранених – до 17", "зростання кількості загиблих до 12"
    if found == "about" and c.toks[i].value == 1:
        return "exact", more  # "information about one wounded man": a topic, not an estimate
    if found:
        return found, more or c.role(i - 2, "more")
    return "exact", more


def _changed_before(c: Clause, k: int) -> bool:
    """Does a word of change ("зросла", "зростання") stand in the eight words before token k, no number between
    (the count rose to the number: a toll, no bound)? Past the count it rose from: "зросла з 21 до 34"."""
    if c.is_num(k - 1) and c.word(k - 2, "range_from"):
        k -= 2
    for m in range(k - 1, max(-1, k - 9), -1):
        if c.is_num(m) or c.low(m) in (";", "."):
            return False
        if c.last_word(m, "change_words"):
            return True
    return False
