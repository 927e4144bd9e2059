"""Where analyses run: a thread of the server process, or a pool of worker processes.

``--workers 1`` (the default) analyses in a worker thread of the server process, one
request at a time. ``--workers N`` keeps one server process for HTTP and starts N analysis
processes, each loading the language pipeline once at start-up; every request goes to the
next free process, so a long story never holds up requests that another process could take.
(uvicorn's own ``--workers`` shares out connections, not requests: four keep-alive
connections could all land on one process while the other idles.)

Either way each analysis runs under the per-request time limit: past it the request gets a
503 while the analysis finishes in the background.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol

import anyio
import anyio.to_thread

from unspin.errors import UnspinError
from unspin.server import jobs
from unspin.server.errors import AnalysisTimeout, InternalError
from unspin.server.guard import where

log = logging.getLogger("unspin.server")
START_TIMEOUT = 300.0
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class Analyser(Protocol):
    async def start(self) -> None: ...

    async def run(self, job: str, route: str, *args: Any, **kwargs: Any) -> Any: ...

    async def stop(self) -> None: ...

    def pids(self) -> list[int]: ...


def unpack(outcome: jobs.Outcome, route: str) -> Any:
    kind = outcome[0]
    if kind == "ok":
        return outcome[1]
    if kind == "error":
        _, error_class, source, reason = outcome
        raise error_class(source, reason)
    log.error("error: %s: %s", route, outcome[1])
    raise InternalError("server", "unexpected error; the server log names it")


def too_slow(timeout: float) -> AnalysisTimeout:
    return AnalysisTimeout(
        "request", f"the analysis took longer than {timeout:g} s; try a shorter text"
    )


class InThread:
    """Analyses in a worker thread of this process, one at a time."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.limiter = anyio.CapacityLimiter(1)

    async def start(self) -> None:
        jobs.prepare()

    async def run(self, job: str, route: str, *args: Any, **kwargs: Any) -> Any:
        try:
            with anyio.fail_after(self.timeout):
                outcome = await anyio.to_thread.run_sync(
                    jobs.run_job,
                    job,
                    route,
                    args,
                    kwargs,
                    limiter=self.limiter,
                    abandon_on_cancel=True,
                )
        except TimeoutError:
            raise too_slow(self.timeout) from None
        return unpack(outcome, route)

    async def stop(self) -> None:
        return None

    def pids(self) -> list[int]:
        return [os.getpid()]


def _die_with_parent() -> None:
    """Ask Linux to end this process when the server process ends, however it ends."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _worker_ready(ready: Any) -> None:
    """Pool initializer: load everything, then say so (or say what failed)."""
    _die_with_parent()
    try:
        jobs.prepare()
    except Exception as exc:
        ready.put(exc.one_line() if isinstance(exc, UnspinError) else where(exc))
        raise
    ready.put(os.getpid())


class ProcessPool:
    """N analysis processes fed one request at a time by the server process."""

    def __init__(self, workers: int, timeout: float) -> None:
        self.workers = workers
        self.timeout = timeout
        self.pool: concurrent.futures.ProcessPoolExecutor | None = None
        self.ready = asyncio.Event()
        self._pids: list[int] = []

    async def start(self) -> None:
        context = multiprocessing.get_context("spawn")
        ready_queue = context.Queue()
        pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=_worker_ready,
            initargs=(ready_queue,),
        )
        # Processes start on demand: one quick job per worker starts them all.
        for _ in range(self.workers):
            pool.submit(os.getpid)
        pids = []
        for _ in range(self.workers):
            said = await anyio.to_thread.run_sync(ready_queue.get, True, START_TIMEOUT)
            if not isinstance(said, int):
                pool.shutdown(wait=False, cancel_futures=True)
                raise InternalError("analysis process", f"could not start: {said}")
            pids.append(said)
        ready_queue.close()
        ready_queue.join_thread()
        self._pids = sorted(pids)
        self.pool = pool
        self.ready.set()

    async def run(self, job: str, route: str, *args: Any, **kwargs: Any) -> Any:
        await self.ready.wait()
        assert self.pool is not None
        try:
            future = self.pool.submit(jobs.run_job, job, route, args, kwargs)
            outcome = await asyncio.wait_for(asyncio.wrap_future(future), self.timeout)
        except TimeoutError:
            raise too_slow(self.timeout) from None
        except BrokenProcessPool:
            log.error("error: an analysis process died; starting the workers again")
            await self._restart()
            raise InternalError("server", "an analysis process stopped; try again") from None
        return unpack(outcome, route)

    async def _restart(self) -> None:
        if not self.ready.is_set():
            await self.ready.wait()  # someone else is restarting
            return
        self.ready.clear()
        old, self.pool = self.pool, None
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
        await self.start()

    async def stop(self) -> None:
        """Wait for the processes to end: uvicorn ends the server by re-raising the signal
        it caught, which skips Python's exit handlers that would otherwise stop them."""
        pool, self.pool = self.pool, None
        if pool is not None:
            await anyio.to_thread.run_sync(lambda: pool.shutdown(wait=True, cancel_futures=True))

    def pids(self) -> list[int]:
        return list(self._pids)


def analyser(workers: int, timeout: float) -> Analyser:
    return InThread(timeout) if workers <= 1 else ProcessPool(workers, timeout)
