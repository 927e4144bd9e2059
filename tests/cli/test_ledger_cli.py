"""unspin ledger end to end: text table and summary, JSON contract, URL input, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.local_http import serve
from unspin.cli import cli

UNSPIN = str(Path(sys.executable).parent / "unspin")
STORY = (
    "Police in Dayton raided three spas on Friday and rescued nine women. Four people were "
    "arrested. The four were charged with promoting prostitution. Officers seized $12,000 in "
    "cash.\n"
)


def _invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_ledger_cli_text_table_and_summary(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, err = _invoke("ledger", str(story))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Ledger: {story}"
    assert any(line.split() [:3] == ["claimed", "rescued", "9"] for line in lines)
    assert any(line.split()[:2] == ["arrested", "4"] for line in lines)
    assert any(line.split()[:3] == ["charged:", "prostitution-related", "4"] for line in lines)
    assert "Summary:" in lines
    summary = " ".join(out.split("Summary:", 1)[1].split())
    assert "No trafficking charge is reported." in summary
    assert "does not say what happened to the nine people afterwards." in summary


def test_ledger_cli_json_matches_the_contract(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    code, out, _ = _invoke("ledger", str(story), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["path"] == str(story)
    assert data["claimed_rescued"]["value"] == 9
    assert data["arrested"] == {"value": 4, "evidence": [
        {"start": STORY.index("Four"), "end": STORY.index(". The four"),
         "text": "Four people were arrested"}]}
    assert set(data["charged"]) == {"trafficking", "prostitution-related", "immigration",
                                    "money-laundering", "other"}  # fmt: skip
    assert data["charged"]["trafficking"] == {"value": None, "evidence": []}
    assert data["seized"] == [{"text": "$12,000 in cash", "start": STORY.index("$12,000"),
                               "end": STORY.index("$12,000") + 15}]  # fmt: skip
    assert data["outcome_reported"] == {"value": False, "evidence": []}


def test_ledger_cli_reads_stdin() -> None:
    code, out, _ = _invoke("ledger", "-", "--format", "json", stdin=STORY)
    assert code == 0 and json.loads(out)["path"] is None


@pytest.mark.parametrize(
    ("arg", "message"),
    [("missing.txt", "unspin: missing.txt: no such file")],
)
def test_ledger_cli_bad_input_exits_2_without_traceback(arg: str, message: str) -> None:
    code, out, err = _invoke("ledger", arg)
    assert code == 2 and out == ""
    assert err.strip() == message


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        if self.path == "/story":
            body = f"<html><body><article><p>{STORY}</p></article></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        else:
            body = b"nothing"
            self.send_response(404)
            self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serve(_Pages) as url:
        yield url


def test_ledger_cli_url_input(site: str) -> None:
    code, out, _ = _invoke("ledger", f"{site}/story", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["path"] == f"{site}/story"
    assert data["arrested"]["value"] == 4


def test_ledger_cli_failed_fetch_is_one_line_exit_2(site: str) -> None:
    code, out, err = _invoke("ledger", f"{site}/gone")
    assert code == 2 and out == ""
    assert err.strip() == f"unspin: {site}/gone: not found (HTTP 404)"


def test_ledger_cli_installed_entry_point(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    result = subprocess.run([UNSPIN, "ledger", str(story), "--format", "json"],
                            capture_output=True, text=True, timeout=120)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claimed_rescued"]["value"] == 9
