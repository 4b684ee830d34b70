"""Hypothesis drives the real CLI with generated folders of files (any names, any bytes, every format, links,
loops and pipes), standard input, output paths and command lines. Whatever it makes: no traceback, an exit
code of the contract, and every input named in documents.csv with unique ids."""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stats.cli import main
from stats.csvio import read_csv

PIECES = ["Russia launched", " 537 ", " 12 ", "drones", "missiles", "shot down", " were jammed", ". ", "\n",
          "Збито", " 76 ", "БпЛА", "сбиты", "ракет", "Shahed-", "=", '"', ",", "\t", "\x00", "\ufeff", "\u2028"]
TEXT = st.one_of(st.lists(st.sampled_from(PIECES), max_size=30).map("".join), st.text(max_size=200))
NAME_CHARS = st.characters(blacklist_categories=["Cs"], blacklist_characters="/\x00")
NAME = st.one_of(
    st.text(NAME_CHARS, min_size=1, max_size=12).filter(lambda n: n not in (".", "..")),
    st.binary(min_size=1, max_size=8).filter(lambda b: b"/" not in b and b"\x00" not in b and b not in (b".", b"..")),
)
SUFFIX = st.sampled_from([".txt", ".md", ".html", ".jsonl", ".csv", ".json", "", ".docx"])


def _json_line(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["good", "bad", "deep", "array", "number-text", "no-text"]))
    text = draw(TEXT)
    return {"good": json.dumps({"id": draw(st.text(max_size=5)), "text": text, "date": "2025-06-03"}),
            "bad": "{" + text, "deep": '{"text": "x", "d": ' + "[" * 3000 + "]" * 3000 + "}",
            "array": json.dumps([text]), "number-text": '{"text": 5}', "no-text": '{"id": "x"}'}[kind]


@st.composite
def contents(draw: st.DrawFn, suffix: str) -> bytes:
    if draw(st.booleans()) and draw(st.booleans()):
        return draw(st.binary(max_size=300))
    if suffix == ".jsonl":
        return "\n".join(_json_line(draw) for _ in range(draw(st.integers(0, 5)))).encode()
    if suffix == ".csv":
        rows = [["id", "text"], *[[draw(st.text(max_size=4)), draw(TEXT)] for _ in range(draw(st.integers(0, 4)))]]
        out = io.StringIO()
        import csv

        csv.writer(out).writerows(rows)
        return out.getvalue().encode("utf-8", "surrogatepass")
    if suffix == ".json":
        messages = [{"id": i, "type": draw(st.sampled_from(["message", "service"])), "text": draw(TEXT)}
                    for i in range(draw(st.integers(0, 3)))]
        return json.dumps({"messages": messages}).encode()
    if suffix == ".html":
        return f"<html><body><p>{draw(TEXT)}</p>{'<div>' * draw(st.integers(0, 300))}</body></html>".encode(
            "utf-8", "surrogatepass")
    encoding = draw(st.sampled_from(["utf-8", "cp1251", "utf-16"]))
    return draw(TEXT).encode(encoding, "replace")


@st.composite
def trees(draw: st.DrawFn) -> list[tuple[list[str | bytes], str, bytes]]:
    """Entries of a folder: (path parts, kind, content)."""
    entries = []
    for _ in range(draw(st.integers(1, 8))):
        parts: list[str | bytes] = draw(st.lists(NAME, min_size=1, max_size=3))
        kind = draw(st.sampled_from(["file"] * 6 + ["dangling", "loop", "fifo", "dirlink", "hidden"]))
        suffix = draw(SUFFIX)
        last = parts[-1]
        parts[-1] = (last + suffix) if isinstance(last, str) else last + suffix.encode()
        if kind == "hidden":
            parts[-1] = ("." + parts[-1]) if isinstance(parts[-1], str) else b"." + parts[-1]
        entries.append((parts, kind, draw(contents(suffix)) if kind in ("file", "hidden") else b""))
    return entries


def build(root: bytes, entries: list[tuple[list[str | bytes], str, bytes]]) -> list[bytes]:
    """Make the entries under root; the leaves made (paths as bytes), hidden ones left out."""
    leaves: list[bytes] = []
    for parts, kind, data in entries:
        names = [os.fsencode(p) if isinstance(p, str) else p for p in parts]
        path = os.path.join(root, *names)
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if os.path.lexists(path):
                continue
            if kind in ("file", "hidden"):
                with open(path, "wb") as handle:
                    handle.write(data)
            elif kind == "dangling":
                os.symlink(b"/nonexistent/target", path)
            elif kind == "loop":
                os.symlink(os.path.basename(path), path)
            elif kind == "fifo":
                os.mkfifo(path)
            else:
                os.symlink(root, path, target_is_directory=True)
        except (FileExistsError, NotADirectoryError, OSError):
            continue  # a name generated twice, or a file where a folder was wanted: not made
        # an entry made through a link to a folder (a "dirlink" generated before it) is where the link leads
        where = os.path.relpath(os.path.realpath(os.path.dirname(path)), os.path.realpath(root))
        path = os.path.normpath(os.path.join(root, where, os.path.basename(path)))
        relative = os.path.relpath(path, root)
        if not any(part.startswith(b".") for part in relative.split(b"/")) and path not in leaves:
            leaves.append(path)
    return leaves


