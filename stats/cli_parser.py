"""The attack-stats command-line parser: every command with its options, help, examples and the function that
runs it (``func``)."""

from __future__ import annotations

import argparse
import datetime
import sys
import textwrap
from collections.abc import Sequence
from typing import Any

from . import __version__
from .cli_commands import _chart, _check, _extract, _import, _run, _schema, _score
from .cli_console import EXIT_UNUSABLE
from .lexicon import LANGUAGES

# The choices of --format and --from, here so that building the parser imports nothing heavy (a test
# asserts they equal stats.report_formats.FORMATS and stats.importers.IMPORTERS).
CHECK_FORMATS = ("text", "json", "github", "junit")
DATASETS = ("massive-missile-attacks",)
PERIODS = ("auto", "day", "week", "month")
TABLE_FORMATS = ("csv", "jsonl")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNUSABLE, f"attack-stats: error: {message}\n")


class _Help(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=30, width=100)


def _date(text: str) -> str:
    try:
        return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {text!r}")
    return value


def _common() -> argparse.ArgumentParser:
    """Options every command takes."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("-q", "--quiet", action="store_true",
                   help="print only the summary and errors: no progress, no checks (default: off)")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="print more: every check (check, run), every miss (score), every unread document "
                        "(extract) (default: off)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour PASS/FAIL/WARN and errors: auto colours a terminal unless NO_COLOR is set "
                        "(default: auto)")
    p.add_argument("--debug", action="store_true", help="print the traceback of an internal error (default: off)")
    return p


def _source_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL/CSV inputs: the field with the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME",
                   help="JSONL/CSV inputs: the record id (default: id; without one FILE:LINE or FILE#ROW)")
    p.add_argument("--date-field", default="date", metavar="NAME",
                   help="JSONL/CSV inputs: the record's date, YYYY-MM-DD... (default: date)")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="the date of documents that give none (no date field, no date in the file name such as "
                        "2025-06-03-kyiv.txt) (default: none)")
    p.add_argument("--language", choices=LANGUAGES, metavar="CODE",
                   help="the language of every document, one of " + ", ".join(LANGUAGES) + " (default: told from "
                        "each text; a post of a sentence or two may have too few words to tell it by)")
    p.add_argument("--max-size", type=_positive, default=64, metavar="MB",
                   help="a file or record larger than this is listed as an error, not read (default: 64)")


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=_positive, default=1, metavar="N",
                   help="extract with N processes (with --engine dask: N local workers) (default: 1)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes or a Dask cluster (needs the cluster extra) (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, tcp://host:8786 (default: a local cluster)")


INPUTS_HELP = """inputs (files, folders searched recursively, hidden files left out):
  .txt .md       one document per file
  .html .htm     one per file: the visible text
  .jsonl         one per line (--text-field, --id-field, --date-field)
  .csv           one per row (the same options)
  result.json    a Telegram Desktop channel export: one per message
  -              standard input (text)
  A date in a file name (2025-06-03-kyiv.txt) dates its document; --date dates the rest."""

EXIT_HELP = """exit codes: 0 pass, 1 a check or the schema failed, 2 input or output unusable,
3 internal error (--debug shows the traceback), 130 interrupted"""


def build_parser() -> argparse.ArgumentParser:
    """The parser of the whole command line; each command's namespace holds the function that runs it."""
    parser = _Parser(prog="attack-stats", formatter_class=_Help,
                     description="Turn reports of aerial attacks into checked numbers.",
                     epilog="example:\n  attack-stats run reports/ -o out    # figures, checks, report of a folder\n\n"
                            + EXIT_HELP)
    parser.add_argument("--version", action="version", version=f"attack-stats {__version__}")
    commands = _Commands(parser)
    for add in (_add_extract, _add_check, _add_import, _add_chart, _add_run, _add_score, _add_schema):
        add(commands)
    return parser


class _Commands:
    """Adds commands to the parser: each takes the options every command takes, and its help ends with its
    examples and the exit codes."""

    def __init__(self, parser: argparse.ArgumentParser) -> None:
        self.common: Any = _common()
        self.sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    def add(self, name: str, summary: str, description: str, examples: Sequence[str], extra: str = ""
            ) -> argparse.ArgumentParser:
        epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples) + (f"\n\n{extra}" if extra else "")
        return self.sub.add_parser(name, help=summary, description=textwrap.fill(description, 100),
                                   epilog=epilog + "\n\n" + EXIT_HELP, parents=[self.common], formatter_class=_Help)


def _add_extract(commands: _Commands) -> None:
    p = commands.add("extract", "extract attack figures from texts into a tidy table",
                     "Extract every attack figure from .txt .md .html .htm .jsonl .csv files, Telegram result.json "
                     "exports or standard input, as a figures table (CSV or JSON Lines).",
                     ["attack-stats extract reports/ -o figures.csv",
                      "attack-stats extract posts.csv --text-field body --id-field url -o figures.jsonl",
                      "cat report.txt | attack-stats extract - --date 2025-06-03",
                      "attack-stats extract feed.jsonl -o - | attack-stats check -"], INPUTS_HELP)
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (.txt .md .html .htm .jsonl .csv, Telegram result.json), or - for "
                        "standard input")
    p.add_argument("-o", "--output", default="-", metavar="FILE",
                   help="write the figures here; - is standard output (default: -)")
    p.add_argument("--format", choices=TABLE_FORMATS,
                   help="csv or jsonl (default: jsonl when FILE ends in .jsonl, else csv)")
    p.add_argument("--documents", metavar="FILE",
                   help="also write the manifest of every input document (.csv or .jsonl) (default: none)")
    _source_options(p)
    _engine_options(p)
    p.set_defaults(func=_extract)


