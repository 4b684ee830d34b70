"""`attack-stats import --from massive-missile-attacks`: rows, models and values of the reference dataset.

The sample in tests/data is real data from "Massive Missile Attacks on Ukraine" by Petro Ivaniuk
(CC BY-NC-SA 4.0); see tests/data/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from stats.checks import run_checks
from stats.cli import main
from stats.contract import COLUMNS
from stats.csvio import read_figures
from stats.errors import InputError, VocabularyError
from stats.importers import _key, common_class, import_massive_missile_attacks, load_mapping, resolve_model
from stats.resources import read_text

from .conftest import ROOT

SAMPLE = ROOT / "tests" / "data" / "missile_attacks_sample.csv"
KPSZSU_0405 = "kpszsu/posts/pfbid0pZC4FfgZfabzw5M8mcecr3wQJhytEXPDWQbcpEPaj8PAnXNB3BhVEN13DGKatCNBl"
KPSZSU_0314 = "kpszsu/posts/pfbid02LbxHS2C9Eyu3DRX8Tp4sfG6xuqF78kJBth3vBQNKdY5Ad6qC5hPQFsJL8Fi5miJUl"
KPSZSU_1228 = "kpszsu/posts/pfbid02A6kTgRnhd2yypHhWKkKbVKK2jmSw3MPjC19wPe4HijTPRTEipnDC1dFcDCCbQdCal"

# Every value of the `model` column of missile_attacks_daily.csv (2022-09-28 to 2026-04-04), with the
# model and class the mapping gives it. A new spelling in the dataset must be added to the mapping.
DATASET_MODELS = [
    ("3M22 Zircon", "Zircon", "cruise_missile"),
    ("Aerial Bomb", "", "guided_bomb"),
    ("Ballistic Missile", "", "ballistic_missile"),
    ("Banderol", "Banderol", "cruise_missile"),
    ("C-300", "S-300", "missile"),
    ("C-300 and Iskander-M", "S-300/Iskander-M", "missile"),
    ("C-300/C-400", "S-300/S-400", "missile"),
    ("C-300/C-400 and Iskander-M", "S-300/S-400/Iskander-M", "missile"),
    ("C-400", "S-400", "missile"),
    ("C-400 and Iskander-M", "S-400/Iskander-M", "missile"),
    ("Eleron", "Eleron", "drone"),
    ("Forpost", "Forpost", "drone"),
    ("GBU", "", "guided_bomb"),
    ("Granat-4", "Granat-4", "drone"),
    ("Intercontinental Ballistic Missile", "", "ballistic_missile"),
    ("Iskander-K", "Iskander-K", "cruise_missile"),
    ("Iskander-K and Kalibr", "Iskander-K/Kalibr", "cruise_missile"),
    ("Iskander-M", "Iskander-M", "ballistic_missile"),
    ("Iskander-M and Iskander-K", "Iskander-M/Iskander-K", "missile"),
    ("Iskander-M/KN-23", "Iskander-M/KN-23", "ballistic_missile"),
    ("Iskander-M/KN-23 and Iskander-K and Kalibr", "Iskander-M/KN-23/Iskander-K/Kalibr", "missile"),
    ("Iskander-M/KN-23 and Iskander-K and X-59/X-69", "Iskander-M/KN-23/Iskander-K/Kh-59/Kh-69", "missile"),
    ("KN-23", "KN-23", "ballistic_missile"),
    ("Kalibr", "Kalibr", "cruise_missile"),
    ("Kub", "Kub", "drone"),
    ("Lancet", "Lancet", "drone"),
    ("Merlin-VR", "Merlin-VR", "drone"),
    ("Mohajer-6", "Mohajer-6", "drone"),
    ("Orion", "Orion", "drone"),
    ("Orlan-10", "Orlan-10", "drone"),
    ("Orlan-10 and Orlan-30 and ZALA and Supercam", "Orlan-10/Orlan-30/ZALA/Supercam", "drone"),
    ("Orlan-10 and Supercam", "Orlan-10/Supercam", "drone"),
    ("Orlan-10 and ZALA", "Orlan-10/ZALA", "drone"),
    ("Orlan-10 and ZALA and Supercam", "Orlan-10/ZALA/Supercam", "drone"),
    ("Orlan-30", "Orlan-30", "drone"),
    ("P-800 Oniks", "Oniks", "cruise_missile"),
    ("Reconnaissance UAV", "", "drone"),
    ("Shahed-136/131", "Shahed", "drone"),
    ("Shahed-136/131 and Lancet", "Shahed/Lancet", "drone"),
    ("Supercam", "Supercam", "drone"),
    ("Unknown Missile", "", "missile"),
    ("Unknown UAV", "", "drone"),
    ("X-101/X-555", "Kh-101/Kh-555", "cruise_missile"),
    ("X-101/X-555 and Iskander-K", "Kh-101/Kh-555/Iskander-K", "cruise_missile"),
    ("X-101/X-555 and Kalibr", "Kh-101/Kh-555/Kalibr", "cruise_missile"),
    ("X-101/X-555 and Kalibr and Iskander-K", "Kh-101/Kh-555/Kalibr/Iskander-K", "cruise_missile"),
    ("X-101/X-555 and Kalibr and Iskander-K and X-59", "Kh-101/Kh-555/Kalibr/Iskander-K/Kh-59", "cruise_missile"),
    ("X-101/X-555 and Kalibr and Iskander-M/KN-23", "Kh-101/Kh-555/Kalibr/Iskander-M/KN-23", "missile"),
    ("X-101/X-555 and Kalibr and X-22", "Kh-101/Kh-555/Kalibr/Kh-22", "cruise_missile"),
    ("X-101/X-555 and Kalibr and X-59/X-69", "Kh-101/Kh-555/Kalibr/Kh-59/Kh-69", "cruise_missile"),
    ("X-22", "Kh-22", "cruise_missile"),
    ("X-22 and X-31P", "Kh-22/Kh-31P", "missile"),
    ("X-22 and X-32", "Kh-22/Kh-32", "cruise_missile"),
    ("X-31", "Kh-31P", "missile"),
    ("X-31P", "Kh-31P", "missile"),
    ("X-31PD", "Kh-31PD", "missile"),
    ("X-35", "Kh-35", "cruise_missile"),
    ("X-47 Kinzhal", "Kinzhal", "ballistic_missile"),
    ("X-47 Kinzhal and Iskander-M", "Kinzhal/Iskander-M", "ballistic_missile"),
    ("X-47 Kinzhal and Iskander-M/KN-23", "Kinzhal/Iskander-M/KN-23", "ballistic_missile"),
    ("X-59", "Kh-59", "cruise_missile"),
    ("X-59 and X-35", "Kh-59/Kh-35", "cruise_missile"),
    ("X-59/X-69", "Kh-59/Kh-69", "cruise_missile"),
    ("X-59MK2", "Kh-59MK2", "cruise_missile"),
    ("X-69", "Kh-69", "cruise_missile"),
    ("ZALA", "ZALA", "drone"),
    ("Картограф", "Kartograf", "drone"),
    ("Молнія", "Molniya", "drone"),
    ("Молнія and Lancet", "Molniya/Lancet", "drone"),
    ("Привет-82", "Privet-82", "drone"),
    ("Фенікс", "Feniks", "drone"),
]


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return import_massive_missile_attacks(SAMPLE)


@pytest.mark.parametrize(("value", "model", "weapon"), DATASET_MODELS, ids=[v for v, _, _ in DATASET_MODELS])
def test_every_model_of_the_dataset_has_a_model_and_class(value: str, model: str, weapon: str) -> None:
    resolved = resolve_model(value, load_mapping())
    assert (resolved.model, resolved.weapon) == (model, weapon)  # type: ignore[union-attr]


def test_every_name_listed_in_the_mapping_is_a_name_of_the_dataset() -> None:
    pieces = {p for value, _, _ in DATASET_MODELS for name in value.split(" and ") for p in (name, *name.split("/"))}
    listed = set(load_mapping().names)
    assert listed <= {_key(p) for p in pieces}


def test_a_name_found_nowhere_is_reported_with_the_names_to_add() -> None:
    assert resolve_model("Kalibr and Foo-1/Bar", load_mapping()) == ["Foo-1 (in Foo-1/Bar)", "Bar (in Foo-1/Bar)"]


def test_nearest_common_class() -> None:
    assert common_class(["cruise_missile", "ballistic_missile"]) == "missile"
    assert common_class(["drone", "cruise_missile"]) == "aerial_weapon"
    assert common_class(["drone", "drone"]) == "drone"
    assert common_class(["drone", "aircraft"]) is None


def test_a_row_with_a_share_gives_class_figures_and_one_figure_of_the_model(sample: pd.DataFrame) -> None:
    rows = sample[sample["doc_id"] == KPSZSU_0405]
    assert rows[["event", "date", "attacker", "weapon", "model", "measure", "value", "qualifier", "unit", "start",
                 "end", "rule"]].to_dict("records") == [
        {"event": 0, "date": "2026-04-05", "attacker": "russia", "weapon": "drone", "model": "", "measure": m,
         "value": v, "qualifier": "exact", "unit": "drone", "start": 0, "end": 0,
         "rule": "import:massive-missile-attacks"} for m, v in [("launched", 93), ("shot_down", 76), ("jammed", 0)]
    ] + [{"event": 0, "date": "2026-04-05", "attacker": "russia", "weapon": "drone", "model": "Shahed",
          "measure": "launched", "value": 60, "qualifier": "exact", "unit": "drone", "start": 0, "end": 0,
          "rule": "import:massive-missile-attacks"}]
    assert set(rows["evidence"]) == {"missile_attacks_sample.csv line 2: 2026-04-04 18:00 to 2026-04-05 08:00, "
                                     "Shahed-136/131, launched 93, destroyed 76, not_reach_goal 0, is_shahed 60"}


def test_one_event_per_row_of_a_source_and_empty_cells_give_no_figure(sample: pd.DataFrame) -> None:
    rows = sample[sample["doc_id"] == KPSZSU_0314]
    assert rows[["event", "weapon", "model", "measure", "value"]].values.tolist() == [
        [0, "drone", "", "launched", 430], [0, "drone", "", "shot_down", 402], [0, "drone", "", "jammed", 0],
        [0, "drone", "Shahed", "launched", 250],
        [1, "cruise_missile", "Kh-59/Kh-69", "launched", 4], [1, "cruise_missile", "Kh-59/Kh-69", "shot_down", 1],
        [2, "cruise_missile", "Kh-101/Kh-555", "launched", 24], [2, "cruise_missile", "Kh-101/Kh-555", "shot_down", 24],
        [3, "cruise_missile", "Kalibr", "launched", 25], [3, "cruise_missile", "Kalibr", "shot_down", 25],
        [4, "missile", "S-400/Iskander-M", "launched", 13],
        [4, "missile", "S-400/Iskander-M", "shot_down", 7],
        [5, "cruise_missile", "Zircon", "launched", 2], [5, "cruise_missile", "Zircon", "shot_down", 1],
    ]
    assert set(rows["date"]) == {"2026-03-14"}
    # line 35 of the sample: C-300, launched empty, destroyed 0
    c300 = sample[sample["evidence"].str.startswith("missile_attacks_sample.csv line 35:")]
    assert c300[["weapon", "model", "measure", "value"]].values.tolist() == [
        ["missile", "S-300", "shot_down", 0]]


def test_the_sample_gives_91_figures_of_39_rows(sample: pd.DataFrame) -> None:
    assert len(sample) == 91
    assert sample["evidence"].str.extract(r"line (\d+):")[0].astype(int).nunique() == 39
    assert sample["weapon"].value_counts().to_dict() == {"drone": 65, "cruise_missile": 12, "ballistic_missile": 6,
                                                         "missile": 8}


def test_check_over_the_imported_sample_lists_its_inconsistent_row(sample: pd.DataFrame) -> None:
    failed = [c for c in run_checks(sample) if c.status == "fail" and c.severity == "error"]
    assert [(c.rule, c.doc_id, c.message, c.lines, c.evidence) for c in failed] == [
        ("outcomes-within-launched", KPSZSU_1228, "drone: shot_down 15 + jammed 11 = 26 <= launched 16",
         "62 63 64", "missile_attacks_sample.csv line 27: 2024-12-27 23:00 to 2024-12-28 08:30, Shahed-136/131, "
                     "launched 16, destroyed 15, not_reach_goal 11")]


def test_import_command_writes_a_figures_csv_that_check_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    out = tmp_path / "figures.csv"
    assert main(["import", str(SAMPLE), "--from", "massive-missile-attacks", "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"91 figures from {SAMPLE}; wrote {out}\n"
    assert read_figures(out).shape == (91, len(COLUMNS))
    assert main(["check", str(out)]) == 1
    text = capsys.readouterr().out
    assert text.splitlines()[0] == "48 passed, 1 failed, 0 warnings, 0 schema failures"
    assert text.splitlines()[1].startswith("FAIL outcomes-within-launched [" + KPSZSU_1228 + " event 0, russia]")


def test_import_help_credits_the_dataset(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert '"Massive Missile Attacks on Ukraine" by Petro Ivaniuk (Kaggle), license CC BY-NC-SA 4.0' in text


def test_mapping_file_credits_the_dataset() -> None:
    head = read_text("import_massive_missile_attacks.toml").split("\n\n")[0]
    assert '"Massive Missile Attacks on Ukraine" by Petro Ivaniuk' in head
    assert "CC BY-NC-SA 4.0" in head


def test_unknown_model_stops_the_import_naming_it(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(",Supercam,", ",Skylark-3,", 1)
    path = tmp_path / "daily.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_massive_missile_attacks(path)
    assert str(caught.value) == ("daily.csv: model names found neither in import_massive_missile_attacks.toml "
                                 "[names] nor in models.toml: Skylark-3")


def test_a_value_that_is_not_a_whole_number_stops_the_import(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace(",93.0,76.0,", ",93.5,76.0,", 1)
    path = tmp_path / "daily.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_massive_missile_attacks(path)
    assert str(caught.value) == "daily.csv: column launched holds values that are not whole numbers >= 0: line 2 '93.5'"


def test_a_file_without_the_columns_is_unusable_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["import", str(path), "--from", "massive-missile-attacks"]) == 2
    assert capsys.readouterr().err == (f"attack-stats: error: {path} is not a missile_attacks_daily.csv table: "
                                       "missing column(s) time_start, time_end, model, source, launched, destroyed, "
                                       "not_reach_goal\n")


@pytest.mark.parametrize(("toml", "message"), [
    ('[dataset]\nattacker = "russia"\n', r"\[dataset\] needs exactly the keys"),
    ('[measures]\ndestroyed = "destroyed"\n', r"\[measures\] destroyed = 'destroyed' is not a measure"),
    ('[names]\n"Foo" = { model = "Foo" }\n', r"'Foo' is not in models.toml; give its weapon"),
    ('[names]\n"Foo" = { model = "Kalibr", weapon = "drone" }\n', "models.toml gives Kalibr the class cruise_missile"),
    ('[colours]\nx = 1\n', r"unknown section\(s\) \['colours'\]"),
])
def test_a_broken_mapping_is_rejected(toml: str, message: str) -> None:
    base = read_text("import_massive_missile_attacks.toml")
    head, _, _ = base.partition("\n[names]\n")
    if toml.startswith("[dataset]"):
        text = toml
    elif toml.startswith("[measures]"):
        text = head.replace('destroyed = "shot_down"', toml.split("\n")[1], 1)
    else:
        text = head + "\n" + toml
    with pytest.raises(VocabularyError, match=message):
        load_mapping(text)
