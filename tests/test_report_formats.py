"""`attack-stats check --format text|json|github|junit`: exact output, exit codes, colour, JUnit schema."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import xmlschema

from stats.cli import main
from stats.report_formats import escape_data, escape_property, workflow_command

from .conftest import ROOT
from .helpers import figure_row, write_figures

JUNIT_XSD = ROOT / "tests" / "data" / "junit.xsd"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def bad(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A figures table (relative path data/bad.csv) with a schema failure, a failed rule and a warning."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    return write_figures(Path("data/bad.csv"), [
        figure_row(weapon="aerial_weapon", value=540, evidence="Russia launched 540 weapons, 100% of them at night."),
        figure_row(weapon="drone", value=477), figure_row(weapon="missile", value=60),
        figure_row(doc_id="b.txt", value=-3),
        figure_row(doc_id="c.txt", value=10), figure_row(doc_id="c.txt", measure="shot_down", value=6),
        figure_row(doc_id="c.txt", measure="hit", value=5, evidence="Five drones hit\ntheir targets."),
    ])


@pytest.fixture
def good(tmp_path: Path) -> Path:
    return write_figures(tmp_path / "good.csv", [
        figure_row(weapon="aerial_weapon", value=537), figure_row(weapon="drone", value=477),
        figure_row(weapon="missile", value=60)])


def test_property_and_message_escaping_follow_githubs_syntax() -> None:
    assert escape_data("100% done\r\nnext: a, b") == "100%25 done%0D%0Anext: a, b"
    assert escape_property("dir,1/f:2.csv 100%\n") == "dir%2C1/f%3A2.csv 100%25%0A"
    assert workflow_command("warning", "a: b, c", "x,y.csv", 7, "rule:1") == (
        "::warning file=x%2Cy.csv,line=7,title=rule%3A1::a: b, c")
    assert workflow_command("error", "m", "f.csv") == "::error file=f.csv::m"


def test_github_annotations_point_at_the_csv_line_of_each_failure(bad: Path, capsys: pytest.CaptureFixture[str]
                                                                  ) -> None:
    code, out, _ = run(capsys, str(bad), "--format", "github")
    assert code == 1
    assert out.splitlines() == [
        "::error file=data/bad.csv,line=5,title=schema::row 3 (line 5) column value: '-3' fails "
        "greater_than_or_equal_to(0)",
        "::error file=data/bad.csv,line=2,title=aerial-weapons-sum::launched: drone 477 + missile 60 = 537 = "
        "aerial_weapon 540 [doc.txt event 0, russia] (lines 2 3 4) evidence: \"Russia launched 540 weapons, 100%25 "
        "of them at night. | Some sentence.\"",
        "::warning file=data/bad.csv,line=6,title=hits-within-launched::drone: shot_down 6 + hit 5 = 11 <= launched "
        "10 [c.txt event 0, russia] (lines 6 7 8) evidence: \"Some sentence. | Five drones hit%0Atheir targets.\"",
        "data/bad.csv: 1 passed, 1 failed, 1 warnings, 1 schema failures",
    ]


def test_strict_makes_warnings_errors_in_annotations_and_exit_code(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "w.csv", [
        figure_row(value=10), figure_row(measure="shot_down", value=6), figure_row(measure="hit", value=5)])
    code, out, _ = run(capsys, str(path), "--format", "github")
    assert code == 0
    assert out.splitlines()[0].startswith(f"::warning file={escape_property(str(path))},line=2,"
                                          "title=hits-within-launched::")
    code, out, _ = run(capsys, str(path), "--format", "github", "--strict")
    assert code == 1
    assert out.splitlines()[0].startswith(f"::error file={escape_property(str(path))},line=2,"
                                          "title=hits-within-launched::")


def test_junit_xml_validates_against_the_junit_schema(bad: Path, good: Path, capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    code, out, err = run(capsys, str(bad), str(good), "missing.csv", "--format", "junit")
    assert code == 2
    assert err == "attack-stats: error: no such file: missing.csv\n"
    schema = xmlschema.XMLSchema(JUNIT_XSD)
    schema.validate(out)
    data = schema.to_dict(out)
    suites = [(s["@name"], s["@file"], s["@tests"], s["@failures"], s["@errors"]) for s in data["testsuite"]]
    assert suites == [
        ("schema", "data/bad.csv", 1, 1, 0),
        ("aerial-weapons-sum", "data/bad.csv", 1, 1, 0),
        ("outcomes-within-launched", "data/bad.csv", 1, 0, 0),
        ("hits-within-launched", "data/bad.csv", 1, 0, 0),
        ("schema", str(good), 1, 0, 0),
        ("aerial-weapons-sum", str(good), 1, 0, 0),
        ("input", "missing.csv", 1, 0, 1),
    ]
    assert (data["@tests"], data["@failures"], data["@errors"]) == (7, 2, 1)
    failing = data["testsuite"][1]["testcase"][0]
    assert failing["@name"] == "doc.txt event 0 russia: aerial_weapon launched"
    assert failing["@classname"] == "attack-stats.aerial-weapons-sum"
    assert failing["failure"]["@message"] == "launched: drone 477 + missile 60 = 537 = aerial_weapon 540"
    assert failing["failure"]["@type"] == "error"
    warned = data["testsuite"][3]["testcase"][0]
    assert "failure" not in warned
    assert warned["system-out"][0].startswith("warning: drone: shot_down 6 + hit 5 = 11 <= launched 10\n")


def test_the_junit_schema_rejects_what_junit_readers_reject() -> None:
    schema = xmlschema.XMLSchema(JUNIT_XSD)
    assert schema.is_valid('<testsuites><testsuite name="r" tests="1" failures="0" errors="0">'
                           '<testcase name="t" classname="c"/></testsuite></testsuites>')
    assert not schema.is_valid('<testsuites><testsuite name="r" tests="one" failures="0" errors="0"/></testsuites>')
    assert not schema.is_valid('<testsuites><testsuite tests="1" failures="0" errors="0"/></testsuites>')
    assert not schema.is_valid('<testsuites><testsuite name="r" tests="1" failures="0" errors="0">'
                               '<testcase name="t" classname="c"><failure/><failure/></testcase>'
                               '</testsuite></testsuites>')


def test_junit_strict_turns_warnings_into_failures(bad: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, str(bad), "--format", "junit", "--strict")
    data = xmlschema.XMLSchema(JUNIT_XSD).to_dict(out)
    warned = data["testsuite"][3]["testcase"][0]
    assert warned["failure"]["@type"] == "warning"
    assert data["@failures"] == 3


def test_json_holds_the_summary_every_check_and_every_schema_failure(bad: Path, capsys: pytest.CaptureFixture[str]
                                                                     ) -> None:
    code, out, _ = run(capsys, str(bad), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["summary"] == {"files": 1, "unusable": 0, "passed": 1, "failed": 1, "warnings": 1,
                               "schema_failures": 1}
    assert (data["ok"], data["exit_code"], data["strict"]) == (False, 1, False)
    assert [(c["rule"], c["status"], c["lines"], c["fails_gate"]) for c in data["checks"]] == [
        ("aerial-weapons-sum", "fail", [2, 3, 4], True),
        ("outcomes-within-launched", "pass", [6, 7], False),
        ("hits-within-launched", "fail", [6, 7, 8], False),
    ]
    assert {c["file"] for c in data["checks"]} == {"data/bad.csv"}
    assert data["schema_failures"] == [{"file": "data/bad.csv", "row": 3, "line": 5, "column": "value",
                                        "check": "greater_than_or_equal_to(0)", "value": "-3",
                                        "message": "row 3 (line 5) column value: '-3' fails "
                                                   "greater_than_or_equal_to(0)"}]
    assert data["files"] == [{"path": "data/bad.csv", "error": None, "failed": True, "reference": None,
                              "summary": {"passed": 1, "failed": 1, "warnings": 1, "schema_failures": 1}}]


def test_text_is_coloured_only_when_asked_or_on_a_terminal_without_no_color(
        bad: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(capsys, str(bad))
    assert "\033[" not in out
    assert out.splitlines()[:2] == ["1 passed, 1 failed, 1 warnings, 1 schema failures",  # the summary first
                                    "FAIL schema row 3 (line 5) column value: '-3' fails greater_than_or_equal_to(0)"]
    _, out, _ = run(capsys, str(bad), "--color", "always")
    assert out.splitlines()[1].startswith("\033[31mFAIL\033[0m schema row 3")
    assert out.splitlines()[3].startswith("\033[33mWARN\033[0m hits-within-launched")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    _, out, _ = run(capsys, str(bad))
    assert out.splitlines()[1].startswith("\033[31mFAIL\033[0m")
    monkeypatch.setenv("NO_COLOR", "1")
    _, out, _ = run(capsys, str(bad))
    assert out.splitlines()[1].startswith("FAIL schema")
    _, out, _ = run(capsys, str(bad), "-q")  # the summary alone
    assert out == "1 passed, 1 failed, 1 warnings, 1 schema failures\n"


def test_several_files_one_unusable_is_exit_2_and_the_others_are_reported(
        good: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(good), str(tmp_path / "nope.csv"), "-q")
    assert code == 2
    assert out == f"== {good}\n1 passed, 0 failed, 0 warnings, 0 schema failures\n"
    assert err == f"attack-stats: error: no such file: {tmp_path / 'nope.csv'}\n"


def test_json_names_an_unusable_file_and_exits_2(good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(good), "missing.csv", "--format", "json")
    assert code == 2
    assert err == "attack-stats: error: no such file: missing.csv\n"
    data = json.loads(out)
    assert (data["ok"], data["exit_code"], data["summary"]["unusable"], data["summary"]["files"]) == (False, 2, 1, 2)
    assert data["files"][1] == {"path": "missing.csv", "error": "no such file: missing.csv", "failed": True,
                                "reference": None,
                                "summary": {"passed": 0, "failed": 0, "warnings": 0, "schema_failures": 0}}


def test_junit_survives_markup_and_control_characters_in_evidence(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "f.csv", [
        figure_row(value=5, evidence="<b>5</b> & \x0bmore"), figure_row(measure="shot_down", value=9)])
    code, out, _ = run(capsys, str(path), "--format", "junit")
    assert code == 1
    data = xmlschema.XMLSchema(JUNIT_XSD).to_dict(out)
    failure = data["testsuite"][1]["testcase"][0]["failure"]
    assert failure["@message"] == "drone: shot_down 9 = 9 <= launched 5"
    assert failure["$"].endswith("evidence: <b>5</b> & \ufffdmore | Some sentence.")
