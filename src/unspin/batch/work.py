"""The work one batch of documents costs: extract, hash, prefilter, analyse, turn into rows.

This runs wherever the executor puts it (this process, a local worker process, a Dask
worker), so it takes and returns plain picklable data and reaches the analysis only through
``unspin.api``. One document's failure becomes an error row; the batch goes on.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unspin import api
from unspin.batch.dates import parse_date
from unspin.batch.html_meta import head_meta
from unspin.batch.items import Item, Meta, sha256_hex
from unspin.batch.rows import Row, finding_rows, harm_rows, ledger_row, ledger_says_something
from unspin.errors import UnspinError
from unspin.read.document import Document

HTML_SUFFIXES = (".html", ".htm", ".xhtml")


@dataclass
class BatchOutput:
    """Rows for each table (``run_id`` is added by the store) and what the batch stood for."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    items: int = 0
    bytes: int = 0

    def add(self, table: str, rows: Sequence[Row]) -> None:
        self.tables.setdefault(table, []).extend(rows)


@dataclass(frozen=True)
class Analyser:
    """The analysis functions this installation offers, looked up once per process."""

    check: Callable[..., Any]
    ledger: Callable[..., Any] | None
    name_harms: Callable[..., Any] | None
    is_relevant: Callable[[str], bool] | None


@functools.lru_cache(maxsize=1)
def analyser() -> Analyser:
    try:
        prefilter = importlib.import_module("unspin.analyse.prefilter")
        is_relevant = getattr(prefilter, "is_relevant", None)
    except ImportError:
        is_relevant = None
    return Analyser(
        check=api.check,
        ledger=getattr(api, "ledger", None),
        name_harms=getattr(api, "name_harms", None),
        is_relevant=is_relevant,
    )


def analyse_batch(items: Sequence[Item], rules_hash: str) -> BatchOutput:
    """Rows for every item of the batch; never raises for a single document."""
    tools = analyser()
    out = BatchOutput(items=len(items), bytes=sum(i.size for i in items))
    for item in items:
        try:
            doc, meta = extract(item)
        except UnspinError as exc:
            out.add("errors", [(item.locator, "read", exc.reason)])
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            out.add("errors", [(item.locator, "read", _describe(exc))])
            continue
        try:
            tables = analyse_document(tools, doc, item, meta, rules_hash)
        except Exception as exc:  # noqa: BLE001
            out.add("errors", [(item.locator, "analyse", _describe(exc))])
            continue
        for table, rows in tables.items():
            out.add(table, rows)
    return out


def extract(item: Item) -> tuple[Document, Meta]:
    """The document's plain text and its metadata, completed from an HTML head if any."""
    if item.kind == "text":
        assert isinstance(item.payload, str)
        return Document(text=item.payload, source=item.locator), item.meta
    if item.kind == "html":
        assert isinstance(item.payload, bytes)
        page = _decode_html(item.payload, item.charset, item.locator)
        from unspin.read.html_text import extract_html

        return extract_html(page, source=item.locator), _with_head(item.meta, page)
    assert isinstance(item.payload, str)
    from unspin.read import read_path  # type: ignore[attr-defined]

    path = Path(item.payload)
    doc = read_path(path)
    meta = item.meta
    if path.suffix.lower() in HTML_SUFFIXES:
        meta = _with_head(meta, path.read_bytes().decode("utf-8", "replace"))
    return doc, meta


def analyse_document(
    tools: Analyser, doc: Document, item: Item, meta: Meta, rules_hash: str
) -> dict[str, list[Row]]:
    text = doc.text
    if not text.strip():
        raise UnspinError(item.locator, "no text")
    doc_id = sha256_hex(text)
    tables: dict[str, list[Row]] = {}
    check: dict[str, Any] | None = None
    ledger: dict[str, Any] | None = None
    if tools.is_relevant is not None:
        relevant = bool(tools.is_relevant(text))
    else:  # no prefilter in this installation: relevant when the analysis finds anything
        check = tools.check(doc).to_dict()
        ledger = tools.ledger(text).to_dict() if tools.ledger else None
        relevant = bool(check["findings"] or check["document_findings"])
        relevant = relevant or (ledger is not None and ledger_says_something(ledger))
    language = None
    if relevant:
        check = check or tools.check(doc).to_dict()
        language = check.get("language")
        tables["findings"], tables["document_findings"] = finding_rows(doc_id, check)
        if tools.ledger is not None:
            ledger = ledger or tools.ledger(text).to_dict()
            tables["ledgers"] = [ledger_row(doc_id, ledger)]
        if tools.name_harms is not None:
            tables["harms"] = harm_rows(doc_id, tools.name_harms(text).to_dict())
    published, year = parse_date(meta.date)
    raw = item.raw_sha256 if item.raw_sha256 != doc_id else None
    tables["documents"] = [
        (
            doc_id,
            raw,
            item.locator,
            meta.external_id,
            meta.outlet,
            published,
            year,
            meta.date,
            meta.url,
            meta.title,
            language,
            len(text),
            relevant,
            text if relevant else None,
            rules_hash,
        )
    ]
    return tables


def _decode_html(data: bytes, charset: str | None, source: str) -> str:
    if charset:
        try:
            return data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    from unspin.read.decode import decode_bytes

    return decode_bytes(data, source, html=True)


def _with_head(meta: Meta, page: str) -> Meta:
    head = head_meta(page)
    return Meta(
        outlet=head.outlet or meta.outlet,
        date=head.date or meta.date,
        url=meta.url,
        title=meta.title or head.title,
        external_id=meta.external_id,
    )


def _describe(exc: BaseException) -> str:
    message = str(exc).splitlines()[0][:300] if str(exc) else ""
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
