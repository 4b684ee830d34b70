"""A long document is read in pieces: spans still point into the whole text, and no figure is lost or doubled."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from stats.inputs import Document
from stats.rows import figures_of, pieces

REPORT = "Russia launched 40 drones overnight. Air defence shot down 35 of them."


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=400), st.integers(4, 60))
def test_pieces_cover_the_text_exactly_and_are_never_longer_than_the_window(text: str, window: int) -> None:
    parts = list(pieces(text, window))
    assert "".join(p for _, p in parts) == text
    assert all(len(p) <= window for _, p in parts)
    assert [offset for offset, _ in parts] == [sum(len(p) for _, p in parts[:i]) for i in range(len(parts))]


def test_pieces_are_cut_at_a_blank_line_before_a_line_break_before_a_sentence_end() -> None:
    assert [p for _, p in pieces("aaaa\n\nbb\ncc. dd", 12)] == ["aaaa\n\nbb\n", "cc. dd"]
    assert [p for _, p in pieces("aaaa bb. cc dd ee", 10)] == ["aaaa bb. ", "cc dd ee"]


def test_a_long_document_gives_every_figure_once_with_spans_in_the_whole_text() -> None:
    text = "\n\n".join(REPORT.replace("40", str(40 + i)).replace("35", str(5 + i)) for i in range(30))
    whole = figures_of(Document("d", "d", text, len(text)), window=10_000)
    pieced = figures_of(Document("d", "d", text, len(text)), window=400)
    assert len(whole) == len(pieced) == 60
    for row in pieced:
        assert text[int(row["start"]):int(row["end"])] == row["surface"]  # type: ignore[call-overload]
    assert [(r["measure"], r["value"]) for r in pieced] == [(r["measure"], r["value"]) for r in whole]
    events = [int(r["event"]) for r in pieced]  # type: ignore[call-overload]
    assert events == sorted(events)
    assert len(set(events)) > 1
