"""docs/audit-schema.md documents every table and column of the audit database, with its type."""

from __future__ import annotations

import re
from pathlib import Path

from unspin.batch.schema import TABLES

DOC = Path(__file__).resolve().parents[2] / "docs" / "audit-schema.md"


def documented() -> dict[str, list[tuple[str, str]]]:
    tables: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"## (\w+)$", line)
        if heading:
            current = heading.group(1)
            tables[current] = []
        row = re.match(r"\| `(\w+)` \| ([A-Z\[\]]+) \|", line)
        if row and current is not None:
            tables[current].append((row.group(1), row.group(2)))
    return {name: cols for name, cols in tables.items() if cols}


def test_audit_schema_doc_matches_the_schema() -> None:
    assert documented() == {name: list(cols) for name, cols in TABLES.items()}
