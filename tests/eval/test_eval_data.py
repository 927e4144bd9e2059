"""The labelled evaluation sets for `unspin check` are well formed (no model needed).

Per-item checks run on every set (the development set, the held-out set and the second
development set); coverage checks have their own thresholds for each.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import lxml.html
import pytest
import yaml

from bench.eval_data import (
    CHECK_EVAL_PATH,
    CHECK_HOLDOUT_PATH,
    CLEAN_KINDS,
    DOCUMENT_RULES,
    KINDS,
    SPAN_RULES,
    EvalDataError,
    EvalItem,
    load_items,
    locate,
    parse_items,
)

ROOT = Path(__file__).resolve().parents[2]
# A second development set, written later with the same schema and conventions.
CHECK_DEV2_PATH = ROOT / "tests" / "eval" / "check_dev2.yml"
# A third development set: movement, smuggling, explainers, saviour and captivity wording.
CHECK_DEV3_PATH = ROOT / "tests" / "eval" / "check_dev3.yml"
ITEMS = load_items()
HOLDOUT = load_items(CHECK_HOLDOUT_PATH)
DEV2 = load_items(CHECK_DEV2_PATH)
DEV3 = load_items(CHECK_DEV3_PATH)
EVERY = ITEMS + HOLDOUT + DEV2 + DEV3
MIN_POSITIVES = 8
# The bundled examples are longer than the short texts of the set.
WORDS = {"": (40, 250), "example-": (40, 450)}


def _words(item: EvalItem) -> tuple[int, int]:
    return WORDS["example-"] if item.id.startswith("example-") else WORDS[""]


def test_eval_data_ids_unique_and_enough_items() -> None:
    ids = [i.id for i in ITEMS]
    assert len(ids) == len(set(ids))
    assert len(ITEMS) >= 90


@pytest.mark.parametrize(
    "path",
    [CHECK_EVAL_PATH, CHECK_HOLDOUT_PATH, CHECK_DEV2_PATH, CHECK_DEV3_PATH],
    ids=lambda p: p.name,
)
def test_eval_data_rule_ids_and_kinds_are_known(path: Path) -> None:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    for entry in raw:
        assert entry["kind"] in KINDS, entry["id"]
        assert all(f["rule"] in SPAN_RULES for f in entry["findings"]), entry["id"]
        assert all(r in DOCUMENT_RULES for r in entry["document_findings"]), entry["id"]


@pytest.mark.parametrize("item", EVERY, ids=lambda i: i.id)
def test_eval_data_spans_point_at_their_text(item: EvalItem) -> None:
    for span in item.spans:
        assert item.text[span.start : span.end] == span.text


@pytest.mark.parametrize("item", EVERY, ids=lambda i: i.id)
def test_eval_data_word_count_in_range(item: EvalItem) -> None:
    low, high = _words(item)
    assert low <= len(item.text.split()) <= high


@pytest.mark.parametrize("item", [i for i in EVERY if i.kind in CLEAN_KINDS], ids=lambda i: i.id)
def test_eval_data_clean_kinds_have_no_findings(item: EvalItem) -> None:
    assert item.spans == ()
    assert item.document_rules == frozenset()


@pytest.mark.parametrize("rule", SPAN_RULES)
def test_eval_data_each_span_rule_has_enough_positives(rule: str) -> None:
    spans = [(i.id, s) for i in ITEMS for s in i.spans if s.rule == rule]
    assert len(spans) >= MIN_POSITIVES
    assert len({item_id for item_id, _ in spans}) >= 5  # spread over different texts
    assert len({s.text.lower() for _, s in spans}) >= 5  # and different wordings


@pytest.mark.parametrize("rule", DOCUMENT_RULES)
def test_eval_data_document_rules_have_positives_and_negatives(rule: str) -> None:
    positives = [i for i in ITEMS if rule in i.document_rules]
    flagged_kinds = ("raid-story", "press-release", "ngo-release", "opinion")
    negatives = [i for i in ITEMS if rule not in i.document_rules and i.kind in flagged_kinds]
    assert len(positives) >= 8
    assert len(negatives) >= 8


def test_eval_data_missing_outcome_implies_a_rescue_claim() -> None:
    for item in EVERY:
        if "missing-outcome" in item.document_rules:
            assert any(s.rule in ("rescue-frame", "saviour-frame") for s in item.spans), item.id


def test_eval_data_quoted_findings_present() -> None:
    assert sum(s.quoted for i in ITEMS for s in i.spans) >= 10


def test_eval_data_share_of_clean_texts() -> None:
    clean = [i for i in ITEMS if not i.spans and not i.document_rules]
    assert 0.35 <= len(clean) / len(ITEMS) <= 0.55
    assert set(Counter(i.kind for i in ITEMS)) == set(KINDS)


def _markdown_text(path: Path) -> str:
    text = re.sub(r"^# ", "", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return text.replace("*", "")


def _html_text(path: Path) -> str:
    article = lxml.html.parse(str(path)).getroot().xpath("//article")[0]
    return "\n\n".join(e.text_content().strip() for e in article.xpath(".//h1|.//p")) + "\n"


EXAMPLES = {
    "example-raid-story": _markdown_text(ROOT / "examples" / "raid-story.md"),
    "example-press-release": (ROOT / "examples" / "press-release.txt").read_text(encoding="utf-8"),
    "example-accurate-report": _markdown_text(ROOT / "examples" / "accurate-report.md"),
    "example-fire-rescue": (ROOT / "examples" / "fire-rescue.txt").read_text(encoding="utf-8"),
    "example-survivor-account": _markdown_text(ROOT / "examples" / "survivor-account.md"),
    "example-article": _html_text(ROOT / "examples" / "article.html"),
}


@pytest.mark.parametrize("item_id", sorted(EXAMPLES))
def test_eval_data_examples_copy_the_bundled_files(item_id: str) -> None:
    by_id = {i.id: i for i in ITEMS}
    assert by_id[item_id].text == EXAMPLES[item_id]


@pytest.mark.parametrize(
    ("text", "span", "occurrence", "expected"),
    [
        ("police rescued 26 women", "rescued", None, 7),
        ("a bust, then a bust", "bust", 2, 15),
        ("aaa", "aa", 2, 1),
    ],
)
def test_eval_data_locate_finds_the_stated_occurrence(
    text: str, span: str, occurrence: int | None, expected: int
) -> None:
    assert locate(text, span, occurrence) == expected


GOOD = {
    "id": "a-1",
    "kind": "accurate",
    "text": "police rescued 26 women",
    "findings": [],
    "document_findings": [],
}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"id": "Bad Id"}, "kebab-case"),
        ({"kind": "news"}, "unknown kind 'news'"),
        ({"findings": [{"rule": "rescue", "span": "rescued"}]}, "unknown span rule 'rescue'"),
        ({"findings": [{"rule": "rescue-frame", "span": "freed"}]}, "does not occur"),
        (
            {"text": "freed, freed", "findings": [{"rule": "rescue-frame", "span": "freed"}]},
            "state its occurrence",
        ),
        ({"findings": [{"rule": "rescue-frame", "span": "rescued", "occurrence": 2}]}, "not 2"),
        (
            {"findings": [{"rule": "rescue-frame", "span": "rescued", "quote": True}]},
            "unknown keys",
        ),
        ({"document_findings": ["missing-outcomes"]}, "bad document_findings"),
        (
            {
                "findings": [
                    {"rule": "rescue-frame", "span": "rescued"},
                    {"rule": "rescue-frame", "span": "rescued 26"},
                ]
            },
            "overlapping gold spans",
        ),
    ],
)
def test_eval_data_rejects_bad_items(change: dict[str, object], message: str) -> None:
    with pytest.raises(EvalDataError, match=re.escape(message)):
        parse_items([{**GOOD, **change}])


def test_eval_data_rejects_duplicate_ids() -> None:
    with pytest.raises(EvalDataError, match="a-1: duplicate id"):
        parse_items([GOOD, GOOD])


# The held-out set (tests/eval/check_holdout.yml): smaller, so lower thresholds.


def test_eval_data_holdout_ids_distinct_and_enough_items() -> None:
    ids = [i.id for i in HOLDOUT]
    assert len(HOLDOUT) >= 60
    assert all(i.startswith("ho-") for i in ids)
    assert not set(ids) & {i.id for i in ITEMS}


@pytest.mark.parametrize("rule", SPAN_RULES)
def test_eval_data_holdout_each_span_rule_has_positives(rule: str) -> None:
    spans = [(i.id, s) for i in HOLDOUT for s in i.spans if s.rule == rule]
    assert len(spans) >= 4
    assert len({item_id for item_id, _ in spans}) >= 3


@pytest.mark.parametrize("rule", DOCUMENT_RULES)
def test_eval_data_holdout_document_rules_have_positives_and_negatives(rule: str) -> None:
    flagged_kinds = ("raid-story", "press-release", "ngo-release", "opinion")
    assert sum(rule in i.document_rules for i in HOLDOUT) >= 4
    assert sum(rule not in i.document_rules and i.kind in flagged_kinds for i in HOLDOUT) >= 4


def test_eval_data_holdout_share_of_clean_texts_and_kinds() -> None:
    clean = [i for i in HOLDOUT if not i.spans and not i.document_rules]
    assert 0.35 <= len(clean) / len(HOLDOUT) <= 0.55
    assert set(Counter(i.kind for i in HOLDOUT)) == set(KINDS)
    assert sum(s.quoted for i in HOLDOUT for s in i.spans) >= 10


def _runs(text: str, n: int = 10) -> set[tuple[str, ...]]:
    words = re.findall(r"[\w'’-]+", text.lower())
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_eval_data_holdout_shares_no_passage_with_development_set() -> None:
    development = set().union(*(_runs(i.text) for i in ITEMS))
    assert [i.id for i in HOLDOUT if _runs(i.text) & development] == []


# The second development set (tests/eval/check_dev2.yml): the development set's thresholds.


def test_eval_data_dev2_ids_distinct_and_enough_items() -> None:
    ids = [i.id for i in DEV2]
    assert len(DEV2) >= 80
    assert all(i.startswith("d2-") for i in ids)
    assert not set(ids) & {i.id for i in ITEMS + HOLDOUT}


@pytest.mark.parametrize("rule", SPAN_RULES)
def test_eval_data_dev2_each_span_rule_has_enough_positives(rule: str) -> None:
    spans = [(i.id, s) for i in DEV2 for s in i.spans if s.rule == rule]
    assert len(spans) >= MIN_POSITIVES
    assert len({item_id for item_id, _ in spans}) >= 5
    assert len({s.text.lower() for _, s in spans}) >= 5


@pytest.mark.parametrize("rule", DOCUMENT_RULES)
def test_eval_data_dev2_document_rules_have_positives_and_negatives(rule: str) -> None:
    flagged_kinds = ("raid-story", "press-release", "ngo-release", "opinion")
    assert sum(rule in i.document_rules for i in DEV2) >= 8
    assert sum(rule not in i.document_rules and i.kind in flagged_kinds for i in DEV2) >= 8


def test_eval_data_dev2_share_of_clean_texts_and_kinds() -> None:
    clean = [i for i in DEV2 if not i.spans and not i.document_rules]
    assert 0.35 <= len(clean) / len(DEV2) <= 0.55
    assert set(Counter(i.kind for i in DEV2)) == set(KINDS)
    assert sum(s.quoted for i in DEV2 for s in i.spans) >= 10


def test_eval_data_dev2_shares_no_passage_with_other_sets() -> None:
    others = set().union(*(_runs(i.text) for i in ITEMS + HOLDOUT))
    assert [i.id for i in DEV2 if _runs(i.text) & others] == []


# The third development set (tests/eval/check_dev3.yml): a focused set, so thresholds for the
# rules and kinds it concentrates on rather than for every rule.
DEV3_MIN_POSITIVES = {"forced-movement-frame": 10, "saviour-frame": 8, "captivity-frame": 6}
DEV3_MIN_CLEAN = {
    "accurate": 8,
    "legal-trap": 4,
    "definition": 8,
    "drug-arms-trafficking": 5,
    "non-state-rescue": 3,
}


def test_eval_data_dev3_ids_distinct_and_enough_items() -> None:
    ids = [i.id for i in DEV3]
    assert len(DEV3) >= 50
    assert all(i.startswith("d3-") for i in ids)
    assert not set(ids) & {i.id for i in ITEMS + HOLDOUT + DEV2}


@pytest.mark.parametrize("item", DEV3, ids=lambda i: i.id)
def test_eval_data_dev3_word_count_in_range(item: EvalItem) -> None:
    assert 40 <= len(item.text.split()) <= 200


@pytest.mark.parametrize(("rule", "minimum"), sorted(DEV3_MIN_POSITIVES.items()))
def test_eval_data_dev3_focus_rules_have_enough_positives(rule: str, minimum: int) -> None:
    spans = [(i.id, s) for i in DEV3 for s in i.spans if s.rule == rule]
    assert len({item_id for item_id, _ in spans}) >= minimum
    assert len({s.text.lower() for _, s in spans}) >= minimum


@pytest.mark.parametrize(("kind", "minimum"), sorted(DEV3_MIN_CLEAN.items()))
def test_eval_data_dev3_clean_kinds_have_enough_items(kind: str, minimum: int) -> None:
    assert sum(i.kind == kind for i in DEV3) >= minimum


def test_eval_data_dev3_shares_no_passage_with_development_sets() -> None:
    others = set().union(*(_runs(i.text) for i in ITEMS + DEV2))
    assert [i.id for i in DEV3 if _runs(i.text) & others] == []


def test_eval_data_dev3_shares_no_passage_with_holdout() -> None:
    # Only the ids of overlapping items are reported, never the shared words.
    held_out = set().union(*(_runs(i.text) for i in HOLDOUT))
    overlapping = [i.id for i in DEV3 if _runs(i.text) & held_out]
    assert not overlapping, f"dev3 items sharing a 10-word run with the held-out set: {overlapping}"
