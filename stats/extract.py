"""Rule-based extraction of attack figures from report text.

The vocabulary of each language (schemas/vocab/) is compiled into a tokenizer by
:mod:`stats.lexicon`; this module holds the rules that read figures off the tokens of a sentence:

``np``          a number before a weapon noun: "477 drones", "25 Iskander-M/KN-23 ballistic missiles"
``partitive``   "40 of the 50 drones", "28 out of 31": the first number has the measure, the second
                was launched
``of-them``     "226 of them", "of which 76": the weapon is the one counted before
``bare``        a number right next to a measure: "shot down 249", "76 were shot down", "14 injured"
``article``     a singular noun with a measure: "a cruise missile was shot down", "the pilot was killed"
``all``         "all 14 drones were shot down" (launched and shot down), "all of them", "both"
``all-but``     "all but one of 59 drones were shot down" (launched 59, shot down 58)

Each figure then gets its measure (the cue after it, else the cue before it, else launched),
attacker, event and date from the sentence and the document around it, and figures repeated with
the same meaning in a document are kept once.
"""

from __future__ import annotations

import bisect
import datetime
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from . import language as language_mod
from .contract import MUNITIONS, PARENT
from .lexicon import (
    Lexicon,
    Model,
    attack_positions,
    keyword_positions,
    load,
    names_an_attack,
    names_figure_noun,
    term_at,
)
from .models import side_of
from .text import Sentence, Token, split_sentences, tokenize

WEAPON_MEASURES = frozenset({"launched", "shot_down", "jammed", "neutralized", "hit", "lost"})
PEOPLE_MEASURES = frozenset({"killed", "injured"})
AIRCRAFT_MEASURES = frozenset({"shot_down", "lost"})
_UKRAINE_HINTS = ("ukrainian", "ukraine's", "kyiv's", "українськ", "украинск", "ukrainian-made", "всу")
_RUSSIA_HINTS = ("russian", "russia's", "enemy", "enemy's", "hostile", "russian-made", "russian-launched",
                 "ворож", "російськ", "противник", "русск", "российск")
_YEAR_PREPOSITIONS = frozenset({"in", "since", "of", "by", "from", "until", "during", "before", "after", "year",
                                "у", "в", "з", "до", "року", "году", "с", "від", "от"})
_PEOPLE_PP = frozenset({"at", "in", "on", "from", "near", "aged", "inside", "of", "of the", "across", "who",
                        "у", "в", "на",
                        "з", "із", "из", "віком", "возрасте"})
_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "the", "these", "those", "її", "їх", "их", "его"})
_DEFINITE = frozenset({"such", "these", "those", "the", "такі", "такие", "цих", "этих"})
_COORDINATORS = frozenset({"and", ",", "as well as", "along with", "і", "й", "та", "а також", "и", "а также"})
_TRIGGERS = frozenset({"all_but", "all", "both", "article", "not_before", "singular"})
_QUOTES = frozenset({'"', "'", "“", "”", "«", "»", "‘", "’", "„"})
_TYPE_WORDS = frozenset({"type", "types", "class", "kind", "kinds", "типу", "типів", "типа", "типов", "other",
                         "various", "інших", "других"})
_MODIFIER_SUFFIXES = ("-made", "-designed", "-type", "-built", "-launched", "-based", "-guided", "-powered",
                      "-class", "-supplied", "-produced", "-manufactured", "-range", "-assembled", "-style")


@dataclass(slots=True)
class Figure:
    """One attack figure with its provenance (a row of the tidy table, before the document id)."""

    event: int
    date: str
    attacker: str
    weapon: str
    model: str
    measure: str
    value: int
    qualifier: str
    start: int
    end: int
    evidence: str
    rule: str
    surface: str = ""  # text[start:end]
    region: str = ""  # where the text places the figure, or empty
    group: str = ""  # people only: the subgroup counted, or empty


@dataclass(slots=True)
class _NP:
    weapon: str | None
    models: list[str]
    end: int  # index after the phrase
    head: int  # index of the noun (or of the last model)
    hint: str | None
    excluded: bool
    platform: bool
    singular: bool
    measure: str | None = None  # from a participle before the noun: "18 downed drones", "18 сбитых БПЛА"


@dataclass(slots=True)
class _Cand:
    value: int
    start: int
    end: int
    index: int  # token index of the number
    weapon: str | None  # None: the weapon counted before (anaphora)
    models: list[str]
    qualifier: str
    rule: str
    measure: str | None = None
    hint: str | None = None
    part: bool = False  # a part listed after "including"
    more: bool = False  # "another 20", "two more": not a restatement of an equal figure
    need_cue: bool = False
    value_from_antecedent: bool = False
    follows_of_them: bool = False
    of_which: bool = False
    sentence: int = 0
    attacker: str = "russia"
    event: int = 0
    dropped: bool = False
    definite: bool = False  # "of the missiles", "all 14 drones": the weapon named before, more specific
    same_as: _Cand | None = None  # the whole of a partitive ("21 out of 24 drones")
    single_ok: bool = False  # "the missile": an antecedent of one launched missile was found
    subset: bool = False  # people after "among the dead": a subset of a count given before
    person: bool = False  # one person told apart ("a 71-year-old woman was killed")
    breakdown: bool = False  # a list line "17 – over the Bryansk region": its measure is the list's
    part_of: _Cand | None = None  # the figure a break-down ("38 drones: 26 over Crimea, 12 ...") splits
    after_colon: bool = False  # a break-down right after "...: " or one of its items
    whole: bool = False  # the whole of a partitive: "Из четырёх ракет сбиты две"


