"""Rocket-launcher fire: the casualties of a strike told only with the rockets of a rocket launcher (Vilkha,
Vampire, HIMARS: `launcher` models) are no figures, as those of shelling are not (D17)."""

from __future__ import annotations

from ..models import Model
from .classes import MISSILES
from .clause import Clause

QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’", "„"})
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


LAUNCHER_REACH = 18  # tokens after the noun within which a launched cue and its launcher's name may stand


def launcher_models(c: Clause, k: int, head: str) -> list[Model]:
    """The missile model a launched participle or relative clause after the noun names by its launcher
    ("три ракеты, которые выпустил комплекс «Гром-2»", "a missile fired from an Iskander-M launcher", "rockets
    of the HIMARS system");
    an aircraft that carried them ("fired from Tu-95MS bombers") names no model of theirs."""
    # "six rockets of a HIMARS launcher", "снаряды РСЗО «Ольха»": the launcher's rockets
    launched = c.role(k, "of") or c.word(k, "launcher_words")
    for m in range(k + launched, min(c.n, k + LAUNCHER_REACH)):
        t = c.toks[m]
        if t.kind == "NUM" or t.low in (";", ".") or t.has("boundary") or (launched and t.has("aux")) or (
                c.weapon_at(m) and not c.role(m + 1, "compound")):  # "ракетным комплексом": the launcher
            return []  # "... launched overnight were Kh-55s": the verb of the sentence, not the launcher's name
        if t.sense is not None and t.sense.model is not None:
            model = c.lex.models[t.sense.model]
            fits = model.weapon in MISSILES and (head == "missile" or model.weapon == head)
            models = [model]
            joint = m + 1 + (c.low(m + 1) in QUOTES)  # past the name's closing quote: «Ольха» и «Вампир»
            second = joint + 1 + (c.low(joint + 1) in QUOTES)
            other = c.toks[second].sense if c.word(joint, "and") and c.model_at(second) else None
            if other is not None and other.model is not None and c.lex.models[other.model].weapon in MISSILES:
                models.append(c.lex.models[other.model])  # "rockets of HIMARS and Uragan launchers"
            return models if launched and fits else []
        if t.sense is not None and t.sense.cues:
            if {measure for measure, _ in t.sense.cues} != {"launched"}:
                return []
            launched = True
    return []
