"""The HTML report: charts, the checks and the figures with their evidence, readable offline.

plotly.js is embedded once in the page, gzip-compressed (about a third of its 4.6 MB), with the charts'
data beside it; a small script unpacks both with the browser's DecompressionStream and draws the charts,
so the report opens without a network. Every piece of text that comes from a document (ids, evidence,
models, messages) is HTML-escaped; the tables are plain HTML and need no script.
"""

from __future__ import annotations

import base64
import gzip
import html
import json
from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from plotly.offline import get_plotlyjs

from . import __version__, charts, charts_places
from .checks import CheckResult, RuleSet, count_checks, load_rules, summary
from .schema import Failure

ATTACKER_ORDER = ("russia", "ukraine", "unknown")
ATTACKER_HEADING = {"russia": "Attacks by Russia", "ukraine": "Attacks by Ukraine",
                    "unknown": "Attacks whose attacker is not stated"}
FIGURE_COLUMNS = ["line", "doc_id", "event", "date", "attacker", "weapon", "model", "region", "group", "measure",
                  "value", "qualifier", "evidence", "span", "rule"]
MAX_PASSED = 1_000  # passed checks listed (the failed ones are listed up to max_rows; all are in checks.csv)
CHECK_COLUMNS = ["status", "rule", "document", "event", "attacker", "date", "check", "csv lines",
                 "evidence"]

_STYLE = """
:root { --ink: #1f2328; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa; --pass: #1a7f37; --fail: #b42318;
        --warn: #9a6700; }
* { box-sizing: border-box; }
body { font-family: Inter, system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: var(--ink); background: #fff; line-height: 1.45; }
main { max-width: 1260px; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
h1 { font-size: 1.7rem; margin: 0 0 .3rem; } h2 { font-size: 1.3rem; margin: 2.4rem 0 .8rem;
     padding-bottom: .3rem; border-bottom: 2px solid var(--line); } h3 { font-size: 1.05rem; margin: 1.6rem 0 .5rem; }
p.lede { color: var(--muted); margin: 0 0 1rem; }
nav { margin: .8rem 0 0; font-size: .95rem; } nav a { margin-right: 1.1rem; color: #0b5cad; text-decoration: none; }
.cards { display: flex; flex-wrap: wrap; gap: .7rem; margin: 1rem 0; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: .55rem .9rem; min-width: 9.5rem;
        background: var(--soft); }
.card b { display: block; font-size: 1.35rem; font-variant-numeric: tabular-nums; }
.card span { color: var(--muted); font-size: .85rem; }
.card.fail { border-color: #f1aeb5; background: #fff5f5; } .card.fail b { color: var(--fail); }
.card.pass b { color: var(--pass); } .card.warn b { color: var(--warn); }
.chart { border: 1px solid var(--line); border-radius: 8px; margin: 1rem 0; padding: .3rem; }
.table-wrap { max-height: 36rem; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 7px; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: #eef1f4; z-index: 1; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.evidence { min-width: 20rem; max-width: 40rem; } td.check { min-width: 13rem; }
td { overflow-wrap: anywhere; } td.check { max-width: 32rem; }
#failed-checks td.evidence { min-width: 12rem; } #failed-checks td.id { min-width: 7rem; }
td.id { min-width: 9rem; max-width: 18rem; } td.lines { min-width: 5rem; } td.nowrap { white-space: nowrap; }
.chart .loading { color: var(--muted); padding: 2rem; }
.status-pass { color: var(--pass); } .status-fail { color: var(--fail); font-weight: 600; }
.status-warning { color: var(--warn); font-weight: 600; }
details summary { cursor: pointer; color: #0b5cad; margin: .6rem 0; }
p.note { color: var(--muted); font-size: .88rem; }
footer { color: var(--muted); font-size: .82rem; margin-top: 3rem; border-top: 1px solid var(--line);
         padding-top: .6rem; }
"""


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def _cell(column: str, value: object, numeric: Sequence[str]) -> str:
    text = _esc(value)
    if column in numeric:
        if isinstance(value, int | float) and not isinstance(value, bool) and column not in ("line", "event"):
            text = f"{value:,}"
        return f'<td class="num">{text}</td>'
    if column == "evidence":
        return f'<td class="evidence">{text}</td>'
    if column == "check":
        return f'<td class="check">{text}</td>'
    if column in ("doc_id", "document", "model"):
        return f'<td class="id">{text}</td>'
    if column == "status":
        return f'<td class="status-{_esc(value)}">{text}</td>'
    if column == "csv lines":
        return f'<td class="lines">{text}</td>'
    if column in ("date", "weapon", "measure", "status", "severity"):
        return f'<td class="nowrap">{text}</td>'
    return f"<td>{text}</td>"


