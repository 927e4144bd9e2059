"""A fixed set of checked documents, built by hand, that every renderer snapshot renders.

The results are written out here rather than produced by the engine, so a snapshot changes
only when a renderer's output changes, not when a rule gets better. (The end-to-end tests
in test_report_sarif.py and test_report_github.py run the real engine.)

``UNSPIN_UPDATE_SNAPSHOTS=1 pytest tests/report`` rewrites the snapshot files.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from unspin.model import Actor, CheckResult, DocumentFinding, Finding, Severity
from unspin.read.document import Document
from unspin.rules.schema import Rule

SNAPSHOTS = Path(__file__).parent / "snapshots"

STORY = """Spa raid: police search three businesses

Officers rescued 14 women during Tuesday's raid on three spas, police said.
🚓🚨 Later, detectives said they freed nine more women at a second address.
"We saved these girls from slavery," the sheriff told reporters.
"""

CROSSING = """Firefighters rescued two tenants from a fire on Elm Street.

A week later police said they
rescued three women from a flat.
"""

CLEAN = "The council approved a new budget for the library on Monday.\n"

RESCUE = ("\"{verb}\" calls police detaining people a rescue; it hides that people were "
          "detained and what happened to them next.")
OUTCOME = ("The text says people were rescued but not what happened to them afterwards "
           "(charges, immigration, release, services received).")


def span(text: str, needle: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``needle`` in ``text``."""
    start = text.index(needle)
    assert text.find(needle, start + 1) < 0, f"{needle!r} occurs twice"
    return start, start + len(needle)


def finding(text: str, needle: str, rule: str, severity: Severity, message: str,
            *suggestions: str, actor: Actor | None = None, quoted: bool = False,
            confidence: float = 0.95) -> Finding:
    start, end = span(text, needle)
    return Finding(rule, severity, start, end, needle, message, suggestions, actor, quoted,
                   confidence)


def _story() -> tuple[CheckResult, Document]:
    police = Actor("Officers", "police")
    findings = (
        finding(STORY, "Officers rescued 14 women", "rescue-frame", Severity.ERROR,
                RESCUE.format(verb="rescued"), "Officers detained 14 women", actor=police),
        finding(STORY, "they freed nine more women", "rescue-frame", Severity.ERROR,
                RESCUE.format(verb="freed"), "they detained nine more women",
                "they took nine more women into custody", actor=Actor("detectives", "police")),
        finding(STORY, "We saved these girls", "rescue-frame", Severity.WARNING,
                RESCUE.format(verb="saved"),
                "Keep the quote; attribute \u201cWe saved these girls\u201d to the sheriff and "
                "report what the text shows happened.",
                actor=Actor("the sheriff", "police"), quoted=True),
        finding(STORY, "girls", "passive-victim", Severity.INFO,
                "\"girls\" for adult women takes away their age and their say: 100% of the "
                "people named here are adults.", actor=None, quoted=True, confidence=0.8),
        finding(STORY, "slavery", "trafficking-conflation", Severity.WARNING,
                "\"slavery\" labels this trafficking, but the text reports no trafficking "
                "charge or act of force.",
                "Keep the quote; attribute \u201cslavery\u201d to the sheriff and report what "
                "the text shows happened.", quoted=True, confidence=0.75),
    )
    result = CheckResult(STORY, tuple(sorted(findings, key=lambda f: (f.start, f.end, f.rule))),
                         (DocumentFinding("missing-outcome", OUTCOME, Severity.WARNING),),
                         path="news/spa raid, part 1.txt")
    return result, Document(STORY, source="news/spa raid, part 1.txt", format="text")


def _crossing() -> tuple[CheckResult, Document]:
    findings = (finding(CROSSING, "they\nrescued three women", "rescue-frame", Severity.ERROR,
                        RESCUE.format(verb="rescued"), "they detained three women",
                        actor=Actor("police", "police")),)
    result = CheckResult(CROSSING, findings, path="<stdin>")
    return result, Document(CROSSING, source="<stdin>", format="markdown")


def _clean() -> tuple[CheckResult, Document]:
    return CheckResult(CLEAN, (), path="/srv/news/clean.txt"), Document(
        CLEAN, source="/srv/news/clean.txt", format="text")


@pytest.fixture
def sample_documents() -> list[tuple[CheckResult, Document]]:
    """Three documents: a raid story, a span crossing a line in Markdown read from stdin, and
    a clean file given by an absolute path."""
    return [_story(), _crossing(), _clean()]


def _rule(rule_id: str, family: str, scope: str, severity: str) -> Rule:
    return Rule.model_validate({
        "id": rule_id, "family": family, "scope": scope, "severity": severity,
        "summary": f"Summary of {rule_id}.", "why": f"Why {rule_id} matters, in a sentence.",
        "instead": f"What to write instead of {rule_id}.", "message": "A message for it.",
        "triggers": [], "examples": {"flag": [f"A {rule_id} example."]},
        "sources": ["A source, 2024"],
    })


@pytest.fixture
def sample_rules() -> dict[str, Rule]:
    """Rule descriptors for the SARIF snapshot, fixed so rule edits do not change it."""
    made = [_rule("passive-victim", "labels", "span", "warning"),
            _rule("rescue-frame", "rescue", "span", "error"),
            _rule("trafficking-conflation", "trafficking", "span", "error"),
            _rule("missing-outcome", "outcome", "document", "warning")]
    return {rule.id: rule for rule in made}


@pytest.fixture
def snapshot() -> Callable[[str, str], None]:
    """Compare output with ``snapshots/<name>``; rewrite it when UNSPIN_UPDATE_SNAPSHOTS=1."""

    def check(name: str, actual: str) -> None:
        path = SNAPSHOTS / name
        if os.environ.get("UNSPIN_UPDATE_SNAPSHOTS") == "1":
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(actual.encode("utf-8"))
            return
        assert path.is_file(), f"no snapshot {name}: run with UNSPIN_UPDATE_SNAPSHOTS=1"
        assert actual == path.read_bytes().decode("utf-8"), (
            f"{name} differs from its snapshot; if the change is intended, rerun with "
            "UNSPIN_UPDATE_SNAPSHOTS=1 and review the diff")

    return check


@pytest.fixture
def render_sample(sample_documents: list[tuple[CheckResult, Document]],
                  sample_rules: dict[str, Rule]) -> Callable[[str], str]:
    """Everything a renderer prints for the fixed documents, as ``unspin check`` writes it."""
    from unspin.report import renderer
    from unspin.report.sarif_format import SarifRenderer

    def run(fmt: str, *, color: bool = False) -> str:
        out = (SarifRenderer(rules=sample_rules, version="0.0.0-snapshot") if fmt == "sarif"
               else renderer(fmt, color=color))
        body = "".join(out.document(result, doc) for result, doc in sample_documents)
        return body + out.finish()

    return run
