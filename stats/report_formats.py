"""The reports of `attack-stats check` for people and for CI systems: text, JSON, GitHub, JUnit XML.

Each format takes the same list of :class:`FileReport` (one per checked CSV). Only the CLI prints.
- text: one line per check (report_text), coloured when asked to;
- json: a summary, every check and every schema failure, each naming its file;
- github: workflow commands (``::error file=...,line=...,title=...::message``) that GitHub Actions shows
  as annotations on the CSV line of the offending figure;
- junit: JUnit XML (the Ant/Jenkins form): one testsuite per file and rule, one testcase per check.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .checks import CheckResult, summary
from .report_text import format_checks, short
from .schema import Failure

FORMATS = ("text", "json", "github", "junit")
COLOURS = {"PASS": "\033[32m", "FAIL": "\033[31m", "WARN": "\033[33m"}
RESET = "\033[0m"
# Characters XML 1.0 does not allow, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass
class FileReport:
    """What checking one figures CSV gave: its checks and schema failures, or why it could not be used."""

    path: str
    checks: list[CheckResult] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    error: str = ""  # the file could not be used (exit code 2)
    compared: int | None = None  # figure cells compared with a reference (--against), None without one
    unmatched: int = 0  # figure cells with no counterpart in the reference

    def fails(self, check: CheckResult, strict: bool) -> bool:
        """Whether a check fails the gate: a failed error, or a failed warning under --strict."""
        return check.status == "fail" and (check.severity == "error" or strict)

    def failed(self, strict: bool) -> bool:
        return bool(self.failures) or any(self.fails(c, strict) for c in self.checks)


def exit_code(reports: Sequence[FileReport], strict: bool) -> int:
    """0 when everything passes, 1 when a check or the schema fails, 2 when a file could not be used."""
    if any(r.error for r in reports):
        return 2
    return 1 if any(r.failed(strict) for r in reports) else 0


def _first_line(check: CheckResult) -> int | None:
    lines = [int(x) for x in check.lines.split()]
    return min(lines) if lines else None


# --- text ---------------------------------------------------------------------------------------------------------

def format_text(reports: Sequence[FileReport], include_passes: bool = True, colour: bool = False) -> Iterator[str]:
    """The human report: per file, one line per schema failure and check, then its summary line.
    Files that could not be used are left to the caller (the CLI prints them to standard error)."""
    usable = [r for r in reports if not r.error]
    for report in usable:
        if len(reports) > 1:
            yield f"== {report.path}"
        for line in format_checks(report.failures, report.checks, include_passes=include_passes):
            word = line.split(" ", 1)[0]
            yield f"{COLOURS[word]}{word}{RESET}{line[len(word):]}" if colour and word in COLOURS else line
        if report.compared is not None:
            yield (f"reference: {report.compared} figure cells compared, {report.unmatched} without a date or a "
                   "reference figure")


# --- JSON ---------------------------------------------------------------------------------------------------------

def _check_json(path: str, check: CheckResult, strict: bool, fails: bool) -> dict[str, object]:
    data: dict[str, object] = {"file": path, **check.__dict__}
    data["lines"] = [int(x) for x in check.lines.split()]
    data["fails_gate"] = fails
    return data


def format_json(reports: Sequence[FileReport], strict: bool = False) -> str:
    """A summary, every check and every schema failure of every file, as one JSON document."""
    totals = {"files": len(reports), "unusable": sum(bool(r.error) for r in reports),
              "passed": 0, "failed": 0, "warnings": 0, "schema_failures": 0}
    files: list[dict[str, object]] = []
    checks: list[dict[str, object]] = []
    failures: list[dict[str, object]] = []
    for report in reports:
        counts = dict(summary(report.checks, len(report.failures)))
        for key, value in counts.items():
            totals[key] += value
        files.append({"path": report.path, "error": report.error or None, "summary": counts,
                      "failed": report.failed(strict) if not report.error else True,
                      "reference": None if report.compared is None else
                      {"compared": report.compared, "unmatched": report.unmatched}})
        checks.extend(_check_json(report.path, c, strict, report.fails(c, strict)) for c in report.checks)
        failures.extend({"file": report.path, "row": f.row, "line": f.line, "column": f.column, "check": f.check,
                         "value": f.value, "message": f.message()} for f in report.failures)
    code = exit_code(reports, strict)
    document = {"ok": code == 0, "exit_code": code, "strict": strict, "summary": totals, "files": files,
                "checks": checks, "schema_failures": failures}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# --- GitHub Actions workflow commands -----------------------------------------------------------------------------

def escape_data(text: str) -> str:
    """The message of a workflow command: % and line breaks escaped as GitHub's runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value of a workflow command: as data, and : and , escaped too."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(level: str, message: str, file: str, line: int | None = None, title: str = "") -> str:
    """``::error file=PATH,line=N,title=T::message`` (GitHub's documented syntax), properties escaped."""
    props = [f"file={escape_property(file)}"]
    if line is not None:
        props.append(f"line={line}")
    if title:
        props.append(f"title={escape_property(title)}")
    return f"::{level} {','.join(props)}::{escape_data(message)}"


