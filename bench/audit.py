"""python -m bench.audit [--write] [--news-n N] [--raid-n N]: ``unspin audit`` at corpus scale.

Measures, on corpora from ``bench.corpus`` (seed 0, JSON Lines, written to bench/out/audit/):

* documents/s and MB/s on a 1%-relevant news corpus and on an all-relevant raid corpus,
  with 1 and 2 local worker processes and on a Dask LocalCluster of 2 worker processes;
* the same 1% corpus as a WARC.gz (HTML extraction on the way), 2 workers;
* start-up (a 10-document corpus), peak memory of the whole process tree (sampled), and the
  database's size per 1,000 documents.

Every run is a fresh ``unspin audit`` process on a fresh database, timed from outside (wall
clock, start-up included); "excluding start-up" subtracts the tiny-corpus time of the same
set-up. ``main(write)`` writes the ``audit`` section of docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import psutil

from bench.audit_report import render
from bench.corpus import generate
from bench.corpus.formats import write as write_corpus
from bench.machine import machine_info
from bench.sections import ROOT, replace_section

OUT = ROOT / "bench" / "out" / "audit"
UNSPIN = [sys.executable, "-c", "from unspin.cli import main; main()"]
NEWS_N, RAID_N = 20_000, 400


@dataclass(frozen=True)
class Corpus:
    name: str
    path: Path  # the corpus file
    documents: int
    relevant_share: str

    @property
    def megabytes(self) -> float:
        return self.path.stat().st_size / 1e6


@dataclass(frozen=True)
class Setup:
    label: str
    flags: tuple[str, ...]
    cores: int


@dataclass(frozen=True)
class Run:
    corpus: Corpus
    setup: Setup
    seconds: float
    startup: float
    peak_rss_mb: float
    cpu_seconds: float
    db_mb: float
    base_db_mb: float
    stored: int
    relevant: int
    errors: int

    @property
    def docs_per_s(self) -> float:
        return self.corpus.documents / self.seconds

    @property
    def mb_per_s(self) -> float:
        return self.corpus.megabytes / self.seconds

    @property
    def mb_per_s_steady(self) -> float:
        return self.corpus.megabytes / max(self.seconds - self.startup, 1e-9)

    @property
    def mb_per_cpu_s(self) -> float:
        return self.corpus.megabytes / max(self.cpu_seconds, 1e-9)

    @property
    def db_kb_per_1000(self) -> float:
        """Marginal size: the database minus an almost empty one, per 1,000 documents."""
        return 1000 * (self.db_mb - self.base_db_mb) * 1000 / max(self.stored, 1)


SETUPS = (
    Setup("1 worker process", ("--workers", "1"), 1),
    Setup("2 worker processes", ("--workers", "2"), 2),
    Setup("Dask LocalCluster, 2 workers", ("--dask", "--workers", "2"), 2),
)


def corpus(kind: str, n: int, fmt: str, relevant: float | None = None) -> Corpus:
    """Write (once) and return a corpus of ``n`` articles from bench.corpus."""
    name = f"{kind}-{n}-{fmt}"
    directory = OUT / name
    files = {"jsonl": "corpus.jsonl", "warc": "corpus.warc.gz"}
    path = directory / files[fmt]
    if not path.exists():
        shutil.rmtree(directory, ignore_errors=True)
        write_corpus(generate(kind, n, relevant, seed=0), fmt, directory)
    share = "1%" if kind == "news" else "100%"
    return Corpus(f"{share} relevant ({kind}, {fmt})", path, n, share)


class TreeSampler:
    """Peak summed resident memory, and CPU time, of a process and all its descendants
    (forkserver workers are grandchildren), sampled every ``every`` seconds."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        self.peak = 0
        self.cpu: dict[int, float] = {}  # pid -> last seen user + system seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(pid, every), daemon=True)
        self._thread.start()

    def _sample(self, pid: int, every: float) -> None:
        try:
            root = psutil.Process(pid)
        except psutil.Error:
            return
        while not self._stop.is_set():
            total = 0
            try:
                procs = [root, *root.children(recursive=True)]
            except psutil.Error:
                return
            for proc in procs:
                try:
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    self.cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass
            self.peak = max(self.peak, total)
            self._stop.wait(every)

    def stop(self) -> tuple[float, float]:
        """(peak memory MB, CPU seconds)."""
        self._stop.set()
        self._thread.join()
        return self.peak / 1e6, sum(self.cpu.values())


