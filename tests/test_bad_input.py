"""Bad input gets a clear one-line error and exit code 2, or a manifest row with the reason; nothing is lost."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pandas as pd
import pytest

from stats.cli import main


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str], stdin: bytes | None = None,
            monkeypatch: pytest.MonkeyPatch | None = None) -> tuple[int, str, str]:
    if stdin is not None and monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(args)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def test_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["extract", str(tmp_path / "nowhere")], capsys)
    assert (code, err) == (2, f"attack-stats: error: no such file or folder: {tmp_path / 'nowhere'}\n")


def test_folder_without_readable_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    code, _, err = run_cli(["run", str(tmp_path), "-o", str(tmp_path / "out")], capsys)
    assert code == 2
    assert err == (f"attack-stats: error: no readable files (.txt, .md, .html, .htm, .jsonl, .csv, .json) "
                   f"in folder: {tmp_path}\n")
    assert not (tmp_path / "out" / "figures.csv").exists()


def test_input_csv_with_wrong_columns_names_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "posts.csv"
    path.write_text("title,body\nNight,Russia launched 5 drones.\n", encoding="utf-8")
    code, _, err = run_cli(["extract", str(path)], capsys)
    assert (code, err) == (2, f"attack-stats: error: {path}: no column 'text' (columns: title, body); "
                              "name the text column with --text-field\n")


def test_figures_csv_with_wrong_columns_names_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "figures.csv"
    path.write_text("doc_id,weapon,value,colour\na,drone,5,red\n", encoding="utf-8")
    code, _, err = run_cli(["check", str(path)], capsys)
    assert code == 2
    assert err.startswith(f"attack-stats: error: {path} is not a figures table: missing column(s): event, date,")
    assert err.endswith("; unexpected column(s): colour\n")


def test_empty_standard_input(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    code, _, err = run_cli(["extract", "-"], capsys, stdin=b"", monkeypatch=monkeypatch)
    assert (code, err) == (2, "attack-stats: error: no text in the input (standard input is empty)\n")


def test_only_an_empty_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run_cli(["run", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out")], capsys)
    assert (code, err) == (2, "attack-stats: error: no text in the input\n")


def test_an_empty_file_among_others_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Russia launched 9 drones.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    code, _, _ = run_cli(["run", str(tmp_path), "-o", str(tmp_path / "out"), "-q"], capsys)
    manifest = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert code == 0
    assert manifest[["doc_id", "status", "reason", "figures"]].to_dict("records") == [
        {"doc_id": "a.txt", "status": "ok", "reason": "", "figures": 1},
        {"doc_id": "b.txt", "status": "no_figures", "reason": "empty document", "figures": 0},
    ]


def test_binary_file_is_an_error_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Russia launched 9 drones.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(bytes(range(256)))
    code, _, _ = run_cli(["run", str(tmp_path), "-o", str(tmp_path / "out"), "-q"], capsys)
    manifest = pd.read_csv(tmp_path / "out" / "documents.csv", keep_default_na=False)
    assert code == 0
    assert manifest[["doc_id", "status", "reason"]].to_dict("records") == [
        {"doc_id": "a.txt", "status": "ok", "reason": ""},
        {"doc_id": "b.txt", "status": "error", "reason": "binary file (contains NUL bytes)"},
    ]


def test_unknown_engine_option_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", str(tmp_path), "--engine", "spark"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'spark'" in capsys.readouterr().err
