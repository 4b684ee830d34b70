"""Charts of where and whom: weapons per region, and casualties over time (children marked).

Both count by the counting rule (stats.counting) like every chart of stats.charts: a region's count is the
total its figures give for that region, else their parts; a casualty count is the total, with a group
(children) a part of it that never adds to it.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .chart_layout import (
    _by,
    _count_axis,
    _date_axis,
    _for_attacker,
    _layout,
    _no_data,
    _num,
    _period_label,
    _plural,
    choose_period,
    escape,
    made_of,
    period_start,
)
from .chart_tables import GROUP, counts
from .contract import MUNITIONS, children

REGION_MEASURES = (("launched", "Launched toward the region", "#E69F00"),
                   ("shot_down", "Shot down over the region", "#009E73"))
TREE = tuple(w for w in MUNITIONS if w != "aircraft")
REGION_COLOURS = ("#0072B2", "#D55E00", "#CC79A7", "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#000000")
MAX_REGIONS = 12
CASUALTIES = (("killed", "Killed", "#000000"), ("injured", "Injured", "#D55E00"))


def _tree_total(values: dict[str, float], node: str = "aerial_weapon") -> float:
    """The count of a class: its own when given, else its classes' counts summed (NaN when neither)."""
    own = values.get(node, math.nan)
    if not math.isnan(own):
        return own
    parts = [v for child in children(node) if not math.isnan(v := _tree_total(values, child))]
    return float(sum(parts)) if parts else math.nan


def region_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Weapons launched and shot down per attack and region: per class the region's count by the counting
    rule, then the aerial weapons of the region (their total, else their classes summed).

    Columns: doc_id, event, attacker, date, region, measure, value, lines."""
    columns = [*GROUP, "date", "region", "measure", "value", "lines"]
    placed = frame[(frame["region"] != "") & frame["weapon"].isin(TREE)]
    if placed.empty:
        return pd.DataFrame(columns=columns)
    # the region becomes part of the attack: each region's figures are counted on their own
    keyed = placed.assign(doc_id=placed["doc_id"] + "\x00" + placed["region"], region="")
    per_class = counts(keyed, TREE, [m for m, _, _ in REGION_MEASURES])
    if per_class.empty:
        return pd.DataFrame(columns=columns)
    split = [key.split("\x00", 1) for key in per_class["doc_id"]]
    per_class["region"] = [parts[1] if len(parts) > 1 else "" for parts in split]
    per_class["doc_id"] = [parts[0] for parts in split]
    rows = []
    for key, part in per_class.groupby([*GROUP, "date", "region", "measure"], sort=False):
        value = _tree_total(dict(zip(part["weapon"], part["value"].astype(float), strict=True)))
        if not math.isnan(value):
            rows.append((*key, value, " ".join(part["lines"])))
    return pd.DataFrame(rows, columns=columns)


def regions(frame: pd.DataFrame, attacker: str | None = None, period: str = "auto") -> go.Figure:
    """Per region: weapons launched toward it and shot down over it (bars), and each region's share of all
    weapons launched per day, week or month (lines, 0-100 %)."""
    title = f"Weapons by region{_by(attacker)}"
    chosen = _for_attacker(frame, attacker)
    table = region_counts(chosen)
    fig = go.Figure()
    if table.empty:
        return _no_data(fig, "No data: no figure names a region", title)
    sums = table.pivot_table(index="region", columns="measure", values="value", aggfunc="sum", fill_value=0)
    order = sums.sum(axis=1).sort_values(ascending=False, kind="stable").index[:MAX_REGIONS]
    sums = sums.reindex(order)
    made = made_of(table, ["region", "measure"], "value")
    dated = table[(table["date"] != "") & (table["measure"] == "launched") & table["region"].isin(order)]
    rows = 2 if not dated.empty else 1
    fig = make_subplots(rows=rows, cols=1, vertical_spacing=0.16, row_heights=[0.55, 0.45][:rows])
    for measure, name, colour in REGION_MEASURES:
        if measure not in sums.columns:
            continue
        custom = [[escape(r), made.get((r, measure), "")] for r in sums.index]
        fig.add_bar(y=[escape(r) for r in sums.index][::-1], x=sums[measure][::-1], name=name, orientation="h",
                    marker_color=colour, marker_line_width=0, customdata=custom[::-1],
                    hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{name}: %{{x:,}}<br>made of:<br>"
                                   "%{customdata[1]}<extra></extra>"), row=1, col=1)
    fig.update_xaxes(title="Weapons", row=1, col=1, **_count_axis(float(sums.to_numpy().max())))
    fig.update_yaxes(automargin=True, row=1, col=1)
    regions_named = table["region"].nunique()
    note = f"Counted from {_plural(table.groupby(GROUP).ngroups, 'attack')} whose figures name a region"
    note += f"; the {len(order)} of {regions_named} regions with most weapons." if regions_named > len(order) else "."
    if rows == 2:
        _share_lines(fig, chosen, dated, order, period)
        note += " Lines: a region's launched as a share of all weapons launched in the period."
    fig.update_layout(barmode="group", hovermode="closest")
    return _layout(fig, title, note, height=max(520, 34 * len(order) + 480))


def _share_lines(fig: go.Figure, frame: pd.DataFrame, dated: pd.DataFrame, order: pd.Index, period: str) -> None:
    """Each region's launched as a share of all launched per period (row 2 of the regions chart)."""
    everything = counts(frame, TREE, ["launched"])
    everything = everything[(everything["date"] != "") & (everything["scope"] == "")]
    period = choose_period(dated["date"], period)
    per_region = dated.assign(start=period_start(dated["date"], period)).pivot_table(
        index="start", columns="region", values="value", aggfunc="sum", fill_value=0)
    whole = everything.assign(start=period_start(everything["date"], period)) if len(everything) else everything
    totals = _whole_per_period(whole).reindex(per_region.index)
    for i, region in enumerate(r for r in order if r in per_region.columns):
        share = (per_region[region] / totals.where(totals > 0) * 100).clip(upper=100)
        custom = [[_period_label(s, period), _num(v), _num(t) if not math.isnan(t) else "not given"]
                  for s, v, t in zip(per_region.index, per_region[region], totals, strict=True)]
        fig.add_scatter(x=per_region.index, y=share, name=escape(region), mode="lines+markers",
                        line=dict(color=REGION_COLOURS[i % len(REGION_COLOURS)], width=1.5), marker=dict(size=5),
                        customdata=custom, legendgroup="share",
                        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{escape(region)}: %{{customdata[1]}} of "
                                       "%{customdata[2]} launched (%{y:.1f}%)<extra></extra>"), row=2, col=1)
    _date_axis(fig, period, per_region.index, row=2, col=1)
    fig.update_yaxes(title="Share of launched", range=[0, 100], ticksuffix="%", tick0=0, dtick=25,
                     gridcolor="#e6e6e6", row=2, col=1)


