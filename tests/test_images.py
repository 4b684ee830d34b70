"""Static PNG and SVG charts through kaleido: written when Chromium is there, one clear line when not."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from stats.charts import NO_CHROMIUM, NO_KALEIDO
from stats.cli import main

from .helpers import figure_row, write_figures

CHARTS = ["check-failures", "checks-per-rule", "composition-russia", "outcome-shares-russia", "outcomes-russia",
          "timeline-russia"]
chromium = pytest.mark.skipif(shutil.which("chromium") is None and shutil.which("chromium-browser") is None,
                              reason="needs Chromium (apt-get install chromium)")


def figures_csv(tmp_path: Path) -> Path:
    return write_figures(tmp_path / "figures.csv", [
        figure_row(value=120, date="2025-03-03"), figure_row(measure="shot_down", value=100, date="2025-03-03"),
        figure_row(weapon="ballistic_missile", value=4, date="2025-03-03")])


@chromium
def test_chart_writes_a_png_and_an_svg_per_chart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    images = tmp_path / "images"
    code = main(["chart", str(figures_csv(tmp_path)), "-o", str(tmp_path / "report.html"), "--images", str(images)])
    assert code == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'report.html'}\nwrote 12 images to {images}\n"
    assert sorted(p.name for p in images.iterdir()) == sorted(f"{c}.{ext}" for c in CHARTS for ext in ("png", "svg"))
    png = (images / "composition-russia.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24])[0] == 1200  # width from the IHDR chunk
    svg = (images / "composition-russia.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg")
    assert "What the attacks were made of" in svg


@chromium
def test_run_writes_the_images_of_its_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "-o", str(tmp_path / "out"), "--images", str(tmp_path / "images")]) == 0
    # the seeds' seven charts: four of Russia's attacks, casualties (the pilot killed) and two of the checks
    assert capsys.readouterr().out.endswith(f"wrote 14 images to {tmp_path / 'images'}\n")


def test_a_missing_chromium_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-such-chromium"))
    code = main(["chart", str(figures_csv(tmp_path)), "-o", str(tmp_path / "report.html"),
                 "--images", str(tmp_path / "images")])
    out, err = capsys.readouterr()
    assert code == 2
    assert err == f"attack-stats: error: {NO_CHROMIUM}\n"
    assert NO_CHROMIUM == ("static images need Chromium, which was not found: install it (apt-get install "
                           "chromium) or set BROWSER_PATH to its path")
    assert out == f"wrote {tmp_path / 'report.html'}\n"  # the report itself is written first


def test_a_missing_kaleido_is_one_line_and_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "kaleido", None)  # import kaleido raises ImportError
    code = main(["chart", str(figures_csv(tmp_path)), "-o", str(tmp_path / "report.html"),
                 "--images", str(tmp_path / "images")])
    assert code == 2
    assert capsys.readouterr().err == (
        "attack-stats: error: static images need the kaleido package: pip install 'attack-stats[static]'\n")
    assert NO_KALEIDO == "static images need the kaleido package: pip install 'attack-stats[static]'"
    assert not (tmp_path / "images").exists()