class _Sentence:
    """The tokens of one sentence and the rules that read figures off them."""

    def __init__(self, text: str, sent: Sentence, lex: Lexicon) -> None:
        self.text = text
        self.sent = sent
        self.lex = lex
        self.toks = tokenize(text, sent.start, sent.end, lex)
        self.n = len(self.toks)
        self.defaulted: set[int] = set()  # numbers whose measure is launched for want of any cue
        self.skipped_until = 0  # end of the last phrase read as a forecast, stock or production rate

    # -- small predicates -------------------------------------------------------------------------
    def tok(self, i: int) -> Token | None:
        return self.toks[i] if 0 <= i < self.n else None

    def qualifier_at(self, i: int) -> str | None:
        t = self.tok(i)
        return t.sense.qualifier if t is not None and t.sense is not None else None

    def model_at(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and t.sense.model is not None

    def role(self, i: int, role: str) -> bool:
        t = self.tok(i)
        return t is not None and t.has(role)

    def is_num(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.kind == "NUM"

    def cues(self, i: int, positions: tuple[str, ...]) -> list[str]:
        t = self.tok(i)
        if t is None or t.sense is None:
            return []
        return [m for m, pos in t.sense.cues if pos in positions]

    def skips(self, i: int, position: str) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and position in t.sense.skip

    # -- noun phrases -----------------------------------------------------------------------------
    def noun_phrase(self, j: int, max_mods: int = 5) -> _NP | None:
        """Read modifiers, models and a weapon or person noun from token j on."""
        models: list[Model] = []
        hint: str | None = None
        excluded = False
        mods = 0
        unknown = 0
        k = j
        head: str | None = None
        singular = False
        platform = False
        head_at = -1
        attr: str | None = None
        while k < self.n:
            t = self.toks[k]
            s = t.sense
            if s is not None and s.head is not None:
                head = s.head
                singular = "singular" in s.roles
                platform = "platform" in s.roles
                head_at = k
                k += 1
                break
            if s is not None and s.model is not None:
                models.append(self.lex.models[s.model])
                k += 1
                k = self._sibling_models(models, k)
                continue
            if s is not None and "excluded" in s.roles:
                excluded = True
                k += 1
                continue
            if s is not None and attr is None and any(pos == "attr" for _, pos in s.cues):
                attr = next(measure for measure, pos in s.cues if pos == "attr")
                k += 1
                continue
            if (s is not None and "mod" in s.roles) or t.kind == "HYPH" or (
                    t.kind == "W" and t.low.endswith(_MODIFIER_SUFFIXES)):
                hint = _hint(t.low) or hint
                mods += 1
                if mods > max_mods:
                    return None
                k += 1
                continue
            if (t.low in {",", "/", "and", "or", "і", "та", "и", "й"}) and models and self._model_or_mod(k + 1):
                k += 1
                continue
            if t.low == "(" and models and self._model_or_mod(k + 1):
                k += 1
                continue
            if t.kind == "P" and t.low in _QUOTES and (self._model_or_mod(k + 1) or models):
                k += 1  # «Шахед», «Калібр»: a model in quotes
                continue
            if t.kind == "W" and unknown < 2 and t.low.isalpha() and self._person_ahead(k + 1, 2 - unknown):
                unknown += 1  # "a 41-year-old port worker"
                k += 1
                continue
            if t.kind == "W" and not unknown and self.text[t.start].isupper() and self._weapon_at(k + 1):
                unknown += 1  # a model not in the vocabulary: "2 Molniya UAVs"
                k += 1
                continue
            break
        if head is None:
            if not models:
                return None
            weapon: str | None = _model_class(models)
        else:
            # "decoy drones", "drones and decoys", "UAVs and decoy drones of various types"
            k, head, singular = self._chain_heads(k, head, singular)
            weapon = _resolve_class(head, models)
        if head is not None:
            k = self._models_after(k, models)
            weapon = _resolve_class(head, models)
        after = self.tok(k)
        if after is not None and after.has("compound"):
            return None
        if after is not None and after.low == "(" and self._model_or_mod(k + 1):
            # "120 missiles (Kh-101/Kh-555, Kalibr, Kh-59/69, Iskander-M and Kinzhal)"
            m = k + 1
            found: list[Model] = []
            while m < self.n and self.toks[m].low != ")" and m < k + 40:
                s = self.toks[m].sense
                if s is not None and s.model is not None:
                    found.append(self.lex.models[s.model])
                    m = self._sibling_models(found, m + 1)
                    continue
                m += 1
            if m < self.n and self.toks[m].low == ")" and found:
                models.extend(found)
                k = m + 1
                weapon = _resolve_class(head, models) if head else _model_class(models)
        elif after is not None and after.low in ("of", "of the") and head is not None:
            # "drones of the Shahed type", "UAVs of the Shahed, Gerbera and other types"
            m = k + 1
            found = []
            type_end = 0
            while m < self.n and m < k + 12:
                s = self.toks[m].sense
                if s is not None and s.model is not None:
                    found.append(self.lex.models[s.model])
                    m = self._sibling_models(found, m + 1)
                    continue
                if self.toks[m].low in _TYPE_WORDS:
                    type_end = m + 1
                    m += 1
                    continue
                if self.toks[m].low in (",", "and", "or", "/") or (s is not None and "mod" in s.roles):
                    m += 1
                    continue
                break
            if type_end:
                models.extend(found)
                weapon = _resolve_class(head, models)
                k = type_end
        names: list[str] = []
        for model in models:
            if model.name not in names:
                names.append(model.name)
        return _NP(weapon, names, k, head_at if head_at >= 0 else k - 1, hint, excluded, platform, singular, attr)

    def _models_after(self, k: int, models: list[Model]) -> int:
        """Models named right after the noun: "ракети Х-101", "БпЛА типу Shahed", "ракет «Калібр»"."""
        m = k
        if self.tok(m) is not None and self.toks[m].low in ("типу", "типа", "type"):
            m += 1
        found: list[Model] = []
        while m < self.n:
            t = self.toks[m]
            if t.kind == "P" and t.low in _QUOTES:
                m += 1
                continue
            if t.sense is not None and t.sense.model is not None:
                found.append(self.lex.models[t.sense.model])
                m = self._sibling_models(found, m + 1)
                continue
            if found and t.low in ("/", ",", "і", "та", "и", "й") and self._model_or_quote(m + 1):
                m += 1
                continue
            break
        if not found:
            return k
        models.extend(found)
        while m > k and self.toks[m - 1].kind == "P" and self.toks[m - 1].low in _QUOTES and \
                self.toks[m - 1].low not in ("»", "”", '"'):
            m -= 1
        return m

    def _model_or_quote(self, i: int) -> bool:
        t = self.tok(i)
        if t is not None and t.kind == "P" and t.low in _QUOTES:
            t = self.tok(i + 1)
        return t is not None and t.sense is not None and t.sense.model is not None

    def _chain_heads(self, k: int, head: str, singular: bool) -> tuple[int, str, bool]:
        """Join nouns counted by one number: "decoy drones", "drones and decoys", "drones and missiles"."""
        while k < self.n:
            t = self.toks[k]
            if t.sense is not None and t.sense.head is not None and t.sense.head != "people" and head != "people":
                head = _join_heads(head, t.sense.head)
                singular = "singular" in t.sense.roles
                k += 1
                continue
            if t.low in ("and", "or", "і", "та", "и", "й", ",") and head != "people":
                m = k + 1
                while m < self.n and m < k + 4 and (self.role(m, "mod") or self.model_at(m)):
                    m += 1
                nxt = self.tok(m)
                if nxt is not None and nxt.sense is not None and nxt.sense.head not in (None, "people") and (
                        t.low != "," or m > k + 1):
                    head = _join_heads(head, nxt.sense.head)
                    k = m + 1
                    continue
            break
        return k, head, singular

    def _weapon_at(self, k: int) -> bool:
        t = self.tok(k)
        return t is not None and t.sense is not None and t.sense.head not in (None, "people")

    def _person_ahead(self, k: int, budget: int) -> bool:
        for m in range(k, min(self.n, k + budget)):
            t = self.toks[m]
            if t.sense is not None and t.sense.head == "people":
                return True
            if t.kind != "W":
                return False
        return False

    def _sibling_models(self, models: list[Model], k: int) -> int:
        """Kh-59/69: a bare number after a slash names a sibling model; returns the index after it."""
        while self.tok(k) is not None and self.toks[k].low == "/" and self.is_num(k + 1):
            sibling = self._sibling_model(models[-1], self.toks[k + 1])
            if sibling is None:
                break
            models.append(sibling)
            k += 2
        return k

    def _sibling_model(self, model: Model, tok: Token) -> Model | None:
        prefix = model.name.rstrip("0123456789PMK")
        wanted = f"{prefix}{tok.value}"
        for candidate in self.lex.models:
            if candidate.name == wanted:
                return candidate
        return None

    def _model_or_mod(self, i: int) -> bool:
        t = self.tok(i)
        return t is not None and t.sense is not None and (t.sense.model is not None or "mod" in t.sense.roles)

    # -- cues -------------------------------------------------------------------------------------
    def post_cue(self, k: int, allow_chain: bool = True, people: bool = False) -> tuple[str, int] | None:
        """The measure stated after a figure that ends before token k ("... were shot down")."""
        start = k
        while k < self.n:
            t = self.toks[k]
            if allow_chain and (t.low in (",", "and", "та", "і", "и", "й") or t.has("joiner")) and (
                    self.is_num(k + 1) or (self.tok(k + 1) is not None and self.toks[k + 1].sense is not None
                                           and (self.qualifier_at(k + 1) or self.role(k + 1, "all"))
                                           and self.is_num(k + 2))):
                j = k + 1 + (0 if self.is_num(k + 1) else 1)
                np = self.noun_phrase(j + 1)
                if np is not None and np.weapon is not None:
                    k = np.end
                    continue
            if t.has("of_them") and k == start:
                k += 1
                continue
            if t.has("aux") or t.has("adv") or (t.low in (",",) and self.role(k + 1, "aux")):
                k += 1
                continue
            if t.low in ("which", "that", "who", "які", "що", "которые", "что") and k == start + 1:
                k += 1
                continue
            if t.kind == "P" and t.low in _QUOTES:
                k += 1  # another eight were "lost locationally"
                continue
            if t.low in (",", "(", "—", "–") and k < self.n - 2:
                # a parenthetical: "At least two people, including an infant, were killed"
                close = self._close_parenthetical(k)
                if close is not None:
                    k = close
                    continue
            if t.low == "," and k == start and self.cues(k + 1, ("attr",)):
                return (self.cues(k + 1, ("attr",))[0], k + 1)  # "о двух беспилотниках, сбитых на подлете"
            if t.has("over") and k == start and not people:
                # "одну из ракет над областью удалось сбить": the place, then the measure
                m = k + 1
                while m < self.n and m - k < 5 and self.toks[m].kind not in ("NUM", "P") and not (
                        self.cues(m, ("any", "post")) or self.role(m, "aux")):
                    m += 1
                if self.cues(m, ("any", "post")) or self.role(m, "aux"):
                    k = m
                    continue
            if people and t.low in _PEOPLE_PP and k - start < 2:
                # "three workers at an industrial site were injured", "a man in his sixties was killed"
                m = k + 1
                while m < self.n and m - k < 6 and self.toks[m].kind not in ("NUM", "P") and not (
                        self.cues(m, ("any", "pre", "post")) or self.role(m, "aux") or self.role(m, "joiner")):
                    m += 1
                if self.role(m, "aux") or self.cues(m, ("any", "post")):
                    k = m
                    continue
            break
        if k >= self.n:
            return None
        if self.skips(k, "post"):
            return ("skip", k)
        found = self.cues(k, ("any", "post"))
        if found:
            return (found[0], k)
        return None

    def _close_parenthetical(self, k: int) -> int | None:
        """Index after a short parenthetical opened at k, when an auxiliary or a cue follows it."""
        closer = {"(": ")", ",": ",", "—": "—", "–": "–"}[self.toks[k].low]
        for m in range(k + 1, min(self.n, k + 25)):
            t = self.toks[m]
            if t.low == closer:
                nxt = self.tok(m + 1)
                if nxt is not None and (nxt.has("aux") or (nxt.sense is not None and nxt.sense.cues)):
                    return m + 1
                return None
            # a participle may open it: "Two Kh-22 missiles, fired from Tu-22M3 bombers, struck the city"
            # a list of parts between dashes may hold numbers: "185 засобів – 183 дрони і 2 ракети – ..."
            if t.low in (";", ".") or (t.kind == "NUM" and m > k + 1 and closer not in ("—", "–")) or (
                    t.sense is not None and t.sense.cues and m > k + 1):
                return None
        return None

    def pre_cue(self, b: int, compatible: frozenset[str], near: int | None = None) -> tuple[str, int] | None:
        """The nearest measure stated before token b in the same clause."""
        lowest = -1 if near is None else b - near - 1
        for k in range(b - 1, max(lowest, -1), -1):
            t = self.toks[k]
            if t.low == ";" or t.has("boundary"):
                return None
            if self.skips(k, "pre") and b - k <= 4:
                return ("skip", k)  # "could launch 1,000", "produces 2,700"
            for measure in self.cues(k, ("any", "pre")):
                if measure in compatible or (measure == "lost" and "jammed" in compatible):
                    return (measure, k)
        return None

    def names_weapon(self) -> bool:
        return any(t.sense is not None and (t.sense.model is not None or t.sense.head not in (None, "people"))
                   for t in self.toks)

    def names_attack(self) -> bool:
        """Does the sentence name a weapon or an attack ("the strike killed three people")?"""
        return self.names_weapon() or any(t.has("attack_word") or (
            t.sense is not None and any(m in ("launched", "hit") for m, _ in t.sense.cues)) for t in self.toks)

    def only_ground_fire(self) -> bool:
        return any(t.has("ground_fire") for t in self.toks) and not self.names_weapon()

    def mentions(self) -> list[_Cand]:
        """Weapons named without a number ("the Kalibr strike"): antecedents for "of the missiles"."""
        out: list[_Cand] = []
        for i, t in enumerate(self.toks):
            if t.sense is None:
                continue
            if t.sense.model is not None:
                model = self.lex.models[t.sense.model]
                if model.weapon != "aircraft":
                    out.append(_Cand(value=0, start=t.start, end=t.end, index=i, weapon=model.weapon,
                                     models=[model.name], qualifier="exact", rule="mention"))
            elif t.sense.head is not None and t.sense.head not in ("people", "aerial_weapon", "aircraft"):
                out.append(_Cand(value=0, start=t.start, end=t.end, index=i, weapon=t.sense.head, models=[],
                                 qualifier="exact", rule="mention"))
        return out

    def _composition(self, k: int) -> _NP | None:
        """"... were Kh-55s": an auxiliary and a model after a figure (a launched participle phrase may precede)."""
        m = k
        if self.cues(m, ("any", "post")) == ["launched"]:
            m += 1
            while m < self.n and m < k + 8 and not self.role(m, "aux") and self.toks[m].kind != "NUM" and \
                    self.toks[m].low not in (",", ";"):
                m += 1
        if not self.role(m, "aux"):
            return None
        np = self.noun_phrase(m + 1, max_mods=2)
        if np is None or not np.models or np.weapon in (None, "people", "aerial_weapon"):
            return None
        return np

    def later_cue(self, k: int, compatible: frozenset[str], limit: int = 10) -> tuple[str, int] | None:
        """The first measure other than launched after token k in the same clause ("launched ... were shot down")."""
        for m in range(k, min(self.n, k + limit)):
            t = self.toks[m]
            if t.low == ";" or t.has("boundary") or t.kind == "NUM":
                return None
            if self.skips(m, "post"):
                return ("skip", m)
            for measure in self.cues(m, ("any", "post")):
                if measure != "launched" and (measure in compatible or measure == "lost") and (
                        self.role(m - 1, "aux") or self.role(m - 1, "adv") or m == k):
                    return (measure, m)
        return None

    # -- the rules --------------------------------------------------------------------------------
    def candidates(self) -> list[_Cand]:
        out: list[_Cand] = []
        i = 0
        skip_until = -1
        while i < self.n:
            if i < skip_until:
                i += 1
                continue
            t = self.toks[i]
            if t.kind != "NUM" and (t.sense is None or (not (t.sense.roles & _TRIGGERS) and t.low != "the")):
                i += 1  # neither a number nor a word that can stand for one
                continue
            made: list[_Cand] = []
            nxt = i + 1
            if t.kind == "NUM":
                made, nxt = self._from_number(i)
            elif t.has("all_but"):
                made, nxt = self._all_but(i)
            elif t.has("all") or t.has("both"):
                made, nxt = self._all(i)
            elif t.has("article") or (t.has("not_before") and self._person_next(i)):
                made, nxt = self._article(i)
            elif t.low == "the" and self.lex.language == "en":
                made, nxt = self._the_single(i)
            elif self.lex.language != "en" and t.has("singular") and t.sense is not None and t.sense.head:
                made, nxt = self._singular(i)
            out.extend(c for c in made if _consistent(c))
            skip_until = nxt if made else -1
            i = max(nxt, i + 1) if made else i + 1
        self._mark_parts(out)
        for cand in out:
            if cand.weapon == "people" and self._ground_fire(cand.index):
                cand.dropped = True  # "three people were wounded by shelling": no air attack
            if cand.weapon == "people" and any(self.role(k, "including") for k in range(0, cand.index)):
                cand.subset = True  # "Among the dead were two children"
        return out

    def _ground_fire(self, i: int) -> bool:
        """Is a casualty figure at token i due to shelling or ground fighting rather than an air attack?"""
        weapons = [k for k, t in enumerate(self.toks) if t.sense is not None and (
            t.sense.model is not None or t.sense.head not in (None, "people"))]
        ground = [k for k, t in enumerate(self.toks) if t.has("ground_fire")]
        if not ground:
            return False
        if not weapons:
            return True
        # the nearest cause after the figure in its clause decides: "two men were injured by artillery fire"
        after = [k for k in weapons + ground if i < k <= i + 10]
        return bool(after) and min(after) in ground

    def _person_next(self, i: int) -> bool:
        np = self.noun_phrase(i + 1, max_mods=2)
        return np is not None and np.weapon == "people" and np.singular

    def _qualifier(self, i: int) -> tuple[str, bool]:
        """The qualifier before token i, and whether "more"/"another" marks an additional figure."""
        more = self.role(i - 1, "more") or self.role(i + 1, "more")
        prev = self.tok(i - 1)
        if prev is not None and prev.sense is not None and prev.sense.qualifier:
            return prev.sense.qualifier, more or self.role(i - 2, "more")
        return "exact", more

    def _is_year(self, i: int) -> bool:
        t = self.toks[i]
        if t.sense is not None or t.value is None or not (1900 <= t.value <= 2100) or len(t.low) != 4:
            return False
        prev = self.tok(i - 1)
        return prev is None or prev.low in _YEAR_PREPOSITIONS or prev.kind == "P" or self.noun_phrase(i + 1) is None

    def _from_number(self, i: int) -> tuple[list[_Cand], int]:
        made, end = self._from_number_inner(i)
        if not made and self._skipped_context(i):
            self.skipped_until = max(self.skipped_until, end)
        if made and self._follows_skipped(i):
            # "making around 2,700 drones a month, plus roughly 2,500 decoys": the forecast goes on
            self.skipped_until = max(self.skipped_until, end)
            return [], end
        return made, end

    def _skipped_context(self, i: int) -> bool:
        pre = self.pre_cue(i, WEAPON_MEASURES, near=4)
        return pre is not None and pre[0] == "skip"

    def _follows_skipped(self, i: int) -> bool:
        k = i - 1
        if self.qualifier_at(k):
            k -= 1
        while k >= 0 and (self.toks[k].low in ("plus", ",", "and", "as well as", "along with") or
                          self.skips(k, "post")):
            k -= 1
        return self.skipped_until > 0 and k < self.skipped_until and k >= self.skipped_until - 8 and any(
            self.skips(m, "post") or self.skips(m, "pre") for m in range(max(0, k - 6), i))

    def _from_number_inner(self, i: int) -> tuple[list[_Cand], int]:
        t = self.toks[i]
        assert t.value is not None
        if self._is_year(i):
            return [], i + 1
        if t.sense is not None and self.role(i - 1, "not_before") and self.noun_phrase(i + 1) is None:
            return [], i + 1  # "the one that struck", "no one"
        if self.tok(i - 1) is not None and self.toks[i - 1].low == "/" and self.model_at(i - 2):
            return [], i + 1  # Kh-59/69
        if self.role(i - 1, "debris"):
            return [], i + 1  # "обломки одной из ракет упали": what broke up was counted before
        qualifier, more = self._qualifier(i)
        j = i + 1
        nxt = self.tok(j)
        # "226 of them", "300 of them Shaheds"
        if nxt is not None and nxt.has("of_them"):
            m = j + 1
            while self.tok(m) is not None and self.toks[m].low in ("–", "—", "-", ":"):
                m += 1
            np = self.noun_phrase(m, max_mods=2)
            if np is not None and np.weapon is not None and np.weapon != "people":
                cand = self._cand(t, i, np.weapon, np.models, qualifier, "of-them", np.hint)
                cand.follows_of_them = True
                return [cand], np.end
            cand = self._cand(t, i, None, [], qualifier, "of-them", None)
            cand.more = more
            cand.of_which = "which" in nxt.low or "яких" in nxt.low or "которых" in nxt.low
            post = self.post_cue(j + 1, allow_chain=False)
            cand.measure = self._measure(i, j + 1, None)
            near = self.pre_cue(i - (1 if qualifier != "exact" else 0), WEAPON_MEASURES, near=2)
            if cand.measure == "launched" and (post is None or post[0] != "launched") and near is None:
                return [], j + 1  # "one of them hitting a shopping centre": a subset, no new figure
            return ([cand] if cand.measure not in ("skip", None) else []), j + 1
        # "40 of the 50 drones", "28 out of 31", "one of the missiles"
        if nxt is not None and nxt.has("of") and not nxt.has("of_them"):
            k = j + 1
            if self.role(k, "all"):
                k += 1
            if self.is_num(k):
                whole_tok = self.toks[k]
                np = self.noun_phrase(k + 1)
                weapon = np.weapon if np is not None else None
                models = np.models if np is not None else []
                hint = np.hint if np is not None else None
                end = np.end if np is not None else k + 1
                if np is not None and (np.excluded or (np.platform and weapon == "aircraft")):
                    return [], end
                if np is None and self.tok(k + 1) is not None and not self._bare_follower(k + 1):
                    return [], k + 1
                part = self._cand(t, i, weapon, models, qualifier, "partitive", hint)
                whole = self._cand(whole_tok, k, weapon, models, self._qualifier(k)[0], "partitive", hint)
                whole.measure = "launched"
                part.same_as = whole  # "21 out of 24 drones" after "24 Shahed drones": the same Shaheds
                compatible = _compatible(weapon)
                post = self.post_cue(end, allow_chain=False)
                kind = self._composition(end)
                if kind is not None:
                    # "Seven of the 23 cruise missiles launched overnight were Kh-55s": a part by model
                    part.weapon, part.models, part.measure = kind.weapon, list(kind.models), "launched"
                    part.part = True
                    return [part, whole], kind.end
                if post is not None and post[0] == "launched":
                    post = self.later_cue(post[1] + 1, compatible)  # "of the 20 drones launched ... were shot down"
                if post is not None and post[0] != "skip" and post[0] != "launched":
                    part.measure = post[0]
                else:
                    pre = self.pre_cue(i - (1 if qualifier != "exact" else 0), compatible)
                    part.measure = pre[0] if pre is not None and pre[0] not in ("skip", "launched") else None
                if part.measure is None:
                    return [], end
                return [part, whole], end
            while self.tok(k) is not None and self.toks[k].low in _DETERMINERS:
                k += 1  # "one of its Mirage 2000 jets"
            np = self.noun_phrase(k)
            if np is not None and np.measure is not None:
                return [], np.end  # "one of the intercepted missiles": counted before
            if np is not None and np.weapon is not None:
                cand = self._cand(t, i, np.weapon, np.models, qualifier, "partitive", np.hint)
                cand.definite = True
                cand.measure = self._measure(i, np.end, np.weapon)
                if np.excluded or cand.measure in (None, "skip"):
                    return [], np.end
                return [cand], np.end
            return [], i + 1
        np = self.noun_phrase(j)
        if np is not None and np.weapon is not None:
            if np.excluded or (np.measure is not None and t.has("article")):
                return [], np.end  # "debris from a downed drone": the drone was counted before
            cand = self._cand(t, i, np.weapon, np.models, qualifier, "np", np.hint)
            cand.more = more
            cand.whole = self.role(i - (2 if qualifier != "exact" else 1), "of")
            cand.definite = any(tok.low in _DEFINITE for tok in self.toks[j:np.end]) or (  # "20 such missiles"
                # no articles: "Одну ракету збито" after two Kinzhals is one of those Kinzhals
                self.lex.language != "en" and np.weapon == "missile" and not np.models)
            own = [m for m in self.cues(np.head, ("any",)) if m in PEOPLE_MEASURES] if np.weapon == "people" else []
            # "12 поранених", "3 загиблих": the noun says the measure
            if own:
                cand.measure = own[0]
            elif np.measure is not None and np.weapon != "people" and not self._after_of(i):
                cand.measure = np.measure  # "о 18 сбитых беспилотниках": the participle says it
            else:
                cand.measure = self._measure(i, np.end, np.weapon, partitive_whole=self._after_of(i))
            if cand.measure == "skip" or cand.measure is None:
                return [], np.end
            if np.weapon == "aircraft" and cand.measure not in AIRCRAFT_MEASURES:
                return [], np.end  # launch platforms ("from 11 Tu-95MS bombers") are no figures
            k = np.end
            if cand.measure not in ("launched", None) and np.weapon != "people" and self.role(k, "of") \
                    and not self.role(k, "of_them") and self.is_num(k + 1) and self.noun_phrase(k + 2) is None:
                # "сбила 17 «шахедов» из 21": the whole is the number after "из"
                whole = self._cand(self.toks[k + 1], k + 1, np.weapon, np.models, self._qualifier(k + 1)[0],
                                   "partitive", np.hint)
                whole.measure = "launched"
                cand.same_as = whole
                return [cand, whole], k + 2
            return [cand], np.end
        # a bare number: "shot down 249 and jammed 226 of them", "76 were shot down", "14 injured"
        if nxt is not None and not self._bare_follower(j):
            return [], j
        if self.role(i - 2, "singular") and self.toks[i - 1].low == "," and nxt is not None and nxt.low == ",":
            return [], j  # an age in apposition: "One man, 48, was injured"
        back = i - (2 if qualifier != "exact" else 1)
        if self.role(j, "aux") and (self.role(back, "of_them") or self.role(back, "including")):
            np = self.noun_phrase(j + 1, max_mods=2)
            if np is not None and np.weapon not in (None, "people", "aerial_weapon") and (
                    self.tok(np.end) is None or self.toks[np.end].kind == "P" or self.toks[np.end].low == "and"):
                # "(of which about 300 were Shaheds)": a part of the figure before
                cand = self._cand(t, i, np.weapon, np.models, qualifier, "of-them", np.hint)
                cand.measure = "launched"
                cand.part = True
                return [cand], np.end
        cand = self._cand(t, i, None, [], qualifier, "bare", None)
        cand.more = more
        post = self.post_cue(j + 1 if self.role(j, "more") else j, allow_chain=False)
        if post is not None:
            cand.measure = post[0]
        else:
            pre = self.pre_cue(i - (1 if qualifier != "exact" else 0), WEAPON_MEASURES | PEOPLE_MEASURES, near=2)
            if self.role(j, "more") or (self.role(j, "bare") and self.tok(j) is not None and self.toks[j].low in (
                    "others", "—", "–", "-")):
                j += 1  # "two more over Crimea", "22 — над территорией Белгородской области"
            if pre is None and self.role(j, "over"):
                pre = self.pre_cue(i, WEAPON_MEASURES)  # a break-down: "20 over the Belgorod region"
                if pre is None and all(self.toks[k].kind == "P" for k in range(i)):
                    cand.breakdown = True  # a line of a list: the measure is the list's, or there is none
                    return [cand], j
            if self.role(j, "over") and self.tok(i - 1) is not None and self.toks[i - 1].low in (":", ","):
                cand.after_colon = True
            if pre is None and self._region_in_brackets(i):
                pre = self.pre_cue(i, WEAPON_MEASURES)  # "mostly over Bryansk (43) and Kursk (29)"
                cand.after_colon = pre is not None
            cand.measure = pre[0] if pre is not None else None
        if cand.measure in (None, "skip"):
            return [], j
        counted = self._of_noun_before(i)
        if counted is not None:
            cand.weapon, cand.models, cand.definite = counted.weapon, list(counted.models), True
        return [cand], j

    def _of_noun_before(self, i: int) -> _NP | None:
        """"из дронов сбиты девять", "Of the missiles, 59 were downed": the noun the bare number counts."""
        for k in range(i - 1, max(-1, i - 10), -1):
            if self.is_num(k) or self.role(k, "boundary") or self.toks[k].low in (";", ":"):
                return None
            if self.role(k, "of") and not self.role(k, "of_them"):
                np = self.noun_phrase(k + 1, max_mods=3)
                if np is None or np.weapon in (None, "people") or np.end > i or np.excluded:
                    return None
                return np
        return None

    def _number_after(self, k: int) -> bool:
        """Does a number follow at token k, after adverbs and a qualifier ("сбиты лишь две")?"""
        while k < self.n and (self.role(k, "adv") or self.role(k, "aux") or self.qualifier_at(k)):
            k += 1
        return self.is_num(k)

    def _region_in_brackets(self, i: int) -> bool:
        """Is the number a region's share in brackets after "over": "над Брянской (43) и Курской (29)"?"""
        before, after = self.tok(i - 1), self.tok(i + 1)
        if before is None or after is None or before.low != "(" or after.low != ")":
            return False
        return any(self.role(k, "over") for k in range(max(0, i - 11), i - 1))

    def _after_of(self, i: int) -> bool:
        """Is the number the whole of a partitive ("of the 50 drones", "Of 93 drones launched, ...")?"""
        k = i - 1
        if self.qualifier_at(k):
            k -= 1
        if not self.role(k, "of") or self.cues(k, ("any", "pre")):
            return False
        before = self.tok(k - 1)
        return before is None or before.kind in ("NUM", "P") or before.has("all")

    def _bare_follower(self, j: int) -> bool:
        t = self.tok(j)
        if t is None:
            return True
        return t.kind == "P" or t.has("bare") or t.has("aux") or t.has("of_them") or t.has("of") or t.has(
            "over") or bool(
            t.sense is not None and (t.sense.cues or t.sense.skip or "more" in t.sense.roles))

    def _measure(self, i: int, end: int, weapon: str | None, allow_chain: bool = True,
                 partitive_whole: bool = False, skip_post: bool = False) -> str | None:
        compatible = _compatible(weapon)
        if not skip_post:
            post = self.post_cue(end, allow_chain=allow_chain, people=weapon == "people")
            if post is not None and (partitive_whole or self.role(i - (2 if self.qualifier_at(i - 1) else 1), "of")) \
                    and self._number_after(post[1] + 1):
                return "launched"  # "Из четырёх ракет сбиты две": the cue is the part's
            if post is not None and post[0] == "launched" and self.cues(end, ("any", "pre", "post")) \
                    and not partitive_whole:
                # "shot down 10 missiles fired at Sevastopol": the participle only says they were launched
                start = i - 1 if self.qualifier_at(i - 1) else i
                pre = self.pre_cue(start, compatible - {"launched"})
                if pre is not None and pre[0] != "skip":
                    return pre[0]
            if post is not None and post[0] == "launched":
                post = self.later_cue(post[1] + 1, compatible) or post  # "a drone flying to Moscow was shot down"
            if post is not None and (post[0] == "skip" or post[0] in compatible or
                                     (post[0] == "lost" and weapon in MUNITIONS)):
                return post[0]
            if post is not None and post[0] in PEOPLE_MEASURES and weapon in MUNITIONS and weapon != "aircraft":
                return "hit"  # "two ballistic missiles kill 35": the missiles hit
        if partitive_whole:
            return "launched"
        start = i - 1 if self.qualifier_at(i - 1) else i
        pre = self.pre_cue(start, compatible)
        if pre is not None:
            return pre[0]
        if weapon in ("people", "aircraft") or weapon is None:
            return None
        self.defaulted.add(i)
        return "launched"

    def _cand(self, t: Token, i: int, weapon: str | None, models: list[str], qualifier: str, rule: str,
              hint: str | None) -> _Cand:
        assert t.value is not None
        return _Cand(value=t.value, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                     qualifier=qualifier, rule=rule, hint=hint)

    def _measure_around(self, start: int, end: int, weapon: str | None) -> str | None:
        """A measure after the phrase, else right before it (skipping adverbs): for all/both phrases."""
        compatible = _compatible(weapon)
        post = self.post_cue(end, allow_chain=False)
        if post is not None and post[0] == "launched":
            post = self.later_cue(post[1] + 1, compatible) or post  # "both missiles fired by ... were shot down"
        if post is not None:
            return post[0] if post[0] == "skip" or post[0] in compatible or post[0] == "lost" else None
        pre = self.pre_cue(start, compatible)
        if pre is not None:
            return pre[0]
        later = self.later_cue(end, compatible)  # "all 23 drones that Russia launched overnight were shot down"
        return later[0] if later is not None else None

    def _all(self, i: int) -> tuple[list[_Cand], int]:
        """"all 14 drones were shot down", "both missiles were downed", "all of them were shot down"."""
        t = self.toks[i]
        both = t.has("both")
        j = i + 1
        if self.is_num(j) and not both:
            num = self.toks[j]
            np = self.noun_phrase(j + 1)
            end = np.end if np is not None else j + 1
            weapon = np.weapon if np is not None else None
            measure = self._measure_around(i, end, weapon)
            if measure in (None, "skip", "launched") or weapon == "people" or measure in PEOPLE_MEASURES:
                return [], i + 1  # read as a plain number
            models = np.models if np is not None else []
            hint = np.hint if np is not None else None
            launched = self._cand(num, j, weapon, models, "exact", "all", hint)
            launched.measure = "launched"
            done = self._cand(num, j, weapon, models, "exact", "all", hint)
            done.measure = measure
            launched.definite = done.definite = True
            return [launched, done], end
        if self.role(j, "of_them"):
            np, end = None, j + 1
        else:
            np = self.noun_phrase(j, max_mods=3)
            end = np.end if np is not None else j
        if np is not None and (np.weapon in (None, "people") or np.excluded):
            return [], i + 1
        if np is None and not both and end == j and not (self.role(j, "aux") or self.cues(j, ("any", "post"))):
            return [], i + 1
        measure = self._measure_around(i, end, np.weapon if np is not None else None)
        if measure in (None, "skip", "launched") or measure in PEOPLE_MEASURES:
            return [], i + 1
        weapon = np.weapon if np is not None else None
        models = np.models if np is not None else []
        cand = _Cand(value=2 if both else 0, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                     qualifier="exact", rule="both" if both else "all", measure=measure, definite=True)
        cand.value_from_antecedent = not both
        if both:
            launched = _Cand(value=2, start=t.start, end=t.end, index=i, weapon=weapon, models=list(models),
                             qualifier="exact", rule="both", measure="launched", definite=True)
            return [launched, cand], end
        return [cand], end

    def _all_but(self, i: int) -> tuple[list[_Cand], int]:
        """"all but one of 59 drones were shot down": launched 59, shot down 58; "all but one of them"."""
        j = i + 1
        if not self.is_num(j):
            return [], i + 1
        but_tok = self.toks[j]
        assert but_tok.value is not None
        k = j + 1
        if self.role(k, "of_them"):
            measure = self._measure_around(i, k + 1, None)
            if measure in (None, "skip", "launched") or measure in PEOPLE_MEASURES:
                return [], i + 1
            cand = _Cand(value=-but_tok.value, start=self.toks[i].start, end=but_tok.end, index=i, weapon=None,
                         models=[], qualifier="exact", rule="all-but", measure=measure)
            cand.value_from_antecedent = True
            return [cand], k + 1
        if self.role(k, "of"):
            k += 1
        if not self.is_num(k):
            # "all but one of the drones": the whole is the number of drones named before
            np = self.noun_phrase(k, max_mods=3)
            if np is None:
                # "збили всі, крім одного": all but one of the weapons named before
                measure = self._measure_around(i, k, None)
                if measure in (None, "skip", "launched") or measure in PEOPLE_MEASURES:
                    return [], i + 1
                cand = _Cand(value=-but_tok.value, start=self.toks[i].start, end=but_tok.end, index=i, weapon=None,
                             models=[], qualifier="exact", rule="all-but", measure=measure)
                cand.value_from_antecedent = True
                return [cand], k
            if np.weapon in (None, "people"):
                return [], i + 1
            measure = self._measure_around(i, np.end, np.weapon)
            if measure in (None, "skip", "launched") or measure in PEOPLE_MEASURES:
                return [], i + 1
            cand = _Cand(value=-but_tok.value, start=self.toks[i].start, end=but_tok.end, index=i,
                         weapon=np.weapon, models=list(np.models), qualifier="exact", rule="all-but",
                         measure=measure, definite=True)
            cand.value_from_antecedent = True
            return [cand], np.end
        whole_tok = self.toks[k]
        assert whole_tok.value is not None
        np = self.noun_phrase(k + 1)
        end = np.end if np is not None else k + 1
        weapon = np.weapon if np is not None else None
        measure = self._measure_around(i, end, weapon)
        if measure in (None, "skip", "launched"):
            return [], i + 1
        models = np.models if np is not None else []
        whole = self._cand(whole_tok, k, weapon, models, "exact", "all-but", None)
        whole.measure = "launched"
        part = _Cand(value=whole_tok.value - but_tok.value, start=self.toks[i].start, end=but_tok.end, index=i,
                     weapon=weapon, models=list(models), qualifier="exact", rule="all-but", measure=measure)
        whole.definite = part.definite = True
        return [whole, part], end

    def _article(self, i: int) -> tuple[list[_Cand], int]:
        """"a cruise missile was shot down", "another drone hit", "the pilot was killed"."""
        t = self.toks[i]
        np = self.noun_phrase(i + 1, max_mods=3)
        if np is None or np.weapon is None or np.excluded or not (np.singular or np.weapon != "people"):
            return [], i + 1
        if np.measure is not None:
            return [], np.end  # "debris from a downed drone": the drone was counted before
        if np.weapon != "people" and t.has("not_before"):
            return [], i + 1
        if self.is_num(i + 1):
            return [], i + 1
        measure = self._measure_of_one(np, i, allow_chain=np.weapon != "people")
        if measure is None:
            return [], np.end
        if np.weapon not in ("people", "aircraft") and self._plural_head(np.end - 1):
            return [], np.end
        cand = _Cand(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models,
                     qualifier="exact", rule="article", measure=measure, hint=np.hint)
        cand.more = t.has("more") or t.low in ("another", "ще один", "ещё один", "еще один")
        cand.person = np.weapon == "people"
        return [cand], np.end

    def _measure_of_one(self, np: _NP, start: int, allow_chain: bool) -> str | None:
        """The measure of a figure of 1 read from a noun alone (article or singular noun) starting at `start`:
        the cue after it (past a launched participle), else one close before it; None when there is none."""
        compatible = _compatible(np.weapon)
        post = self.post_cue(np.end, allow_chain=allow_chain, people=np.weapon == "people")
        if post is not None and post[0] == "launched":
            post = self.later_cue(post[1] + 1, compatible) or post
        measure: str | None = None
        if post is not None and post[0] != "skip" and (post[0] in compatible or post[0] == "lost"):
            measure = post[0]
        elif post is None:
            pre = self.pre_cue(start, compatible, near=None if self._coordinated(start) else 3)
            measure = pre[0] if pre is not None else None
        if measure in (None, "skip") or (np.weapon == "aircraft" and measure not in AIRCRAFT_MEASURES):
            return None
        return measure

    def _the_single(self, i: int) -> tuple[list[_Cand], int]:
        """"The missile was shot down" after "one Kh-59 missile": the fate of a single weapon launched."""
        np = self.noun_phrase(i + 1, max_mods=2)
        if np is None or np.weapon in (None, "people", "aircraft", "aerial_weapon") or np.excluded:
            return [], i + 1
        if self._plural_head(np.end - 1):
            return [], i + 1
        post = self.post_cue(np.end, allow_chain=False)
        if post is None or post[0] in ("skip", "launched") or post[0] in PEOPLE_MEASURES:
            return [], i + 1
        if self.tok(np.end) is not None and self.toks[np.end].low in ("that", "which", "who"):
            return [], i + 1  # "the missile that struck the hospital": a description, no figure
        t = self.toks[i]
        measure = "jammed" if post[0] == "lost" else post[0]
        cand = _Cand(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=list(np.models),
                     qualifier="exact", rule="the-single", measure=measure, definite=True)
        return [cand], np.end

    def _singular(self, i: int) -> tuple[list[_Cand], int]:
        """A singular noun with a measure in a language without articles: "Водій загинув", "знищено ракету"."""
        start = i
        while start > 0 and (self.role(start - 1, "mod") or self.toks[start - 1].kind == "HYPH" or self.cues(
                start - 1, ("attr",))):
            start -= 1
        before = self.tok(start - 1)
        if before is not None and (before.kind == "NUM" or self.qualifier_at(start - 1) or before.has("article")
                                   or before.has("all") or before.has("both") or before.has("of_them")):
            return [], i + 1  # counted by a number or a pronoun before it
        np = self.noun_phrase(start, max_mods=4)
        if np is None or np.weapon is None or np.excluded or np.head != i:
            return [], i + 1
        if np.measure is not None:
            return [], np.end  # "обломки сбитого беспилотника": the drone was counted before
        measure = self._measure_of_one(np, start, allow_chain=False)
        if measure is None:
            return [], np.end
        t = self.toks[i]
        cand = _Cand(value=1, start=t.start, end=t.end, index=i, weapon=np.weapon, models=np.models,
                     qualifier="exact", rule="singular", measure=measure, hint=np.hint)
        cand.person = np.weapon == "people"
        return [cand], np.end

    def _coordinated(self, i: int) -> bool:
        """Is token i joined to a list before it ("... and a Kh-59 missile", ", а також ворожий гелікоптер")?"""
        return any(self.tok(k) is not None and (self.toks[k].low in _COORDINATORS or self.role(k, "joiner"))
                   for k in range(max(0, i - 3), i))

    def _plural_head(self, k: int) -> bool:
        t = self.tok(k)
        return t is not None and self.lex.language == "en" and t.low.endswith("s") and not t.low.endswith("ss")

    def _mark_parts(self, cands: list[_Cand]) -> None:
        """Figures listed after "including"/"namely" are parts of the figure before; they take its measure
        when they state none. People so listed ("including three children") are no figures."""
        whole: _Cand | None = None
        for prev, cand in itertools.pairwise(cands):
            between = range(prev.index + 1, cand.index)
            including = [k for k in between if self.role(k, "including")]
            cue_between = any(self.cues(k, ("any", "pre", "post")) for k in between)
            broken = any(self.toks[k].has("boundary") or self.toks[k].low == ";" for k in between)
            if including and not broken:
                whole = prev if not prev.part else whole
                cand.part = True
                if cand.weapon == "people" and prev.weapon == "people" and cand.index - including[-1] <= 3:
                    cand.dropped = True  # "12 injured, including three children": not a figure
            elif prev.part and whole is not None and not cue_between and (
                    cand.measure == prev.measure or cand.index in self.defaulted):
                cand.part = True
                cand.dropped = cand.dropped or (prev.dropped and cand.weapon == "people")
            else:
                whole = None
                continue
            if whole is not None and cand.index in self.defaulted and whole.measure and cand.weapon != "people":
                cand.measure = whole.measure  # "destroyed 96 UAVs, namely: 61 Shahed drones; 33 Orlan-10"


def _consistent(cand: _Cand) -> bool:
    """People are killed or injured and nothing else is; a weapon named before takes the measure's side."""
    if cand.measure in PEOPLE_MEASURES:
        if cand.weapon is None:
            cand.weapon = "people"
        return cand.weapon == "people"
    return cand.weapon != "people"


def _hint(low: str) -> str | None:
    if low.startswith(_UKRAINE_HINTS):
        return "ukraine"
    if low.startswith(_RUSSIA_HINTS):
        return "russia"
    return None


def _compatible(weapon: str | None) -> frozenset[str]:
    if weapon == "people":
        return PEOPLE_MEASURES
    if weapon == "aircraft":
        return AIRCRAFT_MEASURES
    if weapon is None:
        return WEAPON_MEASURES | PEOPLE_MEASURES
    return WEAPON_MEASURES


def _model_class(models: Sequence[Model]) -> str:
    classes = {m.weapon for m in models}
    if len(classes) == 1:
        return classes.pop()
    if classes <= {"missile", "cruise_missile", "ballistic_missile"}:
        return "missile"
    return "aerial_weapon"


def _resolve_class(head: str, models: Sequence[Model]) -> str:
    """The most specific class the noun and the named models state."""
    if head == "missile" and models:
        classes = {m.weapon for m in models}
        if len(classes) == 1 and classes <= {"cruise_missile", "ballistic_missile"}:
            return classes.pop()
    return head


def _join_heads(a: str, b: str) -> str:
    if a == b:
        return a
    if a == "aircraft" or b == "aircraft":
        return a if b == "aircraft" else b
    return _common([a, b])


def _common(weapons: Sequence[str]) -> str:
    unique = list(dict.fromkeys(weapons))
    if len(unique) == 1:
        return unique[0]
    parents = {PARENT.get(w, w) for w in unique}
    if parents == {"missile"} or set(unique) <= {"missile", "cruise_missile", "ballistic_missile"}:
        return "missile"
    return "aerial_weapon"


# -- the document ---------------------------------------------------------------------------------

@dataclass
class _EventState:
    current: int = 0
    keys: dict[object, int] = field(default_factory=dict)
    dates: dict[int, tuple[int, int, int | None]] = field(default_factory=dict)
    from_previous: bool = False
    count: int = 1
    before: dict[int, int] = field(default_factory=dict)  # event told as "the night before" another


def extract_text(text: str, language: str | None = None, doc_date: str | None = None) -> list[Figure]:
    """Every attack figure in a text, in the order they appear."""
    lang = language or language_mod.detect(text)
    lex = load(lang)
    lowered = text.lower()
    exact = len(lowered) == len(text)  # else lower-casing moved characters: read every sentence
    if not (names_an_attack(lex, lowered) if exact else attack_positions(lex, lowered)):
        return []  # names no weapon and no attack: casualties alone are not figures of an attack
    hits = keyword_positions(lex, lowered) if exact else list(range(len(text)))
    sentences = split_sentences(text)
    parsed: list[tuple[_Sentence | None, list[_Cand]]] = []
    recent = -10
    for index, sent in enumerate(sentences):
        first = bisect.bisect_left(hits, sent.start)
        named = False
        while first < len(hits) and hits[first] < sent.end and not named:
            named = not exact or term_at(lex, lowered, hits[first], names_figure_noun)
            first += 1
        if not named and parsed and parsed[-1][0] is not None and _LIST_ITEM.match(text, sent.start, sent.end):
            named = True  # the next line of a break-down list ("5 – над территорией Орловской области,")
        if named:
            recent = index
        elif not (index - recent <= 3 and lex.number_re.search(text, sent.start, sent.end)):
            parsed.append((None, []))  # no weapon named here or just before, or no number: no figure
            continue
        s = _Sentence(text, sent, lex)
        cands = [c for c in s.candidates() if not c.dropped]
        for c in cands:
            c.sentence = index
        parsed.append((s, cands))
    if all(maybe is None for maybe, _ in parsed):
        return []  # no sentence worth reading
    events = _EventState()
    attacker_context = "russia"
    history: list[list[_Cand]] = []  # figures and mentions of the sentences read so far
    figures: list[_Cand] = []
    list_whole: _Cand | None = None
    for index, (maybe, cands) in enumerate(parsed):
        sent = sentences[index]
        if maybe is None:
            # "ЗБИТО/ПОДАВЛЕНО – 451" then "in that number:" opens a list of the figure before
            opens_list = text[sent.start:sent.end].rstrip().endswith(":") and index > 0 and history
            wholes = [c for c in history[-1] if c.rule != "mention" and not c.part] if opens_list else []
            list_whole = wholes[-1] if wholes and parsed[index - 1][0] is not None else None
            # a sentence without figures still tells whose attack the next ones are about ("Russia's
            # defence ministry said on Sunday:", a headline naming the source)
            sides = [side for _, side in _side_cues(text, sent, lex)]
            strong_sides = [side for side in sides if side != "ukraine_over"]
            if strong_sides:
                attacker_context = strong_sides[-1]
            continue
        s = maybe
        if _TIMESTAMP.match(text, sent.start):
            attacker_context = "russia"  # a new live-blog entry starts a new story
        list_whole = _continue_list(text, sent, cands, list_whole, s)
        if cands and index > 0 and any(c.weapon == "people" for c in cands) and not s.names_weapon():
            previous = parsed[index - 1][0] or _Sentence(text, sentences[index - 1], lex)
            if previous.only_ground_fire():
                cands = [c for c in cands if c.weapon != "people"]  # "...fired artillery. A man was injured."
        mentions = s.mentions()
        if cands:
            _advance_events(s, events, lex)
        side_cues = _side_cues(text, sent, lex)
        cands = [c for c in cands if not (c.breakdown and c.measure is None)]
        for cand in cands:
            cand.event = events.current
            _resolve_antecedent(cand, cands, mentions, history)
        resolved = [c for c in cands if c.weapon is not None and c.value >= 0 and not c.dropped and (
            c.rule != "the-single" or c.single_ok)]
        for cand in resolved:
            cand.attacker = _attacker(cand, side_cues, attacker_context)
            if cand.measure == "lost" and cand.weapon != "aircraft":
                cand.measure = "jammed"
        resolved = _drop_restated_people(resolved, figures)
        strong = [side for _, side in side_cues if side != "ukraine_over"]
        if strong:
            attacker_context = strong[-1]
        history.append(resolved + mentions)
        figures.extend(resolved)
    if any(c.weapon == "people" for c in figures) and not _names_attack(text, sentences, parsed, lex):
        figures = [c for c in figures if c.weapon != "people"]  # casualties with no attack named: not ours
    years = _years(events, doc_date)
    kept = _deduplicate(figures, sentences)
    out: list[Figure] = []
    for cand in kept:
        sent = sentences[cand.sentence]
        date = _event_date(events, cand.event, years)
        out.append(Figure(
            event=cand.event, date=date, attacker=cand.attacker, weapon=cand.weapon or "aerial_weapon",
            model="/".join(cand.models), measure=cand.measure or "launched", value=cand.value,
            qualifier=cand.qualifier, start=cand.start, end=cand.end,
            evidence=" ".join(text[sent.start:sent.end].split()), rule=f"{lang}:{cand.rule}",
            surface=text[cand.start:cand.end],
        ))
    return out


_BULLETS = ("-", "–", "—", "•", "*", "·", "▪", "►")
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪►]\s*)?\d[\d\s]*\s*[-–—:]")
_TIMESTAMP = re.compile(r"\W*(?:\w{3,},?\s+)?\d{1,2}[:.]\d{2}\b")  # "08:47 —", "Monday 08:47"; not "at 23:52"


