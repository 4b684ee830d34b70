"""The attack-stats command line. Each command is a few lines over the library.

Exit codes: 0 all checks pass, 1 a check or the schema failed, 2 unusable input or a usage error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .errors import AttackStatsError, InputError

if TYPE_CHECKING:
    import pandas as pd

    from .checks import CheckResult
    from .inputs import InputOptions

EXIT_OK, EXIT_FAIL, EXIT_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"attack-stats: error: {message}\n")


def _extract(args: argparse.Namespace) -> int:
    import pandas as pd

    from .contract import COLUMNS
    from .csvio import LINE_END, CsvAppender, neutralised, write_csv
    from .engine import extract_stream
    from .inputs import iter_documents
    from .pipeline import DOCUMENT_COLUMNS, _manifest_row

    docs = iter_documents(args.paths, _input_options(args))
    stream = extract_stream(docs, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler)
    sink = CsvAppender(Path(args.output), list(COLUMNS)) if args.output else None
    if sink is None:
        pd.DataFrame(columns=list(COLUMNS)).to_csv(sys.stdout, index=False, lineterminator=LINE_END)
    manifest = []
    buffer: list[dict[str, object]] = []

    def flush() -> None:
        if not buffer:
            return
        frame = pd.DataFrame(buffer, columns=list(COLUMNS))
        if sink is not None:
            sink.append(frame)
        else:
            neutralised(frame).to_csv(sys.stdout, index=False, header=False, lineterminator=LINE_END)
        buffer.clear()

    try:
        for doc, rows in stream:
            manifest.append(_manifest_row(doc, len(rows)))
            buffer.extend(rows)
            if len(buffer) >= 5_000:
                flush()
        flush()
        if sink is not None:
            sink.commit()
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    if args.documents:
        write_csv(pd.DataFrame(manifest, columns=DOCUMENT_COLUMNS), Path(args.documents))
    return EXIT_OK


def _print_check_report(failures: list[Any], checks: list[Any], strict: bool, quiet: bool, counts: Any = None
                        ) -> int:
    from .report_text import format_checks

    for line in format_checks(failures, checks, include_passes=not quiet, counts=counts):
        print(line)
    errors = len(failures) + sum(c.status == "fail" and (c.severity == "error" or strict) for c in checks)
    return EXIT_FAIL if errors else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from .checks import compare_with_reference, load_rules, run_checks
    from .csvio import read_figures
    from .report_formats import FileReport, exit_code, format_github, format_json, format_junit, format_text
    from .schema import validate

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
    else:
        lines = (format_github(reports, args.strict) if args.format == "github" else
                 format_text(reports, include_passes=not args.quiet, colour=_colour(args.color)))
        for line in lines:
            print(line)
    for report in reports:
        if report.error:
            print(f"attack-stats: error: {report.error}", file=sys.stderr)
    return exit_code(reports, args.strict)


def _reference(path: str) -> pd.DataFrame:
    from .csvio import read_figures
    from .schema import validate

    valid, failures = validate(read_figures(path))
    if failures:
        raise InputError(f"reference {path} fails the schema ({len(failures)} failures; first: "
                         f"{failures[0].message()})")
    return valid


def _colour(choice: str) -> bool:
    """Colour on a terminal unless NO_COLOR is set (https://no-color.org); --color always/never decide."""
    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def _import(args: argparse.Namespace) -> int:
    from .csvio import write_csv
    from .importers import import_dataset

    frame = import_dataset(args.path, args.kind)
    if args.output:
        write_csv(frame, Path(args.output))
        print(f"{len(frame)} figures from {args.path}; wrote {args.output}")
    else:
        from .csvio import LINE_END, neutralised

        neutralised(frame).to_csv(sys.stdout, index=False, lineterminator=LINE_END)
    return EXIT_OK


def _chart(args: argparse.Namespace) -> int:
    from .checks import run_checks
    from .csvio import read_figures, write_text
    from .pipeline import documents_frame
    from .report import render_report
    from .schema import validate

    valid, failures = validate(read_figures(args.figures))
    checks = run_checks(valid)
    docs = documents_frame([], valid)
    write_text(render_report(valid, checks, docs, failures, title=f"attack-stats: {Path(args.figures).name}",
                             period=args.period), Path(args.output))
    print(f"wrote {args.output}")
    if args.images:
        _write_images(valid, checks, args.images, args.period)
    return EXIT_OK


def _write_images(figures: pd.DataFrame, checks: list[CheckResult], folder: str, period: str = "auto") -> None:
    from .charts import write_images
    from .report import report_figures

    paths = write_images(report_figures(figures, checks, period), Path(folder))
    print(f"wrote {len(paths)} images to {folder}")


def _run(args: argparse.Namespace) -> int:
    from .inputs import iter_documents, seed_documents
    from .pipeline import run

    docs = iter_documents(args.paths, _input_options(args)) if args.paths else seed_documents()
    outdir = Path(args.output)
    result = run(docs, outdir, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler, progress=not args.quiet)
    code = _print_check_report(result.failures, result.checks, args.strict, args.quiet, result.check_counts)
    counts = result.status_counts
    print(f"{sum(counts.values())} documents ({', '.join(f'{v} {k}' for k, v in counts.items())}), "
          f"{result.figure_count} figures; wrote {outdir}/figures.csv, checks.csv, documents.csv, report.html")
    if args.images:
        _write_images(result.figures, result.checks, args.images)
    return code


def _score(args: argparse.Namespace) -> int:
    from .csvio import read_figures
    from .score import format_fact, predictions_from_csv, read_gold, score

    gold = read_gold(args.gold)
    result = score(predictions_from_csv(read_figures(args.predicted)), gold)
    print(result.table().to_string(index=False))
    if not args.quiet:
        for doc_id, fact in result.misses:
            print(f"MISS {doc_id}: {format_fact(fact)}")
        for doc_id, fact in result.spurious:
            print(f"SPURIOUS {doc_id}: {format_fact(fact)}")
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from .schema import table_schema_json

    sys.stdout.write(table_schema_json())
    return EXIT_OK


def _input_options(args: argparse.Namespace) -> InputOptions:
    from .inputs import InputOptions

    return InputOptions(text_field=args.text_field, id_field=args.id_field, date_field=args.date_field)


def _source_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--text-field", default="text", metavar="NAME",
                   help="JSONL/CSV inputs: the field with the text (default: text)")
    p.add_argument("--id-field", default="id", metavar="NAME", help="JSONL/CSV inputs: the record id (default: id)")
    p.add_argument("--date-field", default="date", metavar="NAME",
                   help="JSONL/CSV inputs: the record's date, YYYY-MM-DD... (default: date)")


