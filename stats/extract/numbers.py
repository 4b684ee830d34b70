"""Rules that start at a number: "477 drones", "226 of them", "28 out of 31", "shot down 249"."""

from __future__ import annotations

from ..contract import is_part_of
from .clause import Clause
from .counts import among_count, count_before, part_by_model, people_gapped, placed_part, toll_after, whole_before_part
from .cues import (
    AIRCRAFT_MEASURES,
    PEOPLE_MEASURES,
    WEAPON_MEASURES,
    agent,
    compatible,
    composition,
    later_cue,
    measure,
    post_cue,
    pre_cue,
    shooters,
)
from .hits import count_of_hits, past_hit_modifiers
from .lists import dash_before, gapped_more, gapped_period, gapped_time, named_item, placed, placed_after_dash
from .not_counts import is_number
from .parts import hospital_after_injured, in_a_condition
from .phrases import QUOTES, noun_after_participle, noun_phrase
from .places import gapped_place, region_in_brackets
from .records import Candidate, Phrase
from .registry import Match, make, qualifier, rule
from .targets import in_instrumental


@rule("of-them", is_number)
def of_them(c: Clause, i: int) -> Match | None:
    """"226 of them", "300 of them Shaheds", "of which 40": the weapon is the one counted before.

    Examples::

        Russia launched 90 drones; 76 of them were shot down.
        => launched 90 drone; shot_down 76 drone
        Of the 20 missiles, 14 of them Kalibrs, most were downed.
        => launched 20 missile; launched 14 cruise_missile Kalibr
    """
    j = i + 1
    nxt = c.tok(j)
    if nxt is None or not nxt.has("of_them"):
        return None
    q, more = qualifier(c, i)
    m = j + 1
    while c.low(m) in ("–", "—", "-", ":"):
        m += 1
    k = m
    while c.role(k, "aux"):
        k += 1  # "about 80 of them were Shaheds": a part by its model
    np = noun_phrase(c, k, max_mods=2)
    if np is not None and np.weapon is not None and np.weapon != "people" and (k == m or np.models):
        cand = make(c, i, np.weapon, np.models, q, "of-them", np.hint)
        stated = post_cue(c, np.end, allow_chain=False) if k == m else None
        if stated is not None and stated[0] in compatible(np.weapon):
            cand.measure = stated[0]  # "13 of those drones were intercepted"
        return Match([cand], np.end)
    if (told := _group_of_the_counted(c, i, m, q, ("any", "post"))) is not None:
        return told  # "one of those injured was a paramedic"
    group = _group_after(c, m)
    if group:  # "three of them children", "five of them were children": a group of the people counted before
        pre = pre_cue(c, i, PEOPLE_MEASURES)
        if pre is not None and pre[0] == "skip":
            return Match([], m + 1)
        cand = make(c, i, "people", [], q, "of-them", None)
        cand.group = group
        cand.measure = pre[0] if pre is not None else None  # None: the people counted in the sentence before
        return Match([cand], m + 1)
    cand = make(c, i, None, [], q, "of-them", None)
    cand.more = more
    cand.of_which = c.word(j, "of_which")
    post = post_cue(c, j + 1, allow_chain=False)
    cand.flying = post is not None and post[0] == "launched" and c.word(post[1], "flight_words")
    cand.measure = measure(c, i, j + 1, None)
    near = pre_cue(c, i - (1 if q != "exact" else 0), WEAPON_MEASURES, near=2)
    if cand.measure == "launched" and (post is None or post[0] != "launched") and near is None and not placed_part(
            c, i):
        return Match([], j + 1)  # "one of them hitting a mall": a subset, no figure (not "3 of them at Kyiv", D8)
    if cand.measure is None and post is None and near is None and placed(c, i):
        cand.breakdown = True  # "18 из них – над Брянской областью": a regional part (D8) of the total before
        return Match([cand], j + 1)
    return Match([cand] if cand.measure not in ("skip", None) else [], j + 1)


