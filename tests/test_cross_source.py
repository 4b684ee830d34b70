"""Figures of one attack from different documents, and figures against a reference table (--against)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from stats.checks import compare_with_reference, load_rules, run_checks
from stats.cli import main
from stats.csvio import write_csv
from stats.importers import import_massive_missile_attacks
from stats.schema import validate

from .helpers import figure_row, write_figures
from .test_importers import KPSZSU_0314, KPSZSU_0405, SAMPLE


def frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    valid, failures = validate(pd.DataFrame(rows).astype(str))
    assert failures == []
    return valid


def cross(rows: list[dict[str, object]]) -> list[tuple[str, str, str, str]]:
    return [(c.status, c.doc_id, c.message, c.lines) for c in run_checks(frame(rows)) if c.rule == "sources-agree"]


def test_documents_that_agree_within_their_qualifiers_pass() -> None:
    assert cross([
        figure_row(doc_id="a.txt", date="2026-04-05", value=93),
        figure_row(doc_id="b.txt", date="2026-04-05", value=90, qualifier="about"),
    ]) == [("pass", "a.txt", "drone launched on 2026-04-05: 2 documents agree (a.txt 93, b.txt 81-99)", "2 3")]


def test_documents_that_disagree_are_reported_with_both_values_and_sources() -> None:
    rows = [
        figure_row(doc_id="a.txt", date="2026-04-05", value=93, evidence="Ninety-three drones."),
        figure_row(doc_id="b.txt", date="2026-04-05", value=100, qualifier="more_than", evidence="Over 100 drones."),
        figure_row(doc_id="c.txt", date="2026-04-05", value=95),
    ]
    checks = [c for c in run_checks(frame(rows)) if c.rule == "sources-agree"]
    assert [(c.severity, c.status, c.doc_id, c.message, c.lines, c.evidence) for c in checks] == [
        ("warning", "fail", "b.txt", "drone launched on 2026-04-05: b.txt gives >=101 but a.txt gives 93 "
                                     "(3 documents give it)", "2 3", "Ninety-three drones. | Over 100 drones.")]


def test_figures_without_a_date_or_from_one_document_are_not_compared() -> None:
    assert cross([
        figure_row(doc_id="a.txt", value=93), figure_row(doc_id="b.txt", value=50),
        figure_row(doc_id="c.txt", event=0, date="2026-04-05", value=40),
        figure_row(doc_id="c.txt", event=1, date="2026-04-05", value=60),
    ]) == []


def test_a_documents_events_of_one_date_are_summed_and_models_stand_for_their_class() -> None:
    assert cross([
        figure_row(doc_id="a.txt", event=0, date="2026-04-05", value=40),
        figure_row(doc_id="a.txt", event=1, date="2026-04-05", value=50),
        figure_row(doc_id="b.txt", date="2026-04-05", model="Shahed", value=60),
        figure_row(doc_id="b.txt", date="2026-04-05", model="Gerbera", value=30),
    ]) == [("pass", "a.txt", "drone launched on 2026-04-05: 2 documents agree (a.txt 90, b.txt 90)", "2 3 4 5")]


# --- against a reference ------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reference() -> pd.DataFrame:
    return import_massive_missile_attacks(SAMPLE)


REPORT = [
    figure_row(doc_id="report.txt", date="2026-04-05", value=95, evidence="Russia launched 95 drones overnight."),
    figure_row(doc_id="report.txt", date="2026-04-05", measure="shot_down", value=76, evidence="76 were downed."),
    figure_row(doc_id="report.txt", date="2026-04-05", model="Shahed", value=60, evidence="60 of them Shaheds."),
    figure_row(doc_id="day.txt", date="2026-03-14", weapon="aerial_weapon", value=498, evidence="498 in all."),
    figure_row(doc_id="day.txt", date="2026-03-14", weapon="missile", value=68, evidence="68 missiles."),
    figure_row(doc_id="day.txt", date="2026-03-14", weapon="cruise_missile", measure="shot_down", value=50,
               evidence="50 cruise missiles downed."),
    figure_row(doc_id="undated.txt", value=10),
    figure_row(doc_id="old.txt", date="2020-01-01", value=10),
]


def test_each_figure_is_compared_with_the_reference_figure_of_its_attack(reference: pd.DataFrame) -> None:
    result = compare_with_reference(frame(REPORT), reference, load_rules())
    assert (result.compared, result.unmatched) == (6, 2)
    assert [(c.rule, c.severity, c.status, c.doc_id, c.weapon, c.measure, c.message, c.lines)
            for c in result.checks] == [
        ("matches-reference", "error", "fail", "report.txt", "drone", "launched",
         f"drone launched on 2026-04-05: 95 here but 93 in reference {KPSZSU_0405} (reference lines 2 5)", "2"),
        ("matches-reference", "error", "pass", "report.txt", "drone", "shot_down",
         f"drone shot_down on 2026-04-05: 76 agrees with 76 in reference {KPSZSU_0405} (reference lines 3)", "3"),
        ("matches-reference", "error", "pass", "report.txt", "drone", "launched",
         f"drone Shahed launched on 2026-04-05: 60 agrees with 60 in reference {KPSZSU_0405} (reference lines 5)",
         "4"),
        ("matches-reference", "error", "pass", "day.txt", "aerial_weapon", "launched",
         f"aerial_weapon launched on 2026-03-14: 498 agrees with 498 in reference {KPSZSU_0314} (reference lines "
         "16 19 20 22 24 26 28, sum of drone + missile)", "5"),
        ("matches-reference", "error", "pass", "day.txt", "missile", "launched",
         f"missile launched on 2026-03-14: 68 agrees with 68 in reference {KPSZSU_0314} (reference lines "
         "20 22 24 26 28, sum of cruise_missile + missile)", "6"),
        ("matches-reference", "error", "fail", "day.txt", "cruise_missile", "shot_down",
         f"cruise_missile shot_down on 2026-03-14: 50 here but 51 in reference {KPSZSU_0314} (reference lines "
         "21 23 25 29)", "7"),
    ]
    first = result.checks[0]
    assert first.evidence == ("Russia launched 95 drones overnight. | reference: missile_attacks_sample.csv line 2: "
                              "2026-04-04 18:00 to 2026-04-05 08:00, Shahed-136/131, launched 93, destroyed 76, "
                              "not_reach_goal 0, is_shahed 60")


def test_check_against_reports_disagreements_with_both_values_and_sources(
        reference: pd.DataFrame, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ref_path = tmp_path / "reference.csv"
    write_csv(reference, ref_path)
    figures = write_figures(tmp_path / "figures.csv", REPORT)
    code = main(["check", str(figures), "--against", str(ref_path)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert out == [
        "7 passed, 2 failed, 0 warnings, 0 schema failures",
        "reference: 6 figure cells compared, 2 without a date or a reference figure",
        f"FAIL matches-reference [report.txt event 0, russia] drone launched on 2026-04-05: 95 here but 93 in "
        f"reference {KPSZSU_0405} (reference lines 2 5) (lines 2) evidence: \"Russia launched 95 drones overnight. "
        "| reference: missile_attacks_sample.csv line 2: 2026-04-04 18:00 to 2026-04-05 08:00, Shahed-136/131, "
        "launched 93, destroy…\"",
        f"FAIL matches-reference [day.txt event 0, russia] cruise_missile shot_down on 2026-03-14: 50 here but 51 in "
        f"reference {KPSZSU_0314} (reference lines 21 23 25 29) (lines 7) evidence: \"50 cruise missiles downed. | "
        "reference: missile_attacks_sample.csv line 7: 2026-03-14 03:00 to 2026-03-14 06:00, X-59/X-69, launched 4, "
        "destroyed 1 | missile_a…\"",
    ]


def test_agreeing_figures_pass_against_the_reference(reference: pd.DataFrame, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    ref_path = tmp_path / "reference.csv"
    write_csv(reference, ref_path)
    fixed = {95: 93, 50: 51}
    figures = write_figures(tmp_path / "figures.csv",
                            [{**r, "value": fixed.get(int(str(r["value"])), r["value"])} for r in REPORT])
    assert main(["check", str(figures), "--against", str(ref_path), "-q"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "9 passed, 0 failed, 0 warnings, 0 schema failures",
        "reference: 6 figure cells compared, 2 without a date or a reference figure"]


def test_a_reference_that_fails_the_schema_is_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    figures = write_figures(tmp_path / "figures.csv", REPORT)
    ref = write_figures(tmp_path / "ref.csv", [figure_row(value=-1)])
    assert main(["check", str(figures), "--against", str(ref)]) == 2
    assert capsys.readouterr().err == (f"attack-stats: error: reference {ref} fails the schema (1 failures; first: "
                                       "row 0 (line 2) column value: '-1' fails greater_than_or_equal_to(0))\n")
