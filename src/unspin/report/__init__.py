"""Report stage: one renderer per output format, all fed the same CheckResult objects."""

from __future__ import annotations

import importlib
from typing import Protocol

from unspin.model import CheckResult
from unspin.read.document import Document

FORMATS = ("text", "json", "sarif", "github")


class Renderer(Protocol):
    """Streams what each document produces; ``finish`` returns anything left to print."""

    def document(self, result: CheckResult, doc: Document) -> str: ...

    def finish(self) -> str: ...


def renderer(fmt: str, *, color: bool = False) -> Renderer:
    module = importlib.import_module(f"unspin.report.{fmt}_format")
    made: Renderer = module.make(color=color)
    return made
