"""Real servers on 127.0.0.1 for the server tests: ``unspin serve`` in a subprocess, or
uvicorn in a thread when a test needs to swap a part of unspin (a slow analysis)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn

from unspin.server.app import create_app
from unspin.server.settings import Settings

START_TIMEOUT = 90.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_ready(url: str, alive: Callable[[], bool] = lambda: True) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if not alive():
            raise RuntimeError("server exited during start-up")
        try:
            if httpx.get(url + "healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"server at {url} did not start in {START_TIMEOUT} s")


@dataclass
class ServeProcess:
    """``unspin serve`` running in a subprocess, its stdout and stderr kept in ``output``."""

    url: str
    port: int
    process: subprocess.Popen[bytes]
    output: Path
    sandbox: Path

    def stop(self) -> str:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.output.read_text(encoding="utf-8", errors="replace")


def start_serve(tmp: Path, *args: str) -> ServeProcess:
    """Start ``unspin serve`` with an empty HOME, TMPDIR and working directory in ``tmp``."""
    port = free_port()
    sandbox = tmp / "sandbox"
    for sub in ("home", "tmp", "cwd"):
        (sandbox / sub).mkdir(parents=True, exist_ok=True)
    output = tmp / "server-output.txt"
    env = {
        **os.environ,
        "HOME": str(sandbox / "home"),
        "TMPDIR": str(sandbox / "tmp"),
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("UNSPIN_SERVE_SETTINGS", None)
    command = [sys.executable, "-c", "from unspin.cli import main; main()", "serve"]
    with output.open("wb") as sink:
        process = subprocess.Popen(
            [*command, "--port", str(port), *args],
            stdout=sink,
            stderr=subprocess.STDOUT,
            cwd=sandbox / "cwd",
            env=env,
        )
    server = ServeProcess(f"http://127.0.0.1:{port}/", port, process, output, sandbox)
    try:
        wait_ready(server.url, alive=lambda: process.poll() is None)
    except RuntimeError:
        print(server.stop())
        raise
    return server


@pytest.fixture
def serve_in(tmp_path: Path) -> Iterator[Callable[..., ServeProcess]]:
    """Factory: ``serve_in(*args)`` starts a private ``unspin serve``; stopped after the test."""
    started: list[ServeProcess] = []

    def make(*args: str) -> ServeProcess:
        server = start_serve(tmp_path / f"server{len(started)}", *args)
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def serve(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServeProcess]:
    """One ``unspin serve`` for the whole session (loading the pipeline takes seconds)."""
    server = start_serve(tmp_path_factory.mktemp("serve"))
    yield server
    server.stop()


@pytest.fixture(scope="session")
def base_url(serve: ServeProcess) -> str:
    return serve.url


@dataclass
class ThreadServer:
    url: str
    server: uvicorn.Server
    thread: threading.Thread


def start_thread_server(settings: Settings) -> ThreadServer:
    port = free_port()
    settings = Settings(**{**settings.__dict__, "port": port})
    config = uvicorn.Config(
        create_app(settings), host="127.0.0.1", port=port, access_log=False, log_config=None
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}/"
    wait_ready(url, alive=thread.is_alive)
    return ThreadServer(url, server, thread)


def stop_thread_server(running: ThreadServer) -> None:
    running.server.should_exit = True
    running.thread.join(timeout=20)


@pytest.fixture
def thread_server() -> Iterator[Callable[[Settings], str]]:
    """Factory: ``thread_server(Settings(...))`` -> base URL; stopped after the test."""
    started: list[ThreadServer] = []

    def make(settings: Settings) -> str:
        running = start_thread_server(settings)
        started.append(running)
        return running.url

    yield make
    for running in started:
        stop_thread_server(running)
