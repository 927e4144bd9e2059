"""The ``audit`` section of docs/benchmarks.md, from the runs of bench.audit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bench.machine import as_markdown

if TYPE_CHECKING:
    from bench.audit import Run

TARGET_MB_PER_CORE = 5.0
TARGET_SPEEDUP = 1.8


def _find(runs: Sequence[Run], share: str, label: str, fmt: str = "jsonl") -> Run | None:
    return next(
        (
            r
            for r in runs
            if r.corpus.relevant_share == share
            and r.setup.label == label
            and r.corpus.path.name.startswith("corpus." + fmt)
        ),
        None,
    )


def render(
    runs: Sequence[Run],
    startup: dict[str, float],
    base_db_mb: float,
    info: dict[str, str],
    *,
    reduced: bool,
) -> str:
    intro = (
        "Produced by `python -m bench.audit --write`. Corpora from `bench.corpus` (seed 0; JSON Lines "
        "unless marked WARC), written to `bench/out/audit/`. Each row is one fresh `unspin audit --quiet` "
        "process on a fresh database, timed from outside (wall clock, start-up included); MB = 10^6 bytes "
        "of corpus file. *Steady* subtracts the start-up of the same set-up on a 10-document corpus. "
        "Peak memory and CPU seconds sum the whole process tree (workers and Dask included; "
        "sampled every 0.1 s): *MB per CPU s* is the per-core throughput independent of other "
        "load on the machine. *DB KB per 1,000 docs* is marginal: the database's size minus that "
        f"of a 10-document one ({base_db_mb:.1f} MB: tables and metadata), per 1,000 documents."
    )
    lines = [
        "## Corpus audit: `unspin audit` throughput, scaling, memory, database size",
        "",
        intro,
    ]
    if reduced:
        lines += [
            "",
            "**Reduced run** (smaller corpora than the defaults); the full run replaces it.",
        ]
    header = (
        "| corpus | docs | MB | set-up | wall s | docs/s | MB/s | steady MB/s | steady MB/s per core | "
        "CPU s | MB per CPU s | peak memory MB | relevant | DB MB | DB KB per 1,000 docs |"
    )
    lines += [
        "",
        header,
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r.corpus.name} | {r.corpus.documents:,} | {r.corpus.megabytes:.1f} | {r.setup.label} | "
            f"{r.seconds:.1f} | {r.docs_per_s:,.0f} | {r.mb_per_s:.2f} | {r.mb_per_s_steady:.2f} | "
            f"{r.mb_per_s_steady / r.setup.cores:.2f} | {r.cpu_seconds:.1f} | {r.mb_per_cpu_s:.2f} | "
            f"{r.peak_rss_mb:,.0f} | {r.relevant:,} | "
            f"{r.db_mb:.1f} | {r.db_kb_per_1000:,.0f} |"
        )
    lines += [
        "",
        "Start-up, 10-document corpus: " + "; ".join(f"{k}: {v:.1f} s" for k, v in startup.items()),
    ]
    lines += [
        "",
        "### Targets (issue 5)",
        "",
        "| measure | target | measured | met |",
        "|---|---|---|---|",
    ]
    one = _find(runs, "1%", "1 worker process")
    two = _find(runs, "1%", "2 worker processes")
    dask = _find(runs, "1%", "Dask LocalCluster, 2 workers")
    raid_one = _find(runs, "100%", "1 worker process")
    raid_two = _find(runs, "100%", "2 worker processes")
    raid_dask = _find(runs, "100%", "Dask LocalCluster, 2 workers")
    if one:
        measures = (
            ("wall", one.mb_per_s),
            ("steady", one.mb_per_s_steady),
            ("per CPU second", one.mb_per_cpu_s),
        )
        for label, value in measures:
            met = "yes" if value >= TARGET_MB_PER_CORE else "**no**"
            lines.append(
                f"| 1% corpus, MB/s per core (1 worker, {label}) | ≥ {TARGET_MB_PER_CORE:g} | {value:.2f} | {met} |"
            )
    for name, a, b in (("1% corpus", one, two), ("all-relevant corpus", raid_one, raid_two)):
        if a and b:
            for label, x, y in (
                ("wall", a.seconds, b.seconds),
                ("steady", a.seconds - a.startup, b.seconds - b.startup),
            ):
                speedup = x / max(y, 1e-9)
                met = "yes" if speedup >= TARGET_SPEEDUP else "**no**"
                lines.append(
                    f"| {name}, speed-up 2 workers vs 1 ({label}) | ≥ {TARGET_SPEEDUP:g}× | {speedup:.2f}× | {met} |"
                )
    for name, procs, d in (("1% corpus", two, dask), ("all-relevant corpus", raid_two, raid_dask)):
        if procs and d:
            lines.append(
                f"| {name}, Dask LocalCluster overhead vs local processes (2 workers, wall) | "
                f"report | {100 * (d.seconds / procs.seconds - 1):+.0f}% | n/a |"
            )
    lines += ["", "### Machine", "", as_markdown(info)]
    return "\n".join(lines)
