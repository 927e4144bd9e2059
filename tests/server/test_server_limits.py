"""Timeouts, CORS, body limits and unexpected errors, on a real server in a thread."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import unspin.api
from unspin.server.settings import Settings

RESCUE = "Police rescued 26 women in a raid on three spas."


def slow_check(*args: Any, **kwargs: Any) -> Any:
    time.sleep(1.5)
    raise AssertionError("the timeout should have answered first")


@pytest.mark.parametrize(
    ("path", "kwargs"),
    [
        ("api/check", {"json": {"text": RESCUE}}),
        ("v2/check", {"data": {"text": RESCUE, "language": "en-US"}}),
    ],
)
def test_limits_slow_analysis_is_503(
    thread_server: Callable[[Settings], str],
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    kwargs: dict[str, Any],
) -> None:
    url = thread_server(Settings(timeout=0.2))
    monkeypatch.setattr(unspin.api, "check", slow_check)
    started = time.monotonic()
    response = httpx.post(url + path, timeout=10, **kwargs)
    assert time.monotonic() - started < 1.2
    assert response.status_code == 503
    assert response.json()["error"]["type"] == "analysis-timeout"
    assert httpx.get(url + "healthz").status_code == 200


def test_limits_body_limit_is_configurable(thread_server: Callable[[Settings], str]) -> None:
    url = thread_server(Settings(max_body=100))
    assert httpx.post(url + "api/check", json={"text": "short"}).status_code == 200
    response = httpx.post(url + "api/check", json={"text": "x" * 100})
    assert response.status_code == 413
    assert response.json()["error"]["reason"] == "is over the limit of 100 bytes"


def test_limits_cors_only_for_the_allowed_origin(thread_server: Callable[[Settings], str]) -> None:
    url = thread_server(Settings(allow_origins=("chrome-extension://abc",)))
    preflight = {"access-control-request-method": "POST"}
    allowed = httpx.options(
        url + "v2/check", headers={"origin": "chrome-extension://abc", **preflight}
    )
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "chrome-extension://abc"
    other = httpx.options(url + "v2/check", headers={"origin": "https://example.org", **preflight})
    assert "access-control-allow-origin" not in other.headers
    post = httpx.post(
        url + "v2/check",
        data={"text": RESCUE, "language": "en-US"},
        headers={"origin": "chrome-extension://abc"},
    )
    assert post.headers["access-control-allow-origin"] == "chrome-extension://abc"
    assert len(post.json()["matches"]) == 1


def test_limits_unexpected_error_is_500_and_its_message_is_not_logged(
    thread_server: Callable[[Settings], str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    url = thread_server(Settings())

    def broken(text: str, **kwargs: Any) -> Any:
        raise ValueError(f"could not parse {text!r}")

    monkeypatch.setattr(unspin.api, "check", broken)
    with caplog.at_level(logging.INFO):
        response = httpx.post(url + "api/check", json={"text": "Bramblewick rescued"})
    assert response.status_code == 500
    assert response.json() == {
        "error": {
            "status": 500,
            "type": "internal-error",
            "source": "server",
            "reason": "unexpected error; the server log names it",
        }
    }
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "ValueError at test_server_limits.py" in logged
    assert "Bramblewick" not in logged


def test_limits_non_loopback_host_accepts_any_host_header(
    thread_server: Callable[[Settings], str],
) -> None:
    # The thread server still listens on 127.0.0.1; only the Host check follows settings.host.
    url = thread_server(Settings(host="0.0.0.0"))
    assert httpx.get(url + "healthz", headers={"host": "reporter-laptop.lan"}).status_code == 200


def test_limits_pipeline_is_loaded_at_start_up_not_per_request(
    thread_server: Callable[[Settings], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import unspin.analyse.nlp

    loads: list[float] = []
    real_load = unspin.analyse.nlp.load

    def counting_load() -> Any:
        loads.append(time.monotonic())
        return real_load()

    monkeypatch.setattr(unspin.analyse.nlp, "load", counting_load)
    url = thread_server(Settings())
    assert len(loads) >= 1  # start-up loaded it, before any request
    assert httpx.post(url + "v2/check", data={"text": RESCUE, "language": "en-US"}).is_success


def test_limits_fastapi_telemetry_is_off_even_when_the_environment_asks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from unspin.server.app import create_app

    monkeypatch.setenv("FASTAPI_OTEL_AUTO_CONFIGURE", "true")
    app = create_app(Settings())
    assert app._telemetry["auto_configure"] is False  # FastAPI 0.163's own setting
    assert not app._native_telemetry.enabled()
