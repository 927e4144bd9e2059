"""Result objects (through their ``to_dict``, the JSON contract) as rows of the audit tables.

Only the documented JSON shape is relied on, so the rows follow the API, not its internals.
Every getter tolerates a missing key: a field the analysis does not give is stored as NULL.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

Row = tuple[Any, ...]
CHARGE_KINDS = ("trafficking", "prostitution-related", "immigration", "money-laundering", "other")


def finding_rows(doc_id: str, result: Mapping[str, Any]) -> tuple[list[Row], list[Row]]:
    """(findings rows, document_findings rows) of one ``check`` result."""
    findings: list[Row] = []
    for idx, f in enumerate(result.get("findings") or ()):
        actor = f.get("actor") or {}
        findings.append(
            (
                doc_id,
                idx,
                f.get("rule"),
                f.get("severity"),
                f.get("start"),
                f.get("end"),
                f.get("text"),
                f.get("message"),
                [str(s) for s in f.get("suggestions") or ()],
                actor.get("text"),
                actor.get("type"),
                bool(f.get("quoted")),
                f.get("confidence"),
            )
        )
    documents = [
        (doc_id, d.get("rule"), d.get("severity"), d.get("message"))
        for d in result.get("document_findings") or ()
    ]
    return findings, documents


def ledger_row(doc_id: str, ledger: Mapping[str, Any]) -> Row:
    charged = ledger.get("charged") or {}
    convictions = ledger.get("convictions") or {}
    convicted_other = _sum(_value(convictions.get(k)) for k in CHARGE_KINDS if k != "trafficking")
    detail = {k: v for k, v in ledger.items() if k not in ("path", "text_sha256")}
    outcome = _value(ledger.get("outcome_reported"))
    return (
        doc_id,
        _text_value(ledger.get("operation")),
        _texts(ledger.get("agencies")),
        _texts(ledger.get("places")),
        _int(ledger.get("claimed_rescued")),
        _int(ledger.get("arrested")),
        *(_int(charged.get(kind)) for kind in CHARGE_KINDS),
        _int(ledger.get("immigration_actions")),
        _texts(ledger.get("seized")),
        _int(convictions.get("trafficking")),
        convicted_other,
        outcome if isinstance(outcome, bool) else None,
        ledger.get("summary") if isinstance(ledger.get("summary"), str) else None,
        json.dumps(detail, ensure_ascii=False, separators=(",", ":")),
    )


def harm_rows(doc_id: str, harms: Mapping[str, Any]) -> list[Row]:
    rows: list[Row] = []
    for idx, h in enumerate(harms.get("harms") or ()):
        actor = h.get("actor") or {}
        evidence = h.get("evidence") or {}
        rows.append(
            (
                doc_id,
                idx,
                h.get("harm"),
                h.get("family"),
                actor.get("text"),
                actor.get("type"),
                evidence.get("start"),
                evidence.get("end"),
                evidence.get("text"),
                h.get("sentence"),
            )
        )
    return rows


def ledger_says_something(ledger: Mapping[str, Any]) -> bool:
    """True when any countable field of the ledger has a value (used without a prefilter)."""
    charged = ledger.get("charged") or {}
    fields = [ledger.get(k) for k in ("claimed_rescued", "arrested", "immigration_actions")]
    fields += [charged.get(k) for k in CHARGE_KINDS]
    return any(_int(f) is not None for f in fields)


def _value(field: object) -> object:
    return field.get("value") if isinstance(field, Mapping) else None


def _int(field: object) -> int | None:
    value = _value(field)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text_value(field: object) -> str | None:
    value = _value(field)
    return value if isinstance(value, str) else None


def _texts(items: object) -> list[str]:
    if not isinstance(items, list):
        return []
    return [str(i.get("text")) for i in items if isinstance(i, Mapping) and i.get("text")]


def _sum(values: Any) -> int | None:
    present = [v for v in values if isinstance(v, int) and not isinstance(v, bool)]
    return sum(present) if present else None
