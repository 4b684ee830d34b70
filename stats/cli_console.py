"""What the command line tells its user: the exit codes (the contract is in stats.cli), the text report of
checks, colours, and lines on standard output and standard error."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checks import CheckResult
    from .schema import Failure

EXIT_OK, EXIT_FAIL, EXIT_UNUSABLE, EXIT_INTERNAL = 0, 1, 2, 3
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143
EXIT_INPUT = EXIT_UNUSABLE  # the name before there were outputs to fail too
SHOWN_FAILURES = 50  # failed checks listed by default after the summary (-v lists every check)

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


def _say_out(args: argparse.Namespace, line: str) -> None:
    """A closing line on standard output (when that is not where the data went), unless --quiet."""
    if not args.quiet:
        print(line)


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


_CONTROL = {c: f"\\x{c:02x}" for c in range(32)} | {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t", 127: "\\x7f"}


def _error(args: argparse.Namespace | None, message: str) -> None:
    """One line on standard error: control characters in it (a file name with a line break) are escaped."""
    message = message.translate(_CONTROL)
    colour = args is not None and _colour(getattr(args, "color", "auto"), sys.stderr)
    prefix = f"{COLOURS['error:']}error:{RESET}" if colour else "error:"
    with contextlib.suppress(OSError, ValueError, AttributeError):  # standard error gone: the exit code remains
        print(f"attack-stats: {prefix} {message}", file=sys.stderr, flush=True)
