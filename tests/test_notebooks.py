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


def test_a_notebook_executed_to_html_by_nbconvert_keeps_its_charts(tmp_path: object) -> None:
    """`jupyter nbconvert --to html --execute` (the real command): the renderer the notebook sets puts
    plotly.js once and every chart as HTML in the outputs, so the exported page draws them."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    out = Path(str(tmp_path))
    notebook = ROOT / "notebooks" / "validation.ipynb"
    subprocess.run([sys.executable, "-m", "nbconvert", "--to", "html", "--execute", str(notebook), "--output-dir",
                    str(out)], check=True, capture_output=True, cwd=notebook.parent, timeout=600)
    page = (out / "validation.html").read_text(encoding="utf-8")
    assert "plotly.js v" in page  # plotly.js itself, embedded (no network needed)
    charts = re.findall(r'<div class="plotly-graph-div" id="([0-9a-f-]+)"', page)
    assert len(charts) == 4  # check_rules and check_failures, of the written documents and of the reference
    drawn = re.findall(r'Plotly\.newPlot\(\s*"([0-9a-f-]+)"', page)
    assert drawn == charts  # each chart is drawn by its own script
    assert "application/vnd.plotly.v1+json" not in page  # no output left that an export cannot show
