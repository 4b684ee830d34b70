"""Importers: published attack datasets turned into the figures table, so `check` can run over them.

``massive-missile-attacks`` reads missile_attacks_daily.csv of "Massive Missile Attacks on Ukraine"
by Petro Ivaniuk (published on Kaggle, license CC BY-NC-SA 4.0: credit the author, non-commercial
use, share alike). How its rows become figures is data, in
schemas/import_massive_missile_attacks.toml; this module applies it to whole columns at once.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from .contract import COLUMNS, MEASURES, UNIT_OF, WEAPONS, common_class
from .csvio import read_csv
from .errors import InputError, VocabularyError
from .models import load_models
from .regions import region_names
from .resources import read_text
from .schema import validate

DASHES = "-‐‑‒–—―−"
MAPPING_FILE = "import_massive_missile_attacks.toml"
CREDIT = ('"Massive Missile Attacks on Ukraine" by Petro Ivaniuk (Kaggle), CC BY-NC-SA 4.0: '
          "credit the author, non-commercial use, share alike")


@dataclass(frozen=True)
class Name:
    """What one model name of a dataset stands for: a canonical model ("" for none) and its class."""

    model: str
    weapon: str


@dataclass(frozen=True)
class Share:
    column: str
    model: str
    measure: str


@dataclass(frozen=True)
class ImportMapping:
    """The contents of an import mapping file (see the head of the file for their meaning)."""

    attacker: str
    rule: str
    date: str
    doc_id: str
    model: str
    window_start: str
    measures: dict[str, str]
    shares: tuple[Share, ...]
    names: dict[str, Name]
    aliases: dict[str, Name]
    stems: dict[str, Name]
    regions: dict[str, str]  # start of the doc_id column -> the region its posts are placed in


def _key(name: str) -> str:
    """A model name for look-up: lower case, no dashes, no spaces (models.toml matches them loosely)."""
    out = name.lower()
    for ch in DASHES:
        out = out.replace(ch, "")
    return "".join(out.split())


def _models_toml() -> tuple[dict[str, Name], dict[str, Name], dict[str, str]]:
    """Aliases of schemas/models.toml (exact, and stems of the ones ending in *), and each model's class."""
    aliases: dict[str, Name] = {}
    stems: dict[str, Name] = {}
    classes: dict[str, str] = {}
    for entry in load_models():
        name = Name(entry.name, entry.weapon)
        classes[name.model] = name.weapon
        for alias in [entry.name, *entry.aliases]:
            if alias.endswith("*"):
                stems[_key(alias[:-1])] = name
            else:
                aliases[_key(alias)] = name
    return aliases, stems, classes


def load_mapping(text: str | None = None) -> ImportMapping:
    """The mapping of schemas/import_massive_missile_attacks.toml (or of the given TOML text)."""
    where = MAPPING_FILE
    try:
        data = tomllib.loads(text if text is not None else read_text(MAPPING_FILE))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{where}: {exc}") from exc
    unknown = set(data) - {"dataset", "measures", "share", "names", "regions"}
    if unknown:
        raise VocabularyError(f"{where}: unknown section(s) {sorted(unknown)}")
    dataset = data.get("dataset", {})
    keys = {"attacker", "rule", "date", "doc_id", "model", "window_start"}
    if set(dataset) != keys:
        raise VocabularyError(f"{where}: [dataset] needs exactly the keys {sorted(keys)}")
    measures = dict(data.get("measures", {}))
    for column, measure in measures.items():
        if measure not in MEASURES:
            raise VocabularyError(f"{where}: [measures] {column} = {measure!r} is not a measure")
    aliases, stems, classes = _models_toml()
    shares = []
    for entry in data.get("share", []):
        if set(entry) != {"column", "model", "measure"} or entry["measure"] not in MEASURES:
            raise VocabularyError(f"{where}: [[share]] needs column, model and a measure: {entry}")
        if entry["model"] not in classes:
            raise VocabularyError(f"{where}: [[share]] model {entry['model']!r} is not in models.toml")
        shares.append(Share(entry["column"], entry["model"], entry["measure"]))
    names: dict[str, Name] = {}
    for spelled, entry in data.get("names", {}).items():
        if not isinstance(entry, dict) or "model" not in entry or set(entry) - {"model", "weapon"}:
            raise VocabularyError(f"{where}: [names] {spelled!r} needs model (and weapon unless in models.toml)")
        model = str(entry["model"])
        weapon = entry.get("weapon", classes.get(model))
        if weapon is None:
            raise VocabularyError(f"{where}: [names] {spelled!r}: {model!r} is not in models.toml; give its weapon")
        if weapon not in WEAPONS or weapon == "people":
            raise VocabularyError(f"{where}: [names] {spelled!r}: unknown weapon {weapon!r}")
        if model in classes and classes[model] != weapon:
            raise VocabularyError(f"{where}: [names] {spelled!r}: models.toml gives {model} the class "
                                  f"{classes[model]}, not {weapon}")
        if _key(spelled) in names:
            raise VocabularyError(f"{where}: [names] {spelled!r} is listed twice")
        names[_key(spelled)] = Name(model, str(weapon))
    regions = {str(start): str(region) for start, region in data.get("regions", {}).items()}
    unknown_regions = sorted(set(regions.values()) - region_names())
    if unknown_regions:
        raise VocabularyError(f"{where}: [regions] names regions not in regions.toml: {', '.join(unknown_regions)}")
    return ImportMapping(str(dataset["attacker"]), str(dataset["rule"]), str(dataset["date"]), str(dataset["doc_id"]),
                         str(dataset["model"]), str(dataset["window_start"]), measures, tuple(shares), names, aliases,
                         stems, regions)


