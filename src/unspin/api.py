"""The single entry point every interface calls (CLI, server, batch, spaCy component)."""

from __future__ import annotations

from unspin.config import Config
from unspin.model import CheckResult
from unspin.read.document import Document


def check(
    text: str | Document, *, config: Config | None = None, path: str | None = None
) -> CheckResult:
    """Find rescue, trafficking and related framing in ``text``."""
    from unspin.analyse.checker import check_document

    doc = text if isinstance(text, Document) else Document(text=text, source=path or "<text>")
    return check_document(doc, config or Config(), path=path)
