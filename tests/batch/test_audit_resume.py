"""A real ``unspin audit`` process killed with SIGKILL mid-run, then run again: the database
opens, holds exactly the batches committed before the kill, and the second run finishes the
rest without storing anything twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
from audit_corpus import records, write_jsonl

N = 3000
AUDIT = [sys.executable, "-c", "from unspin.cli import main; main()", "audit"]


def test_audit_resume_after_kill(tmp_path: Path) -> None:
    # one raid story in three: enough analysis that the run is still going when it is killed
    corpus = write_jsonl(tmp_path / "c.jsonl", records(N, every=3))
    db = tmp_path / "a.duckdb"
    args = [*AUDIT, str(corpus), "--db", str(db), "--workers", "1", "--batch-size", "10"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert proc.stderr is not None
        # Progress lines come at the first finished batch, then every 2 s; results are
        # written every second, so by the second line some are in the database.
        for _ in range(2):
            line = proc.stderr.readline()
            assert "documents" in line, line
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        if proc.stderr is not None:
            proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL

    with duckdb.connect(str(db)) as con:  # opens (replaying the WAL), consistent
        status, analysed, finished = con.execute(
            "SELECT status, analysed, finished FROM runs"
        ).fetchone()
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert (status, finished) == ("running", None)
    assert 0 < stored == analysed < N

    done = subprocess.run(
        [*AUDIT, str(corpus), "--db", str(db), "--workers", "1", "--quiet"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    with duckdb.connect(str(db), read_only=True) as con:
        # documents the analysis failed on are not stored (and are retried by the next run)
        (failed,) = con.execute(
            "SELECT count(DISTINCT locator) FROM errors WHERE stage = 'analyse'"
        ).fetchone()
        total, distinct = con.execute(
            "SELECT count(*), count(DISTINCT doc_id) FROM documents"
        ).fetchone()
        assert total == distinct == N - failed
        assert failed < N // 100, "the analysis failed on many documents: see the errors table"
        assert con.execute(
            "SELECT count(*) FROM findings WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
        ).fetchone() == (0,)
        assert con.execute(
            "SELECT count(*) FROM (SELECT doc_id, idx FROM findings GROUP BY ALL HAVING count(*) > 1)"
        ).fetchone() == (0,)
        second = con.execute(
            "SELECT status, skipped, analysed FROM runs WHERE run_id = 2"
        ).fetchone()
    assert second == ("finished", stored, N - failed - stored)
