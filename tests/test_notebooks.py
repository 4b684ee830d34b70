"""The notebooks are committed without outputs; nbmake runs them (see testpaths in pyproject.toml)."""

from __future__ import annotations

import json
import tomllib

import pytest

from .conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def test_the_two_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == ["exploration.ipynb", "validation.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_has_no_outputs_and_no_execution_counts(path: object) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code, "a notebook without code"
    assert [(i, cell["outputs"], cell["execution_count"]) for i, cell in enumerate(code)
            if cell["outputs"] or cell["execution_count"] is not None] == []


def test_pytest_runs_the_notebooks_through_nbmake() -> None:
    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert options["testpaths"] == ["tests", "notebooks"]
    assert "--nbmake" in options["addopts"].split()
