"""Scoring of `python -m bench.eval` on hand-made predictions (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.eval import (
    END_MARK,
    START_MARK,
    clean_lines,
    cpu_model,
    render_markdown,
    render_text,
    replace_section,
    table_rows,
)
from bench.eval_data import EvalItem, GoldSpan
from bench.eval_scoring import Prediction, RuleScore, Scores, Span, match_spans, score

TEXT = "Police rescued 26 women in a human trafficking bust. The girls were freed."


def _gold(rule: str, text: str, quoted: bool = False) -> GoldSpan:
    start = TEXT.index(text)
    return GoldSpan(rule, start, start + len(text), text, quoted)


def _pred(rule: str, text: str, quoted: bool = False) -> Span:
    start = TEXT.index(text)
    return Span(rule, start, start + len(text), text, quoted)


RAID = EvalItem(
    id="raid-1",
    kind="raid-story",
    text=TEXT,
    spans=(
        _gold("rescue-frame", "Police rescued 26 women"),
        _gold("trafficking-conflation", "human trafficking bust"),
        _gold("passive-victim", "The girls"),
        _gold("rescue-frame", "The girls were freed"),
    ),
    document_rules=frozenset({"missing-outcome", "no-trafficking-charge"}),
)
FIRE = EvalItem("fire-1", "non-state-rescue", "Firefighters rescued two people.", (), frozenset())


@pytest.mark.parametrize(
    ("gold", "predicted", "pairs", "fps", "misses"),
    [
        # overlap with the same rule matches, even when the span differs
        ([Span("r", 0, 10)], [Span("r", 5, 20)], [(0, 0)], [], []),
        # touching is not overlapping
        ([Span("r", 0, 10)], [Span("r", 10, 20)], [], [0], [0]),
        # a different rule never matches
        ([Span("r", 0, 10)], [Span("s", 0, 10)], [], [0], [0]),
        # each gold span is used once: the second prediction is a false positive
        ([Span("r", 0, 10)], [Span("r", 0, 10), Span("r", 2, 8)], [(0, 0)], [1], []),
        # the larger overlap wins, the other gold span is then matched by the other prediction
        (
            [Span("r", 0, 10), Span("r", 12, 30)],
            [Span("r", 8, 28), Span("r", 0, 9)],
            [(0, 1), (1, 0)],
            [],
            [],
        ),
        ([], [], [], [], []),
    ],
)
def test_eval_scoring_match_spans(
    gold: list[Span],
    predicted: list[Span],
    pairs: list[tuple[int, int]],
    fps: list[int],
    misses: list[int],
) -> None:
    match = match_spans(gold, predicted)
    assert match.pairs == tuple((gold[g], predicted[p]) for g, p in pairs)
    assert match.false_positives == tuple(predicted[i] for i in fps)
    assert match.misses == tuple(gold[i] for i in misses)


def _scored() -> dict[str, RuleScore]:
    raid = Prediction(
        spans=(
            _pred("rescue-frame", "Police rescued 26 women"),  # exact
            _pred("trafficking-conflation", "trafficking bust"),  # overlap, not exact
            _pred("passive-victim", "26 women"),  # false positive
            _pred("rescue-frame", "were freed", quoted=True),  # overlap, quoted disagrees
        ),
        document_rules=frozenset({"missing-outcome"}),
    )
    fire = Prediction((Span("rescue-frame", 0, 20, "Firefighters rescued"),), frozenset())
    return score([(RAID, raid), (FIRE, fire)]).rules


@pytest.mark.parametrize(
    ("rule", "gold", "predicted", "tp", "precision", "recall", "exact_rate"),
    [
        ("rescue-frame", 2, 3, 2, 2 / 3, 1.0, 0.5),
        ("trafficking-conflation", 1, 1, 1, 1.0, 1.0, 0.0),
        ("passive-victim", 1, 1, 0, 0.0, 0.0, None),
        ("captivity-frame", 0, 0, 0, None, None, None),
        ("missing-outcome", 1, 1, 1, 1.0, 1.0, None),
        ("no-trafficking-charge", 1, 0, 0, None, 0.0, None),
    ],
)
def test_eval_scoring_counts_per_rule(
    rule: str,
    gold: int,
    predicted: int,
    tp: int,
    precision: float | None,
    recall: float | None,
    exact_rate: float | None,
) -> None:
    s = _scored()[rule]
    assert (s.gold, s.predicted, s.tp) == (gold, predicted, tp)
    assert (s.precision, s.recall, s.exact_rate) == (precision, recall, exact_rate)


def _full_scores() -> Scores:
    raid = Prediction((_pred("passive-victim", "26 women"),), frozenset({"missing-outcome"}))
    fire = Prediction((Span("rescue-frame", 0, 20, "Firefighters rescued"),), frozenset())
    return score([(RAID, raid), (FIRE, fire)])


def test_eval_scoring_errors_list_false_positives_and_misses() -> None:
    errors = {(e.item_id, e.kind, e.rule, e.text) for e in _full_scores().errors}
    assert errors == {
        ("raid-1", "false positive", "passive-victim", "26 women"),
        ("fire-1", "false positive", "rescue-frame", "Firefighters rescued"),
        ("raid-1", "miss", "rescue-frame", "Police rescued 26 women"),
        ("raid-1", "miss", "rescue-frame", "The girls were freed"),
        ("raid-1", "miss", "trafficking-conflation", "human trafficking bust"),
        ("raid-1", "miss", "passive-victim", "The girls"),
        ("raid-1", "miss", "no-trafficking-charge", "(document)"),
    }


def test_eval_scoring_clean_kinds_count_findings() -> None:
    scores = _full_scores()
    assert scores.clean_kinds["non-state-rescue"] == (1, 1)
    assert scores.clean_kinds["accurate"] == (0, 0)
    lines = clean_lines(scores)
    assert "non-state-rescue: 1 findings on 1 texts (target 0) MISS" in lines
    assert "accurate: 0 findings on 0 texts (target 0) ok" in lines


def test_eval_scoring_quoted_agreement() -> None:
    raid = Prediction((_pred("rescue-frame", "were freed", quoted=True),), frozenset())
    scores = score([(RAID, raid)])
    assert (scores.quoted_agree, scores.quoted_pairs) == (0, 1)


def test_eval_scoring_table_rows_order_and_format() -> None:
    rows = table_rows(_full_scores())
    assert rows[0] == ("rescue-frame", "2", "1", "0", "0.00", "0.00", "–")
    assert [r[0] for r in rows][-2:] == ["missing-outcome", "no-trafficking-charge"]
    assert rows[-2] == ("missing-outcome", "1", "1", "1", "1.00", "1.00", "–")


def test_eval_scoring_renderers_show_table_and_errors() -> None:
    scores = _full_scores()
    text = render_text(scores, 2, 0.5)
    assert "unspin check on 2 labelled texts" in text
    assert "fire-1  rescue-frame  'Firefighters rescued'" in text
    md = render_markdown(scores, 2, [("cores", "2")])
    assert "| rule | gold | predicted | TP | precision | recall | exact span |" in md
    assert "| rescue-frame | 2 | 1 | 0 | 0.00 | 0.00 | – |" in md
    assert md.endswith("- cores: 2")


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ("# Benchmarks\n", f"# Benchmarks\n\n{START_MARK}\nNEW\n{END_MARK}\n"),
        (
            f"# B\n\nbefore\n{START_MARK}\nOLD\n{END_MARK}\nafter\n",
            f"# B\n\nbefore\n{START_MARK}\nNEW\n{END_MARK}\nafter\n",
        ),
    ],
)
def test_eval_scoring_replace_section(document: str, expected: str) -> None:
    assert replace_section(document, "NEW\n") == expected


def test_eval_scoring_cpu_model_reads_cpuinfo(tmp_path: Path) -> None:
    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nmodel name\t: Test CPU @ 2.00GHz\n", encoding="utf-8")
    assert cpu_model(info) == "Test CPU @ 2.00GHz"
