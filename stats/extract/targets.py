"""Weapons that reached a target of their own (D12, D19): "struck the hospital with a missile", "дрон атаковал
автомобиль", "удар дрона по автомобилю" are hits; attacking a country, region or city names where they flew."""

from __future__ import annotations

from .clause import Clause


def struck_a_target(c: Clause, start: int) -> bool:
    """"Russia struck the city centre with two missiles": a verb of striking with a target of its own, not a
    country, region or city ("struck Ukraine with 300 drones" launched them), then "with" and the figure at
    `start`: the weapons hit the target."""
    if not c.word(start - 1, "instrument_words"):
        return False
    for verb in range(start - 2, max(-1, start - 14), -1):
        t = c.toks[verb]
        if t.kind in ("NUM", "P") or t.has("boundary"):
            return False
        if t.low.split(" ", 1)[0] in c.lex.words["target_verbs"]:
            between = range(verb + 1, start - 1)
            return any(c.toks[k].kind == "W" and c.text[c.toks[k].start].islower() and not c.word(k, "place_nouns")
                       for k in between)
    return False


def attacked_a_target(c: Clause, start: int, end: int) -> bool:
    """Did the weapons of the phrase from token `start` to `end` attack a target of their own: as the subject of
    a verb of striking and its object ("дрон атаковал легковой автомобиль", "a drone attacked a bus"), after a
    verb or noun of striking with the target after a preposition of targets ("удара дрона по автомобилю",
    "ударили ракетой по многоэтажке", "атака дрона на автомобиль"), or after a participle of striking whose
    subject is the target ("автомобиль был атакован дроном")? Not in an attempt ("попытка атаки беспилотника")."""
    if any(c.word(m, "attempt_words") for m in range(start)):
        return False  # "пресечена попытка ... атаку пятью беспилотниками по объектам": it reached nothing
    k = _past_owner(c, end)
    verb = _verb_at(c, k)
    if verb:
        m = k + verb
        head = c.low(end - 1)
        if any(head.endswith(e) for e in c.lex.words["instrumental_endings"]):
            return False  # "двумя авиабомбами ударила авиация": the subject is after the verb
        return _own_target(c, m + c.word(m, "target_prepositions"))
    before = start - 1
    while c.role(before, "mod") or c.role(before, "article"):
        before -= 1
    if c.word(before, "attack_target_participles"):
        subject = before - 1
        while c.role(subject, "aux") or c.role(subject, "adv"):
            subject -= 1
        return subject >= 0 and _own_target(c, subject)
    if not (_verb_at(c, before) or c.role(before, "attack_word")) or not c.word(k, "target_prepositions"):
        return False
    return _own_target(c, k + 1)


def _past_owner(c: Clause, k: int) -> int:
    """The token after a weapon's phrase past its owner and adverbs ("дрон ВСУ снова атаковал")."""
    while k < c.n and (c.role(k, "adv") or (c.toks[k].end - c.toks[k].start > 1
                                             and c.text[c.toks[k].start:c.toks[k].end].isupper())):
        k += 1
    return k


def _verb_at(c: Clause, k: int) -> int:
    """How many tokens from k spell a verb of striking (`attack_target_verbs`: "атаковал", "нанес удар"); 0 if
    none."""
    for n in (3, 2, 1):
        if k + n <= c.n and " ".join(c.low(m) for m in range(k, k + n)) in c.lex.words["attack_target_verbs"]:
            return n
    return 0


def _own_target(c: Clause, k: int) -> bool:
    """Does a target of its own start at token k: a lower-case word past an article that names no place
    (`place_nouns`, a region), time, weapon or person ("автомобиль", "a bus"; not "Таганрог", "the city")?"""
    while c.role(k, "article") or c.role(k, "adv"):
        k += 1
    t = c.tok(k)
    if t is None or t.kind != "W" or not c.text[t.start].islower() or len(t.low) < 3 or c.word(k, "place_nouns"):
        return False
    return t.sense is None or (t.sense.head is None and t.sense.region is None and t.sense.model is None
                               and not t.sense.cues)
