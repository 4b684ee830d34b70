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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .completion import Completions
from .contract import GROUPS, MEASURES, QUALIFIERS, WEAPONS
from .errors import VocabularyError
from .models import Model, load_models
from .regions import load_regions
from .resources import read_text, schema_file
from .terms import alternation, automaton, keywords, stem_key, term_atoms, term_key
from .vocab_patterns import attacker_re, for_lower_case, speaker_re, strings, time_re, token_pattern

# Word lists of [grammar] the rules read as sets of lower-case surfaces (see schemas/vocab/README.md).
WORD_SETS = ("and", "or", "coordinators", "additive", "relatives", "determiners", "definite", "type_words", "basing",
             "type_markers", "type_of", "year_words", "people_prepositions", "others", "of_which", "plural_endings",
             "singular_endings", "abbreviations", "number_neutral", "singular_verbs", "plural_verbs", "from_places",
             "speech_verbs", "government_words", "count_words", "time_units", "distributive_before", "number_signs",
             "distributive_after", "distributive_numbers", "age_words", "age_links", "rise_words", "rise_openers",
             "agents", "air_traffic_words", "detection_words", "drops", "users", "hypotheticals", "drill_words",
             "target_nouns", "target_prepositions", "attack_target_verbs", "attack_target_participles", "dropped_from",
             "instrumental_endings", "attempt_words", "subset_after", "launcher_rockets", "flight_words", "negations",
             "hypothesis_ends", "singular_modifier_endings", "owners_after", "genitive_after",
             "genitive_singular_endings", "area_nouns", "plural_case_endings", "place_prepositions", "gap_joiners",
             "gap_prepositions", "count_pronouns", "wave_words", "target_verbs", "instrument_words", "place_nouns",
             "difference_prepositions", "change_words", "participle_endings", "people_participle_endings",
             "models_follow", "verb_negations", "loss_tally_periods", "day_tally_periods", "generic_words",
             "place_name_words", "region_anaphors", "agent_verbs", "vague_quantities", "record_words",
             "hospital_words", "range_from", "range_to", "counter_words", "whole_country", "demining_words",
             "launcher_words", "hyphen_not_weapon", "plural_modifier_endings", "region_plural_endings", "other_wars",
             "jamming_agents", "combined_agents", "gender_words", "casualty_verbs", "capital_words", "capital_before",
             "background_openers", "additive_words", "recovery_words", "site_nouns", "toll_periods", "year_periods",
             "birth_words", "population_words", "fire_agents", "condition_words", "life_verbs", "life_nouns", "loads",
             "street_words", "site_abbreviations", "care_places", "producers", "vague_parts", "among_counted",
             "neutralize_kept", "people_groups", "further_ordinals", "headline_joins", "day_parts", "they_pronouns")
# Of those, the lists whose entries may be phrases of several words (Clause.phrase_ending; else one token).
PHRASE_LISTS = ("coordinators", "rise_words", "abbreviations", "agents", "owners_after", "models_follow", "users",
                "loss_tally_periods", "day_tally_periods", "toll_periods", "region_anaphors", "whole_country",
                "jamming_agents", "combined_agents", "background_openers", "fire_agents", "loads", "other_wars",
                "care_places", "among_counted", "basing", "dropped_from", "flight_words", "attack_target_verbs")


