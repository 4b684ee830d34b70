"""Counts of hits ("3 влучання ракет", "щонайменше 12 влучань", "nine hits"): whose weapons they are (D3)."""

from __future__ import annotations

from .clause import Clause
from .phrases import noun_phrase
from .records import Candidate


def count_of_hits(c: Clause, i: int, j: int, cand: Candidate) -> bool:
    """Complete a count of hits at token i whose hit word is at j: the weapon named after it ("3 влучання
    ракет"), else the kind of the attack its sentence names, else (later) the weapons counted before or any
    aerial weapon. False: no weapon figure (see `_of_no_weapon`)."""
    into = c.last_word(j, "target_prepositions") or c.word(j + 1, "target_prepositions")
    hit_by = None if into else noun_phrase(c, j + 1, max_mods=3)  # ("чотири влучили в цілі": the target follows)
    if hit_by is not None and hit_by.weapon not in (None, "people", "aircraft"):
        cand.weapon, cand.models = hit_by.weapon, list(hit_by.models)  # "3 влучання ракет": hits of missiles
        return True
    if not c.role(j, "hit_noun"):
        return True
    if _of_no_weapon(c, i, j):
        return False
    cand.fallback = c.attack_kind(i)  # "12 влучань" after nothing counted: of the attack's weapons
    if cand.fallback is None and (before := c.previous()) is not None:
        cand.fallback = before.attack_kind(before.n)  # (the sentence before: "завдали ракетного удару. Два влучання")
    if cand.fallback is None and any(c.hint(c.low(k)) for k in range(i + 1, j)):
        cand.fallback = "aerial_weapon"  # "17 ворожих прильотів": the enemy's hits, of weapons it does not name
    if cand.fallback not in (None, "aerial_weapon"):
        cand.weapon = cand.fallback  # "після ракетного удару — 4 влучання": the missiles', whatever before
    return True


def _of_no_weapon(c: Clause, i: int, j: int) -> bool:
    """Is a count of hits at token i (its noun at j) of no weapon figure: in or after a sentence of ground fire
    (a day's fire of every kind: D5), of debris ("5 влучань уламків"), or of an airport's traffic next to it
    ("40 прилетов и 35 вылетов")?"""
    before = c.previous()
    return c.names_ground_fire() or (before is not None and before.names_ground_fire()) or c.role(j + 1, "debris") \
        or any(c.word(k, "air_traffic_words") for k in range(max(0, i - 4), min(c.n, j + 5)))


def past_hit_modifiers(c: Clause, j: int) -> int:
    """The token past one or two adjectives at j before a noun of hits ("17 ворожих прильотів"), else j."""
    return j + next((n for n in (1, 2) if c.role(j + n, "hit_noun") and all(
        c.role(m, "mod") for m in range(j, j + n))), 0)