def _names_attack(text: str, sentences: list[Sentence], parsed: list[tuple[_Sentence | None, list[_Cand]]],
                  lex: Lexicon) -> bool:
    """Does a sentence of the text name a weapon or an attack? (Those not read for figures are read here.)"""
    if any(s is not None and s.names_attack() for s, _ in parsed):
        return True
    attacks = attack_positions(lex, text.lower())
    starts = [sent.start for sent in sentences]
    unread = sorted({bisect.bisect_right(starts, pos) - 1 for pos in attacks})
    return any(parsed[i][0] is None and _Sentence(text, sentences[i], lex).names_attack() for i in unread if i >= 0)


def _continue_list(text: str, sent: Sentence, cands: list[_Cand], whole: _Cand | None,
                   s: _Sentence) -> _Cand | None:
    """Items of a list after "...destroyed 96 UAVs, namely:" take the measure of the figure it opened with."""
    item = text[sent.start:sent.end].lstrip().startswith(_BULLETS) or any(c.breakdown for c in cands)
    if whole is not None and item:
        for cand in cands:
            if cand.breakdown:
                cand.measure = whole.measure
                cand.part = True
                cand.part_of = whole
        for cand in cands:
            if cand.index in s.defaulted and cand.weapon not in (None, "people", "aircraft"):
                cand.measure = whole.measure
                cand.part = True
        return whole
    if text[sent.start:sent.end].rstrip().endswith(":") and cands:
        wholes = [c for c in cands if not c.part and c.weapon not in (None, "people")]
        return wholes[-1] if wholes else None
    return None


