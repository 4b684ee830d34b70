"""Noun phrases: the weapon or people a number counts, with the models named around the noun."""

from __future__ import annotations

from ..models import Model
from ..text import Token
from .classes import MISSILES, fit_models, join_heads, model_class, resolve_class
from .clause import Clause
from .coordination import coordinated_classes
from .launchers import QUOTES as QUOTES
from .launchers import launcher_models
from .records import Candidate, Phrase

CLOSING_QUOTES = ("»", "”", '"')


def noun_phrase(c: Clause, j: int, max_mods: int = 5) -> Phrase | None:
    """Read modifiers, models and a weapon or person noun from token j on (read once per clause: rules ask
    for the same phrase again; a Phrase is never changed)."""
    if (key := (j, max_mods)) not in c.phrases:
        c.phrases[key] = _read_phrase(c, j, max_mods)
    return c.phrases[key]


def _read_phrase(c: Clause, j: int, max_mods: int) -> Phrase | None:
    state = _Reading(c, j)
    if not state.read_to_head(max_mods):
        return None
    if state.head is None:
        if not state.models:
            # "40 ballistic and cruise missiles"
            joined = c.word(j + 1, "and") or c.word(j + 1, "or") or c.low(j + 1) == ","
            return coordinated_classes(c, j) if joined and c.role(j, "mod") else None
        weapon: str | None = model_class(state.models)
    else:
        # "decoy drones", "drones and decoys", "UAVs and decoy drones of various types"
        state.k, state.head, state.singular = _chain_heads(c, state.k, state.head, state.singular)
        state.k = _models_after(c, state.k, state.models)
        state.k = _of_types(c, state.k)
        if state.models:
            state.k = _other_kinds(c, state.k, state.head)
        if not state.models and state.head in MISSILES:
            state.models = launcher_models(c, state.k, state.head)
        state.models = fit_models(state.head, state.models, c.lex.models)
        weapon = resolve_class(state.head, state.models)
    after = c.tok(state.k)
    launcher = state.models and c.word(state.k, "launcher_words") and not c.low(state.k - 1).endswith(
        c.lex.adjective_endings)  # the launcher of the models after a noun: "ракетами комплекса С-300"
    compound = after is not None and after.has("compound") and not (
        launcher or _headline_verb(c, state.k) or c.hyphened(j - 1) or (  # (not "a 100-missile attack": counted,
            after.has("hit_noun") and c.is_num(j - 1)))  # nor "84 missile hits": the missiles' hits)
    if after is not None and (compound or _modifier_before_and(c, state) or (
            " " in after.low and c.opens_with(state.k, "attack_word"))):
        return None  # (a compound that opens a phrase of the vocabulary: "a rocket attack with six missiles")
    if after is not None and after.low == "(" and c.model_or_mod(state.k + 1):
        weapon = _models_in_brackets(c, state, weapon)
    elif after is not None and c.word(state.k, "type_of") and state.head is not None:
        weapon = _type_list(c, state, weapon)
    names = list(dict.fromkeys(model.name for model in state.models))
    if state.hint is None and state.k < c.n:  # the owner after the noun names its side: "дрон ВСУ", "вертолет Ми-24
        at = state.k  # украинских воздушных сил" (past a name: "Ми-24")
        if not (owner := c.phrase_starting(at, "owners_after")) and c.text[c.toks[at].start].isupper():
            owner = c.phrase_starting(at := at + 1, "owners_after")
        if owner:
            state.hint = next((h for m in range(at, at + owner) for w in c.low(m).split(" ") if (h := c.hint(w))), None)
    head_at = state.head_at if state.head_at >= 0 else state.k - 1
    while head_at > j and c.toks[head_at].kind == "P" and c.low(head_at) in QUOTES:
        head_at -= 1  # a model's name in quotes is its own head ("впав «шахед»"), not the closing quote
    head_sense = c.toks[state.head_at].sense if state.head_at >= 0 else None
    group = head_sense.group if head_sense is not None else None
    if weapon == "people" and not group and state.head_at >= 0 and _under_age(c, state.head_at):
        group = "children"  # "15-річна дівчина", "хлопця 16 років", "a 17-year-old student": minors (D16)
    return Phrase(weapon, names, state.k, head_at, state.hint, state.excluded, state.platform, state.singular,
                  state.attr, group or "")


