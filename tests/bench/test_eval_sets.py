"""`python -m bench.eval` shows the development and held-out sets apart (no model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.eval import (
    DEVELOPMENT,
    DEVELOPMENT_2,
    DEVELOPMENT_3,
    HELD_OUT,
    EvalSet,
    SetResult,
    eval_sets,
    main,
    render_sets_markdown,
    render_text,
)
from bench.eval_data import CHECK_EVAL_PATH, CHECK_HOLDOUT_PATH, EvalItem
from bench.eval_scoring import Prediction, Span, score

ITEM = EvalItem("a-1", "non-state-rescue", "Firefighters rescued two people.", (), frozenset())
FALSE_POSITIVE = Prediction((Span("rescue-frame", 0, 20, "Firefighters rescued"),), frozenset())


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (None, [DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, HELD_OUT]),
        ([], [DEVELOPMENT, DEVELOPMENT_2, DEVELOPMENT_3, HELD_OUT]),
        ([CHECK_HOLDOUT_PATH], [HELD_OUT]),
        (
            [CHECK_EVAL_PATH, Path("x/other.yml")],
            [DEVELOPMENT, EvalSet("other.yml", Path("x/other.yml"))],
        ),
    ],
)
def test_eval_sets_default_and_given_files(
    paths: list[Path] | None, expected: list[EvalSet]
) -> None:
    assert eval_sets(paths) == expected


def test_eval_sets_labels_say_how_each_set_was_used() -> None:
    assert DEVELOPMENT.label == "development set: used while writing the rules"
    assert HELD_OUT.label == "held-out set: never seen by the rule authors"


@pytest.mark.parametrize(
    ("errors", "shown", "hidden"),
    [
        (True, "a-1  rescue-frame  'Firefighters rescued'", "(item-level errors not shown)"),
        (False, "(item-level errors not shown)", "Firefighters rescued"),
    ],
)
def test_eval_sets_render_text_label_and_errors(errors: bool, shown: str, hidden: str) -> None:
    text = render_text(score([(ITEM, FALSE_POSITIVE)]), 1, 0.5, HELD_OUT.label, errors=errors)
    assert text.startswith("Held-out set: never seen by the rule authors: unspin check on 1 ")
    assert shown in text
    assert hidden not in text


def test_eval_sets_markdown_has_one_labelled_table_per_set() -> None:
    scores = score([(ITEM, FALSE_POSITIVE)])
    md = render_sets_markdown(
        [SetResult(DEVELOPMENT, scores, 1), SetResult(HELD_OUT, scores, 1)], [("cores", "2")]
    )
    dev = md.index("### Development set: used while writing the rules")
    held = md.index("### Held-out set: never seen by the rule authors")
    assert dev < held
    assert "1 texts of `tests/eval/check_eval.yml`." in md[dev:held]
    assert "1 texts of `tests/eval/check_holdout.yml`." in md[held:]
    assert md.count("| rule | gold | predicted | TP | precision | recall | exact span |") == 2
    assert md.count("- non-state-rescue: 1 findings on 1 texts (target 0) MISS") == 2
    assert "Firefighters rescued" not in md
    assert md.endswith("- cores: 2")


def test_eval_sets_main_scores_both_sets_and_writes_one_section(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("bench.eval.predict", lambda item: Prediction((), frozenset()))
    docs = tmp_path / "benchmarks.md"
    docs.write_text("# Benchmarks\n\nintro\n", encoding="utf-8")
    assert main(["--write", "--docs", str(docs)]) == 0
    out = capsys.readouterr().out
    assert out.index("Development set: used while writing the rules: unspin check on ") < out.index(
        "Held-out set: never seen by the rule authors: unspin check on "
    )
    assert out.count("(item-level errors not shown)") == 1  # the held-out set's
    written = docs.read_text(encoding="utf-8")
    assert written.startswith("# Benchmarks\n\nintro\n\n<!-- eval:check:start -->\n")
    assert written.count("<!-- eval:check:start -->") == 1
    assert "### Held-out set: never seen by the rule authors" in written
