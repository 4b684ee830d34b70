"""What every chart shares: labels, Okabe-Ito colours, periods, axes, layout and escaping."""

from __future__ import annotations

import html
import textwrap
from typing import Any

import pandas as pd
import plotly.graph_objects as go

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


PERIOD_DAYS = {"day": 1, "week": 7, "month": 30}


def _date_axis(fig: go.Figure, period: str, starts: Any = None, grouped: bool = False, **where: Any) -> None:
    """A date axis ticked by day or month. With a single period (`starts` holds one date) the axis spans a
    period either side and the bars are most of a period wide (side by side when `grouped`), instead of
    ticks a millisecond apart."""
    fig.update_xaxes(type="date", showgrid=False, ticks="outside", tickformat="%b %Y" if period != "day" else None,
                     ticklabelmode="period" if period == "month" else "instant", **where)
    if starts is None or pd.Series(list(starts)).nunique() != 1:
        return
    start = pd.Timestamp(next(iter(starts)))
    days = pd.Timedelta(days=PERIOD_DAYS[period])
    fig.update_xaxes(range=[start - days, start + days], dtick=days.total_seconds() * 1000,
                     tickformat="%d %b %Y", **where)
    span = days.total_seconds() * 1000 * 0.7
    bars = [t for t in fig.data if t.type == "bar"]
    slots = list(dict.fromkeys(t.offsetgroup or str(i) for i, t in enumerate(bars))) if grouped else [""]
    width = span / len(slots)
    for i, trace in enumerate(bars):
        slot = slots.index(trace.offsetgroup or str(i)) if grouped else 0
        trace.update(width=width, offset=-span / 2 + slot * width)
