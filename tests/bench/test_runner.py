"""python -m bench: runs listed benchmarks in order, skips missing ones, reports failures."""

from __future__ import annotations

import sys
import types
from collections.abc import Callable

import pytest

import bench.__main__ as runner


def _module(name: str, main: Callable[..., object]) -> types.ModuleType:
    module = types.ModuleType(name)
    module.main = main  # type: ignore[attr-defined]
    return module


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def failing(write: bool) -> int:
        raise RuntimeError("boom")

    modules = {
        "fake_ok": _module("fake_ok", lambda write: calls.append(f"ok write={write}") or 0),
        "fake_text": _module("fake_text", lambda write: calls.append("text") or "a report"),
        "fake_argv": _module("fake_argv", lambda argv: calls.append(f"argv {argv}") or 0),
        "fake_boom": _module("fake_boom", failing),
    }
    for name, module in modules.items():
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(
        runner, "BENCHMARKS", ("fake_argv", "fake_missing", "fake_ok", "fake_text", "fake_boom")
    )
    monkeypatch.setattr(runner, "ARGV_MAIN", frozenset({"fake_argv"}))
    return calls


@pytest.mark.parametrize(
    ("names", "code", "expected_calls"),
    [
        ((), 1, ["argv ['--write']", "ok write=True", "text"]),
        (("fake_ok", "fake_text"), 0, ["ok write=True", "text"]),
        (("fake_missing",), 0, []),
        (("nope",), 2, []),
    ],
)
def test_runner_runs_in_order_and_reports(
    fakes: list[str],
    names: tuple[str, ...],
    code: int,
    expected_calls: list[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert runner.run(names) == code
    assert fakes == expected_calls
    err = capsys.readouterr().err
    if not names:
        assert "skipping fake_missing: not present yet" in err
        assert "RuntimeError: boom" in err
        assert "failed: fake_boom" in err
