"""One output file, written whole or not at all, and standard output as an output.

- :class:`OutputFile`: one file written through a temporary file beside it and renamed over it.
- :class:`StreamOutput`: standard output (``-o -``), where nothing can be taken back.

Every failure is an :class:`OutputError` naming the path; nothing writes through a device node or over an
input. The folder of outputs of ``run`` is stats.outputs.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from .errors import OutputError
from .paths import printable, shown

STDOUT = "-"
FILE_MODE = 0o644


def output_error(action: str, path: object, exc: OSError) -> OutputError:
    """An OSError as an OutputError that says what could not be done, where (a path, or its text), and why."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.EROFS:
        reason = "the file system is read-only"
    return OutputError(f"cannot {action} {path if isinstance(path, str) else shown(path)}: {reason}")


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a named pipe"),
                       (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a regular file" if stat.S_ISREG(mode) else "not a regular file"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def _check_name(path: str | Path) -> None:
    if not os.fspath(path):
        raise OutputError("the output path is empty")
    if "\x00" in str(path):
        raise OutputError(f"the output path {printable(path)!r} contains a NUL character")


def _make_parent(parent: Path) -> None:
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:
        raise OutputError(f"cannot create the folder {shown(parent)}: a file of that name is in the way"
                          ) from exc
    except NotADirectoryError as exc:
        raise OutputError(f"cannot create the folder {shown(parent)}: a part of the path is a file") from exc
    except OSError as exc:
        raise output_error("create the folder", parent, exc) from exc
    if not parent.is_dir():
        raise OutputError(f"cannot write into {shown(parent)}: not a folder")


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _same_as_input(target: Path, inputs: Iterable[Path]) -> Path | None:
    """The input that `target` is (the same file, whatever the path says), if any."""
    identity = _identity(target)
    if identity is None:
        return None
    for path in inputs:
        if _identity(path) == identity:
            return path
    return None


class OutputFile:
    """A file written through a temporary file in the same folder and renamed over the target by commit().

    Refuses a target that is a folder, a device, a pipe or a socket, and one that is one of `inputs`.
    """

    def __init__(self, path: str | Path, inputs: Iterable[Path] = (), binary: bool = False,
                 display: str | None = None) -> None:
        _check_name(path)
        self.path = Path(path)
        self.display = display or shown(self.path)
        try:
            info = os.stat(self.path)
        except FileNotFoundError:
            info = None
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:
                raise output_error("write", self.path, exc) from exc
            info = None
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise OutputError(f"cannot write {self.display}: it is {_kind(info.st_mode)}, not a file"
                              + (" (use -o - for standard output)" if not stat.S_ISDIR(info.st_mode) else ""))
        same = _same_as_input(self.path, inputs)
        if same is not None:
            raise OutputError(f"cannot write {self.display}: it is the input {shown(same)}")
        self.mode = (info.st_mode & 0o777) if info is not None else FILE_MODE
        _make_parent(self.path.parent)
        try:
            fd = self._create()
        except OSError as exc:
            raise self._error(exc) from exc
        self.handle: IO[Any] = (os.fdopen(fd, "wb") if binary else
                                os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline=""))
        self.done = False

    def _create(self) -> int:
        for _ in range(100):
            self.tmp = self.path.parent / f".{self.path.name[:200]}.{secrets.token_hex(4)}.tmp"
            try:
                fd = os.open(self.tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
            except FileExistsError:
                continue
            os.fchmod(fd, self.mode)
            return fd
        raise FileExistsError(errno.EEXIST, "no free temporary name", str(self.path))

    def _error(self, exc: OSError) -> OutputError:
        return output_error("write", self.display, exc)

    def write(self, data: Any) -> None:
        try:
            self.handle.write(data)
        except OSError as exc:
            raise self._error(exc) from exc

    def finish(self) -> None:
        """Flush the content to disk (the first half of commit(): where a full disk shows)."""
        try:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
        except OSError as exc:
            raise self._error(exc) from exc

    def commit(self) -> None:
        if not self.handle.closed:
            self.finish()
        try:
            os.replace(self.tmp, self.path)
        except OSError as exc:
            raise self._error(exc) from exc
        self.done = True
        _fsync_dir(self.path.parent)

    def abort(self) -> None:
        if self.done:
            return
        with contextlib.suppress(OSError):
            self.handle.close()
        with contextlib.suppress(OSError):
            os.unlink(self.tmp)
        self.done = True

    def __enter__(self) -> OutputFile:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()


def commit_together(files: Sequence[OutputFile]) -> None:
    """Commit several files: all are flushed to disk first, so a full disk leaves none of them renamed."""
    try:
        for output in files:
            output.finish()
        for output in files:
            output.commit()
    except BaseException:
        for output in files:
            output.abort()
        raise


class StreamOutput:
    """Standard output as an output: writes that fail are OutputErrors; commit and abort only flush."""

    def __init__(self, stream: IO[Any] | None = None) -> None:
        self.handle = stream if stream is not None else sys.stdout
        if self.handle is None:
            raise OutputError("standard output is closed")
        self.display = "standard output"

    def write(self, data: Any) -> None:
        try:
            self.handle.write(data)
        except OSError as exc:
            raise stream_error(exc) from exc

    def commit(self) -> None:
        try:
            self.handle.flush()
        except OSError as exc:
            raise stream_error(exc) from exc

    def abort(self) -> None:
        with contextlib.suppress(OSError, ValueError, OutputError):
            self.handle.flush()


def stream_error(exc: OSError, name: str = "standard output") -> OutputError:
    if isinstance(exc, BrokenPipeError):
        return OutputError(f"cannot write to {name}: the reader closed it (broken pipe)")
    return OutputError(f"cannot write to {name}: {exc.strerror or exc}")


def open_output(path: str | Path, inputs: Iterable[Path] = ()) -> OutputFile | StreamOutput:
    """A file output, or standard output for ``-``."""
    return StreamOutput() if str(path) == STDOUT else OutputFile(path, inputs)
