"""The single entry point every interface calls (CLI, server, batch, spaCy component)."""

from __future__ import annotations

from unspin.config import Config
from unspin.model import CheckResult, HarmsResult, LedgerResult
from unspin.read.document import Document


def check(
    text: str | Document, *, config: Config | None = None, path: str | None = None
) -> CheckResult:
    """Find rescue, trafficking and related framing in ``text``."""
    from unspin.analyse.checker import check_document

    doc = text if isinstance(text, Document) else Document(text=text, source=path or "<text>")
    return check_document(doc, config or Config(), path=path)


def ledger(text: str | Document, *, path: str | None = None) -> LedgerResult:
    """What a raid story or press release claims against what it reports happened."""
    from unspin.analyse.ledger import build_ledger

    if isinstance(text, Document):
        return build_ledger(text.text, path=path if path is not None else _path_of(text))
    return build_ledger(text, path=path)


def name_harms(text: str | Document) -> HarmsResult:
    """Every harm an account describes, named with its actor (TAXONOMY §2)."""
    from unspin.analyse.harms import find_harms

    return find_harms(text.text if isinstance(text, Document) else text)


def _path_of(doc: Document) -> str | None:
    return None if doc.source in ("<text>", "-", "<stdin>") else doc.source
