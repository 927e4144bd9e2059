"""JSON Lines renderer: one object per document, exactly ``CheckResult.to_dict()``."""

from __future__ import annotations

import json
from collections.abc import Callable

from unspin.model import CheckResult
from unspin.read.document import Document


def test_json_format_snapshot(render_sample: Callable[..., str],
                              snapshot: Callable[[str, str], None]) -> None:
    snapshot("json.jsonl", render_sample("json"))


def test_json_format_one_line_per_document(
        render_sample: Callable[..., str], sample_documents: list[tuple[CheckResult, Document]]) -> None:
    lines = render_sample("json").splitlines()
    assert [json.loads(line) for line in lines] == [r.to_dict() for r, _ in sample_documents]
