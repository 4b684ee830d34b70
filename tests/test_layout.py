"""Text as it arrives from a web page, a Telegram export or a Windows file reads as the same text typed plainly:
invisible characters (zero-width spaces, soft hyphens, a byte-order mark), odd spaces (tabs, no-break and
narrow spaces, runs of spaces), line ends (Windows, old Mac, Unicode separators, HTML breaks before them),
indentation, emoji opening a post's lines, the apostrophe's and the hyphen's other forms change no figure, and
every span still points into the text as it was given."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stats.extract import extract_text
from stats.markup import strip_markup
from tests.layouts import LAYOUTS, facts

CORPUS = Path(__file__).parent / "corpus"


def _documents() -> list[tuple[str, str]]:
    docs = []
    for name in ("en_a", "uk", "ru"):
        with open(CORPUS / f"{name}.jsonl", encoding="utf-8") as fh:
            docs += [(d["id"], d["text"]) for d in map(json.loads, fh)][:40]
    return docs


DOCUMENTS = _documents()


@pytest.fixture(scope="module")
def plain() -> dict[str, list[tuple[object, ...]]]:
    return {doc_id: facts(text) for doc_id, text in DOCUMENTS}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_layout_of_copied_text_changes_no_figure(layout: str, plain: dict[str, list[tuple[object, ...]]]) -> None:
    assert sum(map(len, plain.values())) > 200  # the documents hold figures to lose
    changed = [doc_id for doc_id, text in DOCUMENTS if facts(LAYOUTS[layout](text)) != plain[doc_id]]
    assert changed == []


def test_invisible_characters_and_layout_are_taken_out_with_positions_kept() -> None:
    text = "\ufeff  Збито\u00a012 без\u00adпілотників.\r\n\tЩе\u200b 3 — РЕБ."
    clean, where = strip_markup(text)
    assert clean == "Збито 12 безпілотників.\nЩе 3 — РЕБ."
    assert where is not None
    assert "".join(text[where[i]] for i in range(len(clean))).replace("\u00a0", " ") == clean
    assert where[len(clean)] == len(text)


def test_a_lone_carriage_return_ends_a_line_as_a_line_feed_does() -> None:
    assert strip_markup("Сбиты 5 БПЛА.\rУничтожены 2 ракеты.") == ("Сбиты 5 БПЛА.\nУничтожены 2 ракеты.", None)


def test_a_backtick_inside_a_word_is_an_apostrophe_and_around_words_is_code() -> None:
    clean, _ = strip_markup("Збито `двадцять` п`ять і дев\u02bcять дронів, Х\u2011101.")
    assert clean == "Збито двадцять п'ять і дев'ять дронів, Х-101."
    assert strip_markup("Kyiv`s `code`")[0] == "Kyiv's code"  # an ASCII text too


def test_review_cases_of_the_layout_reading() -> None:
    """Line separators open lines as line feeds do; an HTML break beside any line end adds no blank line; a
    backtick between digits is no apostrophe; a word typed in two alphabets around a soft hyphen is one word."""
    assert strip_markup("x:\u2028\U0001f534 \u2013 6")[0] == "x:\n\u2013 6"
    assert strip_markup("Над Києвом збито<br>\r\n12<br>\r\nдронів.")[0] == "Над Києвом збито\n12\nдронів."
    assert [(f.value, f.surface) for f in extract_text("Russia launched 12`000 drones.")] == [(12000, "12`000")]
    assert strip_markup("5 \u041a\u00adalibr missiles")[0] == "5 Kalibr missiles"
    assert strip_markup("537 \u200b 537")[0] == "537 537"  # a hidden character between spaces (Hypothesis's case)


def test_emoji_open_lines_of_a_post_but_bullets_stay() -> None:
    clean, _ = strip_markup("\u26a1\ufe0f Збито 5 БПЛА.\n\U0001f534 12 ракет\n\u25aa 3 КАБ")
    assert clean == "Збито 5 БПЛА.\n12 ракет\n\u25aa 3 КАБ"


def test_sentences_run_together_are_told_apart_and_abbreviations_are_not() -> None:
    from stats.lexicon import load
    from stats.text import split_sentences
    text = ("Два дрони влучили в будинок на вул.Шевченка у м.Суми.Пізніше ще 3 збито. Toll of 50.A U.S. envoy said "
            "3.5 tons.\u201dThe army said.\"Two more fell.")
    spans = [text[s.start:s.end] for s in split_sentences(text, frozenset(load("uk").words["abbreviations"]))]
    assert spans == ["Два дрони влучили в будинок на вул.Шевченка у м.Суми.", "Пізніше ще 3 збито.", "Toll of 50.",
                     "A U.S. envoy said 3.5 tons.\u201d", "The army said.\"", "Two more fell."]
