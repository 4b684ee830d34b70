"""Vocabulary files turned into compiled patterns.

The vocabulary of each language lives in ``schemas/vocab/<lang>.toml`` and the weapon models in
``schemas/models.toml``. This module reads them, rejects unknown sections and terms listed twice
with clashing meanings, and builds one tokenizer regex per language from the term lists: every term
escaped, all terms merged into a character trie so the longest term wins, compiled with
``re.VERBOSE`` parts commented below.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from .contract import MEASURES, QUALIFIERS, WEAPONS
from .errors import VocabularyError
from .models import Model, load_models
from .resources import read_text

LANGUAGES = ("en", "uk", "ru")

DASHES = "-‐‑‒–—"
APOSTROPHES = "'’ʼ`"

# Sections and keys a vocabulary file may have; anything else is a mistake in the file.
VOCAB_KEYS: dict[str, set[str]] = {
    "meta": {"language", "markers"},
    "numbers": {"units", "tens", "scales", "phrases", "joiner", "articles", "both", "all", "all_but",
                "not_before", "forms"},
    "qualifiers": set(QUALIFIERS) - {"exact"},
    "heads": set(WEAPONS) | {"person"},
    "heads_platform": {"aircraft"},
    "heads_singular": set(WEAPONS) - {"people"},
    "heads_excluded": {"words"},
    "modifiers": {"words"},
    "compounds": {"words"},
    "cues": set(MEASURES),
    "skip": {"pre", "post"},
    "grammar": {"aux", "adverbs", "of_them", "of", "including", "more", "over", "bare_followers",
                "boundaries", "nominal_cases", "ground_fire", "attack_words", "debris"},
    "attacker": {"ukraine", "russia", "places_ukraine_attack", "places_russia_attack", "place_prefixes",
                 "place_prefixes_over", "place_suffixes"},
    "time": {"previous", "current", "months", "night_join"},
}
CUE_POSITIONS = ("any", "pre", "post", "attr")  # attr: a participle between number and noun
_MISSING = object()

# Roles a term can play; a term may play several (\"of which\" is both of_them and including).
SINGLE_ROLES = {
    "article", "both", "all", "all_but", "not_before", "mod", "compound", "aux", "adv", "of_them",
    "of", "including", "more", "over", "bare", "boundary", "joiner", "platform", "excluded", "singular",
    "ground_fire", "attack_word", "debris",
}


@dataclass
class Senses:
    """What one vocabulary term means: a set of roles, some with a payload."""

    roles: set[str] = field(default_factory=set)
    head: str | None = None
    qualifier: str | None = None
    number: int | None = None
    number_kind: str | None = None  # unit, ten, scale, phrase
    model: int | None = None
    cues: list[tuple[str, str]] = field(default_factory=list)  # (measure, position)
    skip: set[str] = field(default_factory=set)  # positions

    def merge(self, other: Senses, term: str) -> None:
        for attr in ("head", "qualifier", "number", "model"):
            mine, theirs = getattr(self, attr), getattr(other, attr)
            if mine is not None and theirs is not None and mine != theirs:
                raise VocabularyError(f"term {term!r} has two meanings for {attr}: {mine!r} and {theirs!r}")
            if theirs is not None:
                setattr(self, attr, theirs)
        if other.number_kind:
            self.number_kind = other.number_kind
        for cue in other.cues:
            for measure, pos in self.cues:
                if measure != cue[0] and (pos == cue[1] or "any" in (pos, cue[1])):
                    raise VocabularyError(
                        f"term {term!r} is a cue for both {measure!r} and {cue[0]!r} in the same position"
                    )
                if (measure, pos) == cue:
                    raise VocabularyError(f"term {term!r} is listed twice as a cue for {measure!r}")
            self.cues.append(cue)
        self.roles |= other.roles
        self.skip |= other.skip


_KEY_TABLE = str.maketrans({**dict.fromkeys(DASHES, None), **dict.fromkeys(APOSTROPHES, "'")})


def term_key(term: str) -> str:
    """Normalise a term or a matched surface for look-up: lower case, no dashes, one space."""
    return " ".join(term.lower().translate(_KEY_TABLE).split())


def term_atoms(term: str) -> list[str]:
    """Regex atoms of a term: letters escaped, dashes and spaces made flexible, * after a word any ending
    ("крилат* ракет*" finds "крилаті ракети" and "крилатих ракет")."""
    atoms: list[str] = []
    letters = [ch for ch in term if ch not in DASHES and not ch.isspace()]
    for ch in term.lower():
        if ch == "*":
            atoms.append(r"\w*")
        elif ch in DASHES and not letters:
            atoms.append(f"[{DASHES}]")  # a dash on its own ("22 — над ...") is a dash
        elif ch in DASHES:
            atoms.append(f"[{DASHES}\\s]?")
        elif ch.isspace():
            if atoms and atoms[-1] != r"\s+":
                atoms.append(r"\s+")
        elif ch in APOSTROPHES:
            atoms.append(f"[{APOSTROPHES}]")
        else:
            atoms.append(re.escape(ch))
    return atoms


def trie_regex(terms: Iterable[str]) -> str:
    """One regex matching any of the terms, longest first, built as a character trie."""
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for atom in term_atoms(term):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [atom + emit(child) for atom, child in node.items() if atom != ""]
        # Longer literal branches first keeps alternation deterministic; a flexible atom (class or
        # \w*) is tried after the literal ones beside it.
        branches.sort(key=lambda b: (b.startswith(("[", "\\w", "\\s")), b))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(trie)


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabularyError(f"{where} must be a list of non-empty strings")
    return value


def _int_map(value: Any, where: str) -> dict[str, int]:
    if not isinstance(value, dict) or not all(isinstance(v, int) for v in value.values()):
        raise VocabularyError(f"{where} must map words to whole numbers")
    return value


def _check_keys(data: Mapping[str, Any], allowed: Mapping[str, set[str]], where: str) -> None:
    for section, body in data.items():
        if section not in allowed:
            raise VocabularyError(f"{where}: unknown section [{section}]")
        if not isinstance(body, dict):
            raise VocabularyError(f"{where}: [{section}] must be a table")
        for key in body:
            if key not in allowed[section]:
                raise VocabularyError(f"{where}: unknown key {key!r} in [{section}]")


@dataclass(frozen=True)
class Lexicon:
    """Everything the extractor needs for one language."""

    language: str
    senses: dict[str, Senses]
    stems: list[tuple[re.Pattern[str], str]]
    token_re: re.Pattern[str]
    keywords: tuple[str, ...]  # lower-case pieces of which a sentence with a figure holds one
    keyword_automaton: Any  # Aho-Corasick automaton of the keywords (pyahocorasick)
    attack_automaton: Any  # the same for the terms that name a weapon or an attack (no people)
    number_re: re.Pattern[str]  # a digit or a number word
    attacker_re: re.Pattern[str]
    time_re: re.Pattern[str]
    months: dict[str, int]
    models: tuple[Model, ...]
    markers: frozenset[str]
    cache: dict[str, Senses | None] = field(default_factory=dict, compare=False, hash=False)

    def lookup(self, surface: str) -> Senses | None:
        cached = self.cache.get(surface, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        key = term_key(surface)
        found = self.senses.get(key)
        if found is None:
            found = self._stem_lookup(key)
        if len(self.cache) < 100_000:
            self.cache[surface] = found
        return found

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Lexicon per language lives for the process
    def _stem_lookup(self, key: str) -> Senses | None:
        for pattern, term in self.stems:
            if pattern.fullmatch(key):
                return self.senses[term]
        return None

    def __hash__(self) -> int:
        return hash(self.language)


def _model_aliases(models: tuple[Model, ...]) -> dict[str, int]:
    """Each alias of the models file with the index of its model; an alias listed twice is an error."""
    aliases: dict[str, int] = {}
    seen: set[str] = set()
    for i, model in enumerate(models):
        for alias in model.aliases:
            key = term_key(alias)
            if key in seen:
                raise VocabularyError(f"models.toml: alias {alias!r} is listed twice")
            seen.add(key)
            aliases[alias] = i
    return aliases


def _load_vocab(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise VocabularyError(f"no vocabulary for language {language!r}")
    where = f"vocab/{language}.toml"
    try:
        data = tomllib.loads(read_text("vocab", f"{language}.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{where}: {exc}") from exc
    _check_keys(data, VOCAB_KEYS, where)
    cues = data.get("cues", {})
    for measure, body in cues.items():
        if not isinstance(body, dict) or not set(body) <= set(CUE_POSITIONS):
            raise VocabularyError(f"{where}: [cues.{measure}] takes only {CUE_POSITIONS}")
    return data


def _build_senses(
    data: Mapping[str, Any], model_aliases: Mapping[str, int], where: str
) -> tuple[dict[str, Senses], list[str]]:
    entries: list[tuple[str, Senses]] = []

    def add(term: str, **kwargs: Any) -> None:
        roles = kwargs.pop("roles", set())
        entries.append((term, Senses(roles=set(roles), **kwargs)))

    numbers = data.get("numbers", {})
    for kind in ("units", "tens", "scales"):
        for word, value in _int_map(numbers.get(kind, {}), f"{where} numbers.{kind}").items():
            add(word, number=value, number_kind=kind[:-1])
    for word, value in _int_map(numbers.get("forms", {}), f"{where} numbers.forms").items():
        # inflected number words (Ukrainian, Russian): a unit, a ten or a hundred by their value
        kind = "unit" if value < 20 else "ten" if value < 100 else "hundred"
        add(word, number=value, number_kind=kind)
    for phrase, value in _int_map(numbers.get("phrases", {}), f"{where} numbers.phrases").items():
        add(phrase, number=value, number_kind="phrase")
    if "joiner" in numbers:
        add(numbers["joiner"], roles={"joiner"})
    for role in ("articles", "both", "all", "all_but", "not_before"):
        name = "article" if role == "articles" else role
        for term in _strings(numbers.get(role, []), f"{where} numbers.{role}"):
            add(term, roles={name})
    for qualifier, terms in data.get("qualifiers", {}).items():
        for term in _strings(terms, f"{where} qualifiers.{qualifier}"):
            add(term, qualifier=qualifier)
    for weapon, terms in data.get("heads", {}).items():
        for term in _strings(terms, f"{where} heads.{weapon}"):
            if weapon == "person":  # a singular person: "the pilot was killed" is a figure of 1
                add(term, head="people", roles={"singular"})
            else:
                add(term, head=weapon)
    for weapon, terms in data.get("heads_singular", {}).items():
        # languages without articles: a singular noun with a measure is a figure of 1 ("знищено ракету")
        for term in _strings(terms, f"{where} heads_singular.{weapon}"):
            add(term, head=weapon, roles={"singular"})
    for term in _strings(data.get("heads_platform", {}).get("aircraft", []), f"{where} heads_platform"):
        add(term, roles={"platform"})
    for term in _strings(data.get("heads_excluded", {}).get("words", []), f"{where} heads_excluded"):
        add(term, roles={"excluded"})
    for term in _strings(data.get("modifiers", {}).get("words", []), f"{where} modifiers"):
        add(term, roles={"mod"})
    for term in _strings(data.get("compounds", {}).get("words", []), f"{where} compounds"):
        add(term, roles={"compound"})
    for measure, body in data.get("cues", {}).items():
        for pos, terms in body.items():
            for term in _strings(terms, f"{where} cues.{measure}.{pos}"):
                add(term, cues=[(measure, pos)])
    for pos, terms in data.get("skip", {}).items():
        for term in _strings(terms, f"{where} skip.{pos}"):
            add(term, skip={pos})
    grammar_roles = {"aux": "aux", "adverbs": "adv", "of_them": "of_them", "of": "of", "including": "including",
                     "more": "more", "over": "over", "bare_followers": "bare", "boundaries": "boundary",
                     "ground_fire": "ground_fire", "attack_words": "attack_word", "debris": "debris"}
    for key, role in grammar_roles.items():
        for term in _strings(data.get("grammar", {}).get(key, []), f"{where} grammar.{key}"):
            add(term, roles={role})
    for alias, index in model_aliases.items():
        add(alias, model=index)
        if alias[-1].isdigit() or (alias[-1].isupper() and alias.isascii()):
            plural = alias + "s"  # "Su-34s", "KN-23s", "ATACMSs" is harmless
            if term_key(plural) not in {term_key(a) for a in model_aliases}:
                add(plural, model=index)

    senses: dict[str, Senses] = {}
    seen: dict[tuple[str, str], int] = {}
    for term, sense in entries:
        key = _stem_key(term)
        # the same term twice in one list is a slip in the file
        for role in sense.roles:
            marker = (key, role)
            seen[marker] = seen.get(marker, 0) + 1
            if seen[marker] > 1 and role not in ("bare", "adv"):
                raise VocabularyError(f"{where}: term {term!r} is listed twice as {role}")
        if key in senses:
            senses[key].merge(sense, term)
        else:
            senses[key] = sense
    return senses, [term for term, _ in entries]


def _keywords(terms: Iterable[str]) -> tuple[str, ...]:
    """Few lower-case substrings that every term contains one of: a fast test before tokenizing."""
    pieces = set()
    for term in terms:
        word = term.replace("*", "").lower()
        word = max(word.split(), key=len) if word.split() else word
        word = word[:6] if len(word) > 6 else word
        bare = word.translate(_KEY_TABLE)
        # "Kh-101" is also written "Kh101", "Kh 101" and with other dashes
        variants = {bare} if bare == word else {bare, bare.replace("'", "")} | {
            "".join(ch if ch not in DASHES else sep for ch in word) for sep in ("-", " ", "‑", "–")}
        pieces |= {v for v in variants if v}
    kept = sorted(pieces, key=len)
    out: list[str] = []
    for piece in kept:
        if not any(shorter in piece for shorter in out):
            out.append(piece)
    return tuple(out)


def _automaton(keywords: Iterable[str]) -> Any:
    automaton = ahocorasick.Automaton()
    for word in keywords:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def _word_start(lowered: str, end: int, word: str) -> bool:
    # every term is matched as whole words and a keyword is the beginning of one of its words: a keyword
    # inside a word ("men" in "government") cannot start a term
    start = end - len(word) + 1
    return start == 0 or not lowered[start - 1].isalnum()


def attack_positions(lex: Lexicon, lowered: str) -> list[int]:
    """Where a lower-cased text may name a weapon or an attack (end positions, in order); none: the text
    holds no attack figure."""
    return [end for end, word in lex.attack_automaton.iter(lowered) if _word_start(lowered, end, word)]


def names_attack(senses: Senses | None) -> bool:
    """Does a term name a weapon, a model or an attack (what a document with figures must hold)?"""
    return senses is not None and (
        (senses.head not in (None, "people") and "person" not in senses.roles) or senses.model is not None
        or "attack_word" in senses.roles)


def names_figure_noun(senses: Senses | None) -> bool:
    """Does a term name a weapon, a model, a person or a casualty (what makes a sentence worth reading)?"""
    return senses is not None and (senses.head is not None or senses.model is not None or any(
        measure in ("killed", "injured") for measure, _ in senses.cues))


def term_at(lex: Lexicon, lowered: str, end: int, test: Callable[[Senses | None], bool]) -> bool:
    """Is the keyword ending at `end` part of a whole vocabulary term that passes `test`? The keywords are
    pieces of terms ("projec" of "projectiles" is also in "project"); this reads the real term, which starts
    at the keyword's word or at one of the three words before it."""
    start = end
    while start > 0 and lowered[start - 1].isalnum():
        start -= 1
    for _ in range(4):
        m = lex.token_re.match(lowered, start)
        if m is not None and m.lastgroup == "V" and m.end() > end:
            # an exact term hides a stem of the same word ("атака" a cue, "атак*" an attack word): ask both
            if test(lex.lookup(m.group())) or test(lex._stem_lookup(term_key(m.group()))):
                return True
        k = start
        while k > 0 and not lowered[k - 1].isalnum() and start - k < 3:
            k -= 1
        if k == start or k == 0 or end - k > 48:
            return False
        while k > 0 and lowered[k - 1].isalnum():
            k -= 1
        start = k
    return False