def html_table(frame: pd.DataFrame, numeric: Sequence[str] = (), table_id: str = "") -> str:
    """An HTML table of a frame, every cell escaped, in a scrolling box with a sticky header."""
    head = "".join(f"<th>{_esc(c)}</th>" for c in frame.columns)
    body = ["<tr>" + "".join(_cell(str(c), v, numeric) for c, v in zip(frame.columns, row, strict=True)) + "</tr>"
            for row in frame.itertuples(index=False)]
    named = f' id="{_esc(table_id)}"' if table_id else ""
    return (f'<div class="table-wrap"{named}><table><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table></div>")


def attackers_of(figures: pd.DataFrame) -> list[str]:
    """Attackers with weapon figures, in a fixed order (russia, ukraine, unknown)."""
    present = set(figures.loc[figures["weapon"].isin(charts.WEAPON_ORDER), "attacker"])
    return [a for a in ATTACKER_ORDER if a in present] + sorted(present - set(ATTACKER_ORDER))


def charted_attackers(figures: pd.DataFrame) -> list[str]:
    """Attackers with at least one launched figure: each gets its own charts."""
    launched = charts.attack_composition(figures)
    return [a for a in attackers_of(figures) if (launched["attacker"] == a).any()]


def report_figures(figures: pd.DataFrame, checks: Sequence[CheckResult], period: str = "auto",
                   tally: Mapping[tuple[str, str, str], int] | None = None) -> dict[str, go.Figure]:
    """The report's charts by file name: four per attacker with launched figures (or four saying there is
    no data) and one by region where its figures name regions, one of casualties where there are any, then
    the two check charts."""
    out: dict[str, go.Figure] = {}
    groups: list[str | None] = [*charted_attackers(figures)] or [None]
    for attacker in groups:
        suffix = f"-{attacker}" if attacker else ""
        out[f"composition{suffix}"] = charts.composition(figures, attacker, period)
        out[f"outcomes{suffix}"] = charts.outcomes(figures, attacker)
        out[f"outcome-shares{suffix}"] = charts.outcome_shares(figures, attacker)
        out[f"timeline{suffix}"] = charts.timeline(figures, attacker, period)
        if has_regions(figures, attacker):
            out[f"regions{suffix}"] = charts_places.regions(figures, attacker, period)
    if (figures["weapon"] == "people").any():
        out["casualties"] = charts_places.casualties(figures, period)
    out["checks-per-rule"] = charts.check_rules(checks, tally)
    out["check-failures"] = charts.check_failures(checks, figures, period)
    return out


def has_regions(figures: pd.DataFrame, attacker: str | None) -> bool:
    chosen = figures if attacker is None else figures[figures["attacker"] == attacker]
    return bool(((chosen["region"] != "") & (chosen["weapon"] != "people")).any())


CONFIG = {"displaylogo": False, "responsive": True,
          "toImageButtonOptions": {"format": "png", "width": charts.CHART_WIDTH}}
NO_UNPACK = ("This browser cannot unpack the charts (they need DecompressionStream: Chrome 80, Firefox 113, "
             "Safari 16.4 or later). The tables below need no script.")
# Unpacks plotly.js and the charts (gzip, base64) and draws every chart; document.body.dataset.charts says
# how many were drawn, or "failed".
_LOADER = """
(async () => {
  const boxes = document.querySelectorAll(".chart > div[data-chart]");
  const say = (text) => boxes.forEach((box) => { box.textContent = text; });
  const unpack = async (id) => {
    const text = document.getElementById(id).textContent.trim();
    const bytes = Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).text();
  };
  if (typeof DecompressionStream === "undefined") {
    say(%(no_unpack)s);
    document.body.dataset.charts = "failed";
    return;
  }
  try {
    const code = document.createElement("script");
    code.textContent = await unpack("plotly-js");
    document.head.appendChild(code);
    const figures = JSON.parse(await unpack("chart-data"));
    let drawn = 0;
    for (const box of boxes) {
      const figure = figures[box.dataset.chart];
      box.textContent = "";
      await Plotly.newPlot(box, figure.data, figure.layout, %(config)s);
      drawn += 1;
    }
    document.body.dataset.charts = String(drawn);
  } catch (error) {
    say("The charts could not be drawn: " + error);
    document.body.dataset.charts = "failed";
    throw error;
  }
})();
"""


def packed(text: str) -> str:
    """Text gzip-compressed and base64-encoded, for a <script type="application/gzip+base64"> block."""
    return base64.b64encode(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)).decode("ascii")


