"""Rules that start at a word standing for a number: "all 14 drones", "both", "all but one of",
"a cruise missile", "the missile", and a singular noun in a language without articles."""

from __future__ import annotations

from .ages import ages_start, ages_trigger
from .clause import Clause
from .coordination import correlative
from .cues import PEOPLE_MEASURES, before_place, measure, measure_around, post_cue, pre_cue
from .launchers import QUOTES
from .phrases import noun_phrase
from .records import Candidate, Phrase
from .registry import Match, make, rule
from .single import debris, generic, measure_of_one, one_more, plural_head, told_as_also
from .targets import in_instrumental

DEFENCE = frozenset({"shot_down", "jammed", "neutralized"})  # "the building hit by the missile" is a description


def _no_figure(found: str | None) -> bool:
    return found in (None, "skip", "launched") or found in PEOPLE_MEASURES


@rule("all-but", lambda c, i: c.role(i, "all_but"))
def all_but(c: Clause, i: int) -> Match | None:
    """"all but one of 59 drones were shot down": launched 59, shot down 58; "all but one of them".

    Examples::

        All but one of the 59 drones were shot down.
        => shot_down 58 drone; launched 59 drone
    """
    j = i + 1
    if not c.is_num(j):
        return Match([], i + 1)
    k = j + 1
    if c.role(k, "of_them"):
        return _all_but_of_antecedent(c, i, k + 1, None)
    if c.role(k, "of"):
        k += 1
    if not c.is_num(k):
        # "all but one of the drones": the whole is the number of drones named before
        np = noun_phrase(c, k, max_mods=3)
        if np is None:
            return _all_but_of_antecedent(c, i, k, None)  # "збили всі, крім одного"
        if np.weapon in (None, "people"):
            return Match([], j + 1)  # the number after "all but" counts what was not: never a figure
        return _all_but_of_antecedent(c, i, np.end, np)
    np = noun_phrase(c, k + 1)
    end = np.end if np is not None else k + 1
    weapon = np.weapon if np is not None else None
    found = measure_around(c, i, end, weapon)
    if found in (None, "skip", "launched"):
        return Match([], j + 1)
    models = np.models if np is not None else []
    whole = make(c, k, weapon, models, "exact", "all-but", None)
    whole.measure = "launched"
    but, total = c.toks[j], c.toks[k]
    part = Candidate(value=(total.value or 0) - (but.value or 0), start=c.toks[i].start, end=but.end, index=i,
                     weapon=weapon, models=list(models), qualifier="exact", rule="all-but", measure=found)
    whole.definite = part.definite = True
    return Match([whole, part], end)


def _all_but_of_antecedent(c: Clause, i: int, end: int, np: Phrase | None) -> Match:
    """"all but one of them": the measure, with the value relative to the figure named before (-1 here)."""
    found = measure_around(c, i, end, np.weapon if np is not None else None, participle_yields=False)
    if _no_figure(found):
        return Match([], i + 2)  # "all but 10 of the drones launched that day": 10 counts what was not
    but = c.toks[i + 1]
    cand = Candidate(value=-(but.value or 0), start=c.toks[i].start, end=but.end, index=i,
                     weapon=np.weapon if np is not None else None, models=list(np.models) if np is not None else [],
                     qualifier="exact", rule="all-but", measure=found, definite=np is not None)
    cand.relative = True
    return Match([cand], end)


@rule("all", lambda c, i: c.role(i, "all") or c.role(i, "both"))
def all_of(c: Clause, i: int) -> Match | None:
    """"all 14 drones were shot down", "both missiles were downed", "all of them were shot down".

    Examples::

        All 14 drones were shot down.
        => launched 14 drone; shot_down 14 drone
        Russia fired two Kh-59 missiles; both were intercepted.
        => launched 2 cruise_missile Kh-59; shot_down 2 cruise_missile Kh-59
    """
    both = c.role(i, "both")
    j = i + 1
    if c.qualifier_at(i - 1) or c.word(i - 1, "verb_negations"):
        return Match([], j)  # "almost all of them", "майже всі", "не всі": a vague part of them, no figure
    if both and correlative(c, j):
        return Match([], j)  # "both attack and decoy drones", "both in Russia and in Crimea": no count of two
    if c.is_num(j) and not both:
        return _all_number(c, i, j)
    if c.role(j, "of_them"):
        np, end = None, j + 1
    else:
        np = noun_phrase(c, j, max_mods=3)
        end = np.end if np is not None else j
    if np is not None and (np.weapon in (None, "people") or np.excluded):
        return Match([], i + 1)
    if np is None and end == j and not (c.role(j, "aux") or c.cues(j, ("any", "post"))) and (
            not both or ((t := c.tok(j)) is not None and t.kind == "W" and t.low.isalpha())):
        return Match([], i + 1)  # (nor "both sides", "обидві сторони": two of no weapon)
    found = measure_around(c, i, _past_coordinated(c, end), np.weapon if np is not None else None)
    if _no_figure(found):
        return Match([], i + 1)
    t = c.toks[i]
    weapon = np.weapon if np is not None else None
    models = np.models if np is not None else []
    cand = Candidate(value=2 if both else 0, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                     qualifier="exact", rule="both" if both else "all", measure=found, definite=True)
    cand.relative = not both
    if both:
        launched = Candidate(value=2, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                             qualifier="exact", rule="both", measure="launched", definite=True)
        return Match([launched, cand], end)
    return Match([cand], end)


