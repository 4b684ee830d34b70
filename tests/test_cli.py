"""The command line as a Unix tool: help with examples and defaults, the same options on every command, standard
input and output, JSON where it helps, progress, a light start, and the public Python API."""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stats
from stats import cli, cli_commands
from stats.cli import build_parser, main
from stats.csvio import read_csv

from .conftest import ROOT
from .helpers import figure_row, write_figures

REPORT = "Russia launched 12 drones overnight; air defence shot down 10 of them."
SAMPLE = ROOT / "tests" / "data" / "missile_attacks_sample.csv"


def commands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def help_of(name: str, capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stop:
        main([name, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("name", sorted(commands()))
def test_every_command_has_help_with_an_example_and_its_defaults(name: str, capsys: pytest.CaptureFixture[str]
                                                                 ) -> None:
    text = help_of(name, capsys)
    examples = re.search(r"^examples:\n((?:  attack-stats .*\n)+)", text, re.MULTILINE)
    assert examples, text
    assert "exit codes: 0 pass, 1 a check or the schema failed, 2 input or output unusable" in text
    for action in commands()[name]._actions:
        if action.dest == "help":
            continue
        if action.help and action.default not in (None, False, argparse.SUPPRESS):
            assert "(default:" in action.help, (name, action.dest)
        if action.option_strings:
            assert "default" in str(action.help) or action.required, (name, action.dest)


@pytest.mark.parametrize("name", sorted(commands()))
def test_quiet_verbose_colour_and_debug_are_on_every_command(name: str) -> None:
    options = {o for a in commands()[name]._actions for o in a.option_strings}
    assert {"-q", "--quiet", "-v", "--verbose", "--color", "--debug"} <= options


def test_extract_help_names_every_format_it_reads(capsys: pytest.CaptureFixture[str]) -> None:
    text = help_of("extract", capsys)
    for word in (".txt", ".md", ".html", ".htm", ".jsonl", ".csv", "result.json", "standard input"):
        assert word in text, word


def test_the_cli_choices_are_those_of_the_library() -> None:
    from stats.importers import IMPORTERS
    from stats.report_formats import FORMATS

    assert cli.CHECK_FORMATS == FORMATS
    assert sorted(cli.DATASETS) == sorted(IMPORTERS)


def test_the_readme_states_the_exit_code_contract() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = re.search(r"\| code \| meaning \|\n\|---\|---\|\n((?:\|.*\|\n)+)", readme)
    assert table, "README has no exit-code table"
    codes = [int(line.split("|")[1].strip().strip("`")) for line in table.group(1).splitlines()]
    assert codes == [cli.EXIT_OK, cli.EXIT_FAIL, cli.EXIT_UNUSABLE, cli.EXIT_INTERNAL, cli.EXIT_INTERRUPTED,
                     cli.EXIT_TERMINATED]


def test_version_and_extract_import_neither_pandera_nor_plotly(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    probe = ("import sys; from stats.cli import main; code = main(sys.argv[1:]); "
             "print(sorted(m for m in ('pandas', 'pandera', 'plotly') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe, "extract", str(tmp_path / "a.txt"), "-o",
                           str(tmp_path / "f.csv"), "-q"], capture_output=True, text=True, timeout=120)
    assert done.stdout.splitlines()[-1] == "['pandas']"
    probe = ("import sys; from stats.cli import main\ntry:\n main(['--version'])\nexcept SystemExit: "
             "print(sorted(m.split('.')[0] for m in sys.modules if m.split('.')[0] in "
             "('pandas', 'numpy', 'pandera', 'plotly', 'pint')))")
    version = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert version.stdout.splitlines() == ["attack-stats 0.1.0", "[]"]


# -- standard input and output, JSON ---------------------------------------------------------------------------

def test_dash_is_standard_output_for_extract_import_and_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                              ) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", "-", "-q"]) == 0
    assert capsys.readouterr().out.startswith("doc_id,event,date,")
    assert main(["import", str(SAMPLE), "--from", "massive-missile-attacks", "-o", "-"]) == 0
    assert capsys.readouterr().out.count("\n") == 92
    figures = write_figures(tmp_path / "f.csv", [figure_row()])
    assert main(["chart", str(figures), "-o", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")
    assert not (tmp_path / "-").exists()
    assert not Path("-").exists()


def test_jsonl_figures_and_a_json_summary(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "f.jsonl"), "-q"]) == 0
    records = [json.loads(line) for line in (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["doc_id"], r["weapon"], r["measure"], r["value"]) for r in records] == [
        ("a.txt", "drone", "launched", 12), ("a.txt", "drone", "shot_down", 10)]
    assert main(["import", str(SAMPLE), "--from", "massive-missile-attacks", "-o", "-", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 91
    assert main(["run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--format", "json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert {k: summary[k] for k in ("ok", "exit_code", "summary", "documents", "figures")} == {
        "ok": True, "exit_code": 0, "figures": 2, "documents": {"ok": 1},
        "summary": {"passed": 1, "failed": 0, "warnings": 0, "schema_failures": 0}}


def test_check_reads_standard_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    figures = write_figures(tmp_path / "f.csv", [figure_row(value=10), figure_row(measure="shot_down", value=12)])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(figures.read_bytes())))
    assert main(["check", "-"]) == 1
    assert capsys.readouterr().out.splitlines()[1].startswith("FAIL outcomes-within-launched [doc.txt event 0")
    assert main(["check", "-", "-"]) == 2
    assert capsys.readouterr().err == "attack-stats: error: standard input (-) can be read only once\n"


def test_the_summary_comes_first_and_failures_are_capped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [figure_row(doc_id=f"d{i:03d}", value=10) for i in range(60)] + [
        figure_row(doc_id=f"d{i:03d}", measure="shot_down", value=12) for i in range(60)]
    figures = write_figures(tmp_path / "f.csv", rows)
    assert main(["check", str(figures)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "0 passed, 60 failed, 0 warnings, 0 schema failures"
    assert len(lines) == 1 + cli.SHOWN_FAILURES + 1
    assert lines[-1] == "... and 10 more failures (-v lists every check)"
    assert main(["check", str(figures), "-v"]) == 1
    assert len(capsys.readouterr().out.splitlines()) == 61


# -- progress -------------------------------------------------------------------------------------------------

def test_progress_has_a_total_and_the_late_phases(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from stats.inputs import input_bytes

    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "in" / "x.docx").write_bytes(b"PK" * 100)
    assert input_bytes([tmp_path / "in", "-"]) == 3 * len(REPORT)
    monkeypatch.setattr(cli_commands, "_isatty", lambda stream: True)
    counted: list[int] = []
    real = cli_commands._Progress._count

    def count(self: cli_commands._Progress) -> None:
        real(self)
        counted.append(self.bar.total)

    monkeypatch.setattr(cli_commands._Progress, "_count", count)
    assert main(["run", str(tmp_path / "in"), "-o", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "attack-stats: checks done; drawing the report ...\nattack-stats: writing the outputs ...\n" in err
    for _ in range(200):  # the total is counted in the background
        if counted:
            break
        time.sleep(0.05)
    assert counted == [3 * len(REPORT)]


# -- the Python API --------------------------------------------------------------------------------------------

def test_the_language_option_names_each_document_s_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    (tmp_path / "in").mkdir()
    post = tmp_path / "in" / "a.txt"
    post.write_text("Ракета попала в дом.", encoding="utf-8")  # too few words to tell its language by
    out, docs = str(tmp_path / "f.csv"), str(tmp_path / "d.csv")
    assert main(["extract", str(post), "-o", out, "--documents", docs, "-q", "--language", "ru"]) == 0
    assert read_csv(docs)["language"].tolist() == ["ru"]
    assert read_csv(out)[["weapon", "measure", "value", "rule"]].values.tolist() == [
        ["missile", "hit", "1", "ru:singular"]]
    assert [d.language for d in stats.read_documents(tmp_path / "in", language="ru")] == ["ru"]
    with pytest.raises(stats.InputError, match="not a language of attack-stats"):
        stats.read_documents(tmp_path / "in", language="de")
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(post), "--language", "de"])
    assert stop.value.code == 2
    assert "argument --language: invalid choice: 'de'" in capsys.readouterr().err


def test_a_notebook_needs_only_the_public_api(tmp_path: Path) -> None:
    (tmp_path / "2025-06-03-kyiv.txt").write_text(REPORT, encoding="utf-8")
    docs = list(stats.read_documents(tmp_path, date="2025-01-01"))
    assert [(d.doc_id, d.date) for d in docs] == [("2025-06-03-kyiv.txt", "2025-06-03")]
    figures, _ = stats.extract_documents(docs)
    valid, failures = stats.validate(figures)
    assert (len(valid), failures) == (2, [])
    assert [c.status for c in stats.run_checks(valid)] == ["pass"]
    one = stats.extract_figures(REPORT, doc_id="note", date="2025-06-04")
    valid, failures = stats.validate(one)
    assert valid[["doc_id", "date", "unit", "value"]].values.tolist() == [["note", "2025-06-04", "drone", 12],
                                                                          ["note", "2025-06-04", "drone", 10]]
    with pytest.raises(stats.InputError, match="not a date"):
        stats.read_documents(tmp_path, date="June")
    assert set(stats.__all__) <= set(dir(stats))


def test_the_outputs_form_a_valid_data_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from frictionless import Package

    from stats.package import TABLES
    from stats.resources import read_text

    assert main(["run", "-o", str(tmp_path / "out"), "--date", "2025-06-03"]) == 0
    report = Package(str(tmp_path / "out" / "datapackage.json")).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    assert read_csv(tmp_path / "out" / "figures.csv")["date"].unique().tolist() == ["2025-06-03"]
    for name, make in TABLES.items():  # the shipped schemas are the generated ones
        assert json.loads(read_text(f"{name}.schema.json")) == make()
    fields = {f["name"]: f["type"] for f in TABLES["figures"]()["fields"]}
    assert fields["date"] == "date"
    from stats.checks import CHECK_COLUMNS
    from stats.rows import DOCUMENT_COLUMNS

    assert [f["name"] for f in TABLES["checks"]()["fields"]] == CHECK_COLUMNS
    assert [f["name"] for f in TABLES["documents"]()["fields"]] == DOCUMENT_COLUMNS
