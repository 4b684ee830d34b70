"""Every extraction rule is registered by name, documented, and reads its own examples as it says."""

from __future__ import annotations

import pytest

from stats.extract import RULES, extract_text


def summary(text: str) -> str:
    return "; ".join(" ".join(x for x in (f.measure, str(f.value), f.weapon, f.model) if x) for f in extract_text(text))


def test_the_rules_in_the_order_they_are_tried() -> None:
    assert list(RULES) == ["not-a-count", "of-them", "partitive", "np", "class-part", "bare", "they", "all-but",
                           "all", "article", "the-single", "the-other", "singular", "list-item", "the-plural", "ages"]


@pytest.mark.parametrize("name", list(RULES))
def test_every_rule_has_a_docstring_and_examples(name: str) -> None:
    rule = RULES[name]
    assert rule.doc
    assert rule.examples


@pytest.mark.parametrize(("name", "text", "expected"),
                         [(r.name, text, want) for r in RULES.values() for text, want in r.examples],
                         ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_a_rule_reads_its_examples(name: str, text: str, expected: str) -> None:
    assert summary(text) == expected
