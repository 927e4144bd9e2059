"""unspin name end to end: text, JSON contract, file and stdin input, bad input."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from unspin.cli import cli

ACCOUNT = "The cops took my savings and called immigration."


def _invoke(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_name_cli_text_from_an_argument() -> None:
    code, out, err = _invoke("name", ACCOUNT)
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "Harms: <text>",
        "",
        "  seizure                  The cops [police]  “The cops took my savings”",
        "  immigration-enforcement  The cops [police]  “called immigration”",
        "",
        "  This is a seizure: the cops took my savings.",
        "  This is immigration enforcement: the cops called immigration.",
    ]


def test_name_cli_json_matches_the_contract() -> None:
    code, out, _ = _invoke("name", ACCOUNT, "--format", "json")
    assert code == 0
    assert json.loads(out) == {"harms": [
        {"harm": "seizure", "family": "state violence",
         "actor": {"text": "The cops", "type": "police"},
         "evidence": {"start": 0, "end": 24, "text": "The cops took my savings"},
         "sentence": "This is a seizure: the cops took my savings."},
        {"harm": "immigration-enforcement", "family": "state violence",
         "actor": {"text": "The cops", "type": "police"},
         "evidence": {"start": ACCOUNT.index("called"), "end": ACCOUNT.index("called") + 18,
                      "text": "called immigration"},
         "sentence": "This is immigration enforcement: the cops called immigration."},
    ]}


def test_name_cli_no_harm() -> None:
    code, out, _ = _invoke("name", "The client paid and left.")
    assert code == 0
    assert out == "<text>: no harm is described in this text.\n"
    code, out, _ = _invoke("name", "The client paid and left.", "--format", "json")
    assert json.loads(out) == {"harms": []}


def test_name_cli_reads_a_file_and_stdin(tmp_path: Path) -> None:
    account = tmp_path / "account.txt"
    account.write_text("My boyfriend made me work and kept the money.\n", encoding="utf-8")
    for args, stdin in (((str(account),), None), (("-",), account.read_text())):
        code, out, _ = _invoke("name", *args, "--format", "json", stdin=stdin)
        harms = json.loads(out)["harms"]
        assert code == 0
        assert [(h["harm"], h["actor"]["type"]) for h in harms] == [
            ("intimate-partner-violence", "partner")
        ]


def test_name_cli_missing_file_exits_2() -> None:
    code, out, err = _invoke("name", "notes.txt")
    assert code == 2 and out == ""
    assert err.strip() == "unspin: notes.txt: no such file"
