"""Rule-based extraction of attack figures from report text.

The vocabulary of each language (schemas/vocab/) is compiled into a tokenizer by :mod:`stats.lexicon`.
Rules (registry.py, numbers.py, words.py; one function per named rule, with its examples) read figures
off the tokens of a sentence (reading.py); document passes complete them: lists and break-downs
(lists.py), events and dates (events.py), antecedents (antecedents.py), attackers (attacker.py) and
figures told twice (repeats.py), run in order by document.py.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .document import extract_text
from .records import Figure
from .registry import RULES

__all__ = ["RULES", "Figure", "extract_text", "iter_documents_figures"]


def iter_documents_figures(texts: Sequence[str]) -> Iterator[list[Figure]]:
    for text in texts:
        yield extract_text(text)