def _all_number(c: Clause, i: int, j: int) -> Match:
    """"all 14 drones were shot down": 14 launched and 14 with the measure; so is each count listed after the
    first ("all 20 missiles and 12 drones were shot down")."""
    np = noun_phrase(c, j + 1)
    if np is None and c.role(j + 1, "attack_word") and not c.role(j + 1, "hit_noun"):
        return Match([], j + 2)  # "отбили все три атаки": attacks counted, no weapons (D3)
    end = np.end if np is not None else j + 1
    weapon = np.weapon if np is not None else None
    items = [(j, np)]
    while np is not None and (c.low(end) == "," or c.word(end, "and")) and c.is_num(end + 1):
        more = noun_phrase(c, end + 2)
        if more is None or more.weapon in (None, "people") or more.excluded:
            break
        items.append((end + 1, more))
        end = more.end
    found = measure_around(c, i, _past_coordinated(c, end), weapon)
    if _no_figure(found) or weapon == "people":
        return Match([], i + 1)  # read as a plain number
    out: list[Candidate] = []
    for k, phrase in items:
        models = phrase.models if phrase is not None else []
        hint = phrase.hint if phrase is not None else None
        item_weapon = phrase.weapon if phrase is not None else None
        launched = make(c, k, item_weapon, models, "exact", "all", hint)
        launched.measure = "launched"
        done = make(c, k, item_weapon, models, "exact", "all", hint)
        done.measure = found
        launched.definite = done.definite = True
        out += [launched, done]
    return Match(out, end)


def _past_coordinated(c: Clause, end: int) -> int:
    """The token after a counted phrase joined by "along with", "as well as" ("all weapons along with three
    drones were destroyed": the verb is the whole subject's), or `end` where none is."""
    k = end + (c.low(end) == ",")
    if not (joined := c.phrase_starting(k, "coordinators") or c.word(k, "and")) or not c.is_num(k + joined):
        return end  # (or "and": "All missiles and 288 drones")
    np = noun_phrase(c, k + joined + 1, max_mods=3)
    return np.end + (c.low(np.end) == ",") if np is not None else end


def _article_trigger(c: Clause, i: int) -> bool:
    if c.role(i, "article"):  # (not "второй" with no noun: "одну сбили, вторая попала", the-other)
        return not c.role(i, "the_other") or noun_phrase(c, i + 1, max_mods=3) is not None
    if not c.role(i, "not_before"):
        return False
    np = noun_phrase(c, i + 1, max_mods=2)
    return np is not None and np.weapon == "people" and np.singular