def _fresh(tmp_path: Path) -> Path:
    return Path(tempfile.mkdtemp(dir=tmp_path))


def _printable(path: bytes) -> str:
    return path.decode("utf-8", "backslashreplace")


# FUZZ_EXAMPLES=2000 for a longer hunt (the suite's 60 take a few seconds)
@settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", 60)), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(trees())
def test_any_folder_is_read_with_every_entry_named(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   entries: list[tuple[list[str | bytes], str, bytes]]) -> None:
    root = _fresh(tmp_path)
    folder = os.path.join(os.fsencode(root), b"in")
    os.mkdir(folder)
    leaves = build(folder, entries)
    code = main(["extract", os.fsdecode(folder), "-o", str(root / "f.csv"), "--documents", str(root / "d.csv"), "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 2:
        assert err.count("\n") == 1
        assert err.startswith(("attack-stats: error: no readable files", "attack-stats: error: no text in the input"))
        return
    assert (code, err) == (0, "")
    documents = read_csv(root / "d.csv")
    figures = read_csv(root / "f.csv")
    assert documents["doc_id"].is_unique
    sources = list(documents["source"])
    for leaf in leaves:
        shown = _printable(leaf)
        assert any(s == shown or s.startswith((shown + ":", shown + "#")) for s in sources), (shown, sources)
    counts = figures["doc_id"].value_counts()
    assert [int(counts.get(d, 0)) for d in documents["doc_id"]] == [int(n) for n in documents["figures"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.binary(max_size=2000), TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))))
def test_any_standard_input(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                            data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    root = _fresh(tmp_path)
    code = main(["extract", "-", "-o", str(root / "f.csv"), "--documents", str(root / "d.csv"), "-q"])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 0:
        assert read_csv(root / "d.csv")["doc_id"].tolist() == ["stdin"]
    else:
        assert code == 2
        assert err.startswith(("attack-stats: error: no text in the input", "attack-stats: error: standard input is "
                               "not text"))


OUTPUT_KINDS = st.sampled_from(["new", "nested-new", "existing-file", "folder", "under-a-file", "device", "input",
                                "long-name", "empty", "stdout"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=OUTPUT_KINDS, name=st.text(NAME_CHARS, min_size=1, max_size=20).filter(lambda n: n not in (".", "..")))
def test_any_output_path(tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str, name: str) -> None:
    root = _fresh(tmp_path)
    source = root / "a.txt"
    source.write_text("Russia launched 12 drones.", encoding="utf-8")
    (root / "file").write_text("x", encoding="utf-8")
    target = {"new": str(root / name), "nested-new": str(root / name / name), "existing-file": str(root / "file"),
              "folder": str(root), "under-a-file": str(root / "file" / name), "device": "/dev/null",
              "input": str(source), "long-name": str(root / (name * 300)), "empty": "", "stdout": "-"}[kind]
    code = main(["extract", str(source), "-o", target, "-q"])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert source.read_text(encoding="utf-8") == "Russia launched 12 drones."
    assert Path("/dev/null").is_char_device()
    if code == 0:
        assert kind in ("new", "nested-new", "existing-file", "stdout", "long-name")
        assert captured.err == ""
    else:
        assert code == 2
        assert captured.err.startswith("attack-stats: error: ")
        assert captured.err.count("\n") == 1
    assert not [p for p in root.rglob("*.tmp")]


TOKENS = st.sampled_from(["extract", "check", "run", "chart", "score", "schema", "import", "-o", "-", "-q", "-v",
                          "--color", "always", "--format", "json", "jsonl", "--date", "2025-06-03", "2025-02-30",
                          "--jobs", "0", "2", "--engine", "spark", "--max-size", "x", "--strict", "--from",
                          "--period", "week", "--text-field", "", "--rules", "nowhere.toml", "--debug", "table"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(TOKENS, max_size=7))
def test_any_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                          argv: list[str]) -> None:
    monkeypatch.chdir(_fresh(tmp_path))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Russia launched 12 drones.")))
    try:
        code = main(argv)
    except SystemExit as stop:  # argparse: --help, --version (0) or a usage error (2)
        code = stop.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert code in (0, 1, 2)