def names_an_attack(lex: Lexicon, lowered: str) -> bool:
    """Does a lower-cased text name a weapon or an attack with a whole vocabulary term? (Stops at the first.)"""
    return any(_word_start(lowered, end, word) and term_at(lex, lowered, end, names_attack)
               for end, word in lex.attack_automaton.iter(lowered))


def keyword_positions(lex: Lexicon, lowered: str) -> list[int]:
    """Where a lower-cased text holds one of the lexicon's keywords at the start of a word (end positions,
    in order)."""
    return [end for end, word in lex.keyword_automaton.iter(lowered) if _word_start(lowered, end, word)]


def _stem_key(term: str) -> str:
    """The look-up key of a term; a stem keeps its stars ("крилат* ракет*")."""
    if "*" not in term:
        return term_key(term)
    return " ".join(term_key(word.rstrip("*")) + ("*" if word.endswith("*") else "") for word in term.split())


def _sense_of(senses: Mapping[str, Senses], term: str) -> Senses | None:
    return senses.get(_stem_key(term))


def _date_pattern(months: Mapping[str, int]) -> str:
    month = "(?:" + trie_regex(months) + r")\.?"
    day = r"\d{1,2}(?:st|nd|rd|th|-?го|-?е)?"
    year = r"(?:\d{4})(?:\s*(?:р\.|року|г\.|года|р|г)\b)?"
    return rf"""
        (?: {day} (?:\s*(?:-|–|to|до|на|and|і|и)\s*{day})? \s+ (?:of\s+)? {month} (?:\s*,?\s*{year})? (?!\w)
          | {month} \s+ {day} (?!\d) (?:\s*(?:-|–|to|and)\s*{day}(?!\d))? (?:\s*,?\s*{year})?
          | {month} \s+ \d{{4}} (?!\d)
          | \d{{4}}-\d{{2}}-\d{{2}}
          | \d{{1,2}}\.\d{{1,2}}\.\d{{2,4}} (?!\d)
        )"""


