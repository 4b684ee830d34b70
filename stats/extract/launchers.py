"""Rocket-launcher fire: the casualties of a strike told only with the rockets of a rocket launcher (Vilkha,
Vampire, HIMARS: `launcher` models) are no figures, as those of shelling are not (D17)."""

from __future__ import annotations

from .clause import Clause

NEAR = 2  # a weapon noun this close to a launcher's model is its rockets ("ракетами «Ольха»", "Vilkha missiles")


def launcher_fire_only(clauses: list[Clause]) -> bool:
    """Do the sentences name the rockets of a rocket launcher and no other munition but in their own phrase?"""
    launcher = False
    for c in clauses:
        near = [k for k, t in enumerate(c.toks) if (t.sense is not None and t.sense.model is not None
                and c.lex.models[t.sense.model].launcher) or c.phrase_starting(k, "launcher_rockets")]
        launcher = launcher or bool(near)
        for k, t in enumerate(c.toks):
            sense = t.sense
            if sense is None or k in near:
                continue
            munition = sense.model is not None or sense.head not in (None, "people", "aircraft")
            if munition and (" " in t.low or not any(abs(k - m) <= NEAR and not any(
                    c.word(j, "and") or c.word(j, "or") for j in range(min(k, m) + 1, max(k, m))) for m in near)):
                return False  # another munition ("беспилотники и ракеты «Ольха»", a term of several words)
    return launcher
