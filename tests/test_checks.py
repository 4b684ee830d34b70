"""The rules file documents every shape; checks name exactly the CSV lines of the figures they involve."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from stats.checks import RULE_KEYS, SHAPES, load_rules, run_checks
from stats.importers import import_massive_missile_attacks
from stats.resources import read_text
from stats.schema import validate

from .helpers import figure_row
from .test_importers import SAMPLE


def test_the_head_of_rules_toml_explains_every_shape_and_its_keys() -> None:
    head = read_text("rules.toml").split("[tolerance]")[0]
    assert all(line.startswith("#") or not line.strip() for line in head.splitlines())
    for key in RULE_KEYS:
        assert f"#   {key} " in head, key
    for shape, keys in SHAPES.items():
        line = next(x for x in head.splitlines() if x.startswith(f"#   {shape} "))
        assert all(k in line for k in keys), (shape, line)


def test_the_bundled_rules_use_every_shape() -> None:
    assert {r.shape for r in load_rules().rules} == set(SHAPES)


def test_a_cross_source_rule_of_ones_own_needs_no_code(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('''
[[rule]]
id = "missile-launches-agree"
description = "Documents give the same number of missiles launched"
severity = "error"
shape = "cross_source"
weapons = ["missile"]
measures = ["launched"]
''', encoding="utf-8")
    rows = [figure_row(doc_id=d, date="2026-04-05", weapon=w, value=v)
            for d, w, v in [("a.txt", "missile", 60), ("b.txt", "missile", 61), ("a.txt", "drone", 1),
                            ("b.txt", "drone", 2)]]
    valid, _ = validate(pd.DataFrame(rows).astype(str))
    assert [(c.rule, c.severity, c.status, c.message) for c in run_checks(valid, load_rules(path))] == [
        ("missile-launches-agree", "error", "fail",
         "missile launched on 2026-04-05: b.txt gives 61 but a.txt gives 60")]


@pytest.mark.parametrize("rule", ["outcomes-within-launched", "models-within-class"])
def test_the_lines_of_each_check_are_the_rows_of_its_group_weapon_and_measures(rule: str) -> None:
    figures = import_massive_missile_attacks(SAMPLE)
    measures = {"outcomes-within-launched": {"launched", "shot_down", "jammed"}}.get(rule)
    checks = [c for c in run_checks(figures) if c.rule == rule]
    assert len(checks) == {"outcomes-within-launched": 37, "models-within-class": 4}[rule]
    for check in checks:
        same = figures[(figures["doc_id"] == check.doc_id) & (figures["event"] == check.event)
                       & (figures["attacker"] == check.attacker) & (figures["weapon"] == check.weapon)
                       & figures["measure"].isin(measures or {check.measure})]
        assert check.lines == " ".join(str(i + 2) for i in same.index), check
