"""The Markdown section that bench.throughput prints and writes into docs/benchmarks.md."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bench.machine import as_markdown

if TYPE_CHECKING:
    from bench.throughput import Result

DEFAULT_UNSPIN = "unspin check --format json"
TARGET_RAID, TARGET_NEWS, TARGET_STARTUP, TARGET_LATENCY = 2.0, 30.0, 2.5, 40.0
STARTUP_FILE = "one raid sentence"  # the start-up that loads the parser is the one held to target


@dataclass(frozen=True)
class Report:
    command: str
    runs: int
    results: Sequence[Result]
    startup: dict[str, float]
    latency: dict[str, str]  # label -> median ms, or {"error": reason}
    versions: dict[str, str]
    machine: dict[str, str]
    alex_argv: str
    reduced: str = ""  # flags of a reduced development run, "" for the full benchmark


def ratio(results: Sequence[Result], key: str) -> float | None:
    """unspin's marginal throughput over alex's on corpus ``key``."""
    by_tool = {r.tool: r.marginal_kbps for r in results if r.corpus.key == key}
    u, a = by_tool.get("unspin"), by_tool.get("alex")
    return u / a if u and a else None


def render_markdown(report: Report) -> str:
    lines = ["## Throughput: `unspin check` and alex on the same files", ""]
    if report.command != DEFAULT_UNSPIN:
        lines += [
            (
                f"**Placeholder run: unspin was measured as `{report.command}`, not the real "
                "`unspin check`. These are not unspin's figures.**"
            ),
            "",
        ]
    if report.reduced:
        lines += [
            (
                f"**Reduced development run (`{report.reduced}`), not the full benchmark: with "
                "so few files the marginal figures are mostly noise.**"
            ),
            "",
        ]
    lines += [
        (
            "Produced by `python -m bench.throughput` (also run by `python -m bench`). Corpora come "
            "from `bench.corpus` (seed 0, one plain-text file per article, written to "
            "`bench/out/throughput/`). Each time is wall-clock around the whole process, median of "
            f"{report.runs} runs, tools interleaved. Marginal throughput = bytes of the second half "
            "/ (time on the whole corpus - time on its first half), so start-up is counted apart "
            "(KB = 1,000 bytes)."
        ),
        "",
        f"- unspin: `{report.command}` ({report.versions.get('unspin', 'unknown')})",
        (
            f"- alex: `{report.alex_argv}` ({report.versions.get('alex', 'unknown')}; alex reads "
            "`.txt` as Markdown, its default)"
        ),
        "",
        (
            "| corpus | files | size | tool | whole corpus (s) | first half (s) | marginal KB/s "
            "| unspin/alex | files flagged | findings |"
        ),
        "|---|---:|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in report.results:
        rate = r.marginal_kbps
        x = ratio(report.results, r.corpus.key) if r.tool == "unspin" else None
        lines.append(
            f"| {r.corpus.label} | {len(r.corpus.files)} | {r.corpus.size / 1000:,.0f} KB "
            f"| {r.tool} | {r.full:.2f} | {r.half:.2f} | {_num(rate, '.0f')} "
            f"| {_num(x, '.1f', '×')} | {_num(r.flagged)} | {_num(r.findings)} |"
        )
    lines += ["", "Start-up, one tiny file (median of 5 runs):", ""]
    lines += [f"- {label}: {seconds:.2f} s" for label, seconds in report.startup.items()]
    lines += ["", "In-process latency of `unspin.api.check`, warm (median of 50 calls):", ""]
    if "error" in report.latency:
        lines.append(f"- not measured: {report.latency['error']}")
    else:
        lines += [f"- {label}: {ms} ms" for label, ms in report.latency.items()]
    lines += [
        "",
        "### Targets (issue 2)",
        "",
        "| measure | target | measured | met |",
        "|---|---|---|---|",
    ]
    lines += [_target_row(*row) for row in _targets(report)]
    lines += ["", "### Machine", "", as_markdown(report.machine), ""]
    return "\n".join(lines)


def _targets(report: Report) -> list[tuple[str, str, float | None, str, bool | None]]:
    raid_x, news_x = ratio(report.results, "a"), ratio(report.results, "b")
    start = report.startup.get(f"unspin, {STARTUP_FILE}")
    latencies = [float(v) for k, v in report.latency.items() if k != "error"]
    raid_ms = latencies[0] if latencies else None
    return [
        (
            "(a) raid stories: unspin/alex marginal throughput",
            f"≥ {TARGET_RAID:g}×",
            raid_x,
            "×",
            None if raid_x is None else raid_x >= TARGET_RAID,
        ),
        (
            "(b) general news: unspin/alex marginal throughput",
            f"≥ {TARGET_NEWS:g}×",
            news_x,
            "×",
            None if news_x is None else news_x >= TARGET_NEWS,
        ),
        (
            f"start-up, `unspin check` on one tiny file ({STARTUP_FILE})",
            f"≤ {TARGET_STARTUP:g} s",
            start,
            " s",
            None if start is None else start <= TARGET_STARTUP,
        ),
        (
            "median latency, one 800-word raid story, warm",
            f"≤ {TARGET_LATENCY:g} ms",
            raid_ms,
            " ms",
            None if raid_ms is None else raid_ms <= TARGET_LATENCY,
        ),
    ]


def _target_row(name: str, target: str, value: float | None, unit: str, met: bool | None) -> str:
    shown = "n/a" if value is None else f"{value:.2f}{unit}" if unit != "×" else f"{value:.1f}×"
    verdict = "n/a" if met is None else "yes" if met else "**no**"
    return f"| {name} | {target} | {shown} | {verdict} |"


def _num(value: float | None, spec: str = "", unit: str = "") -> str:
    return "n/a" if value is None else f"{value:{spec}}{unit}"
