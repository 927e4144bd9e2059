"""The one JSON error shape every endpoint returns, and the server's own errors.

Every error response, whatever its cause (a bad body, a body over the limit, a
timeout, an unknown path, a bug), has this body and nothing else::

    {"error": {"status": 413, "type": "input-too-large",
               "source": "request body", "reason": "body is over 1048576 bytes"}}

``type`` is the error class in kebab case; ``status`` repeats the HTTP status.
The reason never quotes submitted text.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.responses import JSONResponse

from unspin.errors import UnspinError


class RequestInvalid(UnspinError):
    """The request is not what the endpoint takes (missing field, wrong type, bad value)."""

    http_status = 400


class NotImplementedYet(UnspinError):
    """An endpoint whose analysis this installation does not have."""

    http_status = 501


class AnalysisTimeout(UnspinError):
    """The analysis took longer than the server's per-request limit."""

    http_status = 503


class RouteNotFound(UnspinError):
    http_status = 404


class MethodNotAllowed(UnspinError):
    http_status = 405


class UnsupportedMediaType(UnspinError):
    http_status = 415


class HostNotAllowed(UnspinError):
    http_status = 400


class InternalError(UnspinError):
    http_status = 500


def type_name(error: UnspinError) -> str:
    """``InputTooLarge`` -> ``input-too-large``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "-", type(error).__name__).lower()


def error_body(error: UnspinError) -> dict[str, Any]:
    return {
        "error": {
            "status": error.http_status,
            "type": type_name(error),
            "source": error.source,
            "reason": error.reason,
        }
    }


def error_response(error: UnspinError, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(error), status_code=error.http_status, headers=headers)


def from_status(status: int, source: str, reason: str) -> UnspinError:
    """The error for an HTTP status raised by the framework itself (404, 405, ...)."""
    kinds: dict[int, type[UnspinError]] = {
        404: RouteNotFound,
        405: MethodNotAllowed,
        415: UnsupportedMediaType,
        501: NotImplementedYet,
        503: AnalysisTimeout,
    }
    kind = kinds.get(status)
    if kind is not None:
        return kind(source, reason)
    error = RequestInvalid(source, reason)
    error.http_status = status if 400 <= status < 600 else 400
    return error
