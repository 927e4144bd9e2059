"""Where analyses run: outcomes crossing the process boundary, and the pool of processes."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.server.procs import cmdline, parent
from unspin.errors import InputTooLarge
from unspin.server import jobs
from unspin.server.errors import InternalError, NotImplementedYet
from unspin.server.settings import Settings
from unspin.server.workers import unpack

RESCUE = "Police rescued 26 women in a raid on three spas."


@pytest.mark.parametrize(
    ("outcome", "expected"),
    [
        (("ok", {"a": 1}), {"a": 1}),
        (("error", InputTooLarge, "text", "too long"), InputTooLarge("text", "too long")),
        (("error", NotImplementedYet, "/api/x", "no x"), NotImplementedYet("/api/x", "no x")),
        (
            ("crash", "ValueError at x.py:1 in f"),
            InternalError("server", "unexpected error; the server log names it"),
        ),
    ],
)
def test_workers_unpack_outcomes(outcome: tuple[Any, ...], expected: Any) -> None:
    if isinstance(expected, Exception):
        with pytest.raises(type(expected)) as raised:
            unpack(outcome, "/api/x")
        assert (raised.value.source, raised.value.reason) == (expected.source, expected.reason)  # type: ignore[attr-defined]
    else:
        assert unpack(outcome, "/api/x") == expected


def test_workers_run_job_reports_instead_of_raising(monkeypatch: pytest.MonkeyPatch) -> None:
    import unspin.api

    def broken(text: str, **kwargs: Any) -> Any:
        raise KeyError(text)

    monkeypatch.setattr(unspin.api, "check", broken)
    outcome = jobs.run_job("check", "/api/check", ("secret words",), {})
    assert outcome[0] == "crash"
    assert outcome[1].startswith("KeyError at test_server_workers.py:")
    assert "secret" not in outcome[1]
    monkeypatch.delattr(unspin.api, "check")
    assert jobs.run_job("check", "/v2/check", ("x",), {}) == (
        "error",
        NotImplementedYet,
        "/v2/check",
        "this unspin has no check analysis yet",
    )


def test_workers_pool_answers_and_times_out(thread_server: Callable[[Settings], str]) -> None:
    story = " ".join([RESCUE, "Officers arrested six people at the spa."] * 60)
    url = thread_server(Settings(workers=2, timeout=0.002))
    response = httpx.post(url + "v2/check", data={"text": story, "language": "en-US"})
    assert response.status_code == 503
    assert response.json()["error"]["type"] == "analysis-timeout"
    url = thread_server(Settings(workers=2))
    body = httpx.post(url + "api/check", json={"text": RESCUE}, timeout=30).json()
    assert [f["rule"] for f in body["findings"]] == ["rescue-frame"]


def test_workers_pool_recovers_when_a_process_dies(serve_in: Callable[..., Any]) -> None:
    server = serve_in("--workers", "2")
    [victim, *_] = _workers_of(server.process.pid)
    os.kill(victim, signal.SIGKILL)
    statuses = []
    deadline = time.monotonic() + 120
    with httpx.Client(base_url=server.url, timeout=60) as client:
        while time.monotonic() < deadline:
            reply = client.post("api/check", json={"text": RESCUE})
            statuses.append(reply.status_code)
            if reply.status_code == 200:
                assert [f["rule"] for f in reply.json()["findings"]] == ["rescue-frame"]
                break
            assert reply.json()["error"]["type"] == "internal-error"
            time.sleep(0.5)
    assert statuses[-1] == 200, statuses
    assert "an analysis process died" in server.stop()




def test_workers_a_process_that_cannot_start_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    import queue

    from unspin.errors import ModelMissing
    from unspin.server.workers import _worker_ready

    def no_model() -> None:
        raise ModelMissing("en_core_web_sm", "no English spaCy pipeline installed")

    monkeypatch.setattr(jobs, "prepare", no_model)
    said: queue.Queue[object] = queue.Queue()
    with pytest.raises(ModelMissing):
        _worker_ready(said)
    assert said.get_nowait() == "unspin: en_core_web_sm: no English spaCy pipeline installed"


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL])
def test_workers_processes_end_with_the_server(
    serve_in: Callable[..., Any], stop: signal.Signals
) -> None:
    # Regression: uvicorn ends on the signal it caught, skipping the exit handlers that stop
    # a process pool, and analysis processes were left running after every server.
    server = serve_in("--workers", "2")
    workers = _workers_of(server.process.pid)
    assert len(workers) == 2
    httpx.post(server.url + "v2/check", data={"text": RESCUE, "language": "en"})
    os.kill(server.process.pid, stop)
    server.process.wait(timeout=30)
    deadline = time.monotonic() + 20
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert [pid for pid in workers if Path(f"/proc/{pid}").exists()] == []


def _workers_of(server_pid: int) -> list[int]:
    return [
        int(pid)
        for pid in os.listdir("/proc")
        if pid.isdigit() and parent(pid) == server_pid and b"spawn_main" in cmdline(pid)
    ]
