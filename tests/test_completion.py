"""The index of cut words (stats.completion) finds exactly the words a scan with `_begins` finds."""

from __future__ import annotations

import pytest

from stats.completion import Completions, _begins, _PrefixIndex
from stats.lexicon import load


@pytest.mark.parametrize("language", ["en", "ru", "uk"])
def test_the_index_finds_what_a_scan_finds(language: str) -> None:
    completions = Completions(load(language).senses)
    for words in ([w[0] if len(w) == 1 else "" for w, _ in completions.nouns],
                  [first for first, _ in completions.regions], [key for key, _, _ in completions.outcomes]):
        index = _PrefixIndex(words)
        prefixes = {word[:n] for word in words for n in range(3, len(word) + 2)} | {"xyzzy", "бпл", "летатель"}
        for prefix in sorted(prefixes)[::7]:  # (every seventh: the test stays quick)
            assert index.begun_by(prefix) == [i for i, word in enumerate(words) if word and _begins(prefix, word)]


def test_a_stem_begun_by_a_longer_cut_word() -> None:
    index = _PrefixIndex(["drone*", "drones", "missile", ""])
    assert index.begun_by("dron") == [0, 1]
    assert index.begun_by("dronez") == [0]  # (a stem with * matches any ending)
    assert index.begun_by("mis") == [2]
    assert index.begun_by("xyz") == []
