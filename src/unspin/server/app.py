"""The HTTP app: the JSON API, LanguageTool's ``/v2`` endpoints and the web page.

Thin by design: every analysis is a call to ``unspin.api`` made through
``unspin.server.workers`` (a worker thread, or a pool of worker processes with
``--workers N``), under the per-request time limit. ``create_app(settings)`` builds it.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from unspin import __version__
from unspin.config import Config
from unspin.errors import ConfigError, UnspinError
from unspin.model import Severity
from unspin.server import languagetool, workers
from unspin.server.catalog import Catalog, load_catalog
from unspin.server.errors import (
    RequestInvalid,
    error_response,
    from_status,
)
from unspin.server.guard import Guard
from unspin.server.schemas import CheckBody, CheckConfig, LedgerBody, TextBody
from unspin.server.settings import Settings

WEB = Path(__file__).resolve().parent.parent / "web"
# FastAPI's own OpenTelemetry hooks, all off: unspin sends nothing anywhere.
NO_TELEMETRY: Any = {
    "tracing": False,
    "metrics": False,
    "logs": False,
    "operation_spans": False,
    "auto_configure": False,
}


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
    analyser = workers.analyser(settings.workers, settings.timeout)
    holder: dict[str, Catalog] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        holder["catalog"] = load_catalog()
        await analyser.start()
        yield
        await analyser.stop()

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
        result = await analyser.run("check", "/api/check", body.text, config, body.path)
        return result.to_dict()  # type: ignore[no-any-return]

    @app.post("/api/ledger", summary="What a raid story claims against what it reports")
    async def api_ledger(body: LedgerBody) -> dict[str, Any]:
        if body.url is not None:
            return await analyser.run("ledger_of_url", "/api/ledger", body.url)  # type: ignore[no-any-return]
        return await analyser.run("ledger", "/api/ledger", body.text)  # type: ignore[no-any-return]

    @app.post("/api/name", summary="Name the harms in an account, with their actors")
    async def api_name(body: TextBody) -> dict[str, Any]:
        return await analyser.run("name_harms", "/api/name", body.text)  # type: ignore[no-any-return]

    @app.get("/api/rules", summary="Every rule with its documentation")
    async def api_rules() -> dict[str, Any]:
        return {"rules": catalog().docs()}

    @app.get("/healthz", summary="Liveness")
    async def healthz() -> dict[str, Any]:
        from unspin.analyse.nlp import installed_model

        return {
            "status": "ok",
            "version": __version__,
            "pipeline": installed_model(),
            "workers": settings.workers,
        }

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
                                for name in languagetool.FORM_FIELDS
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
        result = await analyser.run("check", "/v2/check", lt_request.text.plain, config)
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
    app.state.settings = settings
    return app