def region_of(doc_ids: pd.Series, mapping: ImportMapping) -> pd.Series:
    """The region of each source post: the region of the longest start of [regions] it begins with, else ""
    (a post of the whole country)."""
    out = pd.Series("", index=doc_ids.index, dtype=object)
    for start in sorted(mapping.regions, key=len):
        out = out.where(~doc_ids.str.startswith(start), mapping.regions[start])
    return out


def _look_up(name: str, mapping: ImportMapping) -> Name | None:
    key = _key(name)
    if key in mapping.names:
        return mapping.names[key]
    if key in mapping.aliases:
        return mapping.aliases[key]
    for stem, found in mapping.stems.items():
        if key.startswith(stem) and key[len(stem):].isalpha():
            return found
    return None


def resolve_model(value: str, mapping: ImportMapping) -> Name | list[str]:
    """The model and class a dataset's model value stands for, or the names that are found nowhere."""
    found: list[Name] = []
    missing: list[str] = []
    for name in (n.strip() for n in value.split(" and ")):
        whole = _look_up(name, mapping)
        if whole is not None:
            found.append(whole)
            continue
        for part in (p.strip() for p in name.split("/")):
            hit = _look_up(part, mapping)
            if hit is None:
                missing.append(part if part == name else f"{part} (in {name})")
            else:
                found.append(hit)
    if missing or not found:
        return missing or [value]
    weapon = common_class(n.weapon for n in found)
    if weapon is None:
        return [f"{value} (its names have no common weapon class)"]
    model = "" if any(n.model == "" for n in found) else "/".join(dict.fromkeys(n.model for n in found))
    return Name(model, weapon)


def _whole_numbers(frame: pd.DataFrame, column: str, path: Path) -> pd.Series:
    """A column as floats (NaN where empty); a cell that is not a whole number >= 0 stops the import."""
    text = frame[column].str.strip()
    numbers = pd.to_numeric(text.where(text != ""), errors="coerce")
    bad = (text != "") & (numbers.isna() | (numbers % 1 != 0) | (numbers < 0))
    if bad.any():
        first = bad.to_numpy().nonzero()[0][:5]
        cells = ", ".join(f"line {i + 2} {frame[column].iat[i]!r}" for i in first)
        raise InputError(f"{path.name}: column {column} holds values that are not whole numbers >= 0: {cells}")
    return numbers.astype("float64")


def _evidence(frame: pd.DataFrame, path: Path, mapping: ImportMapping, numbers: Mapping[str, pd.Series]) -> pd.Series:
    """A readable account of each source row: file and line, window, model, the values imported."""
    text = (path.name + " line " + (frame.index.to_series() + 2).astype(str) + ": "
            + frame[mapping.window_start] + " to " + frame[mapping.date] + ", " + frame[mapping.model])
    for column, values in numbers.items():
        shown = values.map(lambda v: "" if np.isnan(v) else f"{int(v)}")
        text = text + np.where(shown != "", ", " + column + " " + shown, "")
    return text


