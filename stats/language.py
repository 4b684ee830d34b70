"""Which language a document is written in, from the letters of the languages' vocabularies.

Each vocabulary names its script, its alphabet and the letters that tell it from the other languages of
its script (``[meta]`` of schemas/vocab/<lang>.toml). The script with the most letters wins; within it,
the language with the most of its own letters (ties: the higher ``priority``); a short post with few of them
is told by its frequent words (``markers``), then by the words only one vocabulary knows. Links, markup and Latin
model names ("Shahed", "Kh-101") are not counted: a Ukrainian card with a footer of links stays Ukrainian.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import LANGUAGES, Lexicon, load
from .models import load_models
from .terms import trie_regex

# what is no running text: links, e-mail addresses, HTML tags, the target of a markdown link
_NOT_TEXT = re.compile(r"""
    (?:https?://|www\.)\S+              # a link
    | [\w.+-]+@[\w-]+\.[\w.]+           # an e-mail address
    | \b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?\b  # a bare domain with its path: t.me/name, site.com.ua/x
    | <[^<>]{0,300}>                    # an HTML tag
    | \]\([^()\s]{0,300}\)              # the target of a markdown link
    """, re.VERBOSE | re.IGNORECASE)


@dataclass(frozen=True)
class _Script:
    name: str
    letters: re.Pattern[str]
    languages: tuple[Lexicon, ...]


@functools.cache
def _scripts() -> tuple[_Script, ...]:
    by_script: dict[str, list[Lexicon]] = {}
    for language in LANGUAGES:
        lex = load(language)
        by_script.setdefault(lex.script, []).append(lex)
    out = []
    for name, lexicons in by_script.items():
        alphabet = "".join(sorted({ch for lex in lexicons for ch in lex.alphabet + lex.alphabet.upper()}))
        out.append(_Script(name, re.compile("[" + re.escape(alphabet) + "]"), tuple(lexicons)))
    return tuple(out)


@functools.cache
def _model_names() -> re.Pattern[str]:
    """Model names written in the Latin alphabet ("Shahed-136", "Kh-101"): names, not running text."""
    names = [alias for model in load_models() for alias in model.aliases if alias.isascii() and "*" not in alias]
    return re.compile(r"(?<!\w)(?:" + trie_regex(names) + r")(?!\w)", re.IGNORECASE)


def detect(text: str, sample: int = 20_000) -> str:
    """The language code of the text (one of the shipped vocabularies)."""
    chunk = text[:sample]
    scripts = _scripts()
    present = [s for s in scripts if s.letters.search(chunk) is not None]
    if len(present) > 1:
        chunk = _model_names().sub(" ", _NOT_TEXT.sub(" ", chunk))
        counts = [len(s.letters.findall(chunk)) for s in scripts]
        best = max(range(len(scripts)), key=lambda i: (counts[i], -i))
        script = scripts[best]
    else:
        script = present[0] if present else scripts[0]
    if len(script.languages) == 1:
        return script.languages[0].language
    letters = {lex.language: _own_letters(chunk, lex) for lex in script.languages}
    ranked = sorted(letters.values(), reverse=True)
    if (ranked[0] < SURE_LETTERS and not (ranked[0] >= FEW_LETTERS and ranked[1] == 0)) or ranked[0] < 2 * ranked[1]:
        # few letters of its own (a short post): its frequent words and the words each vocabulary knows decide,
        # then the letters
        words = _words(chunk)  # (the frequent words of each first: "что", "года"; "що", "року")
        known = {lex.language: _known(words, lex) for lex in script.languages}
        only = {lang: len(terms - set().union(*(v for other, v in known.items() if other != lang)))
                for lang, terms in known.items()}
        return max(script.languages, key=lambda lex: (len(words & lex.markers), only[lex.language],
                                                      len(known[lex.language]), letters[lex.language],
                                                      lex.priority)).language
    return max(script.languages, key=lambda lex: (letters[lex.language], lex.priority)).language


SURE_LETTERS = 5  # this many of a language's own letters, twice the next language's, decide alone
FEW_LETTERS = 2  # so do this many where the other languages have none ("атакував шістьма ракетами")
_WORDS = re.compile(r"[^\W\d_]{2,}")


def _own_letters(chunk: str, lex: Lexicon) -> int:
    if not lex.letters:
        return 0
    return len(re.findall("[" + re.escape(lex.letters + lex.letters.upper()) + "]", chunk))


def _words(chunk: str) -> set[str]:
    return set(_WORDS.findall(chunk[:3000].lower()))


def _known(words: set[str], lex: Lexicon) -> set[str]:
    """The words that are terms of the language's vocabulary ("уничтожен", "беспилотник"); those no other
    vocabulary of the script knows ("атакував", "атаковал") count first."""
    return {word for word in words if lex.lookup(word) is not None}