def _modifier_before_and(c: Clause, state: _Reading) -> bool:
    """"5 missile and 38 air strikes", "5 ракетних та 38 авіаційних ударів": a singular noun (in a language
    that marks the plural) or an adjective in the plural (`plural_modifier_endings`) joined by "and" to a number
    whose phrase ends in a compound noun or a word of attack ("strikes", "ударів") modifies it, no count."""
    if not c.word(state.k, "and") or state.head_at < 0 or c.model_at(state.head_at) or not c.is_num(state.k + 1):
        return False
    endings, low = tuple(c.lex.words["plural_endings"]), c.low(state.head_at)
    if not (endings and not low.endswith(endings)) and not low.endswith(tuple(c.lex.words["plural_modifier_endings"])):
        return False
    for m in range(state.k + 2, min(c.n, state.k + 5)):  # (a weapon after the compound: "and 24 strike drones")
        if (c.role(m, "compound") or c.role(m, "attack_word")) and not c.weapon_at(m + 1):
            return True
        if c.toks[m].kind in ("P", "NUM") or (c.weapon_at(m) and not c.role(m + 1, "compound")):
            return False
    return False


def mentions(c: Clause) -> list[Candidate]:
    """Weapons named without a number ("the Kalibr strike"): antecedents for "of the missiles". A noun whose
    phrase opens with models ("Iranian-designed Shahed attack drones") names those models too."""
    out: list[Candidate] = []
    named: dict[int, Phrase] = {}  # a noun's index -> the phrase its models open
    for i, t in enumerate(c.toks):
        if t.sense is None:
            continue
        if t.sense.model is not None:
            model = c.lex.models[t.sense.model]
            if model.weapon == "aircraft":
                continue
            out.append(Candidate(value=0, start=t.start, end=t.end, index=i, weapon=model.weapon,
                                 models=[model.name], qualifier="exact", rule="mention"))
            np = noun_phrase(c, i) if not c.model_at(i - 1) else None
            if np is not None and np.head > i and np.models and c.toks[np.head].sense is not None:
                named[np.head] = np
        elif t.sense.head is not None and t.sense.head not in ("people", "aerial_weapon", "aircraft"):
            np = named.get(i)
            out.append(Candidate(value=0, start=t.start, end=t.end, index=i,
                                 weapon=np.weapon if np is not None and np.weapon else t.sense.head,
                                 models=list(np.models) if np is not None else [], qualifier="exact",
                                 rule="mention"))
    for m in out:  # "launched Vampire rockets at Belgorod": weapons told as fired, with no count
        m.fired = any("launched" in c.cues(k, ("any", "pre")) for k in range(max(0, m.index - 3), m.index))
    return out


def noun_after_participle(c: Clause, k: int) -> Phrase | None:
    """The noun after a participle with its own object before it: "два из атакующих столицу БПЛА"."""
    if not c.low(k).endswith(tuple(c.lex.words["participle_endings"])) or not c.low(k).isalpha():
        return None
    for m in range(k + 1, min(c.n, k + 5)):
        if c.toks[m].kind in ("NUM", "P") or c.cues(m, ("any", "pre", "post", "attr")):
            return None
        if (np := noun_phrase(c, m)) is not None and np.weapon not in (None, "people"):
            return np
    return None


