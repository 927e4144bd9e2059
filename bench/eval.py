"""Precision and recall of ``unspin check`` on the labelled evaluation sets.

    python -m bench.eval            # both sets: tables, clean-kind counts, development errors
    python -m bench.eval --write    # also replace the eval section of docs/benchmarks.md
    python -m bench.eval --data F   # only the set in F (repeatable)

Two sets, scored and shown separately: the development set ``tests/eval/check_eval.yml``
(used while writing the rules) and the held-out set ``tests/eval/check_holdout.yml`` (never
seen by the rule authors). The held-out set's item-level errors are printed only with
``--held-out-errors``, so that running the benchmark does not invite tuning against it.
Every item goes through ``unspin.api.check``; predicted findings are matched to gold by rule
and overlapping span (see ``bench.eval_scoring``).
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from bench.eval_data import (
    CHECK_EVAL_PATH,
    CHECK_HOLDOUT_PATH,
    CLEAN_KINDS,
    ROOT,
    EvalItem,
    load_items,
)
from bench.eval_scoring import Prediction, RuleScore, Scores, Span, score

BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"
START_MARK = "<!-- eval:check:start -->"
END_MARK = "<!-- eval:check:end -->"
HEADER = ("rule", "gold", "predicted", "TP", "precision", "recall", "exact span")


@dataclass(frozen=True)
class EvalSet:
    """A labelled file and how it was used."""

    label: str
    path: Path


DEVELOPMENT = EvalSet("development set: used while writing the rules", CHECK_EVAL_PATH)
DEVELOPMENT_2 = EvalSet(
    "second development set: written later by someone who never saw the rules; its first, "
    "blind run is recorded in the closing notes, then the rules were improved on it",
    CHECK_EVAL_PATH.with_name("check_dev2.yml"))
DEVELOPMENT_3 = EvalSet(
    "third development set: movement, praise, captivity, definitions and drug stories, "
    "written without seeing the rules; used to improve them",
    CHECK_EVAL_PATH.with_name("check_dev3.yml"))
HELD_OUT = EvalSet("held-out set: never seen by the rule authors", CHECK_HOLDOUT_PATH)


@dataclass(frozen=True)
class SetResult:
    eval_set: EvalSet
    scores: Scores
    n_items: int


def predict(item: EvalItem) -> Prediction:
    """Run the checker on one item's text."""
    from unspin.api import check

    result = check(item.text)
    spans = tuple(Span(f.rule, f.start, f.end, f.text, f.quoted) for f in result.findings)
    return Prediction(spans, frozenset(d.rule for d in result.document_findings))


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def table_rows(scores: Scores) -> list[tuple[str, ...]]:
    """One row per rule: rule, gold, predicted, TP, precision, recall, exact-span rate."""
    return [_row(s) for s in scores.ordered()]


def _row(s: RuleScore) -> tuple[str, ...]:
    return (
        s.rule,
        str(s.gold),
        str(s.predicted),
        str(s.tp),
        _fmt(s.precision),
        _fmt(s.recall),
        _fmt(s.exact_rate),
    )


def clean_lines(scores: Scores) -> list[str]:
    """A line per clean kind: findings produced on its texts (target 0)."""
    lines = []
    for kind in CLEAN_KINDS:
        texts, found = scores.clean_kinds[kind]
        mark = "ok" if found == 0 else "MISS"
        lines.append(f"{kind}: {found} findings on {texts} texts (target 0) {mark}")
    return lines


def quoted_line(scores: Scores) -> str:
    return f"quoted flag agrees with gold on {scores.quoted_agree} of {scores.quoted_pairs} matched spans"


def render_text(
    scores: Scores, n_items: int, seconds: float, label: str = "", errors: bool = True
) -> str:
    rows = [HEADER, *table_rows(scores)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    title = f"unspin check on {n_items} labelled texts ({seconds:.1f} s)"
    out = [f"{label.capitalize()}: {title}" if label else title, ""]
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(r[1:], widths[1:], strict=True)
        ]
        out.append("  ".join(cells))
    out += ["", quoted_line(scores), "", "Findings on texts that must be clean:"]
    out += ["  " + line for line in clean_lines(scores)]
    if not errors:
        return "\n".join(out + ["", "(item-level errors not shown)"]) + "\n"
    fps = [e for e in scores.errors if e.kind == "false positive"]
    misses = [e for e in scores.errors if e.kind == "miss"]
    out += ["", f"False positives ({len(fps)}):"]
    out += [f"  {e.item_id}  {e.rule}  {e.text!r}" for e in fps]
    out += ["", f"Misses ({len(misses)}):"]
    out += [f"  {e.item_id}  {e.rule}  {e.text!r}" for e in misses]
    return "\n".join(out) + "\n"