def _drop_restated_people(cands: list[_Cand], earlier: list[_Cand]) -> list[_Cand]:
    """People told apart after a count of people are no new figures: "a 71-year-old woman was killed",
    "two of them seriously", "23 of them in a serious condition"."""
    out: list[_Cand] = []
    for cand in cands:
        if cand.weapon == "people" and (cand.person or cand.subset or cand.rule in ("of-them", "partitive")):
            before = [c for c in earlier[-8:] + out if c.weapon == "people" and c.measure == cand.measure
                      and not c.person]
            if before:
                continue
        out.append(cand)
    return out


def _subclass(child: str | None, parent: str | None) -> bool:
    if child is None or parent is None:
        return False
    while child in PARENT:
        child = PARENT[child]
        if child == parent:
            return True
    return False


def _resolve_antecedent(cand: _Cand, cands: list[_Cand], mentions: list[_Cand],
                        history: list[list[_Cand]]) -> None:
    """Give anaphoric figures their weapon, and definite ones ("of the missiles") the more specific one."""
    if cand.weapon is not None and not cand.value_from_antecedent:
        if cand.definite:
            _refine(cand, cands, mentions, history)
        elif cand.same_as is not None and not cand.models:
            # the whole restates an earlier figure with a model: both take its model
            whole = cand.same_as
            earlier = [c for c in cands if c.index < cand.index] + [c for p in history[-3:] for c in p]
            for c in reversed(earlier):
                if c.rule != "mention" and c.value == whole.value and c.weapon == whole.weapon and c.models:
                    cand.models = whole.models = list(c.models)
                    break
        return
    earlier = [c for c in cands if c.index < cand.index and c.weapon not in (None, "people")]
    if cand.part_of is not None:
        pool = [cand.part_of]
    elif (cand.of_which or cand.more or cand.after_colon) and earlier:
        pool = [earlier[-1]]  # "277 дронів збито, ще 129 локаційно втрачено": 129 more of the same
    elif earlier:
        pool = earlier
    else:
        pool = []
        for past in reversed(history[-3:]):
            pool = [c for c in past if c.weapon not in (None, "people") and c.value > 0]
            if pool:
                break
    if not pool and not cand.value_from_antecedent:
        # no figure before: the weapon last named ("relied on glide bombs ... dropped 5,000 of them")
        named = [c for c in mentions if c.index < cand.index] or [c for p in history[-2:] for c in p
                                                                   if c.rule == "mention"]
        pool = named[-1:]
    if not pool:
        cand.weapon = None
        return
    wholes = [c for c in pool if not c.part] or pool
    launched = [c for c in wholes if c.measure == "launched"] or wholes
    if cand.rule == "both" and cand.measure == "launched" and any(
            c.value == 2 and c.measure == "launched" for c in launched):
        cand.dropped = True  # "two Kh-59 missiles; both were intercepted": launched once
    if cand.value_from_antecedent:
        same = [c for c in launched
                if cand.weapon is None or c.weapon == cand.weapon or _subclass(c.weapon, cand.weapon)]
        if not same:
            cand.weapon = None
            return
        cand.value = sum(c.value for c in same) + cand.value  # "all but one of them": value is -1 until here
        cand.qualifier = same[0].qualifier if len(same) == 1 else "exact"
        launched = same
    # several totals of different weapons ("100 drones and 10 missiles ... 90 of them"): all aerial weapons
    cand.weapon = _common([c.weapon for c in launched if c.weapon])
    models = {tuple(c.models) for c in launched}
    if len(models) == 1 and len({c.weapon for c in launched}) == 1:
        cand.models = list(models.pop())
    cand.hint = cand.hint or launched[0].hint


