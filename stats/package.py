"""Frictionless descriptions of the outputs: a Table Schema per CSV and the ``datapackage.json`` of a run.

figures.csv's schema is generated from the pandera model (:func:`stats.schema.table_schema`); checks.csv
and documents.csv are described here, next to the columns they are written with. The shipped copies in
schemas/ are these, as a test asserts. `frictionless validate OUTDIR/datapackage.json` passes on the
outputs of any run.
"""

from __future__ import annotations

import json
from typing import Any

from .contract import ATTACKERS, MEASURES, WEAPONS
from .schema import table_schema as figures_schema

TABLE_SCHEMA = "https://specs.frictionlessdata.io/schemas/table-schema.json"
STATUSES = ("ok", "no_figures", "skipped", "error")


def _field(name: str, kind: str, description: str, **constraints: Any) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name, "type": kind, "description": description}
    if constraints:
        field["constraints"] = constraints
    return field


def checks_schema() -> dict[str, Any]:
    """The Table Schema of checks.csv: one row per consistency check."""
    fields = [
        _field("rule", "string", "the rule's id in rules.toml", required=True, minLength=1),
        _field("severity", "string", "error (fails the gate) or warning", required=True, enum=["error", "warning"]),
        _field("status", "string", "pass or fail", required=True, enum=["pass", "fail"]),
        _field("doc_id", "string", "the document checked", required=True, minLength=1),
        _field("event", "integer", "the attack within the document, from 0", required=True, minimum=0),
        _field("attacker", "string", "who launched the weapons", required=True, enum=list(ATTACKERS)),
        _field("weapon", "string", "the weapon class the check is about", required=True, enum=list(WEAPONS)),
        _field("measure", "string", "the measure the check is about", required=True, enum=list(MEASURES)),
        _field("message", "string", "the numbers of the check"),
        _field("lines", "string", "the lines of figures.csv the check read, separated by spaces",
               pattern=r"\d+( \d+)*"),
        _field("evidence", "string", "the sentences of those figures"),
    ]
    return {"$schema": TABLE_SCHEMA, "fields": fields, "missingValues": [""]}


def documents_schema() -> dict[str, Any]:
    """The Table Schema of documents.csv: one row per input document, read or not."""
    fields = [
        _field("doc_id", "string", "the document's id (its figures carry it)", required=True, minLength=1,
               unique=True),
        _field("source", "string", "where it was read: a path, path:line (JSONL), path#row (CSV) or standard input",
               required=True),
        _field("status", "string", "ok, no_figures, skipped (not read on purpose) or error (could not be read)",
               required=True, enum=list(STATUSES)),
        _field("reason", "string", "why it has no figures, was skipped or could not be read"),
        _field("size", "integer", "bytes of text (a record: of its text field)", required=True, minimum=0),
        _field("figures", "integer", "rows of figures.csv with this doc_id", required=True, minimum=0),
        _field("language", "string", "the language read (en, uk, ru), empty when it was not read",
               pattern="[a-z]{2,3}"),
    ]
    return {"$schema": TABLE_SCHEMA, "fields": fields, "missingValues": [""]}


TABLES = {"figures": figures_schema, "checks": checks_schema, "documents": documents_schema}


def datapackage(version: str) -> dict[str, Any]:
    """The datapackage.json of a run's output folder: the three tables with their schemas, and the report."""
    descriptions = {
        "figures": "every attack figure read from the documents (one row each)",
        "checks": "every consistency check of the figures, passed or failed",
        "documents": "every input document, read or not, with its status",
    }
    resources: list[dict[str, Any]] = [
        {"name": name, "path": f"{name}.csv", "profile": "tabular-data-resource", "format": "csv",
         "mediatype": "text/csv", "encoding": "utf-8", "description": descriptions[name],
         "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"', "doubleQuote": True,
                     "header": True},
         "schema": make()}
        for name, make in TABLES.items()
    ]
    resources.append({"name": "report", "path": "report.html", "format": "html", "mediatype": "text/html",
                      "description": "charts, checks and figures with their evidence (opens offline)"})
    return {"profile": "data-package", "name": "attack-stats-run", "title": "attack-stats run",
            "description": ("Figures of aerial attacks read from text, checked for consistency. Text cells that "
                            "start with = + - @ carry a leading apostrophe so spreadsheets show them as text."),
            "created_by": f"attack-stats {version}", "resources": resources}


def dumps(descriptor: dict[str, Any]) -> str:
    return json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n"
