"""``unspin audit``: read a corpus, analyse what is new, store it, batch by batch.

The reading, de-duplication and writing happen here, in one process; the analysis happens in
the executor. Resumable and idempotent: a document whose text (or raw input) is stored with
the same rules hash is skipped before any work, a document stored under other rules is
analysed again and replaced, and a document seen twice in the corpus is stored once.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from unspin import __version__
from unspin.batch.columns import Columns
from unspin.batch.executors import DaskExecutor, Executor, InlineExecutor, ProcessExecutor
from unspin.batch.fingerprint import rules_hash
from unspin.batch.items import Item, ItemError, key
from unspin.batch.progress import Progress, summary_line
from unspin.batch.read_tree import estimated_bytes, read_corpus
from unspin.batch.rows import Row
from unspin.batch.store import Known, RunCounts, Store
from unspin.batch.work import BatchOutput, analyse_batch
from unspin.errors import UnspinError

DOC_ID, RAW, RELEVANT = 0, 1, 12  # positions in a documents row (see schema.TABLES)


@dataclass(frozen=True)
class AuditOptions:
    corpus: tuple[Path, ...]
    db: Path
    columns: Columns = field(default_factory=Columns)
    workers: int | None = None  # None: all cores; 0: in this process
    scheduler: str | None = None
    dask: bool = False
    quiet: bool = False
    batch_items: int = 256  # at most; a batch is the unit of work (see _Run.batch_limit)
    batch_bytes: int = 1_000_000
    batch_seconds: float = 0.5  # aim: about this much work per batch, so workers stay balanced
    commit_every: float = 1.0  # seconds; finished batches are written together
    commit_most: int = 10_000  # documents


@dataclass(frozen=True)
class AuditResult:
    run_id: int
    counts: RunCounts
    seconds: float
    status: str
    summary: str


def make_executor(options: AuditOptions) -> Executor:
    if options.scheduler or options.dask:
        return DaskExecutor(options.scheduler, options.workers)
    if options.workers == 0:
        return InlineExecutor()
    return ProcessExecutor(options.workers)


class _Run:
    """One audit run's state: what is known, what is counted, what waits to be written."""

    def __init__(self, store: Store, run_id: int, known: Known) -> None:
        self.store = store
        self.run_id = run_id
        self.known = known
        self.counts = RunCounts()
        self.dispatched: set[int] = set()
        self.reader_errors: list[Row] = []
        self.seconds_per_doc: float | None = None  # what a document has cost, on average
        self._new_group()

    def batch_limit(self, options: AuditOptions) -> int:
        """Documents in the next batch: few until the cost of a document is known, then about
        ``batch_seconds`` of work (a raid story costs a hundred times a general news story)."""
        if self.seconds_per_doc is None:
            return min(8, options.batch_items)
        wanted = round(options.batch_seconds / max(self.seconds_per_doc, 1e-6))
        return max(1, min(options.batch_items, wanted))

    def batches(self, options: AuditOptions) -> Iterator[list[Item]]:
        batch: list[Item] = []
        size = 0
        for entry in read_corpus(options.corpus, options.columns):
            if isinstance(entry, ItemError):
                self.counts.items += 1
                self.counts.bytes += entry.size
                self.counts.errors += 1
                self.reader_errors.append((entry.locator, entry.stage, entry.reason))
                continue
            raw = key(entry.raw_sha256)
            if raw in self.dispatched or raw in self.known.done:
                self.counts.items += 1
                self.counts.bytes += entry.size
                if raw in self.dispatched:
                    self.counts.duplicates += 1
                else:
                    self.counts.skipped += 1
                continue
            self.dispatched.add(raw)
            batch.append(entry)
            size += entry.size
            if len(batch) >= self.batch_limit(options) or size >= options.batch_bytes:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    def absorb(self, out: BatchOutput) -> None:
        """Take one finished batch into the group waiting to be written: new documents only,
        with their rows."""
        kept: set[str] = set()
        self.counts.duplicates += out.duplicates
        for row in out.tables.get("documents", []):  # one row per doc_id (see analyse_batch)
            doc = key(row[DOC_ID])
            if doc in self.known.done or doc in self.group_keys:  # stored or met already
                self.counts.duplicates += 1
                continue
            kept.add(row[DOC_ID])
            self.group_keys.add(doc)
            self.group["documents"].append(row)
            if doc in self.known.stale:
                self.replace.append(self.known.stale[doc])
        for name, rows in out.tables.items():
            if name not in ("documents", "errors"):
                self.group.setdefault(name, []).extend(r for r in rows if r[DOC_ID] in kept)
        errors = out.tables.get("errors", [])
        self.group["errors"].extend(self._new_errors(errors))
        if out.items:
            cost = out.seconds / out.items
            previous = self.seconds_per_doc
            self.seconds_per_doc = cost if previous is None else 0.7 * previous + 0.3 * cost
        self.counts.items += out.items
        self.counts.bytes += out.bytes
        self.counts.analysed += len(kept)
        self.counts.relevant += sum(
            1 for r in out.tables.get("documents", []) if r[DOC_ID] in kept and r[RELEVANT]
        )
        self.counts.errors += len(errors)

    def due(self, every: float, most: int) -> bool:
        waited = time.monotonic() - self.last_flush
        return waited >= every or len(self.group["documents"]) >= most

    def flush(self) -> None:
        """Write the group (and errors met while reading) in one transaction."""
        self.group["errors"].extend(self._new_errors([]))
        self.store.write(self.run_id, self.group, self.replace, self.counts)
        for row in self.group["documents"]:
            doc = key(row[DOC_ID])
            self.known.done.add(doc)
            self.known.done.add(row[RAW])
            self.dispatched.add(doc)  # its text met again in this run is a duplicate
            self.known.stale.pop(doc, None)
        self._new_group()

    def _new_group(self) -> None:
        self.group: dict[str, list[Row]] = {"documents": [], "errors": []}
        self.group_keys: set[int] = set()
        self.replace: list[str] = []
        self.last_flush = time.monotonic()

    def _new_errors(self, rows: list[Row]) -> list[Row]:
        rows = self.reader_errors + rows
        self.reader_errors = []
        fresh: list[Row] = []
        for row in rows:
            if (row[0], row[2]) not in self.known.errors:
                fresh.append(row)
                self.known.errors.add((row[0], row[2]))
        return fresh


