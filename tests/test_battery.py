"""A battery of bad inputs, through the real CLI: every input is named in documents.csv (with the reason when
it cannot be read), or the run stops with exit code 2 and one line saying what and where; never a traceback.

Each case builds its input in a fresh folder and gives the arguments of `attack-stats extract` (fast: no
report); `documents` are the rows of documents.csv expected, as (doc_id, status, reason) with the reason a
regular expression that must match the whole reason.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import socket
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from stats.cli import main
from stats.csvio import read_csv

REPORT = "Russia launched 12 drones overnight."
UK = "Противник атакував 93 ударними БпЛА типу Shahed. Збито 76 ворожих безпілотників."
RU = "Дежурными средствами ПВО перехвачены и уничтожены 41 украинский беспилотный летательный аппарат."
Rows = tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Case:
    id: str
    make: Callable[[Path], list[str]]  # builds the input under the folder; the paths to give extract
    documents: Rows | None = None  # documents.csv, when extract is to succeed
    error: str = ""  # else the one line on standard error (a regular expression, after "attack-stats: error: ")
    stdin: bytes | None = None
    options: tuple[str, ...] = ()


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def folder(files: dict[str, str | bytes]) -> Callable[[Path], list[str]]:
    """An input folder `in` holding the files (name -> content)."""
    def make(root: Path) -> list[str]:
        for name, data in files.items():
            write(root / "in" / name, data)
        (root / "in").mkdir(exist_ok=True)
        return [str(root / "in")]
    return make


def one(name: str, data: str | bytes) -> Callable[[Path], list[str]]:
    """One file given directly."""
    def make(root: Path) -> list[str]:
        return [str(write(root / name, data))]
    return make


def jsonl(*lines: object) -> str:
    return "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines) + "\n"


def csv_text(*rows: list[str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


def deep_json(levels: int) -> str:
    return "[" * levels + "]" * levels


def with_links(make_links: Callable[[Path], None], files: dict[str, str] | None = None) -> Callable[[Path], list[str]]:
    def make(root: Path) -> list[str]:
        folder({"ok.txt": REPORT, **(files or {})})(root)
        make_links(root / "in")
        return [str(root / "in")]
    return make


def fifo(where: Path) -> None:
    os.mkfifo(where / "pipe.txt")


def unix_socket(where: Path) -> None:
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(where / "sock.txt"))
    sock.close()


def bytes_name(where: Path) -> None:
    os.mkdir(os.fsencode(where) + b"/d\xe9j\xe0")
    with open(os.fsencode(where) + b"/d\xe9j\xe0/caf\xe9.txt", "wb") as handle:
        handle.write(REPORT.encode())


def folder_chain(where: Path, name: str, levels: int, file_name: str) -> None:
    """`levels` folders called `name`, each inside the last, with a report `file_name` at the bottom (made
    relative to each folder, so a chain longer than PATH_MAX can be built)."""
    fd = os.open(where, os.O_RDONLY)
    try:
        for _ in range(levels):
            os.mkdir(name, dir_fd=fd)
            child = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = child
        out = os.open(file_name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(out, REPORT.encode())
        os.close(out)
    finally:
        os.close(fd)


def long_path(where: Path) -> None:
    """A file whose path is longer than the system allows a path to be (PATH_MAX, 4096 on Linux)."""
    folder_chain(where, "d" * 250, 20, "a.txt")


def remove_deep(path: Path) -> None:
    """shutil.rmtree recurses once per level: give it room for a tree 1,000 folders deep."""
    import shutil

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 20_000))
    try:
        shutil.rmtree(path, ignore_errors=True)
    finally:
        sys.setrecursionlimit(limit)


def nested(levels: int) -> Callable[[Path], None]:
    def make(where: Path) -> None:
        folder_chain(where, "n", levels, "deep.txt")
    return make


def two_folders(root: Path) -> list[str]:
    write(root / "x" / "a.txt", REPORT)
    write(root / "y" / "a.txt", "Russia launched 5 missiles.")
    return [str(root / "x"), str(root / "y")]


def two_csvs(root: Path) -> list[str]:
    write(root / "in" / "p.csv", csv_text(["id", "text"], ["1", REPORT]))
    write(root / "in" / "q.csv", csv_text(["id", "text"], ["1", "Russia launched 5 missiles."]))
    return [str(root / "in")]


def same_twice(root: Path) -> list[str]:
    path = write(root / "a.txt", REPORT)
    return [str(path), str(root / "." / "a.txt")]


def pipe_given(root: Path) -> list[str]:
    read, written = os.pipe()
    os.write(written, REPORT.encode())
    os.close(written)
    return [f"/dev/fd/{read}"]


def output_inside(root: Path) -> list[str]:
    write(root / "in" / "a.txt", REPORT)
    assert main(["extract", str(root / "in"), "-o", str(root / "in" / "figures.csv"), "-q"]) == 0
    return [str(root / "in")]


def MB(n: float) -> int:  # a unit, named as one
    return int(n * 2**20)


CASES = [
    # -- plain text and its encodings ---------------------------------------------------------------------
    Case("text", one("a.txt", REPORT), (("a.txt", "ok", ""),)),
    Case("markdown", one("a.md", "# Night\n\n" + REPORT), (("a.md", "ok", ""),)),
    Case("no-suffix-given-directly", one("report", REPORT), (("report", "ok", ""),)),
    Case("empty-among-others", folder({"a.txt": REPORT, "b.txt": ""}),
         (("a.txt", "ok", ""), ("b.txt", "no_figures", "empty document"))),
    Case("blank-among-others", folder({"a.txt": REPORT, "b.txt": " \n\t\n"}),
         (("a.txt", "ok", ""), ("b.txt", "no_figures", "empty document"))),
    Case("no-figures", folder({"a.txt": REPORT, "b.txt": "The weather was fine on 3 June 2025."}),
         (("a.txt", "ok", ""), ("b.txt", "no_figures", "no attack figures found"))),
    Case("binary-with-nul", folder({"a.txt": REPORT, "b.txt": b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256))}),
         (("a.txt", "ok", ""), ("b.txt", "error", r"binary file \(contains NUL bytes\)"))),
    Case("undecodable-noise", folder({"a.txt": REPORT, "b.txt": bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d]) * 40}),
         (("a.txt", "ok", ""), ("b.txt", "error", r"undecodable \(not text in any known encoding\)"))),
    Case("cp1251", one("uk.txt", UK.encode("cp1251")), (("uk.txt", "ok", ""),)),
    Case("koi8-r", one("ru.txt", RU.encode("koi8_r")), (("ru.txt", "ok", ""),)),
    Case("utf-16-bom", one("uk.txt", b"\xff\xfe" + UK.encode("utf-16-le")), (("uk.txt", "ok", ""),)),
    Case("utf-16-no-bom", folder({"a.txt": REPORT, "b.txt": UK.encode("utf-16-le")}),
         (("a.txt", "ok", ""), ("b.txt", "error", r"binary file \(contains NUL bytes\)"))),
    Case("utf-8-bom", one("a.txt", b"\xef\xbb\xbf" + REPORT.encode()), (("a.txt", "ok", ""),)),
    Case("too-large", folder({"a.txt": REPORT, "big.txt": "x" * MB(1.5)}),
         (("a.txt", "ok", ""), ("big.txt", "error", r"too large to read \(2 MB; the limit is 1 MB\)")),
         options=("--max-size", "1")),
    Case("one-long-line", one("line.txt", "drones shot down 12 missiles launched " * 27_000),  # over 1 M characters
         (("line.txt", "ok", ""),)),
    # -- HTML -------------------------------------------------------------------------------------------
    Case("html", one("a.html", f"<html><script>var n = 999;</script><p>{REPORT}</p></html>"), (("a.html", "ok", ""),)),
    Case("html-nested-deep", folder({"a.txt": REPORT, "deep.html": "<div>" * 20_000 + REPORT + "</div>" * 20_000}),
         (("a.txt", "ok", ""), ("deep.html", "ok", ""))),
    Case("html-many-tags", one("a.html", "<p>" + "<b>x</b> " * 100_000 + REPORT + "</p>"), (("a.html", "ok", ""),)),
    Case("html-empty", folder({"a.txt": REPORT, "b.htm": "   "}),
         (("a.txt", "ok", ""), ("b.htm", "no_figures", "empty document"))),
    Case("xhtml-declaration", one("x.html", f'<?xml version="1.0" encoding="utf-8"?><html><p>{REPORT}</p></html>'),
         (("x.html", "ok", ""),)),
    # -- JSON Lines -------------------------------------------------------------------------------------
    Case("jsonl-mixed", one("f.jsonl", jsonl({"id": "a", "text": REPORT}, "{not json", {"id": "c", "body": "x"},
                                             [1, 2], {"text": 5}, {"text": REPORT})),
         (("a", "ok", ""), ("f.jsonl:2", "error", "not JSON: .*"), ("c", "error", "no text in field 'text'"),
          ("f.jsonl:4", "error", "not a JSON object"), ("f.jsonl:5", "error", "field 'text' is not text"),
          ("f.jsonl:6", "ok", ""))),
    Case("jsonl-stray-byte", one("f.jsonl", jsonl({"id": "a", "text": REPORT}).encode()
                                 + b'{"id": "b", "text": "Russia launched 8 drones \xff."}\n'
                                 + jsonl({"id": "c", "text": REPORT}).encode()),
         (("a", "ok", ""), ("b", "ok", ""), ("c", "ok", ""))),
    Case("jsonl-deep-unused-field", one("f.jsonl", '{"id": "a", "text": "' + REPORT + '", "x": '
                                        + deep_json(500) + "}\n"), (("a", "ok", ""),)),
    Case("jsonl-nested-too-deep", one("f.jsonl", jsonl({"id": "a", "text": REPORT}) + '{"x": ' + deep_json(100_000)
                                      + "}\n" + jsonl({"id": "c", "text": REPORT})),
         (("a", "ok", ""), ("f.jsonl:2", "error", "not readable: JSON nested too deeply"), ("c", "ok", ""))),
    Case("jsonl-line-too-long", one("f.jsonl", jsonl({"id": "a", "text": "x" * MB(1.2)}, {"id": "b", "text": REPORT})),
         (("f.jsonl:1", "error", r"too large to read \(a line over 1 MB\)"), ("b", "ok", "")),
         options=("--max-size", "1")),
    Case("jsonl-empty", folder({"a.txt": REPORT, "f.jsonl": ""}),
         (("a.txt", "ok", ""), ("f.jsonl", "no_figures", "empty document"))),
    Case("jsonl-utf16", one("f.jsonl", b"\xff\xfe" + jsonl({"id": "a", "text": UK}).encode("utf-16-le")),
         (("a", "ok", ""),)),
    Case("jsonl-line-separator", one("f.jsonl", jsonl({"id": "a", "text": REPORT + "\u2028" + REPORT})),
         (("a", "ok", ""),)),
    Case("jsonl-lone-surrogates", one("f.jsonl", '{"id": "a\\ud800", "text": "' + REPORT + '\\udc00"}\n'),
         (("a\ufffd", "ok", ""),)),
    Case("jsonl-odd-ids", one("f.jsonl", jsonl({"id": 7, "text": REPORT}, {"id": {"a": 1}, "text": REPORT},
                                               {"id": "", "text": REPORT})),
         (("7", "ok", ""), ("f.jsonl:2", "ok", ""), ("f.jsonl:3", "ok", ""))),
    Case("jsonl-cp1251-lines", one("f.jsonl", jsonl({"id": "a", "text": UK}).encode("cp1251")), (("a", "ok", ""),)),
    Case("jsonl-crlf", one("f.jsonl", jsonl({"id": "a", "text": REPORT}).replace("\n", "\r\n")), (("a", "ok", ""),)),
    Case("jsonl-binary", folder({"a.txt": REPORT, "f.jsonl": b"\x00\x01\x02" * 10}),
         (("a.txt", "ok", ""), ("f.jsonl", "error", r"binary file \(contains NUL bytes\)"))),
    Case("jsonl-duplicate-ids", one("f.jsonl", jsonl({"id": "a", "text": REPORT}, {"id": "a", "text": REPORT})),
         (("a", "ok", ""), ("{root}/f.jsonl:2", "ok", ""))),
    # -- CSV --------------------------------------------------------------------------------------------
    Case("csv-field-over-128kb", one("p.csv", csv_text(["id", "text"], ["1", "x" * 200_000], ["2", REPORT],
                                                       ["3", REPORT])),
         (("1", "no_figures", "no attack figures found"), ("2", "ok", ""), ("3", "ok", ""))),
    Case("csv-field-over-the-limit", one("p.csv", csv_text(["id", "text"], ["1", REPORT], ["2", "x" * MB(1.2)],
                                                           ["3", REPORT])),
         (("1", "ok", ""), ("p.csv#2", "error", "a field over 1 MB: the rest of the file is not read")),
         options=("--max-size", "1")),
    Case("csv-nul-in-record", one("p.csv", b"id,text\r\n1,Russia launched 4 drones.\r\n2,bad\x00cell\r\n3," +
                                  REPORT.encode() + b"\r\n"),
         (("1", "ok", ""), ("2", "no_figures", "no attack figures found"), ("3", "ok", ""))),
    Case("csv-missing-text-column-in-folder", folder({"a.txt": REPORT, "p.csv": "title,body\nx,y\n"}),
         (("a.txt", "ok", ""), ("p.csv", "error", r"no column 'text' \(columns: title, body\); name the text column "
                                                  "with --text-field"))),
    Case("csv-missing-text-column-alone", one("p.csv", "title,body\nx,y\n"),
         error=r".*p\.csv: no column 'text' \(columns: title, body\); name the text column with --text-field"),
    Case("csv-header-only", folder({"a.txt": REPORT, "p.csv": "id,text\r\n"}),
         (("a.txt", "ok", ""), ("p.csv", "no_figures", "empty document"))),
    Case("csv-empty-file", folder({"a.txt": REPORT, "p.csv": ""}),
         (("a.txt", "ok", ""), ("p.csv", "error", r"no column 'text' \(columns: none\).*"))),
    Case("csv-cp1251", one("p.csv", csv_text(["id", "text"], ["1", UK]).encode("cp1251")), (("1", "ok", ""),)),
    Case("csv-stray-byte", one("p.csv", b"id,text\r\n1,Russia launched 4 drones \xff.\r\n2," + REPORT.encode()
                               + b"\r\n"), (("1", "ok", ""), ("2", "ok", ""))),
    Case("csv-ragged-rows", one("p.csv", "id,text,date\n1\n2," + REPORT + "\n"),
         (("1", "error", "no text in field 'text'"), ("2", "ok", ""))),
    Case("csv-quoted-newline", one("p.csv", 'id,text\n1,"Russia launched\n12 drones."\n2,' + REPORT + "\n"),
         (("1", "ok", ""), ("2", "ok", ""))),
    Case("csv-unterminated-quote", one("p.csv", 'id,text\n1,' + REPORT + '\n2,"never closed\n'),
         (("1", "ok", ""), ("2", "no_figures", "no attack figures found"))),
    Case("csv-duplicate-ids", one("p.csv", csv_text(["id", "text"], ["1", REPORT], ["1", REPORT])),
         (("1", "ok", ""), ("{root}/p.csv#2", "ok", ""))),
    Case("csv-formula-ids", one("p.csv", csv_text(["id", "text"], ["=cmd()", REPORT], ["-1", REPORT])),
         (("=cmd()", "ok", ""), ("-1", "ok", ""))),
    # -- Telegram exports -------------------------------------------------------------------------------
    Case("telegram", one("result.json", json.dumps({"messages": [
        {"id": 1, "type": "message", "text": ["Russia launched ", {"type": "bold", "text": "12 drones"}, "."]},
        {"id": 2, "type": "service", "text": ""}, {"id": 3, "type": "message", "text": ""}, "stray"]})),
         (("result.json#1", "ok", ""), ("result.json#2", "skipped", "a service message"),
          ("result.json#3", "skipped", "a message without text"),
          ("{root}/result.json#3", "error", "a message that is no JSON object"))),
    Case("telegram-nested-too-deep", folder({"a.txt": REPORT, "result.json": '{"messages": ' + deep_json(100_000)
                                             + "}"}),
         (("a.txt", "ok", ""), ("result.json", "error", "not readable: JSON nested too deeply"))),
    Case("telegram-not-an-export", folder({"a.txt": REPORT, "x.json": '{"a": 1}'}),
         (("a.txt", "ok", ""), ("x.json", "skipped", r"a JSON file that is no Telegram Desktop export .*"))),
    Case("telegram-no-messages", folder({"a.txt": REPORT, "result.json": '{"messages": []}'}),
         (("a.txt", "ok", ""), ("result.json", "no_figures", "empty document"))),
    Case("json-broken", folder({"a.txt": REPORT, "x.json": '{"messages": [1,'}),
         (("a.txt", "ok", ""), ("x.json", "error", "not JSON: .*"))),
    Case("telegram-odd-text", one("result.json", json.dumps({"messages": [
        {"id": 1, "type": "message", "text": [{"type": "bold", "text": 5}, "Russia launched 9 drones."]}]})),
         (("result.json#1", "ok", ""),)),
    # -- folders and what is in them ------------------------------------------------------------------------
    Case("unsupported-type", folder({"a.txt": REPORT, "notes.docx": b"PK\x03\x04"}),
         (("a.txt", "ok", ""), ("notes.docx", "skipped", r"not a supported file type \(\.docx\)"))),
    Case("no-suffix-in-folder", folder({"a.txt": REPORT, "README": "x"}),
         (("README", "skipped", r"not a supported file type \(no suffix\)"), ("a.txt", "ok", ""))),
    Case("hidden-files-left-out", folder({"a.txt": REPORT, ".b.txt": REPORT, ".git/c.txt": REPORT}),
         (("a.txt", "ok", ""),)),
    Case("subfolders-in-path-order", folder({"b.txt": REPORT, "a/z.txt": REPORT, "a-b.txt": REPORT}),
         (("a/z.txt", "ok", ""), ("a-b.txt", "ok", ""), ("b.txt", "ok", ""))),
    Case("dangling-link", with_links(lambda d: (d / "gone.txt").symlink_to(d / "nowhere")),
         (("gone.txt", "error", r"a broken symbolic link \(its target does not exist\)"), ("ok.txt", "ok", ""))),
    Case("link-loop", with_links(lambda d: ((d / "l1.txt").symlink_to(d / "l2.txt"),
                                            (d / "l2.txt").symlink_to(d / "l1.txt"))),
         (("l1.txt", "error", "a symbolic link loop"), ("l2.txt", "error", "a symbolic link loop"),
          ("ok.txt", "ok", ""))),
    Case("link-to-file", with_links(lambda d: (d / "z.txt").symlink_to(d / "ok.txt")),
         (("ok.txt", "ok", ""), ("z.txt", "ok", ""))),
    Case("link-to-folder", with_links(lambda d: (d / "sub").symlink_to(d, target_is_directory=True)),
         (("ok.txt", "ok", ""), ("sub", "skipped", r"a link to a folder \(not followed\)"))),
    Case("fifo-in-folder", with_links(fifo),
         (("ok.txt", "ok", ""), ("pipe.txt", "skipped", r"not a regular file \(a named pipe\)"))),
    Case("socket-in-folder", with_links(unix_socket),
         (("ok.txt", "ok", ""), ("sock.txt", "skipped", r"not a regular file \(a socket\)"))),
    Case("non-utf8-names", with_links(bytes_name),
         (("d\\xe9j\\xe0/caf\\xe9.txt", "ok", ""), ("ok.txt", "ok", ""))),
    Case("formula-and-newline-names", folder({"=1+1.txt": REPORT, "a\nb.txt": REPORT}),
         (("=1+1.txt", "ok", ""), ("a\nb.txt", "ok", ""))),
    Case("name-of-255-bytes", folder({"n" * 251 + ".txt": REPORT}), (("n" * 251 + ".txt", "ok", ""),)),
    Case("path-longer-than-path-max", with_links(long_path),
         (("/".join(["d" * 250] * 20) + "/a.txt", "ok", ""), ("ok.txt", "ok", ""))),
    Case("folders-1000-deep", with_links(nested(1000)),
         (("n/" * 1000 + "deep.txt", "ok", ""), ("ok.txt", "ok", ""))),
    Case("no-supported-file", folder({"photo.jpg": b"\xff\xd8"}),
         error=r"no readable files \(\.txt, \.md, \.html, \.htm, \.jsonl, \.csv, \.json\) in folder: .*in"),
    Case("empty-folder", folder({}), error=r"no readable files .* in folder: .*in"),
    Case("no-text-at-all", folder({"a.txt": "", "b.txt": b"\x00\x00"}), error="no text in the input"),
    # -- paths given ----------------------------------------------------------------------------------------
    Case("missing-path", lambda root: [str(root / "nowhere")], error=r"no such file or folder: .*nowhere"),
    Case("dangling-link-given", lambda root: [(root / "l.txt").symlink_to(root / "x") or str(root / "l.txt")],
         error=r"a broken symbolic link \(its target does not exist\): .*l\.txt"),
    Case("link-loop-given", lambda root: [(root / "l.txt").symlink_to(root / "l.txt") or str(root / "l.txt")],
         error=r"a symbolic link loop: .*l\.txt"),
    Case("dev-zero-alone", lambda root: ["/dev/zero"],
         error=r"no text in the input: /dev/zero: not a regular file \(a character device\)"),
    Case("dev-zero-among-others", lambda root: ["/dev/zero", str(write(root / "a.txt", REPORT))],
         (("zero", "error", r"not a regular file \(a character device\)"), ("a.txt", "ok", ""))),
    Case("dev-null", lambda root: ["/dev/null", str(write(root / "a.txt", REPORT))],
         (("null", "error", r"not a regular file \(a character device\)"), ("a.txt", "ok", ""))),
    Case("pipe-given", pipe_given, (("{pipe}", "ok", ""),)),
    Case("same-file-twice", same_twice, (("a.txt", "ok", ""),)),
    Case("two-folders-same-names", two_folders, (("a.txt", "ok", ""), ("{root}/y/a.txt", "ok", ""))),
    Case("two-csvs-same-ids", two_csvs, (("1", "ok", ""), ("{root}/in/q.csv#1", "ok", ""))),
    # -- dates ------------------------------------------------------------------------------------------------
    Case("date-in-file-name", folder({"2025-06-03-kyiv.txt": REPORT, "kyiv_2025_06_04.md": REPORT,
                                      "2025-06-05/a.txt": REPORT, "2025-13-40.txt": REPORT}),
         (("2025-06-03-kyiv.txt", "ok", ""), ("2025-06-05/a.txt", "ok", ""), ("2025-13-40.txt", "ok", ""),
          ("kyiv_2025_06_04.md", "ok", ""))),
    Case("date-option", folder({"a.txt": REPORT, "2025-06-03.txt": REPORT}),
         (("2025-06-03.txt", "ok", ""), ("a.txt", "ok", "")), options=("--date", "2025-01-02")),
    # -- standard input ---------------------------------------------------------------------------------------
    Case("stdin-text", lambda root: ["-"], (("stdin", "ok", ""),), stdin=REPORT.encode()),
    Case("stdin-cp1251", lambda root: ["-"], (("stdin", "ok", ""),), stdin=UK.encode("cp1251")),
    Case("stdin-binary", lambda root: ["-"], error=r"standard input is not text: binary file \(contains NUL bytes\)",
         stdin=b"\x7fELF\x00\x00\x01" * 100),
    Case("stdin-empty", lambda root: ["-"], error=r"no text in the input \(standard input is empty\)", stdin=b""),
    Case("stdin-twice", lambda root: ["-", "-"], (("stdin", "ok", ""),), stdin=REPORT.encode()),
    Case("stdin-too-large", lambda root: ["-", str(write(root / "a.txt", REPORT))],
         (("stdin", "error", r"too large to read \(over 1 MB\)"), ("a.txt", "ok", "")), stdin=b"x" * MB(1.1),
         options=("--max-size", "1")),
]


def _expected(rows: Rows, root: Path) -> Rows:
    return tuple((doc_id.replace("{root}", str(root)), status, reason) for doc_id, status, reason in rows)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_input(case: Case, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
               request: pytest.FixtureRequest) -> None:
    if case.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(case.stdin)))
    if case.id == "folders-1000-deep":  # outside pytest's folders: its clean-up of old runs recurses per level
        tmp_path = Path(tempfile.mkdtemp(prefix="attack-stats-deep-"))
        request.addfinalizer(lambda: remove_deep(tmp_path))
    paths = case.make(tmp_path)
    capsys.readouterr()
    out = tmp_path / "out"
    code = main(["extract", *paths, "-o", str(out / "figures.csv"), "--documents", str(out / "documents.csv"),
                 "-q", *case.options])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if case.error:
        assert code == 2
        assert re.fullmatch(f"attack-stats: error: {case.error}\n", err, re.DOTALL), err
        assert not out.exists() or not any(out.iterdir())  # nothing written
        return
    assert (code, err) == (0, "")
    got = read_csv(out / "documents.csv")
    figures = read_csv(out / "figures.csv")
    expected = _expected(case.documents or (), tmp_path)
    if case.id == "pipe-given":
        expected = ((paths[0].rsplit("/", 1)[1], "ok", ""),)
    assert [tuple(r) for r in got[["doc_id", "status"]].itertuples(index=False)] == [r[:2] for r in expected]
    for (_, _, reason), actual in zip(expected, got["reason"], strict=True):
        assert re.fullmatch(reason, actual, re.DOTALL), (reason, actual)
    # ids are unique, and each document's figure count is its rows in figures.csv
    assert got["doc_id"].is_unique
    counts = figures["doc_id"].value_counts()
    assert [int(counts.get(d, 0)) for d in got["doc_id"]] == [int(n) for n in got["figures"]]


def test_the_battery_is_at_least_eighty_strong() -> None:
    assert len(CASES) >= 80


def test_dates_from_names_and_the_date_option(tmp_path: Path) -> None:
    folder({"2025-06-03-kyiv.txt": REPORT, "2025-06-05/a.txt": REPORT, "b.txt": REPORT,
            "f.jsonl": jsonl({"id": "r", "text": REPORT, "date": "2025-06-01T09:00"}, {"id": "s", "text": REPORT})}
           )(tmp_path)
    out = tmp_path / "figures.csv"
    assert main(["extract", str(tmp_path / "in"), "-o", str(out), "-q", "--date", "2025-01-02"]) == 0
    dates = dict(zip(read_csv(out)["doc_id"], read_csv(out)["date"], strict=True))
    assert dates == {"2025-06-03-kyiv.txt": "2025-06-03", "2025-06-05/a.txt": "2025-06-05", "b.txt": "2025-01-02",
                     "r": "2025-06-01", "s": "2025-01-02"}


def test_a_file_deleted_during_the_run_is_named(tmp_path: Path) -> None:
    from stats.inputs import iter_documents

    for name in ("a.txt", "b.txt", "c.txt"):
        write(tmp_path / name, REPORT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "d.txt", REPORT)
    docs = iter_documents([tmp_path])
    first = next(docs)  # the folder has been listed
    (tmp_path / "b.txt").unlink()
    (tmp_path / "sub" / "d.txt").unlink()
    (tmp_path / "sub").rmdir()
    rest = [(d.doc_id, d.status, d.reason) for d in docs]
    assert (first.doc_id, first.status) == ("a.txt", "ok")
    assert rest == [("b.txt", "error", "vanished before it could be read"), ("c.txt", "ok", ""),
                    ("sub/", "error", "folder vanished before it could be read")]


def test_an_invalid_date_option_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["extract", str(write(tmp_path / "a.txt", REPORT)), "--date", "2025-02-30"])
    assert stop.value.code == 2
    assert capsys.readouterr().err.endswith("attack-stats: error: argument --date: not a date (YYYY-MM-DD): "
                                            "'2025-02-30'\n")