# Sections and keys a vocabulary file may have; anything else is a mistake in the file.
VOCAB_KEYS: dict[str, set[str]] = {
    "meta": {"language", "markers", "script", "alphabet", "letters", "priority", "articles"},
    "numbers": {"units", "tens", "scales", "phrases", "joiner", "articles", "both", "all", "all_but",
                "not_before", "forms", "definite_articles", "case_endings", "single_scales", "the_other"},
    "qualifiers": set(QUALIFIERS) - {"exact"},
    "heads": set(WEAPONS) | {"person"},
    "heads_platform": {"aircraft"},
    "groups": set(GROUPS),
    "heads_singular": set(WEAPONS) - {"people"},
    "heads_excluded": {"words"},
    "modifiers": {"words", "suffixes", "adjective_endings"},
    "compounds": {"words"},
    "cues": set(MEASURES),
    "skip": {"pre", "post"},
    "grammar": {"aux", "adverbs", "of_them", "of", "including", "more", "over", "bare_followers",
                "boundaries", "nominal_cases", "ground_fire", "shelling_words", "attack_words", "hit_nouns", "debris",
                "percent", "tally_words", "comparisons", "comma_joins",
                *WORD_SETS},
    "attacker": {"ukraine", "russia", "places_ukraine_attack", "places_russia_attack", "place_prefixes",
                 "place_prefixes_over", "place_suffixes", "hint_ukraine", "hint_russia", "hint_enemy", "enemy",
                 "speaker_russia", "speaker_ukraine", "neutralize_verbs"},
    "time": {"previous", "current", "months", "night_join", "range_start", "ordinals", "year_words",
             "day_joiners", "day_of", "clock_suffixes", "clock_span"},
}
CUE_POSITIONS = ("any", "pre", "post", "attr")  # attr: a participle between number and noun
_MISSING = object()