@rule("partitive", is_number)
def partitive(c: Clause, i: int) -> Match | None:
    """"40 of the 50 drones", "28 out of 31": the first number has the measure, the second was launched;
    "one of the missiles": the weapon named before.

    Examples::

        Air defence shot down 28 out of 31 drones.
        => shot_down 28 drone; launched 31 drone
        One of the missiles was intercepted.
        => shot_down 1 missile
    """
    if (whole := whole_before_part(c, i)) is not None:
        return Match([whole], i + 1)  # "из 17 восемь «Кинжалов»": 17 launched, the part read next
    more = c.role(i + 1, "more")  # "six more of the drones"
    nxt = c.tok(i + 1 + more)
    if nxt is None or not nxt.has("of") or nxt.has("of_them"):
        return None
    k = i + 2 + more
    if c.role(k, "all"):
        k += 1
    if c.qualifier_at(k) and c.is_num(k + 1):
        k += 1  # "more than 60 of roughly 80 drones": the whole told with a qualifier of its own
    if c.is_num(k):
        return _part_of_whole(c, i, k)
    while c.word(k, "determiners"):
        k += 1  # "one of its Mirage 2000 jets"
    if (told := _group_of_the_counted(c, i, k, qualifier(c, i)[0], ("any",))) is not None:
        return told  # "Six of the dead were children"
    np = noun_phrase(c, k) or noun_after_participle(c, k)
    if np is not None and np.measure is not None:
        return Match([], np.end)  # "one of the intercepted missiles": counted before
    if np is not None and np.weapon is not None:
        q, _ = qualifier(c, i)
        cand = make(c, i, np.weapon, np.models, q, "partitive", np.hint)
        cand.definite = True
        cand.more = more or cand.more
        cand.measure = measure(c, i, np.end, np.weapon)
        post = post_cue(c, np.end, allow_chain=False)
        if np.excluded or cand.measure in (None, "skip") or (
                post is not None and post[0] == cand.measure and cand.measure != "launched" and c.lex.has_articles
                and agent(c, post[1])):
            return Match([], np.end)  # (or "one of its fighters shot down a jet": the fighter is no figure)
        if cand.value == 1 and cand.measure == "launched" and not more:
            return Match([], np.end)  # "one of the drones fell on a house": one of a set, whose launch is no figure
        return Match([cand], np.end)
    return Match([], i + 1)


def _part_of_whole(c: Clause, i: int, k: int) -> Match:
    """"28 out of 31 drones were shot down": the part (token i) and the whole (token k)."""
    q, _ = qualifier(c, i)
    np = noun_phrase(c, k + 1)
    weapon = np.weapon if np is not None else None
    models = np.models if np is not None else []
    hint = np.hint if np is not None else None
    end = np.end if np is not None else k + 1
    if np is not None and (np.excluded or (np.platform and weapon == "aircraft")):
        return Match([], end)
    if np is None and c.tok(k + 1) is not None and not bare_follower(c, k + 1):
        return Match([], k + 1)
    part = make(c, i, weapon, models, q, "partitive", hint)
    whole = make(c, k, weapon, models, qualifier(c, k)[0], "partitive", hint)
    whole.measure = "launched"
    part.same_as = whole  # "21 out of 24 drones" after "24 Shahed drones": the same Shaheds
    allowed = compatible(weapon)
    post = post_cue(c, end, allow_chain=False)
    kind = composition(c, end)
    if kind is not None:  # "Five of the 18 cruise missiles fired that night were Kh-101s": a part by model
        part.weapon, part.models, part.measure = kind.weapon, list(kind.models), "launched"
        part.part = True
        return Match([part, whole], kind.end)
    if post is not None and post[0] == "launched":
        post = later_cue(c, post[1] + 1, allowed)  # "of the 20 drones launched ... were shot down"
    if post is not None and post[0] != "skip" and post[0] != "launched":
        part.measure = post[0]
    else:
        pre = pre_cue(c, i - (1 if q != "exact" else 0), allowed)
        part.measure = pre[0] if pre is not None and pre[0] not in ("skip", "launched") else None
    if part.measure is None:
        return Match([], end)
    if part.value == 1 and any(c.word(m, "generic_words") for m in (i - 1, i - 2)):
        part.value, part.qualifier = whole.value, whole.qualifier  # "every single one of about 80": all of them
    return Match([part, whole], end)