def format_github(reports: Sequence[FileReport], strict: bool = False) -> Iterator[str]:
    """One annotation per schema failure and per failed check, at the CSV line of the figure (the first
    line of the figures a check involves), then a plain summary line per file. Failed warnings are
    annotated as warnings, or as errors under --strict (then they fail the gate)."""
    for report in reports:
        if report.error:
            yield workflow_command("error", report.error, report.path, title="attack-stats")
            continue
        for failure in report.failures:
            yield workflow_command("error", failure.message(), report.path, failure.line, "schema")
        for check in report.checks:
            if check.status != "fail":
                continue
            level = "error" if report.fails(check, strict) else "warning"
            where = f"[{check.doc_id} event {check.event}, {check.attacker}]"
            message = f"{check.message} {where} (lines {check.lines}) evidence: \"{short(check.evidence)}\""
            yield workflow_command(level, message, report.path, _first_line(check), check.rule)
        counts = summary(report.checks, len(report.failures))
        yield (f"{report.path}: {counts['passed']} passed, {counts['failed']} failed, {counts['warnings']} warnings, "
               f"{counts['schema_failures']} schema failures")


# --- JUnit XML ----------------------------------------------------------------------------------------------------

def _xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _suite(parent: ET.Element, name: str, path: str) -> ET.Element:
    return ET.SubElement(parent, "testsuite", {"name": _xml_text(name), "tests": "0", "failures": "0",
                                               "errors": "0", "skipped": "0", "file": _xml_text(path)})


def _count(suite: ET.Element, kind: str) -> None:
    suite.set(kind, str(int(suite.get(kind, "0")) + 1))


def _details(check: CheckResult) -> str:
    return (f"{check.message}\ndocument: {check.doc_id} event {check.event}, {check.attacker}\n"
            f"lines: {check.lines}\nevidence: {check.evidence}")


def format_junit(reports: Sequence[FileReport], strict: bool = False) -> str:
    """JUnit XML: per file, a testsuite "schema" (a testcase per failure, or one passing testcase), then a
    testsuite per rule with one testcase per check; failed checks that fail the gate carry a <failure>,
    failed warnings that do not carry their message in <system-out>. A file that could not be used is a
    testsuite "input" with one <error>."""
    root = ET.Element("testsuites", {"name": "attack-stats check"})
    for report in reports:
        if report.error:
            suite = _suite(root, "input", report.path)
            case = ET.SubElement(suite, "testcase", {"name": _xml_text(report.path), "classname": "attack-stats.input"})
            ET.SubElement(case, "error", {"message": _xml_text(report.error), "type": "input"})
            _count(suite, "tests")
            _count(suite, "errors")
            continue
        suite = _suite(root, "schema", report.path)
        for failure in report.failures:
            name = f"line {failure.line}" if failure.line is not None else "table"
            case = ET.SubElement(suite, "testcase", {"name": f"{name} column {failure.column or '-'}",
                                                     "classname": "attack-stats.schema"})
            ET.SubElement(case, "failure", {"message": _xml_text(failure.message()), "type": "schema"})
            _count(suite, "tests")
            _count(suite, "failures")
        if not report.failures:
            ET.SubElement(suite, "testcase", {"name": "every row", "classname": "attack-stats.schema"})
            _count(suite, "tests")
        suites: dict[str, ET.Element] = {}
        for check in report.checks:
            if check.rule not in suites:
                suites[check.rule] = _suite(root, check.rule, report.path)
            suite = suites[check.rule]
            name = f"{check.doc_id} event {check.event} {check.attacker}: {check.weapon} {check.measure}"
            case = ET.SubElement(suite, "testcase", {"name": _xml_text(name),
                                                     "classname": _xml_text(f"attack-stats.{check.rule}")})
            _count(suite, "tests")
            if report.fails(check, strict):
                element = ET.SubElement(case, "failure", {"message": _xml_text(check.message),
                                                          "type": check.severity})
                element.text = _xml_text(_details(check))
                _count(suite, "failures")
            elif check.status == "fail":
                ET.SubElement(case, "system-out").text = _xml_text(f"warning: {_details(check)}")
    for kind in ("tests", "failures", "errors"):
        root.set(kind, str(sum(int(s.get(kind, "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
