"""``unspin audit`` on the command line: the summary line, --quiet, progress, exit codes."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

from audit_corpus import records, write_jsonl
from click.testing import CliRunner

from unspin.batch.progress import Progress, summary_line
from unspin.batch.store import RunCounts
from unspin.cli import cli


def test_audit_cli_prints_one_summary_line(fake_analysis: Any, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(12))
    result = CliRunner().invoke(
        cli, ["audit", str(corpus), "--db", str(tmp_path / "a.duckdb"), "--workers", "0"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # the first batch is small (8 documents) until the cost of a document is known
    assert re.fullmatch(r"8 documents, [\d,]+ docs/s, 1 relevant, 0 errors, ETA \d+ s", lines[0])
    assert re.fullmatch(
        r"audited 12 documents in [\d.]+ s \([\d,]+ docs/s, [\d.]+ MB/s\): 2 relevant, 0 already done, "
        r"0 duplicates, 0 errors -> .*a\.duckdb",
        lines[-1],
    )


def test_audit_cli_quiet_prints_nothing(fake_analysis: Any, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(3))
    result = CliRunner().invoke(
        cli, ["audit", str(corpus), "--db", str(tmp_path / "a.duckdb"), "--workers", "0", "-q"]
    )
    assert (result.exit_code, result.output) == (0, "")


def test_audit_cli_missing_corpus_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["audit", str(tmp_path / "nope"), "--db", str(tmp_path / "a.duckdb")]
    )
    assert result.exit_code == 2
    assert result.output == f"unspin: {tmp_path / 'nope'}: no such file or directory\n"
    assert not (tmp_path / "a.duckdb").exists()


def test_audit_cli_unusable_database_names_it(fake_analysis: Any, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(1))
    (tmp_path / "bad.duckdb").write_text("not a database")
    result = CliRunner().invoke(
        cli, ["audit", str(corpus), "--db", str(tmp_path / "bad.duckdb"), "--workers", "0"]
    )
    assert result.exit_code == 2
    assert result.output.startswith(
        f"unspin: {tmp_path / 'bad.duckdb'}: cannot open the database ("
    )


def test_audit_progress_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(1000, stream=stream, interval=3600)
    progress.update(documents=10, relevant=1, errors=0, bytes_done=250)
    progress.update(
        documents=20, relevant=2, errors=0, bytes_done=500
    )  # within the interval: quiet
    line = stream.getvalue()
    assert re.fullmatch(r"10 documents, [\d,]+ docs/s, 1 relevant, 0 errors, ETA \d+ s\n", line)


def test_audit_summary_line_after_a_stop() -> None:
    counts = RunCounts(
        items=1500, analysed=1400, relevant=14, skipped=90, duplicates=10, errors=0, bytes=3_000_000
    )
    assert summary_line(counts, 2.0, "a.duckdb", "interrupted") == (
        "stopped after 1,500 documents in 2.0 s (750 docs/s, 1.5 MB/s): 14 relevant, 90 already done, "
        "10 duplicates, 0 errors -> a.duckdb"
    )