@rule("np", is_number)
def number_noun(c: Clause, i: int) -> Match | None:
    """A number before a weapon or people noun: "477 drones", "25 Iskander-M/KN-23 ballistic missiles".

    Examples::

        Russia launched 537 aerial weapons, including 477 drones.
        => launched 537 aerial_weapon; launched 477 drone
        Ukraine reported 18 downed drones.
        => shot_down 18 drone
    """
    t = c.toks[i]
    # "сбили пять летевших на столицу дронов": a participle with its object between the number and its noun
    np = noun_phrase(c, _past_counter(c, i + 1)) or (
        noun_after_participle(c, i + 1) if noun_phrase(c, i + 2) is None else None)  # (not its own object)
    if np is None and c.low(i + 1) in ("—", "–", "-") and c.role(i - 1, "of_them"):
        np = noun_phrase(c, i + 2 + c.role(i + 2, "aux"))  # "з них 3 — діти", "из них двое – это дети": a group
        np = np if np is not None and np.group else None
    if np is None or np.weapon is None:
        return None
    if np.excluded or (np.measure is not None and t.has("article")) or (
            c.role(i + 1, "attack_word") and in_instrumental(c, np.head + 1)):  # ("два удари ракетами": strikes, D3)
        return Match([], np.end)  # "debris from a downed drone": the drone was counted before
    if np.weapon == "people" and c.skips(i - 1, "pre") and not (
            c.word(i - 1, "recovery_words") and "killed" in c.cues(np.head, ("any",))):
        # "Состояние троих раненых тяжелое": a condition, no count; "передали 909 погибших": a handover (but the
        # dead brought out of the ruins are the attack's: "рятувальники деблокували 13 загиблих")
        return Match([], np.end)
    q, more = qualifier(c, i)
    cand = make(c, i, np.weapon, np.models, q, "np", np.hint)
    cand.more, cand.group = more, np.group
    cand.gendered = np.weapon == "people" and c.word(np.head, "gender_words")
    cand.whole = c.role(i - (2 if q != "exact" else 1), "of")
    cand.definite = any(c.word(k, "definite") for k in range(i + 1, np.end)) or (  # "20 such missiles"
        not c.lex.has_articles and np.weapon == "missile" and not np.models)  # ("Одну ракету збито" after Kinzhals)
    cand.measure = _noun_measure(c, i, np)
    if cand.measure is None and np.group and (told := among_count(c, np.end - 1)):
        cand.measure, cand.subset = told, True  # "four children were among the 31 wounded": a group of that count
    elif cand.measure is None and np.group and any(c.role(k, "including") for k in range(max(0, i - 3), i)):
        return Match([cand], np.end)  # "including three children": a group of the count before
    if np.weapon == "people" and c.others_counted(np.head, i, cand.measure):
        return None  # "three others over Kursk", "nine others were jammed": others of the weapons counted
    if cand.measure == "skip" or cand.measure is None or (c.word(np.head, "target_nouns") and "hit" in c.cues(
            i - 1 - (q != "exact"), ("any", "post"))):
        return Match([], np.end)  # (or "struck 143 targets": places struck on the ground, no weapons)
    if np.weapon == "aircraft" and (cand.measure not in AIRCRAFT_MEASURES or (
            np.platform and c.word(i - 1 - (q != "exact"), "from_places")) or shooters(c, np)):
        return Match([], np.end)  # launch platforms ("missiles fired from 10 bombers") are no figures, nor
        # jets that shot down weapons ("Two Ukrainian F-16s shot down 12 cruise missiles")
    k = np.end
    if cand.measure not in ("launched", None) and np.weapon != "people" and c.role(k, "of") \
            and not c.role(k, "of_them") and c.is_num(k + 1) and noun_phrase(c, k + 2) is None:
        whole = make(c, k + 1, np.weapon, np.models, qualifier(c, k + 1)[0], "partitive", np.hint)
        whole.measure = next(iter(c.cues(k + 2, ("attr",))), "launched")  # the whole: "из 21", "из 85 сбитых"
        cand.same_as = whole
        return Match([cand, whole], k + 2)
    return Match([cand], np.end)


