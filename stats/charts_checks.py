"""Charts of the consistency checks (per rule, and where they failed) and static images of any chart."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .chart_layout import (
    CHART_WIDTH,
    FAIL_COLOUR,
    PASS_COLOUR,
    PERIOD_WORD,
    RULE_COLOURS,
    WARN_COLOUR,
    _count_axis,
    _date_axis,
    _layout,
    _no_data,
    _num,
    _period_label,
    _plural,
    _short,
    choose_period,
    escape,
    period_start,
)
from .checks import CheckResult
from .errors import ExportError


def check_rules(checks: Sequence[CheckResult], tally: Mapping[tuple[str, str, str], int] | None = None
                ) -> go.Figure:
    """How many checks passed and failed, per rule (from `tally`, checks per (rule, severity, status), when
    given)."""
    title = "Consistency checks per rule"
    fig = go.Figure()
    tally = tally if tally is not None else Counter((c.rule, c.severity, c.status) for c in checks)
    if not tally:
        return _no_data(fig, "No data: no check applied (no figures to compare)", title)
    df = pd.DataFrame([{"rule": r, "severity": sev, "status": st, "n": n} for (r, sev, st), n in tally.items()])
    df["outcome"] = df["status"].where(df["status"] == "pass", "fail (" + df["severity"] + ")")
    counts = df.groupby(["rule", "outcome"])["n"].sum().unstack(fill_value=0)
    rules = list(dict.fromkeys(df["rule"]))[::-1]  # first rule at the top
    counts = counts.reindex(rules)
    total = counts.sum(axis=1)
    for outcome, name, colour in (("pass", "passed", PASS_COLOUR), ("fail (error)", "failed", FAIL_COLOUR),
                                  ("fail (warning)", "failed (warning)", WARN_COLOUR)):
        if outcome not in counts.columns:
            continue
        fig.add_bar(y=counts.index, x=counts[outcome], name=name, orientation="h", marker_color=colour,
                    customdata=[[_num(total[r])] for r in counts.index], marker_line_width=0,
                    hovertemplate=f"<b>%{{y}}</b><br>{name}: %{{x:,}} of %{{customdata[0]}}<extra></extra>")
    failed = total - counts.get("pass", 0)
    fig.update_traces(textposition="none")
    for rule in counts.index:
        fig.add_annotation(x=total[rule], y=rule, text=f" {_num(failed[rule])} failed of {_num(total[rule])}",
                           xanchor="left", showarrow=False, font=dict(size=12, color="#333"))
    fig.update_layout(barmode="stack", bargap=0.35)
    fig.update_xaxes(title="Checks", **_count_axis(float(total.max())))
    fig.update_yaxes(automargin=True)
    fig.update_layout(margin=dict(r=160))
    fig = _layout(fig, title, f"{_plural(int(df['n'].sum()), 'check')} over {_plural(df['rule'].nunique(), 'rule')}.",
                  height=max(300, 60 * len(rules) + 200))
    fig.update_layout(margin=dict(r=170))
    return fig


def check_failures(checks: Sequence[CheckResult], frame: pd.DataFrame | None = None,
                   period: str = "auto") -> go.Figure:
    """Where the checks failed: failures per day, week or month by rule, or per document when undated."""
    title = "Where the consistency checks failed"
    failed = [c for c in checks if c.status == "fail"]
    fig = go.Figure()
    if not checks:
        return _no_data(fig, "No data: no check applied", title)
    if not failed:
        return _no_data(fig, "The only check passed" if len(checks) == 1 else f"All {len(checks):,} checks passed",
                        title)
    df = pd.DataFrame([{"rule": c.rule, "doc_id": c.doc_id, "event": c.event, "message": c.message}
                       for c in failed])
    dates = pd.Series(dtype=str)
    if frame is not None and not frame.empty:
        dates = frame[frame["date"] != ""].groupby(["doc_id", "event"])["date"].max()
    df["date"] = [dates.get((d, e), "") for d, e in zip(df["doc_id"], df["event"], strict=True)]
    rules = list(dict.fromkeys(df["rule"]))
    colours = {r: RULE_COLOURS[i % len(RULE_COLOURS)] for i, r in enumerate(rules)}
    dated = df[df["date"] != ""]
    if not dated.empty:
        period = choose_period(dated["date"], period)
        dated = dated.assign(start=period_start(dated["date"], period))
        for rule in rules:
            part = dated[dated["rule"] == rule]
            if part.empty:
                continue
            grouped = part.groupby("start")
            counts = grouped.size()
            examples = grouped.apply(lambda g: "<br>".join(
                f"{escape(d)}: {escape(m)}" for d, m in zip(g["doc_id"].head(3), g["message"].head(3), strict=True)),
                include_groups=False)
            fig.add_bar(x=counts.index, y=counts, name=escape(rule), marker_color=colours[rule], marker_line_width=0,
                        customdata=[[_period_label(s, period), examples[s]] for s in counts.index],
                        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{escape(rule)}: %{{y}} failed<br>"
                                       "%{customdata[1]}<extra></extra>"))
        _date_axis(fig, period, dated["start"])
        highest = float(dated.groupby("start").size().max())
        fig.update_yaxes(title=f"Failed checks per {PERIOD_WORD[period]}", **_count_axis(highest))
        note = f"{len(failed):,} failed checks, by the {PERIOD_WORD[period]} of the attack."
        if len(dated) < len(df):
            note += f" Not shown: {_plural(len(df) - len(dated), 'failure')} in attacks without a date."
        fig.update_layout(barmode="stack", bargap=0.1)
        return _layout(fig, title, note)
    per_doc = df.groupby("doc_id", sort=False).size().sort_values(ascending=False, kind="stable")
    shown = per_doc.head(20).index[::-1]
    for rule in rules:
        part = df[(df["rule"] == rule) & df["doc_id"].isin(shown)]
        if part.empty:
            continue
        grouped = part.groupby("doc_id")
        counts = grouped.size().reindex(shown).fillna(0)
        messages = grouped["message"].agg(lambda s: "<br>".join(escape(m) for m in s.head(3))).reindex(shown)
        fig.add_bar(y=[escape(d) for d in shown], x=counts, name=escape(rule), orientation="h",
                    marker_color=colours[rule], marker_line_width=0,
                    customdata=[[escape(d), messages[d] if isinstance(messages[d], str) else ""] for d in shown],
                    hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{escape(rule)}: %{{x}} failed<br>"
                                   "%{customdata[1]}<extra></extra>"))
    fig.update_layout(barmode="stack", bargap=0.35)
    fig.update_xaxes(title="Failed checks", **_count_axis(float(per_doc.max())))
    fig.update_yaxes(type="category", automargin=True, tickmode="array", tickvals=[escape(d) for d in shown],
                     ticktext=[_short(d, 40) for d in shown])
    note = f"{len(failed):,} failed checks per document (no dates given)."
    if len(per_doc) > 20:
        note += f" The 20 documents with most failures of {len(per_doc)}."
    return _layout(fig, title, note, height=max(320, 28 * len(shown) + 220))



# ---------------------------------------------------------------------------------------------------
# Static images

NO_KALEIDO = "static images need the kaleido package: pip install 'attack-stats[static]'"
NO_CHROMIUM = ("static images need Chromium, which was not found: install it (apt-get install chromium) "
               "or set BROWSER_PATH to its path")


def write_images(figures: Mapping[str, go.Figure], outdir: Path, formats: Sequence[str] = ("png", "svg"),
                 width: int = CHART_WIDTH) -> list[Path]:
    """Write every figure as NAME.FORMAT into outdir through kaleido and Chromium; the paths written."""
    try:
        import kaleido
        from choreographer.errors import BrowserFailedError
        from kaleido.errors import ChromeNotFoundError
    except ImportError as exc:
        raise ExportError(NO_KALEIDO) from exc
    outdir = Path(outdir)
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot write images to {outdir}: {exc.strerror or exc}") from exc
    specs: list[dict[str, Any]] = []
    paths: list[Path] = []
    for name, fig in figures.items():
        height = fig.layout.height or 520
        for fmt in formats:
            path = outdir / f"{name}.{fmt}"
            specs.append({"fig": fig.to_dict(), "path": path,
                          "opts": {"format": fmt, "width": width, "height": height, "scale": 1}})
            paths.append(path)
    try:
        kaleido.write_fig_from_object_sync(specs, kopts={"mathjax": False})
    except ChromeNotFoundError as exc:
        raise ExportError(NO_CHROMIUM) from exc
    except BrowserFailedError as exc:
        raise ExportError(f"Chromium did not start: {exc}") from exc
    return paths