def _add_check(commands: _Commands) -> None:
    p = commands.add("check", "validate figures tables and run the consistency checks",
                     "Validate figures CSVs against the schema and run the consistency rules. Prints the summary, "
                     "then the failures (-v: every check).",
                     ["attack-stats check figures.csv",
                      "attack-stats check --format github data/*.csv      # annotations in a GitHub workflow",
                      "attack-stats check figures.csv --against reference.csv --strict",
                      "attack-stats extract report.txt | attack-stats check -"])
    p.add_argument("figures", nargs="+", metavar="FIGURES.csv", help="figures tables to check; - is standard input")
    p.add_argument("--rules", metavar="RULES.toml", help="rules file (default: the bundled schemas/rules.toml)")
    p.add_argument("--against", metavar="REFERENCE.csv",
                   help="also compare the figures with a reference figures table, e.g. an imported dataset "
                        "(default: none)")
    p.add_argument("--format", choices=CHECK_FORMATS, default="text",
                   help="text, json (summary, every check and schema failure), github (workflow annotations at "
                        "the CSV lines) or junit (JUnit XML) (default: text)")
    p.add_argument("--strict", action="store_true", help="warnings fail the check too (default: off)")
    p.set_defaults(func=_check)


def _add_import(commands: _Commands) -> None:
    p = commands.add("import", "convert a published attack dataset into a figures table",
                     "Convert a published dataset into the figures table (validated). massive-missile-attacks: "
                     "missile_attacks_daily.csv of \"Massive Missile Attacks on Ukraine\" by Petro Ivaniuk (Kaggle), "
                     "license CC BY-NC-SA 4.0: credit the author, non-commercial use, share alike.",
                     ["attack-stats import missile_attacks_daily.csv --from massive-missile-attacks -o reference.csv"])
    p.add_argument("path", metavar="PATH", help="the dataset file")
    p.add_argument("--from", dest="kind", required=True, choices=DATASETS, help="which dataset PATH is (required)")
    p.add_argument("-o", "--output", default="-", metavar="FILE",
                   help="write the figures here; - is standard output (default: -)")
    p.add_argument("--format", choices=TABLE_FORMATS,
                   help="csv or jsonl (default: jsonl when FILE ends in .jsonl, else csv)")
    p.set_defaults(func=_import)


def _add_chart(commands: _Commands) -> None:
    p = commands.add("chart", "write the HTML report of a figures table",
                     "Write a self-contained HTML report (charts, checks, figures) that opens offline.",
                     ["attack-stats chart figures.csv -o report.html",
                      "attack-stats chart figures.csv --period week --images charts/"])
    p.add_argument("figures", metavar="FIGURES.csv", help="the figures table; - is standard input")
    p.add_argument("-o", "--output", metavar="FILE", default="report.html",
                   help="where to write the report; - is standard output (default: report.html)")
    p.add_argument("--images", metavar="DIR", help="also write each chart as PNG and SVG into DIR "
                   "(needs the [static] extra and Chromium) (default: none)")
    p.add_argument("--period", choices=PERIODS, default="auto",
                   help="sum dated attacks per day, week or month; auto picks from the dates' spread (default: auto)")
    p.set_defaults(func=_chart)


def _add_run(commands: _Commands) -> None:
    p = commands.add("run", "the main job: extract, validate, check, write every output",
                     "Extract, validate and check, then write figures.csv, checks.csv, documents.csv, report.html and "
                     "datapackage.json into the output folder, all together or not at all. With no PATH, runs on the "
                     "bundled seeds. Prints the summary, then the failed checks (-v: every check).",
                     ["attack-stats run                                   # the bundled seed articles",
                      "attack-stats run reports/ -o out --date 2025-06-03",
                      "attack-stats run export/result.json -o out -j 2 --strict"], INPUTS_HELP)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders as for extract, or - for standard input (default: the bundled seeds)")
    p.add_argument("-o", "--output", metavar="OUTDIR", default="attack-stats-out",
                   help="output folder: new, empty or written by attack-stats; it is replaced as a whole "
                        "(default: attack-stats-out)")
    p.add_argument("--images", metavar="DIR", help="also write each chart as PNG and SVG into DIR "
                   "(needs the [static] extra and Chromium) (default: none)")
    p.add_argument("--strict", action="store_true", help="warnings fail the run too (default: off)")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="the summary as text or as one JSON document (default: text)")
    _source_options(p)
    _engine_options(p)
    p.set_defaults(func=_run)


def _add_score(commands: _Commands) -> None:
    p = commands.add("score", "score a figures table against a labelled corpus",
                     "Precision, recall and F1 of extracted figures against labelled JSONL, overall and per measure "
                     "(-v: also every miss and spurious figure).",
                     ["attack-stats extract corpus.jsonl -o pred.csv && attack-stats score pred.csv corpus.jsonl",
                      "attack-stats extract corpus.jsonl | attack-stats score - corpus.jsonl --format json"])
    p.add_argument("predicted", metavar="PRED.csv", help="figures extracted from the corpus texts; - is standard "
                   "input")
    p.add_argument("gold", metavar="GOLD.jsonl", help="labelled documents: {id, text, facts} per line")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text or json (default: text)")
    p.set_defaults(func=_score)


def _add_schema(commands: _Commands) -> None:
    p = commands.add("schema", "print the Frictionless Table Schema of an output table",
                     "Print the Table Schema (JSON) of figures.csv (generated from the pandera model), checks.csv or "
                     "documents.csv, or the datapackage.json a run writes.",
                     ["attack-stats schema > figures.schema.json", "attack-stats schema documents"])
    p.add_argument("table", nargs="?", choices=("figures", "checks", "documents", "datapackage"), default="figures",
                   help="which table (default: figures)")
    p.set_defaults(func=_schema)