def _noun_measure(c: Clause, i: int, np: Phrase) -> str | None:
    """The measure of "N nouns": the noun's own ("12 поранених"), a participle's ("18 сбитых"), or the cues'."""
    own = [m for m in c.cues(np.head, ("any",)) if m in PEOPLE_MEASURES] if np.weapon == "people" else []
    if own == ["injured"] and any("killed" in c.cues(k, ("any", "pre", "post")) for k in (
            i - 1 - (c.role(i - 1, "more") or c.role(i - 1, "adv")), np.end)):
        return "killed"  # "в лікарні померли двоє поранених", "умер еще один пострадавший": they died
    if own:
        return own[0]  # "12 поранених", "3 загиблих": the noun says the measure
    if np.measure not in (None, "launched") and np.weapon != "people":
        return np.measure  # "о 18 сбитых беспилотниках": the participle says it ("incoming" lets a verb speak)
    if (c.word(i + 1, "counter_words") or c.hyphened(i)) and "launched" in c.cues(
            i + 1 if c.word(i + 1, "counter_words") else np.end, ("any", "pre", "post")):
        return "launched"  # "был 81 пуск вражеских ракет": launches counted; "a 415-drone attack": the attack's
    return toll_after(c, np) or measure(c, i, np.end, np.weapon, partitive_whole=after_of(c, i))


def _past_counter(c: Clause, k: int) -> int:
    """The token after a counter word ("14 единиц БПЛА", "12 units of drones") at k, else k."""
    if not c.word(k, "counter_words"):
        return k
    return k + 1 + c.role(k + 1, "of")


def after_of(c: Clause, i: int) -> bool:
    """Is the number the whole of a partitive ("of the 50 drones", "Of 93 drones launched, ...")?"""
    k = i - 1
    if c.qualifier_at(k):
        k -= 1
    if not c.role(k, "of") or c.cues(k, ("any", "pre")):
        return False
    before = c.tok(k - 1)  # ("150 drones out of 170 drones launched")
    return before is None or before.kind in ("NUM", "P") or before.has("all") or c.weapon_at(k - 1)


def bare_follower(c: Clause, j: int) -> bool:
    """May token j follow a bare number that is still a figure ("shot down 249 and jammed 226")?"""
    t = c.tok(j)
    if t is None:
        return True
    if t.has("attack_word") and not t.has("hit_noun"):
        return False  # "launched 15 attacks with drones": a count of attacks, no figure (D3)
    if (c.word(j, "others") or c.role(j, "more")) and c.word(j + 1, "place_nouns"):
        return False  # "in seven other regions", "in two more regions": of a noun that no figure counts
    return t.kind == "P" or t.has("boundary") or t.has("bare") or t.has("aux") or t.has("of_them") or (
        t.has("of") or t.has("over")) or bool(t.sense and (t.sense.cues or t.sense.skip or "more" in t.sense.roles))


@rule("class-part", is_number)
def class_part(c: Clause, i: int) -> Match | None:
    """A number with an adjective of a class standing for the weapon noun named before it: "20 ракет: 15
    крилатих і 5 балістичних", "20 missiles: 15 cruise and 5 ballistic" (the adjective and that noun make a
    term of the vocabulary); the measure is the clause's.

    Examples::

        Russia fired 20 missiles overnight: 15 cruise and 5 ballistic.
        => launched 20 missile; launched 15 cruise_missile; launched 5 ballistic_missile
    """
    j = i + 1 + (c.low(i + 1) in ("–", "—", "-"))
    t = c.tok(j)
    if t is None or not t.low.isalpha() or (t.sense is not None and (t.sense.head or t.sense.cues)):
        return None
    after = c.tok(j + 1)
    if after is not None and not (after.kind == "P" or c.word(j + 1, "and")):
        return None  # "15 крилатих ракет": the noun's own phrase
    noun = next((k for k in range(i - 1, max(-1, i - 25), -1) if c.weapon_at(k)), None)
    if noun is None:
        return None
    sense = c.lex.lookup(f"{t.low} {c.low(noun).split(' ')[-1]}")
    whole = c.toks[noun].sense
    if sense is None or sense.head is None or whole is None or sense.head == whole.head or \
            not is_part_of(sense.head, str(whole.head)):
        return None
    pre = pre_cue(c, i, WEAPON_MEASURES)
    if pre is None or pre[0] == "skip":
        return None
    q, _ = qualifier(c, i)
    cand = make(c, i, sense.head, [], q, "class-part", None)
    cand.measure = pre[0]
    return Match([cand], j + 1)


