"""A plural pronoun that opens a sentence and tells what became of the weapons counted before it."""

from __future__ import annotations

from ..contract import OUTCOMES
from .clause import Clause
from .cues import post_cue
from .records import Candidate
from .registry import Match, rule


def _opens_with_pronoun(c: Clause, i: int) -> bool:
    return i == 0 and c.word(i, "they_pronouns")


@rule("they", _opens_with_pronoun)
def they(c: Clause, i: int) -> Match | None:
    """"Чотири дрони летіли на Суми. Вони були збиті": the weapons of the count just before met the fate the
    pronoun's verb tells (an outcome only: "Вони атакували місто" says nothing new), as "all of them" would.

    Examples::

        Чотири ударні дрони атакували Суми. Вони були збиті над містом.
        => launched 4 drone; shot_down 4 drone
        Три беспилотника летели на Курскую область. Они были сбиты над Рыльском.
        => launched 3 drone; shot_down 3 drone
    """
    k = i + 1
    while c.role(k, "aux") or c.role(k, "adv"):
        k += 1
    post = post_cue(c, k, allow_chain=False)
    if post is None or post[0] not in OUTCOMES or post[1] != k:
        return Match([], i + 1)
    t = c.toks[i]
    cand = Candidate(value=0, start=t.start, end=t.end, index=i, weapon=None, models=[], qualifier="exact",
                     rule="all", measure=post[0], definite=True)
    cand.relative = True  # (the document passes give it the count before: antecedents)
    return Match([cand], k + 1)
