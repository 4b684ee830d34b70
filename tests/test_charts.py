"""The chart functions: the tables behind them, honest axes, no-data messages, escaping, attackers."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
import pytest

from stats import charts
from stats.checks import run_checks
from stats.schema import empty_frame, validate

from .helpers import figure_row

OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000", "#999999",
             "#BBBBBB"}


def frame(*rows: dict[str, object]) -> pd.DataFrame:
    valid, failures = validate(pd.DataFrame([figure_row(**row) for row in rows]))
    assert failures == []
    return valid


def fig_(weapon: str, measure: str, value: int, **more: object) -> dict[str, object]:
    return {"weapon": weapon, "measure": measure, "value": value, **more}


SEED_LIKE = [
    fig_("aerial_weapon", "launched", 537), fig_("drone", "launched", 477), fig_("missile", "launched", 60),
    fig_("aerial_weapon", "shot_down", 249), fig_("aerial_weapon", "jammed", 226),
    fig_("aircraft", "lost", 1, model="F-16"), fig_("people", "killed", 1),
]


def records(table: pd.DataFrame, columns: list[str]) -> list[dict[str, object]]:
    out = table[columns].to_dict("records")
    return [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in row.items()} for row in out]


# --- the tables behind the charts ---------------------------------------------------------------------

def test_composition_splits_a_total_into_its_stated_parts() -> None:
    table = charts.attack_composition(frame(*SEED_LIKE))
    assert records(table, ["doc_id", "weapon", "launched"]) == [
        {"doc_id": "doc.txt", "weapon": "drone", "launched": 477},
        {"doc_id": "doc.txt", "weapon": "missile", "launched": 60},
    ]


def test_composition_keeps_what_the_parts_leave_over_as_class_not_stated() -> None:
    table = charts.attack_composition(frame(
        fig_("aerial_weapon", "launched", 100), fig_("drone", "launched", 60), fig_("missile", "launched", 30),
        fig_("cruise_missile", "launched", 10), fig_("ballistic_missile", "launched", 5)))
    assert records(table, ["weapon", "launched"]) == [
        {"weapon": "drone", "launched": 60}, {"weapon": "cruise_missile", "launched": 10},
        {"weapon": "ballistic_missile", "launched": 5}, {"weapon": "missile", "launched": 15},
        {"weapon": "aerial_weapon", "launched": 10},
    ]


def test_a_class_total_wins_over_its_models_and_models_add_up_without_one() -> None:
    with_total = frame(fig_("drone", "launched", 50), fig_("drone", "launched", 30, model="Shahed"),
                       fig_("drone", "launched", 10, model="Gerbera"))
    without = frame(fig_("drone", "launched", 30, model="Shahed"), fig_("drone", "launched", 10, model="Gerbera"))
    assert records(charts.attack_composition(with_total), ["weapon", "launched"]) == [
        {"weapon": "drone", "launched": 50}]
    assert records(charts.attack_composition(without), ["weapon", "launched"]) == [
        {"weapon": "drone", "launched": 40}]


def test_outcomes_given_for_a_total_stay_with_the_total() -> None:
    table = charts.attack_outcomes(frame(*SEED_LIKE))
    assert records(table, ["weapon", "together", "launched", "shot_down", "jammed", "stopped", "unaccounted",
                           "not_reported", "excess"]) == [
        {"weapon": "aerial_weapon", "together": True, "launched": 537.0, "shot_down": 249.0, "jammed": 226.0,
         "stopped": 475.0, "unaccounted": 62.0, "not_reported": 0.0, "excess": 0.0},
    ]


def test_outcomes_given_per_class_are_split_per_class_without_counting_the_total_twice() -> None:
    table = charts.attack_outcomes(frame(
        fig_("aerial_weapon", "launched", 110), fig_("drone", "launched", 80), fig_("drone", "shot_down", 70),
        fig_("missile", "launched", 20), fig_("missile", "shot_down", 5)))
    assert records(table, ["weapon", "together", "launched", "stopped", "unaccounted", "not_reported"]) == [
        {"weapon": "drone", "together": False, "launched": 80.0, "stopped": 70.0, "unaccounted": 10.0,
         "not_reported": 0.0},
        {"weapon": "missile", "together": False, "launched": 20.0, "stopped": 5.0, "unaccounted": 15.0,
         "not_reported": 0.0},
        {"weapon": "aerial_weapon", "together": False, "launched": 10.0, "stopped": 0.0, "unaccounted": 0.0,
         "not_reported": 10.0},
    ]


def test_neutralized_alone_counts_as_stopped_and_a_missing_outcome_as_not_reported() -> None:
    table = charts.attack_outcomes(frame(
        fig_("drone", "launched", 50), fig_("drone", "neutralized", 45),
        fig_("ballistic_missile", "launched", 4)))
    assert records(table, ["weapon", "neutralized_only", "stopped", "unaccounted", "not_reported"]) == [
        {"weapon": "drone", "neutralized_only": 45.0, "stopped": 45.0, "unaccounted": 5.0, "not_reported": 0.0},
        {"weapon": "ballistic_missile", "neutralized_only": 0.0, "stopped": 0.0, "unaccounted": 0.0,
         "not_reported": 4.0},
    ]


def test_more_stopped_than_launched_is_kept_as_reported_with_the_excess() -> None:
    table = charts.attack_outcomes(frame(
        fig_("drone", "launched", 90), fig_("drone", "shot_down", 70), fig_("drone", "jammed", 30)))
    assert records(table, ["stopped", "unaccounted", "excess"]) == [{"stopped": 100.0, "unaccounted": 0.0,
                                                                     "excess": 10.0}]


# --- periods ------------------------------------------------------------------------------------------

def test_period_is_days_for_few_dates_weeks_for_years_months_beyond() -> None:
    few = pd.Series([f"2025-03-{d:02d}" for d in range(1, 31)])
    year = pd.Series(pd.date_range("2024-01-01", periods=300, freq="D").strftime("%Y-%m-%d"))
    decade = pd.Series(pd.date_range("2016-01-01", periods=300, freq="10D").strftime("%Y-%m-%d"))
    assert [charts.choose_period(s) for s in (few, year, decade)] == ["day", "week", "month"]
    assert charts.choose_period(few, "month") == "month"


def test_an_unknown_period_is_refused() -> None:
    with pytest.raises(ValueError, match="period must be one of auto, day, week, month, not 'year'"):
        charts.choose_period(pd.Series(["2025-01-01"]), "year")


def test_weeks_start_on_monday() -> None:
    starts = charts.period_start(pd.Series(["2025-03-03", "2025-03-09", "2025-03-10"]), "week")
    assert [f"{s:%Y-%m-%d}" for s in starts] == ["2025-03-03", "2025-03-03", "2025-03-10"]


# --- charts -------------------------------------------------------------------------------------------

def bars(fig: go.Figure) -> dict[str, list[float]]:
    return {t.name: [float(v) for v in t.y] for t in fig.data if t.type == "bar"}


def test_composition_sums_dated_attacks_per_week_stacked_from_zero() -> None:
    fig = charts.composition(frame(
        fig_("drone", "launched", 100, doc_id="a", date="2025-03-03"),
        fig_("cruise_missile", "launched", 7, doc_id="a", date="2025-03-03"),
        fig_("drone", "launched", 50, doc_id="b", date="2025-03-05"),
        fig_("drone", "launched", 20, doc_id="c", date="2025-03-11")), period="week")
    assert bars(fig) == {"Drones": [150.0, 20.0], "Cruise missiles": [7.0, 0.0]}
    assert [str(x)[:10] for x in fig.data[0].x] == ["2025-03-03", "2025-03-10"]
    assert fig.layout.barmode == "stack"
    assert fig.layout.yaxis.rangemode == "tozero"
    assert fig.layout.yaxis.title.text == "Weapons launched per week"


def test_composition_without_dates_has_one_bar_per_attack_and_says_how_many_when_cut() -> None:
    rows = [fig_("drone", "launched", 100 + i, doc_id=f"report-{i:02d}.txt") for i in range(45)]
    fig = charts.composition(frame(*rows))
    assert len(fig.data[0].x) == 40
    assert "report-00.txt" not in fig.data[0].x  # the five smallest are left out
    assert "The 40 largest of 45 attacks." in fig.layout.title.subtitle.text


def test_composition_says_how_many_undated_attacks_a_dated_chart_leaves_out() -> None:
    fig = charts.composition(frame(fig_("drone", "launched", 10, doc_id="a", date="2025-01-01"),
                                   fig_("drone", "launched", 5, doc_id="b")))
    assert fig.layout.title.subtitle.text.endswith("Not shown: 1 attack without a date.")


@pytest.mark.parametrize(("chart", "message"), [
    (charts.composition, "No data: no weapons launched in these figures"),
    (charts.outcomes, "No data: no launched figures to follow"),
    (charts.outcome_shares, "No data: no launched figures to follow"),
    (charts.timeline, "No data: no launched figures"),
])
def test_an_empty_frame_gives_a_clear_message_not_a_blank_axis(chart: object, message: str) -> None:
    empty, _ = validate(empty_frame())
    fig = chart(empty)  # type: ignore[operator]
    assert fig.data == ()
    assert [a.text for a in fig.layout.annotations] == [message]
    assert fig.layout.xaxis.visible is False
    assert fig.layout.yaxis.visible is False


def test_a_timeline_of_undated_attacks_says_they_have_no_date() -> None:
    fig = charts.timeline(frame(*SEED_LIKE))
    assert [a.text for a in fig.layout.annotations] == ["No data: the attack has no date"]


def test_timeline_bars_add_up_to_launched_and_the_rate_axis_runs_from_0_to_100() -> None:
    fig = charts.timeline(frame(
        fig_("drone", "launched", 100, doc_id="a", date="2025-03-03"),
        fig_("drone", "shot_down", 80, doc_id="a", date="2025-03-03"),
        fig_("drone", "jammed", 10, doc_id="a", date="2025-03-03"),
        fig_("drone", "launched", 40, doc_id="b", date="2025-03-04")), period="day")
    assert bars(fig) == {"Shot down": [80.0, 0.0], "Jammed / lost to electronic warfare": [10.0, 0.0],
                         "Not accounted for (hit, in flight or not said)": [10.0, 0.0],
                         "Outcome not reported": [0.0, 40.0]}
    rate = next(t for t in fig.data if t.type == "scatter")
    assert rate.y[0] == 90.0
    assert math.isnan(rate.y[1])
    assert list(fig.layout.yaxis2.range) == [0, 100]
    assert fig.layout.yaxis2.ticksuffix == "%"


def test_outcome_shares_run_from_0_to_100_percent() -> None:
    fig = charts.outcome_shares(frame(*SEED_LIKE))
    assert list(fig.layout.xaxis.range) == [0, 100]
    assert {t.name: [round(float(x), 2) for x in t.x] for t in fig.data} == {
        "Shot down": [46.37], "Jammed / lost to electronic warfare": [42.09],
        "Not accounted for (hit, in flight or not said)": [11.55]}
    assert list(fig.data[0].y) == ["Aerial weapons, not split by class (537)"]


def test_sankey_goes_from_classes_to_fates_with_the_numbers_in_the_labels() -> None:
    fig = charts.outcomes(frame(*SEED_LIKE))
    sankey = fig.data[0]
    assert list(sankey.node.label) == ["Aerial weapons, not split by class: 537", "Shot down: 249 (46%)",
                                       "Jammed / lost to electronic warfare: 226 (42%)",
                                       "Not accounted for (hit, in flight or not said): 62 (12%)"]
    assert list(sankey.link.value) == [249.0, 226.0, 62.0]


def test_attackers_are_charted_separately() -> None:
    rows = frame(fig_("drone", "launched", 100, doc_id="a", attacker="russia"),
                 fig_("drone", "launched", 30, doc_id="b", attacker="ukraine"))
    fig = charts.composition(rows, attacker="ukraine")
    assert bars(fig) == {"Drones": [30.0]}
    assert fig.layout.title.text == "What the attacks were made of, attacks by Ukraine"
    assert bars(charts.composition(rows)) == {"Drones": [100.0, 30.0]}


def test_document_text_in_hover_and_labels_is_escaped() -> None:
    rows = frame(fig_("drone", "launched", 10, doc_id="<b>x</b>.txt", evidence="Ten drones <script>alert(1)</script>"))
    fig = charts.composition(rows)
    shown = str(fig.to_dict())
    assert "<script>" not in shown
    assert "<b>x</b>" not in shown
    assert "Ten drones &lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert list(fig.data[0].x) == ["&lt;b&gt;x&lt;/b&gt;.txt"]


def test_every_colour_is_from_the_colour_blind_safe_palette() -> None:
    rows = frame(*[fig_(w, "launched", 10) for w in charts.WEAPON_ORDER if w != "aerial_weapon"],
                 fig_("aerial_weapon", "launched", 60), fig_("drone", "shot_down", 5), fig_("drone", "jammed", 1),
                 fig_("cruise_missile", "neutralized", 3))
    used = set()
    for fig in (charts.composition(rows), charts.outcome_shares(rows), charts.timeline(rows)):
        used |= {t.marker.color for t in fig.data if t.type == "bar"}
    sankey = charts.outcomes(rows).data[0]
    used |= set(sankey.node.color)
    assert used == OKABE_ITO - {"#F0E442", "#000000"}


def test_check_charts_count_passes_and_failures_per_rule_and_where_they_failed() -> None:
    rows = frame(fig_("drone", "launched", 90, doc_id="a", date="2025-03-03"),
                 fig_("drone", "shot_down", 95, doc_id="a", date="2025-03-03"),
                 fig_("drone", "launched", 50, doc_id="b", date="2025-03-04"),
                 fig_("drone", "shot_down", 40, doc_id="b", date="2025-03-04"))
    checks = run_checks(rows)
    per_rule = charts.check_rules(checks)
    assert {t.name: list(t.x) for t in per_rule.data} == {"passed": [1], "failed": [1]}
    where = charts.check_failures(checks, rows, period="day")
    assert [(t.name, [str(x)[:10] for x in t.x], list(t.y)) for t in where.data] == [
        ("outcomes-within-launched", ["2025-03-03"], [1])]


def test_check_charts_without_checks_or_failures_say_so() -> None:
    assert [a.text for a in charts.check_rules([]).layout.annotations] == [
        "No data: no check applied (no figures to compare)"]
    checks = run_checks(frame(fig_("drone", "launched", 10), fig_("drone", "shot_down", 5)))
    assert [a.text for a in charts.check_failures(checks).layout.annotations] == ["The only check passed"]


def test_long_document_names_with_one_prefix_stay_separate_bars() -> None:
    names = [f"reports/2025/air-force-night-report-{i:03d}.txt" for i in range(3)]
    fig = charts.composition(frame(*[fig_("drone", "launched", 10 + i, doc_id=n) for i, n in enumerate(names)]))
    assert list(fig.data[0].x) == names
    assert list(fig.layout.xaxis.ticktext) == ["reports/2…night-report-000.txt", "reports/2…night-report-001.txt",
                                               "reports/2…night-report-002.txt"]
