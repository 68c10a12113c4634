"""No import circle (even through lazy or type-only imports), and each module imports on its own."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "lanson_report"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE.rglob("*.py")}


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """Every package module this one imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            target = ".".join(p for p in (base if node.level else "", node.module or "") if p)
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    # A module always imports the packages that hold it first: no cycle to untie there.
    return {m for m in found if m in known and m != name and not name.startswith(f"{m}.")}


def graph() -> dict[str, set[str]]:
    found = modules()
    return {name: imported(name, path, set(found)) for name, path in found.items()}


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every set of modules that import one another, directly or round a longer loop."""
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(name: str) -> None:  # Tarjan's strongly connected components
        order[name] = low[name] = len(order)
        stack.append(name)
        for target in sorted(edges[name]):
            if target not in order:
                visit(target)
                low[name] = min(low[name], low[target])
            elif target in stack:
                low[name] = min(low[name], order[target])
        if low[name] == order[name]:
            component = stack[stack.index(name) :]
            del stack[stack.index(name) :]
            if len(component) > 1:
                found.append(sorted(component))

    for name in sorted(edges):
        if name not in order:
            visit(name)
    return found


def test_no_import_circle() -> None:
    """Imports run one way, down the layers of docs/ARCHITECTURE.md, even lazy and type-only
    ones: a module that needs something of a module above it names a Protocol of it."""
    assert circles(graph()) == []


# The packages of lanson_report from the bottom up (docs/ARCHITECTURE.md, Layers): a
# package imports only packages of the rows below its own.
LAYERS = [
    ("domain",),
    ("files", "printed"),
    ("pdf", "store", "wordimport"),
    ("intake", "word"),
    ("cli",),
    ("ui",),
]


def package_of(name: str) -> str | None:
    """The top package of lanson_report that holds a module; None for __main__ and the root."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 and parts[1] != "__main__" else None


def layer_of(package: str) -> int:
    return next(row for row, packages in enumerate(LAYERS) if package in packages)


def test_every_package_has_a_layer() -> None:
    placed = {package for packages in LAYERS for package in packages}
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert packages == placed


def test_imports_run_down_the_layers() -> None:
    """A package imports its own modules and the rows below, never its row or above."""
    upward: list[tuple[str, str]] = []
    for first, targets in graph().items():
        for second in targets:
            source, target = package_of(first), package_of(second)
            if source is None or target is None or source == target:
                continue
            if layer_of(target) >= layer_of(source):
                upward.append((first, second))
    assert sorted(upward) == []


def test_circles_finds_a_loop_of_three() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(edges) == [["a", "b", "c"]]


def test_the_graph_sees_imports_of_every_kind() -> None:
    """The check above would pass on an empty graph: make sure it reads lazy and type imports."""
    edges = graph()
    assert "lanson_report.store.archive" in edges["lanson_report.store.core"]  # in a method
    assert "lanson_report.ui.start.startactions" in edges["lanson_report.ui.start.start"]
    assert "lanson_report.ui.start.startbase" in edges["lanson_report.ui.start.startactions"]


@pytest.mark.parametrize(
    "module",
    [
        "lanson_report.ui.start.start",
        "lanson_report.ui.start.startactions",
        "lanson_report.ui.mainwindow",
        "lanson_report.ui.start.backupactions",
        "lanson_report.store.core",
        "lanson_report.store.archive",
    ],
)
def test_each_module_once_in_a_cycle_imports_alone(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
    )
    assert done.returncode == 0, done.stderr
