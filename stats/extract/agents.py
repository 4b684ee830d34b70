"""Who stopped the weapons, named before the verb: electronic warfare alone makes the figure jammed, air defence
and electronic warfare together make it neutralized (one figure of both)."""

from __future__ import annotations

from .clause import Clause


def combined_agent(c: Clause, k: int) -> bool:
    """Do air defence and electronic warfare together (`combined_agents`) stand a few words before the verb at k
    ("силами ППО та РЕБ придушили", "air defense and electronic warfare systems on duty eliminated")?"""
    for m in range(k - 1, max(-1, k - 8), -1):
        if c.is_num(m) or c.low(m) in (";", ".") or c.cues(m, ("any", "pre", "post")):
            return False
        if c.phrase_ending(m, "combined_agents"):
            return True
    return False


def agent_before(c: Clause, k: int) -> bool:
    """Does electronic warfare, the agent, stand right before the verb at k (past an auxiliary): "средствами
    РЭБ подавлены", "силами РЭБ были нейтрализованы"?"""
    m = k - 1
    while m >= 0 and (c.role(m, "aux") or c.role(m, "adv")):
        m -= 1
    return m >= 0 and c.phrase_ending(m, "jamming_agents") > 0
