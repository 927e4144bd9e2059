"""Data flows one way: read -> analyse -> report -> interfaces. Interfaces call unspin.api."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).parents[1] / "src" / "unspin"
# stage -> packages it must never import
FORBIDDEN = {
    "read": {"analyse", "report", "cli", "server", "batch", "web", "api"},
    "rules": {"analyse", "report", "cli", "server", "batch", "read"},
    "analyse": {"report", "cli", "server", "batch", "web", "api"},
    "report": {"cli", "server", "batch"},
}
INTERFACES = {"cli", "server", "batch"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {n for n in names if n == "unspin" or n.startswith("unspin.")}


def test_layout_import_direction() -> None:
    problems = []
    for stage, forbidden in FORBIDDEN.items():
        for path in (SRC / stage).rglob("*.py"):
            for name in _imports(path):
                parts = name.split(".")
                if len(parts) > 1 and parts[1] in forbidden:
                    problems.append(f"{path.relative_to(SRC)} imports {name}")
    assert problems == []


def test_layout_interfaces_hold_no_analysis() -> None:
    problems = []
    for stage in INTERFACES:
        for path in (SRC / stage).rglob("*.py"):
            for name in _imports(path):
                if name.startswith("unspin.analyse.") and not name.startswith(
                        ("unspin.analyse.nlp", "unspin.analyse.prefilter")):
                    problems.append(f"{path.relative_to(SRC)} imports {name}")
    assert problems == []
