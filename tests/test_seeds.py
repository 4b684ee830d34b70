"""The bundled seeds give exactly the figures the annotation guide asks for."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from stats.cli import main
from stats.extract import extract_text

from .conftest import SEEDS


def facts(text: str) -> list[tuple[str, str, int, str, str, str]]:
    return [(f.weapon, f.measure, f.value, f.qualifier, f.attacker, f.model) for f in extract_text(text)]


def test_seed_000_gives_exactly_the_seven_figures(seed_text: str) -> None:
    assert facts(seed_text) == [
        ("aerial_weapon", "launched", 537, "exact", "russia", ""),
        ("drone", "launched", 477, "exact", "russia", ""),
        ("missile", "launched", 60, "exact", "russia", ""),
        ("aerial_weapon", "shot_down", 249, "exact", "russia", ""),
        ("aerial_weapon", "jammed", 226, "exact", "russia", ""),
        ("aircraft", "lost", 1, "exact", "russia", "F-16"),
        ("people", "killed", 1, "exact", "russia", ""),
    ]


def test_seed_000_spans_point_at_the_numbers(seed_text: str) -> None:
    surfaces = [seed_text[f.start:f.end] for f in extract_text(seed_text)]
    assert surfaces == ["537", "477", "60", "249", "226", "One", "the"]


def test_seed_003_has_no_figures() -> None:
    text = (SEEDS / "003_9fa0bf4a86747f0f.txt").read_text(encoding="utf-8")
    assert extract_text(text) == []


def test_run_on_seeds_writes_all_outputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["run", "-o", str(tmp_path / "out")])
    assert code == 0
    assert capsys.readouterr().out.splitlines() == [  # the summary alone
        "2 passed, 0 failed, 0 warnings, 0 schema failures",
        f"2 documents (1 ok, 1 no_figures), 7 figures; wrote {tmp_path / 'out'}/figures.csv, checks.csv, "
        "documents.csv, report.html, datapackage.json"]
    assert main(["run", "-o", str(tmp_path / "out"), "-v"]) == 0  # and every check after it
    printed = capsys.readouterr().out.splitlines()
    assert printed[2].startswith("PASS aerial-weapons-sum [000_011022abd354bfc5.txt event 0, russia] launched: "
                                 "drone 477 + missile 60 = 537 = aerial_weapon 537 (lines 2 3 4) evidence: \"Russia "
                                 "launched 537 aerial weapons in a single day")
    tmp_path = tmp_path / "out"
    documents = pd.read_csv(tmp_path / "documents.csv", keep_default_na=False)
    assert documents[["doc_id", "status", "figures"]].to_dict("records") == [
        {"doc_id": "000_011022abd354bfc5.txt", "status": "ok", "figures": 7},
        {"doc_id": "003_9fa0bf4a86747f0f.txt", "status": "no_figures", "figures": 0},
    ]
    checks = pd.read_csv(tmp_path / "checks.csv", keep_default_na=False)
    assert checks[["rule", "status", "message"]].to_dict("records") == [
        {"rule": "aerial-weapons-sum", "status": "pass",
         "message": "launched: drone 477 + missile 60 = 537 = aerial_weapon 537"},
        {"rule": "outcomes-within-launched", "status": "pass",
         "message": "aerial_weapon: shot_down 249 + jammed 226 = 475 <= launched 537"},
    ]
    figures = pd.read_csv(tmp_path / "figures.csv", keep_default_na=False)
    assert len(figures) == 7
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