@rule("bare", is_number)
def bare(c: Clause, i: int) -> Match | None:
    """A bare number next to a measure: "shot down 249 and jammed 226 of them", "76 were shot down",
    "14 injured"; its weapon is the one counted before (the document passes find it).

    Examples::

        Russia launched 537 aerial weapons. Ukraine shot down 249 and jammed 226 of them.
        => launched 537 aerial_weapon; shot_down 249 aerial_weapon; jammed 226 aerial_weapon
        Russia launched 40 drones. 35 were shot down.
        => launched 40 drone; shot_down 35 drone
    """
    j = past_hit_modifiers(c, i + 1 + c.word(i + 1, "counter_words"))  # "(14 единиц)", "17 ворожих прильотів"
    if not bare_follower(c, j) or (c.role(i - 2, "singular") and c.low(i - 1) == "," and c.low(j) == ","):
        return Match([], j)  # (or an age in apposition: "One man, 48, was injured")
    q, more = qualifier(c, i)
    back = i - (2 if q != "exact" else 1)  # the token before the number and its qualifier
    part = part_by_model(c, i, q)
    if part is not None:
        return part
    if (more or c.word(i - 1, "and")) and _more_of_another_noun(c, i):  # ("14 houses were destroyed and 37 damaged")
        return Match([], j)
    cand = make(c, i, None, [], q, "bare", None)
    cand.more = more
    shared = noun_phrase(c, j + 2) if c.word(j, "and") and c.is_num(j + 1) and dash_before(c, i) is None else None
    if shared is not None and shared.weapon not in (None, "people") and not shared.excluded:
        cand.weapon, cand.models = shared.weapon, list(shared.models)  # "14 і 6 дронів відповідно": the next's noun
    cand.of_them = c.role(back, "of_them") or (c.low(back) in ("—", "–") and c.role(back - 1, "of_them"))
    post = post_cue(c, j + 1 if c.role(j, "more") or c.word(j, "others") else j, allow_chain=False) or (
        post_cue(c, shared.end, allow_chain=False) if cand.weapon is not None and shared is not None else None)
    if post is None and c.role(back, "of") and (attr := c.cues(j, ("attr",))) and bare_follower(c, j + 1):
        post = (attr[0], j)  # a whole, its participle for its noun: "57 дронів ... із 437 збитих по всій Росії"
    if (post is not None and post[0] == "injured" and hospital_after_injured(c, i, post[1])) or (
            post is None and in_a_condition(c, i, j)):
        return Match([], j)
    if post is not None:
        cand.measure = post[0]
        if post[0] in PEOPLE_MEASURES and post[1] == j and (group := _group_after(c, j + 1)):
            cand.weapon, cand.group = "people", group  # "including four injured children"
        if post[0] == "hit" and post[1] == j + (c.low(j) in QUOTES) and not count_of_hits(c, i, post[1], cand):
            return Match([], j)  # (the hit noun may stand in quotation marks: 'два «прильоти»')
        cand.flying = post[0] == "launched" and c.word(post[1], "flight_words") and (
            c.role(back, "of_them") or c.role(back, "including"))  # "..., including two flying at Moscow"
    elif (count := count_before(c, i)) is not None:
        cand.weapon, cand.models, cand.measure = count  # "количество сбитых БПЛА составляет 26"
        cand.definite = True
        return Match([cand], j)
    else:
        j = _measure_of_list_item(c, i, j, cand)
        if cand.breakdown:
            return Match([cand], j)
    whole = back - 1 - (c.low(back - 1) == ",")  # the noun of the count "including" follows
    if cand.measure is None and c.role(back, "including") and not c.role(j, "aux") and (c.weapon_at(whole) or
                                                                                       c.region_at(whole)) and (
            found := pre_cue(c, back, WEAPON_MEASURES)):  # (or a list item's place: "5 – над регионом, в т.ч. 2")
        cand.measure = found[0]  # "shot down 80 drones, including 52 overnight": the count's measure
    if cand.measure is None and (like := _compared(c, i)) is not None:
        # "1,410 drones in September and 818 in August, compared to 1,100 in June": the noun and measure before
        np, cand.measure = like
        cand.weapon, cand.models = np.weapon, list(np.models)
    if cand.measure in (None, "skip"):
        return Match([], j)
    if (counted := _of_noun_before(c, i)) is not None:
        cand.weapon, cand.models, cand.definite = counted.weapon, list(counted.models), True
    return Match([cand], j)


