"""``unspin rules``: the table, one rule's page in three formats, and unknown ids."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from unspin.cli import cli
from unspin.report.rule_docs import rule_page
from unspin.rules.load import load_rules


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["rules", *args])


def test_rules_cli_lists_every_rule_in_aligned_columns() -> None:
    result = _run()
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "SEVERITY", "FAMILY", "SUMMARY"]
    rules = load_rules()
    assert [line.split()[0] for line in lines[1:]] == list(rules)
    for header in ("SEVERITY", "FAMILY", "SUMMARY"):
        column = lines[0].index(header)
        assert all(line[column - 2:column] == "  " and line[column] != " " for line in lines)
    first = rules["captivity-frame"]
    assert lines[1].split(None, 3) == [first.id, first.severity, first.family,
                                       " ".join(first.summary.split())]


def test_rules_cli_shows_one_rule_like_a_rule_page() -> None:
    result = _run("rescue-frame")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[:2] == ["rescue-frame (error, span rule)", "Family: Rescue and saviour framing"]
    headings = ["Why it matters", "Write instead", "Flagged", "Not flagged", "Sources"]
    assert [line for line in lines if line in headings] == headings
    assert "  - Officers rescued 14 women during Tuesday's raid on three spas." in lines
    assert "  - Firefighters rescued two tenants from the burning building." in lines
    assert max(len(line) for line in lines) <= 80


def test_rules_cli_document_rule_has_its_scope() -> None:
    result = _run("missing-outcome")
    assert result.stdout.splitlines()[0] == "missing-outcome (warning, document rule)"


def test_rules_cli_json_list_and_one_rule() -> None:
    listed = json.loads(_run("--format", "json").stdout)
    assert [r["id"] for r in listed] == list(load_rules())
    assert set(listed[0]) == {"id", "severity", "family", "scope", "summary"}
    one = json.loads(_run("rescue-frame", "--format", "json").stdout)
    assert one["id"] == "rescue-frame"
    assert one["family_name"] == "Rescue and saviour framing"
    assert one["examples"]["pass"][0] == (
        "Firefighters rescued two tenants from the burning building.")
    assert "\n" not in one["why"]


def test_rules_cli_markdown_is_the_generated_page() -> None:
    result = _run("rescue-frame", "--format", "markdown")
    assert result.stdout == rule_page(load_rules()["rescue-frame"])
    index = _run("--format", "markdown").stdout
    assert index.splitlines()[2] == "# Rules"


@pytest.mark.parametrize("rule_id, message", [
    ("rescue-frme", "unspin: rescue-frme: unknown rule (did you mean rescue-frame?)"),
    ("Rescue-Frame", "unspin: Rescue-Frame: unknown rule (did you mean rescue-frame?)"),
    ("trafficking-conflaton",
     "unspin: trafficking-conflaton: unknown rule (did you mean trafficking-conflation?)"),
    ("weather", "unspin: weather: unknown rule ('unspin rules' lists them)"),
])
def test_rules_cli_unknown_rule(rule_id: str, message: str) -> None:
    for fmt in ("text", "json"):
        result = _run(rule_id, "--format", fmt)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert result.stderr == message + "\n"


def test_rules_cli_bad_format_is_a_usage_error() -> None:
    result = _run("--format", "html")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr


def test_rules_cli_through_the_installed_entry_point() -> None:
    script = Path(sys.executable).parent / "unspin"
    done = subprocess.run([str(script), "rules", "rescue-frme"], check=False, capture_output=True,
                          text=True, timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (
        2, "", "unspin: rescue-frme: unknown rule (did you mean rescue-frame?)\n")
    done = subprocess.run([str(script), "rules"], check=False, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].split() == ["ID", "SEVERITY", "FAMILY", "SUMMARY"]
