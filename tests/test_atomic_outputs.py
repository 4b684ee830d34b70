"""The outputs of a run appear together or not at all: a run killed at any moment leaves the previous set of
outputs or the new one, never a mix, and the next run cleans up after it.

Two tests: one forks a run and kills it (SIGKILL, no clean-up) at every step the output layer takes: each
write, flush, rename, swap and removal; one starts the real command and kills it at points spread over its
whole run.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from stats import outputs
from stats.cli import main

REPORT = ("Russia launched {n} drones and 3 missiles overnight; air defence shot down {d} drones. ")
OLD_IDS = ("old-1", "old-2")


def corpus(path: Path, ids: tuple[str, ...] | list[str], repeat: int = 1) -> Path:
    path.write_text("\n".join(json.dumps({"id": i, "text": REPORT.format(n=40 + k, d=30 + k) * repeat})
                              for k, i in enumerate(ids)), encoding="utf-8")
    return path


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def state(folder: Path, old: dict[str, bytes], new: dict[str, bytes]) -> str:
    """'old' or 'new'; anything else (a mix, a missing file, a file of neither) fails the test."""
    found = contents(folder)
    if found == old:
        return "old"
    assert set(found) == set(new), f"the outputs are not a whole set: {sorted(found)}"
    mixed = sorted(name for name in found if found[name] != new[name] and not _new_report(name, found[name]))
    assert not mixed, f"a mix of old and new outputs: {mixed} differ from the new set"
    return "new"


def _new_report(name: str, data: bytes) -> bool:
    return name == "report.html" and b"new-1" in data and b"old-1" not in data  # plotly's div ids change per run


def restore(folder: Path, old: dict[str, bytes]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    for name, data in old.items():
        (folder / name).write_bytes(data)


class _Killed(Exception):
    pass


def _fork_run(args: list[str], kill_at: int | None) -> tuple[int, int]:
    """Run main(args) in a forked child that SIGKILLs itself at its kill_at-th output step; (steps, exit status)."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: count the output layer's steps, die at the chosen one
        os.close(read)
        steps = [0]

        def step(function: object) -> object:
            def counted(*a: object, **k: object) -> object:
                steps[0] += 1
                os.write(write, b".")
                if steps[0] == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
                return function(*a, **k)  # type: ignore[operator]
            return counted

        try:
            for name in ("rename", "replace", "fsync", "mkdir", "chmod", "fchmod", "unlink", "ftruncate"):
                setattr(os, name, step(getattr(os, name)))
            shutil.rmtree = step(shutil.rmtree)  # type: ignore[assignment]
            outputs._exchange = step(outputs._exchange)  # type: ignore[assignment]
            for method in ("write", "finish", "commit"):
                setattr(outputs.OutputFile, method, step(getattr(outputs.OutputFile, method)))
            sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115
            import stats.report

            stats.report.render_report = lambda figures, *a, **k: (  # type: ignore[assignment]
                "<html>" + " ".join(sorted(set(figures["doc_id"]))) + "</html>")
            code = main(args)
        except BaseException:  # noqa: BLE001 - the child must never return into pytest
            code = 99
        os._exit(code)
    os.close(write)
    steps = 0
    while chunk := os.read(read, 4096):
        steps += len(chunk)
    os.close(read)
    _, status = os.waitpid(pid, 0)
    return steps, status


def test_a_run_killed_at_every_output_step_leaves_the_old_or_the_new_outputs(tmp_path: Path) -> None:
    old_corpus = corpus(tmp_path / "old.jsonl", OLD_IDS)
    new_corpus = corpus(tmp_path / "new.jsonl", ["new-1", "new-2", "new-3"])
    out, reference = tmp_path / "out", tmp_path / "reference"
    assert main(["run", str(old_corpus), "-o", str(out), "-q"]) == 0
    old = contents(out)
    steps, status = _fork_run(["run", str(new_corpus), "-o", str(reference), "-q"], None)
    assert os.WIFEXITED(status)
    assert os.WEXITSTATUS(status) == 0
    new = contents(reference)
    assert steps > 20
    seen = {"old": 0, "new": 0}
    for kill_at in range(1, 500):
        _, status = _fork_run(["run", str(new_corpus), "-o", str(out), "-q"], kill_at)
        if os.WIFEXITED(status):  # every step has been tried: this run finished
            assert os.WEXITSTATUS(status) == 0
            break
        assert os.WTERMSIG(status) == signal.SIGKILL, kill_at
        found = state(out, old, new)
        seen[found] += 1
        if found == "new":
            restore(out, old)
    assert seen["old"] > 10, seen  # both sides of the swap were hit
    assert seen["new"] >= 1, seen
    assert state(out, old, new) == "new"  # the last run cleaned up what the killed ones left
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.attack-stats.lock", ".reference.attack-stats.lock",
                                                         "new.jsonl", "old.jsonl", "out", "reference"]


def test_the_real_command_killed_at_many_moments_leaves_old_or_new(tmp_path: Path) -> None:
    old_corpus = corpus(tmp_path / "old.jsonl", OLD_IDS)
    new_corpus = corpus(tmp_path / "new.jsonl", [f"new-{i}" for i in range(1, 60)], repeat=2)
    out, reference = tmp_path / "out", tmp_path / "reference"
    command = [str(Path(sys.executable).parent / "attack-stats"), "run", str(new_corpus), "-q"]
    assert main(["run", str(old_corpus), "-o", str(out), "-q"]) == 0
    old = contents(out)
    started = time.monotonic()
    subprocess.run([*command, "-o", str(reference)], check=True, capture_output=True, timeout=300)
    duration = time.monotonic() - started
    new = contents(reference)
    seen = []
    for share in (0.3, 0.6, 0.85, 0.95, 1.02):  # start-up or extraction, checks, report, writing
        proc = subprocess.Popen([*command, "-o", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            proc.wait(timeout=duration * share)
        except subprocess.TimeoutExpired:
            proc.kill()
        proc.wait()
        found = state(out, old, new)
        seen.append((share, found, proc.returncode))
        if found == "new":
            restore(out, old)
    assert any(found == "old" and code == -signal.SIGKILL for _, found, code in seen), seen
