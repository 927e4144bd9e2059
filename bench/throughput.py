"""python -m bench.throughput: `unspin check` against alex on the same files, side by side.

Generates (a) raid stories of ~800 words and (b) general news with 1% raid stories into
bench/out/throughput/, then measures for each tool, with wall-clock time around the process:

- marginal throughput: (bytes of the second half) / (time on the whole corpus - time on the first
  half), so start-up is counted apart; each time is the median of ``--runs`` runs;
- start-up: median of 5 runs on one tiny file;
- in-process latency of ``unspin.api.check`` on one ~800-word raid story and one ~800-word
  general-news story (warm, median of 50).

alex (npm ``alex@11``) is installed into bench/.alex on first use. The result is printed and
written to the ``throughput`` section of docs/benchmarks.md (``--no-write`` to skip).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from statistics import median

from bench.corpus import Article, generate
from bench.corpus.formats import write
from bench.machine import machine_info
from bench.sections import replace_section
from bench.throughput_report import DEFAULT_UNSPIN, Report, render_markdown

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out" / "throughput"
ALEX_DIR = ROOT / "bench" / ".alex"
ALEX_CLI = ALEX_DIR / "node_modules" / "alex" / "cli.js"
# Start-up files: one a prefilter dismisses, one that makes unspin load its parser.
TINY_TEXTS = {
    "no trigger": "The council met on Tuesday and agreed to repair the bridge.\n",
    "one raid sentence": "Police rescued three women in a raid on a spa on Tuesday.\n",
}


class BenchError(RuntimeError):
    """A tool failed in a way that makes its timings meaningless."""


@dataclass(frozen=True)
class Corpus:
    key: str  # "a" | "b"
    label: str
    files: tuple[Path, ...]
    half: tuple[Path, ...]  # the first half of ``files``

    @property
    def size(self) -> int:
        return sum(p.stat().st_size for p in self.files)

    @property
    def half_size(self) -> int:
        return sum(p.stat().st_size for p in self.half)


@dataclass(frozen=True)
class Tool:
    name: str
    argv: tuple[str, ...]
    env: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Result:
    corpus: Corpus
    tool: str
    full: float  # seconds, median
    half: float
    flagged: int | None  # files with at least one finding
    findings: int | None

    @property
    def marginal_kbps(self) -> float | None:
        extra = self.full - self.half
        if extra <= 0.01 * self.full:
            return None  # noise larger than the work: no honest figure
        return (self.corpus.size - self.corpus.half_size) / 1000 / extra


def build_corpora(raid_n: int, news_n: int) -> tuple[Corpus, Corpus, dict[str, Path]]:
    """Write both corpora and the tiny start-up files as .txt under bench/out/throughput/."""
    corpora = []
    for key, kind, n in (("a", "raid", raid_n), ("b", "news", news_n)):
        directory = OUT / kind
        if directory.exists():
            shutil.rmtree(directory)
        articles = list(generate(kind, n, 1.0 if kind == "raid" else 0.01, seed=0))
        files = tuple(write(articles, "txt", directory))
        raids = sum(a.relevant for a in articles)
        label = (
            f"(a) {n} raid stories, ~800 words"
            if kind == "raid"
            else f"(b) {n} general-news articles, {raids} of them raid stories"
        )
        corpora.append(Corpus(key, label, files, files[: len(files) // 2]))
    tiny = {}
    for i, (label, text) in enumerate(TINY_TEXTS.items()):
        tiny[label] = OUT / f"tiny-{i}.txt"
        tiny[label].write_text(text, encoding="utf-8")
    return corpora[0], corpora[1], tiny


def unspin_tool(command: str) -> Tool:
    argv = shlex.split(command)
    if argv and argv[0] == "unspin" and shutil.which("unspin") is None:
        beside_python = Path(sys.executable).parent / "unspin"
        if beside_python.exists():
            argv[0] = str(beside_python)
    return Tool("unspin", tuple(argv))


def alex_tool() -> Tool:
    """alex 11 from bench/.alex, installed there with npm on first use."""
    if not ALEX_CLI.exists():
        npm = ["npm", "install", "--prefix", str(ALEX_DIR), "alex@11", "--no-audit", "--no-fund"]
        print("installing alex:", " ".join(npm), file=sys.stderr)
        subprocess.run(npm, check=True, stdout=subprocess.DEVNULL)
    env = {"NO_UPDATE_NOTIFIER": "1", "FORCE_COLOR": "0"}
    return Tool("alex", ("node", str(ALEX_CLI), "--quiet"), env)


def run(tool: Tool, files: Sequence[Path]) -> tuple[float, subprocess.CompletedProcess[str]]:
    """Run ``tool`` on ``files``; wall-clock seconds and the finished process."""
    env = {**os.environ, **tool.env}
    argv = [*tool.argv, *map(str, files)]
    start = time.perf_counter()
    done = subprocess.run(argv, check=False, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - start
    if done.returncode not in (0, 1):
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise BenchError(f"{tool.name} exited {done.returncode}: {' | '.join(tail)}")
    return seconds, done


def measure(tools: Sequence[Tool], corpus: Corpus, runs: int) -> list[Result]:
    """Whole corpus and first half, ``runs`` times each, tools interleaved to share any noise."""
    times: dict[tuple[str, str], list[float]] = {}
    last: dict[str, subprocess.CompletedProcess[str]] = {}
    for _ in range(runs):
        for tool in tools:
            for part, files in (("full", corpus.files), ("half", corpus.half)):
                seconds, done = run(tool, files)
                times.setdefault((tool.name, part), []).append(seconds)
                if part == "full":
                    last[tool.name] = done
    return [
        Result(
            corpus,
            tool.name,
            median(times[tool.name, "full"]),
            median(times[tool.name, "half"]),
            *count_findings(tool.name, last[tool.name]),
        )
        for tool in tools
    ]


def count_findings(
    tool: str, done: subprocess.CompletedProcess[str]
) -> tuple[int | None, int | None]:
    """(files flagged, findings) from a tool's output; None when the output is not understood."""
    if tool == "alex":
        total = re.search(r"(\d+) (?:warnings?|messages?)", done.stderr)
        files = [ln for ln in done.stderr.splitlines() if ln.strip().endswith(".txt")]
        return len(files), int(total.group(1)) if total else 0
    flagged = findings = 0
    try:
        for line in done.stdout.splitlines():
            if line.strip():
                doc = json.loads(line)
                found = len(doc.get("findings", []))
                findings += found
                flagged += bool(found or doc.get("document_findings"))
    except (json.JSONDecodeError, AttributeError):
        return None, None
    if not done.stdout.strip():
        return None, None
    return flagged, findings