@functools.cache
def load(language: str) -> Lexicon:
    """The compiled lexicon of a language (cached: built once per process)."""
    models = load_models()
    model_aliases = _model_aliases(models)
    data = _load_vocab(language)
    where = f"vocab/{language}.toml"
    senses, terms = _build_senses(data, model_aliases, where)
    # the longest stem that fits wins: "атакував*" (a cue) before "атак*" (a compound noun)
    stems = [(re.compile("".join(term_atoms(k)), re.IGNORECASE), k)
             for k in sorted((k for k in senses if "*" in k), key=len, reverse=True)]
    months = _int_map(data.get("time", {}).get("months", {}), f"{where} time.months")
    months = {term_key(k): v for k, v in months.items()}
    vocabulary = trie_regex(terms)
    token_re = re.compile(
        rf"""
        (?P<DATE>{_date_pattern(months)})                     # dates: 28 June, June 28, 2025-06-28
        | (?P<V>{vocabulary})(?!\w|[{DASHES}]\w)               # a vocabulary term, longest first, not
                                                              # the start of a hyphenated word
        | (?P<TIME>\d{{1,2}}[:.]\d{{2}}(?!\d)(?:\s?[ap]\.?m\.?)? | \d{{1,2}}\s?[ap]\.m\.)  # 09:00, 9 a.m.
        | (?P<PCT>\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b|percent\b|відс\w*|проц\w*))  # 45%, 45 per cent
        | (?P<MONEY>[$€£₴₽]\s?\d[\d,.]*)                      # $1.2, €300
        | (?P<BIG>\d{{10,}})                                     # no count has ten digits
        | (?P<RANGE>\d+\s?[-–—]\s?\d+(?![\d.,]))             # 20-25 (a range is no count)
        | (?P<HYPH>\d+(?:[.,]\d+)?(?:[-‐‑][^\W\d_]+)+)         # 64-year-old, 3-storey, 1.5-tonne
        | (?P<NUM>\d{{1,3}}(?:(?:,|[ \u00a0\u202f\u2009])\d{{3}})+(?![\d]|[.,]\d)
                 | \d+(?![.,]\d))                                # 1,200 / 1 200 / 537
        | (?P<DEC>\d+[.,]\d+)                                 # 1.5 (never a count)
        | (?P<W>\w+(?:[{DASHES}{APOSTROPHES}]\w+)*)           # any other word (hyphenated: one word)
        | (?P<P>\S)                                           # punctuation
        """,
        re.IGNORECASE | re.VERBOSE,
    )
    # a sentence is worth parsing when it names a weapon, a model, a person or a casualty
    named = [t for t in terms if (s := _sense_of(senses, t)) and (
        s.head or s.model is not None or (" " not in t and any(m in ("killed", "injured") for m, _ in s.cues)))]
    keywords = _keywords(named)
    # a document with figures names a weapon or an attack somewhere (casualties alone are dropped)
    attack_terms = [t for t in terms if (s := _sense_of(senses, t)) and (
        (s.head not in (None, "people") and "person" not in s.roles) or s.model is not None
        or "attack_word" in s.roles)]
    # a sentence with no weapon named needs a number to hold a figure ("shot down 249 and jammed 226 of them")
    numbers = [t for t in terms if (s := _sense_of(senses, t)) and (
        s.number is not None or s.roles & {"both", "all", "all_but"})]
    number_re = re.compile(r"\d|(?<!\w)(?:" + trie_regex(numbers) + r")(?!\w)", re.IGNORECASE)
    attacker = data.get("attacker", {})
    ukraine_cues = _strings(attacker.get("ukraine", ["-"]), where)
    places = _strings(attacker.get("places_ukraine_attack", ["-"]), where)
    ukraine_cues = ukraine_cues + [f"{prefix} {place}" for prefix in _strings(
        attacker.get("place_prefixes", ["-"]), where) for place in places] + [
        f"{place} {suffix}".replace(" '", "'") for suffix in _strings(
            attacker.get("place_suffixes", ["-"]), where) for place in places]
    over_cues = [f"{prefix} {place}" for prefix in _strings(attacker.get("place_prefixes_over", ["-"]), where)
                 for place in places]
    prefixes = _strings(attacker.get("place_prefixes", ["-"]), where) + _strings(
        attacker.get("place_prefixes_over", ["-"]), where)
    russia_cues = _strings(attacker.get("russia", ["-"]), where) + [
        f"{prefix} {place}" for prefix in prefixes
        for place in _strings(attacker.get("places_russia_attack", ["-"]), where)]
    attacker_re = re.compile(
        r"(?<!\w)(?:(?P<ukraine>" + trie_regex(ukraine_cues) + ")"
        r"|(?P<ukraine_over>" + trie_regex(over_cues) + ")"
        r"|(?P<russia>" + trie_regex(russia_cues) + r"))(?!\w)",
        re.IGNORECASE,
    )
    time = data.get("time", {})
    time_re = re.compile(
        r"(?<!\w)(?:(?P<previous>" + trie_regex(_strings(time.get("previous", ["-"]), where)) + ")"
        r"|(?P<current>" + trie_regex(_strings(time.get("current", ["-"]), where)) + r"))(?!\w)",
        re.IGNORECASE,
    )
    markers = frozenset(term_key(m) for m in _strings(data.get("meta", {}).get("markers", []), where))
    return Lexicon(
        language=language,
        senses=senses,
        stems=stems,
        token_re=token_re,
        keywords=keywords,
        keyword_automaton=_automaton(keywords),
        attack_automaton=_automaton(_keywords(attack_terms)),
        number_re=number_re,
        attacker_re=attacker_re,
        time_re=time_re,
        months=months,
        models=models,
        markers=markers,
    )
