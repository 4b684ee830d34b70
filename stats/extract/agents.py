"""Who stopped the weapons, named before the verb: electronic warfare alone makes the figure jammed, air defence
and electronic warfare together make it neutralized (one figure of both)."""

from __future__ import annotations

from .clause import Clause


def combined_agent(c: Clause, k: int) -> bool:
    """Do air defence and electronic warfare together (`combined_agents`) stand a few words before the verb at k
    ("силами ППО та РЕБ придушили", "air defense and electronic warfare systems on duty eliminated")?"""
    seen: set[str] = set()  # or a list that names both ("вогнем ППО та засобами РЕБ знищено")
    joined = False
    for m in range(k - 1, max(-1, k - 10), -1):
        spans = {key: c.phrase_ending(m, key) or int(_ends_with(c.low(m), c.lex.words[key])) for key in _AGENTS}
        kinds = {key for key, span in spans.items() if span}
        if c.is_num(m) or c.low(m) in (";", ".") or (c.cues(m, ("any", "pre", "post")) and not kinds):
            return False
        if c.phrase_ending(m, "combined_agents"):
            return True
        if kinds and seen and c.cues(m - max(spans.values()), ("any", "pre", "post")):
            return False  # the agent of a verb of its own ("20 were jammed by electronic warfare, and ...")
        if kinds and seen - kinds and (c.word(m + 1, "and") or (c.low(m + 1) == "," and joined)):
            return True  # (a comma only in a list that "and" ends: "силами ППО, мобільних груп і РЕБ")
        seen |= kinds
        joined = joined or c.word(m, "and")
    return False


def combined_after(c: Clause, k: int, start: int | None = None) -> bool:
    """Do air defence and electronic warfare together stand after the verb at k (from `start` on, past the
    count a verb before it governs) as its agent, in its clause: "уничтожены силами ПВО и РЭБ", "destroyed by air
    defense and electronic warfare forces", or a list of agents that names both ("destroyed ... by air defense
    forces, mobile fire groups and electronic warfare", "by electronic warfare and anti-aircraft fire")? Not an
    agent that opens a clause of its own ("jammed by electronic warfare, and air defense shot down 5 more")."""
    seen = {key for key in _AGENTS if _ends_with(c.low(k), c.lex.words[key])}
    first = start if start is not None else k + 1
    for m in range(first, min(c.n, first + 13)):
        if (n := c.phrase_starting(m, "combined_agents")):
            return not _opens_clause(c, m + n)
        spans = {key: c.phrase_starting(m, key) or int(_ends_with(c.low(m), c.lex.words[key])) for key in _AGENTS}
        kinds = [key for key, span in spans.items() if span]
        if kinds and seen - set(kinds) and (c.word(m - 1, "and") or c.low(m - 1) == ","):
            return not _opens_clause(c, m + max(spans.values()))
        if not kinds and (c.is_num(m) or c.low(m) in (";", ".", ":") or c.cues(m, ("any", "post"))):
            return False  # (a cue before its object only does not end it: "mobile firing groups")
        seen.update(kinds)
    return False


def _opens_clause(c: Clause, after: int) -> bool:
    """Does a verb or a count follow the agent ending before `after`, within three words: the agent is a new
    clause's subject ("силами ППО збито ще 5", "and electronic warfare jammed the rest")?"""
    for m in range(after, min(c.n, after + 3)):
        if (c.is_num(m) and not c.word(m - 1, "place_prepositions")) or c.cues(m, ("any", "post")):
            return True  # (not "in 9 regions", nor a word before its object: "mobile fire groups")
        if c.toks[m].kind == "P":
            return False
    return False


_AGENTS = ("fire_agents", "jamming_agents")  # air defence, electronic warfare


def _ends_with(low: str, agents: frozenset[str]) -> bool:
    """Does a token (a verb merged with its agent: "destroyed by air defense") end with one of the agents?"""
    if low in agents:
        return True
    words = low.split(" ")
    return len(words) > 1 and any(" ".join(words[n:]) in agents for n in range(1, len(words)))


def agent_before(c: Clause, k: int) -> bool:
    """Does electronic warfare, the agent, stand right before the verb at k (past an auxiliary): "средствами
    РЭБ подавлены", "силами РЭБ были нейтрализованы"?"""
    m = c.past_aux(k - 1, -1)
    return m >= 0 and c.phrase_ending(m, "jamming_agents") > 0
