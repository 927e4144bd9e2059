"""The analyses the server runs, by name: each a call into ``unspin.api``.

They run in a worker thread or in a worker process, so they take and return plain,
picklable values, and they report every outcome as a tuple instead of raising across the
process boundary (unspin's errors do not survive pickling):

- ``("ok", value)``
- ``("error", error_class, source, reason)``: an UnspinError, rebuilt by the caller
- ``("crash", where)``: a bug; ``where`` names the exception type and line, never its message
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import Any

import unspin.api
from unspin.errors import UnspinError
from unspin.server.errors import NotImplementedYet
from unspin.server.guard import where

Outcome = tuple[Any, ...]
WARM_UP_TEXT = "Officers said they rescued four women in a raid on a spa."


def api_function(name: str, route: str) -> Callable[..., Any]:
    """``unspin.api.<name>``, looked up per call so an installation without it says 501."""
    func = getattr(unspin.api, name, None)
    if func is None:
        raise NotImplementedYet(route, f"this unspin has no {name} analysis yet")
    return func  # type: ignore[no-any-return]


def check(route: str, text: str, config: Any = None, path: str | None = None) -> Any:
    return api_function("check", route)(text, config=config, path=path)


def ledger(route: str, text: str) -> dict[str, Any]:
    return api_function("ledger", route)(text).to_dict()  # type: ignore[no-any-return]


def ledger_of_url(route: str, url: str) -> dict[str, Any]:
    if importlib.util.find_spec("unspin.read.url") is None:
        raise NotImplementedYet("url", "this unspin cannot fetch addresses yet")
    read_url = importlib.import_module("unspin.read.url")
    fetch = getattr(read_url, "fetch", None) or getattr(read_url, "read_url", None)
    if fetch is None:
        raise NotImplementedYet("url", "this unspin cannot fetch addresses yet")
    return ledger(route, fetch(url))


def name_harms(route: str, text: str) -> dict[str, Any]:
    return api_function("name_harms", route)(text).to_dict()  # type: ignore[no-any-return]


JOBS: dict[str, Callable[..., Any]] = {
    "check": check,
    "ledger": ledger,
    "ledger_of_url": ledger_of_url,
    "name_harms": name_harms,
}


def run_job(job: str, route: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Outcome:
    try:
        return ("ok", JOBS[job](route, *args, **kwargs))
    except UnspinError as exc:
        return ("error", type(exc), exc.source, exc.reason)
    except Exception as exc:  # noqa: BLE001 - reported as a crash, message withheld
        return ("crash", where(exc))


def prepare() -> None:
    """Load the language pipeline and the rules, and run one check so the first request is fast."""
    from unspin.analyse import nlp
    from unspin.rules.load import load_rules

    nlp.load()
    load_rules()
    if hasattr(unspin.api, "check"):
        run_job("check", "start-up", (WARM_UP_TEXT,), {})
