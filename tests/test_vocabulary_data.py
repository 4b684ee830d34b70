"""Phrasings are data: no word of a language in the extraction code, and a language can be added by a
vocabulary file alone."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from stats.contract import ATTACKERS, GROUPS, MEASURES, QUALIFIERS, WEAPONS
from stats.extract import RULES, extract_text
from stats.gate import names_region, region_positions, term_at
from stats.lexicon import CUE_POSITIONS, LANGUAGES, PHRASE_LISTS, SINGLE_ROLES, VOCAB_KEYS, WORD_SETS, load, load_file
from stats.regions import load_regions
from stats.terms import keywords
from stats.text import tokenize

STATS = Path(__file__).resolve().parent.parent / "stats"
# the modules that read text: the extractor, its tokenizer and sentence splitter, the language detector, the
# vocabulary compiler and the keyword gate
EXTRACTION_CODE = sorted((STATS / "extract").glob("*.py")) + [
    STATS / name for name in ("text.py", "language.py", "lexicon.py", "gate.py", "terms.py")]

CONTRACT_VALUES = {*MEASURES, *WEAPONS, *QUALIFIERS, *ATTACKERS, *GROUPS}
# names of the data format itself (sections, keys, roles, classes, measures, token kinds, rule names)
INTERNAL = {
    *MEASURES, *WEAPONS, *QUALIFIERS, *ATTACKERS, *GROUPS, *CUE_POSITIONS, *SINGLE_ROLES, *VOCAB_KEYS,
    *(key for keys in VOCAB_KEYS.values() for key in keys), *RULES,
    "DATE", "TIME", "PCT", "MONEY", "BIG", "RANGE", "HYPH", "NUM", "DEC",  # token kinds
    "unit", "ten", "scale", "hundred", "phrase", "person", "mention", "skip", "singular", "ukraine_over",
    "previous", "current", "suffixes", "hint", "latin", "vocab", "toml", "adv", "bare", "boundary", "attr",
    "attack_word", "utf", "head", "qualifier", "number", "model", "region", "group", "speaker",
    "cut_off",  # the role of a word completed at the end of a text cut off (stats.completion)
    "https", "www",  # a link is no word
    "PMK",  # letters ending a model name (Kh-31P, Iskander-M, Kh-47K)
    "Examples", "none",  # the examples block of a rule's docstring
}
_ESCAPES = re.compile(r"\\(?:u[0-9a-fA-F]{4}|[a-zA-Z])")  # \d, \w, \u00a0
_COMMENT = re.compile(r"(?m)\s#.*$")  # a comment line of a verbose regex
_WORD = re.compile(r"[^\W\d_]\w*(?:-[^\W\d_]\w*)*")  # a word, with underscores and hyphens


# module-level tables that define the vocabulary format itself (section and key names)
FORMAT_TABLES = {"VOCAB_KEYS", "WORD_SETS", "ROLE_LISTS", "SINGLE_ROLES", "CUE_POSITIONS", "NUMBER_KINDS",
                 "WORD_TRIGGERS", "WORD_CLASSES", "__all__"}
# c.role(i, "of"), c.word(k, "and"), @rule("all"), make(..., "all"): the name of a role or a rule
ROLE_CALLS = {"role", "has", "word", "rule", "make"}
NAMED_BY = {"rule", "roles"}  # cand.rule == "both", "more" in t.sense.roles: a rule's or a role's name


def _vocabulary_terms() -> set[str]:
    from stats.lexicon import load

    return {term.lower() for language in LANGUAGES for term in load(language).senses} | {
        word for language in LANGUAGES for words in load(language).words.values() for word in words}


def _literals(path: Path) -> list[tuple[int, str, bool]]:
    """String constants of a module (line, value, whether it names a role in a role call), but its
    docstrings, the messages of the errors it raises and the tables of the vocabulary format."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    role_args: set[int] = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        first = body[0] if isinstance(body, list) and body else None
        if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
            skip.add(id(first.value))
        targets = [t.id for t in getattr(node, "targets", [getattr(node, "target", None)]) if isinstance(t, ast.Name)]
        if isinstance(node, ast.Raise) or (
                isinstance(node, (ast.Assign, ast.AnnAssign)) and FORMAT_TABLES & set(targets)):
            skip.update(id(inner) for inner in ast.walk(node))
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in ROLE_CALLS:
            role_args.update(id(arg) for arg in node.args)
        if isinstance(node, ast.Compare) and any(
                isinstance(side, ast.Attribute) and side.attr in NAMED_BY for side in [node.left, *node.comparators]):
            role_args.update(id(inner) for inner in ast.walk(node))
        if isinstance(node, ast.keyword) and node.arg in NAMED_BY:
            role_args.update(id(inner) for inner in ast.walk(node.value))
        if isinstance(node, ast.BinOp) and any(
                isinstance(side, ast.Attribute) and side.attr in NAMED_BY for side in (node.left, node.right)):
            role_args.update(id(inner) for inner in ast.walk(node))
    return [(node.lineno, node.value, id(node) in role_args) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip]