def run_audit(options: AuditOptions, executor: Executor | None = None) -> AuditResult:
    """Audit ``options.corpus`` into ``options.db``; Ctrl-C stops after marking the run."""
    started = time.monotonic()
    store = Store(options.db)
    status = "failed"
    run: _Run | None = None
    progress: Progress | None = None
    try:
        rules = rules_hash()
        known = store.known(rules)
        executor = executor or make_executor(options)
        corpus = [str(p) for p in options.corpus]
        run = _Run(
            store,
            store.begin_run(__version__, rules, corpus, executor.name, executor.workers),
            known,
        )
        progress = Progress(estimated_bytes(options.corpus), quiet=options.quiet)
        task = functools.partial(analyse_batch, rules_hash=rules, columns=options.columns)
        for out in executor.map_unordered(task, run.batches(options)):
            run.absorb(out)
            if run.due(options.commit_every, options.commit_most):
                run.flush()
            progress.update(
                documents=run.counts.items,
                relevant=run.counts.relevant,
                errors=run.counts.errors,
                bytes_done=run.counts.bytes,
            )
        run.flush()
        status = "finished"
    except KeyboardInterrupt:
        status = "interrupted"
        if run is not None:
            run.flush()  # what has come back is kept
        raise
    except BrokenProcessPool:
        raise UnspinError(
            str(options.db),
            "a worker process stopped unexpectedly (out of memory?); finished batches are kept, "
            "run the same command again to continue",
        ) from None
    finally:
        if progress is not None:
            progress.close()
        if executor is not None:
            executor.close(wait=status == "finished")
        if run is not None:
            store.finish_run(run.run_id, status, run.counts)
        store.close()
    seconds = time.monotonic() - started
    return AuditResult(
        run.run_id, run.counts, seconds, status, summary_line(run.counts, seconds, str(options.db))
    )