def _more_of_another_noun(c: Clause, i: int) -> bool:
    """"six storage tanks were destroyed and two more damaged": "more" adds to the number before it in the
    sentence, which counts a noun that is no weapon nor person (a word the vocabulary gives no sense but
    that of a compound's first word, "storage")."""
    for p in range(i - 1, max(-1, i - 15), -1):
        if c.role(p, "boundary") or c.low(p) in (";", ":"):
            return False
        if c.is_num(p):
            after = c.tok(p + 1)
            sense = after.sense if after is not None else None
            plain = after is not None and after.low.isalpha() and (sense is None or not (
                sense.cues or sense.skip or sense.head or sense.model or after.roles - {"compound"}))
            return plain and noun_phrase(c, p + 1) is None and not c.word(p + 1, "counter_words")  # ("51 units")
    return False


def _measure_of_list_item(c: Clause, i: int, j: int, cand: Candidate) -> int:
    """The measure of a bare number with no cue after it: a cue just before it, or the list's it stands in
    ("22 — над территорией Белгородской области", "mostly over Bryansk (43) and Kursk (29)"); the token
    after it."""
    back = i - (1 if cand.qualifier != "exact" else 0)
    of_people = back >= 2 and c.role(back - 1, "of") and c.word(back - 2, "people_groups")
    if of_people:
        cand.weapon = "people"  # "killing a family of four": the people the noun before "of" counts
    pre = pre_cue(c, back, PEOPLE_MEASURES if of_people else WEAPON_MEASURES | PEOPLE_MEASURES, near=5 if of_people
                  else 2)
    rise = c.phrase_ending(back - 1, "rise_words")
    if pre is not None and pre[0] == "skip" and rise and pre[1] >= back - rise:
        pre = None  # "the death toll has reached 9": the rise's "has" tells no stock
    if pre is not None and rise and pre[0] == "launched" and c.role(pre[1], "attack_word"):
        # "the death toll from the missile attack to 27": the attack caused the toll that rose
        pre = pre_cue(c, back - rise, PEOPLE_MEASURES, number=back) or pre
    if pre is None and rise:
        # "the death toll ... has risen to 29": the words of the rise ("has") tell no stock; a toll rises
        pre = pre_cue(c, back - rise, PEOPLE_MEASURES, number=back) or pre_cue(
            c, back - rise, WEAPON_MEASURES | PEOPLE_MEASURES, number=back)
    for _ in range(2):  # "two more over Crimea", "22 — над территорией ...", "three each over ...", "3 each - in"
        if c.role(j, "more") or c.low(j) in ("—", "–", "-") or (c.role(j, "bare") and c.word(j, "others")) or \
                c.word(j, "distributive_after"):
            j += 1
    # "над Калужской — 42", "..., а в Павлоградському – 2"
    dash = dash_before(c, i)  # "а над Брянской – ещё 3"
    placed_before = dash is not None and (c.region_at(dash - 1) or gapped_place(c, dash - 1) or gapped_period(
        c, dash - 1) or (c.region_at(dash - 2) and c.word(dash - 1, "place_nouns")))  # "над Орловской и ... — 2"
    if pre is None and dash is not None and c.weapon_at(dash - 1) and not any(
            c.is_num(m) for m in range(max(0, dash - 3), dash)) and (found := pre_cue(c, dash, WEAPON_MEASURES)):
        # "сбили больше всего беспилотников – 72", "Ракет було менше – 198": the noun, then its count after a dash
        cand.weapon, pre = getattr(c.toks[dash - 1].sense, "head", None), found
    if pre is None and ((c.place_at(j) and not c.role(j, "over")) or placed_before) and (people := people_gapped(
            c, i, dash if placed_before and not c.place_at(j) else None)) is not None:
        cand.weapon, pre = "people", people  # "19 people were injured in Kharkiv and four in Sumy"
    if pre is None and (c.place_at(j) or placed_before or placed_after_dash(c, i, j) or named_item(c, i) or (
            gapped_time(c, i, j) or gapped_more(c, i, j))):
        pre = pre_cue(c, i, WEAPON_MEASURES)  # a break-down: "20 over the Belgorod region", "11 — в Ростовской"
        if pre is None:
            cand.breakdown = True  # a part of a break-down: the measure is the list's, or there is none
            return j
    if c.place_at(j) and (c.low(i - 1) in (":", ",") or c.word(i - 1, "and")):
        cand.after_colon = True  # (and "... 21 Shaheds over Odesa and 4 over Mykolaiv": one more item)
    if pre is None and region_in_brackets(c, i):
        pre = pre_cue(c, i, WEAPON_MEASURES)  # "mostly over Bryansk (43) and Kursk (29)"
        cand.after_colon = pre is not None
    cand.measure = pre[0] if pre is not None else None
    return j


