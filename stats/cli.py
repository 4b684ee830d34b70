"""The attack-stats command line. Each command is a few lines over the library.

Exit codes: 0 all checks pass, 1 a check or the schema failed, 2 unusable input or a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__
from .errors import AttackStatsError

if TYPE_CHECKING:
    import pandas as pd

    from .checks import CheckResult

EXIT_OK, EXIT_FAIL, EXIT_INPUT = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(EXIT_INPUT, f"attack-stats: error: {message}\n")


def _extract(args: argparse.Namespace) -> int:
    from .csvio import write_csv
    from .inputs import iter_documents
    from .pipeline import documents_frame, extract_documents

    frame, docs = extract_documents(iter_documents(args.paths))
    if args.output:
        write_csv(frame, Path(args.output))
    else:
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    if args.documents:
        write_csv(documents_frame(docs, frame), Path(args.documents))
    return EXIT_OK


def _print_check_report(failures: list, checks: list, strict: bool, quiet: bool) -> int:
    from .report_text import format_checks

    for line in format_checks(failures, checks, include_passes=not quiet):
        print(line)
    errors = len(failures) + sum(c.status == "fail" and (c.severity == "error" or strict) for c in checks)
    return EXIT_FAIL if errors else EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from .checks import load_rules, run_checks
    from .csvio import read_figures
    from .schema import validate

    frame = read_figures(args.figures)
    valid, failures = validate(frame)
    checks = run_checks(valid, load_rules(args.rules))
    return _print_check_report(failures, checks, args.strict, args.quiet)


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

    docs = iter_documents(args.paths) if args.paths else seed_documents()
    outdir = Path(args.output)
    result = run(docs, outdir)
    code = _print_check_report(result.failures, result.checks, args.strict, args.quiet)
    counts = result.documents["status"].value_counts().to_dict()
    print(f"{len(result.documents)} documents ({', '.join(f'{v} {k}' for k, v in counts.items())}), "
          f"{len(result.figures)} figures; wrote {outdir}/figures.csv, checks.csv, documents.csv, report.html")
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="attack-stats", description="Turn reports of aerial attacks into checked numbers.")
    parser.add_argument("--version", action="version", version=f"attack-stats {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("extract", help="extract attack figures from text files into a tidy CSV",
                       description="Extract every attack figure from .txt/.md files or folders of them.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to read")
    p.add_argument("-o", "--output", metavar="FIGURES.csv", help="write the CSV here (default: standard output)")
    p.add_argument("--documents", metavar="DOCUMENTS.csv", help="also write the manifest of every input document")
    p.set_defaults(func=_extract)

    p = sub.add_parser("check", help="validate a figures CSV and run the consistency checks",
                       description="Validate a figures CSV against the schema and run the consistency rules. "
                                   "Exit 0 when all pass, 1 when any fails, 2 for unusable input.")
    p.add_argument("figures", metavar="FIGURES.csv", help="the figures table to check")
    p.add_argument("--rules", metavar="RULES.toml", help="rules file (default: the bundled schemas/rules.toml)")
    p.add_argument("--strict", action="store_true", help="warnings fail the check too")
    p.add_argument("-q", "--quiet", action="store_true", help="print failures only")
    p.set_defaults(func=_check)

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
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders (default: the bundled seeds)")
    p.add_argument("-o", "--output", metavar="OUTDIR", default="attack-stats-out", help="output folder")
    p.add_argument("--images", metavar="DIR", help="also write each chart as PNG and SVG into DIR "
                   "(needs the [static] extra and Chromium)")
    p.add_argument("--strict", action="store_true", help="warnings fail the run too")
    p.add_argument("-q", "--quiet", action="store_true", help="print failures only")
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
