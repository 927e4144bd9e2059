"""Replacing one marked section of docs/benchmarks.md, leaving every other section alone.

A section is everything between ``<!-- bench:NAME:start -->`` and ``<!-- bench:NAME:end -->``.
Each benchmark owns one name; a missing file gets a ``# Benchmarks`` heading, a missing section is
appended at the end.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"


def replace_section(name: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Write ``body`` as the section ``name`` of ``path``."""
    replace_marked(f"<!-- bench:{name}:start -->", f"<!-- bench:{name}:end -->", body, path)


def replace_marked(start: str, end: str, body: str, path: Path = BENCHMARKS_MD) -> None:
    """Write ``body`` between the markers ``start`` and ``end`` of ``path``."""
    block = f"{start}\n{body.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    i, j = text.find(start), text.find(end)
    if i >= 0 and j > i:
        text = text[:i] + block + text[j + len(end) :]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
