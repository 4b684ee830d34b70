"""The reference dataset as a figures table, for the notebooks.

The reference dataset is "Massive Missile Attacks on Ukraine" by Petro Ivaniuk (CC BY-NC-SA 4.0):
one row per reporting window and weapon model, with launched, destroyed and not_reach_goal counts.
The notebooks read the full file from ``shared/data/`` when a folder above the repository has it,
else the credited sample bundled in ``notebooks/data/``.

This is a small local conversion of a few columns, written for the notebooks only; the project's
importer (``attack-stats import``) is the place for a complete one.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from stats.contract import COLUMNS, UNIT_OF

FILE_NAME = "missile_attacks_daily.csv"
HERE = Path(__file__).resolve().parent
SAMPLE = HERE / "data" / "missile_attacks_sample.csv"
CREDIT = '"Massive Missile Attacks on Ukraine" by Petro Ivaniuk, CC BY-NC-SA 4.0'

# Weapon class of a model name, by the first keyword found in it (lower case). Ballistic names come
# before "x-" so that "X-47 Kinzhal" is ballistic; Kh- missiles are spelled X- in the dataset.
KEYWORDS = (
    ("kinzhal", "ballistic_missile"), ("iskander-m", "ballistic_missile"), ("kn-23", "ballistic_missile"),
    ("ballistic", "ballistic_missile"),
    ("iskander-k", "cruise_missile"), ("kalibr", "cruise_missile"), ("x-", "cruise_missile"),
    ("oniks", "cruise_missile"), ("zircon", "cruise_missile"), ("banderol", "cruise_missile"),
    ("shahed", "drone"), ("uav", "drone"), ("orlan", "drone"), ("zala", "drone"), ("supercam", "drone"),
    ("lancet", "drone"), ("merlin", "drone"), ("forpost", "drone"), ("orion", "drone"), ("mohajer", "drone"),
    ("kub", "drone"), ("eleron", "drone"), ("granat", "drone"), ("молнія", "drone"), ("фенікс", "drone"),
    ("картограф", "drone"), ("привет", "drone"),
    ("gbu", "guided_bomb"), ("bomb", "guided_bomb"),
)
MEASURES = (("launched", "launched"), ("destroyed", "shot_down"), ("not_reach_goal", "jammed"))
MISSILES = {"missile", "cruise_missile", "ballistic_missile"}


def find_reference(start: Path = HERE) -> Path:
    """shared/data/missile_attacks_daily.csv in ``start`` or a folder above it, else the bundled sample."""
    for folder in [start, *start.parents]:
        candidate = folder / "shared" / "data" / FILE_NAME
        if candidate.is_file():
            return candidate
    return SAMPLE


def weapon_of(model: str) -> str:
    """Weapon class of a model (or of models joined with " and "): mixed missiles are "missile"."""
    classes = set()
    for part in str(model).lower().split(" and "):
        found = next((weapon for key, weapon in KEYWORDS if key in part), "missile")
        classes.add(found)
    if len(classes) == 1:
        return classes.pop()
    return "missile" if classes <= MISSILES else "aerial_weapon"


def to_figures(raw: pd.DataFrame) -> pd.DataFrame:
    """Tidy figures (the attack-stats contract) from rows of the reference dataset."""
    rows = []
    for number, row in enumerate(raw.itertuples(index=False), start=2):
        model = str(row.model)
        weapon = weapon_of(model)
        source = str(row.source) if str(row.source) else f"row-{number}"
        counts = {column: getattr(row, column) for column, _ in MEASURES}
        said = ", ".join(f"{column} {value}" for column, value in counts.items() if str(value) != "")
        evidence = f"{model}: {said} ({row.time_start} to {row.time_end})"
        for column, measure in MEASURES:
            value = str(counts[column])
            if value == "":
                continue
            rows.append({
                "doc_id": source, "event": 0, "date": str(row.time_end)[:10], "attacker": "russia",
                "weapon": weapon, "model": model, "measure": measure, "value": int(float(value)),
                "qualifier": "exact", "unit": UNIT_OF[weapon], "start": 0, "end": 0, "evidence": evidence,
                "rule": f"reference:{FILE_NAME}:{number}",
            })
    return pd.DataFrame(rows, columns=list(COLUMNS))


def load_reference(path: Path | None = None) -> tuple[pd.DataFrame, Path]:
    """The reference dataset (or the sample) as a figures table, and the file it came from."""
    path = path or find_reference()
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    return to_figures(raw), path
