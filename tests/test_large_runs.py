"""What a large run keeps in memory: folders are walked lazily in a fixed order, and the run keeps every failed
check but only the first passed ones and the first figures for the report, while its outputs hold everything."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from stats import pipeline
from stats.csvio import read_csv
from stats.inputs import iter_documents

REPORT = "Russia launched {n} drones and 3 missiles at Ukraine overnight; air defences shot down {d} of the drones."
BROKEN = "Russia launched 20 drones overnight. Air defences shot down 35 drones."


def test_folders_are_walked_in_the_order_of_their_sorted_paths(tmp_path: Path) -> None:
    names = ["b.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", "a.txt", "A/x.md", ".hidden/x.txt", "a/.secret.txt",
             "c/d/e/f.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file()
                       and not any(part.startswith(".") for part in p.relative_to(tmp_path).parts))
    docs = list(iter_documents([tmp_path]))
    assert [d.source for d in docs] == [str(p) for p in expected]
    assert [d.doc_id for d in docs] == [p.relative_to(tmp_path).as_posix() for p in expected]


def test_a_folder_walk_lists_links_to_folders_without_following_them(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    assert [(d.doc_id, d.status, d.reason) for d in iter_documents([tmp_path])] == [
        ("link", "skipped", "a link to a folder (not followed)"), ("real/a.txt", "ok", "")]


@pytest.fixture
def many_reports(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(40):
        text = BROKEN if i % 10 == 3 else REPORT.format(n=50 + i, d=40 + i)
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    return folder


def test_a_large_run_keeps_every_failure_and_counts_every_check(many_reports: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "REPORT_ROWS", 5)
    monkeypatch.setattr(pipeline, "REPORT_FIGURES", 12)
    monkeypatch.setattr(pipeline, "FLUSH_ROWS", 7)
    result = pipeline.run(iter_documents([many_reports]), tmp_path / "out")
    written = read_csv(tmp_path / "out" / "checks.csv")
    failed = written[written["status"] == "fail"]
    # every failed check is kept, passed ones only up to REPORT_ROWS; the counts cover all
    assert [(c.doc_id, c.rule) for c in result.checks if c.status == "fail"] == list(
        zip(failed["doc_id"], failed["rule"], strict=True))
    assert sorted({c.doc_id for c in result.checks if c.status == "fail"}) == ["003.txt", "013.txt", "023.txt",
                                                                             "033.txt"]
    assert sum(c.status == "pass" for c in result.checks) == 5
    assert sum(result.check_counts.values()) == len(written)
    assert sum(n for (_, _, status), n in result.check_counts.items() if status == "pass") == int(
        (written["status"] == "pass").sum())
    # the report counts every figure and check, and says its charts draw only the first figures
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    # 36 reports of 3 figures, 4 of 2
    assert result.figure_count == len(read_csv(tmp_path / "out" / "figures.csv")) == 116
    assert '<div class="card "><b>116</b><span>figures</span></div>' in html
    assert "The charts draw the first 12 of the 116 figures" in html
    assert re.search(rf"<summary>Passed checks \({(written['status'] == 'pass').sum():,}\)</summary>", html)
    assert "Showing the first 5 of 116 figures." in html
