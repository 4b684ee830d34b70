"""Input documents: files and folders of text, each accounted for with a status."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from .errors import InputError

TEXT_SUFFIXES = (".txt", ".md")


@dataclass
class Document:
    """One input document. ``text`` is None when it could not be read (``status`` says why)."""

    doc_id: str
    source: str
    text: str | None
    size: int
    status: str = "ok"  # ok, no_figures, skipped, error
    reason: str = ""
    date: str = ""
    language: str = ""


def decode(data: bytes) -> tuple[str | None, str]:
    """Text of a file's bytes and the encoding used, or None and why it is not text."""
    if not data:
        return "", "empty"
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        return None, "binary file (contains NUL bytes)"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return None, "not UTF-8 text"


def read_file(path: Path, doc_id: str) -> Document:
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Document(doc_id, str(path), None, 0, "error", f"cannot read: {exc.strerror or exc}")
    text, how = decode(data)
    if text is None:
        return Document(doc_id, str(path), None, len(data), "error", how)
    return Document(doc_id, str(path), text, len(data))


def iter_documents(paths: Sequence[str | Path]) -> Iterator[Document]:
    """Documents of files and folders (folders are searched for .txt and .md files)."""
    if not paths:
        raise InputError("no input paths given")
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"no such file or folder: {raw}")
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            readable = [p for p in files if p.suffix.lower() in TEXT_SUFFIXES]
            if not readable:
                raise InputError(f"no readable files (.txt, .md) in folder: {raw}")
            for file in files:
                doc_id = file.relative_to(path).as_posix()
                if file.suffix.lower() in TEXT_SUFFIXES:
                    yield read_file(file, doc_id)
                else:
                    yield Document(doc_id, str(file), None, file.stat().st_size, "skipped",
                                   f"not a supported file type ({file.suffix or 'no suffix'})")
        else:
            yield read_file(path, path.name)


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def seed_documents() -> Iterator[Document]:
    """The bundled seed articles."""
    folder = resources.files("stats.seeds")
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".txt"):
            data = entry.read_bytes()
            text, _ = decode(data)
            yield Document(entry.name, f"seeds/{entry.name}", text, len(data))