@rule("article", _article_trigger)
def article(c: Clause, i: int) -> Match | None:
    """"a cruise missile was shot down", "another drone hit", "the pilot was killed".

    Examples::

        A cruise missile was shot down over the Kyiv region.
        => shot_down 1 cruise_missile
        Another drone hit a warehouse.
        => hit 1 drone
    """
    t = c.toks[i]
    np = noun_phrase(c, i + 1, max_mods=3)
    joined = c.word(i - 1, "and") or c.low(i - 1) == ","
    if np is None and t.has("more") and (joined or c.cues(i - 1, ("any", "pre"))) and (
            (placed := c.place_at(i + 1) or i + 1 >= c.n or c.toks[i + 1].kind == "P") or joined):
        return Match([cand] if (cand := one_more(c, i, placed)) is not None else [], i + 1)
    if np is None and t.has("the_other"):
        return the_other(c, i)  # "two were shot down, while a third hit a house": the weapon left, no noun
    if np is None or np.weapon is None or np.excluded or not (np.singular or np.weapon != "people"):
        return Match([], i + 1)
    if np.measure in STOPPED and np.weapon != "people":  # "debris from a downed drone", "an intercepted drone
        return Match([debris(c, i, np, "article")], np.end)  # crashed": one downed weapon, as debris (repeats)
    if np.measure is not None or c.role(i - 1, "debris"):
        return Match([], np.end)  # "a launched drone", "debris from a drone": no figure of its own
    if (np.weapon != "people" and t.has("not_before")) or c.is_num(i + 1):
        return Match([], i + 1)
    found = measure_of_one(c, np, i, allow_chain=np.weapon != "people")
    if found is None and not (np.group and c.role(i - 1, "including")):
        return Match([], np.end)  # (but "12 killed, including a child": a group of the count, with its measure)
    if np.weapon not in ("people", "aircraft") and plural_head(c, np.end - 1):
        return Match([], np.end)
    o = t.has("the_other") and not c.word(i, "further_ordinals")  # ("a third missile": one more, not one of them)
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models, qualifier="exact",
                     rule="article", measure=found, hint=np.hint, group=np.group, ordinal=o,
                     definite=o)  # ("the second missile": one of a count, of the count's class)
    cand.person = np.weapon == "people"
    cand.more = t.has("more") or (t.has("the_other") and not o) or (cand.person and told_as_also(c, i, np.end))
    return Match([cand], np.end)


@rule("the-single", lambda c, i: c.role(i, "definite_article"))
def the_single(c: Clause, i: int) -> Match | None:
    """"The missile was shot down" after "one Kh-59 missile": the fate of a single weapon launched.

    Examples::

        Russia fired one Kh-59 missile. The missile was shot down.
        => launched 1 cruise_missile Kh-59; shot_down 1 cruise_missile Kh-59
        12 drones and a Kh-59 missile were launched; air defences downed ten drones and destroyed the missile.
        => launched 12 drone; launched 1 cruise_missile Kh-59; shot_down 10 drone; shot_down 1 cruise_missile Kh-59
    """
    np = noun_phrase(c, i + 1, max_mods=2)
    if np is None or np.weapon in (None, "people", "aircraft", "aerial_weapon") or np.excluded or plural_head(
            c, np.end - 1):
        return Match([], i + 1)
    post = post_cue(c, np.end, allow_chain=False) or pre_cue(c, i, DEFENCE, near=1)  # "downed the missile"
    if post is None or _no_figure(post[0]) or c.word(np.end, "relatives"):
        return Match([], i + 1)  # a relative clause ("the missile that struck the hospital"): a description
    t = c.toks[i]
    found = "jammed" if post[0] == "lost" else post[0]
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=list(np.models),
                     qualifier="exact", rule="the-single", measure=found, definite=True)
    return Match([cand], np.end)


@rule("the-other", lambda c, i: c.role(i, "the_other"))
def the_other(c: Clause, i: int) -> Match | None:
    """"the other" with no noun, before a verb of what became of it: the one weapon left of a count of two
    (its weapon is the one counted before, as a bare number's).

    Examples::

        Russia fired two missiles. One was shot down, the other hit a warehouse.
        => launched 2 missile; shot_down 1 missile; hit 1 missile
    """
    if noun_phrase(c, i + 1, max_mods=2) is not None:
        return Match([], i + 1)  # "the other drones": a noun of its own
    post = post_cue(c, i + 2 if c.low(i + 1) in ("—", "–", "-") else i + 1, allow_chain=False)  # "інша – влучила"
    if post is None or post[0] in ("skip", "launched") or post[0] in PEOPLE_MEASURES:
        return Match([], i + 1)
    t = c.toks[i]
    further = c.word(i, "further_ordinals")  # "a third": one more, beyond those counted (not one of them)
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=None, models=[], qualifier="exact",
                     rule="the-other", measure=post[0], ordinal=not further)
    cand.more = further
    return Match([cand], i + 1)


