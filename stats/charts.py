"""Plotly charts of a validated figures frame.

Every chart is a function that takes the figures frame (as :func:`stats.schema.validate` returns it,
and the check results where it needs them) and returns a plotly Figure. The HTML report, the static
images and the notebooks all use these functions: the charts of attacks here, of regions and casualties
in stats.charts_places, of the checks in stats.charts_checks (re-exported here), the tables they draw in
stats.chart_tables and what they share in stats.chart_layout.

How figures are counted, so that nothing is counted twice: see stats.chart_tables (the counting rule of
stats.counting, then the weapon tree).

Text taken from documents is HTML-escaped before it enters a figure, so plotly shows it as text.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from .chart_layout import (
    ATTACKER_LABEL,
    CHART_WIDTH,
    FAIL_COLOUR,
    FATES,
    FONT,
    MADE_OF_SHOWN,
    MAX_CATEGORIES,
    OUTCOME_WEAPON_LABEL,
    PASS_COLOUR,
    PERIOD_WORD,
    PERIODS,
    RULE_COLOURS,
    WARN_COLOUR,
    WEAPON_COLOUR,
    WEAPON_LABEL,
    _by,
    _count_axis,
    _date_axis,
    _for_attacker,
    _hover_text,
    _layout,
    _no_data,
    _num,
    _period_label,
    _plural,
    _short,
    choose_period,
    escape,
    made_of,
    period_start,
)
from .chart_tables import (
    ATTACK_MEASURES,
    GROUP,
    OUTCOME_MEASURES,
    ROOTS,
    WEAPON_ORDER,
    attack_composition,
    attack_outcomes,
    counts,
)
from .charts_checks import NO_CHROMIUM, NO_KALEIDO, check_failures, check_rules, write_images

__all__ = [
    "ATTACKER_LABEL", "ATTACK_MEASURES", "CHART_WIDTH", "FAIL_COLOUR", "FATES", "FONT", "GROUP", "MADE_OF_SHOWN",
    "MAX_CATEGORIES", "NO_CHROMIUM", "NO_KALEIDO", "OUTCOME_MEASURES", "OUTCOME_WEAPON_LABEL", "PASS_COLOUR",
    "PERIODS", "PERIOD_WORD", "ROOTS", "RULE_COLOURS", "WARN_COLOUR", "WEAPON_COLOUR", "WEAPON_LABEL",
    "WEAPON_ORDER", "_by", "_count_axis", "_date_axis", "_for_attacker", "_hover_text", "_layout", "_no_data",
    "_num", "_period_label", "_plural", "_short", "attack_composition", "attack_outcomes", "check_failures",
    "check_rules", "choose_period", "composition", "counts", "escape", "made_of", "outcome_shares", "outcomes",
    "period_start", "timeline", "write_images",
]


# ---------------------------------------------------------------------------------------------------
# Charts


def composition(frame: pd.DataFrame, attacker: str | None = None, period: str = "auto") -> go.Figure:
    """What each attack was made of: weapons launched per class, stacked.

    Attacks with a date are summed per day, week or month (``period``); when no attack has a date,
    each attack is a bar of its own (the largest 40).
    """
    title = f"What the attacks were made of{_by(attacker)}"
    table = attack_composition(_for_attacker(frame, attacker))
    fig = go.Figure()
    if table.empty:
        return _no_data(fig, "No data: no weapons launched in these figures", title)
    dated = table[table["date"] != ""]
    undated = table[table["date"] == ""]
    weapons = [w for w in WEAPON_ORDER if w in set(table["weapon"])]
    if not dated.empty:
        period = choose_period(dated["date"], period)
        dated = dated.assign(start=period_start(dated["date"], period))
        per = dated.pivot_table(index="start", columns="weapon", values="launched", aggfunc="sum", fill_value=0)
        reports = dated.groupby("start")[GROUP].apply(lambda g: len(g.drop_duplicates())).reindex(per.index)
        made = made_of(dated, ["start", "weapon"], "launched")
        total = per.sum(axis=1)
        for weapon in weapons:
            if weapon not in per.columns:
                continue
            custom = [[_period_label(s, period), _num(total[s]), _plural(int(reports[s]), "attack"),
                       made.get((s, weapon), "")] for s in per.index]
            fig.add_bar(x=per.index, y=per[weapon], name=WEAPON_LABEL[weapon], marker_color=WEAPON_COLOUR[weapon],
                        marker_line_width=0, customdata=custom,
                        hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{WEAPON_LABEL[weapon]}: %{{y:,}} of "
                                       "%{customdata[1]} launched in %{customdata[2]}<br>made of:<br>"
                                       "%{customdata[3]}<extra></extra>"))
        _date_axis(fig, period, per.index)
        note = f"Weapons launched per {PERIOD_WORD[period]}, by class; bars start at zero."
        if not undated.empty:
            note += f" Not shown: {_plural(undated.groupby(GROUP).ngroups, 'attack')} without a date."
        fig.update_layout(bargap=0.1 if period != "day" else 0.3)
        y_title = f"Weapons launched per {PERIOD_WORD[period]}"
    else:
        totals = undated.groupby(GROUP, sort=False)["launched"].sum()
        keep = totals.nlargest(MAX_CATEGORIES, keep="first").index if len(totals) > MAX_CATEGORIES else totals.index
        kept = undated.set_index(GROUP).loc[list(dict.fromkeys(k for k in totals.index if k in set(keep)))]
        kept = kept.reset_index()
        # the full name is the category (unique); the tick shows it shortened
        kept["raw"] = kept["doc_id"].astype(str) + kept["event"].map(lambda e: f" #{e}" if e else "")
        kept["label"] = kept["raw"].map(escape)
        order = list(dict.fromkeys(kept["label"]))
        ticks = [_short(raw) for raw in dict.fromkeys(kept["raw"])]
        per = kept.pivot_table(index="label", columns="weapon", values="launched", aggfunc="sum",
                               fill_value=0).reindex(order)
        info = kept.drop_duplicates("label").set_index("label").reindex(order)
        total = per.sum(axis=1)
        for weapon in weapons:
            if weapon not in per.columns:
                continue
            lines = kept[kept["weapon"] == weapon].set_index("label")["lines"]
            custom = [[escape(info.at[k, "doc_id"]), str(info.at[k, "event"]), _num(total[k]),
                       escape(lines.get(k, "")), _hover_text(info.at[k, "evidence"])] for k in per.index]
            fig.add_bar(x=per.index, y=per[weapon], name=WEAPON_LABEL[weapon], marker_color=WEAPON_COLOUR[weapon],
                        marker_line_width=0, customdata=custom,
                        hovertemplate=(f"<b>%{{customdata[0]}}</b> (attack %{{customdata[1]}})<br>"
                                       f"{WEAPON_LABEL[weapon]}: %{{y:,}} of %{{customdata[2]}} launched "
                                       "(figures on CSV lines %{customdata[3]})<br>"
                                       "<i>%{customdata[4]}</i><extra></extra>"))
        note = "Weapons launched per attack (no date given), by class; bars start at zero."
        if len(totals) > MAX_CATEGORIES:
            note += f" The {MAX_CATEGORIES} largest of {len(totals)} attacks."
        fig.update_xaxes(type="category", tickangle=-35 if len(order) > 6 else 0, automargin=True,
                         tickmode="array", tickvals=order, ticktext=ticks)
        fig.update_layout(bargap=0.35 if len(order) > 4 else 0.75)
        y_title = "Weapons launched"
    fig.update_layout(barmode="stack", hovermode="closest")
    fig.update_yaxes(title=y_title, **_count_axis(float(per.sum(axis=1).max())))
    return _layout(fig, title, note, height=620 if dated.empty and len(per) > 6 else 520)


def _fates(table: pd.DataFrame) -> list[tuple[str, str, str]]:
    return [(key, label, colour) for key, label, colour in FATES if table[key].sum() > 0]


def _outcome_sums(frame: pd.DataFrame, attacker: str | None) -> tuple[pd.DataFrame, list[tuple[str, str, str]], int]:
    """Fates summed per class label (in stacking order), the fates present, and the number of attacks."""
    table = attack_outcomes(_for_attacker(frame, attacker))
    table = table[table["launched"] > 0]
    if table.empty:
        return pd.DataFrame(), [], 0
    table = table.assign(label=[OUTCOME_WEAPON_LABEL[w] if t else WEAPON_LABEL[w]
                                for w, t in zip(table["weapon"], table["together"], strict=True)])
    table = table.sort_values("weapon", key=lambda s: s.map(WEAPON_ORDER.index), kind="stable")
    fates = _fates(table)
    labels = list(dict.fromkeys(table["label"]))
    sums = table.groupby("label")[["launched", *(k for k, _, _ in fates), "excess"]].sum().reindex(labels)
    sums["weapon"] = table.drop_duplicates("label").set_index("label")["weapon"].reindex(labels)
    sums["rows_over"] = (table["excess"] > 0).groupby(table["label"]).sum().reindex(labels)
    return sums, fates, table.groupby(GROUP).ngroups


def _excess_note(sums: pd.DataFrame) -> str:
    excess = float(sums["excess"].sum())
    if excess <= 0:
        return ""
    return (f"<br>In {_plural(int(sums['rows_over'].sum()), 'case')}, more were reported stopped than launched "
            f"({_num(excess)} more in all; counted as reported): see the checks.")


def _column_positions(values: Sequence[float], pad: float = 0.06, least: float = 0.05) -> list[float]:
    """Vertical centres (0 top, 1 bottom) of Sankey nodes stacked in the given order, small ones made visible."""
    total = sum(values) or 1.0
    room = 1.0 - pad * (len(values) - 1)
    heights = [max(v / total * room, least) for v in values]
    scale = min(1.0, room / sum(heights))
    centres, top = [], 0.0
    for h in heights:
        centres.append(min(max(top + h * scale / 2, 0.001), 0.999))
        top += h * scale + pad
    return centres


def outcomes(frame: pd.DataFrame, attacker: str | None = None) -> go.Figure:
    """What became of the weapons launched: a Sankey diagram from weapon classes to their fates."""
    title = f"What became of the weapons launched{_by(attacker)}"
    sums, fates, attacks = _outcome_sums(frame, attacker)
    fig = go.Figure()
    if sums.empty:
        return _no_data(fig, "No data: no launched figures to follow", title)
    labels = list(sums.index)
    grand = float(sums["launched"].sum())
    fate_total = {key: float(sums[key].sum()) for key, _, _ in fates}
    node_labels = [f"{escape(label)}: {_num(sums.at[label, 'launched'])}" for label in labels]
    node_labels += [f"{name}: {_num(fate_total[key])} ({fate_total[key] / grand:.0%})" for key, name, _ in fates]
    node_colours = [WEAPON_COLOUR[w] for w in sums["weapon"]] + [colour for _, _, colour in fates]
    left = [float(sums.loc[label, [k for k, _, _ in fates]].sum()) for label in labels]
    xs = [0.001] * len(labels) + [0.999] * len(fates)
    ys = _column_positions(left) + _column_positions([fate_total[k] for k, _, _ in fates])
    source, target, value, colour, custom = [], [], [], [], []
    for i, label in enumerate(labels):
        launched = float(sums.at[label, "launched"])
        for j, (key, name, fate_colour) in enumerate(fates):
            amount = float(sums.at[label, key])
            if amount <= 0:
                continue
            source.append(i)
            target.append(len(labels) + j)
            value.append(amount)
            colour.append(_rgba(fate_colour, 0.45))
            custom.append(f"{escape(label)} → {name}: {_num(amount)} "
                          f"({amount / launched:.1%} of {_num(launched)} launched)")
    fig.add_trace(go.Sankey(
        arrangement="snap", valueformat=",.0f",
        node=dict(label=node_labels, color=node_colours, x=xs, y=ys, pad=18, thickness=20,
                  line=dict(color="#666", width=0.5), hovertemplate="%{label}<extra></extra>"),
        link=dict(source=source, target=target, value=value, color=colour, customdata=custom,
                  hovertemplate="%{customdata}<extra></extra>"),
    ))
    note = (f"From {_plural(attacks, 'attack')} with a launched figure; {_num(grand)} weapons launched. "
            "Not accounted for = launched minus shot down and jammed." + _excess_note(sums))
    return _layout(fig, title, note, height=max(440, 70 * max(len(labels), len(fates)) + 200), legend=False)


def outcome_shares(frame: pd.DataFrame, attacker: str | None = None) -> go.Figure:
    """What became of each class, as shares of what was launched (0-100 %), one bar per class."""
    title = f"Share of each class shot down, jammed or not accounted for{_by(attacker)}"
    sums, fates, attacks = _outcome_sums(frame, attacker)
    fig = go.Figure()
    if sums.empty:
        return _no_data(fig, "No data: no launched figures to follow", title)
    keys = [k for k, _, _ in fates]
    base = sums[keys].sum(axis=1)
    shares = sums[keys].div(base, axis=0) * 100
    labels = [f"{escape(label)} ({_num(sums.at[label, 'launched'])})" for label in sums.index]
    for key, name, colour in fates:
        text = [f"{v:.0f}%" if v >= 6 else "" for v in shares[key]]
        custom = [[escape(label), _num(sums.at[label, key]), _num(sums.at[label, "launched"])]
                  for label in sums.index]
        fig.add_bar(y=labels[::-1], x=shares[key][::-1], name=name, orientation="h", marker_color=colour,
                    marker_line_width=0, text=text[::-1], textposition="inside", insidetextanchor="middle",
                    textfont=dict(color="#000" if colour in ("#56B4E9", "#BBBBBB", "#E69F00") else "#fff"),
                    customdata=custom[::-1],
                    hovertemplate=(f"<b>%{{customdata[0]}}</b><br>{name}: %{{customdata[1]}} of "
                                   "%{customdata[2]} launched (%{x:.1f}%)<extra></extra>"))
    fig.update_layout(barmode="stack", bargap=0.3, uniformtext=dict(minsize=10, mode="hide"))
    fig.update_xaxes(range=[0, 100], ticksuffix="%", tick0=0, dtick=25, gridcolor="#e6e6e6",
                     title="Share of weapons launched")
    fig.update_yaxes(automargin=True)
    note = (f"Per class, from {_plural(attacks, 'attack')} with a launched figure; the number launched is in "
            "brackets." + _excess_note(sums))
    return _layout(fig, title, note, height=max(320, 52 * len(labels) + 230))


def _rgba(hex_colour: str, alpha: float) -> str:
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha})"


def timeline(frame: pd.DataFrame, attacker: str | None = None, period: str = "auto") -> go.Figure:
    """Launched per day, week or month, split by fate, with the interception rate below (0-100 %)."""
    title = f"Launched and intercepted over time{_by(attacker)}"
    table = attack_outcomes(_for_attacker(frame, attacker))
    table = table[table["launched"] > 0]
    fig = go.Figure()
    dated = table[table["date"] != ""]
    if dated.empty:
        attacks = table.groupby(GROUP).ngroups
        message = ("No data: no launched figures" if table.empty else "No data: the attack has no date"
                   if attacks == 1 else f"No data: none of the {attacks:,} attacks has a date")
        return _no_data(fig, message, title)
    period = choose_period(dated["date"], period)
    dated = dated.assign(start=period_start(dated["date"], period))
    fates = _fates(dated)
    sums = dated.groupby("start")[["launched", "stopped", *(k for k, _, _ in fates)]].sum()
    with_outcome = dated[dated["has_outcome"]].groupby("start")[["launched", "stopped"]].sum().reindex(sums.index)
    fig = make_subplots(rows=2, cols=1, shared_xaxes=True, row_heights=[0.7, 0.3], vertical_spacing=0.07)
    labels = [_period_label(s, period) for s in sums.index]
    for key, name, colour in fates:
        custom = [[label, _num(sums.at[s, "launched"])] for label, s in zip(labels, sums.index, strict=True)]
        fig.add_bar(x=sums.index, y=sums[key], name=name, marker_color=colour, marker_line_width=0, customdata=custom,
                    hovertemplate=f"<b>%{{customdata[0]}}</b><br>{name}: %{{y:,}} of %{{customdata[1]}} launched"
                                  "<extra></extra>", row=1, col=1)
    rate = (with_outcome["stopped"] / with_outcome["launched"].where(with_outcome["launched"] > 0) * 100)
    custom = [[label, f"{r:.1f}" if not math.isnan(r) else "", _num(st if not math.isnan(st) else 0),
               _num(la if not math.isnan(la) else 0)]
              for label, r, st, la in zip(labels, rate, with_outcome["stopped"], with_outcome["launched"], strict=True)]
    fig.add_scatter(x=sums.index, y=rate.clip(upper=100), name="Interception rate", mode="lines+markers",
                    line=dict(color="#000000", width=1.5), marker=dict(size=4 if len(sums) > 60 else 6),
                    connectgaps=False, customdata=custom, showlegend=False,
                    hovertemplate=("<b>%{customdata[0]}</b><br>interception rate %{customdata[1]}%<br>"
                                   "%{customdata[2]} stopped of %{customdata[3]} launched "
                                   "(attacks that report an outcome)<extra></extra>"), row=2, col=1)
    fig.update_layout(barmode="stack", bargap=0.1 if period != "day" else 0.3, hovermode="closest")
    _date_axis(fig, period, sums.index)
    fig.update_yaxes(title=f"Launched per {PERIOD_WORD[period]}", row=1, col=1,
                     **_count_axis(float(sums[[k for k, _, _ in fates]].sum(axis=1).max())))
    # (tickvals would drop the suffix: plotly.js shows ticksuffix only on computed ticks)
    fig.update_yaxes(title="Intercepted", range=[0, 100], ticksuffix="%", tick0=0, dtick=25,
                     gridcolor="#e6e6e6", row=2, col=1)
    note = (f"Bars: weapons launched per {PERIOD_WORD[period]}, by what became of them. Line: shot down or jammed "
            "as a share of launched, in attacks that report an outcome.")
    undated = table.groupby(GROUP).ngroups - dated.groupby(GROUP).ngroups
    if undated:
        note += f" Not shown: {_plural(undated, 'attack')} without a date."
    return _layout(fig, title, note, height=640)

