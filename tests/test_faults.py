"""Faults of the machine and of the caller, through the real CLI: every one ends in its exit code (2 for input
or output that cannot be used, 3 for an internal error, 130/143 for signals) with one line on standard error,
never a traceback, and never a half-written set of outputs."""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from stats import engine, rows
from stats.cli import main
from stats.csvio import read_csv
from stats.outputs import shown

from .helpers import figure_row, write_figures

REPORT = "Russia launched 12 drones overnight; air defence shot down 10 of them."
UK = "Противник атакував 93 ударними БпЛА типу Shahed. Збито 76 ворожих безпілотників."
CLI = str(Path(sys.executable).parent / "attack-stats")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def shell(command: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """A command line in bash with the installed attack-stats first on PATH."""
    path = f"{Path(CLI).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(["bash", "-c", command], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PATH": path, "NO_COLOR": "1", **env})


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "b.txt").write_text(UK, encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if "attack-stats-new" in p.name or "attack-stats-old" in p.name
                  or p.name.endswith(".tmp"))


# -- standard streams ---------------------------------------------------------------------------------------

def test_closed_standard_output_is_exit_2(texts: Path) -> None:
    done = shell("attack-stats extract in >&-", texts.parent)
    assert (done.returncode, done.stderr) == (
        2, "attack-stats: error: standard output is closed (give it a file, or /dev/null)\n")


def test_full_standard_output_is_exit_2(texts: Path) -> None:
    done = shell("attack-stats extract in -q > /dev/full", texts.parent)
    assert (done.returncode, done.stderr) == (2, "attack-stats: error: cannot write to standard output: No space "
                                                 "left on device\n")


