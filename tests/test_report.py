"""The HTML report: offline, escaped, with the checks and the figures with their evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from plotly.offline import get_plotlyjs

from stats.cli import main
from stats.report import unpacked

from .helpers import figure_row, write_figures

SCRIPT_BLOCK = re.compile(r"<script\b[^>]*>.*?</script>", re.DOTALL)


def run_on(tmp_path: Path, texts: dict[str, str], capsys: pytest.CaptureFixture[str]) -> str:
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in texts.items():
        (docs / name).write_text(text, encoding="utf-8")
    main(["run", str(docs), "-o", str(tmp_path / "out")])
    capsys.readouterr()
    return (tmp_path / "out" / "report.html").read_text(encoding="utf-8")


def test_a_script_tag_in_a_document_is_shown_as_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_on(tmp_path, {"tagged.txt": "Russia launched 120 drones at night <script>alert(1)</script>.\n"
                                             "Air defence shot down 100 drones."}, capsys)
    outside = SCRIPT_BLOCK.sub("", report)
    assert "<script" not in outside  # the only scripts are plotly's own
    assert "alert(1)" not in outside.replace("&lt;script&gt;alert(1)&lt;/script&gt;", "")
    assert "Russia launched 120 drones at night &lt;script&gt;alert(1)&lt;/script&gt;." in outside
    assert "<script>alert(1)</script>" not in report  # nor inside plotly's scripts (its JSON escapes "<")


def test_the_report_embeds_plotly_once_packed_and_loads_nothing_from_the_network(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = run_on(tmp_path, {"a.txt": "Russia launched 120 drones overnight."}, capsys)
    blocks = SCRIPT_BLOCK.findall(report)
    assert [re.match(r"<script[^>]*>", b).group() for b in blocks] == [  # type: ignore[union-attr]
        '<script id="plotly-js" type="application/gzip+base64">',
        '<script id="chart-data" type="application/gzip+base64">', "<script>"]
    assert unpacked(report, "plotly-js") == get_plotlyjs()  # plotly.js, embedded once, gzip-compressed
    names = ["composition-russia", "outcomes-russia", "outcome-shares-russia", "timeline-russia",
             "checks-per-rule", "check-failures"]
    assert list(json.loads(unpacked(report, "chart-data"))) == names
    assert re.findall(r'<div id="chart-([a-z-]+)" data-chart="\1"', report) == names
    page = SCRIPT_BLOCK.sub("", report)
    assert "cdn.plot.ly" not in page
    assert not re.search(r"""(src|href)=["']https?:""", page)  # no stylesheet, script or font from the network
    assert not any("src=" in re.match(r"<script[^>]*>", block).group() for block in blocks)  # type: ignore[union-attr]
    assert "fetch(" not in blocks[2]
    assert "http" not in blocks[2]
    assert 1_500_000 < len(report) < 2_500_000  # plotly.js (4.6 MB) packed to about 2 MB


def test_seed_report_summarises_the_checks_and_lists_the_figures_with_evidence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "-o", str(tmp_path)]) == 0
    capsys.readouterr()
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<div class="card pass"><b>2</b><span>checks passed</span></div>' in report
    assert '<div class="card pass"><b>0</b><span>checks failed</span></div>' in report
    assert ('<tr><td>aerial-weapons-sum</td><td>All aerial weapons equal drones plus missiles (plus '
            'guided bombs when given)</td><td class="nowrap">error</td><td class="num">1</td><td class="num">1</td>'
            '<td class="num">0</td></tr>' in report)
    assert '<h2 id="attacks-russia">Attacks by Russia <small>(7 figures)</small></h2>' in report
    assert ('<td class="evidence">Ukraine reported shooting down 249 and jamming 226 of them.</td>' in report)
    assert "<p>No check failed.</p>" in report


def test_failed_checks_are_listed_with_their_numbers_lines_and_evidence(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "figures.csv", [
        figure_row(value=90, evidence="Ninety & more."), figure_row(measure="shot_down", value=95),
        figure_row(doc_id="b.txt", weapon="drone", measure="shot_down", value=3, attacker="ukraine")])
    assert main(["chart", str(path), "-o", str(tmp_path / "report.html")]) == 0
    assert capsys.readouterr().out == f"wrote {tmp_path / 'report.html'}\n"
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h3>Failed checks (1)</h3>" in report
    assert ('<td class="check">drone: shot_down 95 = 95 &lt;= launched 90</td><td class="lines">2 3</td>'
            '<td class="evidence">Ninety &amp; more. | Some sentence.</td>' in report)
    # documents named in a figures table when the texts were not read
    assert "Documents named in the figures table (the texts were not read here)." in report
    # an attacker without launched figures gets a note instead of four empty charts
    assert ("<p>No charts: none of this figure says how many weapons were launched. "
            'They are listed under <a href="#figures">Figures</a>.</p>') in report


def test_a_report_of_no_figures_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "figures.csv", [])
    assert main(["chart", str(path), "-o", str(tmp_path / "report.html")]) == 0
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<p>No figures.</p>" in report
    assert "<p>No check applied.</p>" in report
    assert "No data: no weapons launched in these figures" in unpacked(report, "chart-data")


def test_chart_help_names_the_image_and_period_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["chart", "--help"])
    out = capsys.readouterr().out
    assert "--images DIR" in out
    assert "--period {auto,day,week,month}" in out


def test_schema_failures_are_listed_and_left_out_of_the_charts(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = write_figures(tmp_path / "figures.csv", [figure_row(value=40), figure_row(value=-5, evidence="<b>")])
    assert main(["chart", str(path), "-o", str(tmp_path / "report.html")]) == 0
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h3>Schema failures (1)</h3>" in report
    assert ('<tr><td class="num">3</td><td>value</td><td>-5</td><td class="check">greater_than_or_equal_to(0)</td></tr>'
            in report)
    assert '<div class="card fail"><b>1</b><span>schema failures</span></div>' in report
    assert '<div class="card "><b>1</b><span>figures</span></div>' in report
