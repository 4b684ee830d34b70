"""Plotly charts of a validated figures frame.

Every chart is a function that takes the figures frame (as :func:`stats.schema.validate` returns it,
and the check results where it needs them) and returns a plotly Figure. The HTML report, the static
images and the notebooks all use these functions.

How figures are counted, so that nothing is counted twice:

- per document, event and attacker (one *attack*), a weapon class is worth its class total when the
  text gives one, else the sum of its figures per model (as the consistency checks do);
- classes form a tree (aerial weapons > drones, missiles > cruise, ballistic; guided bombs). A total
  is split into its parts when the parts are given, and what the parts leave over is charted as
  "class not stated" (:func:`attack_composition`). For what became of the weapons, a total is split
  only when the parts say what became of them (:func:`attack_outcomes`);
- qualified figures ("more than 160", "about 40") are charted at their stated value.

Text taken from documents is HTML-escaped before it enters a figure, so plotly shows it as text.
"""

from __future__ import annotations

import html
import math
import textwrap
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

import numpy as np

from .checks import CheckResult
from .contract import CHILDREN, descendants
from .counting import SEVERAL, codes_of, count_cells, counted_across, dense
from .errors import ExportError

GROUP = ["doc_id", "event", "attacker"]
ATTACK_MEASURES = ("launched", "shot_down", "jammed", "neutralized")
OUTCOME_MEASURES = ("shot_down", "jammed", "neutralized")
ROOTS = ("aerial_weapon",)

#: Weapon classes in the order they are stacked (largest usually at the bottom).
WEAPON_ORDER = ("drone", "cruise_missile", "ballistic_missile", "missile", "guided_bomb", "aerial_weapon")
#: Labels of the classes in the composition of an attack: "missile" and "aerial_weapon" are what is
#: left of a total once its stated parts are taken out.
WEAPON_LABEL = {
    "drone": "Drones", "cruise_missile": "Cruise missiles", "ballistic_missile": "Ballistic missiles",
    "missile": "Missiles, type not stated", "guided_bomb": "Guided bombs",
    "aerial_weapon": "Aerial weapons, class not stated",
}
#: Labels of the classes in what became of the weapons: a total may stand for its parts together.
OUTCOME_WEAPON_LABEL = {
    **WEAPON_LABEL, "missile": "Missiles, not split by type", "aerial_weapon": "Aerial weapons, not split by class",
}
ATTACKER_LABEL = {"russia": "Russia", "ukraine": "Ukraine", "unknown": "an attacker not stated"}

# Colour-blind-safe colours (Okabe and Ito, "Color Universal Design").
WEAPON_COLOUR = {
    "drone": "#E69F00", "cruise_missile": "#0072B2", "ballistic_missile": "#CC79A7", "missile": "#56B4E9",
    "guided_bomb": "#009E73", "aerial_weapon": "#999999",
}
#: The fates of what was launched, in stacking order, with their labels and colours.
FATES = (
    ("shot_down", "Shot down", "#009E73"),
    ("jammed", "Jammed / lost to electronic warfare", "#56B4E9"),
    ("neutralized_only", "Neutralized (not split)", "#0072B2"),
    ("unaccounted", "Not accounted for (hit, in flight or not said)", "#D55E00"),
    ("not_reported", "Outcome not reported", "#BBBBBB"),
)
PASS_COLOUR, FAIL_COLOUR, WARN_COLOUR = "#009E73", "#D55E00", "#E69F00"
RULE_COLOURS = ("#D55E00", "#0072B2", "#E69F00", "#CC79A7", "#56B4E9", "#009E73", "#F0E442", "#000000")

PERIODS = ("auto", "day", "week", "month")
PERIOD_WORD = {"day": "day", "week": "week", "month": "month"}
MAX_CATEGORIES = 40  # undated attacks shown as separate bars at most
FONT = "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"
CHART_WIDTH = 1200


# ---------------------------------------------------------------------------------------------------
# Tidy tables behind the charts


