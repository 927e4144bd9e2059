"""An audit run end to end in this process (the stand-in analysis): what is stored, counted,
skipped on a re-run, replaced when the rules change, and recorded as an error."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

import duckdb
import pytest
from audit_corpus import FAKE, filler_text, raid_text, records, write_jsonl, write_warc

from unspin.batch import audit as audit_module
from unspin.batch import work
from unspin.batch.audit import AuditOptions, run_audit
from unspin.batch.executors import InlineExecutor
from unspin.batch.items import Item
from unspin.batch.read_warc import read_warc

TABLES = ("documents", "findings", "document_findings", "ledgers", "harms", "errors")


def run(corpus: list[Path], db: Path, **kw: Any):
    return run_audit(
        AuditOptions(tuple(corpus), db, quiet=True, batch_items=7, **kw), InlineExecutor()
    )


def counts(db: Path) -> dict[str, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return {
            t: sorted(map(repr, con.execute(f"SELECT * EXCLUDE (run_id) FROM {t}").fetchall()))
            if t in ("documents", "errors")
            else sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall()))
            for t in TABLES
        }


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    rows = list(records(30))
    path = write_jsonl(tmp_path / "c.jsonl", rows + rows[:2])  # two copies of earlier articles
    with path.open("a") as fh:
        fh.write("{broken\n")
    return path


def test_audit_stores_each_table(fake_analysis: Any, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    result = run([corpus], db)
    assert counts(db) == {
        "documents": 30,
        "findings": 3,
        "document_findings": 3,
        "ledgers": 3,
        "harms": 3,
        "errors": 1,
    }
    c = result.counts
    assert (c.items, c.analysed, c.relevant, c.skipped, c.duplicates, c.errors) == (
        33,
        30,
        3,
        0,
        2,
        1,
    )
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute(
            "SELECT outlet, published, year, url, title, external_id, relevant, text IS NOT NULL "
            "FROM documents WHERE locator LIKE '%c.jsonl:1'"
        ).fetchone() == (
            "The Ashford Ledger",
            dt.date(2018, 1, 10),
            2018,
            "https://news0.example.org/story/0",
            "Story 0",
            "a0",
            True,
            True,
        )
        assert con.execute(
            "SELECT count(*) FROM documents WHERE NOT relevant AND text IS NULL"
        ).fetchone() == (27,)
        assert con.execute("SELECT locator, stage FROM errors").fetchone()[1] == "read"
        assert con.execute(
            "SELECT claimed_rescued, arrested, charged_prostitution_related, outcome_reported "
            "FROM ledgers ORDER BY claimed_rescued"
        ).fetchall() == [(10, 1, 1, False), (10, 3, 3, False), (20, 5, 5, False)]
        run_row = con.execute(
            "SELECT status, items, analysed, relevant, errors, executor FROM runs"
        ).fetchone()
        assert run_row == ("finished", 33, 30, 3, 1, "inline")


def test_audit_rerun_is_idempotent(fake_analysis: Any, corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    before = dump(db)
    again = run([corpus], db)
    assert dump(db) == before
    c = again.counts
    assert (c.items, c.analysed, c.skipped, c.duplicates, c.errors) == (33, 0, 32, 0, 1)


def test_audit_new_rules_replace_old_analysis(
    fake_analysis: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    monkeypatch.setattr(audit_module, "rules_hash", lambda: "new-rules")
    result = run([corpus], db)
    assert result.counts.analysed == 30
    assert counts(db)["documents"] == 30 and counts(db)["findings"] == 3
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT rules_hash FROM documents").fetchall() == [
            ("new-rules",)
        ]


def test_audit_same_text_in_two_formats_is_stored_once(fake_analysis: Any, tmp_path: Path) -> None:
    rows = list(records(5))
    jsonl = write_jsonl(tmp_path / "a.jsonl", rows)
    with (tmp_path / "b.csv").open("w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    result = run([jsonl, tmp_path / "b.csv"], tmp_path / "a.duckdb")
    assert (result.counts.analysed, result.counts.duplicates) == (5, 5)
    assert counts(tmp_path / "a.duckdb")["documents"] == 5
    assert counts(tmp_path / "a.duckdb")["findings"] == 1  # the one raid story, once


def test_audit_reads_a_directory_tree(fake_analysis: Any, tmp_path: Path) -> None:
    import docx

    tree = tmp_path / "tree"
    (tree / "sub" / ".hidden").mkdir(parents=True)
    (tree / "a.txt").write_text("Raid report\n\n" + raid_text(1))
    (tree / "b.md").write_text("# Council news\n\n" + filler_text(2))
    (tree / "sub" / "c.html").write_text(
        '<html><head><title>Harbour raid</title><meta property="og:site_name" content="Fairholm Star">'
        '<meta property="article:published_time" content="2022-06-07T10:00:00Z"></head>'
        f"<body><article><p>{raid_text(3)}</p></article></body></html>"
    )
    document = docx.Document()
    document.add_paragraph(filler_text(4))
    document.save(str(tree / "sub" / "d.docx"))
    (tree / "sub" / ".hidden" / "e.txt").write_text(raid_text(5))
    (tree / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tree / "bin.txt").write_bytes(b"\x00\x01\x02" * 50)
    db = tmp_path / "a.duckdb"
    result = run([tree], db)
    assert (result.counts.analysed, result.counts.relevant, result.counts.errors) == (4, 2, 1)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT replace(locator, ?, ''), outlet, published, title, relevant FROM documents ORDER BY 1",
            [str(tree)],
        ).fetchall()
        assert rows == [
            ("/a.txt", None, None, "Raid report", True),
            ("/b.md", None, None, "Council news", False),
            (
                "/sub/c.html",
                "Fairholm Star",
                dt.date(2022, 6, 7),
                "Harbour raid",
                True,
            ),
            ("/sub/d.docx", None, None, None, False),  # first line too long for a title
        ]
        assert con.execute(
            "SELECT replace(locator, ?, ''), reason FROM errors", [str(tree)]
        ).fetchall() == [("/bin.txt", "binary file, not text")]


def test_audit_one_failing_document_is_an_error_not_a_stop(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def check(doc: Any) -> Any:
        if "Carrow" in doc.text:
            raise RuntimeError("engine fault")
        return FAKE.check(doc)

    monkeypatch.setattr(
        work, "analyser", lambda: work.Analyser(check, None, None, FAKE.is_relevant)
    )
    corpus = write_jsonl(tmp_path / "c.jsonl", records(30))
    db = tmp_path / "a.duckdb"
    result = run([corpus], db)
    # raid stories are items 0, 10, 20; item 20 is set in Carrow (TOWNS[20 % 6])
    assert (result.counts.analysed, result.counts.errors) == (29, 1)
    assert counts(db) == {
        "documents": 29,
        "findings": 2,
        "document_findings": 2,
        "ledgers": 0,
        "harms": 0,
        "errors": 1,
    }
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT stage, reason FROM errors").fetchall() == [
            ("analyse", "RuntimeError: engine fault")
        ]


def test_audit_without_prefilter_relevant_means_something_found(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(
        work, "analyser", lambda: work.Analyser(FAKE.check, FAKE.ledger, None, None)
    )
    corpus = write_jsonl(tmp_path / "c.jsonl", records(20))
    result = run([corpus], tmp_path / "a.duckdb")
    assert (result.counts.analysed, result.counts.relevant) == (20, 2)
    assert counts(tmp_path / "a.duckdb")["ledgers"] == 2


def test_audit_ledger_detail_keeps_the_whole_ledger(fake_analysis: Any, tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "c.jsonl", records(1))
    db = tmp_path / "a.duckdb"
    run([corpus], db)
    with duckdb.connect(str(db), read_only=True) as con:
        (detail,) = con.execute("SELECT detail FROM ledgers").fetchone()
    assert json.loads(detail)["claimed_rescued"] == {"value": 10, "evidence": []}


def test_audit_failing_ledger_keeps_the_findings(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def ledger(text: str) -> Any:
        raise ModuleNotFoundError("No module named 'unspin.analyse.ledger'")

    tools = work.Analyser(FAKE.check, ledger, FAKE.name_harms, FAKE.is_relevant)
    monkeypatch.setattr(work, "analyser", lambda: tools)
    corpus = write_jsonl(tmp_path / "c.jsonl", records(20))
    db = tmp_path / "a.duckdb"
    result = run([corpus], db)
    assert (result.counts.analysed, result.counts.relevant, result.counts.errors) == (20, 2, 2)
    assert counts(db) == {
        "documents": 20,
        "findings": 2,
        "document_findings": 2,
        "ledgers": 0,
        "harms": 2,
        "errors": 2,
    }
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT DISTINCT stage, reason FROM errors").fetchall() == [
            ("ledger", "ModuleNotFoundError: No module named 'unspin.analyse.ledger'")
        ]


def test_audit_reads_a_web_archive(fake_analysis: Any, tmp_path: Path) -> None:
    whole = write_warc(tmp_path / "w.warc.gz", gzip=True, pages=4).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[: len(whole) * 3 // 5])
    db = tmp_path / "a.duckdb"
    result = run([tmp_path], db)
    assert (result.counts.analysed, result.counts.errors) == (
        4,
        1,
    )  # the cut copy's pages are duplicates
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT replace(locator, ?, ''), outlet, published, url, title, relevant FROM documents "
            "ORDER BY title",
            [str(tmp_path)],
        ).fetchall()
        errors = con.execute(
            "SELECT replace(locator, ?, ''), reason FROM errors", [str(tmp_path)]
        ).fetchall()
    kept = sum(1 for e in read_warc(cut) if isinstance(e, Item))  # whole pages before the cut
    assert 1 <= kept < 4
    assert rows == [
        (
            f"/{'cut' if n < kept else 'w'}.warc.gz#{n + 2}",
            f"outlet{n % 2}.example",
            dt.date(2021, n + 1, 1),
            f"https://www.outlet{n % 2}.example/{n}",
            f"Story {n}",
            False,
        )
        for n in range(4)
    ]
    assert (
        len(errors) == 1
        and errors[0][0].startswith("/cut.warc.gz#")
        and "truncated" in errors[0][1]
    )
