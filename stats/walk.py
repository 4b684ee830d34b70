"""Walking a folder: every entry under it, in the order of its sorted paths, one folder open at a time.

Only the open folder's listing is in memory and every file is opened relative to its folder, so a folder
nested thousands deep, or a path longer than the system allows, is walked like any other. Going back up,
the walk reopens ".." and checks it is the folder it came from.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass

from .errors import InputError
from .outputs import MARKER
from .paths import printable

DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0)
_ENAMETOOLONG, _ENOTDIR, _ELOOP = 36, 20, 40


@dataclass
class _Level:
    names: Iterator[tuple[str, bool]]
    prefix: str
    parent: tuple[int, int] | None  # identity of the folder above, checked when the walk returns to it


@dataclass(frozen=True)
class Entry:
    """A file (or anything not a folder) to read: `name` in the open folder `dir_fd`, at `relative` under the
    root; or a folder that could not be read (`problem` says why)."""

    relative: str
    name: str
    dir_fd: int
    problem: str = ""


def _listing(fd: int) -> list[tuple[str, bool]]:
    with os.scandir(fd) as entries:
        return sorted((e.name, e.is_dir(follow_symlinks=False)) for e in entries)


def identity(fd: int) -> tuple[int, int]:
    info = os.fstat(fd)
    return info.st_dev, info.st_ino


def walk(root_fd: int, skip: frozenset[tuple[int, int]] = frozenset()) -> Iterator[Entry]:
    """Every entry under the open folder `root_fd` (hidden ones left out), depth first in name order: the
    order of sorting all paths by their parts. Folders written by attack-stats run (they hold the marker
    file) and the folders in `skip` are left out. Links to folders are entries (not followed). An entry's
    `dir_fd` is open until the walk goes on."""
    fd = root_fd
    stack = [_Level(iter(_listing(fd)), "", None)]
    try:
        while stack:
            level = stack[-1]
            item = next(level.names, None)
            if item is None:
                stack.pop()
                if stack:
                    fd = _up(fd, level.parent, stack[-1].prefix)
                continue
            name, is_dir = item
            if name.startswith("."):
                continue
            relative = level.prefix + name
            if not is_dir:
                yield Entry(relative, name, fd)
                continue
            try:
                child = os.open(name, DIR_FLAGS | getattr(os, "O_NOFOLLOW", 0), dir_fd=fd)
            except OSError as exc:
                if exc.errno in (_ENOTDIR, _ELOOP):  # replaced by a file or a link since the listing
                    yield Entry(relative, name, fd)
                else:
                    yield Entry(relative + "/", name, fd, folder_error(exc))
                continue
            try:
                if identity(child) in skip or _has_marker(child):
                    os.close(child)
                    continue
                names = _listing(child)
            except OSError as exc:
                os.close(child)
                yield Entry(relative + "/", name, fd, folder_error(exc))
                continue
            here = identity(fd)
            if fd != root_fd:
                os.close(fd)
            fd = child
            stack.append(_Level(iter(names), relative + "/", here))
    finally:
        if fd != root_fd:
            os.close(fd)


def _up(fd: int, expected: tuple[int, int] | None, prefix: str) -> int:
    parent = os.open("..", DIR_FLAGS, dir_fd=fd)
    os.close(fd)
    if expected is not None and identity(parent) != expected:
        os.close(parent)
        raise InputError(f"the folder {printable(prefix) or '.'} was moved while it was read")
    return parent


def folder_error(exc: OSError) -> str:
    if exc.errno == _ENAMETOOLONG:
        return "cannot read folder: the path is too long"
    if isinstance(exc, FileNotFoundError):
        return "folder vanished before it could be read"
    return f"cannot read folder: {exc.strerror or exc}"


def _has_marker(fd: int) -> bool:
    try:
        return stat.S_ISREG(os.stat(MARKER, dir_fd=fd).st_mode)
    except OSError:
        return False
