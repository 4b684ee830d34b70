"""The shipped pre-commit hook gates a repository of CSVs (`pre-commit try-repo` on a sample repository).

The test runs the `attack-stats-check-system` hook: it runs the attack-stats installed with the tests,
so pre-commit needs no network to build an environment. `attack-stats-check` (language: python)
differs only in that pre-commit installs attack-stats into an environment of its own.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml  # pre-commit's own dependency

from .conftest import ROOT
from .helpers import figure_row, write_figures


def test_the_hooks_file_declares_both_hooks_on_csv_files() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [(h["id"], h["entry"], h["language"], h["files"]) for h in hooks] == [
        ("attack-stats-check", "attack-stats check", "python", r"\.csv$"),
        ("attack-stats-check-system", "attack-stats check", "system", r"\.csv$"),
    ]


def _git(cwd: Path, *args: str, env: dict[str, str]) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.mark.skipif(shutil.which("git") is None or not (ROOT / ".git").exists(),
                    reason="needs git and a git checkout of attack-stats")
def test_pre_commit_try_repo_passes_good_csvs_and_stops_bad_ones(tmp_path: Path) -> None:
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1",
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid"}
    repo = tmp_path / "data-repo"
    repo.mkdir()
    _git(repo, "init", "-q", env=env)
    write_figures(repo / "good.csv", [figure_row(weapon="aerial_weapon", value=537),
                                      figure_row(weapon="drone", value=477), figure_row(weapon="missile", value=60)])
    write_figures(repo / "bad.csv", [figure_row(value=50), figure_row(measure="shot_down", value=45),
                                     figure_row(measure="jammed", value=10)])
    (repo / "notes.txt").write_text("not a CSV: the hook leaves it alone\n", encoding="utf-8")
    _git(repo, "add", ".", env=env)

    def try_repo(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "pre_commit", "try-repo", str(ROOT), "attack-stats-check-system",
                               "--color", "never", *args], cwd=repo, env=env, capture_output=True, text=True)

    passed = try_repo("--files", "good.csv", "notes.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "attack-stats check (installed)" in passed.stdout
    assert "Passed" in passed.stdout

    failed = try_repo("--all-files")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "- exit code: 1" in failed.stdout
    assert ("FAIL outcomes-within-launched [doc.txt event 0, russia] drone: shot_down 45 + jammed 10 = 55 <= "
            "launched 50 (lines 2 3 4)") in failed.stdout
    assert "== bad.csv" in failed.stdout
    assert "== good.csv" in failed.stdout
