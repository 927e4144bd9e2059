"""The DuckDB store: one writer, one transaction per batch, nothing half-written.

Each batch's rows, the replacement of documents analysed under other rules, and the run's
counters are committed together, so a run killed at any moment leaves the database as it was
after its last whole batch. Documents are unique by ``doc_id`` (the sha256 of their text):
the writer keeps the set of stored keys in memory and drops a row whose text is stored
already, which keeps the file small (no key index) and the inserts fast.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from unspin.batch.items import key
from unspin.batch.rows import Row
from unspin.batch.schema import ANALYSIS_TABLES, SCHEMA_VERSION, columns, create_statements, quote
from unspin.errors import UnspinError

RUN_COUNTERS = ("items", "analysed", "relevant", "skipped", "duplicates", "errors", "bytes")


@dataclass
class Known:
    """What the database holds already, for the rules hash of this run."""

    done: set[int] = field(default_factory=set)  # text and raw-input hashes analysed
    stale: dict[int, str] = field(default_factory=dict)  # doc key -> doc_id, other rules
    errors: set[tuple[str, str]] = field(default_factory=set)  # (locator, reason)


@dataclass
class RunCounts:
    items: int = 0
    analysed: int = 0
    relevant: int = 0
    skipped: int = 0
    duplicates: int = 0
    errors: int = 0
    bytes: int = 0

    def values(self) -> list[int]:
        return [getattr(self, name) for name in RUN_COUNTERS]


class Store:
    """An audit database opened for writing."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.con = duckdb.connect(str(path))
        except duckdb.Error as exc:
            raise UnspinError(str(path), f"cannot open the database ({_first_line(exc)})") from None
        self._create()

    def _create(self) -> None:
        with_tables = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'meta'"
        ).fetchone()
        fresh = not with_tables or with_tables[0] == 0
        self.con.execute("BEGIN")
        for statement in create_statements():
            self.con.execute(statement)
        if fresh:
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        self.con.execute("COMMIT")
        found = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if not found or found[0] != SCHEMA_VERSION:
            version = found[0] if found else "none"
            raise UnspinError(
                str(self.path), f"database schema {version}, expected {SCHEMA_VERSION}"
            )

    def known(self, rules_hash: str) -> Known:
        known = Known()
        cursor = self.con.execute("SELECT doc_id, raw_key, rules_hash FROM documents")
        while rows := cursor.fetchmany(100_000):
            for doc_id, raw, rules in rows:
                if rules == rules_hash:
                    known.done.add(key(doc_id))
                    known.done.add(raw)
                else:
                    known.stale[key(doc_id)] = doc_id
        for locator, reason in self.con.execute("SELECT locator, reason FROM errors").fetchall():
            known.errors.add((locator, reason))
        return known

    def begin_run(
        self, version: str, rules_hash: str, corpus: Sequence[str], executor: str, workers: int
    ) -> int:
        found = self.con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()
        run_id = int(found[0]) if found else 1
        self.con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, NULL, 'running', ?, ?, ?, 0, 0, 0, 0, 0, 0, 0)",
            [run_id, version, rules_hash, _now(), list(corpus), executor, workers],
        )
        return run_id

    def write(
        self,
        run_id: int,
        tables: dict[str, list[Row]],
        replace: Iterable[str],
        counts: RunCounts,
    ) -> None:
        """Insert one batch, replacing the rows of ``replace`` doc_ids, and update the run."""
        self.con.execute("BEGIN")
        try:
            stale = list(replace)
            if stale:
                for table in ("documents", *ANALYSIS_TABLES):
                    self.con.execute(
                        f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest($1))", [stale]
                    )
            for table, rows in tables.items():
                if rows:
                    self._insert(table, rows, run_id)
            self._update_run(run_id, counts)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def finish_run(self, run_id: int, status: str, counts: RunCounts) -> None:
        self.con.execute("BEGIN")
        self._update_run(run_id, counts)
        self.con.execute(
            "UPDATE runs SET finished = ?, status = ? WHERE run_id = ?", [_now(), status, run_id]
        )
        self.con.execute("COMMIT")

    def close(self) -> None:
        self.con.close()

    def _insert(self, table: str, rows: list[Row], run_id: int) -> None:
        names = columns(table)
        with_run = names[-1] == "run_id"
        width = len(names) - 1 if with_run else len(names)
        cols: list[list[Any]] = [list(c) for c in zip(*rows, strict=True)]
        if len(cols) != width:
            raise ValueError(f"{table}: rows have {len(cols)} columns, the table {width}")
        select = ", ".join(f"unnest(${i + 1})" for i in range(width))
        if with_run:
            select += f", ${width + 1}::INTEGER"
            cols.append(run_id)  # type: ignore[arg-type]
        target = ", ".join(quote(c) for c in names)
        self.con.execute(f"INSERT INTO {table} ({target}) SELECT {select}", cols)

    def _update_run(self, run_id: int, counts: RunCounts) -> None:
        assignments = ", ".join(f"{name} = ?" for name in RUN_COUNTERS)
        self.con.execute(
            f"UPDATE runs SET {assignments} WHERE run_id = ?", [*counts.values(), run_id]
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


def _first_line(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
