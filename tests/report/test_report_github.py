"""GitHub Actions renderer: snapshot, escaping, and one command per finding end to end."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from unspin.report.github_format import escape_data, escape_property


def test_github_format_snapshot(render_sample: Callable[..., str],
                                snapshot: Callable[[str, str], None]) -> None:
    snapshot("github.txt", render_sample("github"))


@pytest.mark.parametrize("text, data, prop", [
    ("plain words", "plain words", "plain words"),
    ("100%", "100%25", "100%25"),
    ("%0A stays literal", "%250A stays literal", "%250A stays literal"),
    ("two\nlines\r\n", "two%0Alines%0D%0A", "two%0Alines%0D%0A"),
    ("news/a, b.md", "news/a, b.md", "news/a%2C b.md"),
    ("C:\\news::x", "C:\\news::x", "C%3A\\news%3A%3Ax"),
    ("“curly” é 🚓", "“curly” é 🚓", "“curly” é 🚓"),
])
def test_github_format_escaping(text: str, data: str, prop: str) -> None:
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_github_format_levels_and_positions(render_sample: Callable[..., str]) -> None:
    heads = [line.split("::")[1] for line in render_sample("github").splitlines()]
    assert heads == [
        ("error file=news/spa raid%2C part 1.txt,line=3,col=1,endLine=3,endColumn=26,"
        "title=rescue-frame"),
        # two emoji before the span count one column each
        ("error file=news/spa raid%2C part 1.txt,line=4,col=27,endLine=4,endColumn=53,"
        "title=rescue-frame"),
        ("warning file=news/spa raid%2C part 1.txt,line=5,col=2,endLine=5,endColumn=22,"
        "title=rescue-frame"),
        ("notice file=news/spa raid%2C part 1.txt,line=5,col=17,endLine=5,endColumn=22,"
        "title=passive-victim"),
        ("warning file=news/spa raid%2C part 1.txt,line=5,col=28,endLine=5,endColumn=35,"
        "title=trafficking-conflation"),
        "warning file=news/spa raid%2C part 1.txt,title=missing-outcome",
        # a span over two lines, read from stdin: no file, no columns
        "error line=3,endLine=4,title=rescue-frame",
    ]


COMMAND = re.compile(r"^::(error|warning|notice) (?:file=[^,:]+,)?(?:line=\d+,)?"
                     r"(?:col=\d+,)?(?:endLine=\d+,)?(?:endColumn=\d+,)?title=[a-z-]+::[^\r\n]+$")


def test_github_format_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from unspin.cli import cli

    (tmp_path / "raid.txt").write_text(
        "Officers rescued 14 women during Tuesday's raid on three spas.\n"
        "\"We rescued them,\" the sheriff said.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["check", "--format", "github", "raid.txt"])
    json_run = CliRunner().invoke(cli, ["check", "--format", "json", "raid.txt"])
    assert result.exit_code == json_run.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert all(COMMAND.match(line) for line in lines), lines
    import json

    found = json.loads(json_run.stdout)
    assert len(lines) == len(found["findings"]) + len(found["document_findings"])
    assert lines[0].startswith("::error file=raid.txt,line=1,col=1,")


def test_github_format_html_findings_annotate_the_file() -> None:
    from unspin.model import CheckResult, Finding, Severity
    from unspin.read.document import Document
    from unspin.report import renderer

    text = "Raid\n\nPolice said they freed eight women."
    start = text.index("they freed eight women")
    found = Finding("rescue-frame", Severity.ERROR, start, start + 22, "they freed eight women",
                    "A message.", ("they detained eight women",))
    out = renderer("github").document(CheckResult(text, (found,), path="a.html"),
                                      Document(text, "a.html", format="html"))
    assert out == ("::error file=a.html,title=rescue-frame::\u201cthey freed eight women\u201d: "
                   "A message.%0Ainstead: they detained eight women\n")
