"""Plotly charts of a validated figures frame. Each function takes the frame, returns a Figure."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from .checks import CheckResult

WEAPON_ORDER = ["drone", "missile", "cruise_missile", "ballistic_missile", "guided_bomb", "aircraft",
                "aerial_weapon"]
WEAPON_LABEL = {
    "aerial_weapon": "Aerial weapons (total)", "drone": "Drones", "missile": "Missiles (class not stated)",
    "cruise_missile": "Cruise missiles", "ballistic_missile": "Ballistic missiles", "guided_bomb": "Guided bombs",
    "aircraft": "Aircraft", "people": "People",
}
# colour-blind-safe palette (Okabe-Ito)
WEAPON_COLOUR = {
    "drone": "#E69F00", "missile": "#56B4E9", "cruise_missile": "#0072B2", "ballistic_missile": "#CC79A7",
    "guided_bomb": "#009E73", "aircraft": "#999999", "aerial_weapon": "#000000",
}
OUTCOME_COLOUR = {"shot down": "#009E73", "jammed": "#56B4E9", "neutralized (not split)": "#0072B2",
                  "not accounted for": "#D55E00"}
LAYOUT = dict(template="plotly_white", font=dict(size=13), margin=dict(l=70, r=30, t=70, b=60),
              legend=dict(orientation="h", yanchor="bottom", y=1.0, xanchor="left", x=0))


def _attack_label(frame: pd.DataFrame) -> pd.Series:
    date = frame["date"].where(frame["date"] != "", None)
    label = frame["doc_id"].astype(str) + (" #" + frame["event"].astype(str)).where(frame["event"] > 0, "")
    return date.fillna(label).astype(str)


def composition(frame: pd.DataFrame) -> go.Figure:
    """What each attack was made of: launched weapons by class, stacked (class totals only)."""
    launched = frame[(frame["measure"] == "launched") & (frame["weapon"] != "people")
                     & (frame["weapon"] != "aerial_weapon") & (frame["weapon"] != "aircraft")].copy()
    fig = go.Figure()
    if not launched.empty:
        launched["attack"] = _attack_label(launched)
        # per attack and class: the class total when stated, else the sum over models
        launched["has_model"] = launched["model"] != ""
        per = launched.groupby(["attack", "weapon", "has_model"])["value"].sum().reset_index()
        per = per.sort_values("has_model").drop_duplicates(["attack", "weapon"], keep="first")
        table = per.pivot(index="attack", columns="weapon", values="value").fillna(0)
        for weapon in [w for w in WEAPON_ORDER if w in table.columns]:
            fig.add_bar(x=table.index, y=table[weapon], name=WEAPON_LABEL[weapon],
                        marker_color=WEAPON_COLOUR[weapon])
    fig.update_layout(barmode="stack", title="Composition of each attack (weapons launched)",
                      xaxis_title="Attack", yaxis_title="Weapons launched", **LAYOUT)
    fig.update_yaxes(rangemode="tozero")
    return fig


def outcomes(frame: pd.DataFrame) -> go.Figure:
    """What became of what was launched, per weapon class: shot down, jammed, not accounted for."""
    munitions = frame[(frame["weapon"] != "people") & (frame["model"] == "")]
    totals = munitions.groupby(["weapon", "measure"])["value"].sum().unstack(fill_value=0)
    fig = go.Figure()
    rows = []
    for weapon in [w for w in WEAPON_ORDER if w in totals.index]:
        t = totals.loc[weapon]
        launched = int(t.get("launched", 0))
        if launched == 0:
            continue
        shot, jammed = int(t.get("shot_down", 0)), int(t.get("jammed", 0))
        neutral = int(t.get("neutralized", 0)) if not (shot or jammed) else 0
        rest = max(launched - shot - jammed - neutral, 0)
        rows.append((WEAPON_LABEL[weapon], shot, jammed, neutral, rest))
    labels = [r[0] for r in rows]
    for name, column in (("shot down", 1), ("jammed", 2), ("neutralized (not split)", 3), ("not accounted for", 4)):
        values = [r[column] for r in rows]
        if any(values):
            fig.add_bar(y=labels, x=values, name=name, orientation="h", marker_color=OUTCOME_COLOUR[name])
    fig.update_layout(barmode="stack", title="What became of the weapons launched (all documents)",
                      xaxis_title="Weapons", yaxis_title="", **LAYOUT)
    fig.update_xaxes(rangemode="tozero")
    return fig


def timeline(frame: pd.DataFrame) -> go.Figure:
    """Launched and intercepted over time, with the interception rate on a second axis."""
    dated = frame[(frame["date"] != "") & (frame["weapon"] == "aerial_weapon") | (frame["date"] != "") & (
        frame["weapon"].isin(["drone", "missile", "cruise_missile", "ballistic_missile"]) & (frame["model"] == ""))]
    fig = go.Figure()
    if not dated.empty:
        per = dated[dated["weapon"] != "aerial_weapon"].groupby(["date", "measure"])["value"].sum().unstack(
            fill_value=0)
        launched = per.get("launched", pd.Series(0, index=per.index))
        stopped = per.get("shot_down", 0) + per.get("jammed", 0)
        stopped = stopped + per.get("neutralized", 0) * (stopped == 0)
        dates = pd.to_datetime(per.index)
        fig.add_scatter(x=dates, y=launched, name="launched", mode="lines", line=dict(color="#D55E00"))
        fig.add_scatter(x=dates, y=stopped, name="shot down or jammed", mode="lines", line=dict(color="#009E73"))
        rate = (stopped / launched.where(launched > 0)).clip(upper=1) * 100
        fig.add_scatter(x=dates, y=rate, name="interception rate (%)", mode="lines", yaxis="y2",
                        line=dict(color="#0072B2", dash="dot", width=1))
    fig.update_layout(title="Drones and missiles launched and intercepted per day", xaxis_title="Date",
                      yaxis=dict(title="Weapons", rangemode="tozero"),
                      yaxis2=dict(title="Interception rate (%)", overlaying="y", side="right", range=[0, 100]),
                      **LAYOUT)
    return fig


def check_failures(checks: list[CheckResult]) -> go.Figure:
    """How many checks passed and failed, per rule."""
    fig = go.Figure()
    if checks:
        df = pd.DataFrame([{"rule": c.rule, "status": c.status} for c in checks])
        counts = df.groupby(["rule", "status"]).size().unstack(fill_value=0)
        for status, colour in (("pass", "#009E73"), ("fail", "#D55E00")):
            if status in counts.columns:
                fig.add_bar(y=counts.index, x=counts[status], name=status, orientation="h", marker_color=colour)
    fig.update_layout(barmode="stack", title="Consistency checks per rule", xaxis_title="Checks", **LAYOUT)
    return fig
