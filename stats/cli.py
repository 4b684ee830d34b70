"""The attack-stats command line. Each command is a few lines over the library.

Exit codes (one contract for every command):

    0    everything passed
    1    a consistency check or the schema failed
    2    input or output that cannot be used: one line says what and where (also usage errors)
    3    an internal error: one line (the traceback with --debug)
    130  interrupted (Ctrl-C); 143 terminated (SIGTERM)

Errors belong to the library (stats.errors); this module turns them into those lines and codes.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import io
import json
import os
import signal
import sys
import textwrap
import threading
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import AttackStatsError, InputError, OutputError, WorkerError

if TYPE_CHECKING:
    import pandas as pd

    from .checks import CheckResult
    from .inputs import Document, InputOptions
    from .schema import Failure

EXIT_OK, EXIT_FAIL, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
EXIT_INPUT = EXIT_UNUSABLE  # the name before there were outputs to fail too
SHOWN_FAILURES = 50  # failed checks listed by default after the summary (-v lists every check)
# The choices of --format and --from, here so that building the parser imports nothing heavy (a test
# asserts they equal stats.report_formats.FORMATS and stats.importers.IMPORTERS).
CHECK_FORMATS = ("text", "json", "github", "junit")
DATASETS = ("massive-missile-attacks",)
PERIODS = ("auto", "day", "week", "month")
TABLE_FORMATS = ("csv", "jsonl")


class Terminated(BaseException):
    # named like KeyboardInterrupt, the other signal turned into an exception
    """SIGTERM: raised in the main thread so that a run cleans up its temporary outputs."""


# -- the command-line parser ------------------------------------------------------------------------

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
    common: Any = _common()
    parser = _Parser(prog="attack-stats", formatter_class=_Help,
                     description="Turn reports of aerial attacks into checked numbers.",
                     epilog="example:\n  attack-stats run reports/ -o out    # figures, checks, report of a folder\n\n"
                            + EXIT_HELP)
    parser.add_argument("--version", action="version", version=f"attack-stats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")

    def command(name: str, summary: str, description: str, examples: Sequence[str], extra: str = ""
                ) -> argparse.ArgumentParser:
        epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples) + (f"\n\n{extra}" if extra else "")
        return sub.add_parser(name, help=summary, description=textwrap.fill(description, 100),
                              epilog=epilog + "\n\n" + EXIT_HELP, parents=[common], formatter_class=_Help)

    p = command("extract", "extract attack figures from texts into a tidy table",
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

    p = command("check", "validate figures tables and run the consistency checks",
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

    p = command("import", "convert a published attack dataset into a figures table",
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

    p = command("chart", "write the HTML report of a figures table",
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

    p = command("run", "the main job: extract, validate, check, write every output",
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

    p = command("score", "score a figures table against a labelled corpus",
                "Precision, recall and F1 of extracted figures against labelled JSONL, overall and per measure "
                "(-v: also every miss and spurious figure).",
                ["attack-stats extract corpus.jsonl -o pred.csv && attack-stats score pred.csv corpus.jsonl",
                 "attack-stats extract corpus.jsonl | attack-stats score - corpus.jsonl --format json"])
    p.add_argument("predicted", metavar="PRED.csv", help="figures extracted from the corpus texts; - is standard "
                   "input")
    p.add_argument("gold", metavar="GOLD.jsonl", help="labelled documents: {id, text, facts} per line")
    p.add_argument("--format", choices=("text", "json"), default="text", help="text or json (default: text)")
    p.set_defaults(func=_score)

    p = command("schema", "print the Frictionless Table Schema of an output table",
                "Print the Table Schema (JSON) of figures.csv (generated from the pandera model), checks.csv or "
                "documents.csv, or the datapackage.json a run writes.",
                ["attack-stats schema > figures.schema.json", "attack-stats schema documents"])
    p.add_argument("table", nargs="?", choices=("figures", "checks", "documents", "datapackage"), default="figures",
                   help="which table (default: figures)")
    p.set_defaults(func=_schema)
    return parser


# -- output helpers ---------------------------------------------------------------------------------

COLOURS = {"PASS": "\033[32m", "FAIL": "\033[31m", "WARN": "\033[33m", "error:": "\033[31m"}
RESET = "\033[0m"


def _colour(choice: str, stream: Any = None) -> bool:
    """Colour on a terminal unless NO_COLOR is set (https://no-color.org); --color always/never decide."""
    if choice != "auto":
        return choice == "always"
    stream = sys.stdout if stream is None else stream
    try:
        return bool(stream is not None and stream.isatty()) and not os.environ.get("NO_COLOR")
    except (ValueError, OSError):
        return False


def _paint(line: str, colour: bool) -> str:
    word = line.split(" ", 1)[0]
    return f"{COLOURS[word]}{word}{RESET}{line[len(word):]}" if colour and word in COLOURS else line


def _say(args: argparse.Namespace, line: str) -> None:
    """A line for the person at the terminal (standard error), unless --quiet."""
    if not args.quiet:
        print(line, file=sys.stderr)


def _check_lines(failures: Sequence[Failure], checks: Sequence[CheckResult], args: argparse.Namespace,
                 counts: Any = None, notes: Sequence[str] = (), more: str = "") -> list[str]:
    """The text report: the summary (and notes) first, then the failures (-v: every check; -q: none)."""
    from .report_text import format_checks

    lines = list(format_checks(failures, checks, include_passes=args.verbose, counts=counts))
    summary = lines.pop()
    body = [] if args.quiet else lines
    if not args.verbose and len(body) > SHOWN_FAILURES:
        body = [*body[:SHOWN_FAILURES], f"... and {len(body) - SHOWN_FAILURES} more failures (-v lists every "
                                        f"check{more})"]
    colour = _colour(args.color)
    return [summary, *notes, *(_paint(line, colour) for line in body)]


def _table_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "jsonl" if str(args.output).lower().endswith(".jsonl") else "csv"


# -- commands ---------------------------------------------------------------------------------------

def _input_options(args: argparse.Namespace, skip: Sequence[Path] = ()) -> InputOptions:
    from .inputs import InputOptions

    identities = set()
    for path in skip:
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue
        identities.add((info.st_dev, info.st_ino))
    return InputOptions(text_field=args.text_field, id_field=args.id_field, date_field=args.date_field,
                        date=args.date or "", max_bytes=args.max_size * 2**20, skip=frozenset(identities))


def _input_paths(paths: Sequence[str]) -> list[Path]:
    return [Path(p) for p in paths if p != "-"]


class _Progress:
    """A progress bar on standard error (a terminal, not --quiet): bytes read of the total (counted in the
    background once reading has begun), documents, and the time left; then the report and write phases."""

    def __init__(self, args: argparse.Namespace, paths: Sequence[str], options: InputOptions | None) -> None:
        self.bar: Any = None
        self.documents = 0
        self.paths, self.options = paths, options
        self.enabled = not args.quiet and _isatty(sys.stderr)
        if not self.enabled:
            return
        from tqdm import tqdm

        self.bar = tqdm(unit="B", unit_scale=True, unit_divisor=1024, desc="reading", file=sys.stderr,
                        mininterval=0.5, dynamic_ncols=True, leave=False)

    def _count(self) -> None:
        from .inputs import input_bytes

        total = input_bytes(self.paths, self.options)
        if self.bar is not None and total:
            self.bar.total = total

    def document(self, doc: Document) -> None:
        if self.bar is None:
            return
        if self.documents == 0 and self.paths:  # after the first document: worker processes already forked
            threading.Thread(target=self._count, name="attack-stats-count", daemon=True).start()
        self.documents += 1
        self.bar.set_postfix_str(f"{self.documents:,} documents", refresh=False)
        self.bar.update(doc.nbytes)

    def phase(self, name: str) -> None:
        if not self.enabled:
            return
        self.close()
        words = {"report": "checks done; drawing the report", "write": "writing the outputs"}
        print(f"attack-stats: {words.get(name, name)} ...", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (ValueError, OSError):
        return False


def _extract(args: argparse.Namespace) -> int:
    from .outputs import OutputFile, StreamOutput, open_output
    from .stream import extract_to

    inputs = _input_paths(args.paths)
    if args.documents and args.documents != "-" and args.output != "-" and \
            os.path.abspath(args.documents) == os.path.abspath(args.output):
        raise OutputError(f"--documents and -o name the same file: {args.output}")
    if args.documents == "-" and args.output == "-":
        raise OutputError("only one output can go to standard output: give -o or --documents a file")
    skip = [Path(args.output)] if args.output != "-" else []
    options = _input_options(args, skip + ([Path(args.documents)] if args.documents not in (None, "-") else []))
    figures = open_output(args.output, inputs)
    documents: OutputFile | StreamOutput | None = None
    try:
        if args.documents:
            documents = open_output(args.documents, inputs)
        docs = _documents(args, options)
        progress = _Progress(args, args.paths, options)
        try:
            result = extract_to(docs, figures, documents, form=_table_format(args),
                                documents_form="jsonl" if str(args.documents).lower().endswith(".jsonl") else "csv",
                                jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                                on_document=progress.document if not args.verbose else _verbose(progress))
        finally:
            progress.close()
    except BaseException:
        figures.abort()
        if documents is not None:
            documents.abort()
        raise
    counts = ", ".join(f"{n} {status}" for status, n in sorted(result.status_counts.items()))
    where = "" if args.output == "-" else f"; wrote {args.output}" + (f", {args.documents}" if args.documents else "")
    _say(args, f"{result.documents} documents ({counts}), {result.figures} figures{where}")
    return EXIT_OK


def _verbose(progress: _Progress) -> Callable[[Document], None]:
    def report(doc: Document) -> None:
        progress.document(doc)
        if doc.status in ("error", "skipped"):
            print(f"{doc.status.upper()} {doc.doc_id}: {doc.reason}", file=sys.stderr)

    return report


def _documents(args: argparse.Namespace, options: InputOptions) -> Any:
    from .inputs import iter_documents, seed_documents, with_date

    if args.paths:
        return iter_documents(args.paths, options)
    return with_date(seed_documents(), args.date or "")


def _check(args: argparse.Namespace) -> int:
    from .checks import compare_with_reference, load_rules, run_checks
    from .csvio import read_figures
    from .report_formats import FileReport, exit_code, format_github, format_json, format_junit
    from .schema import validate

    if args.figures.count("-") > 1:
        raise InputError("standard input (-) can be read only once")
    rules = load_rules(args.rules)
    reference = _reference(args.against) if args.against else None
    reports: list[FileReport] = []
    for path in args.figures:
        try:
            valid, failures = validate(read_figures(path))
        except AttackStatsError as exc:  # one unusable file does not hide the reports of the others
            reports.append(FileReport(path, error=str(exc)))
            continue
        report = FileReport(path, run_checks(valid, rules), failures)
        if reference is not None:
            comparison = compare_with_reference(valid, reference, rules)
            report.checks.extend(comparison.checks)
            report.compared, report.unmatched = comparison.compared, comparison.unmatched
        reports.append(report)
    if args.format == "json":
        sys.stdout.write(format_json(reports, args.strict))
    elif args.format == "junit":
        sys.stdout.write(format_junit(reports, args.strict))
    elif args.format == "github":
        for line in format_github(reports, args.strict):
            print(line)
    else:
        for report in reports:
            if report.error:
                continue
            if len(reports) > 1:
                print(f"== {report.path}")
            notes = [] if report.compared is None else [
                f"reference: {report.compared} figure cells compared, {report.unmatched} without a date or a "
                "reference figure"]
            for line in _check_lines(report.failures, report.checks, args, notes=notes):
                print(line)
    sys.stdout.flush()
    for report in reports:
        if report.error:
            _error(args, report.error)
    return exit_code(reports, args.strict)


def _reference(path: str) -> pd.DataFrame:
    from .csvio import read_figures
    from .schema import validate

    valid, failures = validate(read_figures(path))
    if failures:
        raise InputError(f"reference {path} fails the schema ({len(failures)} failures; first: "
                         f"{failures[0].message()})")
    return valid


def _import(args: argparse.Namespace) -> int:
    from .csvio import write_table
    from .importers import import_dataset

    frame = import_dataset(args.path, args.kind)
    write_table(frame, args.output, _table_format(args))
    if args.output != "-":
        _say_out(args, f"{len(frame)} figures from {args.path}; wrote {args.output}")
    return EXIT_OK


def _say_out(args: argparse.Namespace, line: str) -> None:
    """A closing line on standard output (when that is not where the data went), unless --quiet."""
    if not args.quiet:
        print(line)


def _chart(args: argparse.Namespace) -> int:
    from .checks import run_checks
    from .csvio import read_figures
    from .outputs import open_output
    from .pipeline import documents_frame
    from .report import render_report
    from .schema import validate

    output = open_output(args.output, _input_paths([args.figures]))
    try:
        valid, failures = validate(read_figures(args.figures))
        checks = run_checks(valid)
        docs = documents_frame([], valid)
        name = "standard input" if args.figures == "-" else Path(args.figures).name
        output.write(render_report(valid, checks, docs, failures, title=f"attack-stats: {name}", period=args.period))
        output.commit()
    except BaseException:
        output.abort()
        raise
    if args.output != "-":
        _say_out(args, f"wrote {args.output}")
    if args.images:
        _write_images(args, valid, checks, args.images, args.period)
    return EXIT_OK


def _write_images(args: argparse.Namespace, figures: pd.DataFrame, checks: list[CheckResult], folder: str,
                  period: str = "auto") -> None:
    from .charts import write_images
    from .report import report_figures

    paths = write_images(report_figures(figures, checks, period), Path(folder))
    _say_out(args, f"wrote {len(paths)} images to {folder}")


def _run(args: argparse.Namespace) -> int:
    from .pipeline import run

    if args.output == "-":
        raise OutputError("run writes a folder of outputs, not one stream: give -o a folder (extract -o - "
                          "writes the figures to standard output)")
    if not args.output:
        raise OutputError("the output path is empty")
    outdir = Path(args.output)
    if args.images and Path(os.path.realpath(args.images)).is_relative_to(os.path.realpath(outdir)):
        raise OutputError(f"--images {args.images} is inside the output folder {args.output}, which each run "
                          "replaces as a whole: give the images a folder of their own")
    options = _input_options(args, [outdir])
    docs = _documents(args, options)
    progress = _Progress(args, args.paths, options)
    try:
        result = run(docs, outdir, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                     inputs=_input_paths(args.paths), on_document=progress.document, on_phase=progress.phase)
    finally:
        progress.close()
    errors = len(result.failures) + sum(
        n for (_, severity, status), n in result.check_counts.items()
        if status == "fail" and (severity == "error" or args.strict))
    code = EXIT_FAIL if errors else EXIT_OK
    counts = result.status_counts
    documents = f"{sum(counts.values())} documents ({', '.join(f'{v} {k}' for k, v in counts.items())})"
    wrote = f"wrote {outdir}/figures.csv, checks.csv, documents.csv, report.html, datapackage.json"
    if args.format == "json":
        from .checks import summary

        failed = [c.__dict__ for c in result.checks if c.status == "fail"]
        document = {"ok": code == 0, "exit_code": code, "strict": args.strict,
                    "summary": dict(summary(result.checks, len(result.failures), result.check_counts)),
                    "documents": counts, "figures": result.figure_count, "outputs": str(outdir),
                    "failed_checks": failed,
                    "schema_failures": [{"row": f.row, "column": f.column, "check": f.check, "value": f.value,
                                         "doc_id": f.doc_id, "message": f.message()} for f in result.failures]}
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    else:
        lines = _check_lines(result.failures, result.checks, args, result.check_counts,
                             notes=[f"{documents}, {result.figure_count} figures; {wrote}"],
                             more=f"; {outdir}/checks.csv has them all")
        for line in lines:
            print(line)
    if args.images:
        _write_images(args, result.figures, result.checks, args.images)
    return code


def _score(args: argparse.Namespace) -> int:
    from .csvio import read_figures
    from .schema import validate
    from .score import format_fact, predictions_from_csv, read_gold, score

    gold = read_gold(args.gold)
    valid, failures = validate(read_figures(args.predicted))
    if failures:
        where = "standard input" if args.predicted == "-" else args.predicted
        raise InputError(f"{where} fails the schema ({len(failures)} failures; first: {failures[0].message()})")
    result = score(predictions_from_csv(valid), gold)
    table = result.table()
    if args.format == "json":
        document = {"scores": table.to_dict("records"),
                    "misses": [{"doc_id": d, "fact": format_fact(f)} for d, f in result.misses],
                    "spurious": [{"doc_id": d, "fact": format_fact(f)} for d, f in result.spurious]}
        sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
        return EXIT_OK
    print(table.to_string(index=False) if len(table) else "nothing to score: no gold facts and no predictions")
    if args.verbose:
        for doc_id, fact in result.misses:
            print(f"MISS {doc_id}: {format_fact(fact)}")
        for doc_id, fact in result.spurious:
            print(f"SPURIOUS {doc_id}: {format_fact(fact)}")
    elif not args.quiet and (result.misses or result.spurious):
        print(f"{len(result.misses)} misses, {len(result.spurious)} spurious figures (-v lists them)")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .package import TABLES, datapackage, dumps

    descriptor = datapackage(__version__) if args.table == "datapackage" else TABLES[args.table]()
    sys.stdout.write(dumps(descriptor))
    return EXIT_OK


# -- the process: standard streams, signals, errors -------------------------------------------------

class _GuardedOutput(io.RawIOBase):
    """Standard output whose failures (closed, full, a reader gone) are OutputErrors, not tracebacks."""

    def __init__(self, fd: int | None) -> None:
        super().__init__()
        self.fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        if self.fd is None:
            raise OSError(9, "standard output is closed")
        return self.fd

    def isatty(self) -> bool:
        return self.fd is not None and os.isatty(self.fd)

    def write(self, data: Any) -> int:
        from .outputs import stream_error

        if self.fd is None:
            raise OutputError("cannot write to standard output: it is closed")
        try:
            return os.write(self.fd, data)
        except OSError as exc:
            raise stream_error(exc) from None


def _standard_streams() -> dict[str, bool]:
    """Which of standard input, output and error were closed when the process started. Each closed one is
    given /dev/null, so no file this process opens takes its number (and receives what was meant for it)."""
    closed = {}
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        try:
            os.fstat(fd)
            closed[name] = False
        except OSError:
            closed[name] = True
            try:
                null = os.open(os.devnull, os.O_RDWR)
                if null != fd:
                    os.dup2(null, fd)
                    os.close(null)
            except OSError:
                pass
    return closed


def _guard_stdout(closed: bool, data: bool) -> None:
    """Route standard output through _GuardedOutput (when it is the process's own). Data (CSV, JSON, HTML) is
    UTF-8 whatever the console; text for people is in the console's encoding, with what it cannot show
    escaped (a console without Cyrillic shows \\u0437...)."""
    if sys.stdout is not sys.__stdout__ and sys.stdout is not None:
        return  # already redirected (a test, an embedding program): leave it
    encoding = "utf-8" if data else getattr(sys.__stdout__, "encoding", None) or "utf-8"
    raw = _GuardedOutput(None if closed or sys.__stdout__ is None else 1)
    interactive = raw.isatty()
    sys.stdout = io.TextIOWrapper(io.BufferedWriter(raw), encoding=encoding, errors="backslashreplace",
                                  newline="", line_buffering=interactive)


def _silence_stdout() -> None:
    """After standard output failed: nothing more is written to it (not even at exit)."""
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives until the process ends


def _on_sigterm(signum: int, frame: object) -> None:
    raise Terminated()


_CONTROL = {c: f"\\x{c:02x}" for c in range(32)} | {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t", 127: "\\x7f"}


def _error(args: argparse.Namespace | None, message: str) -> None:
    """One line on standard error: control characters in it (a file name with a line break) are escaped."""
    message = message.translate(_CONTROL)
    colour = args is not None and _colour(getattr(args, "color", "auto"), sys.stderr)
    prefix = f"{COLOURS['error:']}error:{RESET}" if colour else "error:"
    with contextlib.suppress(OSError, ValueError, AttributeError):  # standard error gone: the exit code remains
        print(f"attack-stats: {prefix} {message}", file=sys.stderr, flush=True)


def _internal(args: argparse.Namespace | None, exc: BaseException) -> None:
    notes = "; ".join(getattr(exc, "__notes__", []) or [])
    detail = str(exc).splitlines()[0] if str(exc) else ""
    what = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    if isinstance(exc, MemoryError):
        what = "out of memory"
    if isinstance(exc, RecursionError):
        what = f"RecursionError: {detail}"
    hint = "" if args is not None and args.debug else " (run with --debug for the traceback)"
    if args is not None and args.debug:
        with contextlib.suppress(OSError, ValueError):
            traceback.print_exception(exc, file=sys.stderr)
    _error(args, f"internal error: {what}" + (f" ({notes})" if notes else "") + hint)


DATA_COMMANDS = ("extract", "import", "schema")


def main(argv: Sequence[str] | None = None) -> int:
    closed = _standard_streams()
    parser = build_parser()
    args = parser.parse_args(argv)
    data = args.command in DATA_COMMANDS or getattr(args, "format", "text") in ("json", "junit") or (
        args.command == "chart" and args.output == "-")
    _guard_stdout(closed["stdout"], data)
    if closed["stdin"]:
        sys.stdin = None
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        code = _dispatch(args, closed["stdout"])
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
    try:
        sys.stdout.flush()
    except (OutputError, OSError, ValueError) as exc:
        if code in (EXIT_OK, EXIT_FAIL):
            _error(args, str(exc))
            code = EXIT_UNUSABLE
        _silence_stdout()
    return code


def _dispatch(args: argparse.Namespace, stdout_closed: bool) -> int:
    """Run the command; every way it can end becomes one exit code (and at most one line on standard error)."""
    try:
        if stdout_closed:
            raise OutputError("standard output is closed (give it a file, or /dev/null)")
        code: int = args.func(args)
        sys.stdout.flush()
        return code
    except OutputError as exc:
        _error(args, str(exc))
        if "standard output" in str(exc):
            _silence_stdout()
        return EXIT_UNUSABLE
    except WorkerError as exc:
        _error(args, str(exc))
        return EXIT_INTERNAL
    except AttackStatsError as exc:
        _error(args, str(exc))
        return EXIT_UNUSABLE
    except KeyboardInterrupt:
        _error(args, "interrupted; the outputs were left as they were")
        return EXIT_INTERRUPTED
    except Terminated:
        _error(args, "terminated; the outputs were left as they were")
        return EXIT_TERMINATED
    except Exception as exc:  # noqa: BLE001 - the CLI's last line: one line and exit code 3, never a traceback
        _internal(args, exc)
        return EXIT_INTERNAL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
