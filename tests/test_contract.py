"""The pandera model, the published Table Schema, the pint units and the data files agree."""

from __future__ import annotations

from pathlib import Path

import pint
import pytest
from frictionless import Resource, Schema

from stats.checks import load_rules
from stats.contract import COLUMNS, WEAPONS
from stats.csvio import write_csv
from stats.errors import VocabularyError
from stats.inputs import seed_documents
from stats.lexicon import LANGUAGES, _build_senses, load
from stats.pipeline import extract_documents
from stats.schema import FiguresSchema, shipped_table_schema, table_schema
from stats.units import quantity, registry


def test_shipped_table_schema_is_the_one_generated_from_the_pandera_model() -> None:
    assert shipped_table_schema() == table_schema()
    assert [f["name"] for f in table_schema()["fields"]] == list(COLUMNS)
    assert list(FiguresSchema.to_schema().columns) == list(COLUMNS)


def test_exported_seed_csv_is_valid_under_the_table_schema(tmp_path: Path) -> None:
    frame, _ = extract_documents(seed_documents())
    path = tmp_path / "figures.csv"
    write_csv(frame, path)
    schema = Schema.from_descriptor(shipped_table_schema())
    report = Resource(path="figures.csv", basepath=str(tmp_path), schema=schema).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
    bad = tmp_path / "bad.csv"
    bad.write_text(path.read_text(encoding="utf-8").replace(",launched,537,", ",launched,-537,"), encoding="utf-8")
    report = Resource(path="bad.csv", basepath=str(tmp_path), schema=schema).validate()
    assert report.flatten(["rowNumber", "fieldName", "type"]) == [[2, "value", "constraint-error"]]


def test_weapon_classes_share_the_munition_dimension_and_people_do_not() -> None:
    total = quantity(477, "drone") + quantity(60, "missile")
    assert total.to("munition").magnitude == 537
    assert str(registry().Unit("aerial_weapon")) == "munition"
    with pytest.raises(pint.DimensionalityError):
        quantity(1, "drone") + quantity(1, "people")
    for weapon in WEAPONS:
        quantity(1, weapon)  # every class has a unit


@pytest.mark.parametrize("language", LANGUAGES)
def test_vocabularies_load(language: str) -> None:
    lex = load(language)
    assert lex.language == language
    assert lex.senses


def test_a_term_listed_twice_is_rejected() -> None:
    with pytest.raises(VocabularyError, match="listed twice as mod"):
        _build_senses({"modifiers": {"words": ["strike", "Strike"]}}, {}, "test")


def test_a_cue_with_two_measures_in_one_position_is_rejected() -> None:
    data = {"cues": {"launched": {"any": ["downed"]}, "shot_down": {"any": ["downed"]}}}
    with pytest.raises(VocabularyError, match="cue for both"):
        _build_senses(data, {}, "test")


def test_bundled_rules_load_and_a_rule_of_known_shape_needs_no_code(tmp_path: Path) -> None:
    assert [r.id for r in load_rules().rules][:2] == ["aerial-weapons-sum", "missiles-sum"]
    path = tmp_path / "rules.toml"
    path.write_text('''
[[rule]]
id = "drones-hit-within-launched"
description = "Drone hits never exceed drones launched"
severity = "warning"
shape = "measures_le"
weapons = ["drone"]
left = ["hit"]
right = "launched"
''', encoding="utf-8")
    rules = load_rules(path)
    assert [(r.id, r.severity, r.shape) for r in rules.rules] == [
        ("drones-hit-within-launched", "warning", "measures_le")]


def test_a_rule_of_unknown_shape_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "rules.toml"
    path.write_text('[[rule]]\nid = "x"\ndescription = "d"\nseverity = "error"\nshape = "magic"\n', encoding="utf-8")
    with pytest.raises(VocabularyError, match="unknown shape 'magic'"):
        load_rules(path)


def test_an_unknown_section_or_key_is_rejected() -> None:
    from stats.lexicon import VOCAB_KEYS, _check_keys

    with pytest.raises(VocabularyError, match=r"unknown section \[weapons\]"):
        _check_keys({"weapons": {}}, VOCAB_KEYS, "test")
    with pytest.raises(VocabularyError, match="unknown key 'helicopter' in \\[heads\\]"):
        _check_keys({"heads": {"helicopter": ["helicopters"]}}, VOCAB_KEYS, "test")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_weapon_class_has_nouns_and_every_measure_has_cues(language: str) -> None:
    lex = load(language)
    heads = {s.head for s in lex.senses.values() if s.head}
    cues = {m for s in lex.senses.values() for m, _ in s.cues}
    assert heads == set(WEAPONS)
    assert cues == {"launched", "shot_down", "jammed", "neutralized", "hit", "lost", "killed", "injured"}