class _Reading:
    """What noun_phrase has read so far."""

    def __init__(self, c: Clause, j: int) -> None:
        self.c = c
        self.k = j
        self.models: list[Model] = []
        self.hint: str | None = None
        self.excluded = False
        self.head: str | None = None
        self.singular = False
        self.platform = False
        self.head_at = -1
        self.attr: str | None = None
        self.mods = 0
        self.unknown = 0

    def read_to_head(self, max_mods: int) -> bool:
        """Advance over modifiers and models to the noun; False when the phrase is no noun phrase."""
        c = self.c
        while self.k < c.n:
            t = c.toks[self.k]
            s = t.sense
            if s is not None and s.head is not None:
                self.head, self.head_at = s.head, self.k
                self.singular, self.platform = "singular" in s.roles, "platform" in s.roles
                self.k += 1
                return True
            if s is not None and s.model is not None:
                self.models.append(c.lex.models[s.model])
                self.k = sibling_models(c, self.models, self.k + 1)
                continue
            step = self._step(t, max_mods)
            if step is None:
                return False
            if not step:
                return True
        return True

    def _step(self, t: Token, max_mods: int) -> bool | None:
        """Read one token before the noun: True to go on, False to stop here, None when too many modifiers."""
        c, k, s = self.c, self.k, t.sense
        if s is not None and "excluded" in s.roles:
            self.excluded = True
        elif s is not None and any(pos == "attr" for _, pos in s.cues):
            # (a second participle keeps the first one's measure: "збитий або перехоплений безпілотник")
            self.attr = self.attr or next(measure for measure, pos in s.cues if pos == "attr")
        elif c.role(k, "adv") and self.attr is None and _attr_at(c, k + 1):
            pass  # "71 нібито збитий безпілотник": a hedge before the participle
        elif self.attr is not None and (c.word(k, "or") or c.word(k, "and")) and _attr_at(c, k + 1, self.attr):
            self.k += 1  # "збитий або перехоплений безпілотник": a second participle of the same measure
        elif self.attr is not None and (after := _place_in_participle(c, k)) is not None:
            self.k = after  # "девяти сбитых в небе над Курской областью беспилотниках"
            return True
        elif (s is not None and "mod" in s.roles) or t.kind == "HYPH" or (
                t.kind == "W" and t.low.endswith(c.lex.modifier_suffixes)):
            self.hint = c.hint(t.low) or self.hint
            self.mods += 1
            if self.mods > max_mods:
                return None
        elif (t.low in (",", "/", "(") or c.word(k, "and") or c.word(k, "or")) and self.models and \
                c.model_or_mod(k + 1):
            pass  # "Kh-101/Kh-555", "Kh-101 and Kalibr", "Kh-101 (Kh-555)": one list of models
        elif t.kind == "P" and t.low in QUOTES and (c.model_or_mod(k + 1) or self.models or c.weapon_at(k + 1)):
            pass  # «Шахед», «Калібр», "air targets": a model or a noun in quotes
        elif t.kind == "W" and self.unknown < 2 and t.low.replace("-", "").isalpha() and (
                not c.lex.adjective_endings or t.low.endswith(c.lex.adjective_endings) or c.risen(k - 1)
                or c.risen(k)) and _person_ahead(c, k + 1, 2 - self.unknown):
            self.unknown += 1  # "a 41-year-old port worker"; "До семи зросла кількість постраждалих": the count
            # rose, then what it counts
        elif c.region_at(k) and not self.unknown and _person_ahead(c, k + 1, 2):
            self.unknown += 1  # "five Kharkiv residents", "two Odesa port workers": where they live or work
        elif t.kind == "W" and not self.unknown and c.text[t.start].isupper() and c.weapon_at(k + 1):
            self.unknown += 1  # a model not in the vocabulary: "2 Molniya UAVs"
        elif t.kind == "W" and not self.unknown and _unknown_adjective(c, k):
            self.unknown += 1  # an adjective the vocabulary does not know: "двух многоцелевых БПЛА"
        else:
            return False
        self.k += 1
        return True


def _headline_verb(c: Clause, k: int) -> bool:
    """Is token k a hit noun that a headline uses as its verb, before a lower-case word the vocabulary does not
    know, its object ("Russian missile hits school"; not a city named alone, "Russian missile hits Kyiv")?"""
    t, nxt = c.tok(k), c.tok(k + 1)
    return c.sent.title and t is not None and t.has("hit_noun") and nxt is not None and nxt.kind == "W" and \
        c.text[nxt.start].islower()


