"""Weapons that reached a target of their own (D12, D19): "struck the hospital with a missile", "дрон атаковал
автомобиль", "удар дрона по автомобилю" are hits; attacking a country, region or city names where they flew."""

from __future__ import annotations

from ..contract import OUTCOMES
from ..text import Token
from .clause import Clause


def struck_a_target(c: Clause, start: int) -> bool:
    """"Russia struck the city centre with two missiles": a verb of striking with a target of its own, not a
    country, region or city ("struck Ukraine with 300 drones" launched them), then "with" and the figure at
    `start`: the weapons hit the target."""
    verb = verb_of_striking(c, start)
    if verb is None:
        return False
    first = _past_articles(c, verb + 1)
    if first >= start - 1 or c.role(first, "of") or any(c.word(first, key) for key in (
            "place_prepositions", "target_prepositions", "from_places")):
        return False  # "attacked from the north with 14 drones": a preposition, no object
    between = range(first, start - 1)
    return any((c.toks[k].kind == "W" or c.role(k, "compound")) and c.text[c.toks[k].start].islower()
               and not c.word(k, "place_nouns") for k in between)  # ("a Patriot launcher": a compound noun)


def verb_of_striking(c: Clause, start: int) -> int | None:
    """The verb of striking (`target_verbs`) before "with" and the figure at `start`, in its clause and no
    number between ("struck the city centre with two missiles", "hits Kyiv with 40 drones"); None if none."""
    if not c.word(start - 1, "instrument_words"):
        return None
    for verb in range(start - 2, max(-1, start - 14), -1):
        t = c.toks[verb]
        if t.kind in ("NUM", "P") or t.has("boundary"):
            return None
        if t.low.split(" ", 1)[0] in c.lex.words["target_verbs"]:
            return verb
    return None


def attacked_a_target(c: Clause, start: int, end: int) -> bool:
    """Did the weapons of the phrase from token `start` to `end` attack a target of their own: as the subject of
    a verb of striking and its object ("дрон атаковал легковой автомобиль", "a drone attacked a bus"), after a
    verb or noun of striking with the target after a preposition of targets ("удара дрона по автомобилю",
    "ударили ракетой по многоэтажке", "атака дрона на автомобиль"), or after a participle of striking whose
    subject is the target ("автомобиль был атакован дроном")? Not in an attempt ("попытка атаки беспилотника"),
    nor where the sentence tells another outcome ("атаковали предприятие и были сбиты": D4, D19)."""
    return _targeted(c, start, end) and not (_outcome_told(c, start) or _attempted(c, start))


def _targeted(c: Clause, start: int, end: int) -> bool:
    """The target of its own after the weapons' verb, preposition or participle (see attacked_a_target)."""
    k = _past_owner(c, end)
    instrumental = in_instrumental(c, end)
    users = c.phrase_starting(k, "users") if instrumental else 0
    k += users  # "дроном росіяни вдарили по лікарні": the weapon, its users, their verb
    if instrumental and not users:  # its users before it, a modifier of it or an abbreviation after it: "росіяни
        # дроном вдарили", "ВСУ беспилотником атаковали", "ракетою ЗСУ вдарили"
        users = c.phrase_ending(start - 1, "users") or c.phrase_starting(start, "users") or c.phrase_ending(
            k - 1, "users")
    if instrumental and not users:  # "Двумя беспилотниками были атакованы подстанции": the target after its participle
        m = c.past_aux(k)
        if (participle := c.phrase_starting(m, "attack_target_participles")) and _own_target(c, m + participle):
            return True
    verb = _verb_at(c, k)
    if verb:
        m = k + verb
        if instrumental and not users:
            return False  # "двумя авиабомбами ударила авиация": the subject is after the verb
        if c.word(k, "drops"):  # "дрон сбросил взрывчатку на автомобиль": the load, then a target after a preposition
            m += c.phrase_starting(m, "loads")
            return c.word(m, "target_prepositions") and _own_target(c, m + 1)
        return _own_target(c, m + c.word(m, "target_prepositions"))
    before = start - 1
    while c.role(before, "mod") or c.role(before, "article"):
        before -= 1
    if instrumental and _object_of_verb(c, before, k):
        return True
    participle = c.phrase_ending(before, "attack_target_participles")  # "атакован", "attacked by"
    if participle:
        subject = c.past_aux(before - participle, -1)
        return subject >= 0 and not c.word(subject, "relatives") and _own_target(c, subject)
    if _verb_at(c, before) == 1 and _target_before_verb(c, before, end):
        return True  # the verb before its subject, the target before it: "в многоэтажку ударила ракета"
    if not (_verb_at(c, before) or c.role(before, "attack_word")) or not c.word(k, "target_prepositions"):
        return False
    return _own_target(c, k + 1)