def words_in_code(paths: list[Path]) -> list[str]:
    """Literals of the code that hold a word of a language: any Cyrillic, any word that is no name of the
    vocabulary format, and a name of the format that is also a word of a vocabulary ("and", "of", "all")
    anywhere but as the role argument of c.role / t.has / c.word."""
    roles = {*SINGLE_ROLES, *VOCAB_KEYS["grammar"], *VOCAB_KEYS["numbers"]} - CONTRACT_VALUES
    colliding = roles & _vocabulary_terms()
    found = []
    for path in paths:
        for line, value, names_a_role in _literals(path):
            text = _COMMENT.sub("", _ESCAPES.sub(" ", value))
            words = [w for w in _WORD.findall(text) if any(len(part) > 1 for part in re.split("[-_]", w)) and (
                (w.strip("_") not in INTERNAL and w.lower() not in INTERNAL)
                or (w.lower() in colliding and not names_a_role))]
            if re.search("[\u0400-\u04ff]", text) or words:
                found.append(f"{path.name}:{line}: {value!r}")
    return found


def test_no_word_of_a_language_in_the_extraction_code() -> None:
    assert words_in_code(EXTRACTION_CODE) == []


def test_the_check_finds_a_word_of_a_language(tmp_path: Path) -> None:
    module = tmp_path / "rule.py"
    module.write_text('"""Doc."""\nAND = ("and", "та")\nKINDS = ("NUM", "launched")\n', encoding="utf-8")
    assert words_in_code([module]) == ["rule.py:2: 'and'", "rule.py:2: 'та'"]


def test_the_shipped_languages_are_the_vocabulary_files() -> None:
    assert LANGUAGES == ("en", "ru", "uk")


TOY = '''
# A toy language, written for this test: words in a made-up tongue with the grammar of English.
[meta]
language = "xx"
script = "latin"
alphabet = "abcdefghijklmnopqrstuvwxyz"
letters = ""
articles = true

[numbers]
units = { "una" = 1, "dua" = 2, "tria" = 3 }
tens = { "dekka" = 10 }
articles = ["ka"]

[qualifiers]
more_than = ["supra"]

[heads]
drone = ["zumzums", "zumzum"]
people = ["homos"]

[cues.launched]
any = ["lansis"]
[cues.shot_down]
any = ["faligis"]
[cues.killed]
any = ["mortis"]

[grammar]
aux = ["estis"]
of_them = ["de ili"]
and = ["kaj"]
attack_words = ["atako"]
'''


def test_a_language_defined_only_by_a_vocabulary_file(tmp_path: Path) -> None:
    path = tmp_path / "xx.toml"
    path.write_text(TOY, encoding="utf-8")
    lex = load_file(path)
    figures = extract_text("Lansis supra dekka zumzums; dua de ili estis faligis. Ka zumzum faligis.", lexicon=lex)
    assert [(f.measure, f.value, f.qualifier, f.weapon, f.rule) for f in figures] == [
        ("launched", 10, "more_than", "drone", "xx:np"),
        ("shot_down", 2, "exact", "drone", "xx:of-them"),
        ("shot_down", 1, "exact", "drone", "xx:article"),
    ]
    assert all(f.surface for f in figures)


def test_a_vocabulary_file_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    from stats.errors import VocabularyError

    path = tmp_path / "xx.toml"
    path.write_text(TOY.replace("[grammar]", "[grammar]\nkaj = []"), encoding="utf-8")
    with pytest.raises(VocabularyError, match="unknown key 'kaj' in \\[grammar\\]"):
        load_file(path)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_word_of_a_word_list_is_one_token(language: str) -> None:
    """The rules compare one token with a word list: an entry the tokenizer splits ("years old") would never
    match, unless its list is read as phrases."""
    lex = load(language)
    split = {(key, word) for key in WORD_SETS if key not in PHRASE_LISTS for word in lex.words[key]
             if len(tokenize(word, 0, len(word), lex)) != 1}
    assert split == set()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_casualty_verb_tells_a_casualty(language: str) -> None:
    """A weapon before one of `casualty_verbs` reached its target only where the verb is a cue of the killed
    or the injured: an entry with no such cue would never fire."""
    lex = load(language)
    silent = [word for word in lex.words["casualty_verbs"]
              if not {measure for measure, _ in (lex.lookup(word).cues if lex.lookup(word) else [])} & {
                  "killed", "injured"}]
    assert silent == []


def test_a_keyword_holding_a_shorter_one_further_in_is_kept() -> None:
    """The gates find a keyword at the start of a word, so a shorter piece inside a longer one does not stand
    for it ("man" in "woman", "арк" in "харков"); one at its start does ("drone" for "drones")."""
    pieces = keywords(["man", "woman", "drone", "drones", "арк", "харкову"])
    assert sorted(pieces) == ["drone", "man", "woman", "арк", "харков"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_region_form_is_found_by_the_region_gate(language: str) -> None:
    """Every form of every region, written in a sentence, is found where it ends by the region gate."""
    lex = load(language)
    missed = []
    for region in load_regions():
        for form in region.forms[language]:
            text = f"x {form.replace('*', '').lower()} x"
            ends = list(region_positions(lex, text))
            if not any(term_at(lex, text, end, names_region) for end in ends):
                missed.append(form)
    assert missed == []


def test_officials_are_capitalised_names_found_in_text_and_no_place_names() -> None:
    """An official's surname forms (regions.toml `officials`) are capitalised, are found in a sentence as
    written, name their own region only, and none is a form of a region (a place name is no surname)."""
    from stats.regions import officials_named

    places = {form.replace("*", "").lower() for region in load_regions() for forms in region.forms.values()
              for form in forms}
    wrong = []
    for region in load_regions():
        for form in region.officials:
            found = officials_named(f"Заявил {form}, said {form}.")
            if not form[0].isupper() or form.lower() in places or found != {region.name}:
                wrong.append((region.name, form, sorted(found)))
    assert wrong == []
    assert sum(len(r.officials) for r in load_regions()) > 400
    assert officials_named("гладков и лисак") == set()  # a surname is written capitalised
