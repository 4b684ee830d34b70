"""Counts told after a count of the injured that are some of them, no figures: those taken to hospital ("шесть
человек ранены, трое госпитализированы") and those in a condition ("eight were injured, two are in critical
condition")."""

from __future__ import annotations

from .clause import Clause


def hospital_after_injured(c: Clause, i: int, cue: int) -> bool:
    """"шесть человек ранены, трое госпитализированы": a count of those taken to hospital after a count of the
    injured in the same sentence is a part of it, no figure (`hospital_words`)."""
    if not c.hospital_word(cue):
        return False
    return any(c.is_num(k) and any("injured" in c.cues(m, ("any", "pre", "post")) and not c.word(
        m, "hospital_words") for m in range(max(0, k - 3), min(i, k + 4))) for k in range(i))


def in_a_condition(c: Clause, i: int, j: int) -> bool:
    """"ten were injured, two in serious condition", "десятеро поранені, двоє у важкому стані": a bare count
    with a word of condition (`condition_words`) right after it, after a count of the injured in its sentence, is
    some of them, no figure (ANNOTATION: "35 of them in hospital"); not a count with its own verb before it, no
    comma between ("в Сумах ранены двое в тяжелом состоянии")."""
    return any(c.word(m, "condition_words") for m in range(j, min(c.n, j + 4))) and not _own_verb(c, i) and any(
        c.is_num(k) and any("injured" in c.cues(m, ("any", "pre", "post")) for m in range(max(0, k - 3), min(i, k + 4)))
        for k in range(i))


def _own_verb(c: Clause, i: int) -> bool:
    """Does a verb of injuring stand before the count at i, no punctuation or other count between?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        if c.toks[k].kind in ("P", "NUM"):
            return False
        if "injured" in c.cues(k, ("any", "pre")):
            return True
    return False
