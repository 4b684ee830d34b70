"""The tables behind the charts: per attack, weapon class and measure, counted by the counting rule
(stats.counting) so that nothing is counted twice, and split along the weapon tree (contract.children).

- per document, event and attacker (one *attack*), a class is worth its total when the text gives one,
  else its parts (per model, region) summed; a regional document's count is left out on a date where a
  document of the whole gives that measure (:func:`counts`);
- classes form a tree (aerial weapons > drones, missiles > cruise, ballistic; guided bombs). A total
  is split into its parts when the parts are given, and what the parts leave over is charted as
  "class not stated" (:func:`attack_composition`). For what became of the weapons, a total is split
  only when the parts say what became of them (:func:`attack_outcomes`);
- qualified figures ("more than 160", "about 40") are charted at their stated value.

Every row keeps the CSV lines of the figures it is read from (``lines``), so a sum can be traced.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd

from .contract import children, descendants
from .counting import SEVERAL, codes_of, count_cells, counted_across, dense

GROUP = ["doc_id", "event", "attacker"]
ATTACK_MEASURES = ("launched", "shot_down", "jammed", "neutralized")
OUTCOME_MEASURES = ("shot_down", "jammed", "neutralized")
ROOTS = ("aerial_weapon",)

#: Weapon classes in the order they are stacked (largest usually at the bottom).
WEAPON_ORDER = ("drone", "cruise_missile", "ballistic_missile", "missile", "guided_bomb", "aerial_weapon")


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
    parts = [e for child in children(node) for e in _resolve(child, get, split_on)]
    own = {m: get(node, m) for m in ATTACK_MEASURES}
    if all(math.isnan(v) for v in own.values()):
        return parts
    if split_on == "launched":
        split = any(e["launched"] > 0 for e in parts)
    else:
        split = any(any(not math.isnan(e[m]) for m in OUTCOME_MEASURES) for e in parts)
    if split:
        rest = {m: (max(v - sum(e[m] for e in parts if not math.isnan(e[m])), 0.0) if not math.isnan(v) else v)
                for m, v in own.items()}
        if any(v > 0 for v in rest.values() if not math.isnan(v)):
            parts.append({"weapon": node, "together": False, **rest})
        return parts
    if math.isnan(own["launched"]) and parts:
        launched = [e["launched"] for e in parts if not math.isnan(e["launched"])]
        own["launched"] = float(sum(launched)) if launched else math.nan
    return [{"weapon": node, "together": bool(parts), **own}]


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