def _attr_at(c: Clause, k: int, measure: str | None = None) -> bool:
    """Is the token at k a participle that tells a measure before its noun ("збитий", "сбитых", "downed"), or,
    with `measure`, any word of that measure's cues ("перехоплений")?"""
    sense = c.toks[k].sense if k < c.n else None
    return sense is not None and any(pos == "attr" if measure is None else found == measure
                                     for found, pos in sense.cues)


def _place_in_participle(c: Clause, k: int) -> int | None:
    """A place within a participle's phrase before its noun, opened by a place preposition at k ("уничтоженных
    в небе над Николаевской областью ударных БПЛА"): the token where the noun's own words resume, if a
    region stands in the place and a weapon's noun follows it."""
    if (n := c.phrase_starting(k, "fire_agents") or c.phrase_starting(k, "jamming_agents")) and noun_phrase(c, k + n):
        return k + n  # the participle's agent: "уламки збитої силами ППО ракети"
    if not (c.word(k, "place_prepositions") or c.role(k, "over")):
        return None
    region = False
    for m in range(k + 1, min(c.n, k + 9)):
        t = c.toks[m]
        if t.kind in ("NUM", "P") or (t.sense is not None and t.sense.cues):
            return None
        if t.sense is not None and t.sense.head not in (None, "people"):
            start = m
            while start > k + 1 and c.role(start - 1, "mod"):
                start -= 1
            return start if region and start > k + 1 else None
        region = region or c.region_at(m)
    return None


def _unknown_adjective(c: Clause, k: int) -> bool:
    """Is token k a word the vocabulary does not know, with an adjective's ending (where the language gives
    them), before the noun of a weapon (not "targets": "по 300 выявленным целям" are targets on the ground)?"""
    t = c.toks[k]
    after = c.tok(k + 1)
    if not (c.lex.adjective_endings and t.low.isalpha() and t.low.endswith(c.lex.adjective_endings)):
        return False
    if c.word(k, "definite") or c.word(k, "determiners") or c.word(k, "others") or c.word(k, "type_words"):
        return False  # "50 таких ракет": such a word says what the phrase refers to
    return after is not None and after.sense is not None and after.sense.head not in (None, "people", "aerial_weapon")


def _models_in_brackets(c: Clause, state: _Reading, weapon: str | None) -> str | None:
    """"120 missiles (Kh-101/Kh-555, Kalibr, Kh-59/69, Iskander-M and Kinzhal)": the models of the figure."""
    k = state.k
    m = k + 1
    found: list[Model] = []
    while m < c.n and c.toks[m].low != ")" and m < k + 40:
        s = c.toks[m].sense
        if s is not None and s.model is not None:
            found.append(c.lex.models[s.model])
            m = sibling_models(c, found, m + 1)
            continue
        m += 1
    if m < c.n and c.toks[m].low == ")" and found:
        state.models.extend(found)
        state.k = m + 1
        return resolve_class(state.head, state.models) if state.head else model_class(state.models)
    return weapon


def _type_list(c: Clause, state: _Reading, weapon: str | None) -> str | None:
    """"drones of the Shahed type", "UAVs of the Shahed, Gerbera and other types"."""
    k = state.k
    m = k + 1
    found: list[Model] = []
    type_end = 0
    while m < c.n and m < k + 12:
        s = c.toks[m].sense
        if s is not None and s.model is not None:
            found.append(c.lex.models[s.model])
            if c.low(m).replace("-", " ").split(" ")[-1] in c.lex.words["type_words"]:
                type_end = m + 1  # "drones of the Shahed type": the model's name takes the type word in
            m = sibling_models(c, found, m + 1)
            continue
        if c.word(m, "type_words"):
            type_end = m + 1
            m += 1
            continue
        if c.toks[m].low in QUOTES or (m == k + 1 and c.word(m, "determiners")):
            m += 1  # "drones of the \"Shahed\" type"
            continue
        if c.toks[m].low in (",", "/") or c.word(m, "and") or c.word(m, "or") or (s is not None and "mod" in s.roles) \
                or (found and c.is_num(m) and c.low(m - 1) == "/"):
            m += 1  # (a variant's number of no model of its own: "of the Shahed-131/136 type")
            continue
        break
    if not type_end or state.head is None:
        return weapon
    state.models.extend(found)
    state.k = type_end
    return resolve_class(state.head, state.models)


