"""The package's modules import each other without a circle: one path from documents to outputs."""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "stats"


def imports(path: Path, top_level_only: bool) -> set[str]:
    """The stats modules a module imports (at its top level, or anywhere)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
    return found


def modules() -> dict[str, Path]:
    out = {p.stem: p for p in PACKAGE.glob("*.py") if p.stem not in ("__init__", "__main__")}
    out.update({p.name: p / "__init__.py" for p in PACKAGE.iterdir() if (p / "__init__.py").exists()})
    return out


def test_no_module_imports_itself_through_others() -> None:
    graph = {name: imports(path, top_level_only=True) & set(modules()) for name, path in modules().items()}
    visiting: list[str] = []
    done: set[str] = set()

    def visit(name: str) -> None:
        assert name not in visiting, " -> ".join([*visiting[visiting.index(name):], name])
        if name in done:
            return
        visiting.append(name)
        for child in sorted(graph.get(name, ())):
            visit(child)
        visiting.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_the_engine_and_the_stream_never_reach_back_into_the_pipeline() -> None:
    for name in ("engine", "stream", "rows", "inputs", "documents", "decoding", "input_records", "outputs",
                 "output_file", "paths", "csvio"):
        assert "pipeline" not in imports(PACKAGE / f"{name}.py", top_level_only=False), name
