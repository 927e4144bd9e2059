"""The audit database's tables (documented in docs/audit-schema.md; a test keeps the two in step).

Uniqueness of ``documents.doc_id`` is kept by the single writer (see ``store.py``) rather than
by a PRIMARY KEY: DuckDB's key index would triple the size of the file.
"""

from __future__ import annotations

SCHEMA_VERSION = "1"

# table -> (column, type); the order is the order of the row tuples built in rows.py.
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("doc_id", "VARCHAR"),
        ("raw_key", "UBIGINT"),
        ("locator", "VARCHAR"),
        ("external_id", "VARCHAR"),
        ("outlet", "VARCHAR"),
        ("published", "DATE"),
        ("year", "SMALLINT"),
        ("date_text", "VARCHAR"),
        ("url", "VARCHAR"),
        ("title", "VARCHAR"),
        ("language", "VARCHAR"),
        ("chars", "INTEGER"),
        ("relevant", "BOOLEAN"),
        ("text", "VARCHAR"),
        ("rules_hash", "VARCHAR"),
        ("run_id", "INTEGER"),
    ),
    "findings": (
        ("doc_id", "VARCHAR"),
        ("idx", "SMALLINT"),
        ("rule", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("text", "VARCHAR"),
        ("message", "VARCHAR"),
        ("suggestions", "VARCHAR[]"),
        ("actor_text", "VARCHAR"),
        ("actor_type", "VARCHAR"),
        ("quoted", "BOOLEAN"),
        ("confidence", "DOUBLE"),
    ),
    "document_findings": (
        ("doc_id", "VARCHAR"),
        ("rule", "VARCHAR"),
        ("severity", "VARCHAR"),
        ("message", "VARCHAR"),
    ),
    "ledgers": (
        ("doc_id", "VARCHAR"),
        ("operation", "VARCHAR"),
        ("agencies", "VARCHAR[]"),
        ("places", "VARCHAR[]"),
        ("claimed_rescued", "INTEGER"),
        ("arrested", "INTEGER"),
        ("charged_trafficking", "INTEGER"),
        ("charged_prostitution_related", "INTEGER"),
        ("charged_immigration", "INTEGER"),
        ("charged_money_laundering", "INTEGER"),
        ("charged_other", "INTEGER"),
        ("immigration_actions", "INTEGER"),
        ("seized", "VARCHAR[]"),
        ("convicted_trafficking", "INTEGER"),
        ("convicted_other", "INTEGER"),
        ("outcome_reported", "BOOLEAN"),
        ("summary", "VARCHAR"),
        ("detail", "JSON"),
    ),
    "harms": (
        ("doc_id", "VARCHAR"),
        ("idx", "SMALLINT"),
        ("harm", "VARCHAR"),
        ("family", "VARCHAR"),
        ("actor_text", "VARCHAR"),
        ("actor_type", "VARCHAR"),
        ("start", "INTEGER"),
        ("end", "INTEGER"),
        ("evidence", "VARCHAR"),
        ("sentence", "VARCHAR"),
    ),
    "errors": (
        ("locator", "VARCHAR"),
        ("stage", "VARCHAR"),
        ("reason", "VARCHAR"),
        ("run_id", "INTEGER"),
    ),
    "runs": (
        ("run_id", "INTEGER"),
        ("version", "VARCHAR"),
        ("rules_hash", "VARCHAR"),
        ("started", "TIMESTAMP"),
        ("finished", "TIMESTAMP"),
        ("status", "VARCHAR"),
        ("corpus", "VARCHAR[]"),
        ("executor", "VARCHAR"),
        ("workers", "INTEGER"),
        ("items", "BIGINT"),
        ("analysed", "BIGINT"),
        ("relevant", "BIGINT"),
        ("skipped", "BIGINT"),
        ("duplicates", "BIGINT"),
        ("errors", "BIGINT"),
        ("bytes", "BIGINT"),
    ),
    "meta": (
        ("key", "VARCHAR"),
        ("value", "VARCHAR"),
    ),
}

# Tables that hold one document's analysis; replaced together when the rules change.
ANALYSIS_TABLES = ("findings", "document_findings", "ledgers", "harms")


def create_statements() -> list[str]:
    return [
        f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(f'{quote(c)} {t}' for c, t in cols)})"
        for name, cols in TABLES.items()
    ]


def quote(column: str) -> str:
    return f'"{column}"'


def columns(table: str) -> tuple[str, ...]:
    return tuple(c for c, _ in TABLES[table])