def _outcome_told(c: Clause, start: int) -> bool:
    """Does the sentence tell the weapons at `start` stopped (shot down, jammed, neutralized, repelled; "РЭБ
    предотвратили атаку беспилотником по заводу")? Not another count's outcome before them ("збито 20 дронів, ще
    3 вдарили по підприємству")."""
    first = max((k + 1 for k in range(start) if c.is_num(k)), default=0)
    return any(m in OUTCOMES for k in range(first, c.n) if not (c.word(k, "attack_target_verbs") or c.word(
        k, "attack_target_participles")) for m in c.cues(k, ("any", "pre", "post")))  # (a verb or participle of
    # striking that can also say downed, "уразили", "ракетой поражено предприятие", is the strike's)


def _attempted(c: Clause, start: int) -> bool:
    """Was the attack only tried: a word of attempting shortly before the weapons, with the attack it governs
    between ("пресечена попытка осуществить атаку пятью беспилотниками по объектам"; not "после попытки
    прорыва дрон атаковал автомобиль")?"""
    tried = [m for m in range(max(0, start - 8), start) if c.word(m, "attempt_words")]
    return bool(tried) and any(c.role(m, "attack_word") or _verb_at(c, m) for m in range(tried[-1] + 1, start))


def _past_owner(c: Clause, k: int) -> int:
    """The token after a weapon's phrase past its owner ("дрон противника", "дрон ВСУ") and adverbs."""
    while k < c.n:
        owner = c.phrase_starting(k, "owners_after")
        if owner:
            k += owner
        elif c.role(k, "adv") or (c.toks[k].end - c.toks[k].start > 1
                                  and c.text[c.toks[k].start:c.toks[k].end].isupper()):
            k += 1  # (an abbreviation of its owner: "БПЛА ВСУ")
        elif c.low(k) == "(" and (close := next((m for m in range(k + 1, min(c.n, k + 5)) if c.low(m) == ")"),
                                                None)) is not None:
            k = close + 1  # its abbreviation in brackets: "беспилотник (БПЛА) атаковал"
        else:
            break
    return k


def _verb_at(c: Clause, k: int) -> int:
    """How many tokens from k spell a verb of striking (`attack_target_verbs`: "атаковал", "нанес удар"); 0 if
    none."""
    for n in (3, 2, 1):
        if k + n <= c.n and " ".join(c.low(m) for m in range(k, k + n)) in c.lex.words["attack_target_verbs"]:
            return n
    return 0


def _own_target(c: Clause, k: int) -> bool:
    """Does a target of its own start at token k: up to three lower-case words (adjectives and their noun,
    past an article) whose last, the noun, names no place, street, time or direction (`place_nouns`) and no weapon,
    and that no name of a place follows ("автомобиль", "легковой автомобиль", "a bus", "мирных жителей"; not
    "Таганрог", "курортный Сочи", "the city", "несколько районов")?"""
    k = _past_articles(c, k)
    within = False  # a target on the grounds of a place: "the territory of a factory", "територію підприємства"
    if c.word(k, "area_nouns"):
        m = _past_articles(c, k + 1 + c.role(k + 1, "of"))
        if (t := c.tok(m)) is not None and t.kind in ("W", "V") and c.text[t.start].islower() and not (
                t.has("bare") or (t.sense is not None and t.sense.cues)):
            k, within = m, True  # (what follows decides; "территорию Курской области" stays a place)
    words: list[int] = []
    if _named_adjective(c, k):
        k += 1  # a name's adjective before the target's noun: "Тюменский нефтеперерабатывающий завод"
    while len(words) < 3 and (t := c.tok(k)) is not None and _target_word(c, t) and not c.word(k, "place_prepositions"):
        words.append(k)
        k += 1
        if t.sense is not None and t.sense.head == "people":
            break  # a person, then whose or where ("жительницу села")
    if not words:
        return False
    head = c.toks[words[-1]].sense
    after = c.tok(k)
    if after is not None and after.kind in ("W", "V") and c.text[after.start].isupper() and not (
            head is not None and head.head == "people") and (within or not _noun_before_name(c, words[-1])):
        return False  # an adjective of a place's name ("прифронтовой Херсон"; not "жительницу Курской области",
        # nor a noun named after it: "трассу Рыльск — Крупец")
    if any(c.word(m, key) for m in words for key in ("place_nouns", "street_words", "vague_quantities", "time_units",
                                                     "type_words")):  # (not "ракетами різних типів")
        return False
    return head is None or (head.region is None and head.model is None and head.head in (None, "people"))