def _refine(cand: _Cand, cands: list[_Cand], mentions: list[_Cand], history: list[list[_Cand]]) -> None:
    """"four of the missiles" after "the Kalibr strike": the missiles are Kalibr cruise missiles."""
    own = sorted((c for c in cands if c.index < cand.index and c is not cand), key=lambda c: c.index)
    own_mentions = sorted((c for c in mentions if c.index < cand.index), key=lambda c: c.index)
    pools = [own, own_mentions]
    for past in reversed(history[-3:]):
        pools.append([c for c in past if c.rule != "mention"])
        pools.append([c for c in past if c.rule == "mention"])
    if cand.rule == "np" and not cand.whole:
        # a bare "ракети" refers back only when every missile named before is of one class and model
        named = {(c.weapon, tuple(c.models)) for pool in pools for c in pool
                 if c.weapon in ("missile", "cruise_missile", "ballistic_missile")}
        # "Искандер-М/KN-23" is named once as a pair and once per model: the pair covers its parts
        named = {(w, m) for w, m in named if not (m and any(w2 == w and set(m) < set(m2) for w2, m2 in named))}
        if len(named) != 1:
            return
    for pool in pools:
        matches = []
        for c in reversed(pool):
            if c.weapon in (None, "people") or (c.weapon == "aerial_weapon" and cand.weapon != "aerial_weapon"):
                continue
            if c.weapon == cand.weapon or _subclass(c.weapon, cand.weapon):
                if cand.rule in ("all", "both", "the-single") and c.value != cand.value:
                    continue
                if cand.rule == "the-single" and (c.measure != "launched" or c.rule == "mention"):
                    continue
                if cand.models and c.models and set(c.models) != set(cand.models):
                    continue
                matches.append(c)
        if not matches:
            continue
        if cand.rule in ("all", "both", "the-single") or len({(c.weapon, tuple(c.models)) for c in matches}) == 1:
            matches = matches[:1]
        cand.single_ok = True
        if cand.rule in ("all", "both") and cand.measure == "launched" and matches[0].measure == "launched" \
                and matches[0].rule not in ("mention", "all", "both"):
            cand.dropped = True  # "four Kh-59 missiles ... all four missiles were intercepted": launched once
        # "34 of the cruise missiles" after 31 Kh-101 and 8 Kalibr: cruise missiles, no single model
        cand.weapon = _common([c.weapon for c in matches if c.weapon])
        if not cand.models and len(matches) == 1:
            cand.models = list(matches[0].models)
        return


