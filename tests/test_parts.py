"""Regions and groups: the schema checks them, the counting rule never adds a part to its total, and the
rules on parts compare them with their totals."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from stats.checks import run_checks
from stats.contract import ancestry, children, common_class, descendants, lineage
from stats.counting import SEVERAL, count_cells, counted_across
from stats.schema import validate

from .helpers import figure_row

BRYANSK, KURSK, OREL, BELGOROD = "Bryansk Oblast", "Kursk Oblast", "Oryol Oblast", "Belgorod Oblast"


def frame(rows: list[dict[str, object]]) -> pd.DataFrame:
    valid, failures = validate(pd.DataFrame(rows))
    assert failures == []
    return valid


def breakdown(doc_id: str = "mod.txt", **more: object) -> list[dict[str, object]]:
    """'159 drones destroyed: 64 over Bryansk, 35 over Kursk, 25 over Oryol, 35 over Belgorod'."""
    return [figure_row(doc_id=doc_id, measure="shot_down", value=159, **more)] + [
        figure_row(doc_id=doc_id, measure="shot_down", value=v, region=r, **more)
        for r, v in [(BRYANSK, 64), (KURSK, 35), (OREL, 25), (BELGOROD, 35)]]


# --- the contract -------------------------------------------------------------------------------------------------

def test_the_weapon_tree_is_read_from_the_contract() -> None:
    assert children("aerial_weapon") == ("drone", "missile", "guided_bomb")
    assert descendants("missile") == ("cruise_missile", "ballistic_missile")
    assert ancestry("ballistic_missile") == ("ballistic_missile", "missile", "aerial_weapon")
    assert lineage("drone") == {"drone", "aerial_weapon"}
    assert common_class(["cruise_missile", "ballistic_missile"]) == "missile"
    assert common_class(["drone", "aircraft"]) is None


@pytest.mark.parametrize(("change", "column", "check"), [
    ({"region": "Atlantis"}, "region", "isin"),
    ({"weapon": "people", "unit": "person", "measure": "killed", "group": "aliens"}, "group", "isin"),
    ({"group": "children"}, "group", "group_only_of_people"),
])
def test_the_schema_rejects_unknown_regions_and_groups_and_groups_of_weapons(
        change: dict[str, object], column: str, check: str) -> None:
    _, failures = validate(pd.DataFrame([figure_row(), figure_row(**change)]))
    assert [(f.line, f.column, f.check.split("(")[0]) for f in failures] == [(3, column, check)]


def test_the_schema_keeps_canonical_regions_and_groups() -> None:
    valid, failures = validate(pd.DataFrame([
        figure_row(region="Air Command South"), figure_row(region=BRYANSK),
        figure_row(weapon="people", measure="killed", group="children")]))
    assert failures == []
    assert valid["region"].tolist() == ["Air Command South", BRYANSK, ""]
    assert valid["group"].tolist() == ["", "", "children"]


# --- the counting rule --------------------------------------------------------------------------------------------

def test_a_total_wins_over_its_parts_and_parts_count_only_without_a_total() -> None:
    cell = np.array([0, 0, 0, 0, 0, 1, 1, 2, 2, 2, 3, 3])
    region = np.array([0, 1, 2, 3, 4, 1, 2, 0, 0, 1, 5, 5])
    part = np.array([0, 0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 1])
    value = np.array([159, 64, 35, 25, 35, 10, 5, 30, 20, 64, 94, 60], dtype=float)
    c = count_cells(cell, region, part, value, value)
    # the break-down; two regions without a total; models (50) or a region (64), the larger; a region's total
    assert c.lo.tolist() == [159, 15, 64, 94]
    assert c.scope.tolist() == [0, SEVERAL, 1, 5]
    assert c.used.astype(int).tolist() == [1, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 0]


def test_a_regional_count_is_left_out_where_the_whole_gives_its_measure_on_that_date() -> None:
    counts = pd.DataFrame([
        ("2026-04-04", "russia", "drone", "launched", 0),
        ("2026-04-04", "russia", "drone", "launched", 5),  # inside the national count
        ("2026-04-04", "russia", "ballistic_missile", "launched", 5),  # the national post speaks for the date
        ("2026-04-04", "russia", "drone", "shot_down", 5),  # the national post gives no drone shot down
        ("2026-04-04", "russia", "people", "killed", 5),  # nor people
        ("", "russia", "drone", "launched", 5),  # undated: never compared
    ], columns=["date", "attacker", "weapon", "measure", "scope"])
    assert counted_across(counts).tolist() == [True, False, False, True, True, True]


# --- checks -------------------------------------------------------------------------------------------------------

def test_a_breakdown_is_counted_159_not_318_and_its_regions_are_checked_against_the_total() -> None:
    rows = [figure_row(doc_id="mod.txt", value=200), *breakdown()]
    checks = {c.rule: c for c in run_checks(frame(rows))}
    assert (checks["outcomes-within-launched"].status, checks["outcomes-within-launched"].message) == (
        "pass", "drone: shot_down 159 = 159 <= launched 200")
    regions = checks["regions-within-total"]
    assert (regions.status, regions.message, regions.lines) == (
        "pass", "shot_down: Bryansk Oblast 64 + Kursk Oblast 35 + Oryol Oblast 25 + Belgorod Oblast 35 = 159 "
                "<= drone total 159", "3 4 5 6 7")


def test_regions_beyond_their_total_fail() -> None:
    rows = breakdown()
    rows[1]["value"] = 100
    [check] = [c for c in run_checks(frame(rows)) if c.rule == "regions-within-total"]
    assert (check.status, check.severity, check.message) == (
        "fail", "error", "shot_down: Bryansk Oblast 100 + Kursk Oblast 35 + Oryol Oblast 25 + Belgorod Oblast 35 = "
                         "195 <= drone total 159")


@pytest.mark.parametrize(("children_killed", "status"), [(3, "pass"), (13, "fail")])
def test_a_group_is_checked_within_its_total(children_killed: int, status: str) -> None:
    rows = [figure_row(weapon="people", measure="killed", value=12),
            figure_row(weapon="people", measure="killed", value=children_killed, group="children"),
            figure_row(weapon="people", measure="killed", value=2, group="rescuers")]
    [check] = [c for c in run_checks(frame(rows)) if c.rule == "groups-within-total"]
    assert (check.status, check.weapon, check.measure, check.message, check.lines) == (
        status, "people", "killed", f"people killed: largest group {children_killed} <= total 12", "2 3 4")


@pytest.mark.parametrize(("south", "status", "op"), [(94, "pass", "<="), (250, "fail", "but")])
def test_a_regional_post_is_a_part_of_the_national_post_of_its_date_not_a_second_source(
        south: int, status: str, op: str) -> None:
    rows = [figure_row(doc_id="national", date="2026-04-04", value=286),
            figure_row(doc_id="south", date="2026-04-04", value=south, region="Air Command South"),
            figure_row(doc_id="east", date="2026-04-04", value=85, region="Air Command East")]
    checks = run_checks(frame(rows))
    assert [(c.rule, c.severity, c.status, c.doc_id, c.message, c.lines) for c in checks
            if c.rule in ("sources-agree", "regional-posts-within-national")] == [
        ("regional-posts-within-national", "warning", status, "south",
         f"drone launched on 2026-04-04: regions Air Command South {south} (south), Air Command East 85 (east) = "
         f"{south + 85} {op} whole 286 (national)", "2 3 4")]


# --- charts and the report ----------------------------------------------------------------------------------------

def test_the_charts_count_a_breakdown_159_not_318() -> None:
    from stats import charts, charts_places

    figures = frame([figure_row(doc_id="mod.txt", value=200), *breakdown()])
    outcomes = charts.attack_outcomes(figures)
    assert outcomes[["weapon", "launched", "shot_down"]].to_dict("records") == [
        {"weapon": "drone", "launched": 200.0, "shot_down": 159.0}]
    assert outcomes["lines"].tolist() == ["2 3"]  # the totals; the regions' figures are parts of them
    shown = charts.outcomes(figures)
    assert sum(shown.data[0].link.value) == 200
    per_region = charts_places.region_counts(figures)
    assert per_region[["region", "measure", "value"]].values.tolist() == [
        [BRYANSK, "shot_down", 64.0], [KURSK, "shot_down", 35.0], [OREL, "shot_down", 25.0],
        [BELGOROD, "shot_down", 35.0]]
    bars = {trace.name: list(trace.x) for trace in charts_places.regions(figures).data}
    assert bars == {"Shot down over the region": [25, 35, 35, 64]}  # the largest at the top


def test_a_casualty_group_round_trips_through_csv_schema_and_report(tmp_path: object) -> None:
    from pathlib import Path

    from stats import charts_places
    from stats.cli import main
    from stats.csvio import read_figures
    from stats.report import unpacked

    from .helpers import write_figures

    path = write_figures(Path(str(tmp_path)) / "figures.csv", [
        figure_row(date="2026-01-02", value=30),
        figure_row(date="2026-01-02", weapon="people", measure="killed", value=12, evidence="12 were killed."),
        figure_row(date="2026-01-02", weapon="people", measure="killed", value=3, group="children",
                   evidence="Three of them were children.")])
    figures, failures = validate(read_figures(path))
    assert failures == []
    assert figures["group"].tolist() == ["", "", "children"]
    table = charts_places.casualty_counts(figures)
    assert table[["measure", "value", "children"]].values.tolist() == [["killed", 12.0, 3.0]]
    report_path = Path(str(tmp_path)) / "report.html"
    assert main(["chart", str(path), "-o", str(report_path)]) == 0
    report = report_path.read_text(encoding="utf-8")
    assert "<td>children</td>" in report  # the figures table shows the group
    casualties = __import__("json").loads(unpacked(report, "chart-data"))["casualties"]
    assert [(t["name"], t["type"]) for t in casualties["data"] if "name" in t] == [
        ("Killed", "bar"), ("Killed: children among them", "bar")]
    assert casualties["data"][0]["offsetgroup"] == casualties["data"][1]["offsetgroup"]  # drawn over its bar


def test_the_reports_totals_equal_the_national_posts_totals_of_each_date() -> None:
    from stats import charts
    from stats.importers import import_massive_missile_attacks

    from .test_importers import SAMPLE

    reference = import_massive_missile_attacks(SAMPLE)
    assert sorted(set(reference["region"])) == ["", "Air Command South"]
    charted = charts.attack_composition(reference).groupby("date")["launched"].sum()
    national = charts.attack_composition(reference[reference["region"] == ""]).groupby("date")["launched"].sum()
    assert charted.reindex(national.index).tolist() == national.tolist()
    regional_only = charted.drop(national.index)
    everything = charts.attack_composition(reference.assign(region="")).groupby("date")["launched"].sum()
    assert int(everything.sum() - charted.sum()) > 0  # what the regional posts added on top before
    assert regional_only.tolist() == everything.drop(national.index).tolist()


def test_a_single_dated_day_gets_an_axis_of_days_not_milliseconds() -> None:
    from stats import charts

    figures = frame([figure_row(date="2026-01-02", value=40), figure_row(date="2026-01-02", measure="shot_down",
                                                                           value=30)])
    axis = charts.timeline(figures).layout.xaxis
    assert [str(pd.Timestamp(x).date()) for x in axis.range] == ["2026-01-01", "2026-01-03"]
    assert axis.dtick == 86_400_000  # a day
