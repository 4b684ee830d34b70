"""Vocabulary terms as regular expressions: normalised keys, flexible atoms, tries and keyword pieces."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

import ahocorasick

DASHES = "-‐‑‒–—"
# the dashes that join the parts of one word ("Shahed-136", "дронів-камікадзе"); an em dash between two words with no
# space ("drones—more than 700") is a mark between them
JOINING_DASHES = "-‐‑‒–"

APOSTROPHES = "'’ʼ`"

# a comma inside a term's surface is no part of its key: "збито, або подавлено" is the term "збито або подавлено"
_KEY_TABLE = str.maketrans({**dict.fromkeys(DASHES, None), **dict.fromkeys(APOSTROPHES, "'"), ",": " "})

def term_key(term: str) -> str:
    """Normalise a term or a matched surface for look-up: lower case, no dashes, one space."""
    return " ".join(term.lower().translate(_KEY_TABLE).split())

SPACE = r"\s+"
GAP = r"[^\W\d][\w'’‐-]*"  # a term's word "*" on its own: any one word, not a number ("sustained * injuries")
COMMA_SPACE = r",?\s+"  # before a word of the language's `comma_joins`: "shot down, or suppressed"


def term_atoms(term: str, comma_joins: frozenset[str] = frozenset()) -> list[str]:
    """Regex atoms of a term: letters escaped, dashes and spaces made flexible, * after a word any ending
    ("крилат* ракет*" finds "крилаті ракети" and "крилатих ракет"), a "*" on its own any one word; a comma may
    stand before a word of `comma_joins` inside the term."""
    atoms: list[str] = []
    letters = [ch for ch in term if ch not in DASHES and not ch.isspace()]
    low = term.lower()
    for i, ch in enumerate(low):
        if ch == "*" and (i == 0 or low[i - 1].isspace()):
            atoms.append(GAP)
        elif ch == "*":
            atoms.append(r"\w*")
        elif ch in DASHES and not letters:
            atoms.append(f"[{DASHES}]")  # a dash on its own ("22 — над ...") is a dash
        elif ch in DASHES:
            atoms.append(f"[{DASHES}\\s]?")
        elif ch.isspace():
            if atoms and atoms[-1] not in (SPACE, COMMA_SPACE):
                following = low[i + 1:].split(" ", 1)[0]
                atoms.append(COMMA_SPACE if following in comma_joins else SPACE)
        elif ch in APOSTROPHES:
            atoms.append(f"[{APOSTROPHES}]")
        else:
            atoms.append(re.escape(ch))
    return atoms

def trie_regex(terms: Iterable[str], comma_joins: frozenset[str] = frozenset()) -> str:
    """One regex matching any of the terms, longest first, built as a character trie."""
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for atom in term_atoms(term, comma_joins):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom != ""]
        # Longer literal branches first keeps alternation deterministic; a flexible atom (class or
        # \w*) is tried after the literal ones beside it.
        branches.sort(key=lambda b: (b.startswith(("[", "\\w", "\\s")), b))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)

def stem_key(term: str) -> str:
    """The look-up key of a term; a stem keeps its stars ("крилат* ракет*")."""
    if "*" not in term:
        return term_key(term)
    return " ".join(term_key(word.rstrip("*")) + ("*" if word.endswith("*") else "") for word in term.split())

def keywords(terms: Iterable[str]) -> tuple[str, ...]:
    """Few lower-case substrings that every term contains one of: a fast test before tokenizing."""
    pieces = set()
    for term in terms:
        word = term.replace("*", "").lower()
        word = max(word.split(), key=len) if word.split() else word
        word = word[:6] if len(word) > 6 else word
        bare = word.translate(_KEY_TABLE)
        # "Kh-101" is also written "Kh101", "Kh 101" and with other dashes
        variants = {bare} if bare == word else {bare, bare.replace("'", "")} | {
            "".join(ch if ch not in DASHES else sep for ch in word) for sep in ("-", " ", "‑", "–")}
        pieces |= {v for v in variants if v}
    out: list[str] = []
    kept: set[str] = set()
    for piece in sorted(pieces, key=len):
        # a piece that begins with a shorter one is found with it; one that only holds it further in is not
        # (the gates take a piece at the start of a word: "man" does not find "woman", "арк" not "Харкову")
        if not any(piece[:end] in kept for end in range(1, len(piece))):
            out.append(piece)
            kept.add(piece)
    return tuple(out)

def automaton(keywords: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in keywords:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton

def alternation(terms: Iterable[str]) -> str:
    """A regex of any of the terms; one that matches nothing when there are none."""
    terms = list(terms)
    return trie_regex(terms) if terms else "(?!)"


@functools.lru_cache(maxsize=16)
def whole_phrases(phrases: frozenset[str]) -> re.Pattern[str]:
    """One pattern that finds any of the phrases (lower case; a final "*" any ending) as whole words, the longest
    first; one that matches nothing when there are none."""
    alternatives = "|".join(re.escape(p.removesuffix("*")) + (r"\w*" if p.endswith("*") else "")
                            for p in sorted(phrases, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")
