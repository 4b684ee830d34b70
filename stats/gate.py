"""The fast gates before tokenizing: does a text name an attack, where may a sentence name a figure noun?

Keywords are lower-case pieces of vocabulary terms found with an Aho-Corasick automaton; a hit is
confirmed by reading the whole term there (see term_at).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from .lexicon import Lexicon, Senses
from .terms import term_key


def _word_start(lowered: str, end: int, word: str) -> bool:
    # every term is matched as whole words and a keyword is the beginning of one of its words: a keyword
    # inside a word ("men" in "government") cannot start a term
    start = end - len(word) + 1
    return start == 0 or not lowered[start - 1].isalnum()

def attack_positions(lex: Lexicon, lowered: str) -> list[int]:
    """Where a lower-cased text may name a weapon or an attack (end positions, in order); none: the text
    holds no attack figure."""
    return [end for end, word in lex.attack_automaton.iter(lowered) if _word_start(lowered, end, word)]

def region_positions(lex: Lexicon, lowered: str) -> Iterator[int]:
    """Where a lower-cased text may name a region (end positions, in order, found as they are asked for;
    confirm with term_at and names_region)."""
    if not len(lex.region_automaton):
        return iter(())  # a language whose regions have no forms (pyahocorasick cannot search with no keys)
    return (end for end, word in lex.region_automaton.iter(lowered) if _word_start(lowered, end, word))

def names_region(senses: Senses | None) -> bool:
    return senses is not None and senses.region is not None

def names_attack(senses: Senses | None) -> bool:
    """Does a term name a weapon, a model or an attack (what a document with figures must hold)?"""
    return senses is not None and (
        (senses.head not in (None, "people") and "person" not in senses.roles) or senses.model is not None
        or "attack_word" in senses.roles or "hit_noun" in senses.roles)

def names_figure_noun(senses: Senses | None) -> bool:
    """Does a term name a weapon, a model, a person, a casualty or a count of hits ("12 влучань": what makes a
    sentence worth reading)?"""
    return senses is not None and (
        senses.head is not None or senses.model is not None or "hit_noun" in senses.roles
        or any(measure in ("killed", "injured") for measure, _ in senses.cues))

def term_at(lex: Lexicon, lowered: str, end: int, test: Callable[[Senses | None], bool]) -> bool:
    """Is the keyword ending at `end` part of a whole vocabulary term that passes `test`? The keywords are
    pieces of terms ("projec" of "projectiles" is also in "project"); this reads the real term, which starts
    at the keyword's word or at one of the three words before it."""
    start = end
    while start > 0 and lowered[start - 1].isalnum():
        start -= 1
    for _ in range(4):
        m = lex.lower_token_re.match(lowered, start)
        # an exact term hides a stem of the same word ("атака" a cue, "атак*" an attack word): ask both
        if m is not None and m.lastgroup == "V" and m.end() > end and (
                test(lex.lookup(m.group())) or test(lex._stem_lookup(term_key(m.group())))):
            return True
        k = start
        while k > 0 and not lowered[k - 1].isalnum() and start - k < 3:
            k -= 1
        if k == start or k == 0 or end - k > 48:
            return False
        while k > 0 and lowered[k - 1].isalnum():
            k -= 1
        start = k
    return False

def names_an_attack(lex: Lexicon, lowered: str) -> bool:
    """Does a lower-cased text name a weapon or an attack with a whole vocabulary term? (Stops at the first.)"""
    return any(_word_start(lowered, end, word) and term_at(lex, lowered, end, names_attack)
               for end, word in lex.attack_automaton.iter(lowered))

def keyword_positions(lex: Lexicon, lowered: str) -> list[int]:
    """Where a lower-cased text holds one of the lexicon's keywords at the start of a word (end positions,
    in order)."""
    return [end for end, word in lex.keyword_automaton.iter(lowered) if _word_start(lowered, end, word)]
