"""The numbers of an audit report, each from one SQL query over the audit database.

Definitions (also printed in the report):

* **relevant article**: a document the prefilter passed (``documents.relevant``);
* **findings per 1,000 relevant articles**: span findings in relevant articles of the group,
  divided by the group's relevant articles, times 1,000;
* **rescue story**: a relevant article with a ``rescue-frame`` finding or a ledger that
  states a number of people claimed rescued;
* **missing-outcome share**: rescue stories with the ``missing-outcome`` document finding,
  divided by all rescue stories.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import duckdb

UNKNOWN_OUTLET = "(outlet not given)"
UNKNOWN_YEAR = "(no date)"
LEDGER_FIELDS = (
    ("claimed_rescued", "claimed rescued"),
    ("arrested", "arrested"),
    ("charged_trafficking", "charged with trafficking"),
    ("immigration_actions", "immigration actions"),
)


@dataclass(frozen=True)
class Rate:
    """One group (an outlet or a year): its articles, findings and findings per 1,000."""

    label: str
    documents: int
    relevant: int
    findings: int

    @property
    def per_thousand(self) -> float:
        return 1000 * self.findings / self.relevant if self.relevant else 0.0


@dataclass(frozen=True)
class RuleCount:
    rule: str
    findings: int
    documents: int


@dataclass(frozen=True)
class LedgerTotals:
    """Sums of the ledger fields over a group's stories, and how many stories state each."""

    label: str
    stories: int
    totals: tuple[int, ...]  # in LEDGER_FIELDS order
    stating: tuple[int, ...]


@dataclass(frozen=True)
class Example:
    doc_id: str
    title: str | None
    outlet: str | None
    published: str | None
    url: str | None
    locator: str
    text: str | None
    start: int
    end: int

    @property
    def anchor(self) -> str:
        return f"doc-{self.doc_id[:12]}"


@dataclass(frozen=True)
class Phrase:
    phrase: str
    rule: str
    count: int
    documents: int
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class Overview:
    documents: int
    relevant: int
    findings: int
    outlets: int
    first_year: int | None
    last_year: int | None
    errors: int
    runs: int
    last_finished: str | None
    version: str | None
    rules_hash: str | None


@dataclass(frozen=True)
class AuditReport:
    overview: Overview
    by_outlet: tuple[Rate, ...]
    by_year: tuple[Rate, ...]
    rules: tuple[RuleCount, ...]
    ledger_overall: LedgerTotals
    ledger_by_outlet: tuple[LedgerTotals, ...]
    rescue_stories: int
    missing_outcome: int
    phrases: tuple[Phrase, ...]

    @property
    def missing_outcome_share(self) -> float:
        return self.missing_outcome / self.rescue_stories if self.rescue_stories else 0.0


def collect(
    con: duckdb.DuckDBPyConnection,
    *,
    top_outlets: int = 25,
    top_phrases: int = 20,
    examples: int = 3,
) -> AuditReport:
    """Every number the report shows, read from ``con`` (an audit database)."""
    return AuditReport(
        overview=_overview(con),
        by_outlet=_rates(
            con, f"coalesce(d.outlet, '{UNKNOWN_OUTLET}')", "relevant DESC, label", top_outlets
        ),
        by_year=_rates(
            con,
            f"coalesce(CAST(d.year AS VARCHAR), '{UNKNOWN_YEAR}')",
            "min(d.year) NULLS LAST",
            None,
        ),
        rules=tuple(
            RuleCount(*r)
            for r in con.execute(
                "SELECT rule, count(*), count(DISTINCT doc_id) FROM findings "
                "JOIN documents USING (doc_id) WHERE relevant GROUP BY rule ORDER BY 2 DESC, rule"
            ).fetchall()
        ),
        ledger_overall=_ledgers(con, "'all outlets'", None)[0],
        ledger_by_outlet=_ledgers(con, f"coalesce(d.outlet, '{UNKNOWN_OUTLET}')", top_outlets),
        rescue_stories=_one(con, f"SELECT count(*) FROM ({RESCUE_STORIES})"),
        missing_outcome=_one(
            con,
            f"SELECT count(*) FROM ({RESCUE_STORIES}) r WHERE r.doc_id IN "
            "(SELECT doc_id FROM document_findings WHERE rule = 'missing-outcome')",
        ),
        phrases=_phrases(con, top_phrases, examples),
    )


