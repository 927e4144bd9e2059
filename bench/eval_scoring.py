"""Scoring predicted findings against the gold of the ``unspin check`` evaluation set.

A predicted span matches a gold span of the same rule when the two overlap; each gold span
and each prediction is used at most once (pairs with the largest overlap are taken first).
Document findings match by rule. Nothing here needs the language model.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from bench.eval_data import CLEAN_KINDS, DOCUMENT_RULES, SPAN_RULES, EvalItem


@dataclass(frozen=True)
class Span:
    """A finding reduced to what scoring needs (gold or predicted)."""

    rule: str
    start: int
    end: int
    text: str = ""
    quoted: bool = False

    def overlap(self, other: Span) -> int:
        return min(self.end, other.end) - max(self.start, other.start)


@dataclass(frozen=True)
class Prediction:
    """What the checker returned for one item."""

    spans: tuple[Span, ...]
    document_rules: frozenset[str]


@dataclass(frozen=True)
class SpanMatch:
    pairs: tuple[tuple[Span, Span], ...]  # (gold, predicted)
    false_positives: tuple[Span, ...]
    misses: tuple[Span, ...]


def match_spans(gold: Sequence[Span], predicted: Sequence[Span]) -> SpanMatch:
    """Pair predictions with gold spans of the same rule that they overlap."""
    candidates = [
        (g.overlap(p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(predicted)
        if g.rule == p.rule and g.overlap(p) > 0
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_pred:
            used_gold.add(gi)
            used_pred.add(pi)
            pairs.append((gi, pi))
    pairs.sort()
    return SpanMatch(
        pairs=tuple((gold[gi], predicted[pi]) for gi, pi in pairs),
        false_positives=tuple(p for i, p in enumerate(predicted) if i not in used_pred),
        misses=tuple(g for i, g in enumerate(gold) if i not in used_gold),
    )


@dataclass
class RuleScore:
    """Counts for one rule; precision/recall are None when undefined (nothing to divide by)."""

    rule: str
    gold: int = 0
    predicted: int = 0
    tp: int = 0
    exact: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def exact_rate(self) -> float | None:
        """Share of matches with identical offsets; None for document rules (no span)."""
        if self.rule in DOCUMENT_RULES or not self.tp:
            return None
        return self.exact / self.tp


@dataclass(frozen=True)
class Error:
    """A false positive (predicted, not in gold) or a miss (in gold, not predicted)."""

    item_id: str
    kind: str  # "false positive" | "miss"
    rule: str
    text: str


@dataclass
class Scores:
    rules: dict[str, RuleScore] = field(default_factory=dict)
    # kind -> (texts of that kind, findings produced on them)
    clean_kinds: dict[str, tuple[int, int]] = field(default_factory=dict)
    quoted_agree: int = 0
    quoted_pairs: int = 0
    errors: list[Error] = field(default_factory=list)

    def rule(self, rule: str) -> RuleScore:
        return self.rules.setdefault(rule, RuleScore(rule))

    def ordered(self) -> list[RuleScore]:
        """Span rules, then document rules, in taxonomy order; unknown rules last."""
        order = {r: i for i, r in enumerate(SPAN_RULES + DOCUMENT_RULES)}
        return sorted(self.rules.values(), key=lambda s: (order.get(s.rule, len(order)), s.rule))


def gold_spans(item: EvalItem) -> tuple[Span, ...]:
    return tuple(Span(g.rule, g.start, g.end, g.text, g.quoted) for g in item.spans)


def score(results: Iterable[tuple[EvalItem, Prediction]]) -> Scores:
    """Score every item's prediction against its gold."""
    scores = Scores()
    for rule in SPAN_RULES + DOCUMENT_RULES:
        scores.rule(rule)
    for item, pred in results:
        _score_spans(scores, item, pred)
        _score_documents(scores, item, pred)
        if item.kind in CLEAN_KINDS:
            texts, found = scores.clean_kinds.get(item.kind, (0, 0))
            produced = len(pred.spans) + len(pred.document_rules)
            scores.clean_kinds[item.kind] = (texts + 1, found + produced)
    for kind in CLEAN_KINDS:
        scores.clean_kinds.setdefault(kind, (0, 0))
    return scores


def _score_spans(scores: Scores, item: EvalItem, pred: Prediction) -> None:
    gold = gold_spans(item)
    match = match_spans(gold, pred.spans)
    for g in gold:
        scores.rule(g.rule).gold += 1
    for p in pred.spans:
        scores.rule(p.rule).predicted += 1
    for g, p in match.pairs:
        s = scores.rule(g.rule)
        s.tp += 1
        s.exact += (g.start, g.end) == (p.start, p.end)
        scores.quoted_pairs += 1
        scores.quoted_agree += g.quoted == p.quoted
    scores.errors.extend(
        Error(item.id, "false positive", p.rule, p.text) for p in match.false_positives
    )
    scores.errors.extend(Error(item.id, "miss", g.rule, g.text) for g in match.misses)


def _score_documents(scores: Scores, item: EvalItem, pred: Prediction) -> None:
    for rule in sorted(item.document_rules | pred.document_rules):
        s = scores.rule(rule)
        in_gold, in_pred = rule in item.document_rules, rule in pred.document_rules
        s.gold += in_gold
        s.predicted += in_pred
        s.tp += in_gold and in_pred
        if in_pred and not in_gold:
            scores.errors.append(Error(item.id, "false positive", rule, "(document)"))
        elif in_gold and not in_pred:
            scores.errors.append(Error(item.id, "miss", rule, "(document)"))
