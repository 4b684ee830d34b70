"""`attack-stats check`: exit codes and the messages that name rows, columns, rules and figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.cli import build_parser, main

from .helpers import figure_row, write_figures


def run_check(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str, str]:
    code = main(["check", str(path), *extra])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_consistent_figures_pass(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [
        figure_row(weapon="aerial_weapon", value=537), figure_row(weapon="drone", value=477),
        figure_row(weapon="missile", value=60), figure_row(weapon="aerial_weapon", measure="shot_down", value=249),
        figure_row(weapon="aerial_weapon", measure="jammed", value=226)])
    code, out, _ = run_check(path, capsys)
    assert (code, out) == (0, "2 passed, 0 failed, 0 warnings, 0 schema failures\n")  # the summary alone
    code, out, _ = run_check(path, capsys, "-v")  # every check after it
    assert out.splitlines()[0] == "2 passed, 0 failed, 0 warnings, 0 schema failures"
    assert "PASS aerial-weapons-sum" in out
    assert "launched: drone 477 + missile 60 = 537 = aerial_weapon 537" in out
    assert "aerial_weapon: shot_down 249 + jammed 226 = 475 <= launched 537" in out


def test_negative_value_and_unknown_weapon_name_row_and_column(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [
        figure_row(value=5), figure_row(value=-5), figure_row(weapon="zeppelin", unit="munition")])
    code, out, _ = run_check(path, capsys)
    assert code == 1
    assert "FAIL schema row 1 (line 3) column value: '-5' fails greater_than_or_equal_to(0)" in out
    assert "FAIL schema row 2 (line 4) column weapon: 'zeppelin' fails isin(" in out


def test_parts_that_do_not_sum_fail_naming_rule_and_figures(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [
        figure_row(weapon="aerial_weapon", value=540, evidence="Russia launched 540 weapons."),
        figure_row(weapon="drone", value=477), figure_row(weapon="missile", value=60)])
    code, out, _ = run_check(path, capsys)
    assert code == 1
    line = next(x for x in out.splitlines() if x.startswith("FAIL aerial-weapons-sum"))
    assert "launched: drone 477 + missile 60 = 537 = aerial_weapon 540" in line
    assert "(lines 2 3 4)" in line
    assert "Russia launched 540 weapons." in line


def test_qualified_figures_fail_only_when_no_value_fits(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    rows = [figure_row(weapon="aerial_weapon", value=530, qualifier="more_than"),
            figure_row(weapon="drone", value=477), figure_row(weapon="missile", value=60)]
    code, _, _ = run_check(write_figures(tmp_path / "a.csv", rows), capsys)
    assert code == 0  # more than 530 admits 537
    rows[0] = figure_row(weapon="aerial_weapon", value=540, qualifier="more_than")
    code, out, _ = run_check(write_figures(tmp_path / "b.csv", rows), capsys)
    assert code == 1
    assert "= 537 = aerial_weapon >=541" in out


def test_outcomes_above_launched_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [
        figure_row(value=50), figure_row(measure="shot_down", value=45), figure_row(measure="jammed", value=10)])
    code, out, _ = run_check(path, capsys)
    assert code == 1
    assert "FAIL outcomes-within-launched" in out
    assert "drone: shot_down 45 + jammed 10 = 55 <= launched 50" in out


def test_missing_file_is_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_check(tmp_path / "nope.csv", capsys)
    assert code == 2
    assert out == ""
    assert err == f"attack-stats: error: no such file: {tmp_path / 'nope.csv'}\n"


def test_wrong_columns_are_exit_2_naming_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [figure_row()], columns=("doc_id", "weapon", "value", "colour"))
    code, _, err = run_check(path, capsys)
    assert code == 2
    missing = "event, date, attacker, model, measure, qualifier, unit, start, end, evidence, rule"
    assert f"missing column(s): {missing}" in err
    assert "unexpected column(s): colour" in err
    assert "Traceback" not in err


def test_every_command_has_help_text() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, command in sub.choices.items():  # type: ignore[union-attr]
        assert command.description, name
        assert any(a.help for a in sub._choices_actions if a.dest == name), name