RESCUE_STORIES = (
    "SELECT doc_id FROM documents WHERE relevant AND ("
    "doc_id IN (SELECT doc_id FROM findings WHERE rule = 'rescue-frame') OR "
    "doc_id IN (SELECT doc_id FROM ledgers WHERE claimed_rescued IS NOT NULL))"
)


def _one(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> Any:
    row = con.execute(sql, params or []).fetchone()
    return row[0] if row else None


def _overview(con: duckdb.DuckDBPyConnection) -> Overview:
    docs, relevant, outlets, first, last = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE relevant), count(DISTINCT outlet), min(year), max(year) "
        "FROM documents"
    ).fetchone() or (0, 0, 0, None, None)
    run = con.execute(
        "SELECT CAST(finished AS VARCHAR), version, rules_hash FROM runs ORDER BY run_id DESC LIMIT 1"
    ).fetchone() or (None, None, None)
    return Overview(
        documents=docs,
        relevant=relevant or 0,
        findings=_one(
            con, "SELECT count(*) FROM findings JOIN documents USING (doc_id) WHERE relevant"
        ),
        outlets=outlets,
        first_year=first,
        last_year=last,
        errors=_one(con, "SELECT count(*) FROM errors"),
        runs=_one(con, "SELECT count(*) FROM runs"),
        last_finished=run[0],
        version=run[1],
        rules_hash=run[2],
    )


def _rates(
    con: duckdb.DuckDBPyConnection, label: str, order: str, limit: int | None
) -> tuple[Rate, ...]:
    sql = (
        f"SELECT {label} AS label, count(*) AS documents, count(*) FILTER (WHERE relevant) AS relevant, "
        "coalesce(sum(f.n) FILTER (WHERE relevant), 0) AS findings "
        "FROM documents d LEFT JOIN (SELECT doc_id, count(*) AS n FROM findings GROUP BY doc_id) f "
        f"USING (doc_id) GROUP BY label ORDER BY {order}"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return tuple(Rate(r[0], r[1], r[2], int(r[3])) for r in con.execute(sql).fetchall())


def _ledgers(
    con: duckdb.DuckDBPyConnection, label: str, limit: int | None
) -> tuple[LedgerTotals, ...]:
    sums = ", ".join(f"coalesce(sum(l.{f}), 0)" for f, _ in LEDGER_FIELDS)
    stating = ", ".join(f"count(l.{f})" for f, _ in LEDGER_FIELDS)
    sql = (
        f"SELECT {label} AS label, count(*) AS stories, {sums}, {stating} "
        "FROM ledgers l JOIN documents d USING (doc_id) WHERE d.relevant "
        "GROUP BY label ORDER BY stories DESC, label"
    )
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    rows = con.execute(sql).fetchall()
    n = len(LEDGER_FIELDS)
    out = tuple(
        LedgerTotals(r[0], r[1], tuple(int(v) for v in r[2 : 2 + n]), tuple(r[2 + n :]))
        for r in rows
    )
    if not out and limit is None:
        return (LedgerTotals("all outlets", 0, (0,) * n, (0,) * n),)
    return out


def _phrases(con: duckdb.DuckDBPyConnection, top: int, examples: int) -> tuple[Phrase, ...]:
    rows = con.execute(
        "SELECT lower(f.text) AS phrase, mode(f.rule) AS rule, count(*) AS n, count(DISTINCT f.doc_id) "
        "FROM findings f JOIN documents d USING (doc_id) WHERE d.relevant AND f.text IS NOT NULL "
        "GROUP BY phrase ORDER BY n DESC, phrase LIMIT ?",
        [top],
    ).fetchall()
    phrases = []
    for phrase, rule, count, documents in rows:
        found = con.execute(
            "SELECT d.doc_id, d.title, d.outlet, CAST(coalesce(CAST(d.published AS VARCHAR), d.date_text) AS VARCHAR), "
            'd.url, d.locator, d.text, min(f.start), min(f."end") '
            "FROM findings f JOIN documents d USING (doc_id) WHERE d.relevant AND lower(f.text) = ? "
            "GROUP BY ALL ORDER BY d.locator LIMIT ?",
            [phrase, examples],
        ).fetchall()
        phrases.append(Phrase(phrase, rule, count, documents, tuple(Example(*e) for e in found)))
    return tuple(phrases)