def unpacked(report: str, block: str) -> str:
    """The text of a packed block of a report ("plotly-js" or "chart-data"): what the browser unpacks."""
    start = report.index(f'<script id="{block}" type="application/gzip+base64">')
    body = report[report.index(">", start) + 1:report.index("</script>", start)]
    return gzip.decompress(base64.b64decode(body)).decode("utf-8")


def _chart_div(fig: go.Figure, name: str) -> str:
    height = int(fig.layout.height or 520)
    return (f'<div class="chart"><div id="chart-{_esc(name)}" data-chart="{_esc(name)}" '
            f'style="height:{height}px;width:100%"><p class="loading">Drawing the chart…</p></div></div>')


def _chart_scripts(figs: Mapping[str, go.Figure]) -> str:
    """plotly.js and the charts' data, each packed once, and the script that draws them."""
    data = "{" + ",".join(f"{json.dumps(name)}:{pio.to_json(fig, validate=False)}"
                          for name, fig in figs.items()) + "}"
    loader = _LOADER % {"no_unpack": json.dumps(NO_UNPACK), "config": json.dumps(CONFIG)}
    return (f'<script id="plotly-js" type="application/gzip+base64">{packed(get_plotlyjs())}</script>'
            f'<script id="chart-data" type="application/gzip+base64">{packed(data)}</script>'
            f"<script>{loader}</script>")


def made_of_table(figures: pd.DataFrame, attacker: str, max_rows: int) -> str:
    """The drill-down behind the charts: every attack and class they count, with the CSV lines it is read
    from (a total is counted once; its parts are not added to it)."""
    table = charts.attack_composition(figures[figures["attacker"] == attacker])
    if table.empty:
        return ""
    rows = table.rename(columns={"doc_id": "document", "weapon": "class", "lines": "csv lines"})
    rows = rows[["date", "document", "event", "class", "launched", "csv lines"]]
    note = f'<p class="note">Showing the first {max_rows:,}.</p>' if len(rows) > max_rows else ""
    return (f"<details><summary>What the charts count: {len(rows):,} attack and class values with the CSV "
            "lines of their figures</summary>" + note + html_table(rows.head(max_rows), ("event", "launched"))
            + "</details>")


def _dates_of(figures: pd.DataFrame) -> pd.Series:
    dated = figures[figures["date"] != ""]
    return dated.groupby(["doc_id", "event"])["date"].max() if len(dated) else pd.Series(dtype=str)


def _check_rows(checks: Sequence[CheckResult], dates: pd.Series) -> pd.DataFrame:
    # a failed check of a warning rule is shown as "warning"
    return pd.DataFrame([{"status": "warning" if c.status == "fail" and c.severity == "warning" else c.status,
                          "rule": c.rule, "document": c.doc_id,
                          "event": c.event, "attacker": c.attacker, "date": dates.get((c.doc_id, c.event), ""),
                          "check": c.message, "csv lines": c.lines, "evidence": c.evidence} for c in checks],
                        columns=CHECK_COLUMNS)


def _rule_rows(tally: Mapping[tuple[str, str, str], int], rules: RuleSet) -> pd.DataFrame:
    rows = []
    for rule in rules.rules:
        passed = sum(n for (r, _, status), n in tally.items() if r == rule.id and status == "pass")
        failed = sum(n for (r, _, status), n in tally.items() if r == rule.id and status == "fail")
        rows.append({"rule": rule.id, "description": rule.description, "severity": rule.severity,
                     "checked": passed + failed, "passed": passed, "failed": failed})
    return pd.DataFrame(rows, columns=["rule", "description", "severity", "checked", "passed", "failed"])