# Roles a term can play; a term may play several (\"of which\" is both of_them and including).
SINGLE_ROLES = {
    "article", "definite_article", "both", "all", "all_but", "not_before", "the_other", "mod", "compound", "aux",
    "adv", "of_them",
    "of", "including", "more", "over", "bare", "boundary", "joiner", "platform", "excluded", "singular",
    "ground_fire", "shelling", "attack_word", "hit_noun", "debris", "comparison",
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
    region: int | None = None  # index into stats.regions.load_regions()
    group: str | None = None  # people only: the subgroup the noun names (children, rescuers, ...)
    cues: list[tuple[str, str]] = field(default_factory=list)  # (measure, position)
    skip: set[str] = field(default_factory=set)  # positions

    def merge(self, other: Senses, term: str) -> None:
        for attr in ("head", "qualifier", "number", "model", "region", "group"):
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
    token_pattern: str  # the tokenizer's pattern (verbose)
    lower_token_re: re.Pattern[str]  # it compiled case-sensitive, for lower-cased text (every term is lower case)
    keywords: tuple[str, ...]  # lower-case pieces of which a sentence with a figure holds one
    keyword_automaton: Any  # Aho-Corasick automaton of the keywords (pyahocorasick)
    attack_automaton: Any  # the same for the terms that name a weapon or an attack (no people)
    region_automaton: Any  # the same for the terms that name a region
    number_re: re.Pattern[str]  # a digit or a number word
    attacker_re: re.Pattern[str]
    speaker_re: re.Pattern[str]  # who tells the story: russia or ukraine
    attacker_low_re: re.Pattern[str]  # the two for lower-cased text (see vocab_patterns.for_lower_case)
    speaker_low_re: re.Pattern[str]
    tally_re: re.Pattern[str]  # a number of ground equipment: the sentence is a running tally of losses
    time_re: re.Pattern[str]
    months: dict[str, int]
    models: tuple[Model, ...]
    markers: frozenset[str]
    words: Mapping[str, frozenset[str]]  # the [grammar] word lists the rules read as sets (WORD_SETS)
    hints: tuple[tuple[str, str], ...]  # (word beginning, side): "Ukrainian-made drones" are Ukraine's
    modifier_suffixes: tuple[str, ...]  # "Iranian-designed": an unknown word with one of these is a modifier
    adjective_endings: tuple[str, ...]  # where given, an unknown word before a person noun must end so
    neutralize_verbs: tuple[str, ...]  # "нейтрализовали": the Russian side's word for shot down
    range_start: frozenset[str]  # a date after one of these starts a period ("since 24 February")
    clock_span: frozenset[str]  # words around clock times ("from 20:00 to 23:20"): a span a figure may skip
    case_endings: frozenset[str]  # "112-ма", "81-го": a number in digits with the ending of its case
    has_articles: bool  # the language writes articles: a singular noun counts only after one
    script: str  # latin, cyrillic, ...
    alphabet: str  # the language's letters (lower case)
    letters: str  # letters that tell the language from others of its script
    priority: int  # wins a tie with another language of its script
    cache: dict[str, Senses | None] = field(default_factory=dict, compare=False, hash=False)

    @functools.cached_property
    def token_re(self) -> re.Pattern[str]:
        """The tokenizer for text as written (case-insensitive), compiled when first needed: most text is read
        lower-cased by `lower_token_re`."""
        return re.compile(self.token_pattern, re.IGNORECASE | re.VERBOSE)

    def lookup(self, surface: str) -> Senses | None:
        cached = self.cache.get(surface, _MISSING)
        if cached is not _MISSING:
            return cached  # type: ignore[return-value]
        key = term_key(surface)
        found = self.senses.get(key)
        if found is None and " " in key:
            found = self._spaced.get(key.replace(" ", ""))  # "shahed type" for the term "Shahed-type"
        if found is None:
            found = self._stem_lookup(key)
        if len(self.cache) < 100_000:
            self.cache[surface] = found
        return found

    @functools.cached_property
    def _spaced(self) -> dict[str, Senses]:
        """The terms written with a dash, by their key without spaces: a term's dash may be written as a space
        (the pattern allows it), which the key of the surface keeps."""
        return {key.replace(" ", ""): sense for key, sense in self.senses.items() if " " not in key}

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one Lexicon per language lives for the process
    def _stem_lookup(self, key: str) -> Senses | None:
        for pattern, term in self.stems:
            if pattern.fullmatch(key):
                return self.senses[term]
        return None

    def completion(self, prefix: str, before: str = "") -> Senses | None:
        """The term a word cut off at the end of a text began (see `stats.completion.Completions`)."""
        return self._completions.complete(prefix, before)

    def cut_phrase(self, words: tuple[str, ...]) -> tuple[int, Senses] | None:
        """The cue of several words the last words of a cut text began (see `stats.completion.Completions`)."""
        return self._completions.phrase(words)

    @functools.cached_property
    def _completions(self) -> Completions:
        return Completions(self.senses)

    def word(self, key: str, low: str) -> bool:
        """Is the lower-case surface one of the words of [grammar] `key`?"""
        return low in self.words[key]

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


def shipped_languages() -> tuple[str, ...]:
    """The languages with a vocabulary file in schemas/vocab/ (adding a language is adding a file)."""
    return tuple(sorted(p.name[:-5] for p in schema_file("vocab").iterdir() if p.name.endswith(".toml")))


LANGUAGES = shipped_languages()


def parse_vocab(text: str, where: str) -> dict[str, Any]:
    """A vocabulary file's data, with its sections and keys checked."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{where}: {exc}") from exc
    _check_keys(data, VOCAB_KEYS, where)
    cues = data.get("cues", {})
    for measure, body in cues.items():
        if not isinstance(body, dict) or not set(body) <= set(CUE_POSITIONS):
            raise VocabularyError(f"{where}: [cues.{measure}] takes only {CUE_POSITIONS}")
    return data


Entry = tuple[str, Senses]
NUMBER_KINDS = ("units", "tens", "scales")  # [numbers] tables of number words by kind

# [section] key -> the role its terms play
ROLE_LISTS = {
    ("heads_platform", "aircraft"): "platform", ("heads_excluded", "words"): "excluded",
    ("modifiers", "words"): "mod", ("compounds", "words"): "compound",
    ("numbers", "articles"): "article", ("numbers", "both"): "both", ("numbers", "all"): "all",
    ("numbers", "all_but"): "all_but", ("numbers", "not_before"): "not_before",
    ("numbers", "definite_articles"): "definite_article", ("numbers", "the_other"): "the_other",
    ("grammar", "aux"): "aux", ("grammar", "adverbs"): "adv", ("grammar", "of_them"): "of_them",
    ("grammar", "of"): "of", ("grammar", "including"): "including", ("grammar", "more"): "more",
    ("grammar", "over"): "over", ("grammar", "bare_followers"): "bare", ("grammar", "boundaries"): "boundary",
    ("grammar", "ground_fire"): "ground_fire", ("grammar", "shelling_words"): "shelling",
    ("grammar", "attack_words"): "attack_word", ("grammar", "hit_nouns"): "hit_noun",
    ("grammar", "debris"): "debris", ("grammar", "comparisons"): "comparison",
}


def _build_senses(
    data: Mapping[str, Any], model_aliases: Mapping[str, int], where: str, plural_endings: Iterable[str] = ()
) -> tuple[dict[str, Senses], list[str]]:
    """Every term of a vocabulary with what it means; a term listed twice under one heading is an error."""
    language = str(data.get("meta", {}).get("language", ""))
    entries = [*_number_entries(data, where), *_word_entries(data, where),
               *_model_entries(model_aliases, plural_endings), *_region_entries(language)]
    senses: dict[str, Senses] = {}
    seen: dict[tuple[str, str], int] = {}
    for term, sense in entries:
        key = stem_key(term)
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


def _number_entries(data: Mapping[str, Any], where: str) -> list[Entry]:
    numbers = data.get("numbers", {})
    out: list[Entry] = []
    for kind in NUMBER_KINDS:
        for word, value in _int_map(numbers.get(kind, {}), f"{where} numbers.{kind}").items():
            out.append((word, Senses(number=value, number_kind=kind[:-1])))
    for word, value in _int_map(numbers.get("forms", {}), f"{where} numbers.forms").items():
        # inflected number words (Ukrainian, Russian): a unit, a ten or a hundred by their value
        kind = "unit" if value < 20 else "ten" if value < 100 else "hundred"
        out.append((word, Senses(number=value, number_kind=kind)))
    for phrase, value in _int_map(numbers.get("phrases", {}), f"{where} numbers.phrases").items():
        out.append((phrase, Senses(number=value, number_kind="phrase")))
    if "joiner" in numbers:
        out.append((numbers["joiner"], Senses(roles={"joiner"})))
    # a scale word in a form that names one of it ("тисячу дронів", "тысяча двести"): a number on its own
    out += [(word, Senses(roles={"single_scales"})) for word in strings(numbers.get("single_scales", []),
                                                                        f"{where} numbers.single_scales")]
    return out


def _word_entries(data: Mapping[str, Any], where: str) -> list[Entry]:
    out: list[Entry] = []
    for qualifier, terms in data.get("qualifiers", {}).items():
        out += [(term, Senses(qualifier=qualifier)) for term in strings(terms, f"{where} qualifiers.{qualifier}")]
    for weapon, terms in data.get("heads", {}).items():
        for term in strings(terms, f"{where} heads.{weapon}"):
            # a singular person: "the pilot was killed" is a figure of 1
            out.append((term, Senses(head="people", roles={"singular"}) if weapon == "person" else Senses(head=weapon)))
    for weapon, terms in data.get("heads_singular", {}).items():
        # languages without articles: a singular noun with a measure is a figure of 1 ("знищено ракету")
        out += [(term, Senses(head=weapon, roles={"singular"}))
                for term in strings(terms, f"{where} heads_singular.{weapon}")]
    for group, terms in data.get("groups", {}).items():
        out += [(term, Senses(head="people", group=group)) for term in strings(terms, f"{where} groups.{group}")]
    for (section, key), role in ROLE_LISTS.items():
        out += [(term, Senses(roles={role}))
                for term in strings(data.get(section, {}).get(key, []), f"{where} {section}.{key}")]
    for measure, body in data.get("cues", {}).items():
        for pos, terms in body.items():
            out += [(term, Senses(cues=[(measure, pos)])) for term in strings(terms, f"{where} cues.{measure}.{pos}")]
    for pos, terms in data.get("skip", {}).items():
        out += [(term, Senses(skip={pos})) for term in strings(terms, f"{where} skip.{pos}")]
    return out


def _region_entries(language: str) -> list[Entry]:
    """The forms of the regions of schemas/regions.toml in this language ("Брянской области")."""
    return [(form, Senses(region=index)) for index, region in enumerate(load_regions())
            for form in region.forms.get(language, ())]


def _model_entries(model_aliases: Mapping[str, int], plural_endings: Iterable[str]) -> list[Entry]:
    out: list[Entry] = []
    known = {term_key(a) for a in model_aliases}
    for alias, index in model_aliases.items():
        out.append((alias, Senses(model=index)))
        if alias[-1].isdigit() or (alias[-1].isupper() and alias.isascii()):
            for ending in plural_endings:  # "Su-34s", "KN-23s" ("ATACMSs" is harmless)
                if term_key(alias + ending) not in known:
                    out.append((alias + ending, Senses(model=index)))
    return out


def _sense_of(senses: Mapping[str, Senses], term: str) -> Senses | None:
    return senses.get(stem_key(term))


@functools.cache
def load(language: str) -> Lexicon:
    """The compiled lexicon of a shipped language (cached: built once per process)."""
    if language not in LANGUAGES:
        raise VocabularyError(f"no vocabulary for language {language!r}")
    where = f"vocab/{language}.toml"
    return build(parse_vocab(read_text("vocab", f"{language}.toml"), where), where)


def load_file(path: str | Path) -> Lexicon:
    """The lexicon of a vocabulary file anywhere (a language being written, or a test's own language)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabularyError(f"cannot read vocabulary {path}: {exc.strerror}") from exc
    return build(parse_vocab(text, str(path)), str(path))


def build(data: Mapping[str, Any], where: str) -> Lexicon:
    """Compile a vocabulary's data into a lexicon."""
    meta = data.get("meta", {})
    models = load_models()
    plural_endings = strings(data.get("grammar", {}).get("plural_endings", []), f"{where} grammar.plural_endings")
    senses, terms = _build_senses(data, _model_aliases(models), where, plural_endings)
    # the longest stem that fits wins: "атакував*" (a cue) before "атак*" (a compound noun)
    stems = [(re.compile("".join(term_atoms(k)), re.IGNORECASE), k)
             for k in sorted((k for k in senses if "*" in k), key=len, reverse=True)]
    _inherit_word_classes(senses, stems)
    months = _int_map(data.get("time", {}).get("months", {}), f"{where} time.months")
    months = {term_key(k): v for k, v in months.items()}
    named, attack_terms, numbers = _gate_terms(senses, terms)
    pieces = keywords(named)
    grammar = data.get("grammar", {})
    attacker = data.get("attacker", {})
    return Lexicon(
        language=str(meta.get("language", "")) or where,
        senses=senses,
        stems=stems,
        token_pattern=(pattern := token_pattern(terms, months, data, where)),
        lower_token_re=re.compile(pattern, re.VERBOSE),
        keywords=pieces,
        keyword_automaton=automaton(pieces),
        attack_automaton=automaton(keywords(attack_terms)),
        region_automaton=automaton(keywords(t for t in terms if (r := _sense_of(senses, t)) and r.region is not None)),
        number_re=re.compile(r"\d|(?<!\w)(?:" + alternation(numbers) + r")(?!\w)", re.IGNORECASE),
        attacker_re=(sides := attacker_re(attacker, where)),
        speaker_re=(speakers := speaker_re(attacker, where)),
        attacker_low_re=for_lower_case(sides),
        speaker_low_re=for_lower_case(speakers),
        tally_re=re.compile(r"(?<!\w)\d[\d,. \u00a0]*\s*(?:" + alternation(strings(
            grammar.get("tally_words", []), f"{where} grammar.tally_words")) + r")(?!\w)", re.IGNORECASE),
        time_re=time_re(data.get("time", {}), where),
        months=months,
        models=models,
        markers=frozenset(term_key(m) for m in strings(meta.get("markers", []), where)),
        words={key: _word_set(grammar.get(key, []), f"{where} grammar.{key}") for key in WORD_SETS},
        hints=tuple((prefix.lower(), side) for side in ("ukraine", "russia", "enemy")
                    for prefix in strings(attacker.get(f"hint_{side}", []), f"{where} attacker.hint_{side}")),
        neutralize_verbs=tuple(w.lower() for w in strings(attacker.get("neutralize_verbs", []),
                                                           f"{where} attacker.neutralize_verbs")),
        modifier_suffixes=tuple(w.lower() for w in strings(data.get("modifiers", {}).get("suffixes", []),
                                                            f"{where} modifiers.suffixes")),
        adjective_endings=tuple(w.lower() for w in strings(data.get("modifiers", {}).get("adjective_endings", []),
                                                            f"{where} modifiers.adjective_endings")),
        range_start=_word_set(data.get("time", {}).get("range_start", []), f"{where} time.range_start"),
        clock_span=_word_set(data.get("time", {}).get("clock_span", []), f"{where} time.clock_span"),
        case_endings=_word_set(data.get("numbers", {}).get("case_endings", []), f"{where} numbers.case_endings"),
        has_articles=bool(meta.get("articles", False)),
        script=str(meta.get("script", "")),
        alphabet=str(meta.get("alphabet", "")),
        letters=str(meta.get("letters", "")),
        priority=int(meta.get("priority", 0)),
    )


WORD_CLASSES = frozenset({"attack_word", "ground_fire", "shelling", "debris"})  # what a word is, whatever else it does


def _inherit_word_classes(senses: Mapping[str, Senses], stems: list[tuple[re.Pattern[str], str]]) -> None:
    """A word listed whole ("атака", a cue of launched) is also what a stem that fits it says words are
    ("атак*", an attack word): the literal wins the look-up, so it takes the stem's word classes. A phrase
    ("ракетном ударе", "missile strike") takes those of its last word, its head."""
    classes = [(term.rstrip("*").lower(), pattern, senses[term].roles & WORD_CLASSES) for pattern, term in stems
               if " " not in term and senses[term].roles & WORD_CLASSES]
    words = {key: sense.roles & WORD_CLASSES for key, sense in senses.items() if " " not in key and "*" not in key}
    for key, sense in senses.items():
        if "*" in key and " " not in key:
            continue  # a stem of one word is what it says
        last = key.rsplit(" ", 1)[-1].rstrip("*")  # "ракетн* удар*": удар
        # a phrase takes only the attack class of its head: "ракетний обстріл" is an attack, not ground fire
        keep = WORD_CLASSES if last == key else {"attack_word"}
        sense.roles |= (words.get(last, set()) & keep) if last != key else set()
        for prefix, pattern, roles in classes:
            if last.startswith(prefix) and pattern.fullmatch(last):
                sense.roles |= roles & keep


def _word_set(value: Any, where: str) -> frozenset[str]:
    return frozenset(word.lower() for word in strings(value, where))


def _gate_terms(senses: Mapping[str, Senses], terms: list[str]) -> tuple[list[str], list[str], list[str]]:
    """The terms that make a sentence worth reading (a weapon, a model, a person or a casualty), those that
    make a document name an attack, and the number words."""
    named = [t for t in terms if (s := _sense_of(senses, t)) and (
        s.head or s.model is not None or "hit_noun" in s.roles
        or (" " not in t and any(m in ("killed", "injured") for m, _ in s.cues)))]
    # a document with figures names a weapon or an attack somewhere (casualties alone are dropped)
    attack_terms = [t for t in terms if (s := _sense_of(senses, t)) and (
        (s.head not in (None, "people") and "person" not in s.roles) or s.model is not None
        or s.roles & {"attack_word", "hit_noun"})]
    # a sentence with no weapon named needs a number to hold a figure ("shot down 249 and jammed 226 of them")
    numbers = [t for t in terms if (s := _sense_of(senses, t)) and (
        s.number is not None or s.roles & {"both", "all", "all_but"})]
    return named, attack_terms, numbers
