"""Writing outputs so that the outputs of one run appear together or not at all.

- :class:`OutputFolder`: the outputs of ``run`` are written into a hidden folder beside the target and
  swapped in whole (Linux ``renameat2(RENAME_EXCHANGE)``; elsewhere two renames, undone by the next run
  if it is cut between them), under a lock that keeps a second run out of the same folder.
- :class:`OutputFile`: one file written through a temporary file beside it and renamed over it.
- :class:`StreamOutput`: standard output (``-o -``), where nothing can be taken back.

The folder is written here; one file and standard output in stats.output_file (re-exported here), paths in
messages in stats.paths. Every failure is an :class:`OutputError` naming the path; nothing writes through a
device node, over an input, or into a folder holding files attack-stats did not write.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import secrets
import shutil
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path

from .errors import OutputError
from .output_file import (
    FILE_MODE,
    STDOUT,
    OutputFile,
    StreamOutput,
    _check_name,
    _fsync_dir,
    _kind,
    _make_parent,
    commit_together,
    open_output,
    output_error,
    stream_error,
)
from .paths import printable, shown

__all__ = [
    "FILE_MODE", "MARKER", "STDOUT", "OutputFile", "OutputFolder", "StreamOutput", "commit_together",
    "is_output_folder", "open_output", "output_error", "printable", "shown", "stream_error",
]

#: A hidden file in every output folder of ``run``: it names the entries the run wrote.
MARKER = ".attack-stats-output.json"
_NEW, _OLD, _LOCK = "attack-stats-new", "attack-stats-old", "attack-stats.lock"
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _inside(child: Path, parent: Path) -> bool:
    try:
        child.relative_to(parent)
    except ValueError:
        return False
    return True


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError) as exc:
        raise OutputError(f"cannot use the output path {shown(path)}: {exc}") from exc


class _Lock:
    """An exclusive lock (flock) on a hidden file beside the output folder; released when the process ends."""

    def __init__(self, path: Path, target: Path) -> None:
        self.path = path
        self.fd: int | None = None
        try:
            import fcntl
        except ImportError:  # no flock (Windows): no lock
            return
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as exc:
            raise output_error("write into", path.parent, exc) from exc
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = ""
            with contextlib.suppress(OSError, ValueError):
                holder = os.pread(self.fd, 32, 0).decode("ascii").strip()
            os.close(self.fd)
            self.fd = None
            raise OutputError(f"{shown(target)} is being written by another attack-stats run"
                              + (f" (process {holder})" if holder else "") + "; wait for it to finish") from None
        except OSError as exc:
            os.close(self.fd)
            self.fd = None
            raise output_error("lock", path, exc) from exc
        with contextlib.suppress(OSError):
            os.ftruncate(self.fd, 0)
            os.pwrite(self.fd, str(os.getpid()).encode(), 0)

    def release(self) -> None:
        if self.fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, 0)
            os.close(self.fd)  # closing releases the flock
            self.fd = None


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 RENAME_EXCHANGE). False where the system cannot."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _entries_of(marker: Path) -> set[str]:
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
        return {str(e) for e in data.get("entries", []) if isinstance(e, str)}
    except (OSError, ValueError, AttributeError, RecursionError):
        return set()


def is_output_folder(path: Path) -> bool:
    """Whether `path` is a folder written by ``attack-stats run`` (it holds the marker file)."""
    return (path / MARKER).is_file()


class OutputFolder:
    """The outputs of one run: written into a hidden folder beside `target`, swapped in whole by commit().

    A kill at any moment leaves either the previous outputs or the new ones. The target must be a new
    folder, an empty one or one written by attack-stats (every entry in it one that attack-stats wrote);
    it must hold none of `inputs`.
    """

    def __init__(self, target: str | Path, names: Iterable[str], inputs: Iterable[Path] = ()) -> None:
        _check_name(target)
        self.requested = Path(target)
        self.display = shown(self.requested)
        self.target = _resolved(self.requested)
        self.names = list(names)
        if self.target.parent == self.target:
            raise OutputError(f"cannot use {self.display} as the output folder: it is the root folder")
        for path in inputs:
            real = _resolved(path)
            if _inside(real, self.target):
                raise OutputError(f"cannot write the outputs into {self.display}: it holds the input "
                                  f"{shown(path)} (choose another output folder)")
        parent = self.target.parent
        self._check_target()  # before the lock too: a clear message for a path that cannot be a folder
        _make_parent(parent)
        self._lock = _Lock(parent / f".{self.target.name}.{_LOCK}", self.requested)
        try:
            self._recover(parent)
            self._check_target()
            self.tmp = self._mkdir(parent)
        except BaseException:
            self._lock.release()
            raise
        self.committed = False

    # the folder as it is
    def _recover(self, parent: Path) -> None:
        """Clean up after a run that was killed: an unfinished new folder is removed, and a previous folder
        moved aside by a run cut between its two renames (systems without an atomic swap) is put back."""
        prefix = f".{self.target.name}."
        try:
            leftovers = [p for p in parent.iterdir() if p.name.startswith(prefix)
                         and p.name[len(prefix):].startswith((_NEW, _OLD))]
        except OSError as exc:
            raise output_error("read the folder", parent, exc) from exc
        for path in sorted(leftovers):
            old = path.name[len(prefix):].startswith(_OLD)
            if old and not os.path.lexists(self.target):
                try:
                    os.rename(path, self.target)
                except OSError as exc:
                    raise output_error("restore the previous outputs into", self.target, exc) from exc
            else:
                shutil.rmtree(path, ignore_errors=True)

    def _check_target(self) -> None:
        try:
            info = os.lstat(self.target)
        except FileNotFoundError:
            return
        except NotADirectoryError as exc:
            raise OutputError(f"cannot use {self.display} as the output folder: a part of its path is a file"
                              ) from exc
        except OSError as exc:
            raise output_error("use the output folder", self.requested, exc) from exc
        if not stat.S_ISDIR(info.st_mode):
            raise OutputError(f"cannot use {self.display} as the output folder: it is {_kind(info.st_mode)}")
        allowed = set(self.names) | _entries_of(self.target / MARKER) | {MARKER}
        foreign: list[str] = []
        try:
            with os.scandir(self.target) as listing:
                for entry in listing:
                    known = entry.name in allowed
                    regular = entry.is_file(follow_symlinks=False)
                    if not known or (entry.name in self.names and not regular):
                        foreign.append(entry.name + ("/" if entry.is_dir(follow_symlinks=False) else ""))
        except OSError as exc:
            raise output_error("read the output folder", self.requested, exc) from exc
        if foreign:
            shown = ", ".join(printable(n) for n in sorted(foreign)[:5]) + (", ..." if len(foreign) > 5 else "")
            raise OutputError(f"cannot use {self.display} as the output folder: it holds {shown}, which "
                              "attack-stats did not write (the whole folder is replaced by each run; choose a "
                              "new or empty folder)")

    def _mkdir(self, parent: Path) -> Path:
        mode = 0o755
        with contextlib.suppress(OSError):
            mode = os.stat(self.target).st_mode & 0o777
        for _ in range(100):
            path = parent / f".{self.target.name}.{_NEW}-{secrets.token_hex(4)}"
            try:
                os.mkdir(path, 0o700)
            except FileExistsError:
                continue
            except OSError as exc:
                raise output_error("write into", parent, exc) from exc
            with contextlib.suppress(OSError):
                os.chmod(path, mode)
            return path
        raise OutputError(f"cannot write into {shown(parent)}: no free temporary name")

    # writing
    def path(self, name: str) -> Path:
        """Where the output `name` is written until commit()."""
        return self.tmp / name

    def file(self, name: str) -> OutputFile:
        """A file of the set (renamed within the hidden folder; the set appears at commit())."""
        return OutputFile(self.path(name), display=f"{self.display}/{name}")

    def commit(self, entries: Sequence[str]) -> None:
        """Swap the new outputs in (entries: every name the run wrote into the folder)."""
        marker = {"written_by": "attack-stats run", "note": "this folder is replaced as a whole by each run",
                  "entries": sorted(entries)}
        try:
            with open(self.tmp / MARKER, "w", encoding="utf-8") as handle:
                handle.write(json.dumps(marker, indent=1) + "\n")
                handle.flush()
                os.fsync(handle.fileno())
            _fsync_dir(self.tmp)
            if os.path.lexists(self.target):
                if _exchange(self.tmp, self.target):
                    self.committed = True
                    _fsync_dir(self.target.parent)
                    shutil.rmtree(self.tmp, ignore_errors=True)  # the previous outputs, now at the temporary name
                else:
                    old = self.target.parent / f".{self.target.name}.{_OLD}-{secrets.token_hex(4)}"
                    os.rename(self.target, old)
                    os.rename(self.tmp, self.target)
                    self.committed = True
                    _fsync_dir(self.target.parent)
                    shutil.rmtree(old, ignore_errors=True)
            else:
                os.rename(self.tmp, self.target)
                self.committed = True
                _fsync_dir(self.target.parent)
        except OSError as exc:
            raise output_error("write the outputs to", self.requested, exc) from exc
        finally:
            if not self.committed:
                shutil.rmtree(self.tmp, ignore_errors=True)
            self._lock.release()

    def abort(self) -> None:
        if not self.committed:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.committed = True
        self._lock.release()

    def __enter__(self) -> OutputFolder:
        return self

    def __exit__(self, kind: object, *_: object) -> None:
        if kind is not None or not self.committed:
            self.abort()
