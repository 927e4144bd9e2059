"""The ASGI middleware around every request: host check, body limit, access log, last-resort errors.

It is the only place the server logs a request, and it logs the method, a known path,
the status and the duration: never a query string, a header value or a byte of the body.
An unexpected exception is logged by type and code location only (its message could quote
submitted text) and answered with the one JSON error shape.
"""

from __future__ import annotations

import json
import logging
import os
import time
import traceback
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from unspin.errors import InputTooLarge, UnspinError
from unspin.server.errors import HostNotAllowed, InternalError, error_body

access_log = logging.getLogger("unspin.access")
error_log = logging.getLogger("unspin.server")

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
SECURITY_HEADERS = [
    (
        b"content-security-policy",
        (
            b"default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; "
            b"frame-ancestors 'none'"
        ),
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]


def where(exc: BaseException) -> str:
    """``ValueError at checker.py:120 in check_document``: enough to find the bug, no message."""
    frames = traceback.extract_tb(exc.__traceback__)
    if not frames:
        return type(exc).__name__
    last = frames[-1]
    return f"{type(exc).__name__} at {os.path.basename(last.filename)}:{last.lineno} in {last.name}"


class Guard:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body: int,
        loopback_only: bool,
        known_path: Callable[[str], bool],
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.loopback_only = loopback_only
        self.known_path = known_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        state: dict[str, Any] = {"status": 0, "sent": False, "closed": False}

        async def guarded_send(message: Message) -> None:
            if state["closed"]:
                return
            if message["type"] == "http.response.start":
                state["status"] = message["status"]
                state["sent"] = True
                headers = [h for h in message.get("headers", []) if h[0] != b"cache-control"]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        async def respond(error: UnspinError) -> None:
            body = json.dumps(error_body(error)).encode("utf-8")
            await guarded_send(
                {
                    "type": "http.response.start",
                    "status": error.http_status,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                    ],
                }
            )
            await guarded_send({"type": "http.response.body", "body": body})
            state["closed"] = True

        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    if not state["sent"]:
                        await respond(self._too_large())
                    raise self._too_large()
            return message

        try:
            error = self._precheck(scope)
            if error is not None:
                await respond(error)
            else:
                await self.app(scope, limited_receive, guarded_send)
        except Exception as exc:  # noqa: BLE001 - last resort: one shape, no message logged
            if not isinstance(exc, InputTooLarge):
                error_log.error("error: %s %s: %s", scope["method"], self._path(scope), where(exc))
            if not state["sent"]:
                await respond(
                    exc
                    if isinstance(exc, UnspinError) and exc.http_status < 500
                    else InternalError("server", "unexpected error; the server log names it")
                )
        finally:
            millis = (time.perf_counter() - started) * 1000
            access_log.info(
                "%s %s %d %.1fms", scope["method"], self._path(scope), state["status"], millis
            )

    def _too_large(self) -> InputTooLarge:
        return InputTooLarge("request body", f"is over the limit of {self.max_body} bytes")

    def _precheck(self, scope: Scope) -> UnspinError | None:
        headers = dict(scope.get("headers", []))
        length = headers.get(b"content-length")
        if length is not None:
            try:
                if int(length) > self.max_body:
                    return self._too_large()
            except ValueError:
                pass
        if self.loopback_only:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if host and name not in LOOPBACK_NAMES:
                return HostNotAllowed("Host header", "this server answers on localhost only")
        return None

    def _path(self, scope: Scope) -> str:
        path = str(scope.get("path", ""))
        return path if self.known_path(path) else "(other path)"
