"""Every rule's spec table (tests/rules/<id>.md) and every example in its YAML, run on the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

import unspin
from unspin.rules.load import load_rules

SPECS = Path(__file__).parent


def _rows(rule_id: str) -> list[list[str]]:
    lines = (SPECS / f"{rule_id}.md").read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if line.startswith("|")][2:]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def _span_cases() -> list[tuple[str, str, str, bool]]:
    cases = []
    for rule in load_rules().values():
        if rule.scope == "span":
            for text, span, quoted in _rows(rule.id):
                cases.append((rule.id, text, span, quoted == "yes"))
    return cases


def _document_cases() -> list[tuple[str, str, bool]]:
    return [(rule.id, text, flagged == "yes") for rule in load_rules().values()
            if rule.scope == "document" for text, flagged in _rows(rule.id)]


def test_rules_every_rule_has_a_spec_with_positive_and_negative_rows() -> None:
    for rule_id, rule in load_rules().items():
        rows = _rows(rule_id)
        assert rows, f"tests/rules/{rule_id}.md has no table rows"
        marks = {bool(row[1]) and row[1] != "no" for row in rows}
        assert marks == {True, False}, f"{rule_id} spec needs both flagged and clean rows"


@pytest.mark.parametrize(("rule_id", "text", "span", "quoted"), _span_cases(),
                         ids=lambda v: v if isinstance(v, str) and len(v) < 30 else None)
def test_rules_span_table(rule_id: str, text: str, span: str, quoted: bool) -> None:
    found = [f for f in unspin.check(text).findings if f.rule == rule_id]
    if not span:
        assert found == [], f"unexpected {rule_id}: {[f.text for f in found]}"
        return
    assert [f.text for f in found] == span.split(" ; ")
    for finding in found:
        assert text[finding.start:finding.end] == finding.text
        assert finding.quoted is quoted
    assert finding.message and finding.severity.label in {"error", "warning", "info"}


@pytest.mark.parametrize(("rule_id", "text", "flagged"), _document_cases())
def test_rules_document_table(rule_id: str, text: str, flagged: bool) -> None:
    rules = [f.rule for f in unspin.check(text).document_findings]
    assert (rule_id in rules) is flagged


def _examples() -> list[tuple[str, str, bool]]:
    return [(rule.id, text, kind == "flag") for rule in load_rules().values()
            for kind in ("flag", "pass_") for text in getattr(rule.examples, kind)]


@pytest.mark.parametrize(("rule_id", "text", "flag"), _examples())
def test_rules_yaml_examples(rule_id: str, text: str, flag: bool) -> None:
    result = unspin.check(text)
    rules = {f.rule for f in result.findings} | {f.rule for f in result.document_findings}
    assert (rule_id in rules) is flag
