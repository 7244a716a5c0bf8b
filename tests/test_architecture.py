"""The package's shape: imports flow one way, the model layer imports nothing, modules stay small.

Imports are read from the source (module level and inside functions alike; ``if TYPE_CHECKING``
blocks aside, since they never run), so a late import inside a function counts as an edge too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "textmine"


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """The package modules that the module at ``path`` imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _is_type_checking(node):
            return
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # ``from pkg import sub`` imports the submodule; ``from pkg import name`` the package
            targets = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        for target in targets:
            while target and target not in known:
                target = target.rpartition(".")[0]
            if target and target != name:
                found.add(target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(path, name, known) for name, path in modules.items()}


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    stack = list(graph[start])
    while stack:
        node = stack.pop()
        if node not in seen:
            seen.add(node)
            stack.extend(graph.get(node, ()))
    return seen


def test_the_graph_sees_real_imports():
    graph = _graph()
    assert "textmine.model" in graph["textmine.frames"]
    assert "textmine.checks.index" in graph["textmine.checks.identities"]


def test_model_imports_nothing_from_the_package():
    assert _graph()["textmine.model"] == set()


def test_no_import_cycle():
    graph = _graph()
    cycles = sorted(
        f"{name} -> {other} -> … -> {name}"
        for name, edges in graph.items()
        for other in edges
        # a package __init__ re-exporting its own submodules is no cycle
        if not other.startswith(name + ".") and name in _reachable(graph, other)
    )
    assert not cycles, "\n".join(cycles)


@pytest.mark.parametrize("path", sorted((PACKAGE / "checks").glob("*.py")), ids=lambda p: p.name)
def test_checks_modules_stay_small(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 500


def test_every_subpackage_ships_in_the_wheel():
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    subpackages = {_module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert subpackages <= listed, sorted(subpackages - listed)
