"""The Dask path: a real ``distributed.LocalCluster`` on 127.0.0.1, reached by its address
through ``unspin audit --scheduler``, stores what the in-process run stores."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from audit_corpus import records, write_jsonl
from click.testing import CliRunner

from unspin.batch.audit import AuditOptions, run_audit
from unspin.batch.executors import InlineExecutor
from unspin.cli import cli

SNAPSHOT = (
    "SELECT d.locator, d.outlet, d.year, d.relevant, f.rule, f.text, l.claimed_rescued, h.harm "
    "FROM documents d LEFT JOIN findings f USING (doc_id) LEFT JOIN ledgers l USING (doc_id) "
    "LEFT JOIN harms h USING (doc_id) ORDER BY d.locator"
)


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    from distributed import LocalCluster

    # Workers in this process (threads), so the stand-in analysis applies to them too.
    with LocalCluster(
        n_workers=1,
        threads_per_worker=2,
        processes=False,
        host="127.0.0.1",
        dashboard_address="127.0.0.1:0",
        scheduler_port=0,
        protocol="tcp://",
    ) as cluster:
        yield cluster.scheduler_address


def snapshot(db: Path) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(SNAPSHOT).fetchall()


def test_audit_dask_scheduler_matches_inline_run(
    fake_analysis: Any, scheduler: str, tmp_path: Path
) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(120))
    inline_db = tmp_path / "inline.duckdb"
    run_audit(AuditOptions((corpus,), inline_db, quiet=True, batch_items=9), InlineExecutor())
    dask_db = tmp_path / "dask.duckdb"
    result = CliRunner().invoke(
        cli,
        ["audit", str(corpus), "--db", str(dask_db), "--scheduler", scheduler, "--batch-size", "9"],
    )
    assert result.exit_code == 0, result.output
    assert "audited 120 documents" in result.output
    assert snapshot(dask_db) == snapshot(inline_db)
    with duckdb.connect(str(dask_db), read_only=True) as con:
        assert con.execute("SELECT executor, workers, status FROM runs").fetchone() == (
            "dask",
            2,
            "finished",
        )


def test_audit_dask_local_cluster_of_processes_with_the_real_analysis(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(40))
    db = tmp_path / "a.duckdb"
    result = CliRunner().invoke(
        cli, ["audit", str(corpus), "--db", str(db), "--dask", "--workers", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert result.output == ""
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT executor, workers, status, analysed FROM runs").fetchone() == (
            "dask",
            1,
            "finished",
            40,
        )
        assert con.execute("SELECT count(*) FROM documents WHERE relevant").fetchone()[0] >= 4


def test_audit_dask_bad_scheduler_address_is_one_line(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(2))
    args = ["audit", str(corpus), "--db", str(tmp_path / "a.duckdb"), "--scheduler", "nonsense://x"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert result.output.startswith("unspin: nonsense://x: cannot reach the Dask scheduler (")
    assert len(result.output.splitlines()) == 1
