"""JSON Lines: one object per document, exactly the contract in PRODUCT.md."""

from __future__ import annotations

import json
from dataclasses import dataclass

from unspin.model import CheckResult
from unspin.read.document import Document


@dataclass
class JsonRenderer:
    color: bool = False

    def document(self, result: CheckResult, doc: Document) -> str:
        return json.dumps(result.to_dict(), ensure_ascii=False) + "\n"

    def finish(self) -> str:
        return ""


def make(*, color: bool = False) -> JsonRenderer:
    return JsonRenderer(color=color)