def _singular_trigger(c: Clause, i: int) -> bool:
    t = c.toks[i]
    if t.sense is None:
        return False
    if c.lex.has_articles:
        # a headline drops its articles: "Ukrainian drone intercepted over Bryansk region"
        return c.sent.title and t.sense.head not in (None, "people") and not c.word(i, "number_neutral") and (
            t.has("singular") or not t.low.rsplit(" ", 1)[-1].endswith(tuple(c.lex.words["plural_endings"]))
        ) and _opens_line(c, i)  # (the last word of a term: "cruise missile")
    if t.sense.head is None:  # a model's name standing for its weapon, beside a singular verb ("впав шахед") or
        q = i - 1 - (c.low(i - 1) in QUOTES)  # after a singular adjective ("влучила російська «Молнія»")
        # (not beside a singular verb in a plural case: "атакував шахедами", the verb is the enemy's)
        return t.sense.model is not None and ((verb_beside(c, i, "singular_verbs") and not _plural_case(
            c, c.low(i))) or (singular_modifier(c, q) and not c.is_num(q - 1)) or _instrumental_singular(c, i)
            or (_genitive_singular(c, i) and bool(set(c.cues(q, ("any", "pre"))) - {"launched"})))
    # (after an outcome's noun, "через влучання шахеда", "є перехоплення «Кинджала»"; not "ждут удара «Орешника»")
    # "БПЛА уничтожен": a noun that does not show its number, next to a singular verb ("мужчины 40 и 63 лет": ages)
    m = i - 1 - c.participles_agent(i - 1)  # (past the participle's agent: "збитої силами ППО ракети")
    if c.word(c.before_mods(m), "vague_parts"):
        return False  # "Більшість ворожих БпЛА знищено": most of them, no count
    neutral = c.word(i, "number_neutral") or t.has("cut_off")  # (a word cut off with its post tells no number either)
    return (t.has("singular") and not ages_trigger(c, i)) or (neutral and verb_beside(c, i, "singular_verbs")) or (
        singular_modifier(c, m) and not c.is_num(m - 1)) or _singular_head_word(c, i) or _genitive_singular(c, i)


def _opens_line(c: Clause, i: int) -> bool:
    """Does the weapon noun at i open its line or what a speaker says in it ("Governor: ...", "Russia says
    ..."), past its modifiers?"""
    k = i
    while k > 0 and (c.role(k - 1, "mod") or c.toks[k - 1].kind == "HYPH" or c.hint(c.low(k - 1))
                     or c.model_at(k - 1)):
        k -= 1
    return k == 0 or c.low(k - 1) in (":", "—", "–") or c.word(k - 1, "speech_verbs") or c.word(
        k - 1, "headline_joins")  # (a headline's second clause: "Two killed as Russian missile hits flats")


def _genitive_singular(c: Clause, i: int) -> bool:
    """A weapon noun right after an event noun that takes the genitive ("от попадания ракеты", "внаслідок
    влучання ракети"), in a form that is a genitive singular there (it may be a plural elsewhere)."""
    low = c.low(i)
    e = i - 1 - (c.low(i - 1) in QUOTES)  # (past a quote opening a model's name: "влучання «Іскандера»")
    if e < 0 or not c.last_word(e, "genitive_after"):
        return False  # (the event noun may end a term: "зафіксовано влучання балістичної ракети")
    last = low.rsplit(" ", 1)[-1]
    return not c.word(i, "number_neutral") and (" " not in low or singular_modifier_ending(c, low.split(" ")[0])) \
        and last.endswith(tuple(c.lex.words["genitive_singular_endings"])) and \
        not _plural_case(c, last)  # "атаки дронами": a plural


def _instrumental_singular(c: Clause, i: int) -> bool:
    """A model's name in the instrumental singular, the means of a verb ("вдарили по Ніжину шахедом"): its ending
    is an instrumental one and no plural's, and no number is told beside it (not "калибром 152 мм", a size)."""
    return in_instrumental(c, i + 1) and not _plural_case(c, c.low(i)) and not c.is_num(i - 1) and not c.is_num(i + 1)


def _plural_case(c: Clause, word: str) -> bool:
    """Does a word end as a noun does in a case of the plural only ("шахедами", "дронів")?"""
    return word.endswith(tuple(c.lex.words["plural_case_endings"]))


def _singular_head_word(c: Clause, i: int) -> bool:
    """A phrase read as one term ("ударный беспилотник", of "ударн* беспилотник*") whose last word, its head,
    is a singular noun, or a number-neutral one with a singular verb after it ("... БпЛА уничтожен")."""
    low = c.low(i)
    if " " not in low:
        return False
    sense = c.lex.lookup(low.rsplit(" ", 1)[-1])
    return sense is not None and sense.head is not None and "singular" in sense.roles