def _whole_per_period(table: pd.DataFrame) -> pd.Series:
    """All weapons launched per period: per attack the aerial weapons (their total, else their classes)."""
    if table.empty:
        return pd.Series(dtype="float64")
    per_attack = table.groupby([*GROUP, "start"], sort=False).apply(
        lambda g: _tree_total(dict(zip(g["weapon"], g["value"].astype(float), strict=True))), include_groups=False)
    return per_attack.groupby(level="start").sum()


def casualty_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """Killed and injured per attack by the counting rule, and of them children (a part, never added).

    Columns: doc_id, event, attacker, date, measure, value, children, lines."""
    columns = [*GROUP, "date", "measure", "value", "children", "lines"]
    people = counts(frame, ("people",), [m for m, _, _ in CASUALTIES])
    if people.empty:
        return pd.DataFrame(columns=columns)
    kids = frame[frame["group"] == "children"]
    children = counts(kids.assign(group=""), ("people",), [m for m, _, _ in CASUALTIES])
    children = children.set_index([*GROUP, "measure"])["value"]
    people["children"] = [children.get(k, math.nan) for k in
                          zip(*(people[c] for c in (*GROUP, "measure")), strict=True)]
    return people[columns]


def casualties(frame: pd.DataFrame, period: str = "auto") -> go.Figure:
    """Killed and injured per day, week or month (bars), children among them marked inside each bar."""
    title = "Casualties over time"
    table = casualty_counts(frame)
    fig = go.Figure()
    if table.empty:
        return _no_data(fig, "No data: no figure counts people killed or injured", title)
    dated = table[table["date"] != ""]
    if dated.empty:
        keys = dated if len(dated) else table
        x_of = keys["doc_id"].map(escape) + keys["event"].map(lambda e: f" #{e}" if e else "")
        table = table.assign(start=x_of)
        period_word, x_title = "attack", "Attack (no date given)"
    else:
        period = choose_period(dated["date"], period)
        table = dated.assign(start=period_start(dated["date"], period))
        period_word, x_title = period, ""
    made = made_of(table, ["start", "measure"], "value")
    for measure, name, colour in CASUALTIES:
        part = table[table["measure"] == measure]
        if part.empty:
            continue
        sums = part.groupby("start", sort=False)[["value", "children"]].sum(min_count=1)
        label = [_period_label(s, period) if not isinstance(s, str) else s for s in sums.index]
        fig.add_bar(x=sums.index, y=sums["value"], name=name, marker_color=colour, marker_line_width=0,
                    offsetgroup=measure,
                    customdata=[[lb, made.get((s, measure), "")] for lb, s in zip(label, sums.index, strict=True)],
                    hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{name}: %{{y:,}}<br>made of:<br>"
                                   "%{customdata[1]}<extra></extra>"))
        kids = sums["children"].dropna()
        if len(kids):
            # drawn over its bar (same offsetgroup): children are a part of the casualties, never added to them
            fig.add_bar(x=kids.index, y=kids, name=f"{name}: children among them", offsetgroup=measure,
                        marker=dict(color="#F0E442", line=dict(color=colour, width=1.5),
                                    pattern=dict(shape="/", fgcolor=colour, solidity=0.25)),
                        customdata=[[s if isinstance(s, str) else _period_label(s, period)] for s in kids.index],
                        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{name}: %{{y:,}} children among them"
                                       "<extra></extra>"))
    if dated.empty:
        fig.update_xaxes(type="category", title=x_title, automargin=True)
    else:
        _date_axis(fig, period, table["start"], grouped=True)
    fig.update_layout(barmode="group", hovermode="closest")
    fig.update_yaxes(title=f"People per {period_word}",
                     **_count_axis(float(table.groupby(["start", "measure"])["value"].sum().max())))
    note = ("Bars: people killed and injured, each attack counted once (its total; a group is part of it). "
            "Hatched yellow inside a bar: children among them, where the figures say.")
    return _layout(fig, title, note)