_LAST_WORDS = re.compile(r"([\w-]+)\W{0,3}$")


def _side_cues(text: str, sent: Sentence, lex: Lexicon) -> list[tuple[int, str]]:
    """Where the sentence names a side, and which; "F-16 Воздушных сил Украины" names the jet's owner."""
    out = []
    for m in lex.attacker_re.finditer(text, sent.start, sent.end):
        side = m.lastgroup or "russia"
        if side == "russia":
            last = _LAST_WORDS.search(text, max(sent.start, m.start() - 24), m.start())
            sense = lex.lookup(last.group(1)) if last is not None else None
            if sense is not None and (sense.head == "aircraft" or (
                    sense.model is not None and lex.models[sense.model].weapon == "aircraft")):
                continue  # the aircraft's owner, not who speaks
        out.append((m.start(), side))
    return out


def _attacker(cand: _Cand, side_cues: list[tuple[int, str]], context: str) -> str:
    if cand.measure == "lost":
        return _by_cues(cand, side_cues, context)  # an own aircraft lost while repelling the attack
    if cand.hint:
        return cand.hint
    if cand.weapon in MUNITIONS and cand.weapon != "aircraft" and cand.models:
        # a Ukrainian or Western model (ATACMS, Storm Shadow, Neptune) is a Ukrainian attack
        return "ukraine" if all(_side(m) == "ukraine" for m in cand.models) else "russia" if all(
            _side(m) == "russia" for m in cand.models) and not side_cues else _by_cues(cand, side_cues, context)
    if cand.weapon == "aircraft" and cand.measure == "shot_down" and cand.models and all(
            _side(m) == "ukraine" for m in cand.models):
        return "ukraine"
    return _by_cues(cand, side_cues, context)


