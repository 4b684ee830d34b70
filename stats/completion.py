"""Words cut off at the end of a text (posts cut at a fixed length): the vocabulary term a cut word began,
when only one fits."""

from __future__ import annotations

import bisect
import dataclasses
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
        self.nouns = [(key.split(" "), sense) for key, sense in senses.items() if sense.head not in (None, "people")
                      and not any("*" in word.rstrip("*") for word in key.split(" "))]  # (not a compound's stems
        # joined: "самоле(т)" is no "самолет-беспилотник")
        self.regions = [(key.split(" ")[0], sense) for key, sense in senses.items() if sense.region is not None]
        # (not a verb whose measure depends on where it stands: "уничтожил" after a weapon is what the weapon
        # did, before it what was done to it; a cut one tells neither)
        self.outcomes = [(key, measure, sense) for key, sense in senses.items() if key.rstrip("*").isalpha()
                         and len({m for m, _ in sense.cues}) == 1
                         for measure, position in sense.cues if position in ("any", "post") and measure != "launched"]
        self.phrases = [(key.split(" "), sense) for key, sense in senses.items() if " " in key and sense.cues]
        # the words a cut word may begin, indexed (a search of every term per cut word was a tenth of the time)
        self._single = _PrefixIndex([words[0] if len(words) == 1 else "" for words, _ in self.nouns])
        self._regions = _PrefixIndex([first for first, _ in self.regions])
        self._outcomes = _PrefixIndex([key for key, _, _ in self.outcomes])

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
        fits = [self.nouns[i][1] for i in self._single.begun_by(prefix)] or [
            sense for words, sense in self.nouns if any(
                _begins(prefix, word) and _begins(before, previous) and len(before) >= len(previous.rstrip("*"))
                for previous, word in itertools.pairwise(words))]
        if fits:
            if len({sense.head for sense in fits}) > 1:
                return None
            if all("singular" in sense.roles for sense in fits):
                return fits[-1]
            # the cut word may end as a plural as well ("бесп" of "беспилотник" or "беспилотниками"): its number is
            # told by a verb beside it alone ("сбит самоле(т)"), as a number-neutral noun's is
            return dataclasses.replace(fits[-1], roles=fits[-1].roles - {"singular"} | {"cut_off"})
        if len(prefix) < 5:
            return None
        # a region's name cut off: "над территорией Тульско" (the first word of "Тульской области")
        places = {self.regions[i][1].region: self.regions[i][1] for i in self._regions.begun_by(prefix)}
        if places:
            return next(iter(places.values())) if len(places) == 1 else None
        measures = {self.outcomes[i][1]: self.outcomes[i][2] for i in self._outcomes.begun_by(prefix)}
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


class _PrefixIndex:
    """Words (some stems ending in *) and the cut words that begin them, as `_begins` tells, found without a scan:
    the words that start with the cut word (a range of the sorted words), and the stems the cut word starts with."""

    def __init__(self, words: list[str]) -> None:
        self.sorted = sorted((word, i) for i, word in enumerate(words) if word)
        self.keys = [word for word, _ in self.sorted]
        self.stems: dict[str, list[int]] = {}
        for i, word in enumerate(words):
            if "*" in word:
                self.stems.setdefault(word.rstrip("*"), []).append(i)

    def begun_by(self, prefix: str) -> list[int]:
        """The indices of the words `prefix` begins, in the words' order."""
        start = bisect.bisect_left(self.keys, prefix)
        found = set()
        for k in range(start, len(self.keys)):
            if not self.keys[k].startswith(prefix):
                break
            found.add(self.sorted[k][1])
        for n in range(1, len(prefix) + 1):
            found.update(self.stems.get(prefix[:n], ()))
        return sorted(found)
