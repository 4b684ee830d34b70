"""The report in a real browser: headless Chromium opens report.html offline, draws every chart and logs no
error; long document ids wrap inside the failed-checks table. Skipped where Chromium is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from stats.cli import main

from .browser import Browser, find_chromium
from .helpers import figure_row, write_figures

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium, "
                                                          "or set BROWSER_PATH)")
LONG_ID = "kpszsu/posts/pfbid0" + "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789" * 3

ROWS = [
    figure_row(doc_id="national.txt", date="2026-04-04", value=286),
    figure_row(doc_id="national.txt", date="2026-04-04", measure="shot_down", value=260),
    figure_row(doc_id="south.txt", date="2026-04-04", value=94, region="Air Command South"),
    figure_row(doc_id="mod.txt", date="2026-04-05", attacker="ukraine", value=159, measure="shot_down"),
    figure_row(doc_id="mod.txt", date="2026-04-05", attacker="ukraine", value=64, measure="shot_down",
               region="Bryansk Oblast"),
    figure_row(doc_id="mod.txt", date="2026-04-05", attacker="ukraine", value=170),
    figure_row(doc_id=LONG_ID, date="2026-04-03", value=10),
    figure_row(doc_id=LONG_ID, date="2026-04-03", measure="shot_down", value=12, evidence="Twelve of ten <b>."),
    figure_row(doc_id="city.txt", date="2026-04-04", weapon="people", measure="injured", value=12),
    figure_row(doc_id="city.txt", date="2026-04-04", weapon="people", measure="injured", value=3, group="children"),
]


@pytest.fixture(scope="module")
def browser() -> Browser:
    assert CHROMIUM is not None
    chromium = Browser(CHROMIUM)
    yield chromium  # type: ignore[misc]
    chromium.close()


def test_the_report_draws_every_chart_without_a_console_error(tmp_path: Path, browser: Browser) -> None:
    path = write_figures(tmp_path / "figures.csv", ROWS)
    report = tmp_path / "report.html"
    assert main(["chart", str(path), "-o", str(report)]) == 0
    browser.open(report.as_uri())
    drawn = browser.wait_for("document.body && document.body.dataset.charts")
    boxes = browser.evaluate("Array.from(document.querySelectorAll('.chart > div[data-chart]'))"
                             ".map(d => [d.dataset.chart, !!d.querySelector('.main-svg')])")
    assert drawn == str(len(boxes))
    assert [name for name, svg in boxes if not svg] == []
    assert [name for name, _ in boxes] == [
        "composition-russia", "outcomes-russia", "outcome-shares-russia", "timeline-russia", "regions-russia",
        "composition-ukraine", "outcomes-ukraine", "outcome-shares-ukraine", "timeline-ukraine", "regions-ukraine",
        "casualties", "checks-per-rule", "check-failures"]
    assert browser.console_errors() == []
    width = browser.evaluate("(() => { const t = document.getElementById('failed-checks');"
                             " return [t.scrollWidth, t.clientWidth]; })()")
    assert width[0] <= width[1], "a long document id overflows the failed-checks table"
    assert LONG_ID in browser.evaluate("document.getElementById('failed-checks').textContent")