def _by_cues(cand: _Cand, side_cues: list[tuple[int, str]], context: str) -> str:
    # "over the Belgorod region" tells where weapons were downed; for launched ones it is a launch area
    usable = [(pos, "ukraine" if side == "ukraine_over" else side) for pos, side in side_cues
              if side != "ukraine_over" or cand.measure != "launched"]
    before = [side for pos, side in usable if pos < cand.start]
    if before:
        return before[-1]
    if usable:
        return usable[0][1]
    return context


def _side(name: str) -> str:
    return side_of(name)


def _deduplicate(cands: list[_Cand], sentences: list[Sentence]) -> list[_Cand]:
    """A figure restated in another sentence with the same meaning is kept once (the body's wording)."""
    kept: list[_Cand] = []
    seen: dict[tuple[object, ...], int] = {}
    for cand in cands:
        key = (cand.event, cand.attacker, cand.weapon, cand.measure, cand.value)
        earlier = seen.get(key)
        if earlier is not None and not cand.more:
            first = kept[earlier]
            if first.sentence != cand.sentence:
                if sentences[first.sentence].title and not sentences[cand.sentence].title:
                    cand.models = cand.models or first.models
                    kept[earlier] = cand
                elif not first.models and cand.models:
                    first.models = cand.models
                continue
        seen[key] = len(kept)
        kept.append(cand)
    # a headline's "две ракеты" restated in the body as "две баллистические ракеты": the body's weapon
    body = [c for c in kept if not sentences[c.sentence].title]
    kept = [c for c in kept if not (sentences[c.sentence].title and c.weapon is not None and any(
        (b.event, b.attacker, b.measure, b.value) == (c.event, c.attacker, c.measure, c.value)
        and b.weapon is not None and _subclass(b.weapon, c.weapon) for b in body))]
    kept.sort(key=lambda c: (c.start, 0 if c.measure == "launched" else 1))
    return kept


