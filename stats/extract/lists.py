"""Lists: "ЗБИТО/ПОДАВЛЕНО – 451, у тому числі:" over its items, break-down lines under a total."""

from __future__ import annotations

import re

from .clause import Clause
from .records import Candidate

BULLETS = ("-", "–", "—", "•", "*", "·", "▪", "►")
LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]\s*)?\d[\d\s]*\s*[-–—:]")


def opens_list(c_text: str) -> bool:
    return c_text.rstrip().endswith(":")


def continue_list(c: Clause, cands: list[Candidate], whole: Candidate | None) -> Candidate | None:
    """Items of a list after "...destroyed 96 UAVs, namely:" take the measure of the figure it opened with;
    returns the figure the next line's items belong to (None: no list goes on)."""
    line = c.text[c.sent.start:c.sent.end]
    item = line.lstrip().startswith(BULLETS) or any(cand.breakdown for cand in cands)
    if whole is not None and item:
        for cand in cands:
            if cand.breakdown:
                cand.measure = whole.measure
                cand.part = True
                cand.part_of = whole
        for cand in cands:
            if cand.index in c.defaulted and cand.weapon not in (None, "people", "aircraft"):
                cand.measure = whole.measure
                cand.part = True
        return whole
    if opens_list(line) and cands:
        wholes = [cand for cand in cands if not cand.part and cand.weapon not in (None, "people")]
        return wholes[-1] if wholes else None
    return None