def _past_articles(c: Clause, k: int) -> int:
    """The token after the articles and adverbs that start at k ("the", "a", "again")."""
    while c.role(k, "article") or c.role(k, "definite_article") or c.role(k, "adv"):
        k += 1
    return k


def _target_word(c: Clause, t: Token) -> bool:
    """May token t be a word of a target's phrase: a lower-case word of no role but a modifier's, no cue and no
    weapon ("легковой", "автомобиль", "мирных жителей"), or an age ("18-летнюю")?"""
    if t.kind == "HYPH" and c.text[t.start].isdigit():
        return True  # an age: "18-летнюю жительницу", "a 40-year-old man"
    if t.low in c.lex.words["site_abbreviations"]:
        return True  # "АЗС", "ТЕЦ": a site
    if t.kind not in ("W", "V") or not c.text[t.start].islower() or len(t.low) < 3:
        return False
    s = t.sense
    if s is None:
        return " " not in t.low
    return not (s.roles - {"mod", "singular", "compound"} or s.cues or s.head not in (None, "people")) and (
        " " not in t.low or s.head == "people")


def _named_adjective(c: Clause, k: int) -> bool:
    """Is token k a capitalised adjective (by its ending, `adjective_endings`) naming the place of the lower-case
    target after it ("Тюменский нефтеперерабатывающий завод", "Новороссийский порт"), no place itself?"""
    t, after = c.tok(k), c.tok(k + 1)
    return bool(c.lex.adjective_endings) and t is not None and after is not None and t.kind in ("W", "V") and \
        c.text[t.start].isupper() and t.low.isalpha() and t.low.endswith(c.lex.adjective_endings) and \
        not c.region_at(k) and _target_word(c, after)


def _noun_before_name(c: Clause, k: int) -> bool:
    """Is token k, the last word of a target before a capitalised name, a noun (no adjective's ending, in a
    language whose adjectives have them): "трассу Рыльск — Крупец", not "прифронтовой Херсон"?"""
    return bool(c.lex.adjective_endings) and not c.low(k).endswith(c.lex.adjective_endings)


def _target_before_verb(c: Clause, verb: int, end: int) -> bool:
    """A target of its own after a preposition of targets a few words before the verb at `verb`, whose subject is
    the weapons' phrase ending at `end` (not weapons in the instrumental: "по энергосистеме ударили 78 ракетами")."""
    if in_instrumental(c, end):
        return False
    return any(c.word(p, "target_prepositions") and not c.word(p + 1, "relatives") and _own_target(c, p + 1)
               for p in range(verb - 1, max(-1, verb - 5), -1))  # (not "по которому ... ударили 22 дрона": a place)


def _object_of_verb(c: Clause, before: int, k: int) -> bool:
    """Weapons in the instrumental after a verb of striking whose object is a target of its own, right after them
    or between the verb and them ("атакували дроном автобус", "атаковали автомобиль дроном"); the phrase ends
    before token k and the word before it is at `before`."""
    if _verb_ending(c, before):
        return _own_target(c, k)
    first = before
    while first > before - 4 and first >= 0 and (_target_word(c, c.toks[first]) or c.role(first, "adv")):
        first -= 1
    if first < before and _verb_ending(c, first) and _own_target(c, first + 1):
        return True
    # a target after its preposition between the verb and the weapons, past where it stands: "нанесли удар по
    # торговому центру в Одессе двумя ракетами"
    for p in range(before, max(-1, before - 9), -1):
        if (c.word(p, "target_prepositions") or c.low(p).split(" ")[-1] in c.lex.words["target_prepositions"]) and (
                _verb_ending(c, p - 1) or _verb_ending(c, p)) and _own_target(c, p + 1):
            return True  # (the preposition may be the verb's last word: "ударили по")
        if c.toks[p].kind in ("NUM", "P") or c.cues(p, ("any", "pre", "post")):
            return False
    return False


def _verb_ending(c: Clause, k: int) -> bool:
    """Does a verb of striking (`attack_target_verbs`) end at token k?"""
    return any(k - n + 1 >= 0 and _verb_at(c, k - n + 1) == n for n in (1, 2, 3))


def in_instrumental(c: Clause, end: int) -> bool:
    """Does the weapons' phrase ending at `end` end in the instrumental (`instrumental_endings`): the weapons are
    the means of the verb, not its subject?"""
    return c.low(end - 1).endswith(tuple(c.lex.words["instrumental_endings"]))
