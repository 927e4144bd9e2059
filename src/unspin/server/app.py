"""The HTTP app: the JSON API, LanguageTool's ``/v2`` endpoints and the web page.

Thin by design: every analysis is a call to ``unspin.api``, run in a worker thread under
the per-request timeout. ``create_app(settings)`` builds the app; uvicorn's worker
processes call ``app_from_env()`` instead, which reads the same settings from the
environment.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

import unspin.api
from unspin import __version__
from unspin.config import Config
from unspin.errors import ConfigError, UnspinError
from unspin.model import Severity
from unspin.server import languagetool
from unspin.server.catalog import Catalog, load_catalog
from unspin.server.errors import (
    AnalysisTimeout,
    NotImplementedYet,
    RequestInvalid,
    error_response,
    from_status,
)
from unspin.server.guard import Guard
from unspin.server.schemas import CheckBody, CheckConfig, LedgerBody, TextBody
from unspin.server.settings import Settings

T = TypeVar("T")
WEB = Path(__file__).resolve().parent.parent / "web"
# FastAPI's own OpenTelemetry hooks, all off: unspin sends nothing anywhere.
NO_TELEMETRY: Any = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}
WARM_UP_TEXT = "Officers said they rescued four women in a raid on a spa."


class Analyser:
    """Runs analyses off the event loop, one at a time per worker, each under a time limit."""

    def __init__(self, timeout: float) -> None:
        self.timeout = timeout
        self.limiter = anyio.CapacityLimiter(1)

    async def run(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        def call() -> T:
            return func(*args, **kwargs)

        try:
            with anyio.fail_after(self.timeout):
                return await anyio.to_thread.run_sync(
                    call, limiter=self.limiter, abandon_on_cancel=True
                )
        except TimeoutError:
            raise AnalysisTimeout(
                "request", f"the analysis took longer than {self.timeout:g} s; try a shorter text"
            ) from None


def build_config(body: CheckConfig | None, catalog: Catalog) -> Config:
    if body is None:
        return Config()
    named = frozenset(body.select or ()) | frozenset(body.ignore)
    unknown = catalog.unknown(named)
    if unknown:
        raise ConfigError("config", f"unknown rule id {unknown[0]!r}; see GET /api/rules")
    return Config(
        select=frozenset(body.select) if body.select is not None else None,
        ignore=frozenset(body.ignore),
        severity=Severity.parse(body.severity),
    )


def _api_function(name: str, route: str) -> Callable[..., Any]:
    """``unspin.api.<name>``, looked up per request so an installation without it says 501."""
    func = getattr(unspin.api, name, None)
    if func is None:
        raise NotImplementedYet(route, f"this unspin has no {name} analysis yet")
    return func  # type: ignore[no-any-return]


def _ledger_of_url(url: str) -> Any:
    try:
        read_url = importlib.import_module("unspin.read.url")
    except ImportError:
        raise NotImplementedYet("url", "this unspin cannot fetch addresses yet") from None
    fetch = getattr(read_url, "fetch", None) or getattr(read_url, "read_url", None)
    if fetch is None:
        raise NotImplementedYet("url", "this unspin cannot fetch addresses yet")
    return _api_function("ledger", "/api/ledger")(fetch(url))


def _validation_reason(exc: RequestValidationError) -> tuple[str, str]:
    """Field and reason of the first validation error, without the submitted value."""
    first = exc.errors()[0] if exc.errors() else {}
    loc = [str(p) for p in first.get("loc", ()) if p != "body"]
    kind = first.get("type", "")
    if kind == "json_invalid":
        return "request body", "is not valid JSON"
    message = str(first.get("msg", "is not valid")).removeprefix("Value error, ")
    return (".".join(loc) or "request body"), message


def create_app(settings: Settings) -> FastAPI:
    """The app for ``settings``; loads the language pipeline and rule files at start-up."""
    analyser = Analyser(settings.timeout)
    holder: dict[str, Catalog] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        from unspin.analyse import nlp

        nlp.load()
        holder["catalog"] = load_catalog()
        with contextlib.suppress(UnspinError, ImportError):
            unspin.api.check(WARM_UP_TEXT)
        yield

    def catalog() -> Catalog:
        if "catalog" not in holder:
            holder["catalog"] = load_catalog()
        return holder["catalog"]

    app = FastAPI(
        title="unspin",
        version=__version__,
        description="Finds rescue and trafficking framing and names what really happened. "
        "Everything runs on this machine; submitted text is never stored or logged.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
        telemetry=NO_TELEMETRY,
    )

    @app.exception_handler(UnspinError)
    async def unspin_error(request: Request, exc: UnspinError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(RequestInvalid(*_validation_reason(exc)))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        reasons = {404: "no such page", 405: "method not allowed here"}
        reason = reasons.get(exc.status_code, str(exc.detail))
        return error_response(
            from_status(exc.status_code, request.method + " " + request.url.path[:80], reason),
            headers=dict(exc.headers) if exc.headers else None,
        )

    @app.post("/api/check", summary="Check text for rescue and trafficking framing")
    async def api_check(body: CheckBody) -> dict[str, Any]:
        config = build_config(body.config, catalog())
        check = _api_function("check", "/api/check")
        result = await analyser.run(check, body.text, config=config, path=body.path)
        return result.to_dict()  # type: ignore[no-any-return]

    @app.post("/api/ledger", summary="What a raid story claims against what it reports")
    async def api_ledger(body: LedgerBody) -> dict[str, Any]:
        if body.url is not None:
            result = await analyser.run(_ledger_of_url, body.url)
        else:
            result = await analyser.run(_api_function("ledger", "/api/ledger"), body.text)
        return result.to_dict()  # type: ignore[no-any-return]

    @app.post("/api/name", summary="Name the harms in an account, with their actors")
    async def api_name(body: TextBody) -> dict[str, Any]:
        result = await analyser.run(_api_function("name_harms", "/api/name"), body.text)
        return result.to_dict()  # type: ignore[no-any-return]

    @app.get("/api/rules", summary="Every rule with its documentation")
    async def api_rules() -> dict[str, Any]:
        return {"rules": catalog().docs()}

    @app.get("/healthz", summary="Liveness")
    async def healthz() -> dict[str, Any]:
        from unspin.analyse.nlp import installed_model

        return {"status": "ok", "version": __version__, "pipeline": installed_model()}

    @app.get("/v2/languages", summary="LanguageTool: languages")
    async def lt_languages() -> list[dict[str, str]]:
        return languagetool.languages()

    @app.post(
        "/v2/check",
        summary="LanguageTool: check",
        openapi_extra={
            "requestBody": {
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "properties": {
                                name: {"type": "string"}
                                for name in (
                                    "text",
                                    "data",
                                    "language",
                                    "enabledRules",
                                    "disabledRules",
                                    "enabledCategories",
                                    "disabledCategories",
                                    "enabledOnly",
                                    "level",
                                    "motherTongue",
                                )
                            },
                        }
                    }
                },
                "required": True,
            }
        },
    )
    async def lt_check(request: Request) -> dict[str, Any]:
        content_type = request.headers.get("content-type", "").lower()
        if content_type.startswith("multipart/form-data"):
            form = await request.form(max_files=0, max_fields=languagetool.MAX_FIELDS)
            fields = {k: v for k, v in form.items() if isinstance(v, str)}
        else:
            fields = languagetool.parse_form(await request.body())
        lt_request = languagetool.parse_request(fields)
        config = Config(severity=Severity.INFO) if lt_request.picky else Config()
        result = await analyser.run(
            _api_function("check", "/v2/check"), lt_request.text.plain, config=config
        )
        return languagetool.response(result, lt_request, catalog())

    page = (WEB / "index.html").read_text(encoding="utf-8") if (WEB / "index.html").exists() else ""

    @app.get("/", include_in_schema=False)
    async def index() -> HTMLResponse:
        return HTMLResponse(page)

    if (WEB / "static").is_dir():
        app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")

    if settings.allow_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.allow_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )
    # Added last, so it is the outermost: it sees every request and every response.
    paths = {getattr(route, "path", "") for route in app.routes} | {"/openapi.json"}
    app.add_middleware(
        Guard,
        max_body=settings.max_body,
        loopback_only=settings.loopback,
        known_path=lambda path: path in paths or path.startswith("/static/"),
    )
    return app


def app_from_env() -> FastAPI:
    """Factory for uvicorn's worker processes: the settings come from UNSPIN_SERVE_SETTINGS."""
    return create_app(Settings.from_env())
