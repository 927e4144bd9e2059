"""The work one batch of documents costs: extract, hash, prefilter, analyse, turn into rows.

This runs wherever the executor puts it (this process, a local worker process, a Dask
worker), so it takes and returns plain picklable data and reaches the analysis only through
``unspin.api``. One document's failure becomes an error row; the batch goes on.
"""

from __future__ import annotations

import codecs
import functools
import importlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from unspin import api
from unspin.batch.columns import Columns
from unspin.batch.dates import parse_date
from unspin.batch.html_meta import head_meta
from unspin.batch.items import Item, ItemError, Meta, key, sha256_hex
from unspin.batch.read_jsonl import parse_line
from unspin.batch.rows import Row, finding_rows, harm_rows, ledger_row, ledger_says_something
from unspin.errors import UnspinError
from unspin.read import read_bytes
from unspin.read.document import Document

HEAD_BYTES = 65536
DEFAULT_COLUMNS = Columns()
TITLE_CHARS = 160


@dataclass
class BatchOutput:
    """Rows for each table (``run_id`` is added by the store) and what the batch stood for."""

    tables: dict[str, list[Row]] = field(default_factory=dict)
    items: int = 0
    bytes: int = 0
    duplicates: int = 0  # documents whose text came earlier in the same batch
    seconds: float = 0.0  # time the batch took in the worker

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


def analyse_batch(
    items: Sequence[Item], rules_hash: str, columns: Columns = DEFAULT_COLUMNS
) -> BatchOutput:
    """Rows for every item of the batch; never raises for a single document."""
    started = time.perf_counter()
    tools = analyser()
    out = BatchOutput(items=len(items), bytes=sum(i.size for i in items))
    seen: set[str] = set()
    for entry in items:
        item = parse_line(entry, columns) if entry.kind == "jsonl" else entry
        if isinstance(item, ItemError):
            out.add("errors", [(item.locator, item.stage, item.reason)])
            continue
        try:
            doc, meta = extract(item)
        except UnspinError as exc:
            out.add("errors", [(item.locator, "read", exc.reason)])
            continue
        except Exception as exc:  # noqa: BLE001 - one bad document must not end the batch
            out.add("errors", [(item.locator, "read", _describe(exc))])
            continue
        doc_id = sha256_hex(doc.text)
        if doc_id in seen:
            out.duplicates += 1
            continue
        seen.add(doc_id)
        try:
            tables = analyse_document(tools, doc, doc_id, item, meta, rules_hash)
        except Exception as exc:  # noqa: BLE001
            out.add("errors", [(item.locator, "analyse", _describe(exc))])
            continue
        for table, rows in tables.items():
            out.add(table, rows)
    out.seconds = time.perf_counter() - started
    return out


def extract(item: Item) -> tuple[Document, Meta]:
    """The document's plain text and its metadata, completed from an HTML head if any."""
    if isinstance(item.payload, str):
        return Document(text=item.payload, source=item.locator), item.meta
    data = item.payload
    if item.charset and codecs_name(item.charset) not in (None, "utf-8"):
        try:
            data = data.decode(item.charset).encode("utf-8")
        except UnicodeDecodeError:
            pass
    doc = read_bytes(data, source=item.locator, fmt=item.fmt)
    meta = item.meta
    if doc.format == "html":
        meta = _with_head(meta, data[:HEAD_BYTES].decode("utf-8", "replace"))
    if meta.title is None:
        meta = replace(meta, title=_first_line(doc.text))
    return doc, meta


def _first_line(text: str) -> str | None:
    """A file's first line, as its title when nothing else names one and it is short."""
    line = text.lstrip().split("\n", 1)[0].strip()
    return line if 0 < len(line) <= TITLE_CHARS else None


def codecs_name(charset: str) -> str | None:
    try:
        return codecs.lookup(charset).name
    except LookupError:
        return None


def analyse_document(
    tools: Analyser, doc: Document, doc_id: str, item: Item, meta: Meta, rules_hash: str
) -> dict[str, list[Row]]:
    """The rows of one document (``doc_id`` is the sha256 of its text)."""
    text = doc.text
    if not text.strip():
        raise UnspinError(item.locator, "no text")
    tables: dict[str, list[Row]] = {"errors": []}
    check: dict[str, Any] | None = None
    ledger: dict[str, Any] | None = None

    def optional(stage: str, call: Callable[[str], Any] | None) -> dict[str, Any] | None:
        """A ledger or harm analysis; its failure is an error row, the findings stay."""
        if call is None:
            return None
        try:
            return dict(call(text).to_dict())
        except Exception as exc:  # noqa: BLE001
            tables["errors"].append((item.locator, stage, _describe(exc)))
            return None

    if tools.is_relevant is not None:
        relevant = bool(tools.is_relevant(text))
    else:  # no prefilter in this installation: relevant when the analysis finds anything
        check = tools.check(doc).to_dict()
        ledger = optional("ledger", tools.ledger)
        relevant = bool(check["findings"] or check["document_findings"])
        relevant = relevant or (ledger is not None and ledger_says_something(ledger))
    language = None
    if relevant:
        check = check or tools.check(doc).to_dict()
        language = check.get("language")
        tables["findings"], tables["document_findings"] = finding_rows(doc_id, check)
        if tools.is_relevant is not None:
            ledger = optional("ledger", tools.ledger)
        if ledger is not None:
            tables["ledgers"] = [ledger_row(doc_id, ledger)]
        harms = optional("name", tools.name_harms)
        if harms is not None:
            tables["harms"] = harm_rows(doc_id, harms)
    published, year = parse_date(meta.date)
    raw = key(item.raw_sha256)
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