def singular_modifier_ending(c: Clause, word: str) -> bool:
    """Does a word end as an adjective before a singular noun does ("балістичної")?"""
    return word.endswith(tuple(c.lex.words["singular_modifier_endings"]))


def singular_modifier(c: Clause, k: int) -> bool:
    """Is token k an adjective or a participle whose ending shows a singular noun after it ("російської ракети",
    "обломки сбитого БПЛА", where "ракети" or "БПЛА" alone may be plural)?"""
    return (c.role(k, "mod") or bool(c.cues(k, ("attr",)))) and singular_modifier_ending(c, c.low(k))


def verb_beside(c: Clause, i: int, key: str) -> bool:
    """Is a verb of the [grammar] list `key` right before the noun at i, or right after its phrase (past
    adverbs)? It tells the noun's number where its form does not."""
    np = noun_phrase(c, i, max_mods=2)
    after = np.end if np is not None else i + 1
    while c.role(after, "adv") or c.low(after) in QUOTES:  # (past a closing quote: "впав «шахед»")
        after += 1
    before = c.before_mods(i - 1 - (c.low(i - 1) in QUOTES))  # "сбит вражеский БПЛА": past the noun's adjectives
    return any(c.low(k).split(" ")[0] in c.lex.words[key] for k in (before, after, before_place(c, before)))


@rule("singular", _singular_trigger)
def singular(c: Clause, i: int) -> Match | None:
    """A singular noun with a measure in a language without articles: "Водій загинув", "знищено ракету".

    Examples::

        Над областю збито крилату ракету.
        => shot_down 1 cruise_missile
        Під час атаки дронів загинув водій.
        => killed 1 people
    """
    start = i - (c.low(i - 1) in QUOTES and c.model_at(i) and c.role(i - 2, "mod"))  # ("баллистическим «Кинжалом»")
    while start > 0 and (c.role(start - 1, "mod") or c.toks[start - 1].kind == "HYPH" or c.cues(start - 1, (
            "attr",)) or (c.lex.has_articles and c.model_at(start - 1)) or c.participles_agent(start - 1)):
        start -= c.participles_agent(start - 1) or 1  # (a model's name in a headline: "Kinzhal missile intercepted")
    before = c.tok(start - 1)
    if before is not None and (before.kind == "NUM" or c.qualifier_at(start - 1) or before.has("article")
                               or before.has("all") or before.has("both") or (
                                   before.has("of_them") and not before.has("including")) or generic(c, start)
                               or c.word(start - 1, "vague_quantities")):
        return Match([], i + 1)  # counted by a number or a pronoun before it (not "серед них дитина"), or
        # by no count at all ("несколько БПЛА")
    np = noun_phrase(c, start, max_mods=4)
    if np is None or np.weapon is None or np.excluded or np.head != i:
        return Match([], i + 1)
    if (c.role(start - 1, "debris") or c.role(start - 2, "debris")) and np.measure in STOPPED:
        return Match([debris(c, i, np, "singular")], np.end)  # "обломки сбитого беспилотника" (repeats)
    if (c.role(start - 1, "debris") or c.role(start - 2, "debris")) and np.weapon != "people":
        return Match([], np.end)  # "обломки беспилотника": what broke up, no figure of its own
    # "збита російська ракета впала": the participle says what became of it
    found = np.measure if np.measure is not None and np.weapon != "people" else measure_of_one(
        c, np, start, allow_chain=False)
    if found is None and np.weapon == "people" and c.toks[np.head].has("singular"):
        # a person named by what befell them: "есть погибший", "відомо про загиблого"
        found = next((m for m in c.cues(np.head, ("any",)) if m in PEOPLE_MEASURES), None)
    if found is None and not (np.group and c.role(start - 1, "including")):
        return Match([], np.end)  # (but "12 injured, серед них дитина": a group of the count, with its measure)
    t = c.toks[i]
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models,
                     qualifier="exact", rule="singular", measure=found, hint=np.hint, group=np.group)
    cand.person, cand.definite = np.weapon == "people", np.weapon == "missile" and not np.models  # ("Ракету збили")
    # "збитий дрон пошкодив склад": one downed weapon told so is inside a count of its kind stopped, as debris (D1)
    cand.debris = np.weapon != "people" and np.measure in STOPPED and found == np.measure
    # "другой дрон": not the one told before; a person told as also befallen is another one
    cand.more = any(c.role(k, "the_other") for k in range(start - 1, i)) or (
        cand.person and told_as_also(c, start, np.end))
    return Match([cand], np.end)


