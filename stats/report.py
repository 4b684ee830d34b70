"""The HTML report: charts, the checks and the figures with their evidence, readable offline."""

from __future__ import annotations

import html

import pandas as pd
import plotly.io as pio

from . import charts
from .checks import CheckResult
from .schema import Failure

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 1200px;
       color: #222; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; }
th, td { border: 1px solid #ddd; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.pass { color: #1a7f37; } .fail { color: #b42318; font-weight: 600; } .warning { color: #9a6700; }
.summary span { display: inline-block; margin-right: 1.5rem; font-size: 1.05rem; }
.evidence { max-width: 520px; }
"""


def _table(frame: pd.DataFrame, numeric: tuple[str, ...] = ()) -> str:
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = []
        for column, value in zip(frame.columns, row, strict=True):
            cls = ' class="num"' if column in numeric else ' class="evidence"' if column == "evidence" else ""
            cells.append(f"<td{cls}>{html.escape(str(value))}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def render_report(figures: pd.DataFrame, checks: list[CheckResult], documents: pd.DataFrame,
                  failures: list[Failure] | None = None, title: str = "attack-stats report",
                  max_rows: int = 5000) -> str:
    """One self-contained HTML page (plotly.js embedded: no network needed to view it)."""
    failures = failures or []
    passed = sum(c.status == "pass" for c in checks)
    failed = [c for c in checks if c.status == "fail"]
    plots = [charts.composition(figures), charts.outcomes(figures), charts.timeline(figures),
             charts.check_failures(checks)]
    divs = []
    for i, fig in enumerate(plots):
        divs.append(pio.to_html(fig, full_html=False, include_plotlyjs=(i == 0), default_height="460px",
                                config={"displaylogo": False, "responsive": True}))
    check_rows = pd.DataFrame([{"status": c.status, "severity": c.severity, "rule": c.rule, "document": c.doc_id,
                                "event": c.event, "attacker": c.attacker, "check": c.message,
                                "csv lines": c.lines, "evidence": c.evidence} for c in
                               sorted(checks, key=lambda c: c.status)])
    schema_rows = pd.DataFrame([{"line": f.line, "column": f.column, "value": f.value, "check": f.check}
                                for f in failures])
    shown = figures.head(max_rows)
    cut = f"<p>Showing the first {max_rows} of {len(figures)} figures.</p>" if len(figures) > max_rows else ""
    statuses = documents["status"].value_counts().to_dict() if len(documents) else {}
    summary = (f'<div class="summary"><span>{len(documents)} documents</span>'
               f"<span>{len(figures)} figures</span>"
               f'<span class="pass">{passed} checks passed</span>'
               f'<span class="{"fail" if failed else "pass"}">{len(failed)} checks failed</span>'
               f'<span class="{"fail" if failures else "pass"}">{len(failures)} schema failures</span></div>'
               f"<p>Documents by status: {html.escape(', '.join(f'{k}: {v}' for k, v in statuses.items()))}</p>")
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>", summary,
        "<h2>Charts</h2>", *divs,
        "<h2>Consistency checks</h2>",
        _table(check_rows, ("event",)) if len(check_rows) else "<p>No check applied.</p>",
    ]
    if len(schema_rows):
        parts += ["<h2>Schema failures</h2>", _table(schema_rows, ("line",))]
    parts += ["<h2>Figures</h2>", cut,
              _table(shown, ("event", "value", "start", "end")) if len(shown) else "<p>No figures.</p>",
              "<h2>Documents</h2>", _table(documents, ("size", "figures")),
              "</body></html>"]
    return "\n".join(parts)