def _documents(documents: pd.DataFrame, figures: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    if len(documents) or figures.empty:
        return documents, ""
    counts = figures.groupby("doc_id", sort=False).size()
    derived = pd.DataFrame({"doc_id": counts.index, "figures": counts.to_numpy()})
    return derived, "<p class=\"note\">Documents named in the figures table (the texts were not read here).</p>"


def _card(value: object, label: str, kind: str = "") -> str:
    shown = f"{value:,}" if isinstance(value, int) else _esc(value)
    return f'<div class="card {kind}"><b>{shown}</b><span>{_esc(label)}</span></div>'


def render_report(figures: pd.DataFrame, checks: list[CheckResult], documents: pd.DataFrame,
                  failures: list[Failure] | None = None, title: str = "attack-stats report",
                  max_rows: int = 5000, rules: RuleSet | None = None, period: str = "auto",
                  tally: Mapping[tuple[str, str, str], int] | None = None, total_figures: int | None = None
                  ) -> str:
    """One self-contained HTML page (plotly.js embedded: no network needed to view it).

    `tally` counts the checks per (rule, severity, status) when `checks` holds only some of them (a large
    run keeps every failed check but only the first passed ones); `total_figures` is the size of the figures
    table when `figures` holds only its first rows (the charts then draw those, and say so)."""
    failures = failures or []
    total = len(figures) if total_figures is None else total_figures
    documents, documents_note = _documents(documents, figures)
    tally = tally if tally is not None else count_checks(checks)
    figs = report_figures(figures, checks, period, tally)
    parts = [
        "<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_esc(title)}</title><style>{_STYLE}</style>",
        "</head><body><main>",
        f'<noscript><p class="note">{_esc(NO_UNPACK.split(".")[0])}: the charts need JavaScript.</p></noscript>',
        f"<h1>{_esc(title)}</h1>",
        *_head(figures, checks, tally, len(documents), total, len(failures)),
        *_attack_sections(figures, figs, max_rows),
        *_check_sections(figures, checks, tally, figs, rules or load_rules(), max_rows),
        *_schema_section(failures),
        *_figure_section(figures, total, max_rows),
        '<h2 id="documents">Documents</h2>', documents_note,
        html_table(documents, ("size", "figures")) if len(documents) else "<p>No documents.</p>",
        f"<footer>attack-stats {_esc(__version__)}. Charts drawn with plotly (embedded; the page works "
        "offline). Colours from the Okabe-Ito colour-blind-safe palette. Text from documents is shown as "
        "text.</footer>",
        "</main>", _chart_scripts(figs), "</body></html>"]
    return "\n".join(p for p in parts if p)


def _head(figures: pd.DataFrame, checks: Sequence[CheckResult], tally: Mapping[tuple[str, str, str], int],
          documents: int, total: int, schema_failures: int) -> list[str]:
    """The lede (dates and what the charts draw), the navigation and the cards of counts."""
    totals = summary(checks, counts=tally)
    weapons = figures[figures["weapon"].isin(charts.WEAPON_ORDER)]
    attacks = weapons.groupby(charts.GROUP).ngroups if len(weapons) else 0
    dates = _dates_of(figures)
    span = ""
    if len(dates):
        first, last = pd.Timestamp(dates.min()), pd.Timestamp(dates.max())
        span = f" Attacks dated {first:%d %b %Y} to {last:%d %b %Y}."
    undated = attacks - (weapons[weapons["date"] != ""].groupby(charts.GROUP).ngroups if len(weapons) else 0)
    if undated:
        span += f" {undated:,} {'attack' if undated == 1 else 'attacks'} without a date."
    if total > len(figures):
        span += (f" The charts draw the first {len(figures):,} of the {total:,} figures (the figures CSV holds "
                 "them all; attack-stats chart draws them all).")
    nav = [('<a href="#checks">Checks</a>')]
    nav += [f'<a href="#attacks-{_esc(a)}">{_esc(ATTACKER_HEADING.get(a, a))}</a>' for a in attackers_of(figures)]
    if (figures["weapon"] == "people").any():
        nav.append('<a href="#casualties">Casualties</a>')
    nav += ['<a href="#figures">Figures</a>', '<a href="#documents">Documents</a>']
    n_errors, n_warnings = totals["failed"], totals["warnings"]
    cards = [
        _card(documents, "documents"), _card(total, "figures"), _card(attacks, "attacks"),
        _card(totals["passed"], "checks passed", "pass"),
        _card(n_errors, "checks failed", "fail" if n_errors else "pass"),
        _card(n_warnings, "warnings", "warn" if n_warnings else ""),
        _card(schema_failures, "schema failures", "fail" if schema_failures else "pass"),
    ]
    return [f'<p class="lede">Figures read from reports of aerial attacks, validated and checked for '
            f"consistency.{_esc(span)}</p>", f'<nav>{"".join(nav)}</nav>', f'<div class="cards">{"".join(cards)}</div>']


def _attack_sections(figures: pd.DataFrame, figs: Mapping[str, go.Figure], max_rows: int) -> list[str]:
    """Per attacker its charts and the drill-down behind them; then the casualties."""
    parts: list[str] = []
    charted = charted_attackers(figures)
    sections: list[str | None] = [*attackers_of(figures)] or [None]
    for attacker in sections:
        suffix = f"-{attacker}" if attacker else ""
        if attacker is None:
            parts.append('<h2 id="attacks">Attacks</h2>')
        else:
            n = int((figures["attacker"] == attacker).sum())
            parts.append(f'<h2 id="attacks-{_esc(attacker)}">{_esc(ATTACKER_HEADING.get(attacker, attacker))} '
                         f'<small>({n:,} {"figure" if n == 1 else "figures"})</small></h2>')
            if attacker not in charted:
                which = "this figure says" if n == 1 else f"these {n:,} figures says"
                parts.append(f"<p>No charts: none of {which} how many weapons were launched. "
                             'They are listed under <a href="#figures">Figures</a>.</p>')
                continue
        for name in ("composition", "outcomes", "outcome-shares", "timeline", "regions"):
            if f"{name}{suffix}" in figs:
                parts.append(_chart_div(figs[f"{name}{suffix}"], f"{name}{suffix}"))
        if attacker:
            parts.append(made_of_table(figures, attacker, max_rows))
    if "casualties" in figs:
        parts += ['<h2 id="casualties">Casualties</h2>', _chart_div(figs["casualties"], "casualties")]
    return parts


def _check_sections(figures: pd.DataFrame, checks: Sequence[CheckResult], tally: Mapping[tuple[str, str, str], int],
                    figs: Mapping[str, go.Figure], rules: RuleSet, max_rows: int) -> list[str]:
    """The checks: per rule, the two charts, every failed check and the first passed ones."""
    totals = summary(checks, counts=tally)
    n_passed, n_errors, n_warnings = totals["passed"], totals["failed"], totals["warnings"]
    failed = [c for c in checks if c.status == "fail"]
    passed = [c for c in checks if c.status == "pass"]
    dates = _dates_of(figures)
    parts = ['<h2 id="checks">Consistency checks</h2>',
             f"<p>{n_passed + n_errors + n_warnings:,} checks: {n_passed:,} passed, {n_errors:,} failed, "
             f"{n_warnings:,} warnings. Each check compares the figures of one attack "
             "(document, event, attacker), or the documents of one date; the CSV lines point at the rows of the "
             "figures table.</p>",
             html_table(_rule_rows(tally, rules), ("checked", "passed", "failed")),
             _chart_div(figs["checks-per-rule"], "checks-per-rule"),
             _chart_div(figs["check-failures"], "check-failures")]
    if failed:
        parts += [f"<h3>Failed checks ({len(failed):,})</h3>",
                  f'<p class="note">Showing the first {max_rows:,}.</p>' if len(failed) > max_rows else "",
                  html_table(_check_rows(failed[:max_rows], dates), ("event",), "failed-checks")]
    else:
        parts.append("<p>No check failed.</p>" if tally else "<p>No check applied.</p>")
    if passed:
        shown = min(max_rows, MAX_PASSED, len(passed))
        parts += [f"<details><summary>Passed checks ({n_passed:,})</summary>",
                  f'<p class="note">Showing the first {shown:,}; every check is in '
                  "checks.csv.</p>" if n_passed > shown else "",
                  html_table(_check_rows(passed[:shown], dates), ("event",)), "</details>"]
    return parts


def _schema_section(failures: Sequence[Failure]) -> list[str]:
    if not failures:
        return []
    rows = pd.DataFrame([{"line": f.line, "column": f.column, "value": f.value, "check": f.check}
                         for f in failures], columns=["line", "column", "value", "check"])
    return [f"<h3>Schema failures ({len(failures):,})</h3>",
            '<p class="note">These rows are left out of the charts and the checks.</p>', html_table(rows, ("line",))]


def _figure_section(figures: pd.DataFrame, total: int, max_rows: int) -> list[str]:
    table = figures.head(max_rows).assign(
        line=figures.index[:max_rows] + 2,
        span=[f"{s}–{e}" for s, e in zip(figures["start"][:max_rows], figures["end"][:max_rows], strict=True)])
    return ['<h2 id="figures">Figures</h2>',
            '<p class="note">Line: the line of the figure in the figures CSV (the header is line 1). Span: where '
            "the number stands in its document.</p>",
            f'<p class="note">Showing the first {min(max_rows, len(figures)):,} of {total:,} figures.</p>'
            if total > min(max_rows, len(figures)) else "",
            html_table(table[FIGURE_COLUMNS], ("line", "event", "value")) if len(figures) else "<p>No figures.</p>"]
