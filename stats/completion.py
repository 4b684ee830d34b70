"""Words cut off at the end of a text (posts cut at a fixed length): the vocabulary term a cut word began,
when only one fits."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Senses

LIMIT = 10_000  # completions remembered per language (the least recently asked go first)


class Completions:
    """The terms a cut word may complete, gathered once from a lexicon's senses: weapon nouns (by words),
    regions (first word) and outcome verbs that may follow their noun (one word); answers remembered."""

    def __init__(self, senses: Mapping[str, Senses]) -> None:
        self.nouns = [(key.split(" "), sense) for key, sense in senses.items() if sense.head not in (None, "people")]
        self.regions = [(key.split(" ")[0], sense) for key, sense in senses.items() if sense.region is not None]
        # (not a verb whose measure depends on where it stands: "уничтожил" after a weapon is what the weapon
        # did, before it what was done to it; a cut one tells neither)
        self.outcomes = [(key, measure, sense) for key, sense in senses.items() if key.rstrip("*").isalpha()
                         and len({m for m, _ in sense.cues}) == 1
                         for measure, position in sense.cues if position in ("any", "post") and measure != "launched"]
        self.phrases = [(key.split(" "), sense) for key, sense in senses.items() if " " in key and sense.cues]

    def complete(self, prefix: str, before: str = "") -> Senses | None:
        """The weapon noun a word cut off at the end of a text began ("БПЛ" of "БПЛА"; "летатель" after
        "беспилотный", a later word of the phrase "беспилотный летательный аппарат" whose word before it
        stands before it), when every noun it may begin names the same weapon; else the verb of a measure it
        began ("уничтож" of "уничтожены"), when every outcome cue it may begin tells the same measure; a region's
        name it began ("Тульско" of "Тульской области"), when it may begin only one."""
        if len(prefix) < 3:
            return None
        return self._find(prefix, before)

    @functools.lru_cache(maxsize=LIMIT)  # noqa: B019 - one Completions per lexicon lives for the process
    def _find(self, prefix: str, before: str) -> Senses | None:
        found = {sense.head: sense for words, sense in self.nouns if len(words) == 1 and _begins(prefix, words[0])}
        if not found:
            found = {sense.head: sense for words, sense in self.nouns if any(
                _begins(prefix, word) and _begins(before, previous) and len(before) >= len(previous.rstrip("*"))
                for previous, word in itertools.pairwise(words))}
        if found:
            return next(iter(found.values())) if len(found) == 1 else None
        if len(prefix) < 5:
            return None
        # a region's name cut off: "над территорией Тульско" (the first word of "Тульской области")
        places = {sense.region: sense for first, sense in self.regions if _begins(prefix, first)}
        if places:
            return next(iter(places.values())) if len(places) == 1 else None
        measures = {measure: sense for key, measure, sense in self.outcomes if _begins(prefix, key)}
        return next(iter(measures.values())) if len(measures) == 1 else None

    @functools.lru_cache(maxsize=LIMIT)  # noqa: B019 - one Completions per lexicon lives for the process
    def phrase(self, words: tuple[str, ...]) -> tuple[int, Senses] | None:
        """A cue of several words cut off inside its last word ("подавлен средствами радиоэлек" of "подавлен
        средствами радиоэлектронной борьбы"): how many of the last `words` it spans and its sense, when every
        cue they may begin tells the same measure; the longest first."""
        for n in range(min(4, len(words)), 1, -1):
            before, last = list(words[-n:-1]), words[-1]
            if len(last) < 3:
                return None
            fits = [sense for terms, sense in self.phrases if len(terms) >= n and _begins(last, terms[n - 1])
                    and all(_whole(word, term) for word, term in zip(before, terms[:n - 1], strict=True))]
            measures = {tuple(sorted(m for m, _ in sense.cues)) for sense in fits}
            if len(measures) == 1:
                return (n, fits[0])
            if fits:
                return None  # cues of different measures fit: none
        return None


def _whole(word: str, term: str) -> bool:
    """Is the whole word the vocabulary word `term` (a stem with * matches any ending)?"""
    return word == term or ("*" in term and word.startswith(term.rstrip("*")))


def _begins(prefix: str, word: str) -> bool:
    """Does the cut word `prefix` begin the vocabulary word `word` (a stem with * matches any ending)?"""
    return word.startswith(prefix) or ("*" in word and prefix.startswith(word.rstrip("*")))
