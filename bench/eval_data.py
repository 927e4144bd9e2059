"""The labelled evaluation set for ``unspin check``: loading and validation.

The set lives in ``tests/eval/check_eval.yml``, a YAML list of items::

    - id: raid-us-tv-01                 # unique, kebab-case
      kind: raid-story                  # one of KINDS
      text: |
        ...
      findings:                         # gold spans, [] when nothing should be flagged
        - {rule: rescue-frame, span: "police rescued 26 women", quoted: false}
        - {rule: trafficking-conflation, span: "trafficking bust", occurrence: 2}
      document_findings: [missing-outcome]
      note: optional

A span is located by exact substring search; ``occurrence`` (1-based) says which
occurrence is meant and is required when the span occurs more than once.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
CHECK_EVAL_PATH = ROOT / "tests" / "eval" / "check_eval.yml"
# Same schema; written after the rules by someone who never saw them. Never tune against it.
CHECK_HOLDOUT_PATH = ROOT / "tests" / "eval" / "check_holdout.yml"

# TAXONOMY.md section 1.
SPAN_RULES = (
    "rescue-frame",
    "trafficking-conflation",
    "captivity-frame",
    "forced-movement-frame",
    "exploitation-frame",
    "passive-victim",
    "criminalizing-label",
    "racialized-trope",
    "saviour-frame",
    "harm-misnamed",
)
DOCUMENT_RULES = ("missing-outcome", "no-trafficking-charge")

KINDS = (
    "raid-story",
    "press-release",
    "ngo-release",
    "accurate",
    "non-state-rescue",
    "legal-trap",
    "drug-arms-trafficking",
    "trafficking-conviction",
    "survivor-quote",
    "critical",
    "definition",
    "opinion",
)
# Kinds on which a fair reader finds nothing misleading: the target is zero findings.
CLEAN_KINDS = (
    "non-state-rescue",
    "accurate",
    "survivor-quote",
    "legal-trap",
    "definition",
    "drug-arms-trafficking",
    "trafficking-conviction",
)

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_ITEM_KEYS = frozenset({"id", "kind", "text", "findings", "document_findings", "note"})
_SPAN_KEYS = frozenset({"rule", "span", "quoted", "occurrence"})


class EvalDataError(ValueError):
    """The evaluation file breaks the schema; the message names the item."""


@dataclass(frozen=True)
class GoldSpan:
    rule: str
    start: int
    end: int
    text: str
    quoted: bool = False


@dataclass(frozen=True)
class EvalItem:
    id: str
    kind: str
    text: str
    spans: tuple[GoldSpan, ...]
    document_rules: frozenset[str]
    note: str = ""


def occurrences(text: str, span: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of ``span`` in ``text``."""
    starts: list[int] = []
    i = text.find(span)
    while i >= 0:
        starts.append(i)
        i = text.find(span, i + 1)
    return starts


def locate(text: str, span: str, occurrence: int | None) -> int:
    """Start offset of the stated occurrence of ``span``; EvalDataError when ambiguous or absent."""
    starts = occurrences(text, span) if span else []
    if not starts:
        raise EvalDataError(f"span {span!r} does not occur in the text")
    if occurrence is None:
        if len(starts) > 1:
            raise EvalDataError(f"span {span!r} occurs {len(starts)} times; state its occurrence")
        return starts[0]
    if not 1 <= occurrence <= len(starts):
        raise EvalDataError(f"span {span!r} occurs {len(starts)} times, not {occurrence}")
    return starts[occurrence - 1]


def parse_span(raw: Any, text: str) -> GoldSpan:
    if not isinstance(raw, Mapping):
        raise EvalDataError(f"finding must be a mapping, got {raw!r}")
    unknown = set(raw) - _SPAN_KEYS
    if unknown:
        raise EvalDataError(f"finding has unknown keys {sorted(unknown)}")
    rule, span = raw.get("rule"), raw.get("span")
    if rule not in SPAN_RULES:
        raise EvalDataError(f"unknown span rule {rule!r}")
    if not isinstance(span, str) or not span:
        raise EvalDataError(f"finding for {rule} needs a non-empty span")
    quoted, occurrence = raw.get("quoted", False), raw.get("occurrence")
    if not isinstance(quoted, bool):
        raise EvalDataError(f"quoted must be true or false, got {quoted!r}")
    if occurrence is not None and (not isinstance(occurrence, int) or isinstance(occurrence, bool)):
        raise EvalDataError(f"occurrence must be an integer, got {occurrence!r}")
    start = locate(text, span, occurrence)
    return GoldSpan(rule=rule, start=start, end=start + len(span), text=span, quoted=quoted)


def parse_item(raw: Any) -> EvalItem:
    """One item, validated; the error message starts with the item id."""
    if not isinstance(raw, Mapping):
        raise EvalDataError(f"item must be a mapping, got {type(raw).__name__}")
    item_id = raw.get("id")
    if not isinstance(item_id, str) or not _ID.match(item_id):
        raise EvalDataError(f"item id must be kebab-case, got {item_id!r}")
    try:
        return _parse_fields(raw, item_id)
    except EvalDataError as exc:
        raise EvalDataError(f"{item_id}: {exc}") from None


def _parse_fields(raw: Mapping[str, Any], item_id: str) -> EvalItem:
    missing = {"kind", "text", "findings", "document_findings"} - set(raw)
    if missing:
        raise EvalDataError(f"missing keys {sorted(missing)}")
    unknown = set(raw) - _ITEM_KEYS
    if unknown:
        raise EvalDataError(f"unknown keys {sorted(unknown)}")
    kind, text = raw["kind"], raw["text"]
    if kind not in KINDS:
        raise EvalDataError(f"unknown kind {kind!r}")
    if not isinstance(text, str) or not text.strip():
        raise EvalDataError("text must be a non-empty string")
    findings, doc_rules = raw["findings"], raw["document_findings"]
    if not isinstance(findings, list) or not isinstance(doc_rules, list):
        raise EvalDataError("findings and document_findings must be lists")
    bad_doc = [r for r in doc_rules if r not in DOCUMENT_RULES]
    if bad_doc or len(set(doc_rules)) != len(doc_rules):
        raise EvalDataError(f"bad document_findings {doc_rules!r}")
    spans = tuple(parse_span(f, text) for f in findings)
    _check_no_duplicates(spans)
    note = raw.get("note") or ""
    return EvalItem(item_id, kind, text, spans, frozenset(doc_rules), str(note))


def _check_no_duplicates(spans: Sequence[GoldSpan]) -> None:
    for i, a in enumerate(spans):
        for b in spans[i + 1 :]:
            if a.rule == b.rule and a.start < b.end and b.start < a.end:
                raise EvalDataError(f"overlapping gold spans for {a.rule}: {a.text!r}, {b.text!r}")


def parse_items(raw: Any) -> list[EvalItem]:
    if not isinstance(raw, list):
        raise EvalDataError("the evaluation file must hold a YAML list of items")
    items = [parse_item(r) for r in raw]
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise EvalDataError(f"{item.id}: duplicate id")
        seen.add(item.id)
    return items


def load_items(path: Path = CHECK_EVAL_PATH) -> list[EvalItem]:
    """Every item of the evaluation file, validated."""
    with path.open(encoding="utf-8") as fh:
        return parse_items(yaml.safe_load(fh))