def _years(events: _EventState, doc_date: str | None) -> int | None:
    """The year of dates stated without one: the document's date, else the latest year the text states."""
    if doc_date and len(doc_date) >= 4 and doc_date[:4].isdigit():
        return int(doc_date[:4])
    stated = [year for _, _, year in events.dates.values() if year]
    return max(stated) if stated else None


_TIME_WORD = re.compile(r"\d{1,2}[:.]\d{2}")


def _advance_events(s: _Sentence, events: _EventState, lex: Lexicon) -> None:
    """Move to another event when the sentence names another night or date."""
    text, sent = s.text, s.sent
    for m in lex.time_re.finditer(text, sent.start, sent.end):
        if m.lastgroup == "previous":
            key = ("previous", events.current)
            if key not in events.keys:
                events.keys[key] = events.count
                events.before[events.count] = events.current
                events.count += 1
            events.current = events.keys[key]
            events.from_previous = True
        elif m.lastgroup == "current" and events.from_previous:
            events.current = 0
            events.from_previous = False
    for tok in s.toks:
        if tok.kind != "DATE":
            continue
        parsed = _parse_date(text[tok.start:tok.end], lex)
        if parsed is None:
            continue
        month, day, year = parsed
        prev_word = text[max(sent.start, tok.start - 14):tok.start].lower().split()
        if prev_word and _TIME_WORD.fullmatch(prev_word[-1]):
            prev_word.pop()  # "с 23:00 21 мая до 07:00 22 мая": the time of day between
        if prev_word and prev_word[-1] in ("since", "від", "с", "з", "until", "до"):
            continue
        date_key: tuple[int, int] = (month, day)
        if date_key in events.keys:
            events.current = events.keys[date_key]
        elif events.current not in events.dates:
            events.keys[date_key] = events.current
        else:
            events.keys[date_key] = events.count
            events.current = events.count
            events.count += 1
        events.dates.setdefault(events.current, (month, day, year))


def _parse_date(surface: str, lex: Lexicon) -> tuple[int, int, int | None] | None:
    low = surface.lower()
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", low)
    if iso:
        return int(iso.group(2)), int(iso.group(3)), int(iso.group(1))
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})", low)
    if dotted:
        year = int(dotted.group(3))
        return int(dotted.group(2)), int(dotted.group(1)), year + 2000 if year < 100 else year
    words = re.findall(r"\w+", low)
    month = None
    for w in words:
        key = w.rstrip(".")
        if key in lex.months:
            month = lex.months[key]
            break
        for name, value in lex.months.items():
            if len(name) > 3 and key.startswith(name[:-1]) and len(key) <= len(name) + 2:
                month = value
                break
        if month:
            break
    numbers = [int(x) for x in re.findall(r"\d+", low)]
    days = [x for x in numbers if 1 <= x <= 31]
    years = [x for x in numbers if 1900 <= x <= 2100]
    if month is None or not days:
        return None
    return month, days[-1], years[0] if years else None


def _event_date(events: _EventState, event: int, year: int | None) -> str:
    found = events.dates.get(event)
    if found is None:
        base = events.before.get(event)
        if base is None:
            return ""
        # "the night before": the day before the attack it is told against
        later = _event_date(events, base, year)
        if not later:
            return ""
        return (datetime.date.fromisoformat(later) - datetime.timedelta(days=1)).isoformat()
    month, day, stated_year = found
    y = stated_year or year
    if y is None:
        return ""
    try:
        return datetime.date(y, month, day).isoformat()
    except ValueError:
        return ""


def iter_documents_figures(texts: Sequence[str]) -> Iterator[list[Figure]]:
    for text in texts:
        yield extract_text(text)
