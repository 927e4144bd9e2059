"""Submitted text is never written to disk or to logs: grep everything the server wrote."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

# A word that appears nowhere else, inside sentences the engine flags.
MARKER = "Quillfeather"
TEXT = f"Police rescued 26 women from {MARKER} Spa. {MARKER} staff were arrested."


def send_everything(url: str) -> list[int]:
    """Every way text reaches the server, including the ways that fail."""
    statuses = []
    form = {"text": TEXT, "language": "en-US"}
    annotated = json.dumps({"annotation": [{"markup": "<p>"}, {"text": TEXT}]})
    calls = [
        ("POST", "api/check", {"json": {"text": TEXT}}),
        ("POST", "api/check", {"json": {"text": TEXT, "config": {"ignore": [MARKER]}}}),
        ("POST", "api/check", {"content": b'{"text": "' + TEXT.encode() + b'"'}),
        ("POST", "api/ledger", {"json": {"text": TEXT}}),
        ("POST", "api/name", {"json": {"text": TEXT}}),
        ("POST", "v2/check", {"data": form}),
        ("POST", "v2/check", {"data": {"data": annotated, "language": "en-US"}}),
        ("POST", "v2/check", {"data": {"text": TEXT, "language": MARKER}}),
        ("POST", "v2/check", {"data": form, "headers": {"content-type": "application/json"}}),
        ("POST", "v2/check", {"files": {"text": (None, TEXT)}}),
        ("POST", "v2/check", {"data": {"text": TEXT * 20_000}}),  # over the body limit
        ("GET", f"v2/check?text={MARKER}", {}),
        ("GET", f"{MARKER}/{MARKER}?q={MARKER}", {}),
        ("POST", "api/check", {"json": {"text": TEXT}, "headers": {"x-note": MARKER}}),
    ]
    for method, path, kwargs in calls:
        statuses.append(httpx.request(method, url + path, timeout=30, **kwargs).status_code)
    return statuses


def files_under(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


@pytest.mark.parametrize("args", [(), ("--workers", "2")])
def test_privacy_text_is_not_in_anything_the_server_wrote(
    serve_in: Callable[..., Any], args: tuple[str, ...]
) -> None:
    server = serve_in(*args)
    try:
        statuses = send_everything(server.url)
    finally:
        output = server.stop()
    assert {200, 400, 404, 413} <= set(statuses), statuses
    assert "POST /api/check 200" in output  # the access log is there...
    assert MARKER not in output  # ...and carries no text, no query string, no header
    assert MARKER.lower() not in output.lower()
    # Nothing was written to the server's HOME, TMPDIR or working directory.
    assert files_under(server.sandbox) == []


def test_privacy_access_log_lines_are_method_path_status_duration(
    serve_in: Callable[..., Any],
) -> None:
    server = serve_in()
    try:
        httpx.post(server.url + "api/check", json={"text": TEXT})
        httpx.get(server.url + f"{MARKER}?{MARKER}=1")
    finally:
        output = server.stop()
    lines = [line for line in output.splitlines() if line.startswith(("GET ", "POST "))]
    assert [line.rsplit(" ", 1)[0] for line in lines] == [
        "GET /healthz 200",  # the readiness probe
        "POST /api/check 200",
        "GET (other path) 404",
    ]
    assert all(line.endswith("ms") for line in lines)
