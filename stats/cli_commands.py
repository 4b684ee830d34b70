"""The commands of the attack-stats command line, each a few lines over the library. A command imports what
it needs when it runs, so that building the parser (and ``--version``) imports nothing heavy."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .cli_console import EXIT_FAIL, EXIT_OK, _check_lines, _error, _say, _say_out
from .errors import AttackStatsError, InputError, OutputError

if TYPE_CHECKING:
    import pandas as pd

    from .checks import CheckResult
    from .documents import Document, InputOptions


def _table_format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    return "jsonl" if str(args.output).lower().endswith(".jsonl") else "csv"


def _input_options(args: argparse.Namespace, skip: Sequence[Path] = ()) -> InputOptions:
    from .documents import InputOptions

    identities = set()
    for path in skip:
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue
        identities.add((info.st_dev, info.st_ino))
    return InputOptions(text_field=args.text_field, id_field=args.id_field, date_field=args.date_field,
                        date=args.date or "", max_bytes=args.max_size * 2**20, skip=frozenset(identities),
                        language=args.language or "")


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
    from .output_file import OutputFile, StreamOutput, open_output
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


def _chart(args: argparse.Namespace) -> int:
    from .checks import run_checks
    from .csvio import read_figures
    from .output_file import open_output
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
