"""Accuracy on real text nobody on the project wrote (sources and scoring in tests/real_sources.py).

The Air Force cards and the defence ministry's judged rows live in ../shared/real beside the repository;
the tests skip, saying why, where it is absent. The real-reporting corpus is scored by bench/real.py (its
texts are in a cache outside the repository)."""

from __future__ import annotations

import pytest

from tests.real_sources import REAL, score_cards

needs_real = pytest.mark.skipif(not REAL.exists(), reason=f"{REAL} is absent (real texts are not in the repository)")


@needs_real
def test_air_force_cards_2023_f1_against_their_gold() -> None:
    result = score_cards()
    assert result.cards == 245
    assert result.f1 >= 0.97, "\n".join(result.misses)