def render_markdown(scores: Scores, n_items: int, machine: Sequence[tuple[str, str]]) -> str:
    """The section for the development set alone."""
    return render_sets_markdown([SetResult(DEVELOPMENT, scores, n_items)], machine)


def render_sets_markdown(results: Sequence[SetResult], machine: Sequence[tuple[str, str]]) -> str:
    """One table per evaluation set, each under its label, then the machine."""
    lines = [
        "## Accuracy of `unspin check` on the labelled sets",
        "",
        (
            "`python -m bench.eval --write`. A prediction counts when its rule matches a gold "
            "span it overlaps (each gold span used once); document findings match by rule. "
            "Exact span: share of matches with identical offsets."
        ),
    ]
    for result in results:
        lines += ["", *_set_markdown(result)]
    lines += ["", "Run on:", ""] + [f"- {k}: {v}" for k, v in machine]
    return "\n".join(lines)


def _set_markdown(result: SetResult) -> list[str]:
    scores, source = result.scores, _relative(result.eval_set.path)
    lines = [
        f"### {result.eval_set.label.capitalize()}",
        "",
        f"{result.n_items} texts of `{source}`.",
        "",
        "| " + " | ".join(HEADER) + " |",
        "|" + "|".join(["---"] + ["---:"] * (len(HEADER) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in table_rows(scores)]
    lines += [
        "",
        quoted_line(scores).capitalize() + ".",
        "",
        "Findings on texts that must be clean:",
        "",
    ]
    return lines + [f"- {line}" for line in clean_lines(scores)]


def _relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def cpu_model(cpuinfo: Path = Path("/proc/cpuinfo")) -> str:
    try:
        for line in cpuinfo.read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> list[tuple[str, str]]:
    return [
        ("date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")),
        ("platform", platform.platform()),
        ("CPU", cpu_model()),
        ("cores", str(os.cpu_count())),
        ("Python", platform.python_version()),
    ]


def replace_section(document: str, body: str) -> str:
    """``document`` with the eval section replaced by ``body`` (appended when absent)."""
    block = f"{START_MARK}\n{body.strip()}\n{END_MARK}"
    i, j = document.find(START_MARK), document.find(END_MARK)
    if i >= 0 and j > i:
        return document[:i] + block + document[j + len(END_MARK) :]
    return document.rstrip("\n") + "\n\n" + block + "\n"


def write_section(body: str, path: Path = BENCHMARKS_MD) -> None:
    document = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(replace_section(document, body), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.eval", description="Score unspin check on the labelled sets."
    )
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument(
        "--data",
        type=Path,
        action="append",
        help="evaluation YAML file (repeatable); default: the development and held-out sets",
    )
    parser.add_argument(
        "--held-out-errors", action="store_true", help="also list the held-out set's errors"
    )
    parser.add_argument(
        "--docs", type=Path, default=BENCHMARKS_MD, help="Markdown file for --write"
    )
    args = parser.parse_args(argv)
    results: list[SetResult] = []
    for eval_set in eval_sets(args.data):
        items = load_items(eval_set.path)
        started = time.perf_counter()
        scores = score([(item, predict(item)) for item in items])
        seconds = time.perf_counter() - started
        show_errors = eval_set != HELD_OUT or args.held_out_errors
        text = render_text(scores, len(items), seconds, eval_set.label, errors=show_errors)
        sys.stdout.write(("\n" if results else "") + text)
        results.append(SetResult(eval_set, scores, len(items)))
    if args.write:
        write_section(render_sets_markdown(results, machine()), args.docs)
        print(f"wrote {args.docs}")
    return 0


def eval_sets(paths: Sequence[Path] | None) -> list[EvalSet]:
    """The sets to score: the given files (known ones keep their label), else both sets."""
    if not paths:
        return [DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, HELD_OUT]
    known = {s.path.resolve(): s for s in (DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, HELD_OUT)}
    return [known.get(p.resolve(), EvalSet(p.name, p)) for p in paths]


if __name__ == "__main__":
    raise SystemExit(main())
