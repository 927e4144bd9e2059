"""Where batches run: in this process, in local worker processes, or on a Dask cluster.

Each executor takes batches lazily and keeps only a few in flight (``2 × workers``), so
memory stays flat however large the corpus, and yields results as they finish.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import Any, Protocol, TypeVar

from unspin.errors import UnspinError

CONNECT_TIMEOUT = "10s"
SINGLE_THREADED = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
T = TypeVar("T")
R = TypeVar("R")


class Executor(Protocol):
    name: str
    workers: int

    def map_unordered(self, fn: Callable[[T], R], tasks: Iterator[T]) -> Iterator[R]: ...

    def close(self, wait: bool = True) -> None: ...


class InlineExecutor:
    """Runs every batch in this process: for tests, debugging and tiny corpora."""

    name = "inline"
    workers = 1

    def map_unordered(self, fn: Callable[[T], R], tasks: Iterator[T]) -> Iterator[R]:
        for task in tasks:
            yield fn(task)

    def close(self, wait: bool = True) -> None:
        pass


def _ignore_sigint() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides how to stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from a fresh single-threaded server that has loaded the analysis once
    (see ``unspin.batch.warm``); fresh spawned workers where there is no fork."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["unspin.batch.warm"])
    return context


class ProcessExecutor:
    """Local worker processes, never forked from this process (which holds DuckDB's threads)."""

    name = "processes"

    def __init__(self, workers: int | None = None) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        # One worker per core: numeric libraries must not start a thread pool each (as Dask's
        # nanny does). Workers start lazily, so the setting stays until close().
        self._saved_env = {name: os.environ.get(name) for name in SINGLE_THREADED}
        for name in SINGLE_THREADED:
            os.environ.setdefault(name, "1")
        self._pool = ProcessPoolExecutor(
            max_workers=self.workers, mp_context=_context(), initializer=_ignore_sigint
        )

    def map_unordered(self, fn: Callable[[T], R], tasks: Iterator[T]) -> Iterator[R]:
        pending: set[Future[R]] = set()
        limit = 2 * self.workers
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                else:
                    pending.add(self._pool.submit(fn, task))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                yield future.result()

    def close(self, wait: bool = True) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=True)
        for name, value in self._saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


class DaskExecutor:
    """A Dask distributed cluster: the scheduler at ``address``, or a local cluster."""

    name = "dask"

    def __init__(self, address: str | None = None, workers: int | None = None) -> None:
        self._dask: Any = importlib.import_module("distributed")  # untyped library
        self._cluster: Any = None
        if address is None:
            self._cluster = self._dask.LocalCluster(
                n_workers=max(1, workers or os.cpu_count() or 1),
                threads_per_worker=1,
                processes=True,
                host="127.0.0.1",
                dashboard_address="127.0.0.1:0",  # no fixed port: several may run
            )
            self._client: Any = self._dask.Client(self._cluster)
        else:
            try:
                self._client = self._dask.Client(address, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise UnspinError(address, f"cannot reach the Dask scheduler ({reason})") from None
        self.workers = max(1, sum(self._client.nthreads().values()))

    def map_unordered(self, fn: Callable[[T], R], tasks: Iterator[T]) -> Iterator[R]:
        running = self._dask.as_completed()
        for _ in range(2 * self.workers):
            task = next(tasks, None)
            if task is None:
                break
            running.add(self._client.submit(fn, task, pure=False))
        for future in running:
            result: R = future.result()
            future.release()
            yield result
            following = next(tasks, None)
            if following is not None:
                running.add(self._client.submit(fn, following, pure=False))

    def close(self, wait: bool = True) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
