"""The regular expressions a vocabulary compiles to: the tokenizer's pattern (dates, vocabulary terms,
times, percentages, money, ranges, numbers, words), and the phrases that tell a figure's side, the
story's teller and another attack than the first. Built by stats.lexicon from a vocabulary's data."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .errors import VocabularyError
from .terms import APOSTROPHES, JOINING_DASHES, alternation, trie_regex


def strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{where} must be a list of non-empty strings")
    return value

def date_pattern(months: Mapping[str, int], time: Mapping[str, Any], where: str) -> str:
    def alt(key: str) -> str:
        return alternation(strings(time.get(key, []), f"{where} time.{key}"))

    month = "(?:" + trie_regex(months) + r")\.?"
    day = rf"\d{{1,2}}(?:{alt('ordinals')})?"
    year = rf"(?:\d{{4}})(?:\s*(?:{alt('year_words')})\b)?"
    joiner = alt("day_joiners")
    return rf"""
        (?: (?=\d)(?: {day} (?:\s*(?:{joiner})\s*{day})? \s+ (?:(?:{alt('day_of')})\s+)? {month}
                        (?:\s*,?\s*{year})? (?!\w)
                    | \d{{4}}-\d{{2}}-\d{{2}}
                    | \d{{1,2}}\.\d{{1,2}}\.\d{{2,4}} (?!\d))
          | {month} \s+ (?: {day} (?!\d) (?:\s*(?:{joiner})\s*{day}(?!\d))? (?:\s*,?\s*{year})?
                         | \d{{4}} (?!\d))
        )"""

def token_pattern(terms: list[str], months: Mapping[str, int], data: Mapping[str, Any], where: str) -> str:
    time = data.get("time", {})
    clock = strings(time.get("clock_suffixes", []), f"{where} time.clock_suffixes")
    percent = strings(data.get("grammar", {}).get("percent", []), f"{where} grammar.percent")
    # words a term's words may have a comma before ("збито, або подавлено" is the term "збито або подавлено")
    joins = frozenset(w.lower() for w in strings(data.get("grammar", {}).get("comma_joins", []),
                                                 f"{where} grammar.comma_joins"))
    return (
        rf"""
        (?P<DATE>{date_pattern(months, time, where)})        # dates: 28 June, June 28, 2025-06-28
        | (?P<V>{trie_regex(terms, joins)})(?!\w|[{JOINING_DASHES}]\w|[{APOSTROPHES}](?!s\b)\w)  # a vocabulary
                                  # term, longest first, not the start of a hyphenated word or of one with an
                                  # apostrophe ("сім'я" is no "сім"; "Russia's" keeps "Russia")
        | (?=\d)(?:                                           # what starts with a digit (tested once)
          (?P<TIME>\d{{1,2}}[:.]\d{{2}}(?!\d)(?:\s?(?:{alternation(clock)}))?   # 09:00, 09:00 am
                 | \d{{1,2}}\s?(?:{alternation(c for c in clock if c.endswith("."))}))  # 9 a.m.
        | (?P<PCT>\d+(?:[.,]\d+)?\s?(?:%|(?:{alternation(percent)})(?!\w)))  # 45%, 45 per cent
        | (?P<BIG>\d{{10,}})                                     # no count has ten digits
        | (?P<RANGE>(?:\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+|\d+)\s?[-–—]\s?
                  (?:\d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}})+|\d+)(?:\s?%)?(?![\d.,]))  # 20-25, 800–1 000, 85-86%
        | (?P<HYPH>\d+(?:[.,]\d+)?(?:[-‐‑][^\W\d_]+)+)         # 64-year-old, 3-storey, 1.5-tonne
        | (?P<NUM>\d{{1,3}}(?:(?:,|[ \u00a0\u202f\u2009])\d{{3}})+(?![\d]|[.,]\d)
                 | \d+(?![.,]\d))                                # 1,200 / 1 200 / 537
        | (?P<DEC>\d+[.,]\d+)                                 # 1.5 (never a count)
        )
        | (?P<MONEY>[$€£₴₽]\s?\d[\d,.]*)                      # $1.2, €300
        | (?P<W>\w+(?:[{JOINING_DASHES}{APOSTROPHES}]\w+)*)           # any other word (hyphenated: one word)
        | (?P<P>\S)                                           # punctuation
        """
    )

def attacker_re(attacker: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """Phrases that say whose attack a sentence tells: Ukrainian, Ukrainian over a place, Russian."""
    def terms(key: str) -> list[str]:
        return strings(attacker.get(key, ["-"]), f"{where} attacker.{key}")

    places = terms("places_ukraine_attack")
    ukraine_cues = terms("ukraine") + [
        f"{prefix} {place}" for prefix in terms("place_prefixes") for place in places] + [
        f"{place} {suffix}".replace(" '", "'") for suffix in terms("place_suffixes") for place in places]
    over_cues = [f"{prefix} {place}" for prefix in terms("place_prefixes_over") for place in places]
    prefixes = terms("place_prefixes") + terms("place_prefixes_over")
    russia_cues = terms("russia") + [f"{prefix} {place}" for prefix in prefixes
                                     for place in terms("places_russia_attack")]
    return re.compile(
        r"(?<!\w)(?:" + _longer(ukraine_cues, russia_cues) + "(?P<ukraine>" + trie_regex(ukraine_cues) + ")"
        r"|(?P<ukraine_over>" + trie_regex(over_cues) + ")"
        r"|" + _longer(russia_cues, ukraine_cues) + "(?P<russia>" + trie_regex(russia_cues) + ")"
        r"|(?P<enemy>" + alternation(strings(attacker.get("enemy", []), f"{where} attacker.enemy")) + r"))"
        r"(?!\w|['’]s\b)",  # "Russia's deadliest attack" names no place
        re.IGNORECASE,
    )

def speaker_re(attacker: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """Phrases that tell which side is telling the story."""
    russia, ukraine = (strings(attacker.get(f"speaker_{side}", []), f"{where} attacker.speaker_{side}")
                       for side in ("russia", "ukraine"))
    return re.compile(r"(?<!\w)(?:" + _longer(russia, ukraine) + "(?P<russia>" + alternation(russia) + ")|"
                      + _longer(ukraine, russia) + "(?P<ukraine>" + alternation(ukraine) + r"))(?!\w)", re.IGNORECASE)


def _longer(terms: list[str], others: list[str]) -> str:
    """A guard before one side's phrases: not where the other side's longer phrase that begins with one of them
    starts ("Минобороны Украины", not the Russian "Минобороны")."""
    starts = tuple(term.lower() + " " for term in terms)
    longer = [other for other in others if other.lower().startswith(starts)]
    return "(?!(?:" + trie_regex(longer) + r")(?!\w))" if longer else ""

_ESCAPES = re.compile(r"\\.|\(\?P<\w+>")


def for_lower_case(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern to search lower-cased text with: compiled case-sensitive (about twice as fast) when every
    letter it names is lower case, else the case-insensitive pattern itself (which reads lower case too)."""
    letters = _ESCAPES.sub("", rx.pattern)
    if letters != letters.lower() or not rx.flags & re.IGNORECASE:
        return rx
    return re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)


def time_re(time: Mapping[str, Any], where: str) -> re.Pattern[str]:
    """Markers of another attack than the first ("the night before") and of the first one ("overnight")."""
    return re.compile(
        r"(?<!\w)(?:(?P<previous>" + trie_regex(strings(time.get("previous", ["-"]), where)) + ")"
        r"|(?P<current>" + trie_regex(strings(time.get("current", ["-"]), where)) + r"))(?!\w)",
        re.IGNORECASE,
    )