def startup(tools: Sequence[Tool], tiny: dict[str, Path], runs: int = 5) -> dict[str, float]:
    """Median seconds per (tool, tiny file): "unspin, one raid sentence" -> 1.2."""
    return {
        f"{tool.name}, {label}": median(run(tool, [path])[0] for _ in range(runs))
        for tool in tools
        for label, path in tiny.items()
    }


def latency_texts() -> dict[str, tuple[str, int]]:
    """One ~800-word raid story and one ~800-word news story that uses rescue words innocently."""
    raid = min(generate("raid", 20, seed=0), key=lambda a: abs(_words(a) - 800))
    news = min(
        (a for a in generate("news", 200, 0.0, seed=0, words=800) if "rescue" in a.text),
        key=lambda a: abs(_words(a) - 800),
    )
    return {
        "raid story": (f"{raid.title}\n\n{raid.text}", _words(raid)),
        "news story (innocent rescue words)": (f"{news.title}\n\n{news.text}", _words(news)),
    }


def latency(runs: int = 50) -> dict[str, str]:
    """Median warm latency of unspin.api.check per text, in ms (or the error that stopped it)."""
    try:
        from unspin.api import check

        out = {}
        for label, (text, words) in latency_texts().items():
            for _ in range(3):
                check(text)
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                check(text)
                samples.append(time.perf_counter() - start)
            out[f"{label}, {words} words"] = f"{median(samples) * 1000:.1f}"
        return out
    except Exception as exc:  # noqa: BLE001 - the benchmark reports what failed and goes on
        return {"error": f"{type(exc).__name__}: {exc}"}


def _words(a: Article) -> int:
    return len(a.text.split()) + len(a.title.split())


def tool_versions(unspin: Tool) -> dict[str, str]:
    alex_version = json.loads((ALEX_CLI.parent / "package.json").read_text())["version"]
    return {
        "unspin": _first_line([unspin.argv[0], "--version"]),
        "alex": f"alex {alex_version}, node {_first_line(['node', '--version'])}",
    }


def _first_line(argv: Sequence[str]) -> str:
    try:
        done = subprocess.run(argv, check=False, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    lines = (done.stdout + done.stderr).strip().splitlines()
    return lines[0] if lines and done.returncode == 0 else "unknown"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.throughput", description=__doc__)
    parser.add_argument("--raid-n", type=int, default=150, help="raid stories in corpus (a)")
    parser.add_argument("--news-n", type=int, default=600, help="articles in corpus (b)")
    parser.add_argument("--runs", type=int, default=3, help="runs per timing (median)")
    parser.add_argument(
        "--unspin-cmd",
        default=os.environ.get("UNSPIN_BENCH_CMD", DEFAULT_UNSPIN),
        help=f"command measured as unspin (default: {DEFAULT_UNSPIN!r}; env UNSPIN_BENCH_CMD)",
    )
    parser.add_argument("--no-write", action="store_true", help="print only")
    return parser.parse_args(argv)


def _reduced_flags(args: argparse.Namespace) -> str:
    flags = [
        f"--{name.replace('_', '-')} {value}"
        for name, value, full in (
            ("raid_n", args.raid_n, 150),
            ("news_n", args.news_n, 600),
            ("runs", args.runs, 3),
        )
        if value != full
    ]
    return " ".join(flags)


def main(write: bool = True, argv: Sequence[str] = ()) -> int:
    """Run the benchmark; ``argv`` takes the command-line flags (none: the full benchmark)."""
    args = parse_args(argv)
    info = machine_info()
    raid, news, tiny = build_corpora(args.raid_n, args.news_n)
    tools = [unspin_tool(args.unspin_cmd), alex_tool()]
    results = [r for corpus in (raid, news) for r in measure(tools, corpus, args.runs)]
    report = Report(
        command=args.unspin_cmd,
        runs=args.runs,
        results=results,
        startup=startup(tools, tiny),
        latency=latency(),
        versions=tool_versions(tools[0]),
        machine=info,
        reduced=_reduced_flags(args),
        alex_argv=" ".join(
            ["node", str(ALEX_CLI.relative_to(ROOT)), *tools[1].argv[2:], "FILE..."]
        ),
    )
    text = render_markdown(report)
    print(text)
    if write and not args.no_write:
        replace_section("throughput", text)
    return 0


if __name__ == "__main__":
    sys.exit(main(argv=sys.argv[1:]))