def _compared(c: Clause, i: int) -> tuple[Phrase, str | None] | None:
    """The figure a bare number is set beside: "N drones in September and M in August", "compared to M"."""
    k = i - (2 if c.qualifier_at(i - 1) else 1)
    if not (c.role(k, "comparison") or c.word(k, "and") or c.low(k) == ","):
        return None
    compared = c.role(k, "comparison")  # "886 drones were destroyed ..., compared with 751": past the cue
    for p in range(k - 1, max(-1, k - 14), -1):
        if c.role(p, "boundary") or c.low(p) in (";", ":") or (c.cues(p, ("any", "pre", "post")) and not compared):
            return None
        if c.is_num(p):
            np = noun_phrase(c, p + 1)
            if np is None:
                continue  # another bare number of the same comparison ("... and 818 in August, compared to")
            if np.weapon in (None, "people"):
                return None
            found = measure(c, p, np.end, np.weapon)
            return (np, found) if found not in (None, "skip") else None
    return None


def _of_noun_before(c: Clause, i: int) -> Phrase | None:
    """"из дронов сбиты девять", "Of the missiles, 59 were downed": the noun the bare number counts."""
    for k in range(i - 1, max(-1, i - 10), -1):
        if c.is_num(k) or c.role(k, "boundary") or c.low(k) in (";", ":"):
            return None
        if c.role(k, "of") and not c.role(k, "of_them"):
            np = noun_phrase(c, k + 1, max_mods=3)
            if np is None or np.weapon in (None, "people") or np.end > i or np.excluded:
                return None
            return np
    return None


def _group_of_the_counted(c: Clause, i: int, k: int, q: str, positions: tuple[str, ...]) -> Match | None:
    """A people cue at k ("the dead", "those killed") and a group after it ("were children", "was a medic"):
    the number at i is a group of the people counted before, with the cue's measure; None otherwise."""
    people = [m for m in c.cues(k, positions) if m in PEOPLE_MEASURES]
    if not people or not (group := _group_after(c, k + 1)):
        return None
    cand = make(c, i, "people", [], q, "of-them", None)
    cand.group, cand.measure = group, people[0]
    return Match([cand], k + 1)


def _group_after(c: Clause, m: int) -> str:
    """The group of the people noun at m, or after an auxiliary there ("were children", "was a medic"): "" if
    none."""
    while c.role(m, "aux") or (m > 0 and c.role(m - 1, "aux") and c.role(m, "article")):
        m += 1
    np = noun_phrase(c, m, max_mods=1)
    if np is not None and c.hospital_word(np.end):
        return ""  # "10 из них медики госпитализировали": the medics took them to hospital
    return np.group if np is not None and np.weapon == "people" and np.group else ""