def _engine_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="extract with N processes (with --engine dask: N local workers)")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or a Dask cluster (needs the cluster extra)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address (tcp://host:8786); default: a local cluster")


def build_parser() -> argparse.ArgumentParser:
    from .importers import IMPORTERS
    from .report_formats import FORMATS

    parser = _Parser(prog="attack-stats", description="Turn reports of aerial attacks into checked numbers.")
    parser.add_argument("--version", action="version", version=f"attack-stats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("extract", help="extract attack figures from text files into a tidy CSV",
                       description="Extract every attack figure from .txt/.md files or folders of them.")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files or folders (.txt .md .html .jsonl .csv, Telegram result.json), or - for standard input")
    p.add_argument("-o", "--output", metavar="FIGURES.csv", help="write the CSV here (default: standard output)")
    p.add_argument("--documents", metavar="DOCUMENTS.csv", help="also write the manifest of every input document")
    _source_options(p)
    _engine_options(p)
    p.set_defaults(func=_extract)

    p = sub.add_parser("check", help="validate figures CSVs and run the consistency checks",
                       description="Validate figures CSVs against the schema and run the consistency rules. "
                                   "Exit 0 when all pass, 1 when any fails, 2 for unusable input.")
    p.add_argument("figures", nargs="+", metavar="FIGURES.csv", help="the figures tables to check")
    p.add_argument("--rules", metavar="RULES.toml", help="rules file (default: the bundled schemas/rules.toml)")
    p.add_argument("--against", metavar="REFERENCE.csv",
                   help="also compare the figures with a reference figures table (e.g. an imported dataset)")
    p.add_argument("--format", choices=FORMATS, default="text",
                   help="text (default), json (summary, every check and schema failure), github (workflow "
                        "annotations at the CSV lines) or junit (JUnit XML)")
    p.add_argument("--strict", action="store_true", help="warnings fail the check too")
    p.add_argument("-q", "--quiet", action="store_true", help="text format: print failures only")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                   help="colour the text format: auto (default) on a terminal unless NO_COLOR is set")
    p.set_defaults(func=_check)

    p = sub.add_parser("import", help="convert a published attack dataset into a figures CSV",
                       description="Convert a published dataset into the figures table (validated). "
                                   "massive-missile-attacks: missile_attacks_daily.csv of \"Massive Missile "
                                   "Attacks on Ukraine\" by Petro Ivaniuk (Kaggle), license CC BY-NC-SA 4.0: "
                                   "credit the author, non-commercial use, share alike.")
    p.add_argument("path", metavar="PATH", help="the dataset file")
    p.add_argument("--from", dest="kind", required=True, choices=sorted(IMPORTERS),
                   help="which dataset PATH is")
    p.add_argument("-o", "--output", metavar="FIGURES.csv", help="write the CSV here (default: standard output)")
    p.set_defaults(func=_import)

    p = sub.add_parser("chart", help="write the HTML report of a figures CSV",
                       description="Write a self-contained HTML report (charts, checks, figures).")
    p.add_argument("figures", metavar="FIGURES.csv", help="the figures table")
    p.add_argument("-o", "--output", metavar="report.html", default="report.html", help="where to write the report")
    p.add_argument("--images", metavar="DIR", help="also write each chart as PNG and SVG into DIR "
                   "(needs the [static] extra and Chromium)")
    p.add_argument("--period", choices=["auto", "day", "week", "month"], default="auto",
                   help="sum dated attacks per day, week or month (default: auto, from the dates' spread)")
    p.set_defaults(func=_chart)

    p = sub.add_parser("run", help="the main job: extract, validate, check, write all outputs",
                       description="Extract, validate and check, then write figures.csv, checks.csv, "
                                   "documents.csv and report.html. With no PATH, runs on the bundled seeds.")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders as for extract, or - for standard input (default: the bundled seeds)")
    p.add_argument("-o", "--output", metavar="OUTDIR", default="attack-stats-out", help="output folder")
    p.add_argument("--images", metavar="DIR", help="also write each chart as PNG and SVG into DIR "
                   "(needs the [static] extra and Chromium)")
    p.add_argument("--strict", action="store_true", help="warnings fail the run too")
    p.add_argument("-q", "--quiet", action="store_true", help="print failures only, no progress bar")
    _source_options(p)
    _engine_options(p)
    p.set_defaults(func=_run)

    p = sub.add_parser("score", help="score a figures CSV against a labelled corpus",
                       description="Precision, recall and F1 of extracted figures against labelled JSONL, "
                                   "overall and per measure, with every miss and spurious figure.")
    p.add_argument("predicted", metavar="PRED.csv", help="figures extracted from the corpus texts")
    p.add_argument("gold", metavar="GOLD.jsonl", help="labelled documents: {id, text, facts} per line")
    p.add_argument("-q", "--quiet", action="store_true", help="print the table only")
    p.set_defaults(func=_score)

    p = sub.add_parser("schema", help="print the Frictionless Table Schema of the figures CSV",
                       description="Print the Table Schema (JSON) generated from the pandera model.")
    p.set_defaults(func=_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except AttackStatsError as exc:
        print(f"attack-stats: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("attack-stats: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