def counts(frame: pd.DataFrame, weapons: Sequence[str] = WEAPON_ORDER, measures: Sequence[str] = ATTACK_MEASURES
           ) -> pd.DataFrame:
    """Count per attack, weapon and measure by the counting rule (stats.counting): the total when given,
    else its parts (per model, region or group), and across documents a regional count left out where a
    document of the whole gives the same class on the same date.

    Columns: doc_id, event, attacker, date (of the attack), weapon, measure, value, scope (the region the
    count is placed in, "" for the whole, "several regions") and lines (the CSV lines of the figures that
    make up the count; line 1 is the header)."""
    columns = [*GROUP, "date", "weapon", "measure", "value", "scope", "lines"]
    rows = frame[frame["weapon"].isin(weapons) & frame["measure"].isin(measures)]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    keys = [pd.factorize(rows[k], sort=False)[0] for k in (*GROUP, "weapon", "measure")]
    cell, _ = dense(*keys)
    region, region_names = codes_of(rows["region"].to_numpy(dtype=object))
    model = rows["model"].to_numpy(dtype=object)
    part, _ = codes_of(np.where(model != "", model, rows["group"].to_numpy(dtype=object)))
    value = rows["value"].to_numpy(dtype="float64")
    c = count_cells(cell, region, part, value, value)
    first = rows.iloc[np.unique(c.of, return_index=True)[1]]
    names = np.append(region_names, "several regions")
    dates = rows.groupby(GROUP, sort=False)["date"].transform("max").to_numpy(dtype=object)
    line = (rows.index.to_numpy() + 2).astype(str)
    used = pd.Series(line[c.used]).groupby(c.of[c.used]).agg(" ".join)
    out = pd.DataFrame({
        **{k: first[k].to_numpy() for k in (*GROUP, "weapon", "measure")},
        "date": dates[np.unique(c.of, return_index=True)[1]], "value": c.lo,
        "scope_code": c.scope, "scope": names[np.where(c.scope == SEVERAL, len(names) - 1, c.scope)],
        "lines": used.reindex(np.arange(len(c.lo)), fill_value="").to_numpy()})
    out = out[counted_across(out.assign(scope=out["scope_code"]))]
    return out[columns].reset_index(drop=True)


def _class_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Value per attack, weapon and measure by the counting rule, with the CSV lines it is made of."""
    return counts(frame)[[*GROUP, "weapon", "measure", "value", "lines"]]


def _attacks(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per attack: its date (empty when not stated) and the evidence of its weapon figures."""
    munitions = frame[frame["weapon"].isin(WEAPON_ORDER)]
    if munitions.empty:
        return pd.DataFrame(columns=[*GROUP, "date", "evidence"])
    grouped = munitions.groupby(GROUP, sort=False)
    dates = grouped["date"].max()
    evidence = grouped["evidence"].agg(lambda s: " | ".join(dict.fromkeys(str(e) for e in s if str(e))))
    return pd.DataFrame({"date": dates, "evidence": evidence}).reset_index()


Entry = dict[str, Any]


def _resolve(node: str, get: Callable[[str, str], float], split_on: str) -> list[Entry]:
    """Entries of one class subtree that never overlap (see the module docstring)."""
    children = [e for child in CHILDREN.get(node, []) for e in _resolve(child, get, split_on)]
    own = {m: get(node, m) for m in ATTACK_MEASURES}
    if all(math.isnan(v) for v in own.values()):
        return children
    if split_on == "launched":
        split = any(e["launched"] > 0 for e in children)
    else:
        split = any(any(not math.isnan(e[m]) for m in OUTCOME_MEASURES) for e in children)
    if split:
        rest = {m: (max(v - sum(e[m] for e in children if not math.isnan(e[m])), 0.0) if not math.isnan(v) else v)
                for m, v in own.items()}
        if any(v > 0 for v in rest.values() if not math.isnan(v)):
            children.append({"weapon": node, "together": False, **rest})
        return children
    if math.isnan(own["launched"]) and children:
        launched = [e["launched"] for e in children if not math.isnan(e["launched"])]
        own["launched"] = float(sum(launched)) if launched else math.nan
    return [{"weapon": node, "together": bool(children), **own}]


