"""The audit tables as CSV or Parquet files, one per table, written by DuckDB's ``COPY``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import duckdb

EXPORTED = ("documents", "findings", "document_findings", "ledgers", "harms", "errors", "runs")
OPTIONS = {"csv": "FORMAT csv, HEADER", "parquet": "FORMAT parquet, COMPRESSION zstd"}


def export_tables(
    con: duckdb.DuckDBPyConnection, directory: Path, fmt: Literal["csv", "parquet"]
) -> list[Path]:
    """Write every audit table to ``directory/<table>.<fmt>``; returns the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for table in EXPORTED:
        path = directory / f"{table}.{fmt}"
        literal = str(path).replace("'", "''")
        con.execute(f"COPY (SELECT * FROM {table}) TO '{literal}' ({OPTIONS[fmt]})")
        written.append(path)
    return written