def _of_types(c: Clause, k: int) -> int:
    """Past a term of type words after the noun ("11 UAVs of various types were shot down")."""
    words = c.low(k).split(" ")
    if len(words) > 1 and all(w in c.lex.words["type_words"] or w in c.lex.words["type_of"] for w in words):
        return k + 1
    return k


def _models_after(c: Clause, k: int, models: list[Model]) -> int:
    """Models named right after the noun: "ракети Х-101", "БпЛА типу Shahed", "ракет «Калібр»"."""
    m = k
    owner = c.phrase_starting(m, "owners_after")
    if owner and c.word(m + owner, "type_markers"):
        m += owner  # "дрон ВСУ типа «Фурия»": whose it is, then its model
    if (basing := c.phrase_starting(m, "basing")) and _model_or_quote(c, m + basing):
        m += basing  # "крылатых ракет морского базирования «Калибр»": where they are based, then their model
    if c.word(m, "type_markers"):
        m += 1
    found: list[Model] = []
    while m < c.n:
        t = c.toks[m]
        if t.kind == "P" and t.low in QUOTES:
            m += 1
            continue
        if t.sense is not None and t.sense.model is not None:
            found.append(c.lex.models[t.sense.model])
            m = sibling_models(c, found, m + 1)
            continue
        if found and (t.low in ("/", ",") or c.word(m, "and")) and _model_or_quote(c, m + 1):
            m += 1
            continue
        if not found and t.low == "," and _model_or_quote(c, m + 1) and not c.weapon_at(m + 2) \
                and not c.weapon_at(m + 3):
            m += 1  # "141 Shahed-type attack UAVs, Gerbera, and other types of drones"
            continue
        if not found and t.low in ("–", "—", "-") and _model_or_quote(c, m + 1):
            m += 1  # "два розвідувальні безпілотники – «Орлан-10» та «Мерлін-ВР»"
            continue
        if not found and (named := _namely(c, m)) is not None:
            m = named  # "три ракети, а саме С-400 та «Іскандер-М»": the noun's models, named after "namely"
            continue
        if not found and t.low == "(" and (close := _aside(c, m)) is not None and _model_or_quote(c, close):
            m = close  # "БПЛА (ОТР) «Орлан-10»": an aside in brackets between the noun and its model
            continue
        break
    if not found:
        return k
    models.extend(found)
    while m > k and c.toks[m - 1].kind == "P" and c.toks[m - 1].low in QUOTES and \
            c.toks[m - 1].low not in CLOSING_QUOTES:
        m -= 1
    return m


def _namely(c: Clause, k: int) -> int | None:
    """The token after ", namely" (or "— а саме", "а именно:") at k, when a model follows it (after a dash,
    maybe without "namely", with a type marker or modifier before it: "— ударные «Герани»", "- именно типа Shahed")."""
    dash = c.low(k) in ("–", "—", "-")
    m = k + 1 if dash or c.low(k) in (",", ":") else k
    if not c.word(m, "models_follow") and not dash:
        return None
    m += (2 if c.low(m + 1) == ":" else 1) if c.word(m, "models_follow") else 0
    for _ in range(2):  # up to two words before the model
        m += c.word(m, "type_markers") or c.role(m, "mod")
    return m if _model_or_quote(c, m) else None


def _aside(c: Clause, k: int) -> int | None:
    """The token after a short aside in brackets opened at k, with no number in it."""
    for m in range(k + 1, min(c.n, k + 6)):
        if c.toks[m].low == ")":
            return m + 1
        if c.toks[m].kind == "NUM" or c.model_at(m):
            return None
    return None


def _model_or_quote(c: Clause, i: int) -> bool:
    t = c.tok(i)
    if t is not None and t.kind == "P" and t.low in QUOTES:
        t = c.tok(i + 1)
    return t is not None and t.sense is not None and t.sense.model is not None