def test_a_reader_that_goes_away_is_exit_2(tmp_path: Path) -> None:
    lines = [json.dumps({"id": f"r{i}", "text": REPORT}) for i in range(3000)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    done = shell("attack-stats extract many.jsonl -q | head -c 100 > /dev/null; echo ${PIPESTATUS[0]} >&2",
                 tmp_path)
    assert done.stderr == ("attack-stats: error: cannot write to standard output: the reader closed it (broken "
                           "pipe)\n2\n")


def test_closed_standard_input_is_exit_2(texts: Path) -> None:
    done = shell("attack-stats extract - <&-", texts.parent)
    assert (done.returncode, done.stderr) == (2, "attack-stats: error: standard input is closed\n")


def test_a_console_without_cyrillic_gets_escapes_and_data_stays_utf8(texts: Path) -> None:
    done = shell("attack-stats extract in -o f.csv -q && attack-stats check f.csv -v", texts.parent,
                 PYTHONIOENCODING="ascii")
    assert (done.returncode, done.stderr) == (0, "")
    assert "\\u0417\\u0431\\u0438\\u0442\\u043e 76" in done.stdout  # "Збито 76", escaped
    done = subprocess.run([CLI, "extract", "in/b.txt"], cwd=texts.parent, capture_output=True, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0
    assert "Збито 76".encode() in done.stdout  # CSV on standard output is UTF-8 whatever the console


def test_binary_standard_input_is_reported_as_binary(capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x7fELF\x02\x01\x01\x00" * 64)))
    assert cli(capsys, "run", "-", "-o", "out") == (
        2, "", "attack-stats: error: standard input is not text: binary file (contains NUL bytes)\n")


def test_standard_input_and_output_in_a_pipeline(texts: Path) -> None:
    done = shell("cat in/a.txt | attack-stats extract - -q --date 2025-06-03 | attack-stats check - -v",
                 texts.parent)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "1 passed, 0 failed, 0 warnings, 0 schema failures"
    assert lines[1].startswith("PASS outcomes-within-launched [stdin event 0, russia]")  # not '-


# -- signals and workers ----------------------------------------------------------------------------------

@pytest.fixture
def slow_corpus(tmp_path: Path) -> Path:
    """Enough text for a run of several seconds."""
    lines = [json.dumps({"id": f"r{i}", "text": (REPORT + " ") * 40}) for i in range(4000)]
    path = tmp_path / "slow.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _foreground() -> None:
    """The child is run as at a terminal: a shell starts background jobs with Ctrl-C ignored, and Python keeps
    an ignored SIGINT ignored, so a test suite started with `&` would otherwise send its Ctrl-C to nobody."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([CLI, *args], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, "NO_COLOR": "1"}, preexec_fn=_foreground)


def _wait_for(predicate: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError("timed out")


@pytest.mark.parametrize(("how", "code", "word"), [(signal.SIGINT, 130, "interrupted"),
                                                    (signal.SIGTERM, 143, "terminated")])
def test_ctrl_c_or_sigterm_with_two_jobs_stops_cleanly(slow_corpus: Path, tmp_path: Path, how: int, code: int,
                                                       word: str) -> None:
    out = tmp_path / "out"
    proc = _start(["run", str(slow_corpus), "-o", str(out), "-j", "2"], tmp_path)
    _wait_for(lambda: leftovers(tmp_path) or proc.poll() is not None)
    time.sleep(1.0)  # the workers are at work
    assert proc.poll() is None, "the run ended before it could be stopped"
    os.killpg(proc.pid, how) if how == signal.SIGINT else os.kill(proc.pid, how)  # Ctrl-C reaches the group
    _, err = proc.communicate(timeout=60)
    assert (proc.returncode, err) == (code, f"attack-stats: error: {word}; the outputs were left as they were\n")
    assert not out.exists()
    assert leftovers(tmp_path) == []


def _die_on_boom(doc: object) -> list[dict[str, object]]:
    if getattr(doc, "doc_id", "") == "boom.txt":
        os.kill(os.getpid(), signal.SIGKILL)
    return rows.figures_of(doc)  # type: ignore[arg-type]


def test_a_killed_worker_is_exit_3_and_no_outputs(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    (texts / "boom.txt").write_text(REPORT, encoding="utf-8")
    for i in range(40):
        (texts / f"c{i:02d}.txt").write_text(REPORT, encoding="utf-8")
    monkeypatch.setattr(engine, "figures_of", _die_on_boom)  # worker processes are forked: they run it too
    assert cli(capsys, "run", str(texts), "-o", str(tmp_path / "out"), "-j", "2") == (
        3, "", "attack-stats: error: a worker process ended abruptly (killed by a signal, or out of memory); the "
               "run stopped and wrote no outputs\n")
    assert not (tmp_path / "out").exists()
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize(("address", "reason"), [
    ("nonsense", "missing port number in address 'nonsense'"),
    ("tcp://host:notaport", "invalid literal for int() with base 10: 'notaport'"),
    ("udp://127.0.0.1:1", "unknown address scheme 'udp' (known schemes: ['inproc', 'tcp', 'tls', 'ucx', 'ws', 'wss'])"),
    ("", "missing port number in address ''"),
])
def test_a_bad_scheduler_address_is_exit_2(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           address: str, reason: str) -> None:
    assert cli(capsys, "extract", str(texts), "-o", str(tmp_path / "f.csv"), "--engine", "dask", "--scheduler",
               address) == (2, "", f"attack-stats: error: cannot reach the Dask scheduler {address!r}: {reason}\n")
    assert not (tmp_path / "f.csv").exists()


# -- internal errors ---------------------------------------------------------------------------------------

def test_an_internal_error_is_one_line_and_exit_3(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_: object, **__: object) -> list[object]:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(rows, "extract_text", broken)
    assert cli(capsys, "run", str(texts), "-o", str(tmp_path / "out")) == (
        3, "", f"attack-stats: error: internal error: ZeroDivisionError: a bug (while extracting the figures of a.txt "
               f"({texts}/a.txt)) (run with --debug for the traceback)\n")
    code = main(["run", str(texts), "-o", str(tmp_path / "out"), "--debug"])
    err = capsys.readouterr().err
    assert code == 3
    assert err.startswith("Traceback (most recent call last):")
    assert err.endswith("attack-stats: error: internal error: ZeroDivisionError: a bug (while extracting the figures "
                        f"of a.txt ({texts}/a.txt))\n")
    assert not (tmp_path / "out").exists()


def test_running_out_of_memory_is_exit_3(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    def greedy(*_: object, **__: object) -> list[object]:
        raise MemoryError

    monkeypatch.setattr(rows, "extract_text", greedy)
    code, _, err = cli(capsys, "extract", str(texts), "-o", str(tmp_path / "f.csv"))
    assert code == 3
    assert err.startswith("attack-stats: error: internal error: out of memory (while extracting the figures of a.txt")


# -- rules and gold files -----------------------------------------------------------------------------------

RULE = "[[rule]]\nid='a'\ndescription='d'\nseverity='error'\nshape='measures_le'\n"


@pytest.mark.parametrize(("content", "message"), [
    (b"[[rule]\nid=", "Expected ']]' at the end of an array declaration (at line 1, column 7)"),
    (b"rule = 5", "'rule' must be a list of [[rule]] tables"),
    (b"rule = [1, 2]", "'rule' must be a list of [[rule]] tables"),
    (b"[rule]\nid='x'", "'rule' must be a list of [[rule]] tables"),
    (b"tolerance = 'x'", "[tolerance] must be a table"),
    (b"[tolerance]\nabout_share='x'", "[tolerance] about_share must be a number >= 0, not 'x'"),
    (b"[tolerance]\nfoo=1", "[tolerance] takes about_share and about_min only"),
    (RULE.encode() + b"weapons='drone'\nleft=['hit']\nright='launched'",
     "rule 'a': weapons must be a list of names, not 'drone'"),
    (RULE.encode() + b"weapons=['drone']\nleft=['hit']\nright=['launched']",
     "rule 'a': right must be one name, not ['launched']"),
    (RULE.encode() + b"weapons=['drone']\nleft=['hit']\nright='landed'", "rule 'a': unknown measure 'landed' in right"),
    (RULE.encode() + b"weapons=['zeppelin']\nleft=['hit']\nright='launched'",
     "rule 'a': unknown name 'zeppelin' in weapons"),
    (RULE.encode() + b"weapons=['drone']\nleft=['hit']",
     "rule 'a' (measures_le) has missing or unknown keys: ['right']"),
    (b"[[rule]]\nid=5", "rule 'number 1': id must be text, not 5"),
    (b"[[rule]]\nid='a'\nshape=['x']", "rule 'a': shape must be text, not ['x']"),
    (b"\xff\xfe\x00 not text", "not a rules file (not UTF-8 text)"),
    (b"a = " + b"[" * 5000 + b"]" * 5000, "not a rules file (nested too deeply)"),
])
def test_a_malformed_rules_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                                          message: str) -> None:
    figures = write_figures(tmp_path / "f.csv", [figure_row()])
    rules = tmp_path / "rules.toml"
    rules.write_bytes(content)
    assert cli(capsys, "check", str(figures), "--rules", str(rules)) == (
        2, "", f"attack-stats: error: {rules}: {message}\n")


def test_a_missing_rules_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = write_figures(tmp_path / "f.csv", [figure_row()])
    assert cli(capsys, "check", str(figures), "--rules", str(tmp_path)) == (
        2, "", f"attack-stats: error: {tmp_path}: Is a directory\n")


GOOD_FACT = {"weapon": "drone", "measure": "launched", "value": 12, "qualifier": "exact", "attacker": "russia",
             "model": ""}


@pytest.mark.parametrize(("content", "message"), [
    (b"\xff\xfe not utf-8", ":1: not UTF-8 (byte 0xff)"),
    (b'{"id": "a", "text": "x", "facts": []}\n{"id": ', ":2: not a labelled document (Expecting value)"),
    (b'{"id": "a", "text": "x"}', ":1: not a labelled document (no facts)"),
    (b'{"id": "a", "text": "x", "facts": [5]}', ":1: not a labelled document (a fact is not a JSON object: 5)"),
    (json.dumps({"id": "a", "text": "x", "facts": [{**GOOD_FACT, "value": "many"}]}).encode(),
     ":1: not a labelled document (fact value is not a whole number >= 0: 'many')"),
    (json.dumps({"id": "a", "text": "x", "facts": [{**GOOD_FACT, "weapon": None}]}).encode(),
     ":1: not a labelled document (fact weapon is not text: None)"),
    (json.dumps({"id": "a", "text": "x", "facts": [{k: v for k, v in GOOD_FACT.items() if k != "measure"}]}).encode(),
     ":1: not a labelled document (no fact key 'measure')"),
    (b"[" * 100_000 + b"]" * 100_000, ":1: not a labelled document (JSON nested too deeply)"),
    (b"[1, 2]", ":1: not a labelled document (list indices must be integers or slices, not str)"),
])
def test_a_malformed_gold_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes,
                                         message: str) -> None:
    predicted = write_figures(tmp_path / "pred.csv", [figure_row(doc_id="a")])
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    assert cli(capsys, "score", str(predicted), str(gold)) == (2, "", f"attack-stats: error: {gold}{message}\n")


def test_score_reads_predictions_from_standard_input_and_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": REPORT, "facts": [GOOD_FACT]}) + "\n", encoding="utf-8")
    predicted = write_figures(tmp_path / "pred.csv", [figure_row(doc_id="a", value=12), figure_row(doc_id="a")])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(predicted.read_bytes())))
    code, out, err = cli(capsys, "score", "-", str(gold), "--format", "json")
    data = json.loads(out)
    assert (code, err) == (0, "")
    assert data["scores"][-1] == {"measure": "all", "gold": 1, "predicted": 2, "correct": 1, "precision": 0.5,
                                  "recall": 1.0, "f1": 0.6667}
    assert data["spurious"] == [{"doc_id": "a", "fact": "launched 10 drone"}]
    code, out, _ = cli(capsys, "score", str(predicted), str(gold))
    assert out.splitlines()[-1] == "0 misses, 1 spurious figures (-v lists them)"
    code, out, _ = cli(capsys, "score", str(predicted), str(gold), "-v")
    assert out.splitlines()[-1] == "SPURIOUS a: launched 10 drone"


def test_a_predictions_table_that_fails_the_schema_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                             ) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": REPORT, "facts": [GOOD_FACT]}) + "\n", encoding="utf-8")
    predicted = write_figures(tmp_path / "pred.csv", [figure_row(doc_id="a", value="many")])
    assert cli(capsys, "score", str(predicted), str(gold)) == (
        2, "", f"attack-stats: error: {predicted} fails the schema (1 failures; first: row 0 (line 2) column value: "
               "'many' fails integer)\n")


# -- values ------------------------------------------------------------------------------------------------

def test_values_beyond_a_billion_are_reported_never_wrapped(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                            ) -> None:
    path = write_figures(tmp_path / "f.csv", [figure_row(value=12), figure_row(value=5_000_000_000),
                                              figure_row(value="1234567890123456789012345"),
                                              figure_row(value="1" + ",000" * 1500)])
    code, out, _ = cli(capsys, "check", str(path))
    assert code == 1
    assert out.splitlines()[:4] == [
        "0 passed, 0 failed, 0 warnings, 3 schema failures",
        "FAIL schema row 1 (line 3) column value: '5000000000' fails less_than_or_equal_to(1000000000)",
        "FAIL schema row 2 (line 4) column value: '1234567890123456789012345' fails less_than_or_equal_to(1000000000)",
        "FAIL schema row 3 (line 5) column value: '" + "1" + ",000" * 1500 + "' fails integer"]


def test_a_run_reports_a_huge_figure_and_counts_only_what_it_wrote(texts: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    real = rows.extract_text

    def huge(text: str, **options: object) -> list[object]:
        figures = real(text, **options)  # type: ignore[arg-type]
        if text.startswith("Russia"):
            figures[0].value = 10**24
        return figures

    monkeypatch.setattr(rows, "extract_text", huge)
    code, out, _ = cli(capsys, "run", str(texts), "-o", str(tmp_path / "out"))
    assert code == 1
    assert out.splitlines()[2] == ("FAIL schema row 0 (line 2) [a.txt] column value: '1000000000000000000000000' fails "
                                   "less_than_or_equal_to(1000000000)")
    documents = read_csv(tmp_path / "out" / "documents.csv")
    figures = read_csv(tmp_path / "out" / "figures.csv")
    assert documents[["doc_id", "figures"]].values.tolist() == [["a.txt", "1"], ["b.txt", "2"]]
    assert figures["doc_id"].tolist() == ["a.txt", "b.txt", "b.txt"]
    assert not (figures["value"].astype(int) < 0).any()


# -- output paths --------------------------------------------------------------------------------------------

@pytest.fixture
def inside(tmp_path: Path, texts: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "file.txt").write_text("x", encoding="utf-8")
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "thesis.docx").write_bytes(b"PK")
    (tmp_path / "odd" / "figures.csv").mkdir(parents=True)  # an output's name, but a folder
    return tmp_path


LONG = "n" * 300
DEEP = "/".join(["d" * 250] * 20)

RUN_OUTPUTS = [
    ("file.txt", "cannot use file.txt as the output folder: it is a regular file"),
    ("file.txt/out", "cannot use file.txt/out as the output folder: a part of its path is a file"),
    ("/dev/null", "cannot use /dev/null as the output folder: it is a character device"),
    ("in", "cannot write the outputs into in: it holds the input in (choose another output folder)"),
    ("foreign", "cannot use foreign as the output folder: it holds thesis.docx, which attack-stats did not write (the "
                "whole folder is replaced by each run; choose a new or empty folder)"),
    ("odd", "cannot use odd as the output folder: it holds figures.csv/, which attack-stats did not write (the "
            "whole folder is replaced by each run; choose a new or empty folder)"),
    ("", "the output path is empty"),
    ("/", "cannot use / as the output folder: it is the root folder"),
    (".", "cannot write the outputs into .: it holds the input in (choose another output folder)"),
    (LONG, f"cannot use the output folder {shown(LONG)}: File name too long"),
    (DEEP, f"cannot use the output folder {shown(DEEP)}: File name too long"),
    ("-", "run writes a folder of outputs, not one stream: give -o a folder (extract -o - writes the figures to "
          "standard output)"),
]


def test_images_inside_the_output_folder_are_refused(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "run", "in", "-o", "out", "--images", "out/charts") == (
        2, "", "attack-stats: error: --images out/charts is inside the output folder out, which each run replaces as "
               "a whole: give the images a folder of their own\n")
    assert not (inside / "out").exists()


@pytest.mark.parametrize(("target", "message"), RUN_OUTPUTS, ids=[t[:20] or "empty" for t, _ in RUN_OUTPUTS])
def test_a_bad_output_folder_is_exit_2_and_touches_nothing(inside: Path, capsys: pytest.CaptureFixture[str],
                                                           target: str, message: str) -> None:
    before = {p: p.read_bytes() for p in inside.rglob("*") if p.is_file()}
    code, _, err = cli(capsys, "run", "in", "-o", target)
    assert code == 2
    assert err == f"attack-stats: error: {message}\n"
    assert {p: p.read_bytes() for p in inside.rglob("*") if p.is_file()} == before
    assert leftovers(inside) == []


EXTRACT_OUTPUTS = [
    (["-o", "in"], "cannot write in: it is a folder, not a file"),
    (["-o", "/dev/null"], "cannot write /dev/null: it is a character device, not a file (use -o - for standard "
                          "output)"),
    (["-o", "in/a.txt"], "cannot write in/a.txt: it is the input in/a.txt"),
    (["-o", "file.txt/f.csv"], "cannot create the folder file.txt: a file of that name is in the way"),
    (["-o", LONG + ".csv"], f"cannot write {shown(LONG + '.csv')}: File name too long"),
    (["-o", "f.csv", "--documents", "f.csv"], "--documents and -o name the same file: f.csv"),
    (["-o", "-", "--documents", "-"], "only one output can go to standard output: give -o or --documents a file"),
    (["-o", ""], "the output path is empty"),
]


@pytest.mark.parametrize(("options", "message"), EXTRACT_OUTPUTS, ids=[" ".join(o)[:25] for o, _ in EXTRACT_OUTPUTS])
def test_a_bad_output_file_is_exit_2(inside: Path, capsys: pytest.CaptureFixture[str], options: list[str],
                                     message: str) -> None:
    code, _, err = cli(capsys, "extract", "in/a.txt", *options)
    assert (code, err) == (2, f"attack-stats: error: {message}\n")
    assert Path("/dev/null").is_char_device()
    assert (inside / "in" / "a.txt").read_text(encoding="utf-8") == REPORT
    assert leftovers(inside) == leftovers(inside / "in") == []


def test_chart_and_import_refuse_a_device_too(inside: Path, capsys: pytest.CaptureFixture[str]) -> None:
    figures = write_figures(inside / "f.csv", [figure_row()])
    assert cli(capsys, "chart", str(figures), "-o", "/dev/zero")[2] == (
        "attack-stats: error: cannot write /dev/zero: it is a character device, not a file (use -o - for standard "
        "output)\n")
    sample = Path(__file__).parent / "data" / "missile_attacks_sample.csv"
    assert cli(capsys, "import", str(sample), "--from", "massive-missile-attacks", "-o", "/dev/zero")[0] == 2


def test_a_second_run_into_a_folder_being_written_is_exit_2(texts: Path, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    lock = tmp_path / ".out.attack-stats.lock"
    with open(lock, "w") as handle:  # another run holds the lock
        handle.write("4242")
        handle.flush()
        fcntl.flock(handle, fcntl.LOCK_EX)
        assert cli(capsys, "run", str(texts), "-o", str(tmp_path / "out")) == (
            2, "", f"attack-stats: error: {tmp_path / 'out'} is being written by another attack-stats run (process "
                   "4242); wait for it to finish\n")
    assert not (tmp_path / "out").exists()
    assert cli(capsys, "run", str(texts), "-o", str(tmp_path / "out"), "-q")[0] == 0  # free again


def test_an_output_folder_inside_the_input_is_not_read_back(texts: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(capsys, "run", str(texts), "-o", str(texts / "out"), "-q")[0] == 0
    assert cli(capsys, "extract", str(texts), "-o", str(texts / "figures.csv"), "-q")[0] == 0
    assert cli(capsys, "run", str(texts), "-o", str(texts / "out"), "-q")[0] == 0
    documents = read_csv(texts / "out" / "documents.csv")  # out/ is not read, figures.csv is named, not read
    assert documents[["doc_id", "status", "reason"]].values.tolist() == [
        ["a.txt", "ok", ""], ["b.txt", "ok", ""],
        ["figures.csv", "skipped", "a figures table (an output of attack-stats), not text"]]


def test_a_folder_written_by_an_older_version_is_replaced(texts: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("figures.csv", "checks.csv", "documents.csv", "report.html"):
        (out / name).write_text("old", encoding="utf-8")
    assert cli(capsys, "run", str(texts), "-o", str(out), "-q")[0] == 0
    assert sorted(p.name for p in out.iterdir()) == [".attack-stats-output.json", "checks.csv", "datapackage.json",
                                                     "documents.csv", "figures.csv", "report.html"]


# -- full and read-only disks ----------------------------------------------------------------------------------

@contextlib.contextmanager
def mounted(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.decode().strip() or done.returncode})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.mark.skipif(shutil.which("mount") is None or os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_full_disk_leaves_the_previous_outputs(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                 ) -> None:
    with mounted(tmp_path / "disk", "size=6m") as disk:
        assert cli(capsys, "run", str(texts), "-o", str(disk / "out"), "-q")[0] == 0
        before = snapshot(disk / "out")
        outputs = sum(p.stat().st_size for p in (disk / "out").iterdir())
        stats = os.statvfs(disk)
        free = stats.f_bavail * stats.f_frsize
        (disk / "filler").write_bytes(b"x" * max(0, free - outputs // 2))  # room for less than a second set
        code, out, err = cli(capsys, "run", str(texts), "-o", str(disk / "out"), "-q")
        assert (code, out) == (2, "")
        assert re.fullmatch(rf"attack-stats: error: cannot write {disk}/out/[a-z]+\.[a-z]+: No space left on device\n",
                            err)
        assert snapshot(disk / "out") == before
        assert leftovers(disk) == []


@pytest.mark.skipif(shutil.which("mount") is None or os.geteuid() != 0, reason="mounting a tmpfs needs root")
def test_a_read_only_disk_is_exit_2(texts: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with mounted(tmp_path / "disk", "ro,size=1m") as disk:
        assert cli(capsys, "run", str(texts), "-o", str(disk / "out"), "-q") == (
            2, "", f"attack-stats: error: cannot write into {disk}: the file system is read-only\n")
        assert cli(capsys, "extract", str(texts), "-o", str(disk / "f.csv"), "-q") == (
            2, "", f"attack-stats: error: cannot write {disk}/f.csv: the file system is read-only\n")


def test_a_file_size_limit_is_exit_2(texts: Path, tmp_path: Path) -> None:
    """The system refuses to let a file grow (ulimit -f): the same path as a full disk, on any machine."""
    done = shell("trap '' XFSZ; ulimit -f 64; attack-stats run in -o out -q", tmp_path)
    assert done.returncode == 2
    assert re.fullmatch(r"attack-stats: error: cannot write out/report\.html: File too large\n", done.stderr)
    assert not (tmp_path / "out").exists()
    assert leftovers(tmp_path) == []


# -- what the system will not let us read -------------------------------------------------------------------

def _without_permission_override() -> list[str]:
    """A command prefix under which permissions apply: root keeps them only without its override powers."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("root reads everything, and setpriv (to drop that power) is not installed")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def test_unreadable_folders_and_files_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    (folder / "a.txt").write_text(REPORT, encoding="utf-8")
    (folder / "locked" / "b.txt").write_text(REPORT, encoding="utf-8")
    (folder / "secret.txt").write_text(REPORT, encoding="utf-8")
    (folder / "locked").chmod(0)
    (folder / "secret.txt").chmod(0)
    try:
        done = subprocess.run([*_without_permission_override(), CLI, "extract", str(folder), "-o",
                               str(tmp_path / "f.csv"), "--documents", str(tmp_path / "d.csv"), "-q"],
                              capture_output=True, text=True, timeout=120)
    finally:
        (folder / "locked").chmod(0o755)
        (folder / "secret.txt").chmod(0o644)
    assert (done.returncode, done.stderr) == (0, "")
    assert read_csv(tmp_path / "d.csv")[["doc_id", "status", "reason"]].values.tolist() == [
        ["a.txt", "ok", ""], ["locked/", "error", "cannot read folder: Permission denied"],
        ["secret.txt", "error", "cannot read: Permission denied"]]