STOPPED = ("shot_down", "neutralized")


def _item_trigger(c: Clause, i: int) -> bool:
    t = c.toks[i]
    return c.inherited is not None and t.kind != "NUM" and t.sense is not None and all(
        c.toks[k].kind == "P" for k in range(i)) and i > 0


@rule("list-item", _item_trigger)
def list_item(c: Clause, i: int) -> Match | None:
    r"""A weapon named without a number on a bulleted line under a list's header is one weapon with the
    header's measure: "ЗНИЩЕНО:" over "- БПЛА «Орлан-10»".

    Examples::

        ЗНИЩЕНО:\n- штурмовик Су-25\n- БПЛА «Орлан-10»
        => shot_down 1 aircraft Su-25; shot_down 1 drone Orlan-10
    """
    np = noun_phrase(c, i, max_mods=4)
    if np is None or np.weapon in (None, "people") or np.excluded or np.measure is not None:
        return None
    if plural_head(c, np.end - 1) or c.is_num(np.end):
        return None
    t = c.toks[i]
    cand = Candidate(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models,
                     qualifier="exact", rule="list-item", measure=c.inherited, hint=np.hint)
    return Match([cand], np.end)


def _plural_trigger(c: Clause, i: int) -> bool:
    t = c.toks[i]
    if t.sense is None or t.sense.head in (None, "people", "aircraft") or t.has("singular") or c.inherited:
        return False
    if c.lex.has_articles and not c.role(i - 1, "definite_article"):
        return False  # "The drones were shot down"; bare "drones were shot down" counts nothing
    start = i - 1 if c.lex.has_articles else i
    while start > 0 and (c.role(start - 1, "mod") or c.cues(start - 1, ("attr",))):
        start -= 1
    before = c.tok(start - 1)
    if before is not None and (before.kind == "NUM" or c.qualifier_at(start - 1) or before.has("all")
                               or before.has("both") or before.has("of_them") or before.has("of")
                               or c.word(start - 1, "vague_quantities") or c.word(start - 1, "vague_parts")):
        return False  # (a count of its own, or none: "несколько БПЛА сбиты", "большинство этих беспилотников")
    return verb_beside(c, i, "plural_verbs")


@rule("the-plural", _plural_trigger)
def the_plural(c: Clause, i: int) -> Match | None:
    """A plural noun with no number, whose measure is stated, counts the weapons of the attack just told:
    "пресечена атака двумя БПЛА ... беспилотные летательные аппараты уничтожены" (the two were destroyed).

    Examples::

        Russia launched two drones at Sumy overnight. The drones were shot down.
        => launched 2 drone; shot_down 2 drone
        Россия атаковала тремя БПЛА. Беспилотные летательные аппараты уничтожены.
        => launched 3 drone; shot_down 3 drone
    """
    np = noun_phrase(c, i, max_mods=3)
    if np is None or np.weapon is None or np.excluded or np.measure is not None:
        return None
    if (found := measure_around(c, i, np.end, np.weapon)) not in (*DEFENCE, "hit"):
        return None
    t = c.toks[i]
    cand = Candidate(value=0, start=t.start, end=t.end, index=i, weapon=np.weapon, models=list(np.models),
                     qualifier="exact", rule="the-plural", measure=found, definite=True)
    cand.relative = True
    return Match([cand], np.end)


@rule("ages", ages_trigger)
def ages(c: Clause, i: int) -> Match | None:
    """People of no count listed by their ages ("постраждали чоловіки 41 і 49 років"): one person for each
    age (the ages themselves are no figures).

    Examples::

        Внаслідок удару дрона постраждали чоловіки 41 і 49 років.
        => launched 1 drone; injured 1 people; injured 1 people
    """
    j = ages_start(c, i)
    aged = j > i + 1
    found: list[int] = []
    while c.is_num(j) and len(found) < 10:
        found.append(j)
        j += 1
        if (c.word(j, "and") or c.low(j) == ",") and c.is_num(j + 1):
            j += 1
    if len(found) < 2 or not (c.word(j, "age_words") or aged):
        return None
    told = measure(c, i, j + 1, "people")
    if told not in PEOPLE_MEASURES:
        return None
    cands = [Candidate(value=1, start=c.toks[k].start, end=c.toks[k].end, index=k, weapon="people", models=[],
                       qualifier="exact", rule="ages", measure=told, person=True) for k in found]
    return Match(cands, j + 1)