def _entries(frame: pd.DataFrame, split_on: str) -> pd.DataFrame:
    columns = [*GROUP, "date", "weapon", "together", *ATTACK_MEASURES, "evidence", "lines"]
    values = _class_values(frame)
    if values.empty:
        return pd.DataFrame(columns=columns)
    wide = values.pivot_table(index=GROUP, columns=["weapon", "measure"], values="value", aggfunc="sum", sort=False)
    attacks = _attacks(frame).set_index(GROUP)
    rows: list[Entry] = []
    for key, cells in zip(wide.index, wide.to_dict("records"), strict=True):
        def get(weapon: str, measure: str, cells: dict[Any, Any] = cells) -> float:
            value = cells.get((weapon, measure), math.nan)
            return float(value)
        for root in ROOTS:
            for entry in _resolve(root, get, split_on):
                rows.append({**dict(zip(GROUP, key, strict=True)), **entry})
    table = pd.DataFrame(rows, columns=[c for c in columns if c not in ("date", "evidence", "lines")])
    table["lines"] = _entry_lines(values, table)
    table = table.merge(attacks, left_on=GROUP, right_index=True, how="left")
    table["date"] = table["date"].fillna("")
    table["evidence"] = table["evidence"].fillna("")
    order = {w: i for i, w in enumerate(WEAPON_ORDER)}
    table["_order"] = table["weapon"].map(order)
    table = table.sort_values([*GROUP, "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)
    return table[columns]


def _entry_lines(values: pd.DataFrame, table: pd.DataFrame) -> list[str]:
    """The CSV lines each entry is made of: its class's figures (with its classes' when it stands for them)."""
    lines: dict[tuple[Any, ...], list[str]] = {}
    for row in values.itertuples(index=False):
        lines.setdefault((row.doc_id, row.event, row.attacker, row.weapon), []).extend(str(row.lines).split())
    out = []
    for row in table.itertuples(index=False):
        classes = [row.weapon, *(descendants(row.weapon) if row.together else ())]
        found = [n for w in classes for n in lines.get((row.doc_id, row.event, row.attacker, w), [])]
        out.append(" ".join(sorted(set(found), key=int)))
    return out


def attack_composition(frame: pd.DataFrame) -> pd.DataFrame:
    """Weapons launched per attack and class, split as finely as the figures allow.

    Columns: doc_id, event, attacker, date, weapon, launched, evidence, lines (the CSV lines of the figures
    the value is read from). A class total larger than its stated parts leaves a row for the rest
    ("missile": type not stated; "aerial_weapon": class not stated).
    """
    table = _entries(frame, "launched")
    table = table[table["launched"].fillna(0) > 0]
    out = table[[*GROUP, "date", "weapon", "launched", "evidence", "lines"]].reset_index(drop=True)
    out["launched"] = out["launched"].astype("int64")
    return out


def attack_outcomes(frame: pd.DataFrame) -> pd.DataFrame:
    """What became of the weapons launched, per attack and class, with nothing counted twice.

    Columns: doc_id, event, attacker, date, weapon, together (a total standing for its parts, whose
    outcomes were not split), launched, shot_down, jammed, neutralized (NaN when not given), then
    stopped (shot down plus jammed, or neutralized when only that is given), and the fates that add
    up to what was launched: shot_down, jammed, neutralized_only, unaccounted, not_reported; excess is
    how many more were reported stopped than launched. Rows without a launched figure are left out.
    """
    table = _entries(frame, "outcomes")
    table = table[table["launched"].notna()].reset_index(drop=True)
    split = table[["shot_down", "jammed"]].notna().any(axis=1)
    has_outcome = split | table["neutralized"].notna()
    stopped = table["shot_down"].fillna(0) + table["jammed"].fillna(0)
    table["neutralized_only"] = table["neutralized"].fillna(0).where(~split, 0.0)
    table["stopped"] = stopped.where(split, table["neutralized_only"])
    table["has_outcome"] = has_outcome
    table["unaccounted"] = (table["launched"] - table["stopped"]).clip(lower=0).where(has_outcome, 0.0)
    table["not_reported"] = table["launched"].where(~has_outcome, 0.0)
    table["excess"] = (table["stopped"] - table["launched"]).clip(lower=0)
    columns = [*GROUP, "date", "weapon", "together", *ATTACK_MEASURES, "stopped", "has_outcome",
               "neutralized_only", "unaccounted", "not_reported", "excess", "evidence", "lines"]
    return table[columns]


# ---------------------------------------------------------------------------------------------------
# Helpers


def escape(text: object) -> str:
    """Document text made safe for a plotly label or hover: tags shown as text."""
    return html.escape(str(text), quote=False)


def _hover_text(text: str, width: int = 80, limit: int = 320) -> str:
    """Escaped, shortened and wrapped for a hover box."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or "(no evidence)"


def _short(text: str, limit: int = 30) -> str:
    """Escaped, cut in the middle when long (names of one folder differ at their ends)."""
    text = str(text)
    if len(text) > limit:
        head = (limit - 1) // 3
        text = text[:head] + "…" + text[len(text) - (limit - 1 - head):]
    return escape(text)


MADE_OF_SHOWN = 5  # the figures a hover box lists under a total (the drill-down table lists them all)


def made_of(table: pd.DataFrame, by: list[str], value: str) -> dict[Any, str]:
    """Per key of `by`, what a summed bar is made of, for its hover box: the largest attacks' values with
    their documents and CSV lines, then how many more."""
    out: dict[Any, str] = {}
    for key, part in table.groupby(by, sort=False):
        part = part.sort_values(value, ascending=False, kind="stable")
        shown = [f"{_short(d, 40)}: {_num(v)} (line {_short(str(n), 30)})"
                 for d, v, n in zip(part["doc_id"].head(MADE_OF_SHOWN), part[value].head(MADE_OF_SHOWN),
                                    part["lines"].head(MADE_OF_SHOWN), strict=True)]
        if len(part) > MADE_OF_SHOWN:
            shown.append(f"and {_plural(len(part) - MADE_OF_SHOWN, 'more attack')} (drill-down table)")
        out[key] = "<br>".join(shown)
    return out


def _num(value: float) -> str:
    return f"{value:,.0f}"


def _plural(n: int, word: str, plural: str = "") -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


def _count_axis(highest: float) -> dict[str, Any]:
    """A count axis from zero, whole numbers only (one tick per unit when the counts are small)."""
    axis: dict[str, Any] = {"rangemode": "tozero", "tickformat": ",", "gridcolor": "#e6e6e6", "zeroline": True,
                            "zerolinecolor": "#888"}
    if highest <= 6:
        axis.update(tick0=0, dtick=1)
    return axis


def _layout(fig: go.Figure, title: str, subtitle: str = "", height: int = 520, legend: bool = True) -> go.Figure:
    fig.update_layout(
        template="plotly_white", height=height, font=dict(family=FONT, size=13, color="#222"),
        title=dict(text=title, x=0.01, xanchor="left", y=0.98, yanchor="top", font=dict(size=18),
                   subtitle=dict(text=subtitle, font=dict(size=12, color="#555"))),
        margin=dict(l=80, r=40, t=130 if legend else 100, b=70),
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0, font=dict(size=12),
                    title=None, traceorder="normal"),
        hoverlabel=dict(align="left", font=dict(family=FONT, size=12)), showlegend=legend,
        separators=".,",
    )
    return fig


def _no_data(fig: go.Figure, message: str, title: str, row: int | None = None) -> go.Figure:
    """A clear message in place of an empty axis."""
    fig.add_annotation(text=message, x=0.5, y=0.5, xref="paper", yref="paper", showarrow=False,
                       font=dict(size=16, color="#555"), bgcolor="#f6f6f6", borderpad=12)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, title, height=320, legend=False)


def _for_attacker(frame: pd.DataFrame, attacker: str | None) -> pd.DataFrame:
    return frame if attacker is None else frame[frame["attacker"] == attacker]


def _by(attacker: str | None) -> str:
    return "" if attacker is None else f", attacks by {ATTACKER_LABEL.get(attacker, escape(attacker))}"


def choose_period(dates: pd.Series, period: str = "auto") -> str:
    """day, week or month: the given one, or for "auto" days up to 62 dates, weeks up to 4 years, else months."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    if period != "auto":
        return period
    days = pd.to_datetime(pd.Series(dates)).dropna()
    if days.nunique() <= 62:
        return "day"
    return "week" if (days.max() - days.min()).days <= 4 * 366 else "month"


def period_start(dates: pd.Series, period: str) -> pd.Series:
    """The first day of the day, week (from Monday) or month of each ISO date."""
    days = pd.to_datetime(dates)
    if period == "day":
        return days.dt.normalize()
    return days.dt.to_period("W-SUN" if period == "week" else "M").dt.start_time


def _period_label(start: pd.Timestamp, period: str) -> str:
    if period == "day":
        return f"{start:%a %d %b %Y}"
    if period == "week":
        return f"week of {start:%d %b %Y}"
    return f"{start:%B %Y}"


def _date_axis(fig: go.Figure, period: str, **where: Any) -> None:
    fig.update_xaxes(type="date", showgrid=False, ticks="outside", tickformat="%b %Y" if period != "day" else None,
                     ticklabelmode="period" if period == "month" else "instant", **where)


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
        _date_axis(fig, period)
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
    _date_axis(fig, period)
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
        _date_axis(fig, period)
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