def _chain_heads(c: Clause, k: int, head: str, singular: bool) -> tuple[int, str, bool]:
    """Join nouns counted by one number: "decoy drones", "drones and decoys", "drones and missiles"."""
    while k < c.n:
        t = c.toks[k]
        if t.sense is not None and t.sense.head is not None and t.sense.head != "people" and head != "people":
            head = join_heads(head, t.sense.head)
            singular = "singular" in t.sense.roles
            k += 1
            continue
        if head == "people" and t.sense is not None and t.sense.head == "people" and not t.sense.cues:
            k += 1  # "один цивільний співробітник": a people word before the noun describes it
            continue
        if (t.low == "," or c.word(k, "and") or c.word(k, "or")) and head != "people":
            m = k + 1
            while m < c.n and m < k + 4 and (c.role(m, "mod") or c.model_at(m)):
                m += 1
            nxt = c.tok(m)
            # "один реактивный снаряд и украинский беспилотный летательный аппарат": two weapons, one each
            if nxt is not None and nxt.sense is not None and nxt.sense.head not in (None, "people") and (
                    t.low != "," or m > k + 1 or _list_of_heads_ends(c, m + 1)) and "singular" not in nxt.sense.roles:
                head = join_heads(head, nxt.sense.head)
                k = m + 1
                continue
        break
    return k, head, singular


def _other_kinds(c: Clause, k: int, head: str) -> int:
    """The token after "and other types of drones" closing a list of models ("Shahed-type UAVs, Gerbera, and
    other types of drones"): the same weapon, counted by the same number; k where none follows."""
    m = k + (c.low(k) == ",")
    if not c.word(m, "and"):
        return k
    m += 1
    kinds = m
    while m < c.n and (c.word(m, "type_words") or c.word(m, "type_of") or c.role(m, "mod") or (
            c.low(m).split(" ")[0] in c.lex.words["type_words"])):  # "other types of", "інших"
        m += 1
    t = c.tok(m)
    if m == kinds or t is None or t.sense is None or t.sense.head != head:
        return k
    return m + 1


def _list_of_heads_ends(c: Clause, k: int) -> bool:
    """Does "and" and a weapon noun follow at k, ending a list of nouns one number counts ("a thousand
    rockets, aerial bombs and drones")?"""
    m = k + 1
    while m < c.n and m < k + 4 and c.role(m, "mod"):
        m += 1
    return c.word(k, "and") and c.weapon_at(m)


def _person_ahead(c: Clause, k: int, budget: int) -> bool:
    for m in range(k, min(c.n, k + budget)):
        t = c.toks[m]
        if t.sense is not None and t.sense.head == "people":
            return True
        if t.kind != "W":
            return False
    return False


def sibling_models(c: Clause, models: list[Model], k: int) -> int:
    """Kh-59/69: a bare number after a slash names a sibling model; returns the index after it."""
    while c.tok(k) is not None and c.toks[k].low == "/" and c.is_num(k + 1):
        sibling = _sibling_model(c, models[-1], c.toks[k + 1])
        if sibling is None:
            break
        models.append(sibling)
        k += 2
    return k


def _sibling_model(c: Clause, model: Model, tok: Token) -> Model | None:
    prefix = model.name.rstrip("0123456789PMK")
    wanted = f"{prefix}{tok.value}"
    return next((candidate for candidate in c.lex.models if candidate.name == wanted), None)


def _under_age(c: Clause, head: int) -> bool:
    """Is the person at token `head` given an age under 18: "15-річна" or "16-летняя" before (past one modifier),
    or a number and an age word after ("хлопця 16 років")?"""
    ages = [(int(n), w) for k in (head - 1, head - 2) if k >= 0 for n, _, w in [c.low(k).partition("-")] if n.isdigit()]
    if ages and ages[0][1] in c.lex.words["age_words"]:
        return ages[0][0] < 18
    t = c.tok(head + 1)
    return t is not None and t.value is not None and c.word(head + 2, "age_words") and t.value < 18
