"""The same corpus gives the same CSV whether it runs in-process, in 2 processes or on a Dask cluster."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from stats.cli import main

CORPUS = Path(__file__).parent / "corpus" / "en_a.jsonl"


@pytest.fixture(scope="module")
def corpus_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for line in CORPUS.read_text(encoding="utf-8").splitlines()[:60]:
        doc = json.loads(line)
        (folder / f"{doc['id']}.txt").write_text(doc["text"], encoding="utf-8")
    return folder


def extract(folder: Path, out: Path, *options: str) -> bytes:
    docs = str(out.with_suffix(".docs.csv"))
    assert main(["extract", str(folder), "-o", str(out), "--documents", docs, *options]) == 0
    return out.read_bytes() + out.with_suffix(".docs.csv").read_bytes()


def test_jobs_and_dask_give_identical_csv(corpus_folder: Path, tmp_path: Path) -> None:
    default = extract(corpus_folder, tmp_path / "default.csv")
    assert default.count(b"\n") > 150
    assert extract(corpus_folder, tmp_path / "jobs.csv", "--jobs", "2") == default
    assert extract(corpus_folder, tmp_path / "dask.csv", "--engine", "dask", "--jobs", "2") == default


def test_run_with_two_jobs_writes_the_same_outputs(corpus_folder: Path, tmp_path: Path) -> None:
    assert main(["run", str(corpus_folder), "-o", str(tmp_path / "a"), "-q"]) in (0, 1)
    assert main(["run", str(corpus_folder), "-o", str(tmp_path / "b"), "-q", "--jobs", "2"]) in (0, 1)
    for name in ("figures.csv", "checks.csv", "documents.csv"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_an_unreachable_scheduler_is_a_clear_error(corpus_folder: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["extract", str(corpus_folder), "-o", str(tmp_path / "x.csv"), "--engine", "dask",
                 "--scheduler", "tcp://127.0.0.1:9"])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("attack-stats: error: cannot reach the Dask scheduler 'tcp://127.0.0.1:9'")
    assert not (tmp_path / "x.csv").exists()
    # The half-built client is gone when the command returns: left to the garbage collector, it closes at a
    # random later moment, and inside the next client's start-up that deadlocks distributed's loop lock.
    from distributed import Client

    assert not [obj for obj in gc.get_objects() if isinstance(obj, Client)]
