"""Throughput benchmark pieces that need no tools: sections, marginal rate, output counting."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from bench.sections import replace_section
from bench.throughput import Corpus, Result, count_findings
from bench.throughput_report import Report, render_markdown


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (
            None,
            "# Benchmarks\n\n<!-- bench:throughput:start -->\nNEW\n<!-- bench:throughput:end -->\n",
        ),
        (
            "# Benchmarks\n\n<!-- bench:eval:start -->\nE\n<!-- bench:eval:end -->\n",
            (
                "# Benchmarks\n\n<!-- bench:eval:start -->\nE\n<!-- bench:eval:end -->\n\n"
                "<!-- bench:throughput:start -->\nNEW\n<!-- bench:throughput:end -->\n"
            ),
        ),
        (
            "# B\n<!-- bench:throughput:start -->\nOLD\n<!-- bench:throughput:end -->\ntail\n",
            "# B\n<!-- bench:throughput:start -->\nNEW\n<!-- bench:throughput:end -->\ntail\n",
        ),
    ],
)
def test_sections_replace_only_own_section(before: str | None, after: str, tmp_path: Path) -> None:
    path = tmp_path / "benchmarks.md"
    if before is not None:
        path.write_text(before)
    replace_section("throughput", "NEW\n", path)
    assert path.read_text() == after


def _corpus(tmp_path: Path) -> Corpus:
    files = []
    for i in range(4):
        files.append(tmp_path / f"{i}.txt")
        files[-1].write_text("x" * 1000)
    return Corpus("a", "(a) test", tuple(files), tuple(files[:2]))


@pytest.mark.parametrize(
    ("full", "half", "expected"),
    [(3.0, 2.0, 2.0), (2.5, 2.0, 4.0), (2.0, 2.0, None), (2.0, 2.1, None)],
)
def test_throughput_marginal_rate(
    full: float, half: float, expected: float | None, tmp_path: Path
) -> None:
    result = Result(_corpus(tmp_path), "unspin", full, half, None, None)
    assert result.marginal_kbps == expected


def _done(stdout: str = "", stderr: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.CompletedProcess([], 1, stdout, stderr)


@pytest.mark.parametrize(
    ("tool", "done", "expected"),
    [
        (
            "unspin",
            _done(
                '{"findings": [{}, {}], "document_findings": []}\n'
                '{"findings": [], "document_findings": [{}]}\n'
                '{"findings": [], "document_findings": []}\n'
            ),
            (2, 2),
        ),
        ("unspin", _done(""), (None, None)),
        ("unspin", _done("not json\n"), (None, None)),
        (
            "alex",
            _done(
                stderr="a/1.txt\n  1:1-1:5  warning  `he` may be insensitive\n\n"
                "a/2.txt\n  2:1-2:3  warning  x\n  3:1-3:3  warning  y\n\n⚠ 3 warnings\n"
            ),
            (2, 3),
        ),
        ("alex", _done(stderr=""), (0, 0)),
    ],
)
def test_throughput_counts_findings(
    tool: str, done: subprocess.CompletedProcess[str], expected: tuple[int | None, int | None]
) -> None:
    assert count_findings(tool, done) == expected


def test_throughput_report_marks_placeholder_and_targets(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    report = Report(
        command="cat",
        runs=3,
        results=[Result(corpus, "unspin", 1.2, 1.0, 1, 2), Result(corpus, "alex", 3.0, 2.0, 4, 9)],
        startup={"unspin, one raid sentence": 3.0, "alex, one raid sentence": 0.7},
        latency={"raid story, 800 words": "12.5"},
        versions={},
        machine={"cores": "2"},
        alex_argv="node alex",
    )
    text = render_markdown(report)
    assert "**Placeholder run" in text
    assert "| (a) test | 4 | 4 KB | unspin | 1.20 | 1.00 | 10 | 5.0× | 1 | 2 |" in text
    assert "| (a) raid stories: unspin/alex marginal throughput | ≥ 2× | 5.0× | yes |" in text
    assert (
        "| start-up, `unspin check` on one tiny file (one raid sentence) | ≤ 2.5 s | 3.00 s | **no** |"
        in text
    )
    assert "| median latency, one 800-word raid story, warm | ≤ 40 ms | 12.50 ms | yes |" in text
    assert "- cores: 2" in text


def test_throughput_report_marks_reduced_run(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    report = Report(
        command="unspin check --format json",
        runs=1,
        results=[Result(corpus, "unspin", 1.2, 1.0, 1, 2)],
        startup={},
        latency={"error": "RuntimeError: no parser"},
        versions={},
        machine={},
        alex_argv="node alex",
        reduced="--raid-n 20 --runs 1",
    )
    text = render_markdown(report)
    assert "**Reduced development run (`--raid-n 20 --runs 1`)" in text
    assert "Placeholder" not in text
    assert "- not measured: RuntimeError: no parser" in text
    assert "| (a) raid stories: unspin/alex marginal throughput | ≥ 2× | n/a | n/a |" in text
