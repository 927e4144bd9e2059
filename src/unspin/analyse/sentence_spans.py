"""Sentence spans as (start, end) pairs, for the ledger and harm rules.

One splitter serves the whole engine: this is :class:`unspin.analyse.sentences.Segmentation`
seen as tuples, so the checker, the ledger and ``unspin name`` agree on sentence boundaries.
"""

from __future__ import annotations

import bisect

from unspin.analyse.sentences import Segmentation


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence; spans cover non-space text only."""
    if not text.strip():
        return []
    return [(s.start, s.end) for s in Segmentation(text).sentences]


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding ``offset`` (the last one when past the end)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    if 0 <= i < len(spans) and spans[i][0] <= offset < spans[i][1]:
        return spans[i]
    for s, e in spans:
        if s <= offset < e:
            return s, e
    return spans[-1] if spans else (0, 0)
