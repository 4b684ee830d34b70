"""Properties that hold for any input (Hypothesis)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats.cli import main
from stats.contract import COLUMNS
from stats.csvio import read_csv, write_csv
from stats.extract import extract_text

# text built from the pieces reports are made of, so the extractor's rules are reached, plus any text
PIECES = st.sampled_from([
    "Russia launched", "Ukraine shot down", " 537 ", " 1,200 ", "drones", "missiles", " of them", "all but one of",
    "more than", "about", ", including", " were jammed", ". ", "\n", "a cruise missile", "both", "Kh-101", "/",
    "двадцять п'ять", "ракет", "збито/подавлено", "сбиты", "The night before,", "June 28, 2025", " 9 ", "killed",
    "(", ")", "—", "«", "»", "the pilot", " were ", "over the Kursk region",
])
REPORTISH = st.lists(PIECES, max_size=40).map("".join)
TEXT = st.one_of(st.text(max_size=400), REPORTISH)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_the_extractor_never_raises_and_spans_point_into_the_text(text: str) -> None:
    for figure in extract_text(text):
        assert 0 <= figure.start < figure.end <= len(text)
        assert text[figure.start:figure.end] == figure.surface
        assert text[figure.start:figure.end].strip() == text[figure.start:figure.end]
        assert figure.value >= 0


CELL = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=40)
TRICKY = st.one_of(CELL, st.sampled_from(['=SUM(A1)', '+1', '-2', '@x', '"quoted, "', 'line\nbreak', '🚀 emoji',
                                          "'=already", "\tTab", "a,b", "'"]))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc_id=TRICKY.filter(bool), evidence=TRICKY, model=TRICKY)
def test_csv_write_and_read_round_trip_exactly(tmp_path: Path, doc_id: str, evidence: str, model: str) -> None:
    row = {"doc_id": doc_id, "event": "0", "date": "", "attacker": "russia", "weapon": "drone", "model": model,
           "region": "", "group": "", "measure": "launched", "value": "5", "qualifier": "exact", "unit": "drone",
           "start": "0", "end": "1", "surface": "", "evidence": evidence, "rule": "test"}
    frame = pd.DataFrame([row], columns=list(COLUMNS))
    path = tmp_path / "figures.csv"
    write_csv(frame, path)
    back = read_csv(path)
    assert back.to_dict("records") == [row]
    raw = path.read_text(encoding="utf-8").splitlines()[1]
    assert not raw.startswith(("=", "+", "-", "@"))  # a spreadsheet would run these as formulas


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=3000))
def test_random_bytes_through_the_cli_end_without_a_traceback(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    assert main(["run", str(path), "-o", str(tmp_path / "out"), "-q"]) in (0, 1, 2)
    figures = tmp_path / "figures.csv"
    figures.write_bytes(data)
    assert main(["check", str(figures), "-q"]) in (0, 1, 2)


# what copying adds to a text and takes nothing from its meaning (tests/test_layout.py has them one by one)
LAYOUT = st.sampled_from(["\u200b", "\u00ad", "\ufeff", "\u2060"])
SPACE = st.sampled_from(["  ", "\t", "\u00a0", "\u202f", " \u200b"])
LINE_END = st.sampled_from(["\r\n", "\r", "\u2028", "\n  ", "\n\U0001f534 "])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(REPORTISH, st.data())
def test_copied_layout_changes_no_figure(text: str, data: st.DataObject) -> None:
    def key(t: str) -> list[tuple[object, ...]]:
        figures = extract_text(t, language="en")
        assert all(t[f.start:f.end] == f.surface for f in figures)
        return [(f.weapon, f.measure, f.value, f.qualifier, f.attacker, f.model, f.region) for f in figures]
    words = text.split(" ")
    copied = "".join(w + (data.draw(SPACE) if i % 3 == 1 else " ") for i, w in enumerate(words))[:-1]
    copied = copied.replace("\n", data.draw(LINE_END))
    if data.draw(st.booleans()):
        copied = data.draw(LAYOUT) + copied
    assert key(copied.rstrip()) == key(text.rstrip())