def import_massive_missile_attacks(path: str | Path, mapping: ImportMapping | None = None) -> pd.DataFrame:
    """The figures table of missile_attacks_daily.csv ("Massive Missile Attacks on Ukraine", Petro Ivaniuk,
    CC BY-NC-SA 4.0), validated by FiguresSchema. Rows, columns and models map as
    schemas/import_massive_missile_attacks.toml says."""
    path = Path(path)
    rules = mapping or load_mapping()
    frame = read_csv(path)
    needed = [rules.window_start, rules.date, rules.model, rules.doc_id, *rules.measures]
    missing = [c for c in needed if c not in frame.columns]
    if missing:
        raise InputError(f"{path} is not a missile_attacks_daily.csv table: missing column(s) {', '.join(missing)}")
    frame = frame.reset_index(drop=True)
    found = {value: resolve_model(value, rules) for value in frame[rules.model].unique()}
    resolved = {value: r for value, r in found.items() if isinstance(r, Name)}
    unknown = sorted({n for r in found.values() if not isinstance(r, Name) for n in r})
    if unknown:
        raise InputError(f"{path.name}: model names found neither in {MAPPING_FILE} [names] nor in models.toml: "
                         f"{', '.join(unknown)}")
    weapon = frame[rules.model].map({v: r.weapon for v, r in resolved.items()})
    model = frame[rules.model].map({v: r.model for v, r in resolved.items()})
    numbers = {c: _whole_numbers(frame, c, path) for c in rules.measures}
    shares = {s.column: _whole_numbers(frame, s.column, path) for s in rules.shares if s.column in frame.columns}
    for share in rules.shares:
        if share.column in shares:
            model = model.where(shares[share.column].isna(), "")
    doc_id = frame[rules.doc_id].where(frame[rules.doc_id].str.strip() != "",
                                       path.name + " line " + (frame.index.to_series() + 2).astype(str))
    base = pd.DataFrame({
        "doc_id": doc_id,
        "event": doc_id.groupby(doc_id, sort=False).cumcount(),
        "date": frame[rules.date].str.strip().str[:10],
        "attacker": rules.attacker,
        "weapon": weapon,
        "model": model,
        "evidence": _evidence(frame, path, rules, {**numbers, **shares}),
        "line": frame.index + 2,
    })
    parts: list[pd.DataFrame] = []
    for column, measure in rules.measures.items():
        parts.append(base.assign(measure=measure, value=numbers[column], order=len(parts)))
    for share in rules.shares:
        if share.column in shares:
            parts.append(base.assign(measure=share.measure, value=shares[share.column], model=share.model,
                                     order=len(parts)))
    tidy = pd.concat(parts, ignore_index=True)
    tidy = tidy[tidy["value"].notna()].sort_values(["line", "order"], kind="stable")
    tidy = tidy.assign(value=tidy["value"].astype("int64"), qualifier="exact", unit=tidy["weapon"].map(UNIT_OF),
                       start=0, end=0, rule=rules.rule, region=region_of(tidy["doc_id"], rules), group="",
                       surface="")
    valid, failures = validate(tidy.loc[:, list(COLUMNS)].reset_index(drop=True))
    if failures:
        shown = "; ".join(f.message() for f in failures[:3])
        raise InputError(f"{path.name}: the imported figures fail the schema ({len(failures)} failures): {shown}")
    return valid


#: Importers by the name `attack-stats import --from` takes.
IMPORTERS: dict[str, Callable[[Path], pd.DataFrame]] = {
    "massive-missile-attacks": import_massive_missile_attacks,
}


def import_dataset(path: str | Path, kind: str) -> pd.DataFrame:
    """The figures table of a dataset of a known kind (see IMPORTERS)."""
    if kind not in IMPORTERS:
        raise InputError(f"unknown dataset kind {kind!r}; known: {', '.join(sorted(IMPORTERS))}")
    return IMPORTERS[kind](Path(path))

