"""The package stays in pieces a reader can take in: no module over 500 lines, no function over 80."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "stats"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 80


def sources() -> list[Path]:
    """Every module of the package, its subpackages' too."""
    return sorted(PACKAGE.rglob("*.py"))


def functions(tree: ast.AST, prefix: str = "") -> Iterator[tuple[str, int]]:
    """Each function and method under `tree` (nested ones too) by its qualified name, with its length in lines
    from the ``def`` line to its last line."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = f"{prefix}{node.name}"
            if not isinstance(node, ast.ClassDef):
                yield name, (node.end_lineno or node.lineno) - node.lineno + 1
            yield from functions(node, f"{name}.")
        else:
            yield from functions(node, prefix)


def test_no_module_is_over_500_lines() -> None:
    long = [f"{path.relative_to(ROOT).as_posix()}: {n} lines" for path in sources()
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES]
    assert not long, f"modules over {MAX_MODULE_LINES} lines:\n" + "\n".join(long)


def test_no_function_is_over_80_lines() -> None:
    long = [f"{path.relative_to(ROOT).as_posix()}: {name} is {n} lines" for path in sources()
            for name, n in functions(ast.parse(path.read_text(encoding="utf-8"))) if n > MAX_FUNCTION_LINES]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines:\n" + "\n".join(long)
