"""Counts of casualties that are no figures of their own: some of the injured told after their count, those taken to
hospital ("шесть человек ранены, трое госпитализированы") or in a condition ("eight were injured, two are in critical
condition"); the killed and injured in one count; lives no verb says were taken ("saved 500 lives")."""

from __future__ import annotations

from .clause import Clause


def hospital_after_injured(c: Clause, i: int, cue: int) -> bool:
    """"шесть человек ранены, трое госпитализированы": a count of those taken to hospital after a count of the
    injured in the same sentence is a part of it, no figure (`hospital_words`)."""
    return c.hospital_word(cue) and _injured_before(c, i, but_hospital=True)


def in_a_condition(c: Clause, i: int, j: int) -> bool:
    """"ten were injured, two in serious condition", "десятеро поранені, двоє у важкому стані": a bare count
    with a word of condition (`condition_words`) right after it, after a count of the injured in its sentence, is
    some of them, no figure (ANNOTATION: "35 of them in hospital"); not a count with its own verb before it, no
    comma between ("в Сумах ранены двое в тяжелом состоянии")."""
    return any(c.word(m, "condition_words") for m in range(j, min(c.n, j + 4))) and not _own_verb(c, i) and \
        _injured_before(c, i)


def _injured_before(c: Clause, i: int, but_hospital: bool = False) -> bool:
    """Does a count of the injured stand before the number at i in its sentence: a number with a cue of injuring
    within three words of it (not a word of hospital, with `but_hospital`)?"""
    return any(c.is_num(k) and any("injured" in c.cues(m, ("any", "pre", "post")) and not (
        but_hospital and c.word(m, "hospital_words")) for m in range(max(0, k - 3), min(i, k + 4))) for k in range(i))


def _own_verb(c: Clause, i: int) -> bool:
    """Does a verb of injuring stand before the count at i, no punctuation or other count between?"""
    for k in range(i - 1, max(-1, i - 5), -1):
        if c.toks[k].kind in ("P", "NUM"):
            return False
        if "injured" in c.cues(k, ("any", "pre")):
            return True
    return False


_CASUALTIES = ("killed", "injured")


def casualties_together(c: Clause, k: int, measure: str) -> bool:
    """The killed and the injured in one count, their verbs joined by "or" ("604 civilians were killed or
    injured", "загинули або зазнали поранень 604"): a count of both is a figure of neither."""
    if measure not in _CASUALTIES:
        return False
    other = _CASUALTIES[1 - _CASUALTIES.index(measure)]
    for step in (1, -1):
        m = k + step
        if not c.word(m, "or"):
            continue
        m = c.past_aux(m + step, step)
        if other in c.cues(m, ("any", "pre", "post")):
            return True
    return False


def life_taken(c: Clause, start: int, cue: int) -> bool:
    """Do the lives of the count that ends before `start` (its noun at `cue`) end: a verb of taking lives
    (`life_verbs`) a few words before the count ("claimed 59 lives", "has cost the city at least 23 lives"), or a
    loss after the noun ("45 lives lost", "23 lives were lost")?"""
    if "lost" in c.cues(cue + 1, ("any", "post")) or c.word(cue + 1, "life_verbs"):
        return True
    k = start - 1
    while k >= 0 and (c.is_num(k) or c.qualifier_at(k) or c.role(k, "mod")):
        k -= 1
    for m in range(k, max(-1, k - 3), -1):
        if c.word(m, "life_verbs"):
            return True
        if c.toks[m].kind in ("P", "NUM"):
            return False
    return False