def audit(corpus_path: Path, setup: Setup, db: Path) -> tuple[float, float, float]:
    """Run ``unspin audit`` once; (wall seconds, peak memory MB, CPU seconds of the tree)."""
    for stale in (db, db.with_name(db.name + ".wal")):
        stale.unlink(missing_ok=True)
    argv = [*UNSPIN, "audit", str(corpus_path), "--db", str(db), "--quiet", *setup.flags]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid)
    _, err = proc.communicate()
    seconds = time.perf_counter() - start
    peak, cpu = sampler.stop()
    if proc.returncode != 0:
        raise RuntimeError(f"unspin audit failed ({proc.returncode}): {err.strip()[-500:]}")
    return seconds, peak, cpu


def measure(c: Corpus, setup: Setup, startup: float, base_db_mb: float) -> Run:
    db = (
        OUT / "db" / f"{c.path.parent.name}-{setup.label.replace(' ', '_').replace(',', '')}.duckdb"
    )
    db.parent.mkdir(parents=True, exist_ok=True)
    seconds, peak, cpu = audit(c.path, setup, db)
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE relevant), (SELECT count(*) FROM errors) FROM documents"
        ).fetchone()
    assert row is not None
    size = db.stat().st_size / 1e6
    run = Run(c, setup, seconds, startup, peak, cpu, size, base_db_mb, row[0], row[1], row[2])
    print(
        f"bench.audit: {c.name}, {setup.label}: {seconds:.1f} s, {run.docs_per_s:,.0f} docs/s, "
        f"{run.mb_per_s:.2f} MB/s, {cpu:.1f} CPU s, peak {peak:,.0f} MB, {row[1]:,} relevant",
        file=sys.stderr,
    )
    return run


def startups(setups: Sequence[Setup]) -> tuple[dict[str, float], float]:
    """Wall seconds of each set-up on a 10-document corpus, and that database's size in MB
    (the fixed part of every database: tables, metadata blocks)."""
    tiny = corpus("news", 10, "jsonl", 0.1)
    db = OUT / "db" / "tiny.duckdb"
    seconds = {s.label: audit(tiny.path, s, db)[0] for s in setups}
    return seconds, db.stat().st_size / 1e6


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.audit", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--write", action="store_true", help="write the docs/benchmarks.md section")
    parser.add_argument(
        "--news-n", type=int, default=NEWS_N, help=f"1%% corpus size (default {NEWS_N})"
    )
    parser.add_argument(
        "--raid-n", type=int, default=RAID_N, help=f"raid corpus size (default {RAID_N})"
    )
    parser.add_argument("--no-warc", action="store_true", help="skip the WARC.gz run")
    return parser.parse_args(argv)


def main(write: bool = True, argv: Sequence[str] = ()) -> int:
    args = parse_args(argv)
    write = write or args.write
    info = machine_info()
    (OUT / "db").mkdir(parents=True, exist_ok=True)
    start, base_db = startups(SETUPS)
    news = corpus("news", args.news_n, "jsonl")
    raid = corpus("raid", args.raid_n, "jsonl")
    runs = [measure(c, s, start[s.label], base_db) for c in (news, raid) for s in SETUPS]
    if not args.no_warc:
        warc = corpus("news", args.news_n, "warc")
        runs.append(measure(warc, SETUPS[1], start[SETUPS[1].label], base_db))
    reduced = args.news_n != NEWS_N or args.raid_n != RAID_N
    body = render(runs, start, base_db, info, reduced=reduced)
    print(body)
    if write:
        replace_section("audit", body)
    return 0


if __name__ == "__main__":
    args = parse_args(sys.argv[1:])
    sys.exit(main(args.write, sys.argv[1:]))
