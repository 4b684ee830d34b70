"""The attack-stats command line. Each command is a few lines over the library.

Exit codes (one contract for every command):

    0    everything passed
    1    a consistency check or the schema failed
    2    input or output that cannot be used: one line says what and where (also usage errors)
    3    an internal error: one line (the traceback with --debug)
    130  interrupted (Ctrl-C); 143 terminated (SIGTERM)

Errors belong to the library (stats.errors); this module turns them into those lines and codes. It runs the
process (standard streams, signals, errors); the parser is stats.cli_parser, the commands stats.cli_commands,
and what they print stats.cli_console (their public names are re-exported here).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
import threading
import traceback
from collections.abc import Sequence
from typing import Any

from .cli_console import (
    COLOURS,
    EXIT_FAIL,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_UNUSABLE,
    RESET,
    SHOWN_FAILURES,
    _error,
)
from .cli_parser import CHECK_FORMATS, DATASETS, EXIT_HELP, INPUTS_HELP, PERIODS, TABLE_FORMATS, build_parser
from .errors import AttackStatsError, OutputError, WorkerError

__all__ = [
    "CHECK_FORMATS", "COLOURS", "DATASETS", "DATA_COMMANDS", "EXIT_FAIL", "EXIT_HELP", "EXIT_INPUT", "EXIT_INTERNAL",
    "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TERMINATED", "EXIT_UNUSABLE", "INPUTS_HELP", "PERIODS", "RESET",
    "SHOWN_FAILURES", "TABLE_FORMATS", "Terminated", "build_parser", "main",
]


class Terminated(BaseException):
    # named like KeyboardInterrupt, the other signal turned into an exception
    """SIGTERM: raised in the main thread so that a run cleans up its temporary outputs."""


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
        from .output_file import stream_error

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
