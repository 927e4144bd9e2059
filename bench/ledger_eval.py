"""python -m bench.ledger_eval [--write]: accuracy of `unspin ledger` and `unspin name`.

Ledger: exact match per field against tests/eval/ledger_eval.yml (lists compared as sets,
case-insensitive), and the number of invented values (a value where gold is null or an item
gold does not list; must be 0). Name: per-harm precision and recall against
tests/eval/harms_eval.yml, a prediction counting only when harm id and actor type both
match. ``--write`` replaces the section between ``<!-- eval:ledger:start -->`` and
``<!-- eval:ledger:end -->`` in docs/benchmarks.md and leaves the rest of the file alone.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bench.machine import as_markdown, machine_info
from bench.sections import replace_marked

ROOT = Path(__file__).resolve().parents[1]
LEDGER_SET = ROOT / "tests" / "eval" / "ledger_eval.yml"
HARMS_SET = ROOT / "tests" / "eval" / "harms_eval.yml"
HELD_OUT = (
    ("held-out 1", ROOT / "tests" / "eval" / "ledger_holdout.yml",
     ROOT / "tests" / "eval" / "harms_holdout.yml"),
    ("held-out 2", ROOT / "tests" / "eval" / "ledger_blind2.yml",
     ROOT / "tests" / "eval" / "harms_blind2.yml"),
)  # fmt: skip
# The first run of the extractor on each held-out set, before any change it prompted
# (recorded by hand when the run happened; these sets were then used to fix general gaps, so
# later runs on them are no longer blind).
FIRST_RUNS = (
    ("held-out 1", 15, 0.898, 1, 24, 0.94, 0.58),
    ("held-out 2", 10, 0.958, 1, 16, 0.82, 0.53),
)
BENCHMARKS_MD = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- eval:ledger:start -->", "<!-- eval:ledger:end -->"

KINDS = ("trafficking", "prostitution-related", "immigration", "money-laundering", "other")
SCALARS = ("operation", "date", "claimed_rescued", "arrested", "immigration_actions",
           "outcome_reported")  # fmt: skip
LISTS = ("agencies", "places", "seized")
FIELDS = (
    "operation", "agencies", "places", "date", "claimed_rescued", "arrested",
    *(f"charged.{k}" for k in KINDS), "immigration_actions", "seized",
    *(f"convictions.{k}" for k in KINDS), "outcome_reported",
)  # fmt: skip
HARM_IDS = (
    "police-violence", "raid-arrest-charge", "immigration-enforcement", "surveillance",
    "seizure", "intimate-partner-violence", "wage-theft", "unsafe-conditions",
    "workplace-discrimination", "client-violence", "forced-labour", "other-harm",
)  # fmt: skip


@dataclass
class LedgerScore:
    texts: int = 0
    correct: Counter[str] = field(default_factory=Counter)
    invented: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def accuracy(self, name: str) -> float:
        return self.correct[name] / self.texts if self.texts else 0.0

    def overall(self) -> float:
        total = self.texts * len(FIELDS)
        return sum(self.correct.values()) / total if total else 0.0


@dataclass
class HarmScore:
    items: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def precision(self, harm: str | None = None) -> float:
        tp = self.tp[harm] if harm else sum(self.tp.values())
        fp = self.fp[harm] if harm else sum(self.fp.values())
        return tp / (tp + fp) if tp + fp else 1.0

    def recall(self, harm: str | None = None) -> float:
        tp = self.tp[harm] if harm else sum(self.tp.values())
        fn = self.fn[harm] if harm else sum(self.fn.values())
        return tp / (tp + fn) if tp + fn else 1.0


def _gold_value(gold: dict[str, Any], name: str) -> Any:
    if "." in name:
        group, kind = name.split(".")
        return (gold.get(group) or {}).get(kind)
    if name in LISTS:
        return [str(v) for v in gold.get(name) or []]
    value = gold.get(name)
    return str(value) if name in ("operation", "date") and value is not None else value


def _got_value(result: dict[str, Any], name: str) -> Any:
    if "." in name:
        group, kind = name.split(".")
        return result[group][kind]["value"]
    if name in LISTS:
        return [m["text"] for m in result[name]]
    return result[name]["value"]


def _norm(values: list[str]) -> set[str]:
    return {v.lower() for v in values}


def score_ledger(items: list[dict[str, Any]]) -> LedgerScore:
    from unspin.api import ledger

    score = LedgerScore()
    for item in items:
        start = time.perf_counter()
        result = ledger(item["text"]).to_dict()
        score.seconds += time.perf_counter() - start
        score.texts += 1
        gold = item.get("gold") or {}
        for name in FIELDS:
            want, got = _gold_value(gold, name), _got_value(result, name)
            if name in LISTS:
                ok = _norm(want) == _norm(got)
                extra = _norm(got) - _norm(want)
                if extra:
                    score.invented.append(f"{item['id']} {name}: {sorted(extra)}")
            else:
                ok = want == got
                if want is None and got is not None:
                    score.invented.append(f"{item['id']} {name}: {got!r}")
            if ok:
                score.correct[name] += 1
            else:
                score.misses.append(f"{item['id']} {name}: gold {want!r}, got {got!r}")
    return score


def score_harms(items: list[dict[str, Any]]) -> HarmScore:
    from unspin.api import name_harms

    score = HarmScore()
    for item in items:
        start = time.perf_counter()
        result = name_harms(item["text"]).to_dict()
        score.seconds += time.perf_counter() - start
        score.items += 1
        gold = {(h, a) for h, a in item.get("harms") or []}
        got = {(h["harm"], h["actor"]["type"]) for h in result["harms"]}
        for harm, _actor in got & gold:
            score.tp[harm] += 1
        for harm, actor in got - gold:
            score.fp[harm] += 1
            score.errors.append(f"{item['id']}: extra {harm} ({actor})")
        for harm, actor in gold - got:
            score.fn[harm] += 1
            score.errors.append(f"{item['id']}: missed {harm} ({actor})")
    return score


def report(
    ledger_score: LedgerScore,
    harm_score: HarmScore,
    held: list[tuple[str, LedgerScore, HarmScore]],
) -> str:
    lines = [
        "## Ledger and name: accuracy on the labelled sets",
        "",
        "Produced by `python -m bench.ledger_eval --write`. Sets: "
        f"`tests/eval/ledger_eval.yml` ({ledger_score.texts} texts, US, Canadian, UK and "
        f"Australian news and press releases) and `tests/eval/harms_eval.yml` "
        f"({harm_score.items} accounts), written for this project before the extractor. "
        "The extractor was developed against them, so these figures are an upper bound; the "
        "first runs on the held-out sets below are the honest estimate for new texts.",
        "",
        "### `unspin ledger`: exact match per field",
        "",
        "| field | accuracy |",
        "|---|---:|",
    ]
    lines += [f"| {name} | {ledger_score.accuracy(name):.3f} |" for name in FIELDS]
    lines += [
        f"| **all fields** | **{ledger_score.overall():.3f}** |",
        "",
        f"Invented values (a value where the gold is null, or an item the gold does not "
        f"list): **{len(ledger_score.invented)}**.",
        "",
        "### `unspin name`: per harm (a prediction counts when harm and actor type match)",
        "",
        "| harm | precision | recall | gold labels |",
        "|---|---:|---:|---:|",
    ]
    for harm in HARM_IDS:
        support = harm_score.tp[harm] + harm_score.fn[harm]
        lines.append(f"| {harm} | {harm_score.precision(harm):.2f} | "
                     f"{harm_score.recall(harm):.2f} | {support} |")  # fmt: skip
    lines += [
        f"| **all harms** | **{harm_score.precision():.2f}** | **{harm_score.recall():.2f}** | "
        f"{sum(harm_score.tp.values()) + sum(harm_score.fn.values())} |",
        "",
        "### Held-out sets",
        "",
        "Two more sets were written after the extractor and committed before it was run on "
        "them. Their first run is the honest measure of how the figures above carry to new "
        "texts; the errors it showed were then fixed in general form (vocabulary, pronouns, "
        "objects taken for actors), so the current figures on them are no longer blind.",
        "",
        "| set | ledger texts | field accuracy, first run | invented, first run | "
        "accounts | name P / R, first run | field accuracy now | invented now | name P / R now |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {name} | {lt} | {acc:.3f} | {inv} | {hn} | {p:.2f} / {r:.2f} | "
            f"{ls.overall():.3f} | {len(ls.invented)} | {hs.precision():.2f} / {hs.recall():.2f} |"
            for (name, lt, acc, inv, hn, p, r), (_, ls, hs) in zip(FIRST_RUNS, held, strict=True)
        ),
        "",
        "### Targets (issue 3, on the labelled sets)",
        "",
        "| measure | target | measured | met |",
        "|---|---|---|---|",
        _target("ledger field accuracy", "≥ 0.95", ledger_score.overall(), 0.95),
        f"| invented values | 0 | {len(ledger_score.invented)} | "
        f"{'yes' if not ledger_score.invented else '**no**'} |",
        _target("harm precision (all)", "≥ 0.9", harm_score.precision(), 0.9),
        _target("harm recall (all)", "≥ 0.9", harm_score.recall(), 0.9),
        "",
        f"Time: ledger {1000 * ledger_score.seconds / max(ledger_score.texts, 1):.1f} ms per "
        f"text, name {1000 * harm_score.seconds / max(harm_score.items, 1):.1f} ms per "
        "account (patterns only: no language pipeline is loaded; the first call compiles the "
        "lexicons).",
        "",
        "### Machine",
        "",
        as_markdown(machine_info()),
    ]
    return "\n".join(lines)


def _target(name: str, target: str, value: float, bar: float) -> str:
    return f"| {name} | {target} | {value:.3f} | {'yes' if value >= bar else '**no**'} |"


def write_section(body: str, path: Path = BENCHMARKS_MD) -> None:
    replace_marked(START, END, body, path)


def main(write: bool = False, *, verbose: bool = False) -> int:
    ledger_items = yaml.safe_load(LEDGER_SET.read_text(encoding="utf-8"))
    harm_items = yaml.safe_load(HARMS_SET.read_text(encoding="utf-8"))
    ledger_score = score_ledger(ledger_items)
    harm_score = score_harms(harm_items)
    held = [
        (name, score_ledger(yaml.safe_load(lp.read_text(encoding="utf-8"))),
         score_harms(yaml.safe_load(hp.read_text(encoding="utf-8"))))
        for name, lp, hp in HELD_OUT
    ]  # fmt: skip
    body = report(ledger_score, harm_score, held)
    print(body)
    if verbose:
        for name, lines in (
            ("ledger misses", ledger_score.misses + [m for _, ls, _ in held for m in ls.misses]),
            ("invented", ledger_score.invented + [m for _, ls, _ in held for m in ls.invented]),
            ("harm errors", harm_score.errors + [e for _, _, hs in held for e in hs.errors]),
        ):
            print("\n".join(["", f"{name}:", *lines]))
    if write:
        write_section(body)
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="update docs/benchmarks.md")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    raise SystemExit(main(args.write, verbose=args.verbose))
