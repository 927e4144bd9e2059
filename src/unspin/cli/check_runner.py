"""Run ``api.check`` over many documents: in this process, or in a pool that shares the
loaded language pipeline (forked after loading it), results in input order."""

from __future__ import annotations

import itertools
import multiprocessing
import os
from collections.abc import Iterable, Iterator

from unspin import api
from unspin.config import Config
from unspin.model import CheckResult
from unspin.read.document import Document

Item = tuple[str, Document]
_config = Config()


def default_jobs() -> int:
    return max(1, min(len(os.sched_getaffinity(0)), 8))


def check_all(items: Iterable[Item], config: Config, jobs: int
              ) -> Iterator[tuple[str, Document, CheckResult]]:
    items = iter(items)
    first = list(itertools.islice(items, 2))
    if jobs <= 1 or len(first) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for name, doc in itertools.chain(first, items):
            yield name, doc, api.check(doc, config=config, path=name)
        return
    from unspin.analyse import nlp

    nlp.load()  # load once here: forked workers share the pages instead of loading again
    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_set_config, initargs=(config,)) as pool:
        yield from pool.imap(_check_one, itertools.chain(first, items), chunksize=2)


def _set_config(config: Config) -> None:
    global _config
    _config = config


def _check_one(item: Item) -> tuple[str, Document, CheckResult]:
    name, doc = item
    return name, doc, api.check(doc, config=_config, path=name)
