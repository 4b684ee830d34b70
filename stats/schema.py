"""The figures table contract: a pandera model, and the Frictionless Table Schema made from it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from .contract import ATTACKERS, COLUMNS, GROUPS, MEASURES, PEOPLE_MEASURES, QUALIFIERS, UNIT_OF, WEAPONS
from .csvio import with_added_columns
from .errors import SchemaError
from .regions import region_names
from .resources import read_text

DATE_PATTERN = r"^(\d{4}-\d{2}-\d{2})?$"
UNITS = tuple(sorted(set(UNIT_OF.values())))
INTEGER_COLUMNS = ("event", "value", "start", "end")
OPTIONAL_TEXT = ("date", "model", "region", "group", "surface")  # may be empty
DATE_COLUMNS = ("date",)  # a date in the Table Schema (ISO YYYY-MM-DD), text checked by pattern in pandera
#: The largest figure the schema accepts: no report counts a billion weapons or people, and a larger
#: number read from a text is a misreading (a phone number, digits run together).
MAX_VALUE = 10**9
#: Whole numbers beyond this are not read as numbers at all (a float64 holds every whole number up to it,
#: and no int64 wraps around).
MAX_EXACT = 2**53


class FiguresSchema(pa.DataFrameModel):
    """One row per attack figure (see schemas/figures.schema.json and shared ANNOTATION.md)."""

    doc_id: Series[str] = pa.Field(str_length={"min_value": 1}, description="input document")
    event: Series[int] = pa.Field(ge=0, description="which attack within the document, from 0")
    date: Series[str] = pa.Field(str_matches=DATE_PATTERN, description="ISO date of the attack, or empty")
    attacker: Series[str] = pa.Field(isin=list(ATTACKERS), description="who launched the weapons")
    weapon: Series[str] = pa.Field(isin=list(WEAPONS), description="weapon class, or people")
    model: Series[str] = pa.Field(description="named weapon model(s) joined with /, or empty")
    region: Series[str] = pa.Field(isin=["", *sorted(region_names())],
                                   description="where the text places the figure: a canonical name of "
                                               "schemas/regions.toml, or empty")
    group: Series[str] = pa.Field(isin=["", *GROUPS],
                                  description="people only: the subgroup a casualty figure counts, or empty")
    measure: Series[str] = pa.Field(isin=list(MEASURES), description="what the figure counts")
    value: Series[int] = pa.Field(ge=0, le=MAX_VALUE, description="the figure")
    qualifier: Series[str] = pa.Field(isin=list(QUALIFIERS), description="exact, more_than, at_least, about, up_to")
    unit: Series[str] = pa.Field(isin=list(UNITS), description="pint unit of the value (schemas/units.txt)")
    start: Series[int] = pa.Field(ge=0, description="start of the number in the document text")
    end: Series[int] = pa.Field(ge=0, description="end of the number in the document text")
    surface: Series[str] = pa.Field(description="the text of the span start:end (the number as written)")
    evidence: Series[str] = pa.Field(description="the sentence the figure was read from")
    rule: Series[str] = pa.Field(description="the extractor rule, or the source of an imported row")

    class Config:
        strict = True
        ordered = True
        coerce = True

    @pa.check("date", name="real_date")
    def _real_date(cls, dates: Series[str]) -> Series[bool]:
        parsed = pd.to_datetime(dates.where(dates != ""), format="%Y-%m-%d", errors="coerce")
        return Series[bool]((dates == "") | parsed.notna())

    @pa.dataframe_check(name="span_ends_after_start")
    def _span(cls, df: pd.DataFrame) -> Series[bool]:
        return Series[bool](df["end"] >= df["start"])

    @pa.dataframe_check(name="unit_matches_weapon")
    def _unit(cls, df: pd.DataFrame) -> Series[bool]:
        return Series[bool](df["unit"] == df["weapon"].map(UNIT_OF))

    @pa.dataframe_check(name="group_only_of_people")
    def _group(cls, df: pd.DataFrame) -> Series[bool]:
        return Series[bool]((df["group"] == "") | (df["weapon"] == "people"))

    @pa.dataframe_check(name="people_only_killed_or_injured")
    def _people(cls, df: pd.DataFrame) -> Series[bool]:
        return Series[bool]((df["weapon"] == "people") == df["measure"].isin(PEOPLE_MEASURES))


@dataclass(frozen=True)
class Failure:
    """One failed schema check: the CSV row (0-based data row; None for the whole table)."""

    row: int | None
    column: str | None
    check: str
    value: str
    doc_id: str = ""  # the document of the row, when the caller knows it (a run does)

    @property
    def line(self) -> int | None:
        """Line in the CSV file (the header is line 1)."""
        return None if self.row is None else self.row + 2

    def message(self) -> str:
        where = "table" if self.row is None else f"row {self.row} (line {self.line})"
        column = f" column {self.column}" if self.column else ""
        document = f" [{self.doc_id}]" if self.doc_id else ""
        return f"{where}{document}{column}: {self.value!r} fails {self.check}"


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("event", "value", "start", "end") else "str")
                         for c in COLUMNS})


def validate(frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    """Validate lazily: the coerced frame of valid rows and every failure at once."""
    frame = with_added_columns(frame)
    missing = [c for c in COLUMNS if c not in frame.columns]
    extra = [c for c in frame.columns if c not in COLUMNS]
    if missing or extra:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(missing))
        if extra:
            parts.append("unexpected " + ", ".join(map(str, extra)))
        raise SchemaError("wrong columns: " + "; ".join(parts))
    frame = frame.loc[:, list(COLUMNS)].reset_index(drop=True)
    for column in OPTIONAL_TEXT:
        frame[column] = frame[column].fillna("")
    # Whole numbers are read first, so a cell like "x" is one failure of its row, not of the table.
    failures: list[Failure] = []
    for column in INTEGER_COLUMNS:
        if pd.api.types.is_integer_dtype(frame[column]):
            continue
        numbers = pd.to_numeric(frame[column], errors="coerce")
        whole = numbers.notna() & (numbers % 1 == 0)
        huge = whole & (numbers.abs() > MAX_EXACT)  # never cast: an int64 would wrap to a negative number
        for row in frame.index[~whole | huge]:
            cell = frame.at[row, column]
            check = (f"less_than_or_equal_to({MAX_VALUE})" if column == "value" else "integer") if huge[row] \
                else "integer"
            failures.append(Failure(int(row), column, check, "" if pd.isna(cell) else str(cell)))
        frame[column] = numbers.where(whole & ~huge, 0).astype("int64")
    try:
        valid = FiguresSchema.validate(frame, lazy=True)
        if not failures:
            return valid, []
    except pa.errors.SchemaErrors as exc:
        failures.extend(_failures(exc.failure_cases))
    failures.sort(key=lambda f: (f.row if f.row is not None else -1, COLUMNS.index(f.column) if f.column else -1))
    bad = {f.row for f in failures if f.row is not None}
    good = frame.drop(index=list(bad))
    if any(f.row is None for f in failures):
        good = good.iloc[0:0]
    try:
        valid = FiguresSchema.validate(good, lazy=True) if len(good) else _coerced_empty()
    except pa.errors.SchemaErrors:
        valid = _coerced_empty()
    return valid, failures


def _coerced_empty() -> pd.DataFrame:
    return FiguresSchema.validate(empty_frame())


# A check over whole rows is reported once per row, on the column it is about.
ROW_CHECK_COLUMN = {
    "span_ends_after_start": "end",
    "unit_matches_weapon": "unit",
    "people_only_killed_or_injured": "measure",
    "group_only_of_people": "group",
}


def _failures(cases: pd.DataFrame) -> list[Failure]:
    out: list[Failure] = []
    seen: set[tuple[int | None, str]] = set()
    for case in cases.itertuples(index=False):
        index = getattr(case, "index", None)
        row = None if index is None or pd.isna(index) else int(index)
        column = getattr(case, "column", None)
        column = None if column is None or pd.isna(column) else str(column)
        check = str(getattr(case, "check", ""))
        value = getattr(case, "failure_case", "")
        if check in ROW_CHECK_COLUMN:
            if column != ROW_CHECK_COLUMN[check] or (row, check) in seen:
                continue
            seen.add((row, check))
        out.append(Failure(row, column if column in COLUMNS else None, check, "" if pd.isna(value) else str(value)))
    out.sort(key=lambda f: (f.row if f.row is not None else -1, COLUMNS.index(f.column) if f.column else -1))
    return out


def table_schema() -> dict[str, Any]:
    """The Frictionless Table Schema of the exported CSV, generated from :class:`FiguresSchema`."""
    schema = FiguresSchema.to_schema()
    fields: list[dict[str, Any]] = []
    for name in COLUMNS:
        column = schema.columns[name]
        kind = "integer" if str(column.dtype).startswith("int") else "date" if name in DATE_COLUMNS else "string"
        constraints: dict[str, Any] = {}
        for check in column.checks:
            stats = check.statistics or {}
            if kind == "date":
                continue  # the type says it all (an ISO date, or empty)
            if check.name == "greater_than_or_equal_to":
                constraints["minimum"] = stats["min_value"]
            elif check.name == "less_than_or_equal_to":
                constraints["maximum"] = stats["max_value"]
            elif check.name == "isin":
                # an empty cell is a missing value (missingValues), not a member of the enum
                constraints["enum"] = [v for v in stats["allowed_values"] if v != ""]
            elif check.name == "str_matches":
                constraints["pattern"] = str(stats["pattern"]).strip("^$")
            elif check.name == "str_length":
                constraints["minLength"] = stats["min_value"]
        if name not in OPTIONAL_TEXT:
            constraints["required"] = True
        field: dict[str, Any] = {"name": name, "type": kind, "description": column.description or ""}
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {
        "$schema": "https://specs.frictionlessdata.io/schemas/table-schema.json",
        "fields": fields,
        "missingValues": [""],
    }


def table_schema_json() -> str:
    return json.dumps(table_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_table_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(read_text("figures.schema.json"))
    return loaded
