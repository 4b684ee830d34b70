"""Reading a rules file (schemas/rules.toml, or one given with ``--rules``) into checked data.

Any file that is not a rules file (not UTF-8, not TOML, nested too deeply, a value of the wrong type)
is a VocabularyError naming the file and the rule, so a malformed ``--rules`` is one line and exit code
2, never a failure inside the checks. The shapes and their keys are checked by stats.checks.load_rules;
here every value gets its type: ``whole`` and ``right`` name one weapon or measure, every other key of a
shape a list of them, and the tolerance takes numbers.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import VocabularyError
from .resources import read_text

SINGLE_NAMES = frozenset({"whole", "right"})
TEXT_KEYS = ("id", "description", "severity", "shape")


def rules_data(path: str | Path | None = None) -> dict[str, Any]:
    """The contents of a rules file (the bundled one when `path` is None), with every value's type checked."""
    where = str(path) if path else "rules.toml"
    try:
        text = Path(path).read_text(encoding="utf-8") if path else read_text("rules.toml")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise VocabularyError(f"{where}: not a rules file (not UTF-8 text)") from exc
    except OSError as exc:
        raise VocabularyError(f"{where}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{where}: {exc}") from exc
    except RecursionError as exc:
        raise VocabularyError(f"{where}: not a rules file (nested too deeply)") from exc
    rules = data.get("rule", [])
    if not isinstance(rules, list) or not all(isinstance(r, dict) for r in rules):
        raise VocabularyError(f"{where}: 'rule' must be a list of [[rule]] tables")
    tolerance = data.get("tolerance", {})
    if not isinstance(tolerance, dict):
        raise VocabularyError(f"{where}: [tolerance] must be a table")
    for key, value in tolerance.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise VocabularyError(f"{where}: [tolerance] {key} must be a number >= 0, not {value!r}")
    for number, rule in enumerate(rules, 1):
        name = rule.get("id") if isinstance(rule.get("id"), str) else f"number {number}"
        for key in TEXT_KEYS:
            if key in rule and (not isinstance(rule[key], str) or not rule[key]):
                raise VocabularyError(f"{where}: rule {name!r}: {key} must be text, not {rule[key]!r}")
        for key, value in rule.items():
            if key in TEXT_KEYS:
                continue
            if key in SINGLE_NAMES or (key == "parts" and rule.get("shape") == "parts_within_total"):
                # "parts_within_total" takes the kind of part as one name: model, region or group
                if not isinstance(value, str):
                    raise VocabularyError(f"{where}: rule {name!r}: {key} must be one name, not {value!r}")
            elif not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise VocabularyError(f"{where}: rule {name!r}: {key} must be a list of names, not {value!r}")
    return data
